"""Small helpers shared by the benchmarks: percentiles and one-line summaries of timings."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` fall (nearest rank; no interpolation)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def latency_line(label: str, seconds: Sequence[float], target_ms: float) -> str:
    """'label: median x ms, p95 y ms, max z ms over n (target <= t ms): OK' for per-event latencies."""
    median = statistics.median(seconds) * 1000
    p95 = percentile(seconds, 0.95) * 1000
    worst = max(seconds) * 1000
    verdict = "OK" if p95 <= target_ms else "MISSED"
    return (f"{label}: median {median:.2f} ms, p95 {p95:.2f} ms, max {worst:.2f} ms over {len(seconds)}"
            f" (target p95 <= {target_ms:g} ms): {verdict}")
