"""The model families compared on the same walk-forward folds, with their small hyperparameter grids.

Each grid is searched on the validation folds only (never on the last test block); see walkforward.py.
`kind` says who fits the family: PyTorch (fit.py) or XGBoost (trees.py).
"""
from net import CnnLstm, Gru, LastCandles

FAMILIES = {
    "logistic": {
        "title": "logistic regression",
        "kind": "torch",
        "body": LastCandles,
        "describe": lambda c: f"multinomial logistic regression on the features of the last {c['steps']} candles",
        "grid": [{"steps": 1, "hidden": 0}, {"steps": 5, "hidden": 0}],
        "learning_rate": 5e-3,
    },
    "xgboost": {
        "title": "gradient-boosted trees (XGBoost)",
        "kind": "trees",
        "describe": lambda c: (f"XGBoost multi:softprob on the features of the last {c['steps']} candles: at most "
                               f"{c['rounds']} rounds of depth-{c['max_depth']} trees, learning rate {c['eta']}, "
                               "early stopping on the most recent 10 % of the training part; exported as an ONNX "
                               "tree ensemble (xgb_onnx.py)"),
        "grid": [{"steps": 1, "max_depth": 4, "eta": 0.1, "rounds": 300, "min_child_weight": 50},
                 {"steps": 3, "max_depth": 6, "eta": 0.1, "rounds": 300, "min_child_weight": 50}],
    },
    "cnn_lstm": {
        "title": "CNN-LSTM",
        "kind": "torch",
        "body": CnnLstm,
        "describe": lambda c: (f"Conv1d ×2 ({c['hidden']} channels, kernel 5, the second with stride 2) → "
                               f"LSTM ({c['hidden']}) → dropout 0.3 → linear, over all candles of the window"),
        "grid": [{"hidden": 16}],
        "learning_rate": 2e-3,
    },
    "gru": {
        "title": "GRU",
        "kind": "torch",
        "body": Gru,
        "describe": lambda c: f"GRU ({c['hidden']}) over the last {c['steps']} candles → dropout 0.3 → linear",
        "grid": [{"hidden": 32, "steps": 30}],
        "learning_rate": 2e-3,
    },
}


def config_name(config: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in config.items())
