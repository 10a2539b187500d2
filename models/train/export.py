"""ONNX export with the metadata the registry reads (docs/architecture.md, "The ONNX model contract")."""
import datetime
import hashlib
import io
import json
import os
import warnings

import numpy as np
import onnx
import torch

from net import DirectionModel

OPSET = 13
CHECK_BATCH = 64


def _graph_bytes(model: DirectionModel, window: int, n_features: int) -> bytes:
    buffer = io.BytesIO()
    example = torch.zeros(2, window, n_features)
    # The exporter warns about LSTM batch sizes and constant shapes; the exported graph is instead checked
    # against PyTorch at another batch size by run.ts (onnxruntime-node).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        _export(model, example, buffer)
    return buffer.getvalue()


def _export(model: DirectionModel, example: torch.Tensor, buffer: io.BytesIO) -> None:
    torch.onnx.export(
        model,
        example,
        buffer,
        input_names=["features"],
        output_names=["probabilities"],
        dynamic_axes={"features": {0: "batch"}, "probabilities": {0: "batch"}},
        opset_version=OPSET,
        do_constant_folding=True,
    )


def export(model: DirectionModel, path: str, timeframe: str, window: int, metadata: dict) -> str:
    """Writes the model to `path`; returns its model_version. `metadata` values are JSON-encoded."""
    model.eval()
    graph = _graph_bytes(model, window, len(metadata["features"]))
    return save_with_metadata(graph, "direction", path, timeframe, window, metadata)


def save_with_metadata(graph: bytes, kind: str, path: str, timeframe: str, window: int, metadata: dict) -> str:
    """Saves an exported graph with the metadata_props of docs/architecture.md; returns the model_version it names."""
    now = datetime.datetime.now(datetime.timezone.utc)
    version = f"{kind}-{timeframe}-{now:%Y%m%d}-{hashlib.sha256(graph).hexdigest()[:8]}"
    proto = onnx.load_from_string(graph)
    props = {
        "kind": kind,
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


def torch_probabilities(model: DirectionModel, batch: np.ndarray) -> np.ndarray:
    """PyTorch's own output for `batch`: what the exported graph must reproduce."""
    with torch.no_grad():
        return model(torch.from_numpy(batch)).numpy()


def write_check_batch(batch: np.ndarray, expected: np.ndarray, folder: str, name: str) -> None:
    """Saves inputs and the trainer's own outputs (PyTorch's or XGBoost's), so run.ts can compare them with
    onnxruntime-node (the runtime that serves the model; Python's onnxruntime is not a dependency here)."""
    np.save(os.path.join(folder, f"{name}.check_input.npy"), batch.astype(np.float32))
    np.save(os.path.join(folder, f"{name}.check_output.npy"), expected.astype(np.float32))
