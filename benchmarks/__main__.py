"""python -m benchmarks [--quick | --size tiny] [--json PATH] [--only NAME ...] [--keep-data DIR]

Builds the synthetic caseload once (see dataset.py), runs every case against it and prints a table;
DESIGN.md §6 has the budgets, benchmarks/README.md the last full run."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks import dashboard_cases, ratio_cases, report_cases, store_cases, sync_cases, ui_cases
from benchmarks.dataset import SIZES, Dataset, build, open_encrypted, open_plain_store
from benchmarks.harness import Result, table, unavailable, write_json
from leaddesk.storage.store import Store


def _guarded(name: str, run: Callable[[], Result | list[Result]]) -> list[Result]:
    """A case that raises is reported as failed with the error, and the suite carries on."""
    try:
        got = run()
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        return [unavailable(name, f"error: {type(exc).__name__}: {exc}"[:200])]
    return got if isinstance(got, list) else [got]


def run_cases(data: Dataset, *, only: set[str] | None = None, progress: bool = True) -> list[Result]:
    results: list[Result] = []

    def case(name: str, run: Callable[[], Result | list[Result]]) -> None:
        if only and not any(name.startswith(o) for o in only):
            return
        start = time.perf_counter()
        got = _guarded(name, run)
        results.extend(got)
        if progress:
            print(f"  {name}: {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)

    case("unlock", lambda: store_cases.unlock(data))
    encrypted: Store = open_encrypted(data)
    plain: Store = open_plain_store(data.plain_dir)
    try:
        case("caseload_filter", lambda: store_cases.caseload_filter(encrypted, data))
        case("participant_open", lambda: store_cases.participant_open(encrypted, data))
        case("note_save", lambda: store_cases.note_save(encrypted, data))
        case("search", lambda: store_cases.search(encrypted, data))
        case("store_ratio_bulk_insert", lambda: ratio_cases.store_ratio_bulk_insert(data))
        case("store_ratio_caseload", lambda: ratio_cases.store_ratio_caseload(encrypted, plain, data))
        case(
            "store_ratio_participant_open",
            lambda: ratio_cases.store_ratio_participant_open(encrypted, plain, data),
        )
        case("store_ratio_search", lambda: ratio_cases.store_ratio_search(encrypted, plain, data))
        case("ui_caseload_model", lambda: ui_cases.ui_caseload_model(encrypted, data))
        case("dashboard_open", lambda: dashboard_cases.dashboard_open(encrypted, data))
    finally:
        encrypted.close(audit=False)
        plain.close(audit=False)
    case("memory_peak_rss", lambda: ui_cases.memory(data))
    case("sync", lambda: sync_cases.run(data))
    case("report_pcg", lambda: report_cases.report_pcg(data))
    return results


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    versions = conn.execute("SELECT sqlite_version()").fetchone()[0]
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    return (
        f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, "
        f"SQLite {versions}, SQLCipher {cipher}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tenth of the caseload, under a minute")
    parser.add_argument("--size", choices=sorted(SIZES), help="full (default), quick, or tiny (tests)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="run only cases whose name starts so")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--keep-data",
        type=Path,
        metavar="DIR",
        help="build the caseload in DIR and leave it there (default: a temporary folder, removed after)",
    )
    args = parser.parse_args(argv)
    size = SIZES[args.size or ("quick" if args.quick else "full")]
    started = time.perf_counter()
    folder = args.keep_data or Path(tempfile.mkdtemp(prefix="leaddesk-bench-"))
    if args.keep_data and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        print(
            f"{machine()}\nbuilding the {size.name} caseload ({size.participants:,} participants)…",
            file=sys.stderr,
            flush=True,
        )
        data = build(folder, size, seed=args.seed)
        built = time.perf_counter() - started
        print(
            f"built in {built:.0f} s (seeding: encrypted {data.build_s['encrypted']:.0f} s, "
            f"plain {data.build_s['plain']:.0f} s, in parallel); {data.counts.get('note', 0):,} notes",
            file=sys.stderr,
            flush=True,
        )
        results = run_cases(data, only=set(args.only) if args.only else None)
    finally:
        if not args.keep_data:
            shutil.rmtree(folder, ignore_errors=True)
    print(table(results))
    print(f"\n{size.name} run: {time.perf_counter() - started:.0f} s in all", file=sys.stderr)
    if args.json:
        write_json(results, args.json)
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
