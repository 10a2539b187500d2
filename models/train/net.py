"""Direction models: raw features in, calibrated probabilities out (the ONNX model contract).

Every family shares `DirectionModel`: clipping and standardisation (training statistics) and the
temperature are buffers, so the exported graph takes raw features and the serving code does no arithmetic.
Families differ only in the body that maps the normalised window to 3 logits.
"""
import numpy as np
import torch
from torch import nn

# Raw values are clipped to these training quantiles before scaling: a few extreme candles (listing
# spikes, volume bursts) would otherwise dominate the mean/std and saturate the network.
CLIP_QUANTILES = (0.001, 0.999)


def normaliser(rows: np.ndarray):
    """Per-feature clip bounds, mean and std, from training rows only."""
    lo, hi = np.quantile(rows, CLIP_QUANTILES, axis=0)
    clipped = np.clip(rows, lo, hi)
    mean = clipped.mean(axis=0)
    std = np.maximum(clipped.std(axis=0), 1e-6)
    return [torch.tensor(v, dtype=torch.float32) for v in (lo, hi, mean, std)]


class CnnLstm(nn.Module):
    """Conv1d over time (local patterns, halves the sequence) → LSTM → dropout → linear."""

    def __init__(self, n_features: int, window: int, hidden: int, dropout: float = 0.3):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_features, hidden, kernel_size=5, padding=2),
            nn.ReLU(),
            nn.Conv1d(hidden, hidden, kernel_size=5, padding=2, stride=2),
            nn.ReLU(),
        )
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.conv(x.transpose(1, 2)).transpose(1, 2)
        out, _ = self.lstm(h)
        return self.head(self.drop(out[:, -1]))


class Gru(nn.Module):
    """A GRU over the last `steps` candles: gated memory without the conv front end."""

    def __init__(self, n_features: int, window: int, hidden: int, steps: int = 30, dropout: float = 0.3):
        super().__init__()
        self.steps = min(steps, window)
        self.gru = nn.GRU(n_features, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, _ = self.gru(x[:, -self.steps :])
        return self.head(self.drop(out[:, -1]))


class LastCandles(nn.Module):
    """Multinomial logistic regression on the features of the last `steps` candles, flattened."""

    def __init__(self, n_features: int, window: int, hidden: int = 0, steps: int = 3):
        super().__init__()
        self.steps = min(steps, window)
        self.head = nn.Linear(n_features * self.steps, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(x[:, -self.steps :].flatten(1))


class Normalise(nn.Module):
    """Clips raw features to the training quantiles and standardises them; the statistics live in the graph."""

    def __init__(self, stats):
        super().__init__()
        lo, hi, mean, std = stats
        self.register_buffer("lo", lo)
        self.register_buffer("hi", hi)
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (torch.maximum(torch.minimum(x, self.hi), self.lo) - self.mean) / self.std


class DirectionModel(nn.Module):
    """Normalisation → body → logits / temperature → softmax."""

    def __init__(self, body: nn.Module, stats):
        super().__init__()
        self.normalise = Normalise(stats)
        self.register_buffer("temperature", torch.ones(1))
        self.body = body

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(self.normalise(x))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.logits(x) / self.temperature, dim=-1)
