"""A walk-forward run with shuffled labels must fall to chance, while the same run learns real labels.

Runs the real evaluation (all families, grid search, calibration, metrics) on a tiny synthetic dataset
in the exporter's format, where the last candle's first feature carries the label.
usage: python3 -m unittest test_shuffled_labels (from models/train)
"""
import json
import os
import tempfile
import unittest

import numpy as np

from data import COLUMNS
from train import evaluate, load_data, parse_args

LABELS = ["LONG", "NO_TRADE", "SHORT"]
SAMPLES, WINDOW, FEATURES, HORIZON = 1200, 8, 4, 3
HOUR_MS = 3_600_000


def write_dataset(folder: str, seed: int = 3) -> None:
    rng = np.random.default_rng(seed)
    label = rng.integers(0, 3, SAMPLES).astype(np.int8)
    rows = SAMPLES + WINDOW - 1
    features = rng.normal(size=(rows, FEATURES)).astype(np.float32)
    end_row = np.arange(WINDOW - 1, rows, dtype=np.int64)
    features[end_row, 0] += 2.0 * ((label == 0).astype(np.float32) - (label == 2))
    hit_long, hit_short = (label == 0).astype(np.int8), (label == 2).astype(np.int8)
    move = lambda hit: np.where(hit == 1, 0.018, -0.022).astype(np.float32)
    cols = {
        "end_row": end_row, "label": label, "label_candles": np.where(label == 1, -1, 2).astype(np.int16),
        "hit_long": hit_long, "hit_short": hit_short, "result_long": np.where(hit_long == 1, 1, -1).astype(np.int8),
        "result_short": np.where(hit_short == 1, 1, -1).astype(np.int8), "ret_long": move(hit_long) + 0.002,
        "ret_short": move(hit_short) + 0.002, "net_long": move(hit_long), "net_short": move(hit_short),
        "tp1_net_long": np.full(SAMPLES, 0.018, np.float32), "sl_net_long": np.full(SAMPLES, -0.022, np.float32),
        "tp1_net_short": np.full(SAMPLES, 0.018, np.float32), "sl_net_short": np.full(SAMPLES, -0.022, np.float32),
        "last_move": rng.choice(np.array([-1, 1], dtype=np.int8), SAMPLES),
        "time": np.arange(SAMPLES, dtype=np.int64) * HOUR_MS, "pair": np.zeros(SAMPLES, dtype=np.int16),
    }
    assert set(cols) == set(COLUMNS)
    os.makedirs(os.path.join(folder, "1h"))
    np.save(os.path.join(folder, "1h", "features.npy"), features)
    for name, values in cols.items():
        np.save(os.path.join(folder, "1h", f"{name}.npy"), values)
    meta = {"labels": LABELS, "window": WINDOW, "timeframe": "1h", "pairs": ["AAA/USDT"],
            "barrier": {"a": 1, "b": 1, "horizon": HORIZON}, "features": [f"f{i}" for i in range(FEATURES)]}
    with open(os.path.join(folder, "1h", "meta.json"), "w") as f:
        json.dump(meta, f)


class ShuffledLabels(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="shuffled-labels-")
        write_dataset(cls.folder)

    def run_evaluation(self, shuffle: bool) -> dict:
        # Tiny folds make one or two batches per epoch: more epochs give the fits enough steps.
        args = parse_args(["--dataset", self.folder, "--timeframe", "1h", "--out", self.folder, "--epochs", "4"]
                          + (["--shuffle-labels"] if shuffle else []))
        return evaluate(load_data(args), args)["overall"]

    def test_real_labels_are_learned(self):
        overall = self.run_evaluation(shuffle=False)
        self.assertGreater(overall["balanced_accuracy"], 0.5)
        self.assertLess(overall["log_loss"], overall["baseline_log_loss"] - 0.05)

    def test_shuffled_labels_fall_to_chance(self):
        overall = self.run_evaluation(shuffle=True)
        # 1000 pooled test samples: chance is 1/3 with a standard error of about 0.015.
        self.assertLess(abs(overall["balanced_accuracy"] - 1 / 3), 0.05)
        self.assertGreater(overall["log_loss"], overall["baseline_log_loss"] - 0.01)


if __name__ == "__main__":
    unittest.main()
