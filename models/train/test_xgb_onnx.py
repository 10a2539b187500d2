"""The XGBoost → ONNX converter gives XGBoost's own margins and probabilities.

Python's onnxruntime is not a dependency, so here the graph's tree attributes are walked in numpy, and the
files for onnxruntime-node (tests/train/xgbOnnx.test.ts) are written to $XGB_PARITY_DIR (else a temp dir):
inputs.npy, margins.npy, the models and XGBoost's probabilities, listed in parity.json.
usage: python3 -m unittest -v test_xgb_onnx (from models/train)
"""
import json
import os
import tempfile
import unittest

import numpy as np
import onnx

from xgb_family import fit_xgb, flat_inputs, margins
from xgb_onnx import OPSET, to_onnx

WINDOW, FEATURES, STEPS = 6, 4, 3
TEMPERATURES = (1.0, 1.7)
TOLERANCE = 1e-5


def synthetic(n: int, rng: np.random.Generator):
    """Windows whose last candle carries the class: feature 0 continuous, feature 1 on a grid of integers
    (so splits sit exactly on input values), feature 2 sometimes missing (so default directions vary)."""
    x = rng.normal(size=(n, WINDOW, FEATURES)).astype(np.float32)
    x[:, :, 1] = rng.integers(0, 5, size=(n, WINDOW))
    x[:, :, 2][rng.random((n, WINDOW)) < 0.05] = np.nan
    score = x[:, -1, 0] + 0.8 * (x[:, -1, 1] - 2) + 0.3 * x[:, -2, 3] + rng.normal(scale=0.5, size=n)
    y = np.where(score > 0.6, 0, np.where(score < -0.6, 2, 1))
    return x, y


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def edge_rows(base: np.ndarray, booster) -> np.ndarray:
    """Copies of `base` rows with one input set exactly to a split threshold, or just below it."""
    model = json.loads(booster.save_raw("json"))
    splits = {(i, c) for t in model["learner"]["gradient_booster"]["model"]["trees"]
              for i, c, l in zip(t["split_indices"], t["split_conditions"], t["left_children"]) if l != -1}
    rows, every = [], max(1, len(splits) // 150)  # thresholds of every input, not only the first ones
    for k, (flat_index, threshold) in enumerate(sorted(splits)[::every]):
        for value in (np.float32(threshold), np.nextafter(np.float32(threshold), np.float32(-np.inf))):
            row = base[k % len(base)].copy()
            row[WINDOW - STEPS + flat_index // FEATURES, flat_index % FEATURES] = value
            rows.append(row)
    return np.stack(rows)


def walk_trees(proto: onnx.ModelProto, flat: np.ndarray) -> np.ndarray:
    """A plain reading of the TreeEnsembleRegressor's attributes: an independent check of the conversion."""
    node = next(n for n in proto.graph.node if n.op_type == "TreeEnsembleRegressor")
    a = {attr.name: onnx.helper.get_attribute_value(attr) for attr in node.attribute}
    index = {(t, n): i for i, (t, n) in enumerate(zip(a["nodes_treeids"], a["nodes_nodeids"]))}
    leaf = {(t, n): (c, w) for t, n, c, w in zip(a["target_treeids"], a["target_nodeids"], a["target_ids"],
                                                a["target_weights"])}
    out = np.tile(np.array(a["base_values"], np.float64), (len(flat), 1))
    for r, x in enumerate(flat):
        for tree in sorted(set(a["nodes_treeids"])):
            i = index[(tree, 0)]
            while a["nodes_modes"][i] != b"LEAF":
                v = x[a["nodes_featureids"][i]]
                go_true = a["nodes_missing_value_tracks_true"][i] == 1 if np.isnan(v) else v < a["nodes_values"][i]
                i = index[(tree, a["nodes_truenodeids"][i] if go_true else a["nodes_falsenodeids"][i])]
            c, w = leaf[(tree, a["nodes_nodeids"][i])]
            out[r, c] += w
    return out


class XgbOnnx(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        rng = np.random.default_rng(7)
        x, y = synthetic(3000, rng)
        config = {"steps": STEPS, "max_depth": 4, "eta": 0.3, "rounds": 80}
        cls.booster = fit_xgb(x[:2500], y[:2500], x[2500:], y[2500:], config, seed=1, log=lambda _: None)
        test, _ = synthetic(300, rng)
        nan_rows = test[:8].copy()
        nan_rows[:, -1, :] = np.nan  # every input of the last candle missing
        cls.inputs = np.concatenate([test, edge_rows(test, cls.booster), nan_rows])
        cls.margins = margins(cls.booster, cls.inputs)
        cls.folder = os.environ.get("XGB_PARITY_DIR") or tempfile.mkdtemp(prefix="xgb-parity-")

    def test_keeps_only_the_best_rounds(self):
        self.assertLessEqual(self.booster.num_boosted_rounds(), 80)
        self.assertEqual(len(json.loads(self.booster.save_raw("json"))["learner"]["gradient_booster"]["model"]
                             ["trees"]), 3 * self.booster.num_boosted_rounds())

    def test_margins_are_xgboost_probabilities(self):
        import xgboost as xgb
        probs = self.booster.predict(xgb.DMatrix(flat_inputs(self.inputs, STEPS)))
        self.assertLess(np.abs(softmax(self.margins) - probs).max(), 1e-6)

    def test_graph_trees_give_xgboost_margins(self):
        proto = onnx.load_from_string(to_onnx(self.booster, STEPS, WINDOW, FEATURES, 1.0))
        walked = walk_trees(proto, flat_inputs(self.inputs, STEPS))
        self.assertLess(np.abs(walked - self.margins).max(), TOLERANCE)

    def test_writes_parity_cases(self):
        from export import OPSET as TORCH_OPSET, save_with_metadata
        self.assertEqual(OPSET, TORCH_OPSET)
        metadata = {"features": [f"f{i}" for i in range(FEATURES)], "labels": ["LONG", "NO_TRADE", "SHORT"]}
        np.save(os.path.join(self.folder, "inputs.npy"), self.inputs)
        np.save(os.path.join(self.folder, "margins.npy"), self.margins.astype(np.float32))
        cases = []
        for t in TEMPERATURES:
            name = f"xgb-T{t:g}"
            save_with_metadata(to_onnx(self.booster, STEPS, WINDOW, FEATURES, t), "direction",
                               os.path.join(self.folder, f"{name}.onnx"), "1h", WINDOW, metadata)
            expected = softmax(self.margins / t).astype(np.float32)
            np.save(os.path.join(self.folder, f"{name}.probabilities.npy"), expected)
            cases.append({"temperature": t, "model": f"{name}.onnx", "probabilities": f"{name}.probabilities.npy"})
        with open(os.path.join(self.folder, "xgb-margins.onnx"), "wb") as f:
            f.write(to_onnx(self.booster, STEPS, WINDOW, FEATURES, 1.0, with_margins=True))
        with open(os.path.join(self.folder, "parity.json"), "w") as f:
            json.dump({"inputs": "inputs.npy", "margins": "margins.npy", "margins_model": "xgb-margins.onnx",
                       "cases": cases}, f)

    def test_refuses_a_booster_of_other_inputs(self):
        with self.assertRaises(ValueError):
            to_onnx(self.booster, STEPS + 1, WINDOW, FEATURES, 1.0)


if __name__ == "__main__":
    unittest.main()
