"""Backtests of the policy and its baselines on a block of episodes, pooled over pairs with equal weight.

Every strategy starts flat at the block's first decision, pays the fee on each change of position and
closes its position after the block's last candle. The pooled account gives each pair the same share
of capital at the start (no rebalancing); its equity is the mean of the pairs' equities, a pair that
starts trading later in the block holding cash until then.
"""
import numpy as np
import torch

from ppo_env import FEE, Episodes, next_position, observe, step_log_return

STRATEGIES = ("policy", "flat", "buy_and_hold", "random")
MINUTES_PER_YEAR = 365 * 24 * 60


def simulate(choose, eps: Episodes, steps: np.ndarray):
    """Plays `choose(rows, positions) -> actions` on every pair at once, in time order.

    Returns per-decision log returns after fees (pair-major, like `eps.rows`) and the number of trades.
    """
    log_ret = np.zeros(len(eps.rows))
    position = np.zeros(eps.count, dtype=np.float32)
    trades = 0
    for t in range(int(eps.length.max())):
        live = np.nonzero(t < eps.length)[0]
        at = eps.start[live] + t
        new = next_position(position[live], steps, choose(eps.rows[at], position[live]))
        log_ret[at] = step_log_return(position[live], new, eps.log_ret[at])
        trades += int(np.count_nonzero(new != position[live]))
        position[live] = new
        last = live[eps.length[live] == t + 1]
        # Close what is still open after the block's last candle.
        log_ret[eps.start[last] + t] += np.log1p(-FEE * np.abs(position[last]))
        trades += int(np.count_nonzero(position[last]))
    return log_ret, trades


def choosers(net, features: np.ndarray, steps: np.ndarray, seed: int) -> dict:
    """The policy acts on its most probable action; the baselines need no model."""
    hold, buy = int(np.nonzero(steps == 0)[0][0]), int(np.nonzero(steps == 1)[0][0])
    rng = np.random.default_rng(seed)

    def policy(rows, position):
        with torch.no_grad():
            x = torch.from_numpy(observe(features, rows, net.recent))
            logits, _ = net.logits_value(x, torch.from_numpy(position[:, None]))
        return logits.argmax(dim=1).numpy()

    return {
        "policy": policy,
        "flat": lambda rows, position: np.full(len(rows), hold),
        "buy_and_hold": lambda rows, position: np.full(len(rows), buy),
        "random": lambda rows, position: rng.integers(0, len(steps), size=len(rows)),
    }


def pooled_equity(log_ret: np.ndarray, eps: Episodes):
    """The equal-weight account on the grid of all decision times: (times, equity after each time)."""
    grid = np.unique(eps.time)
    equity = np.zeros(len(grid))
    for k in range(eps.count):
        part = slice(eps.start[k], eps.start[k] + eps.length[k])
        at = np.searchsorted(grid, eps.time[part])
        marks = np.full(len(grid), -1)
        marks[at] = np.arange(len(at))
        filled = np.maximum.accumulate(marks)
        curve = np.exp(np.cumsum(log_ret[part]))
        equity += np.where(filled >= 0, curve[np.maximum(filled, 0)], 1.0)
    return grid, equity / eps.count


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
        "trades_per_pair": round(trades / pairs, 1),
    }


def backtest(net, features, eps: Episodes, steps, minutes: int, seed: int) -> dict:
    """Each strategy's summary on this block, plus its pooled per-candle returns for chaining folds."""
    out = {}
    for name, choose in choosers(net, features, steps, seed).items():
        log_ret, trades = simulate(choose, eps, steps)
        _, equity = pooled_equity(log_ret, eps)
        out[name] = {"summary": summary(equity, trades, eps.count, minutes), "equity": equity, "trades": trades}
    return out


def chained(blocks: list, pairs: int, minutes: int) -> dict:
    """Overall figures of consecutive test blocks: the account carries its equity from one to the next."""
    out = {}
    for name in STRATEGIES:
        equity, level, trades = [], 1.0, 0
        for block in blocks:
            equity.append(level * block[name]["equity"])
            level = equity[-1][-1]
            trades += block[name]["trades"]
        out[name] = summary(np.concatenate(equity), trades, pairs, minutes)
    return out


def mean_log_return(net, features, eps: Episodes, steps) -> float:
    """Validation score for picking a checkpoint: mean over pairs of the total log return after fees."""
    log_ret, _ = simulate(choosers(net, features, steps, 0)["policy"], eps, steps)
    totals = np.add.reduceat(log_ret, eps.start)
    return float(totals.mean())
