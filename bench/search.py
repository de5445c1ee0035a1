"""Search benchmark: per-keystroke latency of ``SearchIndex.search`` over about 10,000 items.

The shipped English content is grown 50 times (``bench/synthetic.py``: ~10,000 searchable entries: signs,
starters, resources, steps, sections...), indexed once, then each query is typed one character at a time and
every prefix is searched, as the search box does on each keystroke. Prints median, p95 and max per keystroke.
Usage: python bench/search.py [--times N] [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stats import latency_line
from bench.synthetic import make_content
from guardian_app.content.loader import load_content
from guardian_app.content.search import SearchIndex

QUERIES = ("someone threatening", "école", "phone", "snap", "sextortion", "they asked for photos")
TARGET_MS = 16.0


def keystroke_timings(index: SearchIndex, queries: tuple[str, ...], rounds: int) -> list[float]:
    """Seconds per keystroke: every prefix of every query, ``rounds`` times."""
    timings = []
    for _ in range(rounds):
        for query in queries:
            for end in range(1, len(query) + 1):
                start = time.perf_counter()
                index.search(query[:end])
                timings.append(time.perf_counter() - start)
    return timings


def run(times: int = 50, rounds: int = 5) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_content(Path(tmp) / f"x{times}", times)
        result = load_content("en", base_dir=folder)
    if result.errors:
        raise SystemExit(f"synthetic content has errors, first: {result.errors[0]}")
    start = time.perf_counter()
    index = SearchIndex(result.content)
    build = time.perf_counter() - start
    keystroke_timings(index, QUERIES, 1)  # warm up
    timings = keystroke_timings(index, QUERIES, rounds)
    return [f"search index: {len(index)} entries built in {build * 1000:.0f} ms",
            latency_line("search per keystroke", timings, TARGET_MS)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--times", type=int, default=50, help="how many copies of the shipped content")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for line in run(args.times, args.rounds):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
