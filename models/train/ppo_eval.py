"""Backtests of the policy and its baselines on a block of episodes, pooled over pairs with equal weight.

Every strategy starts flat at each episode's first decision (a block's start, or the candle after a gap),
pays the fee on each change of position and closes its position after the episode's last candle. The
pooled account gives each pair the same share of capital at the block's start (no rebalancing); a pair's
capital carries over its gaps, flat; a pair that starts later in the block holds cash until then. Sharpe
is the mean over the standard deviation of the account's per-candle returns, times √(candles per year).
"""
import numpy as np
import torch

from ppo_env import FEE, Episodes, next_position, step_log_return
from ppo_net import POSITIONS

STRATEGIES = ("policy", "flat", "buy_and_hold", "random")
MINUTES_PER_YEAR = 365 * 24 * 60
CHUNK = 50_000


def greedy_table(net, features: np.ndarray, eps: Episodes) -> np.ndarray:
    """The policy's most probable action at every decision of `eps`, for each position held [size, 3].
    Each feature row is normalised once, not once for every window it is part of."""
    out = np.zeros((eps.size, len(POSITIONS)), dtype=np.int64)
    offsets = np.arange(-net.recent + 1, 1)
    with torch.no_grad():
        for a in range(0, eps.size, CHUNK):
            wanted = eps.rows[a:a + CHUNK, None] + offsets
            needed = np.unique(wanted)
            normalised = net.normalise(torch.from_numpy(np.asarray(features[needed], dtype=np.float32)))
            x = normalised[torch.from_numpy(np.searchsorted(needed, wanted))].flatten(1)
            out[a:a + CHUNK] = net.greedy_actions(x).numpy()
    return out


def simulate(choose, eps: Episodes, steps: np.ndarray):
    """Plays `choose(decisions, positions) -> actions` on every episode at once, step by step.

    Returns per-decision log returns after fees (in `eps` order) and the number of trades.
    """
    log_ret = np.zeros(eps.size)
    position = np.zeros(eps.count, dtype=np.float32)
    trades = 0
    order = np.argsort(-eps.length, kind="stable")  # longest first: the live episodes are a prefix
    for t in range(int(eps.length.max(initial=0))):
        live = order[: np.searchsorted(-eps.length[order], -t, side="left")]
        at = eps.start[live] + t
        new = next_position(position[live], steps, choose(at, position[live]))
        log_ret[at] = step_log_return(position[live], new, eps.log_ret[at])
        trades += int(np.count_nonzero(new != position[live]))
        position[live] = new
        last = live[eps.length[live] == t + 1]
        # Close what is still open after the episode's last candle.
        log_ret[eps.start[last] + t] += np.log1p(-FEE * np.abs(position[last]))
        trades += int(np.count_nonzero(position[last]))
        position[last] = 0
    return log_ret, trades


def choosers(table: np.ndarray, steps: np.ndarray, seed: int) -> dict:
    """The policy acts on its most probable action (`greedy_table`); the baselines need no model."""
    hold, buy = int(np.nonzero(steps == 0)[0][0]), int(np.nonzero(steps == 1)[0][0])
    rng = np.random.default_rng(seed)
    return {
        "policy": lambda at, position: table[at, position.astype(np.int64) + 1],
        "flat": lambda at, position: np.full(len(at), hold),
        "buy_and_hold": lambda at, position: np.full(len(at), buy),
        "random": lambda at, position: rng.integers(0, len(steps), size=len(at)),
    }


def pooled_equity(log_ret: np.ndarray, eps: Episodes) -> np.ndarray:
    """The equal-weight account after each decision time of the block (the grid of all its times)."""
    grid = np.unique(eps.time)
    pair = eps.decision_pair()
    firsts = np.nonzero(np.r_[True, pair[1:] != pair[:-1]])[0]
    bounds = np.r_[firsts, len(pair)]
    equity = np.zeros(len(grid))
    for a, b in zip(bounds[:-1], bounds[1:]):
        at = np.searchsorted(grid, eps.time[a:b])
        marks = np.full(len(grid), -1)
        marks[at] = np.arange(b - a)
        filled = np.maximum.accumulate(marks)
        curve = np.exp(np.cumsum(log_ret[a:b]))
        equity += np.where(filled >= 0, curve[np.maximum(filled, 0)], 1.0)
    return equity / len(firsts)


def summary(equity: np.ndarray, trades: int, pairs: int, minutes: int) -> dict:
    """Total return, annualised Sharpe of the per-candle returns, max drawdown, trades."""
    curve = np.concatenate([[1.0], equity])
    returns = curve[1:] / curve[:-1] - 1
    sd = returns.std()
    sharpe = float(returns.mean() / sd * np.sqrt(MINUTES_PER_YEAR / minutes)) if sd > 1e-12 else None
    drawdown = float((1 - curve / np.maximum.accumulate(curve)).max())
    return {
        "total_return": round(float(curve[-1] - 1), 4),
        "sharpe": None if sharpe is None else round(sharpe, 3),
        "max_drawdown": round(drawdown, 4),
        "trades": int(trades),
        "trades_per_pair": round(trades / max(1, pairs), 1),
    }


def backtest(net, features, eps: Episodes, steps, minutes: int, seed: int, strategies=STRATEGIES) -> dict:
    """Each strategy's summary on this block."""
    table = greedy_table(net, features, eps) if "policy" in strategies else None
    every = choosers(table, steps, seed)
    out = {}
    for name in strategies:
        log_ret, trades = simulate(every[name], eps, steps)
        out[name] = summary(pooled_equity(log_ret, eps), trades, eps.pairs, minutes)
    return out


def sharpe_or_zero(result: dict) -> float:
    """Sharpe for comparing: a strategy whose account never moves (always flat) counts as 0."""
    return 0.0 if result["sharpe"] is None else float(result["sharpe"])


def verdict(record: dict) -> dict:
    """The shipped model against its baselines on its own test block, risk-adjusted (Sharpe) first."""
    policy, hold = record["policy"], record["buy_and_hold"]
    return {
        "beats_buy_and_hold_risk_adjusted": sharpe_or_zero(policy) > sharpe_or_zero(hold),
        "beats_buy_and_hold_return": policy["total_return"] > hold["total_return"],
        "beats_flat": policy["total_return"] > 0 and sharpe_or_zero(policy) > 0,
        "basis": "test block the shipped model never saw; Sharpe of the pooled account, always-flat counting as 0",
    }
