"""Reads the dataset that `npm run dataset` exports; never computes a feature or a label itself."""
import json
import os
from dataclasses import dataclass

import numpy as np

COLUMNS = ("end_row", "label", "label_candles", "hit_long", "hit_short", "ret_long", "ret_short", "net_long",
           "net_short", "tp1_net_long", "sl_net_long", "tp1_net_short", "sl_net_short", "last_move", "time", "pair")
TIMEFRAME_MINUTES = {"15m": 15, "1h": 60, "4h": 240, "1d": 1440}


@dataclass
class Dataset:
    meta: dict
    features: np.ndarray  # float32 [rows, n_features]
    cols: dict  # column name -> array [samples], sorted by time

    @property
    def window(self) -> int:
        return int(self.meta["window"])

    @property
    def size(self) -> int:
        return len(self.cols["label"])

    def label_index(self, name: str) -> int:
        return list(self.meta["labels"]).index(name)


def load(dataset_dir: str, timeframe: str) -> Dataset:
    folder = os.path.join(dataset_dir, timeframe)
    meta_path = os.path.join(folder, "meta.json")
    if not os.path.exists(meta_path):
        raise SystemExit(f"train: no dataset for {timeframe} in {dataset_dir} (run `npm run dataset` first)")
    with open(meta_path) as f:
        meta = json.load(f)
    features = np.load(os.path.join(folder, "features.npy"))
    missing = [name for name in COLUMNS if not os.path.exists(os.path.join(folder, f"{name}.npy"))]
    if missing:
        raise SystemExit(f"train: {folder} lacks {', '.join(missing)} (written by an older exporter; "
                         "run `npm run dataset` again)")
    cols = {name: np.load(os.path.join(folder, f"{name}.npy")) for name in COLUMNS}
    # Stable sort: the exporter already writes in time order, this only guards the walk-forward split.
    order = np.argsort(cols["time"], kind="stable")
    cols = {name: values[order] for name, values in cols.items()}
    return Dataset(meta=meta, features=features, cols=cols)


def windows(data: Dataset, idx: np.ndarray) -> np.ndarray:
    """Gathers the windows of the samples `idx` only: all 15m windows at once would not fit in memory."""
    offsets = np.arange(-data.window + 1, 1)
    rows = data.cols["end_row"][idx][:, None] + offsets
    return data.features[rows]


def training_rows(data: Dataset, idx: np.ndarray) -> np.ndarray:
    """Feature rows inside the windows of the samples `idx`: the only rows normalisation may look at."""
    n = len(data.features)
    marks = np.zeros(n + 1, dtype=np.int64)
    ends = data.cols["end_row"][idx]
    np.add.at(marks, ends - data.window + 1, 1)
    np.add.at(marks, ends + 1, -1)
    return np.nonzero(np.cumsum(marks[:n]) > 0)[0]


def evenly(idx: np.ndarray, cap: int) -> np.ndarray:
    """At most `cap` of the time-sorted `idx`, spread evenly so every period stays represented."""
    if len(idx) <= cap:
        return idx
    return idx[np.floor(np.arange(cap) * (len(idx) / cap)).astype(np.int64)]


def walk_forward(data: Dataset, folds: int):
    """Expanding folds in time: blocks 0..k-1 train, block k tests (k = 1..folds).

    Samples are split into folds + 1 blocks of equal count. Training samples whose horizon reaches the
    test block (the last `horizon` candles before it) are dropped, so no label sees a test-period price.
    """
    if folds < 2:
        raise SystemExit("train: --folds must be at least 2 (validation folds, then the last test block)")
    bounds = np.floor(np.linspace(0, data.size, folds + 2)).astype(np.int64)
    splits = []
    for k in range(1, folds + 1):
        test = np.arange(bounds[k], bounds[k + 1])
        if len(test) == 0:
            raise SystemExit(f"train: too few samples ({data.size}) for {folds} folds")
        train = before(data, np.arange(0, bounds[k]), data.cols["time"][test[0]])
        if len(train) == 0:
            raise SystemExit(f"train: fold {k} has no training samples before its gap; use fewer folds")
        splits.append((train, test))
    return splits


def gap_ms(data: Dataset) -> int:
    return int(data.meta["barrier"]["horizon"]) * TIMEFRAME_MINUTES[data.meta["timeframe"]] * 60_000


def before(data: Dataset, idx: np.ndarray, start_ms: int) -> np.ndarray:
    """The samples of `idx` whose label horizon ends before `start_ms` (the gap of `horizon` candles)."""
    return idx[data.cols["time"][idx] < start_ms - gap_ms(data)]


def inner_split(data: Dataset, train: np.ndarray, share: float = 0.1):
    """The most recent `share` of a training part becomes the early-stopping validation set."""
    cut = int(len(train) * (1 - share))
    if cut <= 0 or cut >= len(train):
        return train, train[:0]
    val = train[cut:]
    fit_part = before(data, train[:cut], data.cols["time"][val[0]])
    return (fit_part, val) if len(fit_part) > 0 else (train, train[:0])


def iso(ms) -> str:
    return np.datetime_as_string(np.datetime64(int(ms), "ms"), unit="s") + "Z"


def span(data: Dataset, idx: np.ndarray) -> dict:
    t = data.cols["time"][idx]
    return {"samples": int(len(idx)), "from": iso(t.min()), "to": iso(t.max())}
