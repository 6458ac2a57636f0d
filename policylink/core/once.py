"""Loaders built once per process, however many threads ask at once.

`functools.cache` lets every thread that arrives before the first build ends run its own build: in
the server under load, each request needing the body rules (1.3 s of regular expressions to
compile, all of it under the interpreter lock) started another build while the first ran, and the
builds took the lock's turns from every search (bench/results/load.md). With `once`, the first
caller builds and the others wait for its value.
"""

import threading
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


def once(load: Callable[[], T]) -> Callable[[], T]:
    """`load()` run by the first caller only; concurrent callers wait for it, later ones get its
    value. A load that raises is tried again by the next caller."""
    lock = threading.Lock()
    built: list[T] = []

    @wraps(load)
    def loaded() -> T:
        if not built:
            with lock:
                if not built:
                    built.append(load())
        return built[0]

    return loaded
