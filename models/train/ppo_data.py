"""The policy's decisions, read from the exported dataset (no feature is computed here).

A decision is a feature row whose 60-candle window lies inside its pair's rows; it acts at that candle's
close and earns the return to the close of the next candle. With `row_time.npy` and `row_pair.npy` (the
exporter's candle time and pair of every feature row) every such row whose next row is the same pair one
candle later is a decision, and runs of consecutive candles are the segments an episode may never leave:
no reward is ever earned across a missing hour or month.
"""
import os
from dataclasses import dataclass

import numpy as np

from data import TIMEFRAME_MINUTES, iso, read_meta


@dataclass
class Decisions:
    """Every decision of the dataset, pair after pair, in time order within a pair."""
    rows: np.ndarray  # feature row the decision reads (the last row of its window)
    log_ret: np.ndarray  # log(close of the next candle / close of this one)
    time: np.ndarray  # open time (ms) of the decision's candle
    reward_time: np.ndarray  # open time (ms) of the next candle, whose close ends the reward
    pair: np.ndarray  # index into meta["pairs"]
    segment: np.ndarray  # run of consecutive candles; an episode never spans two
    gaps: int  # time jumps inside a pair's series that split it

    @property
    def size(self) -> int:
        return len(self.rows)


@dataclass
class PolicyData:
    meta: dict
    features: np.ndarray  # float32 [rows, n_features], memory-mapped: seed processes share the page cache
    decisions: Decisions

    @property
    def window(self) -> int:
        return int(self.meta["window"])

    @property
    def minutes(self) -> int:
        return TIMEFRAME_MINUTES[self.meta["timeframe"]]

    @property
    def n_features(self) -> int:
        return int(self.features.shape[1])


def load_policy_data(dataset_dir: str, timeframe: str) -> PolicyData:
    folder, meta = read_meta(dataset_dir, timeframe, "ppo")
    features = np.load(os.path.join(folder, "features.npy"), mmap_mode="r")
    if features.shape[1] != len(meta["features"]):
        raise SystemExit(f"ppo: features.npy has {features.shape[1]} columns but meta.json names {len(meta['features'])}")
    close = closes(folder)
    step_ms = TIMEFRAME_MINUTES[timeframe] * 60_000
    missing = [name for name in ("row_time", "row_pair") if not os.path.exists(os.path.join(folder, f"{name}.npy"))]
    if missing:
        raise SystemExit(f"ppo: {folder} lacks {', '.join(missing)}.npy (written by an older exporter; run `npm run dataset` again)")
    decisions = from_rows(np.load(os.path.join(folder, "row_time.npy")).astype(np.int64),
                          np.load(os.path.join(folder, "row_pair.npy")).astype(np.int64),
                          close, int(meta["window"]), step_ms)
    if decisions.size == 0:
        raise SystemExit(f"ppo: no decision in {folder}: every pair is shorter than one window and a candle")
    return PolicyData(meta=meta, features=features, decisions=decisions)


def closes(folder: str) -> np.ndarray:
    """Close of each feature row's candle (close.npy, written next to features.npy)."""
    path = os.path.join(folder, "close.npy")
    if not os.path.exists(path):
        raise SystemExit(f"ppo: {path} is missing; re-export the dataset with `npm run dataset`")
    return np.load(path).astype(np.float64)


def from_rows(row_time: np.ndarray, row_pair: np.ndarray, close: np.ndarray, window: int, step_ms: int) -> Decisions:
    """Every row with a whole window of its pair behind it and its pair's next candle right after it."""
    n = len(row_time)
    idx = np.arange(n)
    new_pair = np.r_[True, row_pair[1:] != row_pair[:-1]]
    first_of_pair = np.maximum.accumulate(np.where(new_pair, idx, 0))
    linked = np.zeros(n, dtype=bool)  # row r -> r + 1 is the same pair, one candle later
    linked[:-1] = (~new_pair[1:]) & (row_time[1:] - row_time[:-1] == step_ms)
    priced = np.zeros(n, dtype=bool)
    priced[:-1] = (close[:-1] > 0) & (close[1:] > 0) & np.isfinite(close[:-1]) & np.isfinite(close[1:])
    usable = linked & priced
    rows = idx[usable & (idx - first_of_pair >= window - 1)]
    # A new segment starts after every row that is not linked to the next one.
    segment = np.r_[0, np.cumsum(~usable[:-1])] if n else np.zeros(0, dtype=np.int64)
    gaps = int(np.count_nonzero((~new_pair[1:]) & (row_time[1:] - row_time[:-1] != step_ms)))
    return Decisions(rows=rows, log_ret=np.log(close[rows + 1] / close[rows]), time=row_time[rows],
                     reward_time=row_time[rows + 1], pair=row_pair[rows], segment=segment[rows], gaps=gaps)


def observe(features: np.ndarray, rows: np.ndarray, recent: int) -> np.ndarray:
    """Raw feature windows [n, recent, n_features] ending at `rows` (the net reads only the last candles)."""
    return np.asarray(features[rows[:, None] + np.arange(-recent + 1, 1)], dtype=np.float32)


def full_windows(data: PolicyData, rows: np.ndarray) -> np.ndarray:
    """The whole model input [n, window, n_features] ending at `rows`, as the bot feeds it."""
    return observe(data.features, rows, data.window)


def period(start_ms: int, end_ms: int) -> dict:
    return {"from": iso(start_ms), "to": iso(end_ms - 1)}
