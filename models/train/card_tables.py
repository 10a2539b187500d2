"""Markdown tables of the model card, each from one part of the evaluation output."""


def _c(value) -> str:
    return "–" if value is None else str(value)


def period(r: dict) -> str:
    """The dates a result covers (its `from` and `to`), as the cards print them."""
    return f"{r['from'][:10]} → {r['to'][:10]}"


def _row(cells) -> str:
    return "| " + " | ".join(_c(c) for c in cells) + " |"


def _header(titles) -> list:
    return [_row(titles), "|" + "---|" * len(titles)]


def comparison_table(comparison: list, chosen: str) -> list:
    lines = _header(["family", "grid tried (validation log-loss)", "chosen config", "val. log-loss",
                     "val. prior", "val. bal. acc", "test log-loss", "test prior", "test bal. acc", "test ECE"])
    for c in comparison:
        grid = "; ".join(", ".join(f"{k} {v}" for k, v in g["config"].items()) + f": {g['validation_log_loss']}"
                         for g in c["grid"])
        name = f"**{c['title']}** (shipped)" if c["family"] == chosen else c["title"]
        v, t = c["validation"], c["test"]
        lines.append(_row([name, grid, ", ".join(f"{k} {v_}" for k, v_ in c["config"].items()), v["log_loss"],
                           v["baseline_log_loss"], v["balanced_accuracy"], t["log_loss"], t["baseline_log_loss"],
                           t["balanced_accuracy"], t["ece_after"]]))
    return lines


def folds_table(m: dict) -> list:
    lines = _header(["", "test period", "n", "bal. acc", "macro-F1", "log-loss", "prior", "same as last",
                     "opposite", "Brier", "prior Brier", "ECE before", "ECE after", "T", "signals", "hit rate"])

    def row(label, r, temperature=None):
        b = r["baselines"]
        return _row([label, period(r), r["samples"], r["balanced_accuracy"], r["macro_f1"],
                     r["log_loss"], b["prior"]["log_loss"], b["same_as_last"]["log_loss"],
                     b["opposite_of_last"]["log_loss"], r["brier"], r["baseline_brier"], r["ece_before"],
                     r["ece_after"], temperature, r["signal_count"], r["signal_hit_rate"]])

    for f in m["folds"]:
        lines.append(row(f"fold {f['fold']} ({f['role']})", f, f["temperature"]))
    lines.append(row("**validation folds**", m["validation"]))
    lines.append(row("**test fold**", m["test"]))
    lines.append(row("**all folds**", m["overall"]))
    lines += ["", "Log-loss and Brier columns: the model, then the baselines (lower is better). Balanced accuracy "
              "of the baselines (prior, same as last, opposite), all folds: "
              + ", ".join(str(m["overall"]["baselines"][k]["balanced_accuracy"])
                          for k in ("prior", "same_as_last", "opposite_of_last")) + "."]
    return lines


def confusion_lines(r: dict, labels: list, title: str) -> list:
    lines = [f"{title}: per class (precision / recall) "
             + ", ".join(f"{name} {_c(p)} / {_c(q)}" for name, p, q in zip(labels, r["precision"], r["recall"]))
             + "; confusion matrix (rows true, columns predicted):", ""]
    lines += _header(["true \\ predicted", *labels])
    lines += [_row([name, *counts]) for name, counts in zip(labels, r["confusion"])]
    return lines


def signals_table(m: dict, folds: int) -> list:
    lines = _header(["blocks", "confidence ≥", "signals", "hit rate", "break-even", "mean net return"])
    for name, r in ((f"test fold {folds}", m["test"]), ("validation folds", m["validation"]), ("all folds", m["overall"])):
        lines.append(_row([name, "(all directional)", r["signal_count"], r["signal_hit_rate"],
                           r["signal_breakeven_hit_rate"], r["signal_mean_net_return"]]))
        for t in r["by_threshold"]:
            label = f"{t['threshold']} (top decile)" if t.get("top_decile") else t["threshold"]
            lines.append(_row([name, label, t["count"], t["hit_rate"], t["breakeven_hit_rate"], t["mean_net_return"]]))
    return lines


def bands_table(bands: list) -> list:
    lines = _header(["confidence from", "below", "signals", "hit rate"])
    return lines + [_row([b["from"], b["below"], b["count"], b["hit_rate"]]) for b in bands]
