"""ONNX export of the policy model with the metadata the registry reads (DESIGN.md, "The ONNX model contract")."""
import datetime
import hashlib
import io
import json
import os

import numpy as np
import onnx
import torch

from export import OPSET
from ppo_net import PolicyNet

INPUTS, OUTPUT = ["features", "position"], "action_probs"


def _graph_bytes(net: PolicyNet, window: int, n_features: int) -> bytes:
    buffer = io.BytesIO()
    example = (torch.zeros(2, window, n_features), torch.zeros(2, 1))
    torch.onnx.export(
        net, example, buffer,
        input_names=INPUTS, output_names=[OUTPUT],
        dynamic_axes={name: {0: "batch"} for name in [*INPUTS, OUTPUT]},
        opset_version=OPSET, do_constant_folding=True,
    )
    return buffer.getvalue()


def export(net: PolicyNet, path: str, timeframe: str, window: int, metadata: dict) -> str:
    """Writes the policy to `path`; returns its model_version. `metadata` values are JSON-encoded."""
    net.eval()
    graph = _graph_bytes(net, window, len(metadata["features"]))
    now = datetime.datetime.now(datetime.timezone.utc)
    version = f"policy-{timeframe}-{now:%Y%m%d}-{hashlib.sha256(graph).hexdigest()[:8]}"
    proto = onnx.load_from_string(graph)
    props = {
        "kind": "policy",
        "model_version": version,
        "window": str(window),
        "timeframe": timeframe,
        "created_at": now.isoformat(timespec="seconds").replace("+00:00", "Z"),
    }
    for key, value in metadata.items():
        props[key] = value if isinstance(value, str) else json.dumps(value)
    del proto.metadata_props[:]
    for key, value in props.items():
        entry = proto.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(proto)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    onnx.save(proto, path)
    return version


def write_check_batch(net: PolicyNet, windows: np.ndarray, positions: np.ndarray, folder: str, name: str) -> None:
    """Inputs and PyTorch's outputs, for the onnxruntime-node comparison in runPolicy.ts."""
    with torch.no_grad():
        expected = net(torch.from_numpy(windows), torch.from_numpy(positions)).numpy().astype(np.float32)
    np.save(os.path.join(folder, f"{name}.check_input.npy"), windows.astype(np.float32))
    np.save(os.path.join(folder, f"{name}.check_position.npy"), positions.astype(np.float32))
    np.save(os.path.join(folder, f"{name}.check_output.npy"), expected)
