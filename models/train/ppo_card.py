"""Writes the policy model's card from its training report (ppo_train.py).

usage: ppo_card.py REPORT_JSON CARD_MD
"""
import json
import sys

from card_tables import period
from ppo import EVAL_EVERY
from ppo_eval import STRATEGIES

NAMES = {"policy": "PPO policy (shipped)", "flat": "always flat", "buy_and_hold": "buy and hold", "random": "random policy"}
# What the market did in each calendar year of the 2017 → 2024 history, for reading the regime table.
REGIMES = {"2018": "bear", "2019": "range", "2020": "range, then the bull's start", "2021": "bull", "2022": "bear",
           "2023": "range", "2024": "rally"}


def pct(x) -> str:
    return "–" if x is None else f"{x * 100:+.1f}%"


def dd(x) -> str:
    return f"{x * 100:.1f}%"


def num(x) -> str:
    return "–" if x is None else f"{x:+.2f}"


def cell(r: dict) -> str:
    return f"{pct(r['total_return'])} ({num(r['sharpe'])})"


def headline(metrics: dict) -> str:
    """The first lines of the card: the shipped model's own test record against the baselines, in plain words."""
    o, v, t = metrics["overall"], metrics["verdict"], metrics["test"]
    p, h = o["policy"], o["buy_and_hold"]
    record = (f"On its own test block ({period(t)}, {t['pairs']} pairs), which no training step or choice looked at, "
              f"the shipped model made **{pct(p['total_return'])}** after fees (Sharpe {num(p['sharpe'])}, max drawdown "
              f"{dd(p['max_drawdown'])}, {p['trades']} trades); buy-and-hold made {pct(h['total_return'])} (Sharpe "
              f"{num(h['sharpe'])}, max drawdown {dd(h['max_drawdown'])}) and always-flat 0%.")
    if v["beats_buy_and_hold_risk_adjusted"] and v["beats_flat"]:
        return (f"{record} It beats both buy-and-hold and always-flat on a risk-adjusted basis (Sharpe) on this one "
                "block: evidence, not proof.")
    lost = []
    if not v["beats_buy_and_hold_risk_adjusted"]:
        lost.append(f"simply holding (Sharpe {num(p['sharpe'])} vs {num(h['sharpe'])})")
    if not v["beats_flat"]:
        lost.append(f"staying flat ({pct(p['total_return'])} vs 0%)")
    return f"{record} **On data it never saw, it did worse than {' and than '.join(lost)}: treat its calls as an experiment.**"


def test_table(metrics: dict) -> list:
    lines = ["| strategy | return | Sharpe | max drawdown | trades | trades per pair |", "|---|---|---|---|---|---|"]
    for name in STRATEGIES:
        r = metrics["overall"][name]
        lines.append(f"| {NAMES[name]} | {pct(r['total_return'])} | {num(r['sharpe'])} | {dd(r['max_drawdown'])} | "
                     f"{r['trades']} | {r['trades_per_pair']} |")
    return lines


def seeds_table(metrics: dict) -> list:
    lines = ["| seed | final stage | checkpoint | validation: policy | validation: buy and hold | test: policy | test: max drawdown, trades |",
             "|---|---|---|---|---|---|---|"]
    for s in metrics["seeds"]:
        t = s["training"]
        mark = " (shipped)" if s["shipped"] else ""
        lines.append(f"| {s['seed']}{mark} | {t['updates']} updates, {t['transitions']} decisions | update {t['best_update']} | "
                     f"{cell(s['validation']['policy'])} | {cell(s['validation']['buy_and_hold'])} | {cell(s['test']['policy'])} | "
                     f"{dd(s['test']['policy']['max_drawdown'])}, {s['test']['policy']['trades']} |")
    sharpes = [s["test"]["policy"]["sharpe"] or 0.0 for s in metrics["seeds"]]
    returns = [s["test"]["policy"]["total_return"] for s in metrics["seeds"]]
    lines += ["", f"Spread over the seeds on the test block: return {pct(min(returns))} to {pct(max(returns))}, Sharpe "
                  f"{num(min(sharpes))} to {num(max(sharpes))}."]
    return lines


def regime_table(metrics: dict) -> list:
    blocks = metrics["walk_forward"]["blocks"]
    if not blocks:
        return ["The data before the test block was too short for walk-forward stages."]
    seeds = metrics["seeds"]
    head = " | ".join(f"seed {s['seed']}{' (shipped)' if s['shipped'] else ''}" for s in seeds)
    lines = [f"| period | pairs | buy and hold | {head} |", "|---|---|---|" + "---|" * len(seeds)]
    for k, b in enumerate(blocks):
        label = b["label"] + (f" ({REGIMES[b['label']]})" if b["label"] in REGIMES else "")
        per_seed = []
        for s in seeds:
            match = [w for w in s["walk_forward"] if w["label"] == b["label"]]
            per_seed.append(cell(match[0]["policy"]) if match else "–")
        lines.append(f"| {label} | {b['pairs']} | {cell(b['buy_and_hold'])} | {' | '.join(per_seed)} |")
    return lines


def render(report: dict) -> str:
    metrics, tf, plan = report["metrics"], report["timeframe"], report["plan"]
    fee = metrics["fee_per_side"]
    actions = " / ".join(report["actions"])
    source = "every candle with a whole window behind it and its pair's next candle right after it"
    shipped = [s for s in metrics["seeds"] if s["shipped"]][0]
    return "\n".join([
        f"# Policy model, {tf} (`{report['file']}`)",
        "",
        f"Version `{report['model_version']}`. {headline(metrics)}",
        "",
        "A paper-trading aid, not financial advice.",
        "",
        "## What it does",
        "",
        f"Given the last {report['window']} candles' `{report['feature_set']}` features of a pair and the position held "
        f"(−1 short, 0 flat, 1 long; one unit), it gives probabilities for {actions}. HOLD keeps the position; BUY buys "
        "one unit (flat → long, or closes a short); SELL sells one unit (flat → short, or closes a long). /status shows "
        "the most probable action for `STATUS_PAIR` with the position of the paper-trading record, next to this card's "
        "test-block record.",
        "",
        "## Data and method",
        "",
        f"- Binance spot, {len(report['pairs'])} USDT pairs, {tf} candles, {report['data_from'][:10]} → "
        f"{report['data_to'][:10]}, one pooled model; features exported by the TypeScript pipeline (`npm run dataset`). "
        f"{report['decisions']} decisions: {source}. The series are split at their {report['gaps']} gaps (missing "
        "hours or months): no reward is ever earned across one.",
        f"- Time: {plan['summary']}.",
        f"- Environment: an episode is a run of consecutive candles of one pair. Reward of a decision = log return of the "
        f"resulting position over the next candle + log(1 − {fee}·|change of position|), i.e. {fee * 100:.1f}% per side; "
        "the position is closed at the end of a run.",
        f"- Network: {report['architecture']}; raw features clipped to the 0.1–99.9% training quantiles and "
        "standardised inside the graph.",
        f"- PPO (clipped objective, GAE, entropy bonus): {report['ppo']}.",
        f"- Seeds: {report['seeds']}, {report['jobs']} at a time (one process and one torch thread each) within "
        f"{report['budget_seconds']:.0f} s of wall time for the whole run. Each seed gives half its time to the "
        "walk-forward stages (warm-started from one to the next, the first layer rescaled to each stage's "
        "normalisation) and half to the model that may ship; every stage keeps the checkpoint with the best "
        f"validation Sharpe (its last 10% of time, checked every {EVAL_EVERY} updates).",
        f"- Choice: the shipped model is seed {metrics['shipped_seed']}, the best validation Sharpe "
        f"({num(shipped['validation']['policy']['sharpe'])} on {period(metrics['validation'])}); the test block chose nothing.",
        f"- Whole run {report['seconds']} s.",
        "",
        "## The shipped model on its own test block",
        "",
        "Every strategy starts flat at the block's start (and after each gap), acts at each candle close (the policy on "
        "its most probable action), pays the fee on each change of position and closes at the end. Pairs are pooled with "
        f"equal weight (an equal share of capital each at the start, not rebalanced). Sharpe: {metrics['sharpe_basis']}. "
        "Always-flat makes 0% (its Sharpe is undefined; it counts as 0 in the verdict).",
        "",
        *test_table(metrics),
        "",
        "## Every seed",
        "",
        "Return (Sharpe) after fees on the validation block (which chose checkpoints and the shipped seed) and on the test "
        "block (which chose nothing).",
        "",
        *seeds_table(metrics),
        "",
        "## Walk-forward by market regime",
        "",
        f"Stages: {metrics['walk_forward']['rule']}. Each row is scored by each seed's model as it stood before that "
        "period (trained on everything earlier, never on it); return (Sharpe) after fees. Always-flat makes 0% in every row.",
        "",
        *regime_table(metrics),
        "",
        "## Known weaknesses",
        "",
        "- One test block of a few months decides the verdict; the walk-forward rows show how much the edge moves "
        "between regimes and seeds.",
        f"- Within its time budget the shipped seed's final stage made {shipped['training']['updates']} updates "
        f"({shipped['training']['transitions']} decisions played, {shipped['training']['transitions'] / max(1, metrics['fit']['decisions']):.1f}× "
        "its training block); the seeds' spread is part of the result.",
        "- No slippage and no funding costs for shorts; fills at the candle close.",
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
