"""What the routes share: the settings of the running app and finding a document in the graph.

Dependencies that only read the request are `async def`: FastAPI runs a plain `def` dependency in
its thread pool, a hop per dependency per request, and under load each hop waits its turn for the
interpreter lock behind the other requests' threads (`bench/results/load.md`)."""

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from policylink.api.settings import Settings
from policylink.graph.build import CitationGraph
from policylink.graph.queries import DocumentNotFound, find_document


async def _settings(request: Request) -> Settings:
    return request.app.state.settings


AppSettings = Annotated[Settings, Depends(_settings)]


def document_in(graph: CitationGraph, ref: str) -> str:
    """The id of `ref` (an id or a key such as `113-NQ/TU`); a 404 with advice otherwise."""
    try:
        return find_document(graph, ref)
    except DocumentNotFound as exc:
        message = str(exc).replace("bằng lệnh `policylink list`", "tại /api/v1/documents")
        raise HTTPException(status_code=404, detail=message) from None
