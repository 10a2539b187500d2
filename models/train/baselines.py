"""Baselines fitted on a training part: the class prior and the two last-candle rules, as probabilities.

A rule names one class (last candle up → LONG, down → SHORT, flat → NO_TRADE; the opposite rule swaps
LONG and SHORT). To score it with log-loss it needs probabilities: the named class gets q, the share of
training samples where the rule was right, and the other two classes share 1 − q in proportion to their
training prior. Both rules fit q on the same training part as the model.
"""
import numpy as np

from metrics import class_prior


def rule_classes(last_move: np.ndarray, long_i: int, short_i: int, flat_i: int, opposite: bool) -> np.ndarray:
    up, down = (short_i, long_i) if opposite else (long_i, short_i)
    return np.where(last_move > 0, up, np.where(last_move < 0, down, flat_i))


def rule_probs(named: np.ndarray, q: float, prior: np.ndarray) -> np.ndarray:
    probs = np.zeros((len(named), len(prior)))
    for c in range(len(prior)):
        others = prior.copy()
        others[c] = 0
        row = (1 - q) * others / others.sum()
        row[c] = q
        probs[named == c] = row
    return probs


# Each rule's name and whether it is the opposite rule.
RULES = {"same_as_last": False, "opposite_of_last": True}


def fit_baselines(labels: np.ndarray, last_move: np.ndarray, idx: dict):
    """Returns a function that gives each baseline's probabilities for the samples with `last_move`."""
    prior = class_prior(labels)
    q = {}
    for name, opposite in RULES.items():
        named = rule_classes(last_move, idx["LONG"], idx["SHORT"], idx["NO_TRADE"], opposite)
        q[name] = float(np.clip(np.mean(named == labels), 0.01, 0.99))

    def predict(test_last_move: np.ndarray) -> dict:
        out = {"prior": np.broadcast_to(prior, (len(test_last_move), len(prior)))}
        for name, opposite in RULES.items():
            named = rule_classes(test_last_move, idx["LONG"], idx["SHORT"], idx["NO_TRADE"], opposite)
            out[name] = rule_probs(named, q[name], prior)
        return out

    return predict
