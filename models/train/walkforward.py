"""Walk-forward runs of the model families: fit per fold, temperature on held-out training data, metrics.

Folds 1..K-1 are the validation folds: every choice (grid point, family) is made on them. Fold K trains on
everything before the untouched test block and is scored on it once; the chosen family's fold-K model is
the model that ships, so the test block's numbers are the shipped model's own.
"""
import numpy as np

import fit as torch_fit
from baselines import fit_baselines
from calibrate import fit_temperature
from data import evenly, inner_split, span, year_of
from families import FAMILIES, config_name
from metrics import brier, classification, ece, log_loss, signals, softmax
from trees import TreeModel, fit_trees, tree_logits

# Validation samples per fold for early stopping and the temperature: enough for a stable loss.
VAL_CAP = 20_000


def take(cols: dict, idx: np.ndarray) -> dict:
    return {name: values[idx] for name, values in cols.items()}


def label_indices(data) -> dict:
    return {name: data.label_index(name) for name in data.meta["labels"]}


def train_cap(family: str, opts: dict) -> int:
    """Training samples per fit: trees are cheap per sample, the recurrent nets are not."""
    return opts["max_train_trees"] if FAMILIES[family]["kind"] == "trees" else opts["max_train"]


def logits_of(model, data, idx: np.ndarray) -> np.ndarray:
    return tree_logits(model, data, idx) if isinstance(model, TreeModel) else torch_fit.logits_of(model, data, idx)


def fit_calibrated(data, train: np.ndarray, family: str, config: dict, opts: dict, log):
    """Fits on the older part of `train`; early stopping and the temperature use its most recent 10 %.

    Returns the model, its temperature, the samples it was fitted on and that whole most recent 10 %."""
    fit_part, tail = inner_split(data, train)
    used, val = evenly(fit_part, train_cap(family, opts)), evenly(tail, VAL_CAP)
    if FAMILIES[family]["kind"] == "trees":
        model = fit_trees(data, used, val, config, opts["seed"], log)
    else:
        model = torch_fit.fit(data, used, val, family, config, opts["epochs"], opts["seed"], log)
    labels = data.cols["label"].astype(np.int64)
    temperature = fit_temperature(logits_of(model, data, val), labels[val]) if len(val) else 1.0
    return model, temperature, used, tail


def run_fold(data, train: np.ndarray, test: np.ndarray, family: str, config: dict, opts: dict, log,
             cap: int | None = None) -> dict:
    """Fits on `train` and scores `test`, at most `cap` samples of it taken evenly in time (None: all)."""
    model, temperature, used, tail = fit_calibrated(data, train, family, config, opts, log)
    test = test if cap is None else evenly(test, cap)
    logits = logits_of(model, data, test)
    labels = data.cols["label"].astype(np.int64)
    baseline = fit_baselines(labels[train], data.cols["last_move"][train], label_indices(data))
    return {"train": {**span(data, used), "available": int(len(train))}, "test_idx": test, "temperature": temperature,
            "raw": softmax(logits), "cal": softmax(logits, temperature), "base": baseline(data.cols["last_move"][test]),
            "model": model, "used": used, "tail": tail}


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


def select(part: dict, mask: np.ndarray) -> dict:
    """The predictions of `part` whose samples are in `mask` (a boolean array over part['test_idx'])."""
    return {"test_idx": part["test_idx"][mask], "raw": part["raw"][mask], "cal": part["cal"][mask],
            "base": {name: p[mask] for name, p in part["base"].items()}}


def by_year(data, parts: list, extra_thresholds=()) -> list:
    """The pooled predictions of `parts` cut by calendar year of the decision: one market regime each."""
    years = {}
    for part in parts:
        year = year_of(data.cols["time"][part["test_idx"]])
        for y in np.unique(year):
            years.setdefault(int(y), []).append(select(part, year == y))
    return [{"year": y, **summarise(data, ps, extra_thresholds)} for y, ps in sorted(years.items())]


def pooled_log_loss(data, parts: list) -> float:
    idx = np.concatenate([p["test_idx"] for p in parts])
    return log_loss(np.concatenate([p["cal"] for p in parts]), data.cols["label"][idx].astype(np.int64))


def search_family(data, splits: list, family: str, opts: dict, log) -> dict:
    """Grid search on the validation folds; the best grid point is then run once on the last test block, which
    is scored whole (validation folds at most `max_test` samples each)."""
    validation, (last_train, last_test) = splits[:-1], splits[-1]
    grid = []
    for config in FAMILIES[family]["grid"]:
        log(f"    {family} [{config_name(config)}] on {len(validation)} validation folds")
        parts = [run_fold(data, train, test, family, config, opts, log, opts["max_test"]) for train, test in validation]
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
