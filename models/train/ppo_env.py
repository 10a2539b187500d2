"""The trading environment of the policy model, built from the exported dataset (no feature computed here).

Positions are -1 (short), 0 (flat) and 1 (long), one unit of notional. The actions and what each does
to the position come from inference/labels.ts (POLICY_ACTIONS, POLICY_ACTION_STEP, copied into meta.json
by the exporter): HOLD keeps the position; BUY buys one unit (flat -> long, short -> flat); SELL sells one
unit (flat -> short, long -> flat). So a reversal takes two decisions and pays the fee twice, like two orders.
The reward of a decision is the log return of the position it leads to over the next candle, plus
log(1 - FEE * |change of position|): 0.1 % of the notional per side traded. An episode is a run of
consecutive candles of one pair inside one block of time (ppo_data.py); at its end the position is closed.
"""
from dataclasses import dataclass

import numpy as np

from ppo_data import Decisions

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


@dataclass
class Episodes:
    """The decisions of one block of time, back to back: episode k owns [start[k], start[k] + length[k]).
    Episodes are pair after pair, in time order within a pair."""
    rows: np.ndarray  # feature row of each decision's candle
    log_ret: np.ndarray  # log return from that close to the next candle's close
    time: np.ndarray  # candle open time, ms
    start: np.ndarray
    length: np.ndarray
    pair: np.ndarray  # pair index (meta["pairs"]) of each episode

    @property
    def count(self) -> int:
        return len(self.start)

    @property
    def size(self) -> int:
        return len(self.rows)

    @property
    def pairs(self) -> int:
        return len(np.unique(self.pair))

    def decision_pair(self) -> np.ndarray:
        return np.repeat(self.pair, self.length)


def episodes(dec: Decisions, start_ms: int, end_ms: int, min_length: int = 2) -> Episodes:
    """The decisions acting from `start_ms` whose reward candle opens before `end_ms` (so no price at or
    after `end_ms` is read), cut into runs of consecutive candles; runs shorter than `min_length` dropped."""
    sel = np.nonzero((dec.time >= start_ms) & (dec.reward_time < end_ms))[0]
    breaks = np.r_[True, (dec.segment[sel][1:] != dec.segment[sel][:-1]) | (sel[1:] != sel[:-1] + 1)] if len(sel) else np.zeros(0, bool)
    starts = np.nonzero(breaks)[0]
    lengths = np.diff(np.r_[starts, len(sel)])
    keep = lengths >= min_length
    sel = sel[np.repeat(keep, lengths)]
    starts, lengths = starts[keep], lengths[keep]
    first = np.r_[0, np.cumsum(lengths)[:-1]].astype(np.int64) if len(lengths) else np.zeros(0, np.int64)
    return Episodes(rows=dec.rows[sel], log_ret=dec.log_ret[sel], time=dec.time[sel], start=first,
                    length=lengths.astype(np.int64), pair=dec.pair[sel][first] if len(first) else np.zeros(0, np.int64))


class TrainingEnvs:
    """`n` environments stepping together; each plays a stretch of up to `stretch` candles from a random
    decision of a random pair (pairs weigh equally), starting flat. A stretch cut by its length is
    truncated (bootstrapped); one that reaches its episode's end is terminal, and the position is closed."""

    def __init__(self, eps: Episodes, steps: np.ndarray, n: int, stretch: int, rng: np.random.Generator):
        self.eps, self.steps, self.stretch, self.rng = eps, steps, stretch, rng
        self.episode_end = np.repeat(eps.start + eps.length, eps.length)
        pair = eps.decision_pair()
        firsts = np.nonzero(np.r_[True, pair[1:] != pair[:-1]])[0]
        self.pair_first = firsts
        self.pair_size = np.diff(np.r_[firsts, len(pair)])
        self.at = np.zeros(n, dtype=np.int64)
        self.end = np.zeros(n, dtype=np.int64)
        self.stop = np.zeros(n, dtype=np.int64)
        self.position = np.zeros(n, dtype=np.float32)
        self.reset(np.arange(n))

    def reset(self, which: np.ndarray) -> None:
        p = self.rng.integers(0, len(self.pair_first), size=len(which))
        begin = self.pair_first[p] + (self.rng.random(len(which)) * self.pair_size[p]).astype(np.int64)
        self.at[which] = begin
        self.stop[which] = self.episode_end[begin]
        self.end[which] = np.minimum(self.stop[which], begin + self.stretch)
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
        truncated = done & (self.at < self.stop)
        terminal = done & ~truncated
        reward[terminal] += np.log1p(-FEE * np.abs(new[terminal]))
        next_rows = self.eps.rows[np.minimum(self.at, len(self.eps.rows) - 1)]
        next_position_ = self.position.copy()
        if done.any():
            self.reset(np.nonzero(done)[0])
        return reward, done, truncated, next_rows, next_position_
