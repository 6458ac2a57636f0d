"""The citation graph kept in memory between requests, loaded again only when the store changed.

A server's pages and its JSON ask for the whole graph on almost every request; loading it costs
about 20 ms at 1,000 documents and seconds at 100,000, and the pages built from it cost more. The
graph is kept per store with the store's generation (`store.database.generation`, moved by every
write transaction of any process), checked on every request with one single-row query, so an
ingest by this process or by another one shows at once. Views derived from a graph (the graph
page's JSON, the document list's search text) are kept beside it with `derived`.
"""

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa

from policylink.graph.build import CitationGraph
from policylink.graph.sync import load_graph
from policylink.store.database import generation

T = TypeVar("T")

_GRAPHS: dict[str, tuple[int, CitationGraph]] = {}  # database URL -> (store generation, graph)
_LOCK = threading.Lock()
_DERIVED: "weakref.WeakKeyDictionary[CitationGraph, dict]" = weakref.WeakKeyDictionary()


def cached_graph(engine: sa.Engine) -> CitationGraph:
    """The store's whole citation graph, the same object while the store is unchanged (callers
    only read it)."""
    key = engine.url.render_as_string(hide_password=False)
    with engine.connect() as conn:
        now = generation(conn)
        with _LOCK:
            kept = _GRAPHS.get(key)
            if kept is not None and kept[0] == now:
                return kept[1]
        graph = load_graph(conn)
    with _LOCK:
        _GRAPHS[key] = (now, graph)
    return graph


def derived(graph: CitationGraph, name: str, build: Callable[[CitationGraph], T]) -> T:
    """`build(graph)`, computed once per graph object and `name`, dropped with the graph."""
    with _LOCK:
        views = _DERIVED.setdefault(graph, {})
        if name in views:
            return views[name]
    value = build(graph)
    with _LOCK:
        views[name] = value
    return value
