"""The alert threshold: chosen on the validation folds only, from the measured hit rate after fees."""
import numpy as np

from metrics import directional_calls, signal_stats

CANDIDATES = (0.40, 0.45, 0.50, 0.55, 0.60)
# Fewer signals than this on the validation folds says nothing about a threshold's hit rate.
MIN_SIGNALS = 50


def choose_threshold(probs: np.ndarray, cols: dict, long_i: int, short_i: int) -> dict:
    """The lowest candidate whose hit rate beats its break-even rate on enough signals; if none does, the
    candidate with the best mean net return (the card then says the goal is not met)."""
    conf, directional, trades = directional_calls(probs, cols, long_i, short_i)
    rows = [{"threshold": t, **signal_stats(trades, directional & (conf >= t))} for t in CANDIDATES]
    enough = [r for r in rows if r["count"] >= MIN_SIGNALS]
    winning = [r for r in enough if r["hit_rate"] > r["breakeven_hit_rate"]]
    if winning:
        chosen = winning[0]
        why = (f"the lowest confidence at which the validation folds' hit rate ({chosen['hit_rate']}) beat the "
               f"break-even rate after fees ({chosen['breakeven_hit_rate']}) on at least {MIN_SIGNALS} signals "
               f"({chosen['count']})")
    elif enough:
        chosen = max(enough, key=lambda r: r["mean_net_return"])
        why = (f"no threshold reached break-even on the validation folds; {chosen['threshold']} had the best mean "
               f"net return there ({chosen['mean_net_return']}, hit rate {chosen['hit_rate']} vs break-even "
               f"{chosen['breakeven_hit_rate']}, {chosen['count']} signals)")
    else:
        chosen = rows[0]
        why = (f"no threshold had {MIN_SIGNALS} signals on the validation folds; the lowest candidate is kept "
               "so that alerts are possible at all")
    return {"threshold": chosen["threshold"], "why": why, "validation": rows}
