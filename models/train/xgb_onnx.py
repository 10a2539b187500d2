"""An XGBoost multi:softprob booster as a direction-model ONNX graph (docs/architecture.md, "The ONNX model contract").

features [batch, window, n_features] → last `steps` candles → flat [batch, steps * n_features]
→ ai.onnx.ml TreeEnsembleRegressor (the 3 class margins) → / temperature → Softmax → probabilities [batch, 3].
Written by hand from the booster's JSON (onnxmltools is not a dependency).
"""
import json

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13  # the same as export.OPSET (not imported: export.py pulls in torch)
ML_OPSET = 3  # TreeEnsembleRegressor in onnxruntime: ai.onnx.ml opsets 1 and 3
CLASSES = 3


def _check(model: dict, n_inputs: int) -> None:
    learner = model["learner"]
    objective = learner["objective"]["name"]
    if objective not in ("multi:softprob", "multi:softmax"):
        raise ValueError(f"only multi-class boosters convert, got objective {objective}")
    if learner["gradient_booster"]["name"] != "gbtree":
        raise ValueError(f"only gbtree boosters convert, got {learner['gradient_booster']['name']}")
    params = learner["learner_model_param"]
    if int(params["num_class"]) != CLASSES:
        raise ValueError(f"expected {CLASSES} classes, got {params['num_class']}")
    if int(params["num_feature"]) != n_inputs:
        raise ValueError(f"the booster reads {params['num_feature']} inputs, steps * n_features is {n_inputs}")


def _base_margins(model: dict) -> list:
    """The margin every class starts from. XGBoost 1.x stores one number as a string ("5E-1"); for softmax
    its margin is the number itself. A list form ("[a,b,c]") is accepted for newer versions; the parity test
    compares with XGBoost's own margins, which is what catches a change in meaning."""
    raw = model["learner"]["learner_model_param"]["base_score"]
    values = [float(v) for v in raw.strip("[]").split(",")]
    return values * CLASSES if len(values) == 1 else values


def _tree_attributes(model: dict) -> dict:
    """TreeEnsembleRegressor attributes: every reachable node of every tree, leaves added to their class."""
    trees = model["learner"]["gradient_booster"]["model"]["trees"]
    classes = model["learner"]["gradient_booster"]["model"]["tree_info"]  # the class each tree adds to
    a = {k: [] for k in ("nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes",
                         "nodes_truenodeids", "nodes_falsenodeids", "nodes_missing_value_tracks_true",
                         "target_treeids", "target_nodeids", "target_ids", "target_weights")}
    for tree_id, tree in enumerate(trees):
        left, right = tree["left_children"], tree["right_children"]
        if any(tree["split_type"]):
            raise ValueError("categorical splits are not supported")
        stack = [0]  # walk from the root: pruned nodes stay in the arrays but are unreachable
        while stack:
            node = stack.pop()
            a["nodes_treeids"].append(tree_id)
            a["nodes_nodeids"].append(node)
            # float32, as XGBoost compares: its JSON prints the shortest decimal that round-trips float32.
            value = float(np.float32(tree["split_conditions"][node]))
            if left[node] == -1:
                a["nodes_modes"].append("LEAF")
                a["nodes_featureids"].append(0)
                a["nodes_values"].append(0.0)
                a["nodes_truenodeids"].append(0)
                a["nodes_falsenodeids"].append(0)
                a["nodes_missing_value_tracks_true"].append(0)
                a["target_treeids"].append(tree_id)
                a["target_nodeids"].append(node)
                a["target_ids"].append(int(classes[tree_id]))
                a["target_weights"].append(value)  # a leaf's split_condition is its value
                continue
            # XGBoost sends x < threshold to the left ("yes") child and a missing x to the default child.
            a["nodes_modes"].append("BRANCH_LT")
            a["nodes_featureids"].append(int(tree["split_indices"][node]))
            a["nodes_values"].append(value)
            a["nodes_truenodeids"].append(left[node])
            a["nodes_falsenodeids"].append(right[node])
            a["nodes_missing_value_tracks_true"].append(int(tree["default_left"][node]))
            stack += [right[node], left[node]]
    return a


def to_onnx(booster, steps: int, window: int, n_features: int, temperature: float,
            with_margins: bool = False) -> bytes:
    """The serialized graph (no metadata_props: export.save_with_metadata adds them). `with_margins` adds a
    second output `margins` [batch, 3] (before the temperature), for parity tests only."""
    if not 1 <= steps <= window:
        raise ValueError(f"steps must be between 1 and the window ({window}), got {steps}")
    if not (np.isfinite(temperature) and temperature > 0):
        raise ValueError(f"temperature must be positive, got {temperature}")
    width = steps * n_features
    model = json.loads(booster.save_raw("json"))
    _check(model, width)
    consts = [
        numpy_helper.from_array(np.array([-steps], np.int64), "starts"),
        numpy_helper.from_array(np.array([window], np.int64), "ends"),
        numpy_helper.from_array(np.array([1], np.int64), "axes"),
        numpy_helper.from_array(np.array([0, width], np.int64), "flat_shape"),  # 0: keep the batch size
        numpy_helper.from_array(np.array(temperature, np.float32), "temperature"),
    ]
    nodes = [
        helper.make_node("Slice", ["features", "starts", "ends", "axes"], ["last_candles"]),
        helper.make_node("Reshape", ["last_candles", "flat_shape"], ["flat"]),
        helper.make_node("TreeEnsembleRegressor", ["flat"], ["margins"], domain="ai.onnx.ml", n_targets=CLASSES,
                         aggregate_function="SUM", post_transform="NONE", base_values=_base_margins(model),
                         **_tree_attributes(model)),
        helper.make_node("Div", ["margins", "temperature"], ["scaled"]),
        helper.make_node("Softmax", ["scaled"], ["probabilities"], axis=1),
    ]
    out = lambda name: helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", CLASSES])
    graph = helper.make_graph(
        nodes, "xgboost_direction",
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", window, n_features])],
        [out("probabilities")] + ([out("margins")] if with_margins else []),
        initializer=consts,
    )
    proto = helper.make_model(graph, producer_name="xgb_onnx.py", opset_imports=[
        helper.make_opsetid("", OPSET), helper.make_opsetid("ai.onnx.ml", ML_OPSET)])
    onnx.checker.check_model(proto, full_check=True)
    return proto.SerializeToString()
