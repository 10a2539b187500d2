"""Walk-forward runs of the model families: fit per fold, temperature on held-out training data, metrics.

Folds 1..K-1 are the validation folds: every choice (grid point, family, alert threshold) is made on them.
Fold K, the most recent test block, is scored once with what was chosen and never feeds back into a choice.
"""
import numpy as np

from baselines import fit_baselines
from calibrate import fit_temperature
from data import evenly, inner_split, span
from families import FAMILIES, config_name
from fit import fit, logits_of
from metrics import brier, classification, ece, log_loss, signals, softmax

# Validation samples per fold for early stopping and the temperature: enough for a stable loss.
VAL_CAP = 10_000


def take(cols: dict, idx: np.ndarray) -> dict:
    return {name: values[idx] for name, values in cols.items()}


def label_indices(data) -> dict:
    return {name: data.label_index(name) for name in data.meta["labels"]}


def fit_calibrated(data, train: np.ndarray, family: str, config: dict, opts: dict, log):
    """Fits on the older part of `train`; early stopping and the temperature use its most recent 10 %."""
    fit_part, val = inner_split(data, train)
    used, val = evenly(fit_part, opts["max_train"]), evenly(val, VAL_CAP)
    model = fit(data, used, val, family, config, opts["epochs"], opts["seed"], log)
    temperature = fit_temperature(logits_of(model, data, val), data.cols["label"][val].astype(np.int64)) if len(val) else 1.0
    return model, temperature, used, val


def run_fold(data, train: np.ndarray, test: np.ndarray, family: str, config: dict, opts: dict, log) -> dict:
    model, temperature, used, _ = fit_calibrated(data, train, family, config, opts, log)
    test = evenly(test, opts["max_test"])
    logits = logits_of(model, data, test)
    labels = data.cols["label"].astype(np.int64)
    baseline = fit_baselines(labels[train], data.cols["last_move"][train], label_indices(data))
    return {"train": {**span(data, used), "available": int(len(train))}, "test_idx": test, "temperature": temperature,
            "raw": softmax(logits), "cal": softmax(logits, temperature), "base": baseline(data.cols["last_move"][test])}


def summarise(data, parts: list, extra_thresholds=()) -> dict:
    """Metrics of the calibrated predictions pooled over `parts` (one fold, or all), against the baselines."""
    idx = np.concatenate([p["test_idx"] for p in parts])
    labels = data.cols["label"][idx].astype(np.int64)
    raw, cal = (np.concatenate([p[k] for p in parts]) for k in ("raw", "cal"))
    base = {name: np.concatenate([p["base"][name] for p in parts]) for name in parts[0]["base"]}
    ids = label_indices(data)
    baselines = {name: {"log_loss": round(log_loss(p, labels), 4), "brier": round(brier(p, labels), 4),
                        "balanced_accuracy": classification(p, labels)["balanced_accuracy"]} for name, p in base.items()}
    return {
        **span(data, idx),
        **classification(cal, labels),
        "baseline_log_loss": baselines["prior"]["log_loss"],
        "baseline_brier": baselines["prior"]["brier"],
        "baselines": baselines,
        "log_loss_uncalibrated": round(log_loss(raw, labels), 4),
        "ece_before": round(ece(raw, labels), 4),
        "ece_after": round(ece(cal, labels), 4),
        **signals(cal, take(data.cols, idx), ids["LONG"], ids["SHORT"], extra_thresholds),
    }


def pooled_log_loss(data, parts: list) -> float:
    idx = np.concatenate([p["test_idx"] for p in parts])
    return log_loss(np.concatenate([p["cal"] for p in parts]), data.cols["label"][idx].astype(np.int64))


def search_family(data, splits: list, family: str, opts: dict, log) -> dict:
    """Grid search on the validation folds; the best grid point is then run once on the last test block."""
    validation, (last_train, last_test) = splits[:-1], splits[-1]
    grid = []
    for config in FAMILIES[family]["grid"]:
        log(f"    {family} [{config_name(config)}] on {len(validation)} validation folds")
        parts = [run_fold(data, train, test, family, config, opts, log) for train, test in validation]
        grid.append({"config": config, "validation_log_loss": round(pooled_log_loss(data, parts), 4), "parts": parts})
    best = min(grid, key=lambda g: g["validation_log_loss"])
    log(f"    {family}: chose [{config_name(best['config'])}] (validation log-loss {best['validation_log_loss']})")
    test_part = run_fold(data, last_train, last_test, family, best["config"], opts, log)
    return {
        "family": family,
        "config": best["config"],
        "grid": [{"config": g["config"], "validation_log_loss": g["validation_log_loss"]} for g in grid],
        "validation_log_loss": best["validation_log_loss"],
        "test_log_loss": round(pooled_log_loss(data, [test_part]), 4),
        "parts": best["parts"] + [test_part],
    }
