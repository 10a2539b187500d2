"""Checks of the policy's data, environment, evaluation and plan on tiny hand-made series.

usage (from models/train): python3 -m unittest -v ppo_test
"""
import unittest

import numpy as np
import torch

from ppo_data import from_rows
from ppo_env import FEE, TrainingEnvs, episodes
from ppo_eval import backtest, greedy_table, pooled_equity, simulate, choosers, verdict
from ppo_net import POSITIONS, PolicyNet
from ppo_plan import DAY_MS, date_ms, make_plan
from ppo_train import shipped_of

HOUR = 3_600_000
STEPS = np.array([0.0, 1.0, -1.0], dtype=np.float32)  # HOLD, BUY, SELL


def series(times_by_pair: list, seed: int = 0):
    """row_time, row_pair and close for pairs laid out one after the other."""
    rng = np.random.default_rng(seed)
    times = np.concatenate([np.asarray(t, dtype=np.int64) for t in times_by_pair])
    pairs = np.concatenate([np.full(len(t), k, dtype=np.int64) for k, t in enumerate(times_by_pair)])
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.01, len(times))))
    return times, pairs, close


class DecisionsTest(unittest.TestCase):
    def setUp(self):
        # Pair 0: hours 0..9, a 5-hour gap, hours 15..24. Pair 1: hours 0..11 without a gap.
        self.t, self.p, self.close = series([[*range(0, 10), *range(15, 25)], list(range(0, 12))])
        self.t = self.t * HOUR
        self.dec = from_rows(self.t, self.p, self.close, window=3, step_ms=HOUR)

    def test_no_reward_across_a_gap_or_a_pair(self):
        self.assertEqual(self.dec.gaps, 1)
        self.assertTrue(np.all(self.dec.reward_time - self.dec.time == HOUR))
        self.assertTrue(np.all(self.p[self.dec.rows] == self.p[self.dec.rows + 1]))
        np.testing.assert_allclose(self.dec.log_ret, np.log(self.close[self.dec.rows + 1] / self.close[self.dec.rows]))

    def test_whole_window_of_the_pair_behind_each_decision(self):
        first_rows = {int(self.p[r]): int(r) for r in self.dec.rows[::-1]}
        self.assertEqual(first_rows, {0: 2, 1: 22})  # each pair's third row (window 3)
        # The row before the gap (hour 9) is no decision; the row after it (hour 15) is, its window bridging the gap.
        self.assertNotIn(9 * HOUR, self.dec.time[self.dec.pair == 0])
        self.assertIn(15 * HOUR, self.dec.time[self.dec.pair == 0])

    def test_episodes_split_at_gaps_and_stop_before_the_block_end(self):
        eps = episodes(self.dec, 0, 20 * HOUR)
        self.assertEqual(eps.count, 3)  # pair 0 before and after its gap, pair 1
        self.assertTrue(np.all(eps.time + HOUR < 20 * HOUR))
        for k in range(eps.count):
            times = eps.time[eps.start[k]:eps.start[k] + eps.length[k]]
            self.assertTrue(np.all(np.diff(times) == HOUR))

    def test_training_never_steps_across_a_gap(self):
        t, p, close = series([[*range(0, 40), *range(50, 90)], list(range(0, 30))], seed=1)
        dec = from_rows(t * HOUR, p, close, window=2, step_ms=HOUR)
        eps = episodes(dec, 0, 10_000 * HOUR)
        episode_of = np.repeat(np.arange(eps.count), eps.length)
        rng = np.random.default_rng(0)
        envs = TrainingEnvs(eps, STEPS, n=16, stretch=7, rng=rng)
        for _ in range(300):
            before = envs.at.copy()
            position = envs.position.copy()
            actions = rng.integers(0, 3, 16)
            reward, done, truncated, _, _ = envs.step(actions)
            new = np.clip(position + STEPS[actions], -1, 1)
            expected = new * eps.log_ret[before] + np.log1p(-FEE * np.abs(new - position))
            terminal = done & ~truncated
            expected[terminal] += np.log1p(-FEE * np.abs(new[terminal]))
            np.testing.assert_allclose(reward, expected, rtol=1e-5, atol=1e-9)
            going_on = ~done
            self.assertTrue(np.all(episode_of[envs.at[going_on]] == episode_of[before[going_on]]))


class EvaluationTest(unittest.TestCase):
    def test_buy_and_hold_closes_at_each_gap_and_pools_pairs_equally(self):
        t, p, close = series([[*range(0, 6), *range(10, 16)], list(range(0, 6))], seed=2)
        dec = from_rows(t * HOUR, p, close, window=1, step_ms=HOUR)
        eps = episodes(dec, 0, 100 * HOUR)
        log_ret, trades = simulate(choosers(None, STEPS, 0)["buy_and_hold"], eps, STEPS)
        self.assertEqual(trades, 2 * eps.count)  # in and out of each run of candles
        fees = 2 * np.log1p(-FEE)
        pair0 = np.log(close[5] / close[0]) + np.log(close[11] / close[6]) + 2 * fees
        pair1 = np.log(close[17] / close[12]) + fees
        equity = pooled_equity(log_ret, eps)
        self.assertAlmostEqual(equity[-1], (np.exp(pair0) + np.exp(pair1)) / 2, places=8)

    def test_greedy_table_is_the_nets_most_probable_action_for_each_position(self):
        torch.manual_seed(0)
        t, p, _ = series([list(range(0, 40))])
        features = np.random.default_rng(3).normal(size=(40, 4)).astype(np.float32)
        close = np.linspace(100, 120, 40)
        dec = from_rows(t * HOUR, p, close, window=8, step_ms=HOUR)
        eps = episodes(dec, 0, 100 * HOUR)
        net = PolicyNet(4, [torch.full((4,), -2.0), torch.full((4,), 2.0), torch.zeros(4), torch.ones(4)])
        torch.nn.init.normal_(net.actor.weight)  # so the actions differ
        table = greedy_table(net, features, eps)
        windows = torch.from_numpy(features[eps.rows[:, None] + np.arange(-7, 1)])
        for k, position in enumerate(POSITIONS):
            with torch.no_grad():
                probs = net(windows, torch.full((len(windows), 1), position))
            np.testing.assert_array_equal(table[:, k], probs.argmax(dim=1).numpy())
        result = backtest(net, features, eps, STEPS, 60, 0)
        self.assertEqual(result["flat"]["total_return"], 0.0)
        self.assertIsNone(result["flat"]["sharpe"])

    def test_renormalise_keeps_the_function(self):
        torch.manual_seed(1)
        wide = [torch.full((3,), -1e6), torch.full((3,), 1e6)]
        net = PolicyNet(3, [*wide, torch.zeros(3), torch.ones(3)], recent=2)
        x, position = torch.randn(5, 4, 3), torch.tensor([[-1.0], [0.0], [1.0], [0.0], [1.0]])
        before = net(x, position)
        net.renormalise([*wide, torch.tensor([0.5, -1.0, 2.0]), torch.tensor([2.0, 0.5, 3.0])])
        torch.testing.assert_close(net(x, position), before, rtol=1e-5, atol=1e-6)

    def test_verdict_is_risk_adjusted_and_flat_counts_as_zero(self):
        figures = lambda r, s: {"total_return": r, "sharpe": s}  # noqa: E731
        self.assertEqual(
            {k: v for k, v in verdict({"policy": figures(0.05, 0.4), "buy_and_hold": figures(0.3, 0.9)}).items() if k != "basis"},
            {"beats_buy_and_hold_risk_adjusted": False, "beats_buy_and_hold_return": False, "beats_flat": True})
        v = verdict({"policy": figures(-0.02, -0.1), "buy_and_hold": figures(-0.3, -1.2)})
        self.assertTrue(v["beats_buy_and_hold_risk_adjusted"])
        self.assertFalse(v["beats_flat"])


class PlanTest(unittest.TestCase):
    def decisions(self, first: str, last: str):
        hours = np.arange(date_ms(first), date_ms(last), HOUR) // HOUR
        t, p, close = series([hours.tolist()])
        return from_rows(t * HOUR, p, close, window=1, step_ms=HOUR)

    def test_history_keeps_2024_03_apart_and_stages_by_calendar_year(self):
        plan = make_plan(self.decisions("2017-08-17", "2024-09-01"), 3, HOUR)
        self.assertEqual(plan["test_start"], date_ms("2024-03-01"))
        self.assertLess(plan["validation_start"], plan["test_start"])
        self.assertEqual([s["label"] for s in plan["stages"]], ["2018", "2019", "2020", "2021", "2022", "2023-01 → 2024-02"])
        self.assertEqual(plan["stages"][-1]["eval_end"], plan["test_start"])

    def test_short_data_tests_on_its_last_share_of_time(self):
        dec = self.decisions("2021-01-01", "2021-05-01")
        plan = make_plan(dec, 3, HOUR)
        span = plan["end"] - plan["start"]
        self.assertAlmostEqual((plan["end"] - plan["test_start"]) / span, 0.25, places=3)
        self.assertEqual(len(plan["stages"]), 2)
        self.assertGreater(plan["end"] - plan["test_start"], 20 * DAY_MS)

    def test_the_shipped_seed_is_chosen_on_validation_only(self):
        results = [{"seed": 7, "training": {"validation_sharpe": 0.2}, "test": {"policy": {"sharpe": 3.0}}},
                   {"seed": 8, "training": {"validation_sharpe": 0.9}, "test": {"policy": {"sharpe": -1.0}}}]
        self.assertEqual(shipped_of(results)["seed"], 8)


if __name__ == "__main__":
    unittest.main()
