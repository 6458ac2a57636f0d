"""Where the server's CPU goes under the load's mix: each endpoint of `bench.load` alone, one client,
REQUESTS requests in a row after a warm-up, and the CPU the server process (and its NLP worker,
when it has one) used per request; weighted by the mix, each endpoint's share of the server's CPU.

    .venv/bin/python -m bench.load_cpu [--data DIR] [--requests 40]

One client in sequence: no request waits for another, so the wall time is the endpoint's own
latency and CPU-ms is what it costs whoever runs it. Little's law then bounds the load: with C
closed-loop clients and the server's usable cores U, throughput <= U / (mean CPU-s per request),
mean latency >= C / throughput.
"""

import argparse
import http.client
import random
import shutil
import tempfile
import time
from pathlib import Path

from bench.load import MIX, Load, _cpu_seconds, _serve, _stored_documents, build_data


def _measure(load: Load, kind: str, requests: int, server_pid: int, warm: int = 5) -> tuple[float, float]:
    """CPU-ms and wall ms per request of `kind`, sequential, after `warm` unmeasured requests."""
    chance = random.Random(kind)
    connection = http.client.HTTPConnection(load.address, timeout=120)
    cpu = wall = 0.0
    for n in range(warm + requests):
        _, method, path, body = load.request_of(kind, chance)
        headers = {"Content-Type": "application/json"} if body else {}
        cpu_before, started = _cpu_seconds(server_pid), time.monotonic()
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        answer.read()
        if answer.status != 200:
            raise SystemExit(f"{kind}: {answer.status}")
        if n >= warm:
            wall += time.monotonic() - started
            cpu += _cpu_seconds(server_pid) - cpu_before
    connection.close()
    return cpu / requests * 1000, wall / requests * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "policylink-load-data")
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args(argv)
    if not (args.data / "policylink.db").exists():
        build_data(args.data)
    work = Path(tempfile.mkdtemp(prefix="policylink-load-cpu-")) / "data"
    shutil.copytree(args.data, work)
    server, url = _serve(work)
    try:
        load = Load(url, _stored_documents(url), seconds=0)
        costs = {kind: _measure(load, kind, args.requests, server.pid) for kind in MIX}
    finally:
        server.terminate()
        server.wait(timeout=60)
        shutil.rmtree(work.parent, ignore_errors=True)
    weighted = {kind: MIX[kind] / 100 * costs[kind][0] for kind in MIX}
    mean = sum(weighted.values())
    print("| endpoint | mix % | CPU-ms per request | wall ms (alone) | share of server CPU |")
    print("|---|---|---|---|---|")
    for kind, (cpu, wall) in costs.items():
        print(f"| {kind} | {MIX[kind]:g} | {cpu:.1f} | {wall:.1f} | {weighted[kind] / mean:.0%} |")
    print(f"\nMean CPU-ms per request over the mix: {mean:.1f}.")


if __name__ == "__main__":
    main()
