"""Walk-forward metrics: classification quality, calibration, and the product's calls after fees (one trade rule)."""
import numpy as np

EPS = 1e-7
ECE_BINS = 15
# Confidence thresholds the issue asks about; the top decile is added per evaluation.
THRESHOLDS = (0.40, 0.50, 0.60)
# Bands of calibrated confidence for `hit_rate_by_confidence` (the last one includes 1.0).
BAND_EDGES = (0.0, 0.40, 0.45, 0.50, 0.55, 0.60, 1.0)


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def class_prior(labels: np.ndarray, classes: int = 3) -> np.ndarray:
    """Class shares of a training part (add-one smoothed): the baseline that knows no features."""
    counts = np.bincount(labels, minlength=classes).astype(np.float64) + 1
    return counts / counts.sum()


def log_loss(probs: np.ndarray, labels: np.ndarray) -> float:
    return float(-np.mean(np.log(np.clip(probs[np.arange(len(labels)), labels], EPS, 1))))


def brier(probs: np.ndarray, labels: np.ndarray) -> float:
    """Multi-class Brier score: mean squared distance to the one-hot label, summed over classes."""
    return float(np.mean(np.sum((probs - np.eye(probs.shape[1])[labels]) ** 2, axis=1)))


def ece(probs: np.ndarray, labels: np.ndarray, bins: int = ECE_BINS) -> float:
    """Expected calibration error of the top-class confidence, equal-width bins."""
    conf = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    which = np.clip(np.digitize(conf, np.linspace(0, 1, bins + 1)[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return float(total)


def r4(x):
    # + 0.0 turns a rounded -0.0 into 0.0 for the card.
    return None if x is None else round(float(x), 4) + 0.0


def classification(probs: np.ndarray, labels: np.ndarray) -> dict:
    pred = probs.argmax(axis=1)
    k = probs.shape[1]
    confusion = np.zeros((k, k), dtype=np.int64)  # rows: true class, columns: predicted class
    np.add.at(confusion, (labels, pred), 1)
    actual, predicted, tp = confusion.sum(axis=1), confusion.sum(axis=0), np.diag(confusion)
    recall = [tp[c] / actual[c] if actual[c] else None for c in range(k)]
    precision = [tp[c] / predicted[c] if predicted[c] else None for c in range(k)]
    f1 = [2 * tp[c] / (actual[c] + predicted[c]) if actual[c] + predicted[c] else 0.0 for c in range(k)]
    return {
        "samples": int(len(labels)),
        "accuracy": r4(np.mean(pred == labels)),
        "balanced_accuracy": r4(np.mean([r for r in recall if r is not None])),
        "macro_f1": r4(np.mean(f1)),
        "precision": [r4(p) for p in precision],
        "recall": [r4(r) for r in recall],
        "confusion": confusion.tolist(),
        "log_loss": r4(log_loss(probs, labels)),
        "brier": r4(brier(probs, labels)),
    }


# The day bootstrap of the mean net return: the same draws as inference/dayBootstrap.ts.
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20_240_813
DAY_MS = 86_400_000
_MASK32 = 0xFFFFFFFF


def trade_columns(probs: np.ndarray, cols: dict, long_i: int) -> dict:
    """Per sample, the trade columns of the side the prediction takes (LONG, else SHORT), and its entry time.

    `result` is the call's result by the one trade rule (inference/barrier.ts walkTrade): 1 win (TP1 before the
    stop), -1 stop, 0 expired; `net` its return after fees at the real exit; `tp1_net`/`sl_net` the returns had
    it closed at TP1 / at the stop; `time` the entry candle's open time in ms (the bootstrap's days).
    """
    side_long = probs.argmax(axis=1) == long_i
    pick = lambda name: np.where(side_long, cols[f"{name}_long"], cols[f"{name}_short"])
    out = {name: pick(name).astype(np.float64) for name in ("net", "tp1_net", "sl_net")}
    out["result"] = pick("result").astype(np.int8)
    out["time"] = np.asarray(cols["time"], dtype=np.int64)
    return out


def directional_calls(probs: np.ndarray, cols: dict, long_i: int, short_i: int):
    """Each sample's confidence, whether its call is LONG or SHORT, and the columns of the side it takes."""
    pred = probs.argmax(axis=1)
    return probs.max(axis=1), (pred == long_i) | (pred == short_i), trade_columns(probs, cols, long_i)


def _draw_indices(resamples: int, size: int) -> np.ndarray:
    """[resamples, size] day indices: the lowbias32 hash of (counter + seed·golden ratio), as dayBootstrap.ts drawIndex."""
    counter = np.arange(resamples * size, dtype=np.uint64)
    x = (counter + ((BOOTSTRAP_SEED * 0x9E3779B9) & _MASK32)) & _MASK32
    x ^= x >> np.uint64(16)
    x = (x * np.uint64(0x7FEB352D)) & _MASK32
    x ^= x >> np.uint64(15)
    x = (x * np.uint64(0x846CA68B)) & _MASK32
    x ^= x >> np.uint64(16)
    return np.floor(x.astype(np.float64) / 4294967296.0 * size).astype(np.int64).reshape(resamples, size)


def day_bootstrap(net: np.ndarray, time: np.ndarray, resamples: int = BOOTSTRAP_RESAMPLES):
    """[low, high]: percentiles 2.5 / 97.5 of the mean net return over resamples of the UTC days of entry.

    Days are drawn with replacement, as many as there are; each brings all of its calls (pairs move together,
    so a day, not a call, is the unit). None without calls.
    """
    if len(net) == 0:
        return None
    days, which = np.unique(np.asarray(time, dtype=np.int64) // DAY_MS, return_inverse=True)
    day_sum = np.bincount(which, weights=np.asarray(net, dtype=np.float64), minlength=len(days))
    day_count = np.bincount(which, minlength=len(days)).astype(np.float64)
    draws = _draw_indices(resamples, len(days))
    means = day_sum[draws].sum(axis=1) / day_count[draws].sum(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return [round(float(low), 6) + 0.0, round(float(high), 6) + 0.0]


def signal_stats(trades: dict, mask: np.ndarray) -> dict:
    """The statistics of a bucket of calls, as inference/callStats.ts computes them.

    count, wins (TP1 before the stop), stops, expired; win_rate = wins / (wins + stops); breakeven_win_rate =
    Σ(−stop net) / Σ(TP1 net − stop net): the win rate at which trades that end at TP1 or at the stop earn zero
    after fees; mean_net_return of all the calls (expired ones at their real exit) with mean_net_return_ci95,
    a bootstrap by UTC day of entry.
    """
    result = trades["result"][mask]
    wins, stops = int(np.sum(result == 1)), int(np.sum(result == -1))
    count = int(mask.sum())
    if count == 0:
        return {"count": 0, "wins": 0, "stops": 0, "expired": 0, "win_rate": None, "breakeven_win_rate": None,
                "mean_net_return": None, "mean_net_return_ci95": None}
    win, loss, net = trades["tp1_net"][mask], trades["sl_net"][mask], trades["net"][mask]
    span = float(np.sum(win - loss))
    return {
        "count": count,
        "wins": wins,
        "stops": stops,
        "expired": count - wins - stops,
        "win_rate": r4(wins / (wins + stops)) if wins + stops else None,
        "breakeven_win_rate": r4(np.sum(-loss) / span) if span > 0 else None,
        "mean_net_return": round(float(net.mean()), 6) + 0.0,
        "mean_net_return_ci95": day_bootstrap(net, trades["time"][mask]),
    }


def signals(probs: np.ndarray, cols: dict, long_i: int, short_i: int, extra=()) -> dict:
    """Stats of the non-NO_TRADE predictions: all, at each confidence threshold, and the top decile.

    `signal_hit_rate` and `signal_breakeven_hit_rate` are deprecated aliases of `signal_win_rate` and
    `signal_breakeven_win_rate`, kept for the metadata readers of older models.
    """
    conf, directional, trades = directional_calls(probs, cols, long_i, short_i)
    # The most confident tenth of the directional calls (NO_TRADE calls are never signals).
    decile = float(np.quantile(conf[directional], 0.9)) if directional.any() else 1.0
    rows = [{"threshold": t, **signal_stats(trades, directional & (conf >= t))}
            for t in sorted(set(THRESHOLDS) | set(extra))]
    rows.append({"threshold": r4(decile), "top_decile": True, **signal_stats(trades, directional & (conf >= decile))})
    everything = signal_stats(trades, directional)
    return {
        **{f"signal_{k}": v for k, v in everything.items()},
        "signal_hit_rate": everything["win_rate"],
        "signal_breakeven_hit_rate": everything["breakeven_win_rate"],
        "by_threshold": rows,
    }


def hit_rate_by_confidence(probs: np.ndarray, cols: dict, long_i: int, short_i: int) -> list:
    """Stats of directional calls per band of calibrated confidence (what /predict shows for a call's band).

    Each band: from, below, count, wins, stops, expired, win_rate, breakeven_win_rate, mean_net_return,
    mean_net_return_ci95.
    """
    conf, directional, trades = directional_calls(probs, cols, long_i, short_i)
    bands = []
    for lo, hi in zip(BAND_EDGES[:-1], BAND_EDGES[1:]):
        inside = directional & (conf >= lo) & ((conf < hi) if hi < 1 else (conf <= hi))
        bands.append({"from": lo, "below": hi, **signal_stats(trades, inside)})
    return bands
