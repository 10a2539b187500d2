"""The direction model: raw features in, calibrated probabilities out (the ONNX model contract)."""
import numpy as np
import torch
from torch import nn

# Raw values are clipped to these training quantiles before scaling: a few extreme candles (listing
# spikes, volume bursts) would otherwise dominate the mean/std and saturate the network.
CLIP_QUANTILES = (0.001, 0.999)
# Small on purpose: the signal in these features is weak and a larger net only fits noise sooner.
CHANNELS, HIDDEN, DROPOUT = 16, 16, 0.3
ARCHITECTURE = f"Conv1d ×2 ({CHANNELS} channels, kernel 5, the second with stride 2) → LSTM ({HIDDEN}) → dropout {DROPOUT} → linear"


def normaliser(rows: np.ndarray):
    """Per-feature clip bounds, mean and std, from training rows only."""
    lo, hi = np.quantile(rows, CLIP_QUANTILES, axis=0)
    clipped = np.clip(rows, lo, hi)
    mean = clipped.mean(axis=0)
    std = np.maximum(clipped.std(axis=0), 1e-6)
    return [torch.tensor(v, dtype=torch.float32) for v in (lo, hi, mean, std)]


class DirectionNet(nn.Module):
    """Conv1d over time (local patterns, halves the sequence) → LSTM → linear to 3 logits.

    Normalisation and the temperature are buffers, so the exported graph takes raw features and returns
    calibrated probabilities; the serving code does no arithmetic of its own.
    """

    def __init__(self, n_features: int, stats, channels: int = CHANNELS, hidden: int = HIDDEN, dropout: float = DROPOUT):
        super().__init__()
        lo, hi, mean, std = stats
        self.register_buffer("lo", lo)
        self.register_buffer("hi", hi)
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.register_buffer("temperature", torch.ones(1))
        self.conv = nn.Sequential(
            nn.Conv1d(n_features, channels, kernel_size=5, padding=2),
            nn.ReLU(),
            nn.Conv1d(channels, channels, kernel_size=5, padding=2, stride=2),
            nn.ReLU(),
        )
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 3)

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        x = torch.maximum(torch.minimum(x, self.hi), self.lo)
        x = (x - self.mean) / self.std
        h = self.conv(x.transpose(1, 2)).transpose(1, 2)
        out, _ = self.lstm(h)
        return self.head(self.drop(out[:, -1]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.logits(x) / self.temperature, dim=-1)
