"""Writes `manifest.json`: every .onnx file in a models folder with its sha256 (the registry loads only these).

usage: manifest.py MODELS_DIR
"""
import hashlib
import json
import os
import sys

import onnx


def entry(folder: str, name: str) -> dict:
    path = os.path.join(folder, name)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    props = {p.key: p.value for p in onnx.load(path, load_external_data=False).metadata_props}
    return {"file": name, "sha256": digest, "kind": props.get("kind"), "timeframe": props.get("timeframe")}


def write(folder: str) -> dict:
    names = sorted(n for n in os.listdir(folder) if n.endswith(".onnx"))
    manifest = {"models": [entry(folder, n) for n in names]}
    with open(os.path.join(folder, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    return manifest


if __name__ == "__main__":
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        raise SystemExit("usage: manifest.py MODELS_DIR")
    result = write(sys.argv[1])
    print(f"manifest: {len(result['models'])} models in {os.path.join(sys.argv[1], 'manifest.json')}")
