"""The trading environment of the policy model, built from the exported dataset (no feature computed here).

Positions are -1 (short), 0 (flat) and 1 (long), one unit of notional. The actions and what each does
to the position come from inference/labels.ts (POLICY_ACTIONS, POLICY_ACTION_STEP, copied into meta.json
by the exporter): HOLD keeps the position; BUY buys one unit (flat -> long, short -> flat); SELL sells one
unit (flat -> short, long -> flat). So a reversal takes two decisions and pays the fee twice, like two orders.
The reward of a decision is the log return of the position it leads to over the next candle, plus
log(1 - FEE * |change of position|): 0.1 % of the notional per side traded.
"""
import os
from dataclasses import dataclass

import numpy as np

from data import Dataset

FEE = 0.001


def action_steps(meta: dict) -> np.ndarray:
    """What each action does to the position, in the model's output order (POLICY_ACTION_STEP in labels.ts)."""
    if "policy_action_steps" not in meta:
        raise SystemExit("ppo: the dataset's meta.json has no policy_action_steps; re-export it with `npm run dataset`")
    steps = meta["policy_action_steps"]
    return np.array([steps[name] for name in meta["policy_actions"]], dtype=np.float32)


def next_position(position: np.ndarray, steps: np.ndarray, actions: np.ndarray) -> np.ndarray:
    return np.clip(position + steps[actions], -1.0, 1.0)


def step_log_return(old: np.ndarray, new: np.ndarray, log_ret: np.ndarray) -> np.ndarray:
    return new * log_ret + np.log1p(-FEE * np.abs(new - old))


def closes(dataset_dir: str, timeframe: str) -> np.ndarray:
    """Close of each feature row's candle (close.npy, written next to features.npy)."""
    path = os.path.join(dataset_dir, timeframe, "close.npy")
    if not os.path.exists(path):
        raise SystemExit(f"ppo: {path} is missing; re-export the dataset with `npm run dataset`")
    return np.load(path).astype(np.float64)


@dataclass
class Episodes:
    """Each pair's decisions in time order, back to back: pair k owns [start[k], start[k] + length[k])."""
    rows: np.ndarray  # feature row of each decision's candle
    log_ret: np.ndarray  # log return from that close to the close of the pair's next decision
    time: np.ndarray  # candle open time, ms
    start: np.ndarray
    length: np.ndarray
    pairs: np.ndarray  # pair index (meta["pairs"]) of each episode

    @property
    def count(self) -> int:
        return len(self.start)


def episodes(data: Dataset, close: np.ndarray, idx: np.ndarray, min_length: int = 2) -> Episodes:
    """One episode per pair from the (time-sorted) samples `idx`."""
    pair_col = data.cols["pair"][idx]
    rows, rets, times, starts, lengths, pairs = [], [], [], [], [], []
    offset = 0
    for p in np.unique(pair_col):
        sel = idx[pair_col == p]
        if len(sel) < min_length:
            continue
        r = data.cols["end_row"][sel].astype(np.int64)
        # The last decision of a block is followed by its own pair's next candle: samples stop a label
        # horizon before the pair's data ends, so row + 1 is always the same pair.
        following = np.append(r[1:], r[-1] + 1)
        rows.append(r)
        rets.append(np.log(close[following] / close[r]))
        times.append(data.cols["time"][sel].astype(np.int64))
        starts.append(offset)
        lengths.append(len(sel))
        pairs.append(int(p))
        offset += len(sel)
    if not starts:
        raise SystemExit("ppo: no pair has enough decisions in this block; use more data or fewer folds")
    return Episodes(np.concatenate(rows), np.concatenate(rets), np.concatenate(times),
                    np.array(starts), np.array(lengths), np.array(pairs))


def observe(features: np.ndarray, rows: np.ndarray, recent: int) -> np.ndarray:
    """Raw feature windows [n, recent, n_features] ending at `rows` (the net reads only the last candles)."""
    return features[rows[:, None] + np.arange(-recent + 1, 1)]


class TrainingEnvs:
    """`n` environments stepping together; each plays a random stretch of a random pair (pairs weigh
    equally), starting flat. A stretch that ends before its pair's data does is truncated, not terminal."""

    def __init__(self, eps: Episodes, steps: np.ndarray, n: int, stretch: int, rng: np.random.Generator):
        self.eps, self.steps, self.stretch, self.rng = eps, steps, stretch, rng
        self.at = np.zeros(n, dtype=np.int64)
        self.end = np.zeros(n, dtype=np.int64)
        self.pair_end = np.zeros(n, dtype=np.int64)
        self.position = np.zeros(n, dtype=np.float32)
        self.reset(np.arange(n))

    def reset(self, which: np.ndarray) -> None:
        k = self.rng.integers(0, self.eps.count, size=len(which))
        first, length = self.eps.start[k], self.eps.length[k]
        begin = first + (self.rng.random(len(which)) * np.maximum(1, length - self.stretch)).astype(np.int64)
        self.at[which] = begin
        self.pair_end[which] = first + length
        self.end[which] = np.minimum(first + length, begin + self.stretch)
        self.position[which] = 0.0

    def rows(self) -> np.ndarray:
        return self.eps.rows[self.at]

    def step(self, actions: np.ndarray):
        """Applies the actions; returns rewards, done, truncated (more data after the stretch) and the row
        and position a truncated environment would see next (for bootstrapping its value)."""
        new = next_position(self.position, self.steps, actions)
        reward = step_log_return(self.position, new, self.eps.log_ret[self.at])
        self.position = new.astype(np.float32)
        self.at += 1
        done = self.at >= self.end
        truncated = done & (self.at < self.pair_end)
        next_rows = self.eps.rows[np.minimum(self.at, len(self.eps.rows) - 1)]
        next_position_ = self.position.copy()
        if done.any():
            self.reset(np.nonzero(done)[0])
        return reward, done, truncated, next_rows, next_position_
