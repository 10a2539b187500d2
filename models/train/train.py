"""Compares the model families walk-forward for one timeframe, ships the best one calibrated to ONNX.

usage: train.py --dataset DIR --timeframe TF --out DIR [--epochs N] [--max-train N] [--max-test N]
                [--folds K] [--seed S] [--shuffle-labels]
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch

import card
from data import TIMEFRAME_MINUTES, load, span, walk_forward, windows
from export import CHECK_BATCH, export, write_check_batch
from families import FAMILIES, config_name
from fit import OPTIMISER
from metrics import class_prior, hit_rate_by_confidence
from threshold import choose_threshold
from walkforward import VAL_CAP, fit_calibrated, label_indices, search_family, summarise, take


def log(line: str) -> None:
    print(line, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Train one direction model (walk-forward, calibrated, ONNX).")
    parser.add_argument("--dataset", required=True, help="folder written by `npm run dataset`")
    parser.add_argument("--timeframe", required=True, choices=sorted(TIMEFRAME_MINUTES))
    parser.add_argument("--out", required=True, help="folder for direction-<tf>.onnx and its card")
    parser.add_argument("--epochs", type=int, default=2, help="at most; early stopping keeps the best")
    parser.add_argument("--max-train", type=int, default=30_000, help="cap on training samples per fit")
    parser.add_argument("--max-test", type=int, default=30_000, help="cap on scored samples per test block")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shuffle-labels", action="store_true",
                        help="permute the labels first (a check that must fall to chance); exports nothing")
    return parser.parse_args(argv)


def load_data(args):
    """The dataset of `args.timeframe`; with --shuffle-labels, its labels permuted (features and outcomes kept)."""
    data = load(args.dataset, args.timeframe)
    if args.shuffle_labels:
        data.cols["label"] = np.random.default_rng(args.seed).permutation(data.cols["label"])
    return data


def evaluate(data, args) -> dict:
    """Walk-forward comparison of every family; the chosen one's per-fold and pooled metrics."""
    opts = {"epochs": args.epochs, "max_train": args.max_train, "max_test": args.max_test, "seed": args.seed}
    splits = walk_forward(data, args.folds)
    log(f"{args.timeframe}: {data.size} samples, {len(data.meta['pairs'])} pairs, {args.folds} walk-forward folds "
        f"({args.folds - 1} for validation, the last for test)")
    runs = [search_family(data, splits, family, opts, log) for family in FAMILIES]
    chosen = min(runs, key=lambda r: r["validation_log_loss"])
    parts, ids = chosen["parts"], label_indices(data)
    val_idx = np.concatenate([p["test_idx"] for p in parts[:-1]])
    alert = choose_threshold(np.concatenate([p["cal"] for p in parts[:-1]]), take(data.cols, val_idx),
                             ids["LONG"], ids["SHORT"])
    extra = (alert["threshold"],)
    all_idx = np.concatenate([p["test_idx"] for p in parts])
    comparison = [{"family": r["family"], "title": FAMILIES[r["family"]]["title"], "config": r["config"],
                   "grid": r["grid"], "validation": brief(summarise(data, r["parts"][:-1])),
                   "test": brief(summarise(data, r["parts"][-1:]))} for r in runs]
    return {
        "chosen": chosen,
        "alert": alert,
        "folds": [{"fold": k, "role": "validation" if k < len(parts) else "test", "train": p["train"],
                   "temperature": p["temperature"], **summarise(data, [p], extra)} for k, p in enumerate(parts, 1)],
        "validation": summarise(data, parts[:-1], extra),
        "test": summarise(data, parts[-1:], extra),
        "overall": summarise(data, parts, extra),
        "hit_rate_by_confidence": hit_rate_by_confidence(np.concatenate([p["cal"] for p in parts]),
                                                         take(data.cols, all_idx), ids["LONG"], ids["SHORT"]),
        "comparison": comparison,
    }


def brief(result: dict) -> dict:
    keys = ("samples", "log_loss", "baseline_log_loss", "balanced_accuracy", "macro_f1", "ece_after",
            "signal_hit_rate", "signal_count")
    return {k: result[k] for k in keys}


def main(argv) -> None:
    args = parse_args(argv)
    torch.set_num_threads(1)  # a shared 2-core machine: one thread per training process
    started = time.time()
    data = load_data(args)
    result = evaluate(data, args)
    if args.shuffle_labels:
        print(json.dumps({"shuffled_labels": True, "test": result["test"], "overall": result["overall"]}))
        return
    chosen, labels = result["chosen"], data.cols["label"].astype(np.int64)
    log(f"  final {chosen['family']} [{config_name(chosen['config'])}] on all samples but the most recent 10 %")
    opts = {"epochs": args.epochs, "max_train": args.max_train, "seed": args.seed}
    model, temperature, used, val = fit_calibrated(data, np.arange(data.size), chosen["family"], chosen["config"], opts, log)
    model.temperature.fill_(temperature)
    ids = label_indices(data)
    prior = class_prior(labels[used])
    directional = used[(labels[used] == ids["LONG"]) | (labels[used] == ids["SHORT"])]
    minutes = TIMEFRAME_MINUTES[args.timeframe]
    tp_eta = float(np.median(data.cols["label_candles"][directional])) * minutes if len(directional) else None
    overall, test = result["overall"], result["test"]
    metrics = {
        "evaluation": (f"walk-forward, {args.folds} expanding folds in time, gap {data.meta['barrier']['horizon']} "
                       f"candles; folds 1-{args.folds - 1} validate every choice, fold {args.folds} is the test"),
        "signal_hit_rate": overall["signal_hit_rate"],
        "signal_count": overall["signal_count"],
        "hit_rate_by_confidence": result["hit_rate_by_confidence"],
        "overall": overall,
        "validation": result["validation"],
        "test": test,
        "folds": result["folds"],
        "comparison": result["comparison"],
        "alert": result["alert"],
        "family": chosen["family"],
        "config": chosen["config"],
    }
    trained_on = {"pairs": data.meta["pairs"], **span(data, used), "available": int(data.size)}
    name = f"direction-{args.timeframe}"
    path = os.path.join(args.out, f"{name}.onnx")
    metadata = {
        "feature_set": data.meta["feature_set"],
        "features": data.meta["features"],
        "labels": data.meta["labels"],
        "barrier": data.meta["barrier"],
        "trained_on": trained_on,
        "metrics": metrics,
        "class_prior": {label: round(float(prior[ids[label]]), 4) for label in data.meta["labels"]},
        "alert_threshold": str(result["alert"]["threshold"]),
    }
    if tp_eta is not None:
        metadata["tp_eta_minutes"] = str(round(tp_eta))
    version = export(model, path, args.timeframe, data.window, metadata)
    folder = os.path.join(args.dataset, args.timeframe)
    write_check_batch(model, windows(data, np.arange(data.size)[-CHECK_BATCH:]), folder, name)
    report = {"model_version": version, "file": os.path.basename(path), "meta": data.meta, "metrics": metrics,
              "trained_on": trained_on, "tp_eta_minutes": tp_eta, "epochs": args.epochs,
              "architecture": FAMILIES[chosen["family"]]["describe"](chosen["config"]), "optimiser": OPTIMISER,
              "temperature": temperature, "calibration_samples": int(len(val)), "validation_cap": VAL_CAP,
              "class_prior": metadata["class_prior"], "max_train": args.max_train, "max_test": args.max_test,
              "seed": args.seed, "training_seconds": round(time.time() - started),
              "size_bytes": os.path.getsize(path)}
    with open(os.path.join(folder, f"{name}.report.json"), "w") as f:
        json.dump(report, f, indent=2)
    card.write(report, os.path.join(args.out, f"{name}.md"))
    log(f"{args.timeframe}: wrote {path} ({report['size_bytes']} bytes, {version}) in {report['training_seconds']}s; "
        f"{chosen['family']}, test log-loss {test['log_loss']} vs prior {test['baseline_log_loss']}, "
        f"alert threshold {result['alert']['threshold']}")


if __name__ == "__main__":
    main(sys.argv[1:])
