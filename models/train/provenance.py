"""`trained_on`: the period of every candle that influenced the shipped model (metadata and card)."""
import numpy as np

from data import TIMEFRAME_MINUTES, iso, span

# Candles behind a window's first row: the longest feature lookback (50-candle ranges after ATR's 14).
# EMA-based features keep a fading memory of earlier candles of the same gap-free run.
FEATURE_LOOKBACK = 64


def trained_on(data, used: np.ndarray, tail: np.ndarray) -> dict:
    """`from`/`to` are the first and last decision candles whose labels the model saw: the fitted samples and
    the held-out tail that chose its epoch, temperature and alert threshold. `candles_from`/`candles_to` widen
    that to the feature windows before and the label horizons after."""
    candle_ms = TIMEFRAME_MINUTES[data.meta["timeframe"]] * 60_000
    seen = np.concatenate([used, tail])
    times = data.cols["time"][seen]
    first, last = int(times.min()), int(times.max())
    return {
        "pairs": data.meta["pairs"],
        "from": iso(first),
        "to": iso(last),
        "candles_from": iso(first - (data.window - 1 + FEATURE_LOOKBACK) * candle_ms),
        "candles_to": iso(last + (int(data.meta["barrier"]["horizon"]) + 1) * candle_ms - 1),
        "fit": span(data, used),
        "calibration": span(data, tail),
        "samples": int(len(used)),
        "available": int(data.size),
    }
