"""Reads the dataset that `npm run dataset` exports; never computes a feature or a label itself."""
import json
import os
from dataclasses import dataclass

import numpy as np

COLUMNS = ("end_row", "label", "label_candles", "hit_long", "hit_short", "result_long", "result_short", "ret_long",
           "ret_short", "net_long", "net_short", "tp1_net_long", "sl_net_long", "tp1_net_short", "sl_net_short",
           "last_move", "time", "pair")
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


def read_meta(dataset_dir: str, timeframe: str, tool: str) -> tuple:
    """The folder of a timeframe's export and its meta.json; `tool` names the caller in the error."""
    folder = os.path.join(dataset_dir, timeframe)
    meta_path = os.path.join(folder, "meta.json")
    if not os.path.exists(meta_path):
        raise SystemExit(f"{tool}: no dataset for {timeframe} in {dataset_dir} (run `npm run dataset` first)")
    with open(meta_path) as f:
        return folder, json.load(f)


def load(dataset_dir: str, timeframe: str) -> Dataset:
    folder, meta = read_meta(dataset_dir, timeframe, "train")
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


def windows(data: Dataset, idx: np.ndarray, steps: int | None = None) -> np.ndarray:
    """The windows [n, steps, n_features] of the samples `idx` only (all 15m windows at once would not fit in
    memory); `steps` keeps only the last rows of each window (default: the whole window)."""
    offsets = np.arange(-(steps or data.window) + 1, 1)
    rows = data.cols["end_row"][idx][:, None] + offsets
    return data.features[rows]


def last_rows(data: Dataset, idx: np.ndarray, steps: int) -> np.ndarray:
    """float32 [n, steps * n_features]: the last `steps` rows of each sample's window, oldest first (the
    flat input of the trees; the same order as xgb_family.flat_inputs on whole windows)."""
    return windows(data, idx, steps).reshape(len(idx), steps * data.features.shape[1])


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


# The untouched test block: the most recent months of the data (when the data spans enough of them).
TEST_MONTHS = 6
DAY_MS = 86_400_000


def test_start(data: Dataset, folds: int) -> int:
    """Start (ms) of the test block: the last TEST_MONTHS months when the data spans at least four times
    that, else (small or synthetic data) the last 1/(folds + 1) of the samples."""
    times = data.cols["time"]
    months_ms = int(TEST_MONTHS * 30.44 * DAY_MS)
    if times[-1] - times[0] >= 4 * months_ms:
        return int(times[-1]) - months_ms
    return int(times[int(len(times) * folds / (folds + 1))])


def year_of(times: np.ndarray) -> np.ndarray:
    return (np.datetime64(0, "ms") + times.astype("timedelta64[ms]")).astype("datetime64[Y]").astype(int) + 1970


# The least share of the pre-test samples a validation year's model must be trained on.
MIN_TRAIN_SHARE = 0.02


def validation_blocks(data: Dataset, pre: int, folds: int) -> list:
    """[start, end) sample ranges of the validation folds, oldest first, all before sample `pre`.

    Data that spans years: one block per calendar year (a market regime each; a last part shorter than half
    a year joins the year before), the `folds - 1` most recent ones; the oldest year, and any year with less
    than MIN_TRAIN_SHARE of the samples before it, only ever trains.
    Shorter data (synthetic, tests): `folds` blocks of equal count, the first one only training.
    """
    times = data.cols["time"][:pre]
    if times[-1] - times[0] < 2 * 365 * DAY_MS:
        bounds = np.floor(np.linspace(0, pre, folds + 1)).astype(np.int64)
        return [(int(bounds[k]), int(bounds[k + 1])) for k in range(1, folds)]
    years = year_of(times)
    starts = [int(np.searchsorted(years, y)) for y in np.unique(years)]
    blocks = [[s, e] for s, e in zip(starts, starts[1:] + [pre])]
    if times[-1] - times[blocks[-1][0]] < 182 * DAY_MS and len(blocks) > 2:
        short = blocks.pop()
        blocks[-1][1] = short[1]
    # A year whose model would learn from almost nothing (a few early listings) says nothing: it only trains.
    scored = [tuple(b) for b in blocks[1:] if b[0] >= MIN_TRAIN_SHARE * pre]
    return scored[-(folds - 1):]


def walk_forward(data: Dataset, folds: int):
    """Expanding folds in time: each validation block is scored by a model trained on everything before it;
    the last fold trains on everything before the untouched test block and is scored on it: that fold's
    model is the one that ships.

    Training samples whose horizon reaches the block they are scored on (the last `horizon` candles before
    it) are dropped, so no label sees a price of the period it is scored on.
    """
    if folds < 2:
        raise SystemExit("train: --folds must be at least 2 (validation folds, then the last test block)")
    start = test_start(data, folds)
    pre = int(np.searchsorted(data.cols["time"], start))
    if pre == 0 or pre == data.size:
        raise SystemExit(f"train: too few samples ({data.size}) to keep a test block")
    blocks = validation_blocks(data, pre, folds) + [(pre, data.size)]
    splits = []
    for first, end in blocks:
        test = np.arange(first, end)
        if len(test) == 0:
            raise SystemExit(f"train: too few samples ({data.size}) for {folds} folds")
        train = before(data, np.arange(0, first), data.cols["time"][first])
        if len(train) == 0:
            raise SystemExit("train: a fold has no training samples before its gap; use fewer folds")
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
