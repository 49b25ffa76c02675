"""Timing, results and the report: each case is timed several times after a warm-up; a result carries
its budget (on the median, or on the p95 where DESIGN.md §6 says p95) and, where the case has a natural
baseline measured in the same run, the ratio to it."""

from __future__ import annotations

import json
import math
import os
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Result:
    name: str
    median_s: float | None
    p95_s: float | None
    budget_s: float | None = None
    ratio: float | None = None
    ratio_budget: float | None = None
    budget_on: str = "median"  # which statistic the budget is judged on: "median" or "p95"
    samples: int = 0
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    failed: bool = False  # could not be measured at all (the note says why)
    extra_ok: bool | None = None  # a check besides time (bytes on the wire, records all arrived)
    not_run: bool = False  # needs something this machine was not given (PostgreSQL): neither ok nor not

    @property
    def ok(self) -> bool | None:
        if self.not_run:
            return None
        if self.failed or self.extra_ok is False:
            return False
        if self.budget_s is not None:
            value = self.p95_s if self.budget_on == "p95" else self.median_s
            if value is None or value > self.budget_s:
                return False
        return self.ratio_budget is None or (self.ratio is not None and self.ratio <= self.ratio_budget)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "median_s": _round(self.median_s),
            "p95_s": _round(self.p95_s),
            "budget_s": self.budget_s,
            "ratio": _round(self.ratio, 3),
            "ratio_budget": self.ratio_budget,
            "ok": self.ok,
            "not_run": self.not_run,
            "budget_on": self.budget_on,
            "samples": self.samples,
            "note": self.note,
            **self.extra,
        }


def unavailable(name: str, why: str, *, budget_s: float | None = None, **kw: Any) -> Result:
    """A case that could not run; reported as not ok with the reason, never a crash of the suite."""
    return Result(name, None, None, budget_s=budget_s, note=why, failed=True, **kw)


def not_run(name: str, why: str, **kw: Any) -> Result:
    """A case this run was not set up for (say, no PostgreSQL): reported with how to run it, ok null,
    and not held against the run's exit status, which judges what was measured."""
    return Result(name, None, None, note=why, not_run=True, **kw)


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(value, digits)


def p95(samples: Sequence[float]) -> float:
    """Nearest-rank 95th percentile: with under 20 samples it is the slowest one."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def time_calls(
    calls: Sequence[Callable[[], Any]],
    *,
    rounds: int,
    warmup: int = 1,
    setup: Callable[[], Any] | None = None,
) -> list[float]:
    """Each call timed `rounds` times (round-robin, so drift hits them alike) after `warmup` untimed
    passes; `setup` runs untimed before every call."""
    for _ in range(warmup):
        for call in calls:
            if setup:
                setup()
            call()
    samples: list[float] = []
    for _ in range(rounds):
        for call in calls:
            if setup:
                setup()
            start = time.perf_counter()
            call()
            samples.append(time.perf_counter() - start)
    return samples


def summarise(name: str, samples: Sequence[float], **kw: Any) -> Result:
    return Result(name, statistics.median(samples), p95(samples), samples=len(samples), **kw)


def compare(
    name: str,
    subject: Callable[[], Any],
    baseline: Callable[[], Any],
    *,
    rounds: int,
    ratio_budget: float | None,
    setup_subject: Callable[[], Any] | None = None,
    setup_baseline: Callable[[], Any] | None = None,
    **kw: Any,
) -> Result:
    """`subject` and `baseline` timed alternately (AB BA AB …, so neither always runs just after the
    other's clean-up), reported as the subject's times and the ratio of the medians."""
    a: list[float] = []
    b: list[float] = []
    pair = [(subject, setup_subject, a), (baseline, setup_baseline, b)]
    for i in range(rounds + 1):
        for fn, setup, out in pair if i % 2 == 0 else pair[::-1]:
            if setup:
                setup()
            start = time.perf_counter()
            fn()
            if i:  # the first round is the warm-up
                out.append(time.perf_counter() - start)
    result = summarise(name, a, ratio_budget=ratio_budget, **kw)
    base = statistics.median(b)
    result.ratio = result.median_s / base if base and result.median_s is not None else None
    result.extra["baseline_median_s"] = round(base, 6)
    return result


def _fmt_time(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.1f} ms"


def table(results: Iterable[Result]) -> str:
    """The results as a Markdown table (also what the terminal shows)."""
    head = "| case | median | p95 | budget | ratio | within budget | note |"
    lines = [head, "|---|---:|---:|---:|---:|:---:|---|"]
    for r in results:
        budget = "—"
        if r.budget_s is not None:
            budget = _fmt_time(r.budget_s) + (" p95" if r.budget_on == "p95" else "")
        if r.ratio_budget is not None:
            budget = (budget + " / " if r.budget_s is not None else "") + f"≤ {r.ratio_budget}×"
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}×"
        lines.append(
            f"| {r.name} | {_fmt_time(r.median_s)} | {_fmt_time(r.p95_s)} | {budget} | {ratio} "
            f"| {_verdict(r.ok)} | {r.note} |"
        )
    return "\n".join(lines)


def _verdict(ok: bool | None) -> str:
    return "not run" if ok is None else "yes" if ok else "NO"


def write_json(results: Iterable[Result], path: Path) -> None:
    path.write_text(json.dumps([r.as_json() for r in results], indent=2) + "\n", encoding="utf-8")


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a helper process (memory probe, sync server): this repository importable."""
    root = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, **extra}
