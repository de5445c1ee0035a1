"""Run every benchmark and write ``bench/RESULTS.md`` with their figures and the machine they ran on.

Each benchmark runs in its own process (as ``python bench/<name>.py``), one after the other, so none warms
another's caches. Usage: python bench/run_all.py [--quick]   (quick: fewer runs, for a smoke test)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BENCHMARKS: tuple[tuple[str, str, list[str], list[str]], ...] = (
    # (title, script, arguments, quick arguments)
    ("Content load + validate (shipped, 10x, 100x)", "content_load.py", ["--runs", "5"], ["--runs", "1"]),
    ("Search, per keystroke, ~10,000 entries", "search.py", ["--rounds", "5"], ["--rounds", "1"]),
    ("Checklist tick -> summary and timeline", "checklist.py", ["--toggles", "200"], ["--toggles", "40"]),
    ("Start-up to first paint vs a bare PySide6 window", "startup.py", ["--runs", "9"], ["--runs", "2"]),
    ("Language switch with every page built", "language_switch.py", ["--switches", "8"], ["--switches", "2"]),
)


def machine() -> list[str]:
    import PySide6
    import yaml

    return [
        f"- date: {dt.datetime.now().astimezone().isoformat(timespec='minutes')}",
        f"- machine: {platform.platform()}, {os.cpu_count()} CPUs (nproc),"
        f" {platform.processor() or platform.machine()}",
        f"- Python {platform.python_version()}, PySide6 {PySide6.__version__}"
        f" (Qt {PySide6.QtCore.qVersion()}),"
        f" PyYAML {yaml.__version__} with libyaml: {yaml.__with_libyaml__}",
        f"- load average at start: {', '.join(f'{value:.2f}' for value in os.getloadavg())}"
        " (the machines are shared: compare medians, and rerun when the load is high)",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs: a smoke test, not figures to quote")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args()
    import PySide6.QtCore  # noqa: F401  (for qVersion in machine())

    lines = ["# Benchmark results", "", "Written by `python bench/run_all.py`; every figure is a median with"
             " its spread over several runs.", "", *machine(), ""]
    failed = False
    for title, script, arguments, quick in BENCHMARKS:
        command = [sys.executable, str(ROOT / "bench" / script), *(quick if args.quick else arguments)]
        print(f"== {title}: {' '.join(command[1:])}", flush=True)
        start = time.perf_counter()
        proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        output = proc.stdout.strip()
        print(output or proc.stderr.strip(), flush=True)
        lines += [f"## {title}", "", f"`python bench/{script} {' '.join(command[2:])}`"
                  f" ({time.perf_counter() - start:.0f} s)", "", "```", output, "```", ""]
        if proc.returncode != 0:
            failed = True
            lines += ["Failed:", "", "```", proc.stderr.strip()[-2000:], "```", ""]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
