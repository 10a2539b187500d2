"""Writes the human-readable model card (`models/direction-<tf>.md`) from a training report: every number
in it comes from the walk-forward evaluation output.

usage: card.py REPORT_JSON CARD_MD
"""
import goals
from card_tables import (bands_table, comparison_table, confusion_lines, folds_table, period, signals_table,
                         years_table)


# A temperature this large divides the logits to near zero: the calibrated output is close to the prior.
FLAT_TEMPERATURE = 10


def _measured_weaknesses(m: dict) -> list:
    """Weaknesses that depend on this run's numbers."""
    out = []
    flat = [str(f["fold"]) for f in m["folds"] if f["temperature"] >= FLAT_TEMPERATURE]
    if flat:
        out.append(f"- In fold(s) {', '.join(flat)} the fitted temperature was ≥ {FLAT_TEMPERATURE}: on the most recent "
                   "training data the model's scores carried almost no information, so calibration flattened them.")
    test, overall = m["test"], m["overall"]
    if test["signal_mean_net_return"] is not None and test["signal_mean_net_return"] < 0:
        out.append(f"- Taking every directional call loses money after fees (mean net return "
                   f"{test['signal_mean_net_return']} per trade on the test block, {overall['signal_mean_net_return']} "
                   "over all folds); only the confident calls are worth an alert, if any.")
    recall = [r for r in test["recall"] if r is not None]
    if recall and min(recall) < 0.15:
        out.append(f"- On the test block one class is rarely predicted (recalls {test['recall']}): the model leans "
                   "on the others.")
    return out


# Market regimes of the calendar years in the data (../shared/data/README.md).
REGIMES = {2017: "bubble", 2018: "bear market", 2019: "range", 2020: "range, crash, then the rally",
           2021: "bull run", 2022: "bear market (LUNA, FTX)", 2023: "range", 2024: "rally, then the summer drop"}


def _regime_rows(by_year: list) -> list:
    def name(year) -> str:
        return f"**test block** ({year})" if isinstance(year, str) else f"{year} ({REGIMES.get(year, '')})"

    return [{**y, "year": name(y["year"] if y["year"] != "test" else period(y))} for y in by_year]


def write(report: dict, path: str) -> None:
    meta, m, trained = report["meta"], report["metrics"], report["trained_on"]
    tf, barrier, alert, test = meta["timeframe"], meta["barrier"], m["alert"], m["test"]
    labels = meta["labels"]
    shares = ", ".join(f"{k} {v:.1%}" for k, v in meta["class_shares"].items())
    chosen = next(c for c in m["comparison"] if c["family"] == m["family"])
    folds = len(m["folds"])
    fit, calibration = trained["fit"], trained["calibration"]
    share = fit["samples"] / max(1, meta["samples"])
    lines = [
        f"# Direction model, {tf} (`{report['file']}`)",
        "",
        f"Version `{report['model_version']}`. Predicts {' / '.join(labels)} for the next {barrier['horizon']} "
        f"candles of {tf} from the last {meta['window']} candles' `{meta['feature_set']}` features. Family: "
        f"**{chosen['title']}**. A signals and paper-trading aid, not financial advice.",
        "",
        "## Goals (issue 13), on the untouched test block",
        "",
        f"Measured on the test block ({period(test)}, {test['samples']} samples) with the model that ships: it was "
        "trained on the data before that block only, and no choice looked at the block.",
        "",
        *goals.lines(m),
        "",
        "## By market regime",
        "",
        "Every validation prediction by calendar year (each year scored by a fold model trained only on the years "
        "before it), then the test block scored by the shipped model, with the signals at the alert threshold "
        f"{alert['threshold']}:",
        "",
        *years_table(_regime_rows(m["by_year"]), alert["threshold"]),
        "",
        "## Data",
        "",
        f"- Binance spot, {len(meta['pairs'])} USDT pairs pooled: {', '.join(meta['pairs'])}.",
        f"- Market context from an equal-weight basket of {', '.join(meta.get('market_basket', []))} (BTC/USDT "
        "also on its own).",
        f"- Samples {period(meta)}: {meta['samples']} decisions (one per candle whose {meta['window']}-candle "
        "window lies in one gap-free run past the feature warm-up, with all of its horizon in the data).",
        f"- The shipped model was fitted on {fit['samples']} samples taken evenly in time from {period(fit)} "
        f"({share:.1%} of all samples; of {fit.get('available', trained['available'])} before its calibration "
        f"block); the most recent 10 % of its training part, {period(calibration)} ({calibration['samples']} "
        f"samples, after a gap of {barrier['horizon']} candles), chose the epoch or boosting round, fitted the "
        "temperature and chose the alert threshold.",
        f"- `trained_on` (metadata): decisions {trained['from'][:10]} → {trained['to'][:10]}; candles that "
        f"influenced the model {trained['candles_from'][:10]} → {trained['candles_to'][:10]} (feature windows "
        "before, label horizons after).",
        f"- Class prior of those training labels (metadata `class_prior`): "
        + ", ".join(f"{k} {v}" for k, v in report["class_prior"].items()) + ".",
        "",
        "## Labels and the trade rule",
        "",
        f"The barrier rule of `inference/barrier.ts`: entry = close, ATR(14); LONG if +{barrier['b']}·ATR is touched "
        f"before −{barrier['b']}·ATR within {barrier['horizon']} candles, SHORT for the mirror, NO_TRADE if neither "
        f"is touched or one candle touches both. Stop = {barrier['a']}·ATR, TP_k = k·{barrier['b']}·ATR. "
        f"Class shares: {shares}. A call's trade is a **win** when TP1 comes before the stop (exit at TP1), a "
        "**stop** when the stop comes first or together with TP1 (exit at the stop), else **expired** (exit at the "
        "horizon's last close): the same rule as the live outcomes, the backtest and `npm run evaluate`.",
        "",
        "## Model choice",
        "",
        f"{len(m['comparison'])} families on the same folds. Each family's grid was searched on the validation "
        f"folds 1–{folds - 1} (pooled calibrated log-loss); the family with the lowest validation log-loss ships. "
        "The test block was scored once afterwards and decided nothing.",
        "",
        *comparison_table(m["comparison"], m["family"]),
        "",
        f"Shipped: **{chosen['title']}** ({report['architecture']}), the lowest validation log-loss "
        f"({chosen['validation']['log_loss']}).",
        "",
        "## Method",
        "",
        f"Neural families: {report['optimiser']}; at most {report['epochs']} epochs, keeping the epoch with the "
        f"lowest loss on the most recent 10 % of each training part (after a gap of {barrier['horizon']} candles, "
        f"at most {report['validation_cap']} samples); at most {report['max_train']} training samples per fit. "
        f"Trees: at most {report['max_train_trees']} training samples per fit, early stopping on the same recent "
        f"10 %. Samples are taken evenly in time; at most {report['max_test']} scored samples per validation year, the "
        f"test block whole; seed "
        f"{report['seed']}. Neural families clip raw features to the 0.1–99.9 % training quantiles and standardise "
        "them inside the graph. Temperature scaling is fitted per fold on the most recent 10 % of the training "
        f"part, so test probabilities are calibrated out of sample; the shipped model has T = "
        f"{report['temperature']} baked into the graph. Evaluation: {m['evaluation']}; training samples whose "
        f"label horizon reaches the block they are scored on are dropped. All families and folds took "
        f"{report['training_seconds']} s.",
        "",
        "Baselines, each fitted on the fold's training part: **prior** = the training class shares for every "
        "sample; **same as last** = the direction of the decision candle (close vs open; flat → NO_TRADE), "
        "**opposite of last** = its mirror. A rule gets probability q for the class it names, q = how often it "
        "was right on the training part, and 1 − q split between the other two classes by their prior.",
        "",
        "## Walk-forward results (calibrated probabilities)",
        "",
        *folds_table(m),
        "",
        *confusion_lines(m["test"], labels, "Test block (the shipped model)"),
        "",
        *confusion_lines(m["overall"], labels, "All folds pooled"),
        "",
        "## Signals after fees",
        "",
        "A signal is a LONG or SHORT prediction (argmax) with calibrated confidence at least the threshold. Win "
        "rate = wins / (wins + stops); break-even = the win rate at which these trades would earn zero after "
        "0.1 % fee per side were each to end at TP1 or at the stop, from their actual levels (`tradeReturn.ts`). "
        "Mean net return counts every trade at its real exit (TP1, the stop, or the horizon's last close), with a "
        "95 % interval from a bootstrap over days (pairs move together, so a day is the unit).",
        "",
        *signals_table(m, folds, alert["threshold"]),
        "",
        "## Alert threshold",
        "",
        f"Metadata `alert_threshold` = **{alert['threshold']}**, chosen on the shipped model's own held-out "
        f"predictions ({period(alert['held_out'])}, {alert['held_out']['samples']} samples): {alert['why']}.",
        "",
        "## Record by confidence (metadata `hit_rate_by_confidence`)",
        "",
        "The shipped model's directional calls on the test block, by calibrated confidence: what `/predict` shows "
        "for a call's band.",
        "",
        *bands_table(m["hit_rate_by_confidence"]),
        "",
        "## Time to TP1",
        "",
        f"`tp_eta_minutes` = {'–' if report['tp_eta_minutes'] is None else round(report['tp_eta_minutes'])}: median "
        f"candles to the winning barrier among training samples labelled LONG or SHORT, × {tf}.",
        "",
        "## Known weaknesses",
        "",
        "- Pairs are pooled and move together, so test samples are far from independent; the counts overstate "
        "the effective sample size (the day bootstrap accounts for it in the return intervals).",
        "- The test block is a few months of one market phase; the per-year table shows how much the figures "
        "move between regimes.",
        "- The temperature is fitted on the most recent part of the training data; when the next period's class "
        "mix differs, calibration (ECE) degrades.",
        *_measured_weaknesses(m),
        "- Returns assume fills at the barrier prices; no slippage or funding.",
        f"- Fits were capped ({report['max_train']} samples per neural fit, {report['max_train_trees']} per tree fit) "
        "to train every model within 90 minutes on two shared cores.",
        "",
    ]
    with open(path, "w") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    import json
    import sys

    if len(sys.argv) != 3:
        raise SystemExit("usage: card.py REPORT_JSON CARD_MD (rewrites a card from a training report)")
    with open(sys.argv[1]) as f:
        write(json.load(f), sys.argv[2])
