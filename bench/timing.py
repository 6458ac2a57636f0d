"""Latency summaries shared by the benchmarks."""

import statistics


def percentiles_ms(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile (nearest rank below) of durations in seconds, in milliseconds."""
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000
