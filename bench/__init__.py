"""Benchmarks: each module measures the system beside a baseline in the same run and writes
its results, with the machine they ran on, under bench/results/."""
