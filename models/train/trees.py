"""The gradient-boosted trees family behind the same interface as the PyTorch families: fit on samples,
logits of samples, export to the direction-model ONNX graph (xgb_family.py fits, xgb_onnx.py converts)."""
from dataclasses import dataclass

import numpy as np

from data import Dataset, last_rows
from export import save_with_metadata
from xgb_family import fit_xgb, margins
from xgb_onnx import to_onnx

EVAL_BATCH = 65_536


@dataclass
class TreeModel:
    booster: object
    steps: int


def fit_trees(data: Dataset, idx: np.ndarray, val: np.ndarray, config: dict, seed: int, log) -> TreeModel:
    labels = data.cols["label"].astype(np.int64)
    steps = config["steps"]
    booster = fit_xgb(last_rows(data, idx, steps), labels[idx], last_rows(data, val, steps), labels[val], config, seed, log)
    return TreeModel(booster, steps)


def tree_logits(model: TreeModel, data: Dataset, idx: np.ndarray) -> np.ndarray:
    parts = [margins(model.booster, last_rows(data, idx[s : s + EVAL_BATCH], model.steps))
             for s in range(0, len(idx), EVAL_BATCH)]
    return np.concatenate(parts) if parts else np.zeros((0, 3))


def export_trees(model: TreeModel, temperature: float, path: str, timeframe: str, window: int, metadata: dict) -> str:
    graph = to_onnx(model.booster, model.steps, window, len(metadata["features"]), temperature)
    return save_with_metadata(graph, "direction", path, timeframe, window, metadata)
