"""The benchmark suite's JSON (benchmarks/, issue 6), on a tiny caseload and a few cases: every result
carries the keys other tools read. The benchmarks themselves are never part of the test run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.__main__ import main  # noqa: E402
from benchmarks.harness import unavailable  # noqa: E402

KEYS = {"name", "median_s", "p95_s", "budget_s", "ratio", "ratio_budget", "ok"}


def test_a_tiny_run_writes_every_key(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    cases = ["caseload_filter", "search", "store_ratio_caseload"]
    main(["--size", "tiny", "--json", str(out), "--only", *cases])
    results = json.loads(out.read_text())
    assert [r["name"] for r in results] == cases
    for r in results:
        assert r.keys() >= KEYS
        assert isinstance(r["median_s"], float)
        assert r["p95_s"] >= r["median_s"] > 0
        assert isinstance(r["ok"], bool)
    search, ratio = results[1], results[2]
    assert (search["budget_s"], search["ratio"], search["ratio_budget"]) == (0.05, None, None)
    assert (ratio["budget_s"], ratio["ratio_budget"]) == (None, 1.3)
    assert ratio["ratio"] > 0


def test_a_case_that_cannot_run_is_reported_not_ok() -> None:
    r = unavailable("sync_noop", "not available yet", budget_s=0.1).as_json()
    assert r.keys() >= KEYS
    assert (r["ok"], r["median_s"], r["note"]) == (False, None, "not available yet")


def test_a_case_not_set_up_here_is_neither_ok_nor_a_failure(tmp_path: Path, monkeypatch) -> None:
    from benchmarks import __main__ as bench
    from benchmarks.harness import not_run

    r = not_run("server_concurrent_postgresql", "not run: no PostgreSQL").as_json()
    assert r.keys() >= KEYS
    assert (r["ok"], r["not_run"], r["median_s"]) == (None, True, None)

    monkeypatch.setattr(bench, "run_cases", lambda *_a, **_k: [not_run("x", "not run: no PostgreSQL")])
    out = tmp_path / "out.json"
    assert main(["--size", "tiny", "--json", str(out), "--only", "nothing"]) == 0
    assert json.loads(out.read_text())[0]["ok"] is None
