"""ONNX export of the policy model with the metadata the registry reads (docs/architecture.md, "The ONNX model contract")."""
import io
import os

import numpy as np
import torch

from export import OPSET, save_with_metadata
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
    return save_with_metadata(graph, "policy", path, timeframe, window, metadata)


def write_check_batch(net: PolicyNet, windows: np.ndarray, positions: np.ndarray, folder: str, name: str) -> None:
    """Inputs and PyTorch's outputs, for the onnxruntime-node comparison in runPolicy.ts."""
    with torch.no_grad():
        expected = net(torch.from_numpy(windows), torch.from_numpy(positions)).numpy().astype(np.float32)
    np.save(os.path.join(folder, f"{name}.check_input.npy"), windows.astype(np.float32))
    np.save(os.path.join(folder, f"{name}.check_position.npy"), positions.astype(np.float32))
    np.save(os.path.join(folder, f"{name}.check_output.npy"), expected)
