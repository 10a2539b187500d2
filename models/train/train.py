"""Trains, evaluates walk-forward, calibrates and exports one direction model for one timeframe.

usage: train.py --dataset DIR --timeframe TF --out DIR [--epochs N] [--max-train N] [--folds K] [--seed S]
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch

import card
from calibrate import calibration_report
from data import TIMEFRAME_MINUTES, evenly, inner_split, load, span, walk_forward, windows
from export import CHECK_BATCH, export, write_check_batch
from fit import OPTIMISER, fit, logits_of
from metrics import class_prior, evaluate, softmax
from net import ARCHITECTURE

# Validation samples per fold for early stopping: enough for a stable loss, cheap to evaluate each epoch.
VAL_CAP = 20_000


def log(line: str) -> None:
    print(line, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Train one direction model (walk-forward, calibrated, ONNX).")
    parser.add_argument("--dataset", required=True, help="folder written by `npm run dataset`")
    parser.add_argument("--timeframe", required=True, choices=sorted(TIMEFRAME_MINUTES))
    parser.add_argument("--out", required=True, help="folder for direction-<tf>.onnx and its card")
    parser.add_argument("--epochs", type=int, default=4, help="at most; early stopping keeps the best")
    parser.add_argument("--max-train", type=int, default=150_000, help="cap on training samples per fold")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    return parser.parse_args(argv)


def take(cols: dict, idx: np.ndarray) -> dict:
    return {name: values[idx] for name, values in cols.items()}


def main(argv) -> None:
    args = parse_args(argv)
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    started = time.time()
    data = load(args.dataset, args.timeframe)
    long_i, short_i = data.label_index("LONG"), data.label_index("SHORT")
    labels = data.cols["label"].astype(np.int64)
    log(f"{args.timeframe}: {data.size} samples, {len(data.meta['pairs'])} pairs, {args.folds} walk-forward folds")
    folds, pooled = [], {"probs": [], "idx": [], "prior": []}
    for k, (train, test) in enumerate(walk_forward(data, args.folds), start=1):
        fit_part, val = inner_split(data, train)
        used, val = evenly(fit_part, args.max_train), evenly(val, VAL_CAP)
        log(f"  fold {k}: train {len(used)} of {len(train)} samples, validation {len(val)}, test {len(test)}")
        model = fit(data, used, val, args.epochs, args.seed, log)
        logits = logits_of(model, data, test)
        probs = softmax(logits)
        prior = class_prior(labels[train])
        result = evaluate(probs, take(data.cols, test), prior, long_i, short_i)
        folds.append({"fold": k, "train": {**span(data, used), "available": int(len(train))},
                      "test": span(data, test), **result})
        log(f"    {json.dumps(result)}")
        pooled["probs"].append(probs)
        pooled["idx"].append(test)
        pooled["prior"].append(np.broadcast_to(prior, probs.shape))
    # The last fold's model is the final one: trained on every block but the most recent, which is the
    # held-out block its temperature is fitted on.
    all_test = np.concatenate(pooled["idx"])
    overall = evaluate(np.concatenate(pooled["probs"]), take(data.cols, all_test),
                       np.concatenate(pooled["prior"]), long_i, short_i)
    calibration = calibration_report(logits, labels[test])
    model.temperature.fill_(calibration["temperature"])
    calibrated = evaluate(softmax(logits, calibration["temperature"]), take(data.cols, test), prior, long_i, short_i)
    calibration["confident_hit_rate"] = calibrated["confident_hit_rate"]
    calibration["confident_count"] = calibrated["confident_count"]
    directional = train[(labels[train] == long_i) | (labels[train] == short_i)]
    minutes = TIMEFRAME_MINUTES[args.timeframe]
    tp_eta = float(np.median(data.cols["label_candles"][directional])) * minutes if len(directional) else None
    metrics = {
        "evaluation": f"walk-forward, {args.folds} expanding folds in time, gap {data.meta['barrier']['horizon']} candles",
        "signal_hit_rate": overall["signal_hit_rate"],
        "signal_count": overall["signal_count"],
        "overall": overall,
        "folds": folds,
        "calibration": calibration,
    }
    trained_on = {"pairs": data.meta["pairs"], **span(data, used), "available": int(len(train))}
    name = f"direction-{args.timeframe}"
    path = os.path.join(args.out, f"{name}.onnx")
    metadata = {
        "feature_set": data.meta["feature_set"],
        "features": data.meta["features"],
        "labels": data.meta["labels"],
        "barrier": data.meta["barrier"],
        "trained_on": trained_on,
        "metrics": metrics,
    }
    if tp_eta is not None:
        metadata["tp_eta_minutes"] = str(round(tp_eta))
    version = export(model, path, args.timeframe, data.window, metadata)
    folder = os.path.join(args.dataset, args.timeframe)
    write_check_batch(model, windows(data, test[-CHECK_BATCH:]), folder, name)
    seconds = round(time.time() - started)
    report = {"model_version": version, "file": os.path.basename(path), "meta": data.meta, "metrics": metrics,
              "trained_on": trained_on, "tp_eta_minutes": tp_eta, "epochs": args.epochs,
              "architecture": ARCHITECTURE, "optimiser": OPTIMISER, "validation_samples": int(len(val)),
              "max_train": args.max_train, "seed": args.seed, "training_seconds": seconds,
              "size_bytes": os.path.getsize(path)}
    with open(os.path.join(folder, f"{name}.report.json"), "w") as f:
        json.dump(report, f, indent=2)
    card.write(report, os.path.join(args.out, f"{name}.md"))
    log(f"{args.timeframe}: wrote {path} ({report['size_bytes']} bytes, {version}) in {seconds}s; "
        f"signal hit rate {overall['signal_hit_rate']} over {overall['signal_count']} signals")


if __name__ == "__main__":
    main(sys.argv[1:])
