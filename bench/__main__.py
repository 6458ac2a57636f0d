"""`python -m bench`: run every benchmark module listed here, one after the other."""

import importlib

MODULES = ["bench.ingest", "bench.graph", "bench.extract", "bench.hostile", "bench.kills", "bench.pages"]


def main() -> None:
    for name in MODULES:
        print(f"== {name}", flush=True)
        importlib.import_module(name).main()


if __name__ == "__main__":
    main()
