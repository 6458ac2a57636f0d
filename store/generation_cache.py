"""Values derived from the store, kept in memory while its generation stays the same.

A server derives costly views from the whole store (the citation graph, the tasks board's rows)
and asks for them on almost every request. Each is kept per database and name with the store's
generation (`database.generation`, moved by every write transaction of any process), checked with
one single-row query, so a write by this process or another one shows at once.
"""

import threading
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa

from policylink.store.database import generation

T = TypeVar("T")

_KEPT: dict[tuple[str, str], tuple[int, object]] = {}  # (database URL, name) -> (generation, value)
_LOCK = threading.Lock()


def per_generation(engine: sa.Engine, name: str, build: Callable[[sa.Connection], T]) -> T:
    """`build(conn)` for the store as it is now, the same object while no write moved its
    generation (callers only read it). The generation and the build read the same connection."""
    key = (engine.url.render_as_string(hide_password=False), name)
    with engine.connect() as conn:
        now = generation(conn)
        with _LOCK:
            kept = _KEPT.get(key)
            if kept is not None and kept[0] == now:
                return kept[1]  # type: ignore[return-value]
        value = build(conn)
    with _LOCK:
        _KEPT[key] = (now, value)
    return value
