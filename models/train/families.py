"""The model families compared on the same walk-forward folds, with their small hyperparameter grids.

Each grid is searched on the validation folds only (never on the last test block); see walkforward.py.
"""
from net import CnnLstm, Gru, LastCandles

FAMILIES = {
    "logistic": {
        "title": "logistic regression",
        "body": LastCandles,
        "describe": lambda c: f"multinomial logistic regression on the features of the last {c['steps']} candles",
        "grid": [{"steps": 1, "hidden": 0}, {"steps": 5, "hidden": 0}],
        "learning_rate": 5e-3,
    },
    "cnn_lstm": {
        "title": "CNN-LSTM",
        "body": CnnLstm,
        "describe": lambda c: (f"Conv1d ×2 ({c['hidden']} channels, kernel 5, the second with stride 2) → "
                               f"LSTM ({c['hidden']}) → dropout 0.3 → linear, over all candles of the window"),
        "grid": [{"hidden": 8}, {"hidden": 16}],
        "learning_rate": 2e-3,
    },
    "gru": {
        "title": "GRU",
        "body": Gru,
        "describe": lambda c: f"GRU ({c['hidden']}) over the last {c['steps']} candles → dropout 0.3 → linear",
        "grid": [{"hidden": 16, "steps": 30}, {"hidden": 32, "steps": 30}],
        "learning_rate": 2e-3,
    },
}


def config_name(config: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in config.items())
