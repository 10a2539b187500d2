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
                     "opposite", "Brier", "prior Brier", "ECE before", "ECE after", "T", "signals", "win rate", "break-even", "mean net"])

    def row(label, r, temperature=None):
        b = r["baselines"]
        return _row([label, period(r), r["samples"], r["balanced_accuracy"], r["macro_f1"],
                     r["log_loss"], b["prior"]["log_loss"], b["same_as_last"]["log_loss"],
                     b["opposite_of_last"]["log_loss"], r["brier"], r["baseline_brier"], r["ece_before"],
                     r["ece_after"], temperature, r["signal_count"], _win_rate(r, "signal_"),
                     _breakeven(r, "signal_"), r["signal_mean_net_return"]])

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


def _win_rate(r: dict, prefix: str = ""):
    """The win rate of a stats dict; older outputs only had the hit rate."""
    return r.get(f"{prefix}win_rate", r.get(f"{prefix}hit_rate"))


def _breakeven(r: dict, prefix: str = ""):
    return r.get(f"{prefix}breakeven_win_rate", r.get(f"{prefix}breakeven_hit_rate"))


def _ci(r: dict, prefix: str = "") -> str:
    ci = r.get(f"{prefix}mean_net_return_ci95")
    return "–" if not ci else f"{ci[0]} … {ci[1]}"


STATS_TITLES = ["signals", "wins", "stops", "expired", "win rate", "break-even", "mean net return", "95% CI (by day)"]


def stats_cells(r: dict, prefix: str = "") -> list:
    """The cells of STATS_TITLES for one bucket (signal_stats keys, or signals() keys with prefix "signal_")."""
    return [r[f"{prefix}count"], r.get(f"{prefix}wins"), r.get(f"{prefix}stops"), r.get(f"{prefix}expired"),
            _win_rate(r, prefix), _breakeven(r, prefix), r[f"{prefix}mean_net_return"], _ci(r, prefix)]


def signals_table(m: dict, folds: int, alert_threshold=None) -> list:
    """Signals of the test fold, the validation folds and all folds: all directional calls, then per threshold
    (the alert threshold marked)."""
    lines = _header(["blocks", "confidence ≥", *STATS_TITLES])
    for name, r in ((f"test fold {folds}", m["test"]), ("validation folds", m["validation"]), ("all folds", m["overall"])):
        lines.append(_row([name, "(all directional)", *stats_cells(r, "signal_")]))
        for t in r["by_threshold"]:
            label = f"{t['threshold']} (top decile)" if t.get("top_decile") else t["threshold"]
            if alert_threshold is not None and t["threshold"] == alert_threshold and not t.get("top_decile"):
                label = f"**{t['threshold']} (alert)**"
            lines.append(_row([name, label, *stats_cells(t)]))
    return lines


def bands_table(bands: list) -> list:
    lines = _header(["confidence from", "below", *STATS_TITLES])
    return lines + [_row([b["from"], b["below"], *stats_cells(b)]) for b in bands]


def years_table(by_year: list, alert_threshold: float) -> list:
    """One row per calendar year (or regime) of an evaluation: [{"year", **walkforward.summarise(...)}], with
    the signal stats at the alert threshold."""
    lines = _header(["year", "n", "log-loss", "prior", "bal. acc", "ECE", f"at {alert_threshold}: " + STATS_TITLES[0],
                     *STATS_TITLES[1:]])
    for y in by_year:
        row = next((t for t in y["by_threshold"] if t["threshold"] == alert_threshold and not t.get("top_decile")), None)
        cells = stats_cells(row) if row else ["–"] * len(STATS_TITLES)
        lines.append(_row([y["year"], y["samples"], y["log_loss"], y["baseline_log_loss"], y["balanced_accuracy"],
                           y["ece_after"], *cells]))
    return lines
