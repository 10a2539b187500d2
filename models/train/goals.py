"""The issue's goals, each stated as met or not with the measured number (for the card)."""

BALANCED_ACCURACY_GOAL = 0.40
ECE_GOAL = 0.03


def at_threshold(result: dict, threshold: float) -> dict:
    return next(r for r in result["by_threshold"] if r["threshold"] == threshold and not r.get("top_decile"))


def evaluate(metrics: dict) -> list:
    test, threshold = metrics["test"], metrics["alert"]["threshold"]
    sig = at_threshold(test, threshold)
    beats = sig["hit_rate"] is not None and sig["hit_rate"] > sig["breakeven_hit_rate"]
    return [
        ("log-loss below the class prior", test["log_loss"] < test["baseline_log_loss"],
         f"{test['log_loss']} vs {test['baseline_log_loss']}"),
        (f"balanced accuracy ≥ {BALANCED_ACCURACY_GOAL}", test["balanced_accuracy"] >= BALANCED_ACCURACY_GOAL,
         str(test["balanced_accuracy"])),
        (f"ECE ≤ {ECE_GOAL} (15 bins, calibrated)", test["ece_after"] <= ECE_GOAL,
         f"{test['ece_after']} (uncalibrated {test['ece_before']})"),
        (f"hit rate above break-even at the alert threshold {threshold}", beats,
         f"{sig['hit_rate'] if sig['hit_rate'] is not None else '–'} vs {sig['breakeven_hit_rate'] or '–'} "
         f"on {sig['count']} signals"),
    ]


def lines(metrics: dict) -> list:
    out = ["| goal | met | measured |", "|---|---|---|"]
    for goal, met, measured in evaluate(metrics):
        out.append(f"| {goal} | {'**yes**' if met else '**no**'} | {measured} |")
    return out
