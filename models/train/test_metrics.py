"""The bucket statistics and the alert threshold rule (python3 -m unittest test_metrics, from models/train).

The fixture is the one of tests/inference/callStats.test.ts: both languages must give the same numbers,
the day bootstrap included.
"""
import unittest

import numpy as np

from goals import evaluate_result
from metrics import hit_rate_by_confidence, signal_stats, signals
from threshold import MIN_SIGNALS, choose_threshold

DAY, HOUR, T0 = 86_400_000, 3_600_000, 1_704_067_200_000


def fixture(n: int = 40) -> dict:
    i = np.arange(n)
    result = np.where(i % 3 == 0, 1, np.where(i % 3 == 1, -1, 0)).astype(np.int8)
    net = np.where(result == 1, 0.018, np.where(result == -1, -0.022, ((i * 37) % 11 - 5) / 1000))
    return {"result": result, "net": net, "tp1_net": 0.018 + (i % 4) * 0.001, "sl_net": -0.022 - (i % 4) * 0.001,
            "time": T0 + (i % 7) * DAY + (i % 5) * HOUR}


def dataset_columns(n: int, long_wins: np.ndarray) -> dict:
    """Columns of n samples whose long call wins where `long_wins` (its short call then stops), else the reverse."""
    res_long = np.where(long_wins, 1, -1).astype(np.int8)
    net = lambda res: np.where(res == 1, 0.018, -0.022)
    return {"result_long": res_long, "result_short": -res_long, "net_long": net(res_long), "net_short": net(-res_long),
            "tp1_net_long": np.full(n, 0.018), "sl_net_long": np.full(n, -0.022), "tp1_net_short": np.full(n, 0.018),
            "sl_net_short": np.full(n, -0.022), "time": T0 + np.arange(n) * HOUR}


class SignalStats(unittest.TestCase):
    def test_bucket_statistics_match_typescript(self):
        trades = fixture()
        self.assertEqual(signal_stats(trades, np.ones(40, bool)), {
            "count": 40, "wins": 14, "stops": 13, "expired": 13, "win_rate": 0.5185, "breakeven_win_rate": 0.5465,
            "mean_net_return": -0.000675, "mean_net_return_ci95": [-0.001564, 0.000711]})
        self.assertEqual(signal_stats(trades, np.arange(40) < 10)["mean_net_return_ci95"], [-0.007222, 0.011125])
        self.assertEqual(signal_stats(trades, np.arange(40) < 1)["mean_net_return_ci95"], [0.018, 0.018])
        self.assertEqual(signal_stats(trades, np.zeros(40, bool)), {
            "count": 0, "wins": 0, "stops": 0, "expired": 0, "win_rate": None, "breakeven_win_rate": None,
            "mean_net_return": None, "mean_net_return_ci95": None})

    def test_signals_and_bands_carry_the_statistics(self):
        n = 300
        rng = np.random.default_rng(1)
        probs = rng.dirichlet([1, 1, 1], n)
        cols = dataset_columns(n, rng.random(n) < 0.5)
        out = signals(probs, cols, 0, 2, extra=(0.45,))
        for key in ("signal_count", "signal_wins", "signal_stops", "signal_expired", "signal_win_rate",
                    "signal_breakeven_win_rate", "signal_mean_net_return", "signal_mean_net_return_ci95",
                    "signal_hit_rate", "signal_breakeven_hit_rate"):
            self.assertIn(key, out)
        self.assertEqual(out["signal_hit_rate"], out["signal_win_rate"])
        self.assertIn(0.45, [r["threshold"] for r in out["by_threshold"]])
        bands = hit_rate_by_confidence(probs, cols, 0, 2)
        self.assertEqual(list(bands[0]), ["from", "below", "count", "wins", "stops", "expired", "win_rate",
                                          "breakeven_win_rate", "mean_net_return", "mean_net_return_ci95"])
        self.assertEqual(sum(b["count"] for b in bands), out["signal_count"])


class AlertThreshold(unittest.TestCase):
    def test_lowest_candidate_that_beats_break_even_and_earns(self):
        n = 400
        conf = np.linspace(0.34, 0.64, n)
        probs = np.stack([conf, (1 - conf) * 0.6, (1 - conf) * 0.4], axis=1)  # always LONG
        # Calls at 0.50 or more win 70 % of the time, the rest never: pooled from 0.45 they stay below break-even.
        long_wins = np.where(conf >= 0.5, np.arange(n) % 10 < 7, False)
        chosen = choose_threshold(probs, dataset_columns(n, long_wins), 0, 2)
        self.assertEqual((chosen["threshold"], chosen["met"]), (0.5, True))
        row = next(r for r in chosen["validation"] if r["threshold"] == 0.5)
        self.assertGreaterEqual(row["count"], MIN_SIGNALS)
        self.assertGreater(row["win_rate"], row["breakeven_win_rate"])

    def test_best_mean_net_return_when_nothing_earns(self):
        n = 400
        conf = np.linspace(0.34, 0.64, n)
        probs = np.stack([conf, (1 - conf) * 0.6, (1 - conf) * 0.4], axis=1)
        chosen = choose_threshold(probs, dataset_columns(n, np.arange(n) % 10 < 3), 0, 2)
        self.assertFalse(chosen["met"])
        self.assertIn("goal not met", chosen["why"])

    def test_goals_state_each_number(self):
        result = {"log_loss": 1.09, "baseline_log_loss": 1.0977, "balanced_accuracy": 0.41, "ece_after": 0.02,
                  "ece_before": 0.05, "by_threshold": [{"threshold": 0.45, "count": 31, "wins": 17, "stops": 12,
                                                        "expired": 2, "win_rate": 0.5862, "breakeven_win_rate": 0.55,
                                                        "mean_net_return": 0.0011, "mean_net_return_ci95": [-0.001, 0.003]}]}
        goals = evaluate_result(result, 0.45)
        self.assertEqual([met for _, met, _ in goals], [True, True, True, True, True, True])
        self.assertIn("0.5862 vs 0.55", goals[4][2])
        result["by_threshold"][0].update(count=12, mean_net_return=-0.002)
        self.assertEqual([met for _, met, _ in evaluate_result(result, 0.45)][3:], [False, True, False])


if __name__ == "__main__":
    unittest.main()
