"""Walk-forward metrics: classification quality against the class prior, and the product's hit rate."""
import numpy as np

EPS = 1e-7
CONFIDENT = 0.5
ECE_BINS = 15


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


def ece(probs: np.ndarray, labels: np.ndarray, bins: int = ECE_BINS) -> float:
    """Expected calibration error of the top-class confidence, equal-width bins."""
    conf = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return float(total)


def classification(probs: np.ndarray, labels: np.ndarray, prior: np.ndarray) -> dict:
    pred = probs.argmax(axis=1)
    recalls, f1s = [], []
    for c in range(probs.shape[1]):
        tp = np.sum((pred == c) & (labels == c))
        actual, predicted = np.sum(labels == c), np.sum(pred == c)
        if actual > 0:
            recalls.append(tp / actual)
        f1s.append(0.0 if actual + predicted == 0 else 2 * tp / (actual + predicted))
    baseline = np.broadcast_to(prior, probs.shape) if prior.ndim == 1 else prior
    return {
        "samples": int(len(labels)),
        "accuracy": round(float(np.mean(pred == labels)), 4),
        "balanced_accuracy": round(float(np.mean(recalls)), 4),
        "macro_f1": round(float(np.mean(f1s)), 4),
        "log_loss": round(log_loss(probs, labels), 4),
        "baseline_log_loss": round(log_loss(baseline, labels), 4),
    }


def _rate(hits: np.ndarray, mask: np.ndarray):
    # + 0.0 turns a rounded -0.0 into 0.0 for the card.
    return round(float(hits[mask].mean()), 4) + 0.0 if mask.any() else None


def hit_rates(probs: np.ndarray, cols: dict, long_i: int, short_i: int) -> dict:
    """TP1-before-SL rate of the side each non-NO_TRADE prediction picks (all, and confidence ≥ 0.5)."""
    pred = probs.argmax(axis=1)
    hits = np.where(pred == long_i, cols["hit_long"], cols["hit_short"]).astype(np.float64)
    returns = np.where(pred == long_i, cols["ret_long"], cols["ret_short"]).astype(np.float64)
    signal = (pred == long_i) | (pred == short_i)
    confident = signal & (probs.max(axis=1) >= CONFIDENT)
    return {
        "signal_hit_rate": _rate(hits, signal),
        "signal_count": int(signal.sum()),
        "signal_mean_return": _rate(returns, signal),
        "confident_hit_rate": _rate(hits, confident),
        "confident_count": int(confident.sum()),
        "long_count": int((pred == long_i).sum()),
        "short_count": int((pred == short_i).sum()),
        "always_long_hit_rate": round(float(cols["hit_long"].mean()), 4),
        "always_short_hit_rate": round(float(cols["hit_short"].mean()), 4),
    }


def evaluate(probs: np.ndarray, cols: dict, prior: np.ndarray, long_i: int, short_i: int) -> dict:
    return {**classification(probs, cols["label"], prior), **hit_rates(probs, cols, long_i, short_i)}
