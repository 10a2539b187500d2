"""The alert threshold: the lowest confidence whose calls beat break-even and earn after fees, on enough calls."""
import numpy as np

from metrics import directional_calls, signal_stats

CANDIDATES = (0.40, 0.45, 0.50, 0.55, 0.60)
# Fewer signals than this say nothing about a threshold's win rate (the issue-13 goal asks for at least 30).
MIN_SIGNALS = 30


def _meets(row: dict) -> bool:
    return (row["count"] >= MIN_SIGNALS and row["win_rate"] is not None and row["breakeven_win_rate"] is not None
            and row["win_rate"] > row["breakeven_win_rate"] and row["mean_net_return"] > 0)


def _numbers(row: dict) -> str:
    return (f"win rate {row['win_rate']} vs break-even {row['breakeven_win_rate']}, mean net return "
            f"{row['mean_net_return']} (95% CI {row['mean_net_return_ci95']}), {row['count']} signals")


def choose_threshold(probs: np.ndarray, cols: dict, long_i: int, short_i: int) -> dict:
    """{threshold, met, why, validation}: the lowest candidate whose win rate beats its break-even rate AND whose
    mean net return after fees is positive, on at least MIN_SIGNALS calls (`met` true). If none does, the
    candidate with the best mean net return among those with enough calls, else the lowest candidate (`met`
    false, and `why` says so). `validation` holds signal_stats of every candidate on the data given.

    Pass the held-out predictions of the model that ships (e.g. its own validation block) so the threshold
    holds for that model, not only for the fold models."""
    conf, directional, trades = directional_calls(probs, cols, long_i, short_i)
    rows = [{"threshold": t, **signal_stats(trades, directional & (conf >= t))} for t in CANDIDATES]
    enough = [r for r in rows if r["count"] >= MIN_SIGNALS]
    winning = [r for r in rows if _meets(r)]
    if winning:
        chosen, met = winning[0], True
        why = (f"the lowest confidence at which the calls beat break-even and earned after fees on at least "
               f"{MIN_SIGNALS} signals: {_numbers(chosen)}")
    elif enough:
        chosen, met = max(enough, key=lambda r: r["mean_net_return"]), False
        why = (f"goal not met: no threshold had a win rate above break-even and a positive mean net return on at "
               f"least {MIN_SIGNALS} signals; {chosen['threshold']} had the best mean net return: {_numbers(chosen)}")
    else:
        chosen, met = rows[0], False
        why = (f"goal not met: no threshold had {MIN_SIGNALS} signals; the lowest candidate is kept so that alerts "
               f"are possible at all ({chosen['count']} signals)")
    return {"threshold": chosen["threshold"], "met": met, "why": why, "validation": rows}
