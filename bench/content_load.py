"""Content benchmark: load + validate the shipped content and synthetic copies 10x and 100x larger.

Time should grow about linearly with size. Prints median (min-max) of several runs and the per-item cost.
Every run reads, parses and validates the YAML from scratch, as a user loading a new pack would. Beside the
wall-clock times it prints the median CPU time of the process: a wall time well above it means the runs
waited for a CPU; the two close together but high mean a slow or busy (shared) CPU.
Usage: python bench/content_load.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import make_content
from guardian_app.content.loader import load_content


def count_items(result: object) -> int:
    content = result.content  # type: ignore[attr-defined]
    kinds = ("sections", "stages", "categories", "signs", "starters", "phrases", "guides", "resources")
    return sum(len(getattr(content, name)) for name in kinds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for times in (1, 10, 100):
            folder = make_content(Path(tmp) / f"x{times}", times)
            timings = []
            cpu_times = []
            for _ in range(args.runs):
                start, cpu_start = time.perf_counter(), time.process_time()
                result = load_content("en", base_dir=folder)
                timings.append(time.perf_counter() - start)
                cpu_times.append(time.process_time() - cpu_start)
            if result.errors:
                print(f"x{times}: {len(result.errors)} errors, first: {result.errors[0]}")
                return 1
            items = count_items(result)
            size_kib = sum(p.stat().st_size for p in folder.rglob("*.yaml")) / 1024
            rows.append((times, items, size_kib, timings, cpu_times))
    base = statistics.median(rows[0][3])
    for times, items, size_kib, timings, cpu_times in rows:
        median = statistics.median(timings)
        print(f"x{times:<4} {items:>6} items {size_kib:>8.0f} KiB  load+validate"
              f" median {median * 1000:8.1f} ms "
              f"(min {min(timings) * 1000:.1f}, max {max(timings) * 1000:.1f}, "
              f"cpu {statistics.median(cpu_times) * 1000:.1f})  "
              f"{median / items * 1e6:6.1f} us/item  growth x{median / base:.1f}")
    worst = statistics.median(rows[-1][3])
    print(f"100x pack: {worst:.2f} s (target <= 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
