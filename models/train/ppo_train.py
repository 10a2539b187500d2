"""Trains, evaluates walk-forward and exports the PPO policy model for one timeframe, with its card.

usage: ppo_train.py --dataset DIR --out DIR [--timeframe 1h] [--budget-seconds 900] [--folds 3] [--seed 7]
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch

import ppo_card
from data import TIMEFRAME_MINUTES, inner_split, load, span, training_rows, walk_forward, windows
from export import CHECK_BATCH
from net import normaliser
from ppo import PpoConfig, train
from ppo_env import FEE, action_steps, closes, episodes
from ppo_eval import backtest, chained
from ppo_export import export, write_check_batch
from ppo_net import ARCHITECTURE, PolicyNet


def log(line: str) -> None:
    print(line, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Train the PPO policy model (walk-forward, ONNX, card).")
    parser.add_argument("--dataset", required=True, help="folder written by `npm run dataset`")
    parser.add_argument("--out", required=True, help="folder for policy-<tf>.onnx and its card")
    parser.add_argument("--timeframe", default="1h", choices=sorted(TIMEFRAME_MINUTES))
    parser.add_argument("--budget-seconds", type=float, default=900, help="PPO wall time, split over the folds")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.budget_seconds <= 0:
        parser.error("--budget-seconds must be positive")
    return args


def fit_fold(data, close, steps, train_idx, budget_s: float, seed: int):
    """A policy trained on `train_idx`: normalisation from its rows, checkpoint chosen on its latest part."""
    fit_part, val = inner_split(data, train_idx)
    if len(val) == 0:
        fit_part, val = train_idx, train_idx
    net = PolicyNet(data.features.shape[1], normaliser(data.features[training_rows(data, fit_part)]))
    info = train(net, data.features, episodes(data, close, fit_part), episodes(data, close, val), steps,
                 budget_s, seed, log)
    return net, fit_part, val, info


def main(argv) -> None:
    args = parse_args(argv)
    torch.set_num_threads(1)
    started = time.time()
    data = load(args.dataset, args.timeframe)
    close, steps = closes(args.dataset, args.timeframe), action_steps(data.meta)
    minutes = TIMEFRAME_MINUTES[args.timeframe]
    log(f"policy {args.timeframe}: {data.size} decisions, {len(data.meta['pairs'])} pairs, {args.folds} folds, "
        f"{args.budget_seconds:.0f}s of PPO")
    folds, blocks = [], []
    for k, (train_idx, test) in enumerate(walk_forward(data, args.folds), start=1):
        net, fit_part, val, info = fit_fold(data, close, steps, train_idx, args.budget_seconds / args.folds, args.seed + k)
        test_eps = episodes(data, close, test)
        result = backtest(net, data.features, test_eps, steps, minutes, args.seed)
        blocks.append(result)
        summaries = {name: r["summary"] for name, r in result.items()}
        folds.append({"fold": k, "train": span(data, fit_part), "validation": span(data, val),
                      "test": {**span(data, test), "pairs": int(test_eps.count)}, "training": info, **summaries})
        log(f"  fold {k}: {json.dumps(summaries)}")
    pairs = len(data.meta["pairs"])
    overall = chained(blocks, pairs, minutes)
    log(f"  overall: {json.dumps(overall)}")
    metrics = {"fee_per_side": FEE, "folds": folds, "overall": overall}
    name = f"policy-{args.timeframe}"
    # The last fold's model is the one shipped: trained on every block but the most recent, tested on it.
    check = np.linspace(0, len(test) - 1, CHECK_BATCH).astype(np.int64)
    check_windows = windows(data, test[check]).astype(np.float32)
    check_positions = np.resize(steps, (CHECK_BATCH, 1)).astype(np.float32)
    write_check_batch(net, check_windows, check_positions, os.path.join(args.dataset, args.timeframe), name)
    version = export(net, os.path.join(args.out, f"{name}.onnx"), args.timeframe, data.window, {
        "feature_set": data.meta["feature_set"],
        "features": data.meta["features"],
        "labels": data.meta["policy_actions"],
        "fee": str(FEE),
        "trained_on": {"pairs": data.meta["pairs"], **span(data, fit_part)},
        "metrics": metrics,
    })
    report = {
        "model_version": version, "file": f"{name}.onnx", "timeframe": args.timeframe, "window": data.window,
        "feature_set": data.meta["feature_set"], "pairs": data.meta["pairs"], "actions": data.meta["policy_actions"],
        "architecture": ARCHITECTURE, "ppo": PpoConfig().describe(), "budget_seconds": args.budget_seconds,
        "seconds": round(time.time() - started, 1), "metrics": metrics,
    }
    with open(os.path.join(args.dataset, args.timeframe, f"{name}.report.json"), "w") as f:
        json.dump(report, f, indent=2)
    ppo_card.write(report, os.path.join(args.out, f"{name}.md"))
    log(f"policy {args.timeframe}: wrote {name}.onnx ({version}) and its card in {report['seconds']}s")


if __name__ == "__main__":
    main(sys.argv[1:])
