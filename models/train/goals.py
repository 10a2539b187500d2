"""The issue-13 goals, each stated as met or not with the measured number (for the card)."""

BALANCED_ACCURACY_GOAL = 0.40
ECE_GOAL = 0.03
# At the alert threshold: at least this many signals (threshold.MIN_SIGNALS chooses the threshold the same way).
MIN_SIGNALS_GOAL = 30


def at_threshold(result: dict, threshold: float) -> dict:
    """The by_threshold row of `threshold` (pass it to signals() as an extra threshold so the row exists)."""
    return next(r for r in result["by_threshold"] if r["threshold"] == threshold and not r.get("top_decile"))


def _v(value) -> str:
    return "–" if value is None else str(value)


def _ci(value) -> str:
    return "–" if not value else f"{value[0]} … {value[1]}"


def evaluate_result(result: dict, threshold: float) -> list:
    """[(goal, met, measured)] of one evaluated block: the output of walkforward.summarise (the test block, a
    year, or any later era), with `threshold` the shipped alert threshold."""
    sig = at_threshold(result, threshold)
    win, even, net = sig["win_rate"], sig["breakeven_win_rate"], sig["mean_net_return"]
    return [
        ("log-loss below the class prior", result["log_loss"] < result["baseline_log_loss"],
         f"{result['log_loss']} vs {result['baseline_log_loss']}"),
        (f"balanced accuracy ≥ {BALANCED_ACCURACY_GOAL}", result["balanced_accuracy"] >= BALANCED_ACCURACY_GOAL,
         str(result["balanced_accuracy"])),
        (f"ECE ≤ {ECE_GOAL} (15 bins, calibrated)", result["ece_after"] <= ECE_GOAL,
         f"{result['ece_after']} (uncalibrated {result['ece_before']})"),
        (f"at least {MIN_SIGNALS_GOAL} signals at the alert threshold {threshold}", sig["count"] >= MIN_SIGNALS_GOAL,
         f"{sig['count']} ({sig['wins']} wins, {sig['stops']} stops, {sig['expired']} expired)"),
        (f"win rate above break-even at the alert threshold {threshold}",
         win is not None and even is not None and win > even, f"{_v(win)} vs {_v(even)}"),
        (f"positive mean net return after fees at the alert threshold {threshold}", net is not None and net > 0,
         f"{_v(net)} (95% CI by day {_ci(sig['mean_net_return_ci95'])})"),
    ]


def evaluate(metrics: dict) -> list:
    """The goals on the last test block (`metrics["test"]`) at the shipped threshold (`metrics["alert"]`)."""
    return evaluate_result(metrics["test"], metrics["alert"]["threshold"])


def table(rows: list) -> list:
    out = ["| goal | met | measured |", "|---|---|---|"]
    for goal, met, measured in rows:
        out.append(f"| {goal} | {'**yes**' if met else '**no**'} | {measured} |")
    return out


def lines(metrics: dict) -> list:
    return table(evaluate(metrics))
