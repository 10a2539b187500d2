"""When the policy trains, validates and is tested: the untouched last test block, the validation tail that
chooses checkpoints and seeds, and the walk-forward stages that measure it per market regime.

- Test block: from TEST_FROM (2024-03-01) to the end of the data, when the data reaches MIN_TEST_DAYS past it;
  otherwise (older or synthetic data) the last 1/(folds + 1) of the time span. Nothing chooses on it.
- Validation: the last VALIDATION_SHARE of the time before the test block; the shipped model trains on the
  time before it, and its checkpoint and seed are chosen on it.
- Walk-forward stages, before that: one per calendar year (a stage trains on everything before 1 January,
  then is scored on that year, warm-starting the next stage), when at least two years qualify; else the
  time before the test block in `folds` equal blocks, each but the first scored by the model trained on
  the blocks before it.
"""
import datetime

import numpy as np

from data import iso
from ppo_data import Decisions

TEST_FROM = "2024-03-01"
MIN_TEST_DAYS = 30
VALIDATION_SHARE = 0.1
# A year is a stage when this much data comes before it and this much time lies between it and the test block.
MIN_DAYS_BEFORE_STAGE, MIN_STAGE_DAYS = 90, 180
DAY_MS = 86_400_000


def date_ms(text: str) -> int:
    day = datetime.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
    return int(day.timestamp() * 1000)


def _floor(ms: float, step_ms: int) -> int:
    return int(ms // step_ms * step_ms)


def validation_start(start: int, end: int, step_ms: int) -> int:
    """The validation tail of the training time [start, end)."""
    return _floor(end - VALIDATION_SHARE * (end - start), step_ms)


def _label(a: int, b: int) -> str:
    """"2019" for a calendar year, else the months it spans (or the days, for a block under two months)."""
    da = datetime.datetime.fromtimestamp(a / 1000, datetime.timezone.utc)
    db = datetime.datetime.fromtimestamp((b - 1) / 1000, datetime.timezone.utc)
    if (da.month, da.day, da.hour) == (1, 1, 0) and db.year == da.year and (db.month, db.day) == (12, 31):
        return str(da.year)
    width = 7 if b - a >= 60 * DAY_MS else 10
    return f"{iso(a)[:width]} → {iso(b - 1)[:width]}"


def _year_starts(start: int, test_start: int) -> list:
    first = datetime.datetime.fromtimestamp(start / 1000, datetime.timezone.utc).year + 1
    last = datetime.datetime.fromtimestamp(test_start / 1000, datetime.timezone.utc).year
    starts = [date_ms(f"{year}-01-01") for year in range(first, last + 1)]
    return [b for b in starts if b - start >= MIN_DAYS_BEFORE_STAGE * DAY_MS and test_start - b >= MIN_STAGE_DAYS * DAY_MS]


def make_plan(dec: Decisions, folds: int, step_ms: int, test_from: str = TEST_FROM) -> dict:
    if folds < 2:
        raise SystemExit("ppo: --folds must be at least 2")
    start = int(dec.time.min())
    end = int(dec.reward_time.max()) + step_ms
    test_from_ms = date_ms(test_from)
    if start < test_from_ms and end - test_from_ms >= MIN_TEST_DAYS * DAY_MS:
        test_start, test_rule = test_from_ms, f"from {test_from}"
    else:
        test_start = _floor(start + (end - start) * folds / (folds + 1), step_ms)
        test_rule = f"the last 1/{folds + 1} of the time, as the data ends before {test_from} + {MIN_TEST_DAYS} days"
    years = _year_starts(start, test_start)
    if len(years) >= 2:
        bounds, stage_rule = years, "calendar years"
    else:
        bounds = [_floor(start + (test_start - start) * k / folds, step_ms) for k in range(1, folds)]
        stage_rule = f"{folds} equal blocks of the time before the test block"
    edges = [*bounds, test_start]
    stages = [{"label": _label(a, b), "train_end": a, "eval_end": b} for a, b in zip(edges[:-1], edges[1:])]
    return {
        "start": start, "end": end, "test_start": test_start, "test_rule": test_rule,
        "validation_start": validation_start(start, test_start, step_ms),
        "stages": stages, "stage_rule": stage_rule,
    }


def describe(plan: dict) -> str:
    stages = ", ".join(s["label"] for s in plan["stages"]) or "none"
    return (f"data {iso(plan['start'])[:10]} → {iso(plan['end'] - 1)[:10]}; test block {iso(plan['test_start'])[:10]} → "
            f"{iso(plan['end'] - 1)[:10]} ({plan['test_rule']}); validation {iso(plan['validation_start'])[:10]} → "
            f"{iso(plan['test_start'] - 1)[:10]}; walk-forward stages ({plan['stage_rule']}): {stages}")


def stage_weights(sizes: list) -> np.ndarray:
    """Shares of a seed's training time: half for the final model, half for the stages by training size."""
    if not sizes:
        return np.array([1.0])
    sizes = np.asarray(sizes, dtype=np.float64)
    return np.r_[0.5 * sizes / sizes.sum(), 0.5]
