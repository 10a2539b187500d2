"""PPO (clipped objective, GAE, entropy bonus) for the policy model, until a wall-clock deadline.

The checkpoint kept is the one with the best validation score (the pooled account's Sharpe on the most
recent part of the training block, which it never trains on), checked every EVAL_EVERY updates: PPO on
noisy returns drifts, and this is early stopping for it.
"""
import copy
import time
from dataclasses import dataclass

import numpy as np
import torch

from ppo_data import observe
from ppo_env import Episodes, TrainingEnvs
from ppo_eval import backtest, sharpe_or_zero
from ppo_net import PolicyNet

# Rewards are log returns in percent, so values and advantages are of order one.
REWARD_SCALE = 100.0
EVAL_EVERY = 20


@dataclass
class PpoConfig:
    envs: int = 64
    rollout: int = 128
    stretch: int = 720  # candles per training episode: a month of 1h
    gamma: float = 0.98
    lam: float = 0.95
    clip: float = 0.2
    epochs: int = 4
    minibatch: int = 2048
    lr: float = 3e-4
    entropy: float = 0.01
    value_coef: float = 0.5
    max_grad_norm: float = 0.5

    def describe(self) -> str:
        return (f"{self.envs} environments × {self.rollout} steps per update, stretches of {self.stretch} candles, "
                f"γ {self.gamma}, GAE λ {self.lam}, clip {self.clip}, {self.epochs} epochs of minibatches of "
                f"{self.minibatch}, Adam lr {self.lr}, entropy {self.entropy}, value {self.value_coef}, "
                f"grad-norm {self.max_grad_norm}")


def rollout(net: PolicyNet, envs: TrainingEnvs, features: np.ndarray, cfg: PpoConfig):
    """`cfg.rollout` steps of every environment; returns tensors flattened over (step, environment)."""
    shape = (cfg.rollout, cfg.envs)
    rows = np.zeros(shape, dtype=np.int64)
    positions = np.zeros(shape, dtype=np.float32)
    actions = np.zeros(shape, dtype=np.int64)
    logps, values, rewards, dones = (np.zeros(shape, dtype=np.float32) for _ in range(4))

    def value(rows_now, positions_now):
        return net.logits_value(torch.from_numpy(observe(features, rows_now, net.recent)),
                                torch.from_numpy(positions_now[:, None]))

    with torch.no_grad():
        for t in range(cfg.rollout):
            rows[t], positions[t] = envs.rows(), envs.position
            logits, v = value(rows[t], positions[t])
            dist = torch.distributions.Categorical(logits=logits)
            a = dist.sample()
            actions[t], logps[t], values[t] = a.numpy(), dist.log_prob(a).numpy(), v.numpy()
            reward, done, truncated, next_rows, next_pos = envs.step(actions[t])
            rewards[t] = reward * REWARD_SCALE
            if truncated.any():
                # A stretch cut short by its length, not by the data: bootstrap from the state it reached.
                _, tail = value(next_rows[truncated], next_pos[truncated])
                rewards[t, truncated] += cfg.gamma * tail.numpy()
            dones[t] = done
        _, last_value = value(envs.rows(), envs.position)
    advantages = gae(rewards, values, dones, last_value.numpy(), cfg)

    def flat(x):
        return torch.from_numpy(x.reshape(-1))

    return {
        "obs": torch.from_numpy(observe(features, rows.reshape(-1), net.recent)),
        "position": flat(positions)[:, None],
        "action": flat(actions),
        "logp": flat(logps),
        "advantage": flat(advantages),
        "return": flat(advantages + values),
    }


def gae(rewards, values, dones, last_value, cfg: PpoConfig) -> np.ndarray:
    advantages = np.zeros_like(rewards)
    running = np.zeros(rewards.shape[1], dtype=np.float32)
    next_value = last_value
    for t in reversed(range(len(rewards))):
        keep = 1.0 - dones[t]
        delta = rewards[t] + cfg.gamma * next_value * keep - values[t]
        running = delta + cfg.gamma * cfg.lam * keep * running
        advantages[t] = running
        next_value = values[t]
    return advantages


def update(net: PolicyNet, optimiser, batch: dict, cfg: PpoConfig, rng: np.random.Generator) -> dict:
    n = len(batch["action"])
    stats = []
    for _ in range(cfg.epochs):
        for mb in np.array_split(rng.permutation(n), max(1, n // cfg.minibatch)):
            idx = torch.from_numpy(mb)
            logits, value = net.logits_value(batch["obs"][idx], batch["position"][idx])
            dist = torch.distributions.Categorical(logits=logits)
            ratio = torch.exp(dist.log_prob(batch["action"][idx]) - batch["logp"][idx])
            adv = batch["advantage"][idx]
            adv = (adv - adv.mean()) / (adv.std() + 1e-8)
            policy_loss = -torch.min(ratio * adv, torch.clamp(ratio, 1 - cfg.clip, 1 + cfg.clip) * adv).mean()
            value_loss = ((value - batch["return"][idx]) ** 2).mean()
            entropy = dist.entropy().mean()
            loss = policy_loss + cfg.value_coef * value_loss - cfg.entropy * entropy
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), cfg.max_grad_norm)
            optimiser.step()
            stats.append((policy_loss.item(), value_loss.item(), entropy.item()))
    return dict(zip(("policy_loss", "value_loss", "entropy"), np.mean(stats, axis=0).round(4).tolist()))


def validate(net: PolicyNet, features, val_eps: Episodes, steps, minutes: int) -> dict:
    """The policy's pooled figures on the validation block; `score` is what checkpoints and seeds are chosen by."""
    result = backtest(net, features, val_eps, steps, minutes, 0, strategies=("policy",))["policy"]
    return {**result, "score": sharpe_or_zero(result)}


def train(net: PolicyNet, features, train_eps: Episodes, val_eps: Episodes, steps, minutes: int, deadline: float,
          seed: int, log, cfg: PpoConfig = PpoConfig()) -> dict:
    """Trains `net` in place until `deadline` (time.time(); at least one update) and loads the checkpoint
    with the best validation score (the starting weights count as a checkpoint too)."""
    rng = np.random.default_rng(seed)
    envs = TrainingEnvs(train_eps, steps, cfg.envs, cfg.stretch, rng)
    optimiser = torch.optim.Adam(net.parameters(), lr=cfg.lr, eps=1e-5)
    started, updates = time.time(), 0
    first = validate(net, features, val_eps, steps, minutes)
    best = {"score": first["score"], "update": 0, "state": copy.deepcopy(net.state_dict()), "validation": first}
    out_of_time = False
    while not out_of_time:
        batch = rollout(net, envs, features, cfg)
        stats = update(net, optimiser, batch, cfg, rng)
        updates += 1
        out_of_time = time.time() >= deadline
        if updates % EVAL_EVERY == 0 or out_of_time:
            result = validate(net, features, val_eps, steps, minutes)
            if result["score"] > best["score"]:
                best = {"score": result["score"], "update": updates, "state": copy.deepcopy(net.state_dict()),
                        "validation": result}
            log(f"update {updates}: validation Sharpe {result['score']:+.2f}, return {result['total_return']:+.1%} "
                f"(best {best['score']:+.2f} at {best['update']}), {stats}")
    net.load_state_dict(best["state"])
    return {"updates": updates, "transitions": updates * cfg.envs * cfg.rollout, "best_update": best["update"],
            "validation_sharpe": round(best["score"], 3), "seconds": round(time.time() - started, 1)}
