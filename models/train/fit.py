"""Fits one model of a family on a set of samples and computes its logits; CPU only."""
import copy
import time

import numpy as np
import torch
from torch import nn

from data import Dataset, training_rows, windows
from families import FAMILIES, config_name
from net import DirectionModel, normaliser

BATCH = 512
# Small training parts (early folds, tiny test data) use smaller batches, so every epoch takes some steps.
MIN_STEPS_PER_EPOCH = 20
EVAL_BATCH = 4096
WEIGHT_DECAY = 1e-2
OPTIMISER = (f"AdamW (one-cycle learning rate, weight decay {WEIGHT_DECAY}), batch {BATCH} "
             f"(smaller when a training part has fewer than {MIN_STEPS_PER_EPOCH} batches)")


def build(data: Dataset, idx: np.ndarray, family: str, config: dict) -> DirectionModel:
    stats = normaliser(data.features[training_rows(data, idx)])
    body = FAMILIES[family]["body"](data.features.shape[1], data.window, **config)
    return DirectionModel(body, stats)


def fit(data: Dataset, idx: np.ndarray, val: np.ndarray, family: str, config: dict, epochs: int, seed: int,
        log) -> DirectionModel:
    """Trains for at most `epochs` and keeps the epoch with the lowest loss on `val` (early stopping).

    `val` must come from the training part of the timeline (never from the test block).
    """
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = build(data, idx, family, config)
    rate = FAMILIES[family]["learning_rate"]
    optimiser = torch.optim.AdamW(model.parameters(), lr=rate, weight_decay=WEIGHT_DECAY)
    batches = max(MIN_STEPS_PER_EPOCH, int(np.ceil(len(idx) / BATCH)))
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=rate, total_steps=epochs * batches)
    labels = torch.from_numpy(data.cols["label"].astype(np.int64))
    best, best_loss = copy.deepcopy(model.state_dict()), float("inf")
    started = time.time()
    for _ in range(epochs):
        model.train()
        # Shuffling the order within the training part is fine: the split itself is in time.
        for batch in np.array_split(rng.permutation(idx), batches):
            loss = nn.functional.cross_entropy(model.logits(torch.from_numpy(windows(data, batch))), labels[batch])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        val_loss = validation_loss(model, data, val, labels)
        if len(val) == 0 or val_loss < best_loss:
            best, best_loss = copy.deepcopy(model.state_dict()), val_loss
    log(f"      {family} [{config_name(config)}]: {len(idx)} samples, "
        f"best validation loss {best_loss:.4f} ({time.time() - started:.0f}s)")
    model.load_state_dict(best)
    model.eval()
    return model


def validation_loss(model: DirectionModel, data: Dataset, val: np.ndarray, labels: torch.Tensor) -> float:
    if len(val) == 0:
        return float("nan")  # nothing to stop on: the last epoch is kept
    logits = torch.from_numpy(logits_of(model, data, val))
    return nn.functional.cross_entropy(logits, labels[val]).item()


@torch.no_grad()
def logits_of(model: DirectionModel, data: Dataset, idx: np.ndarray) -> np.ndarray:
    model.eval()
    parts = [model.logits(torch.from_numpy(windows(data, chunk))).numpy() for chunk in chunks(idx)]
    return np.concatenate(parts) if parts else np.zeros((0, 3), dtype=np.float32)


def chunks(idx: np.ndarray):
    for start in range(0, len(idx), EVAL_BATCH):
        yield idx[start : start + EVAL_BATCH]
