"""Start-up benchmark: Guardian against a bare PySide6 window, alternating, in one run.

Each run is a whole new process, timed from launch until it exits right after the main window's first paint
(``GUARDIAN_EXIT_AFTER_FIRST_PAINT=1``), with all content loaded. Peak RSS comes from the child's rusage.
Prints medians with min-max and the median ratio. Usage: python bench/startup.py [--runs N]

A third process, the same bare window that also imports PySide6's ``Qt`` namespace
(``qt_namespace_window.py``), runs in the same loop: it is the floor any real PySide6 window starts from, so
"Guardian vs that window" is what Guardian's own code costs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{cmd} exited {proc.returncode}:\n{err}")
    if proc.stderr:
        proc.stderr.close()
    return elapsed, usage.ru_maxrss / 1024.0


def fmt(values: list[float], unit: str) -> str:
    return f"median {statistics.median(values):.3f}{unit} (min {min(values):.3f}, max {max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--locale", default="en")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               GUARDIAN_EXIT_AFTER_FIRST_PAINT="1", PYTHONPATH=str(ROOT))
    env["HOME"] = str(ROOT / "bench" / ".home")  # never read or write the user's real settings
    Path(env["HOME"]).mkdir(exist_ok=True)
    # Installed copies run from compiled bytecode (pip and PyInstaller write it), so both processes may cache
    # theirs, outside the source tree; developer shells often set PYTHONDONTWRITEBYTECODE, which would make
    # every run recompile Guardian's modules (~100 ms) and measure something no user ever waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / ".home" / "pycache")
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    floor_cmd = [sys.executable, str(ROOT / "bench" / "qt_namespace_window.py")]
    app_cmd = [sys.executable, "-m", "guardian_app", "--locale", args.locale, "--region", "CA"]
    # Warm the OS file cache (and the bytecode cache) for all three before measuring.
    for cmd in (bare_cmd, floor_cmd, app_cmd):
        run_once(cmd, env)
    bare_t, bare_m, floor_t, app_t, app_m, ratios, floor_ratios, over_floor = [], [], [], [], [], [], [], []
    for _ in range(args.runs):
        t0, m0 = run_once(bare_cmd, env)
        tf, _mf = run_once(floor_cmd, env)
        t1, m1 = run_once(app_cmd, env)
        bare_t.append(t0)
        bare_m.append(m0)
        floor_t.append(tf)
        app_t.append(t1)
        app_m.append(m1)
        ratios.append(t1 / t0)
        floor_ratios.append(tf / t0)
        over_floor.append(t1 / tf)

    def ratio_line(values: list[float]) -> str:
        return (f"median {statistics.median(values):.3f} (min {min(values):.3f}, max {max(values):.3f})"
                f" over {args.runs} alternating runs")

    print(f"bare PySide6 window : {fmt(bare_t, ' s')}, peak RSS {statistics.median(bare_m):.1f} MiB")
    print(f"bare + Qt namespace : {fmt(floor_t, ' s')}")
    print(f"Guardian            : {fmt(app_t, ' s')}, peak RSS {statistics.median(app_m):.1f} MiB")
    print(f"start-up ratio      : {ratio_line(ratios)}; target <= 1.25")
    print(f"floor ratio         : {ratio_line(floor_ratios)} (the bare window importing Qt's namespace)")
    print(f"Guardian vs floor   : {ratio_line(over_floor)}")
    print(f"peak RSS ratio      : {statistics.median(app_m) / statistics.median(bare_m):.3f}; target <= 1.3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
