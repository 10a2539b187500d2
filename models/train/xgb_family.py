"""Gradient-boosted trees (XGBoost, multi:softprob) on the features of the last `steps` candles.

The trees read the same flat vector as LastCandles in net.py; xgb_onnx.py turns a booster into the
direction-model graph. Inputs may be flat rows (flat_inputs) or windows [n, window, n_features].
"""
import time

import numpy as np
import xgboost as xgb

DEFAULTS = {
    "steps": 5,
    "max_depth": 4,
    "eta": 0.1,
    "rounds": 300,  # at most; early stopping on the validation set usually ends sooner
    "min_child_weight": 1.0,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "lambda": 1.0,
}
EARLY_STOPPING_ROUNDS = 20


def flat_inputs(windows: np.ndarray, steps: int) -> np.ndarray:
    """float32 [n, steps * n_features]: the last `steps` candles of each window, candle by candle."""
    n, window, n_features = windows.shape
    if not 1 <= steps <= window:
        raise ValueError(f"steps must be between 1 and the window ({window}), got {steps}")
    return np.ascontiguousarray(windows[:, -steps:, :].reshape(n, steps * n_features), dtype=np.float32)


def _flat(x: np.ndarray, steps: int) -> np.ndarray:
    return flat_inputs(x, steps) if x.ndim == 3 else np.asarray(x, dtype=np.float32)


def fit_xgb(x_train: np.ndarray, y_train: np.ndarray, x_val: np.ndarray, y_val: np.ndarray, config: dict,
            seed: int, log) -> xgb.Booster:
    """Boosts at most `rounds` rounds, stopping on the validation mlogloss; returns only the best rounds.

    `x_val` must come from the training part of the timeline; when it is empty all `rounds` are kept.
    """
    c = {**DEFAULTS, **config}
    params = {
        "objective": "multi:softprob", "num_class": 3, "eval_metric": "mlogloss", "tree_method": "hist",
        "nthread": 2, "seed": seed, "max_depth": c["max_depth"], "eta": c["eta"],
        "min_child_weight": c["min_child_weight"], "subsample": c["subsample"],
        "colsample_bytree": c["colsample_bytree"], "lambda": c["lambda"],
    }
    train = xgb.DMatrix(_flat(x_train, c["steps"]), label=y_train)
    started = time.time()
    if x_val is None or len(x_val) == 0:
        booster = xgb.train(params, train, num_boost_round=c["rounds"])
        log(f"      xgboost: {len(y_train)} samples, {c['rounds']} rounds, no validation set "
            f"({time.time() - started:.0f}s)")
        return booster
    val = xgb.DMatrix(_flat(x_val, c["steps"]), label=y_val)
    booster = xgb.train(params, train, num_boost_round=c["rounds"], evals=[(val, "val")],
                        early_stopping_rounds=EARLY_STOPPING_ROUNDS, verbose_eval=False)
    best = booster.best_iteration
    log(f"      xgboost: {len(y_train)} samples, best round {best + 1} of {booster.num_boosted_rounds()}, "
        f"validation mlogloss {booster.best_score:.4f} ({time.time() - started:.0f}s)")
    # The booster keeps the rounds after the best one; slicing them off makes predict() and the ONNX
    # export (which reads every stored tree) the same model.
    return booster[: best + 1]


def margins(booster: xgb.Booster, x: np.ndarray) -> np.ndarray:
    """float64 [n, 3] raw logits; softmax of them is XGBoost's probability. Windows are flattened with the
    `steps` the booster was trained on (its feature count / n_features)."""
    if x.ndim == 3:
        x = flat_inputs(x, booster.num_features() // x.shape[2])
    raw = booster.predict(xgb.DMatrix(np.asarray(x, dtype=np.float32)), output_margin=True)
    return raw.reshape(len(x), 3).astype(np.float64)
