"""The policy model: raw feature window and position in, action probabilities out (the ONNX model contract)."""
import torch
from torch import nn
from torch.nn import functional as F

from net import Normalise

# The net reads the last RECENT candles of the window: the features already summarise longer spans
# (EMAs, MACD, Bollinger, market context), and a small input keeps PPO from fitting noise in 60 candles.
RECENT, HIDDEN = 8, 64
ARCHITECTURE = f"MLP on the last {RECENT} candles + position (one-hot) → {HIDDEN} → {HIDDEN} (tanh) → actor (3) and critic (1)"
POSITIONS = (-1.0, 0.0, 1.0)


def _held(position: torch.Tensor) -> torch.Tensor:
    return torch.cat([torch.relu(position), torch.relu(-position), 1 - torch.abs(position)], dim=1)


class PolicyNet(nn.Module):
    """Clip and standardise (training statistics, buffers in the graph) → MLP → action logits and value.

    `forward` is the exported graph: `features` [batch, window, n_features], `position` [batch, 1] in
    {-1, 0, 1} → `action_probs` [batch, 3]; the critic is used in training only.
    """

    def __init__(self, n_features: int, stats, recent: int = RECENT, hidden: int = HIDDEN):
        super().__init__()
        self.normalise = Normalise(stats)
        self.recent = recent
        self.body = nn.Sequential(
            nn.Linear(recent * n_features + 3, hidden), nn.Tanh(),
            nn.Linear(hidden, hidden), nn.Tanh(),
        )
        self.actor = nn.Linear(hidden, 3)
        self.critic = nn.Linear(hidden, 1)
        for layer in [*self.body, self.actor, self.critic]:
            if isinstance(layer, nn.Linear):
                nn.init.orthogonal_(layer.weight, gain=2 ** 0.5)
                nn.init.zeros_(layer.bias)
        # A near-uniform first policy explores every action (the usual PPO initialisation).
        nn.init.orthogonal_(self.actor.weight, gain=0.01)
        nn.init.orthogonal_(self.critic.weight, gain=1.0)

    def hidden(self, features: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        x = self.normalise(features[:, -self.recent:, :]).flatten(1)
        return self.body(torch.cat([x, _held(position)], dim=1))

    def logits_value(self, features: torch.Tensor, position: torch.Tensor):
        h = self.hidden(features, position)
        return self.actor(h), self.critic(h).squeeze(1)

    def forward(self, features: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.actor(self.hidden(features, position)), dim=-1)

    @torch.no_grad()
    def greedy_actions(self, normalised: torch.Tensor) -> torch.Tensor:
        """The most probable action [n, 3] for each input held short, flat and long (POSITIONS). `normalised`
        is the last RECENT candles already through `self.normalise`, flattened [n, RECENT * n_features]; the
        windows' part of the first layer is computed once, the position only shifts it."""
        first = self.body[0]
        n_x = normalised.shape[1]
        base = F.linear(normalised, first.weight[:, :n_x].contiguous(), first.bias)
        out = []
        for p in POSITIONS:
            shift = _held(torch.tensor([[p]])) @ first.weight[:, n_x:].T
            out.append(self.actor(self.body[2:](torch.tanh(base + shift))).argmax(dim=1))
        return torch.stack(out, dim=1)

    @torch.no_grad()
    def renormalise(self, stats) -> None:
        """Takes new clip bounds, mean and std (a later, longer training block) and rescales the first layer
        so the net computes the same function of the raw features (clipping aside): warm start across stages."""
        lo, hi, mean, std = stats
        old = self.normalise
        scale = (std / old.std).repeat(self.recent)
        shift = ((mean - old.mean) / old.std).repeat(self.recent)
        first = self.body[0]
        n_x = len(scale)
        first.bias += first.weight[:, :n_x] @ shift
        first.weight[:, :n_x] *= scale
        for name, value in (("lo", lo), ("hi", hi), ("mean", mean), ("std", std)):
            getattr(old, name).copy_(value)
