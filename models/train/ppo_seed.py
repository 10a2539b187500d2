"""One seed of the policy: the walk-forward stages, then the model that may ship, with its validation and
test-block records. Runs in its own process (one torch thread) so seeds train side by side."""
import time

import numpy as np
import torch

from data import evenly, iso
from net import normaliser
from ppo import train
from ppo_data import load_policy_data
from ppo_env import Episodes, action_steps, episodes
from ppo_eval import backtest
from ppo_net import PolicyNet
from ppo_plan import stage_weights, validation_start

STATS_ROWS = 200_000  # rows, evenly in time, for the clip bounds, mean and std
# Wall time kept for the last validation and the backtests after training: 10% of the seed's time, 5 to 30 s.
TEST_RESERVE, TEST_RESERVE_MIN_S, TEST_RESERVE_MAX_S = 0.1, 5.0, 30.0


def span(eps: Episodes) -> dict:
    if eps.size == 0:
        return {"decisions": 0}
    return {"from": iso(eps.time.min()), "to": iso(eps.time.max()), "decisions": int(eps.size), "pairs": int(eps.pairs),
            "episodes": int(eps.count)}


def stats_of(features, eps: Episodes):
    return normaliser(np.asarray(features[evenly(eps.rows, STATS_ROWS)], dtype=np.float32))


def normalised(net, features, idx, n_features: int):
    """A net standardising inputs with the statistics of `idx`: a new one, or `net` renormalised (same function)."""
    stats = stats_of(features, idx)
    if net is None:
        return PolicyNet(n_features, stats)
    net.renormalise(stats)
    return net


def run_seed(job: dict) -> dict:
    """Trains seed `job["seed"]` until `job["deadline"]` (time.time()) and saves its model to `job["state_path"]`."""
    torch.set_num_threads(1)
    seed, plan = job["seed"], job["plan"]

    def log(line: str) -> None:
        print(f"  seed {seed}: {line}", flush=True)

    torch.manual_seed(seed)
    data = load_policy_data(job["dataset"], job["timeframe"])
    dec, features, minutes = data.decisions, data.features, data.minutes
    steps = action_steps(data.meta)
    step_ms = minutes * 60_000
    start, val_start, test_start = plan["start"], plan["validation_start"], plan["test_start"]

    stages = []
    for stage in plan["stages"]:
        cut = validation_start(start, stage["train_end"], step_ms)
        parts = (episodes(dec, start, cut), episodes(dec, cut, stage["train_end"]),
                 episodes(dec, stage["train_end"], stage["eval_end"]))
        if min(p.count for p in parts) == 0:
            log(f"stage {stage['label']} skipped: too little data before or in it")
            continue
        stages.append((stage, *parts))
    fit, val, test = episodes(dec, start, val_start), episodes(dec, val_start, test_start), episodes(dec, test_start, plan["end"])
    for name, part in (("training", fit), ("validation", val), ("test", test)):
        if part.count == 0:
            raise SystemExit(f"ppo: the {name} block has no decisions; use more data or fewer --folds")

    now = time.time()
    left = max(0.0, job["deadline"] - now)
    train_until = job["deadline"] - min(TEST_RESERVE_MAX_S, max(TEST_RESERVE_MIN_S, TEST_RESERVE * left), left)
    shares = np.cumsum(stage_weights([s[1].size for s in stages]))
    deadlines = now + shares * max(0.0, train_until - now)

    net, walk = None, []
    for k, ((stage, s_fit, s_val, s_eval), deadline) in enumerate(zip(stages, deadlines)):
        net = normalised(net, features, s_fit, data.n_features)
        log(f"stage {stage['label']}: training on {s_fit.size} decisions until {iso(stage['train_end'])[:10]}")
        info = train(net, features, s_fit, s_val, steps, minutes, deadline, seed * 100 + k, log)
        result = backtest(net, features, s_eval, steps, minutes, seed)
        walk.append({"label": stage["label"], **span(s_eval), "training": info, **result})
        log(f"stage {stage['label']}: policy {result['policy']['total_return']:+.1%} (Sharpe {result['policy']['sharpe']}), "
            f"buy-and-hold {result['buy_and_hold']['total_return']:+.1%} (Sharpe {result['buy_and_hold']['sharpe']})")

    net = normalised(net, features, fit, data.n_features)
    log(f"final: training on {fit.size} decisions, validation {val.size}, test {test.size}")
    info = train(net, features, fit, val, steps, minutes, deadlines[-1], seed * 100 + 99, log)
    validation = backtest(net, features, val, steps, minutes, seed)
    tested = backtest(net, features, test, steps, minutes, seed)
    torch.save(net.state_dict(), job["state_path"])
    info["finished_before_deadline_s"] = round(job["deadline"] - time.time(), 1)
    log(f"validation: policy Sharpe {validation['policy']['sharpe']}, test: policy {tested['policy']['total_return']:+.1%} "
        f"(Sharpe {tested['policy']['sharpe']})")
    return {"seed": seed, "state_path": job["state_path"], "training": info, "fit": span(fit), "validation_block": span(val),
            "test_block": span(test), "validation": validation, "test": tested, "walk_forward": walk}
