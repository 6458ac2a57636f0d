"""The citation graph kept in memory between requests, loaded again only when the store changed.

A server's pages and its JSON ask for the whole graph on almost every request; loading it costs
about 20 ms at 1,000 documents and seconds at 100,000, and the pages built from it cost more. The
graph is kept per store with the store's generation (`store.generation_cache`), checked on every
request with one single-row query, so an ingest by this process or by another one shows at once.
Views derived from a graph (the graph page's JSON, the document list's search text) are kept beside
it with `derived`.
"""

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa

from policylink.graph.build import CitationGraph
from policylink.graph.sync import load_graph
from policylink.store.generation_cache import per_generation

T = TypeVar("T")

_LOCK = threading.Lock()
_DERIVED: "weakref.WeakKeyDictionary[CitationGraph, dict]" = weakref.WeakKeyDictionary()


def cached_graph(engine: sa.Engine) -> CitationGraph:
    """The store's whole citation graph, the same object while the store is unchanged (callers
    only read it)."""
    return per_generation(engine, "citation-graph", load_graph)


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
