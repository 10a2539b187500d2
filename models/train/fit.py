"""Fits a DirectionNet on a set of samples and computes its logits; CPU only."""
import copy
import time

import numpy as np
import torch
from torch import nn

from data import Dataset, training_rows, windows
from net import DirectionNet, normaliser

BATCH = 512
EVAL_BATCH = 4096
LEARNING_RATE = 2e-3
WEIGHT_DECAY = 1e-2
OPTIMISER = f"AdamW (lr {LEARNING_RATE}, one-cycle, weight decay {WEIGHT_DECAY}), batch {BATCH}"


def fit(data: Dataset, idx: np.ndarray, val: np.ndarray, epochs: int, seed: int, log) -> DirectionNet:
    """Trains for at most `epochs` and keeps the epoch with the lowest loss on `val` (early stopping).

    `val` must come from the training part of the timeline (never from the test block).
    """
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    stats = normaliser(data.features[training_rows(data, idx)])
    model = DirectionNet(data.features.shape[1], stats)
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=WEIGHT_DECAY)
    batches = max(1, int(np.ceil(len(idx) / BATCH)))
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=LEARNING_RATE, total_steps=epochs * batches)
    labels = torch.from_numpy(data.cols["label"].astype(np.int64))
    best, best_loss = copy.deepcopy(model.state_dict()), float("inf")
    for epoch in range(epochs):
        model.train()
        started, total = time.time(), 0.0
        # Shuffling the order within the training part is fine: the split itself is in time.
        for batch in np.array_split(rng.permutation(idx), batches):
            loss = nn.functional.cross_entropy(model.logits(torch.from_numpy(windows(data, batch))), labels[batch])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(batch)
        val_loss = validation_loss(model, data, val, labels)
        if len(val) == 0 or val_loss < best_loss:
            best, best_loss = copy.deepcopy(model.state_dict()), val_loss
        log(f"    epoch {epoch + 1}/{epochs}: train loss {total / len(idx):.4f}, "
            f"validation loss {val_loss:.4f} ({time.time() - started:.0f}s)")
    model.load_state_dict(best)
    model.eval()
    return model


def validation_loss(model: DirectionNet, data: Dataset, val: np.ndarray, labels: torch.Tensor) -> float:
    if len(val) == 0:
        return float("nan")  # nothing to stop on: the last epoch is kept
    logits = torch.from_numpy(logits_of(model, data, val))
    return nn.functional.cross_entropy(logits, labels[val]).item()


@torch.no_grad()
def logits_of(model: DirectionNet, data: Dataset, idx: np.ndarray) -> np.ndarray:
    model.eval()
    parts = [model.logits(torch.from_numpy(windows(data, chunk))).numpy() for chunk in chunks(idx)]
    return np.concatenate(parts) if parts else np.zeros((0, 3), dtype=np.float32)


def chunks(idx: np.ndarray):
    for start in range(0, len(idx), EVAL_BATCH):
        yield idx[start : start + EVAL_BATCH]
