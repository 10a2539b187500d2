"""Writes the policy model's card from its training report (ppo_train.py).

usage: ppo_card.py REPORT_JSON CARD_MD
"""
import json
import sys

from card_tables import period
from ppo_eval import STRATEGIES

NAMES = {"policy": "PPO policy", "flat": "always flat", "buy_and_hold": "buy and hold", "random": "random policy"}


def pct(x) -> str:
    return "–" if x is None else f"{x * 100:+.1f}%"


def dd(x) -> str:
    return f"{x * 100:.1f}%"


def num(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def verdict(metrics: dict) -> str:
    """The first lines of the card: how the policy did against each baseline, in plain words."""
    overall, last = metrics["overall"], metrics["folds"][-1]
    p, hold, rnd = overall["policy"], overall["buy_and_hold"], overall["random"]
    if p["total_return"] < 0:
        flat = f"**It loses to always-flat after fees**: {pct(p['total_return'])} over the test blocks, where staying flat makes 0%."
    else:
        flat = f"It beats always-flat after fees: {pct(p['total_return'])} over the test blocks, where staying flat makes 0%."
    against_hold = "beats" if p["total_return"] > hold["total_return"] else "loses to"
    against_random = "beats" if p["total_return"] > rnd["total_return"] else "loses to"
    return (f"{flat} It {against_hold} buy-and-hold ({pct(hold['total_return'])}, Sharpe {num(hold['sharpe'])}, "
            f"max drawdown {dd(hold['max_drawdown'])}) and {against_random} a random policy ({pct(rnd['total_return'])}). "
            f"Its Sharpe is {num(p['sharpe'])}, its max drawdown {dd(p['max_drawdown'])}, with {p['trades']} trades "
            f"({p['trades_per_pair']} per pair). The shipped model is the last fold's; on its own test block "
            f"({period(last['test'])}) it made {pct(last['policy']['total_return'])}, "
            f"buy-and-hold {pct(last['buy_and_hold']['total_return'])}, always-flat 0%.")


def table(metrics: dict) -> list:
    lines = ["| block | test period | strategy | return | Sharpe | max drawdown | trades | trades per pair |",
             "|---|---|---|---|---|---|---|---|"]
    rows = [(f"fold {f['fold']}", period(f['test']), f) for f in metrics["folds"]]
    rows.append(("**overall**", "all test blocks, chained", metrics["overall"]))
    for block, dates, results in rows:
        for name in STRATEGIES:
            r = results[name]
            lines.append(f"| {block} | {dates} | {NAMES[name]} | {pct(r['total_return'])} | {num(r['sharpe'])} | "
                         f"{dd(r['max_drawdown'])} | {r['trades']} | {r['trades_per_pair']} |")
    return lines


def render(report: dict) -> str:
    metrics, tf = report["metrics"], report["timeframe"]
    fee = metrics["fee_per_side"]
    folds = metrics["folds"]
    training = "; ".join(
        f"fold {f['fold']}: {f['training']['updates']} updates ({f['training']['transitions']} decisions) in "
        f"{f['training']['seconds']} s, checkpoint of update {f['training']['best_update']}" for f in folds)
    actions = " / ".join(report["actions"])
    return "\n".join([
        f"# Policy model, {tf} (`{report['file']}`)",
        "",
        f"Version `{report['model_version']}`. {verdict(metrics)}",
        "",
        "A paper-trading aid, not financial advice.",
        "",
        "## What it does",
        "",
        f"Given the last {report['window']} candles' `{report['feature_set']}` features of a pair and the position held "
        f"(−1 short, 0 flat, 1 long; one unit), it gives probabilities for {actions}. HOLD keeps the position; BUY buys "
        "one unit (flat → long, or closes a short); SELL sells one unit (flat → short, or closes a long). /status shows "
        "the most probable action for `STATUS_PAIR` with the position of the paper-trading record.",
        "",
        "## Data and method",
        "",
        f"- Binance spot, {len(report['pairs'])} USDT pairs, {tf} candles, one pooled model; features exported by the "
        "TypeScript pipeline (`npm run dataset`).",
        f"- Environment: one episode per pair in time order. Reward of a decision = log return of the resulting "
        f"position over the next candle + log(1 − {fee}·|change of position|), i.e. {fee * 100:.1f}% per side.",
        f"- Network: {report['architecture']}; raw features clipped to the 0.1–99.9% training quantiles and "
        "standardised inside the graph.",
        f"- PPO (clipped objective, GAE, entropy bonus): {report['ppo']}. Each fold trains for "
        f"{report['budget_seconds'] / len(folds):.0f} s of wall time on one thread, and keeps the checkpoint "
        "with the best mean log return on the most recent 10% of its training block (after a gap).",
        f"- Training: {training}. Whole run {report['seconds']} s.",
        f"- Evaluation: walk-forward, {len(folds)} expanding folds in time; the shipped model is the last fold's.",
        "",
        "## Walk-forward results",
        "",
        "Every strategy starts flat at the start of the test block, acts at each candle close (the policy on its most "
        "probable action), pays the fee on each change of position and closes at the end. Pairs are pooled with equal "
        "weight (an equal share of capital each at the start, not rebalanced); Sharpe is annualised from the "
        "per-candle returns of that account; the overall row chains the test blocks. Always-flat makes 0% "
        "(its Sharpe is undefined).",
        "",
        *table(metrics),
        "",
        "## Known weaknesses",
        "",
        "- Seven months of one bull-then-crash market (Dec 2020 – Jul 2021); each test block is about two months, so "
        "one regime decides a fold.",
        "- No slippage and no funding costs for shorts; fills at the candle close.",
        "- The checkpoint is chosen on a short validation stretch, which is itself noisy; a different seed gives a "
        "different policy.",
        "- The position it is told in /status is the paper-trading record's (alerts on that pair), not a position the "
        "policy opened itself.",
        "",
    ])


def write(report: dict, path: str) -> None:
    with open(path, "w") as f:
        f.write(render(report))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: ppo_card.py REPORT_JSON CARD_MD")
    with open(sys.argv[1]) as f:
        write(json.load(f), sys.argv[2])
