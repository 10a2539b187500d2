"""Trains the PPO policy for one timeframe with several seeds, picks the seed on validation, records the
shipped model's own test block, and exports it with its card.

usage: ppo_train.py --dataset DIR --out DIR [--timeframe 1h] [--budget-seconds 900] [--seeds 3] [--seed 7]
                    [--jobs N] [--folds 3] [--test-from 2024-03-01]
"""
import argparse
import json
import math
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import numpy as np
import torch

import ppo_card
from data import TIMEFRAME_MINUTES, iso
from export import CHECK_BATCH
from ppo import PpoConfig
from ppo_data import full_windows, load_policy_data
from ppo_env import FEE, action_steps
from ppo_eval import MINUTES_PER_YEAR, verdict
from ppo_export import export, write_check_batch
from ppo_net import ARCHITECTURE, PolicyNet
from ppo_plan import TEST_FROM, describe, make_plan
from ppo_seed import run_seed

# Wall time kept out of the seeds' share for choosing, exporting and writing the card.
FINISH_SHARE, FINISH_MAX_S = 0.03, 15.0


def log(line: str) -> None:
    print(line, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Train the PPO policy model (seeds, walk-forward, ONNX, card).")
    parser.add_argument("--dataset", required=True, help="folder written by `npm run dataset`")
    parser.add_argument("--out", required=True, help="folder for policy-<tf>.onnx and its card")
    parser.add_argument("--timeframe", default="1h", choices=sorted(TIMEFRAME_MINUTES))
    parser.add_argument("--budget-seconds", type=float, default=900, help="wall time of the whole run, all seeds")
    parser.add_argument("--seeds", type=int, default=3, help="models trained; the shipped one is chosen on validation")
    parser.add_argument("--seed", type=int, default=7, help="the first seed; the others follow it")
    parser.add_argument("--jobs", type=int, default=0, help="seeds training at once, one process and one thread "
                                                           "each (default: all of them)")
    parser.add_argument("--folds", type=int, default=3, help="test block = last 1/(folds+1) of the time when the "
                                                           "data ends before --test-from; stages without years")
    parser.add_argument("--test-from", default=TEST_FROM, help="first day of the untouched test block (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    if args.budget_seconds <= 0:
        parser.error("--budget-seconds must be positive")
    if args.seeds < 1 or args.jobs < 0:
        parser.error("--seeds must be at least 1 and --jobs at least 0")
    return args


def run_seeds(args, plan: dict, folder: str, started: float) -> list:
    """Every seed, `jobs` at a time; a seed's deadline leaves its round's share of the budget to the others."""
    jobs = min(args.jobs or args.seeds, args.seeds)
    rounds = math.ceil(args.seeds / jobs)
    finish = min(FINISH_MAX_S, FINISH_SHARE * args.budget_seconds)
    now = time.time()
    per_round = max(0.0, started + args.budget_seconds - finish - now) / rounds
    specs = [{"seed": args.seed + i, "deadline": now + (i // jobs + 1) * per_round, "plan": plan,
              "dataset": args.dataset, "timeframe": args.timeframe,
              "state_path": os.path.join(folder, f"seed-{args.seed + i}.pt")} for i in range(args.seeds)]
    log(f"policy: {args.seeds} seeds, {jobs} at a time, {per_round:.0f}s each")
    if jobs == 1:
        return [run_seed(spec) for spec in specs]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        return list(pool.map(run_seed, specs))


def shipped_of(results: list) -> dict:
    """The seed with the best validation Sharpe (ties: the first); the test block plays no part."""
    return max(results, key=lambda r: (r["training"]["validation_sharpe"], -r["seed"]))


def seed_record(r: dict, shipped: dict) -> dict:
    keep = ("total_return", "sharpe", "max_drawdown", "trades")
    brief = lambda result: {k: result[k] for k in keep}  # noqa: E731
    return {
        "seed": r["seed"], "shipped": r is shipped, "training": r["training"],
        "validation": {"policy": brief(r["validation"]["policy"]), "buy_and_hold": brief(r["validation"]["buy_and_hold"])},
        "test": {"policy": brief(r["test"]["policy"])},
        "walk_forward": [{"label": b["label"], "policy": brief(b["policy"])} for b in r["walk_forward"]],
    }


def build_metrics(plan: dict, results: list, shipped: dict, minutes: int) -> dict:
    blocks = [{"label": b["label"], "from": b["from"], "to": b["to"], "pairs": b["pairs"], "decisions": b["decisions"],
               **{name: b[name] for name in ("policy", "flat", "buy_and_hold", "random")}} for b in shipped["walk_forward"]]
    return {
        "fee_per_side": FEE,
        "record": "the shipped model on its own test block, which no choice looked at",
        "sharpe_basis": f"mean / standard deviation of the pooled account's per-candle returns × √{MINUTES_PER_YEAR // minutes}",
        "test": shipped["test_block"],
        "overall": shipped["test"],
        "verdict": verdict(shipped["test"]),
        "fit": shipped["fit"],
        "validation": {**shipped["validation_block"], **shipped["validation"]},
        "shipped_seed": shipped["seed"],
        "selection": "the seed with the best validation Sharpe; each seed's checkpoint also chosen on validation",
        "seeds": [seed_record(r, shipped) for r in results],
        "walk_forward": {"rule": plan["stage_rule"], "blocks": blocks},
    }


def main(argv) -> None:
    args = parse_args(argv)
    torch.set_num_threads(1)
    started = time.time()
    data = load_policy_data(args.dataset, args.timeframe)
    dec, steps = data.decisions, action_steps(data.meta)
    plan = make_plan(dec, args.folds, data.minutes * 60_000, args.test_from)
    log(f"policy {args.timeframe}: {dec.size} decisions ({dec.gaps} gaps split), {len(data.meta['pairs'])} "
        f"pairs, {data.n_features} features, {args.budget_seconds:.0f}s in all")
    log(f"policy: {describe(plan)}")
    with tempfile.TemporaryDirectory(prefix="ppo-seeds-") as folder:
        results = run_seeds(args, plan, folder, started)
        shipped = shipped_of(results)
        net = PolicyNet(data.n_features, [torch.zeros(data.n_features), torch.ones(data.n_features),
                                          torch.zeros(data.n_features), torch.ones(data.n_features)])
        net.load_state_dict(torch.load(shipped["state_path"]))
    metrics = build_metrics(plan, results, shipped, data.minutes)
    log(f"policy: shipped seed {shipped['seed']} (validation Sharpe {shipped['training']['validation_sharpe']}); "
        f"its test block: {json.dumps(metrics['overall'])}; verdict {json.dumps(metrics['verdict'])}")
    name = f"policy-{args.timeframe}"
    test_rows = dec.rows[(dec.time >= plan["test_start"]) & (dec.reward_time < plan["end"])]
    check = test_rows[np.linspace(0, len(test_rows) - 1, CHECK_BATCH).astype(np.int64)]
    write_check_batch(net, full_windows(data, check), np.resize(steps, (CHECK_BATCH, 1)).astype(np.float32),
                      os.path.join(args.dataset, args.timeframe), name)
    fit, val = shipped["fit"], shipped["validation_block"]
    version = export(net, os.path.join(args.out, f"{name}.onnx"), args.timeframe, data.window, {
        "feature_set": data.meta["feature_set"],
        "features": data.meta["features"],
        "labels": data.meta["policy_actions"],
        "fee": str(FEE),
        "trained_on": {"pairs": data.meta["pairs"], "from": fit["from"], "to": val["to"], "fit": fit, "validation": val,
                       "note": "decision candles; the checkpoint and the seed were chosen on the validation part"},
        "metrics": metrics,
    })
    report = {
        "model_version": version, "file": f"{name}.onnx", "timeframe": args.timeframe, "window": data.window,
        "feature_set": data.meta["feature_set"], "pairs": data.meta["pairs"], "actions": data.meta["policy_actions"],
        "architecture": ARCHITECTURE, "ppo": PpoConfig().describe(), "budget_seconds": args.budget_seconds,
        "seeds": args.seeds, "jobs": min(args.jobs or args.seeds, args.seeds), "decisions": int(dec.size),
        "gaps": dec.gaps, "plan": {**plan, "summary": describe(plan)},
        "data_from": iso(plan["start"]), "data_to": iso(plan["end"] - 1),
        "seconds": round(time.time() - started, 1), "metrics": metrics,
    }
    with open(os.path.join(args.dataset, args.timeframe, f"{name}.report.json"), "w") as f:
        json.dump(report, f, indent=2)
    ppo_card.write(report, os.path.join(args.out, f"{name}.md"))
    log(f"policy {args.timeframe}: wrote {name}.onnx ({version}) and its card in {report['seconds']}s")


if __name__ == "__main__":
    main(sys.argv[1:])
