"""Temperature scaling: one scalar T so that softmax(logits / T) has the lowest held-out log-loss."""
import numpy as np

from metrics import ece, log_loss, softmax


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """Log-loss is convex in 1/T, so a ternary search over 1/T finds the minimum without scipy."""
    lo, hi = 1e-3, 20.0
    for _ in range(100):
        a, b = lo + (hi - lo) / 3, hi - (hi - lo) / 3
        if log_loss(softmax(logits * a), labels) <= log_loss(softmax(logits * b), labels):
            hi = b
        else:
            lo = a
    return float(2 / (lo + hi))


def calibration_report(logits: np.ndarray, labels: np.ndarray) -> dict:
    """T fitted on the whole held-out block, plus an honest cross-fitted ECE.

    ECE after scaling on the block T was fitted on flatters a little; the cross-fitted figure fits T on
    one half (in time) and measures the other, both ways.
    """
    temperature = fit_temperature(logits, labels)
    half = len(labels) // 2
    first, second = slice(0, half), slice(half, None)
    t_first = fit_temperature(logits[first], labels[first])
    t_second = fit_temperature(logits[second], labels[second])
    cross = (
        ece(softmax(logits[second], t_first), labels[second]) * (len(labels) - half)
        + ece(softmax(logits[first], t_second), labels[first]) * half
    ) / len(labels)
    return {
        "temperature": round(temperature, 4),
        "samples": int(len(labels)),
        "ece_before": round(ece(softmax(logits), labels), 4),
        "ece_after": round(ece(softmax(logits, temperature), labels), 4),
        "ece_after_crossfit": round(float(cross), 4),
        "log_loss_before": round(log_loss(softmax(logits), labels), 4),
        "log_loss_after": round(log_loss(softmax(logits, temperature), labels), 4),
    }
