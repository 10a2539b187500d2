"""Writes the human-readable model card (`models/direction-<tf>.md`) from a training report."""

COLUMNS = [
    ("samples", "test n"),
    ("accuracy", "acc"),
    ("balanced_accuracy", "bal. acc"),
    ("macro_f1", "macro-F1"),
    ("log_loss", "log-loss"),
    ("baseline_log_loss", "prior log-loss"),
    ("signal_hit_rate", "hit rate"),
    ("signal_count", "signals"),
    ("confident_hit_rate", "hit rate p≥0.5"),
    ("confident_count", "signals p≥0.5"),
    ("always_long_hit_rate", "always-long hit"),
    ("always_short_hit_rate", "always-short hit"),
]


# A temperature this large divides the logits to near zero: the calibrated output is close to uniform.
FLAT_TEMPERATURE = 10


def _cell(value) -> str:
    return "–" if value is None else str(value)


def _table(rows) -> list:
    lines = ["| | test period | " + " | ".join(title for _, title in COLUMNS) + " |",
             "|---|---|" + "---|" * len(COLUMNS)]
    for label, period, result in rows:
        lines.append(f"| {label} | {period} | " + " | ".join(_cell(result.get(key)) for key, _ in COLUMNS) + " |")
    return lines


def _verdict(overall: dict) -> str:
    gain = overall["baseline_log_loss"] - overall["log_loss"]
    better = "below" if gain > 0 else "not below"
    edge = "no better than chance (1/3)" if overall["balanced_accuracy"] <= 0.34 else "above chance (1/3)"
    text = (f"Pooled over the folds, log-loss is {better} the class-prior baseline "
            f"({overall['log_loss']} vs {overall['baseline_log_loss']}) and balanced accuracy "
            f"{overall['balanced_accuracy']} is {edge}.")
    one_sided = max(overall["long_count"], overall["short_count"]) >= 0.95 * overall["samples"]
    if one_sided:
        text += (" It predicts the same side for nearly every sample, so its hit rate is that of always taking "
                 "that side, not a skill.")
    return text


def write(report: dict, path: str) -> None:
    meta, metrics, trained = report["meta"], report["metrics"], report["trained_on"]
    tf, barrier, cal, overall = meta["timeframe"], meta["barrier"], metrics["calibration"], metrics["overall"]
    shares = ", ".join(f"{k} {v:.1%}" for k, v in meta["class_shares"].items())
    folds = [(f"fold {f['fold']}", f"{f['test']['from'][:10]} → {f['test']['to'][:10]}", f) for f in metrics["folds"]]
    eta = report["tp_eta_minutes"]
    lines = [
        f"# Direction model, {tf} (`{report['file']}`)",
        "",
        f"Version `{report['model_version']}`. Predicts LONG / NO_TRADE / SHORT for the next "
        f"{barrier['horizon']} candles of {tf} from the last {meta['window']} candles' `{meta['feature_set']}` "
        "features. A signals and paper-trading aid, not financial advice.",
        "",
        "## Data",
        "",
        f"- Binance spot, {len(meta['pairs'])} USDT pairs, one pooled model: {', '.join(meta['pairs'])}.",
        f"- Samples {meta['from'][:10]} → {meta['to'][:10]}: {meta['samples']} decisions "
        f"(one per candle whose {meta['window']}-candle window is past the indicator warm-up).",
        f"- The final model was trained on {trained['samples']} of the {trained['available']} training samples from "
        f"{trained['from'][:10]} to {trained['to'][:10]} (taken evenly in time); the most recent block "
        "was held out for calibration.",
        "",
        "## Labels",
        "",
        f"The barrier rule of `inference/barrier.ts`: entry = close, ATR(14); LONG if +{barrier['b']}·ATR is "
        f"touched before −{barrier['b']}·ATR within {barrier['horizon']} candles, SHORT for the mirror, "
        "NO_TRADE if neither is touched or one candle touches both. Stop = "
        f"{barrier['a']}·ATR, TP_k = k·{barrier['b']}·ATR. Class shares: {shares}.",
        "",
        "## Method",
        "",
        f"{report['architecture']}; {report['optimiser']}; at most {report['epochs']} epochs, keeping the "
        "epoch with the lowest loss on the most recent 10 % of each training part (early stopping, after a gap "
        f"of {barrier['horizon']} candles); at most {report['max_train']} training samples per fold, seed "
        f"{report['seed']}. Raw features are "
        "clipped to the 0.1–99.9 % training quantiles and standardised inside the graph, with statistics from "
        "the training rows only. Evaluation: " + metrics["evaluation"] + " (training samples whose label "
        "horizon reaches the test block are dropped). Training, evaluation and export took "
        f"{report['training_seconds']} s on 2 CPU cores.",
        "",
        "## Walk-forward results",
        "",
        "Hit rate = share of non-NO_TRADE predictions (argmax) whose trade reached TP1 before the stop, with "
        "the levels and walk of the live product. Fold probabilities are uncalibrated (T = 1). "
        "Always-long/short = hit rate of taking that side on every test sample.",
        "",
        *_table(folds + [("**overall**", "all test blocks", overall)]),
        "",
        _verdict(overall),
        "",
        "## Calibration",
        "",
        f"Temperature T = {cal['temperature']} fitted on the held-out block ({cal['samples']} samples) and "
        "baked into the graph. ECE (15 bins): "
        f"{cal['ece_before']} before, {cal['ece_after']} after on that block, {cal['ece_after_crossfit']} "
        "when T is fitted on one half and measured on the other. Log-loss on it: "
        f"{cal['log_loss_before']} → {cal['log_loss_after']}. With calibrated probabilities, "
        f"{cal['confident_count']} signals there had confidence ≥ 0.5 (hit rate {_cell(cal['confident_hit_rate'])}).",
        *([] if cal["temperature"] < FLAT_TEMPERATURE else [
            "",
            f"**T ≥ {FLAT_TEMPERATURE}: on the most recent block the model's scores carried almost no information, "
            "so calibration flattened its output towards uniform. Treat this model as uninformative.**",
        ]),
        "",
        "## Time to TP1",
        "",
        f"`tp_eta_minutes` = {_cell(None if eta is None else round(eta))}: median candles to the winning barrier "
        f"among training samples labelled LONG or SHORT, × {tf}.",
        "",
        "## Known weaknesses",
        "",
        f"- Short history: {meta['from'][:10]} → {meta['to'][:10]}, mostly a bull market with the May 2021 "
        "crash; no bear market, no other regime. Results may not carry over.",
        "- Pairs are pooled and move together, so test samples are far from independent; the counts above "
        "overstate the effective sample size.",
        "- Hit rates count gross moves: no fees, slippage or funding.",
        "- Temperature scaling cannot move probabilities towards the class shares of a new period, only "
        "soften them; ECE after scaling stays high when the recent class mix differs from training.",
        "- The model size, weight decay and early stopping were chosen after comparing four variants on the 1h "
        "walk-forward folds, so those folds are not entirely untouched by choices.",
        "- A first, small model: it exists to make the pipeline real, not to be good.",
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
