"""Writes the human-readable model card (`models/direction-<tf>.md`) from a training report: every number
in it comes from the walk-forward evaluation output.

usage: card.py REPORT_JSON CARD_MD
"""
import goals
from card_tables import bands_table, comparison_table, confusion_lines, folds_table, period, signals_table


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


def write(report: dict, path: str) -> None:
    meta, m, trained = report["meta"], report["metrics"], report["trained_on"]
    tf, barrier, alert, test = meta["timeframe"], meta["barrier"], m["alert"], m["test"]
    labels = meta["labels"]
    shares = ", ".join(f"{k} {v:.1%}" for k, v in meta["class_shares"].items())
    chosen = next(c for c in m["comparison"] if c["family"] == m["family"])
    folds = len(m["folds"])
    lines = [
        f"# Direction model, {tf} (`{report['file']}`)",
        "",
        f"Version `{report['model_version']}`. Predicts {' / '.join(labels)} for the next {barrier['horizon']} "
        f"candles of {tf} from the last {meta['window']} candles' `{meta['feature_set']}` features. Family: "
        f"**{chosen['title']}**. A signals and paper-trading aid, not financial advice.",
        "",
        "## Goals (issue 3), on the last test block",
        "",
        f"Measured on fold {folds} ({period(test)}, {test['samples']} samples), which no choice looked at.",
        "",
        *goals.lines(m),
        "",
        "## Data",
        "",
        f"- Binance spot, {len(meta['pairs'])} USDT pairs pooled: {', '.join(meta['pairs'])}.",
        f"- Samples {period(meta)}: {meta['samples']} decisions (one per candle whose "
        f"{meta['window']}-candle window is past the indicator warm-up).",
        f"- The shipped model was fitted on {trained['samples']} samples taken evenly in time from "
        f"{period(trained)} (of {trained['available']}); the most recent 10 % after a gap of {barrier['horizon']} "
        f"candles ({report['calibration_samples']} samples) chose the epoch and fitted its temperature.",
        f"- Class prior of those training labels (metadata `class_prior`): "
        + ", ".join(f"{k} {v}" for k, v in report["class_prior"].items()) + ".",
        "",
        "## Labels",
        "",
        f"The barrier rule of `inference/barrier.ts`: entry = close, ATR(14); LONG if +{barrier['b']}·ATR is touched "
        f"before −{barrier['b']}·ATR within {barrier['horizon']} candles, SHORT for the mirror, NO_TRADE if neither "
        f"is touched or one candle touches both. Stop = {barrier['a']}·ATR, TP_k = k·{barrier['b']}·ATR. "
        f"Class shares: {shares}.",
        "",
        "## Model choice",
        "",
        f"Three families on the same folds. Each family's grid was searched on the validation folds 1–{folds - 1} "
        f"(pooled calibrated log-loss); the family with the lowest validation log-loss ships. Fold {folds} was "
        "scored once afterwards and decided nothing.",
        "",
        *comparison_table(m["comparison"], m["family"]),
        "",
        f"Shipped: **{chosen['title']}** ({report['architecture']}), the lowest validation log-loss "
        f"({chosen['validation']['log_loss']}).",
        "",
        "## Method",
        "",
        f"{report['optimiser']}; at most {report['epochs']} epochs, keeping the epoch with the lowest loss on the "
        f"most recent 10 % of each training part (after a gap of {barrier['horizon']} candles, at most "
        f"{report['validation_cap']} samples); at most {report['max_train']} training samples per fit, taken evenly in "
        f"time; at most {report['max_test']} scored samples per test block; seed {report['seed']}. Raw features are "
        "clipped to the 0.1–99.9 % training quantiles and standardised inside the graph. Temperature scaling is "
        "fitted per fold on that same most recent 10 % of the training part, so test probabilities are calibrated "
        f"out of sample; the shipped model has T = {report['temperature']} baked into the graph. Evaluation: "
        f"{m['evaluation']}; training samples whose label horizon reaches the test block are dropped. All "
        f"families, folds and the final fit took {report['training_seconds']} s on one CPU thread.",
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
        *confusion_lines(m["test"], labels, f"Last test block (fold {folds})"),
        "",
        *confusion_lines(m["overall"], labels, "All folds pooled"),
        "",
        "## Signals after fees",
        "",
        "A signal is a LONG or SHORT prediction (argmax) with calibrated confidence at least the threshold. Hit = "
        "TP1 touched before the stop (the live rule). Break-even = the hit rate at which these trades' net return "
        "would be zero were each to end at TP1 or at the stop, with 0.1 % fee per side, from their actual levels "
        "(`tradeReturn.ts`). Mean net return = the trades' real exits (stop, TP3, or the last close of the horizon) "
        "after fees.",
        "",
        *signals_table(m, folds),
        "",
        "## Alert threshold",
        "",
        f"Metadata `alert_threshold` = **{alert['threshold']}**: {alert['why']}.",
        "",
        "## Measured hit rate by confidence (metadata `hit_rate_by_confidence`)",
        "",
        "Directional calls of all walk-forward test blocks, by calibrated confidence: what `/predict` shows.",
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
        f"- Short history: {period(meta)}, mostly a bull market with the May 2021 crash; "
        "no long bear market. Results may not carry over to other regimes.",
        "- Pairs are pooled and move together, so test samples are far from independent; the counts overstate "
        "the effective sample size, and one block's figures move by a few points from period to period.",
        "- The temperature is fitted on the most recent part of the training data; when the next period's class "
        "mix differs, calibration (ECE) degrades.",
        *_measured_weaknesses(m),
        "- Hit rates and returns assume fills at the barrier prices; no slippage or funding.",
        f"- Fits were capped at {report['max_train']} samples and {report['epochs']} epochs to train all timeframes "
        "within an hour on two shared cores; more data per fit might help the recurrent families.",
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
