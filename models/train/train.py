"""Compares the model families walk-forward for one timeframe and ships the chosen family's model that was
scored on the untouched test block, calibrated, to ONNX.

usage: train.py --dataset DIR --timeframe TF --out DIR [--epochs N] [--max-train N] [--max-train-trees N]
                [--max-test N] [--folds K] [--seed S] [--families a,b] [--shuffle-labels]
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch

import card
from data import TIMEFRAME_MINUTES, evenly, load, span, walk_forward, windows
from export import CHECK_BATCH, export, torch_probabilities, write_check_batch
from families import FAMILIES, config_name
from fit import OPTIMISER
from metrics import class_prior, hit_rate_by_confidence, softmax
from threshold import choose_threshold
from provenance import trained_on
from trees import TreeModel, export_trees
from xgb_family import margins
from walkforward import VAL_CAP, by_year, label_indices, logits_of, search_family, summarise, take

# Held-out predictions of the shipped model that choose its alert threshold.
THRESHOLD_CAP = 200_000


def log(line: str) -> None:
    print(line, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Train one direction model (walk-forward, calibrated, ONNX).")
    parser.add_argument("--dataset", required=True, help="folder written by `npm run dataset`")
    parser.add_argument("--timeframe", required=True, choices=sorted(TIMEFRAME_MINUTES))
    parser.add_argument("--out", required=True, help="folder for direction-<tf>.onnx and its card")
    parser.add_argument("--epochs", type=int, default=2, help="at most; early stopping keeps the best")
    parser.add_argument("--max-train", type=int, default=60_000, help="cap on training samples per neural fit")
    parser.add_argument("--max-train-trees", type=int, default=400_000, help="cap on training samples per tree fit")
    parser.add_argument("--max-test", type=int, default=200_000,
                        help="cap on scored samples per validation fold (the test block is scored whole)")
    parser.add_argument("--folds", type=int, default=7,
                        help="the test block and up to FOLDS-1 validation years before it")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--families", default=",".join(FAMILIES), help="families to compare (default: all)")
    parser.add_argument("--shuffle-labels", action="store_true",
                        help="permute the labels first (a check that must fall to chance); exports nothing")
    args = parser.parse_args(argv)
    args.families = [f.strip() for f in args.families.split(",") if f.strip()]
    unknown = [f for f in args.families if f not in FAMILIES]
    if unknown or not args.families:
        parser.error(f"unknown family {', '.join(unknown) or '(none)'}: use some of {','.join(FAMILIES)}")
    return args


def load_data(args):
    """The dataset of `args.timeframe`; with --shuffle-labels, its labels permuted (features and outcomes kept)."""
    data = load(args.dataset, args.timeframe)
    if args.shuffle_labels:
        data.cols["label"] = np.random.default_rng(args.seed).permutation(data.cols["label"])
    return data


def evaluate(data, args) -> dict:
    """Walk-forward comparison of the families; the chosen one's per-fold, per-year and test-block metrics."""
    opts = {"epochs": args.epochs, "max_train": args.max_train, "max_train_trees": args.max_train_trees,
            "max_test": args.max_test, "seed": args.seed}
    splits = walk_forward_splits(data, args)
    runs = [search_family(data, splits, family, opts, log) for family in args.families]
    chosen = min(runs, key=lambda r: r["validation_log_loss"])
    parts, ids = chosen["parts"], label_indices(data)
    shipped = parts[-1]
    # The threshold must hold for the model that ships: chosen on its own held-out predictions, the most
    # recent 10 % of its training part (which fitted no weight), never on the test block.
    tail = evenly(shipped["tail"], THRESHOLD_CAP)
    alert = choose_threshold(softmax(logits_of(shipped["model"], data, tail), shipped["temperature"]),
                             take(data.cols, tail), ids["LONG"], ids["SHORT"])
    alert["held_out"] = span(data, tail)
    extra = (alert["threshold"],)
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
        # Validation years (each scored by a fold model trained before it), then the test block.
        "by_year": by_year(data, parts[:-1], extra) + [{"year": "test", **summarise(data, parts[-1:], extra)}],
        # What /predict shows for a call's confidence band: the shipped model's own test-block record.
        "hit_rate_by_confidence": hit_rate_by_confidence(shipped["cal"], take(data.cols, shipped["test_idx"]),
                                                         ids["LONG"], ids["SHORT"]),
        "comparison": comparison,
    }


def walk_forward_splits(data, args):
    splits = walk_forward(data, args.folds)
    test = splits[-1][1]
    log(f"{args.timeframe}: {data.size} samples, {len(data.meta['pairs'])} pairs, {args.folds} walk-forward folds "
        f"({args.folds - 1} for validation, then the test block from {span(data, test)['from']})")
    return splits


def brief(result: dict) -> dict:
    keys = ("samples", "log_loss", "baseline_log_loss", "balanced_accuracy", "macro_f1", "ece_after",
            "signal_win_rate", "signal_count")
    return {k: result[k] for k in keys}


def metrics_of(result: dict, args, data) -> dict:
    chosen, test = result["chosen"], result["test"]
    return {
        "evaluation": (f"walk-forward, {len(result['folds']) - 1} expanding validation folds (calendar years) then "
                       f"the untouched test block (the most recent months), gap {data.meta['barrier']['horizon']} "
                       "candles; the validation folds chose every setting, the shipped model is the one scored on "
                       "the test block"),
        # The headline numbers are the shipped model's own, on the test block it never saw.
        **{k: v for k, v in test.items() if k.startswith("signal_")},
        "hit_rate_by_confidence": result["hit_rate_by_confidence"],
        "overall": result["overall"],
        "validation": result["validation"],
        "test": test,
        "by_year": result["by_year"],
        "folds": result["folds"],
        "comparison": result["comparison"],
        "alert": result["alert"],
        "family": chosen["family"],
        "config": chosen["config"],
    }


def main(argv) -> None:
    args = parse_args(argv)
    torch.set_num_threads(1)  # a shared 2-core machine: one thread per training process
    started = time.time()
    data = load_data(args)
    result = evaluate(data, args)
    if args.shuffle_labels:
        print(json.dumps({"shuffled_labels": True, "test": result["test"], "overall": result["overall"]}))
        return
    chosen = result["chosen"]
    shipped = chosen["parts"][-1]
    model, temperature, used, tail = shipped["model"], shipped["temperature"], shipped["used"], shipped["tail"]
    labels, ids = data.cols["label"].astype(np.int64), label_indices(data)
    prior = class_prior(labels[used])
    directional = used[(labels[used] == ids["LONG"]) | (labels[used] == ids["SHORT"])]
    minutes = TIMEFRAME_MINUTES[args.timeframe]
    tp_eta = float(np.median(data.cols["label_candles"][directional])) * minutes if len(directional) else None
    metrics = metrics_of(result, args, data)
    trained = trained_on(data, used, tail)
    name = f"direction-{args.timeframe}"
    path = os.path.join(args.out, f"{name}.onnx")
    metadata = {
        "feature_set": data.meta["feature_set"],
        "features": data.meta["features"],
        "labels": data.meta["labels"],
        "barrier": data.meta["barrier"],
        "trained_on": trained,
        "metrics": metrics,
        "class_prior": {label: round(float(prior[ids[label]]), 4) for label in data.meta["labels"]},
        "alert_threshold": str(result["alert"]["threshold"]),
    }
    if tp_eta is not None:
        metadata["tp_eta_minutes"] = str(round(tp_eta))
    folder = os.path.join(args.dataset, args.timeframe)
    check = windows(data, np.arange(data.size)[-CHECK_BATCH:])
    if isinstance(model, TreeModel):
        version = export_trees(model, temperature, path, args.timeframe, data.window, metadata)
        expected = softmax(margins(model.booster, check), temperature)
    else:
        model.temperature.fill_(temperature)
        version = export(model, path, args.timeframe, data.window, metadata)
        expected = torch_probabilities(model, check)
    write_check_batch(check, expected, folder, name)
    report = {"model_version": version, "file": os.path.basename(path), "meta": data.meta, "metrics": metrics,
              "trained_on": trained, "tp_eta_minutes": tp_eta, "epochs": args.epochs,
              "architecture": FAMILIES[chosen["family"]]["describe"](chosen["config"]), "optimiser": OPTIMISER,
              "temperature": temperature, "calibration_samples": int(min(len(tail), VAL_CAP)),
              "validation_cap": VAL_CAP, "class_prior": metadata["class_prior"], "max_train": args.max_train,
              "max_train_trees": args.max_train_trees, "max_test": args.max_test, "seed": args.seed,
              "families": args.families, "training_seconds": round(time.time() - started),
              "size_bytes": os.path.getsize(path)}
    with open(os.path.join(folder, f"{name}.report.json"), "w") as f:
        json.dump(report, f, indent=2)
    card.write(report, os.path.join(args.out, f"{name}.md"))
    test = metrics["test"]
    log(f"{args.timeframe}: wrote {path} ({report['size_bytes']} bytes, {version}) in {report['training_seconds']}s; "
        f"{chosen['family']} [{config_name(chosen['config'])}], test log-loss {test['log_loss']} vs prior "
        f"{test['baseline_log_loss']}, alert threshold {result['alert']['threshold']}")


if __name__ == "__main__":
    main(sys.argv[1:])
