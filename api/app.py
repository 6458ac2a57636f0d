"""The FastAPI application: web pages for people, JSON under /api/v1 for other systems."""

import importlib.util
import os
import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from policylink.api import (
    auth,
    nlp_worker,
    routes_accounts,
    routes_api,
    routes_document_writes,
    routes_documents,
    routes_graph,
    routes_pages,
    routes_status,
    routes_tasks,
    routes_teaching,
    server_file,
    service,
)
from policylink.api.guards import HeavyWork, RequestGuard, error_response, http_error, validation_error
from policylink.api.index_queue_worker import IndexQueueWorker
from policylink.api.settings import Settings
from policylink.api.sign_in_limits import SignInLimits
from policylink.api.templating import TEMPLATES
from policylink.api.upload_progress import UploadProgress
from policylink.search.diacritics import lexicon
from policylink.search.engine import search_folder
from policylink.search.index import IndexBusyError

# Swagger UI's files as the fastapi-offline package ships them (a Swagger UI that reads OpenAPI 3.1).
SWAGGER_UI_FILES = Path(importlib.util.find_spec("fastapi_offline").origin).parent / "static"


async def _index_busy(request: Request, exc: Exception) -> Response:
    """Another process (a `policylink reindex`) holds the search index: try again shortly."""
    return error_response(request, 503, str(exc), {"Retry-After": "10"})


def _warm_up(settings: Settings) -> None:
    """What the first requests would otherwise load, done as the server starts: the word list behind
    diacritics restoration (counted once per data folder, seconds), and the NLP models and body
    rules one extraction loads (seconds; the tasks board needs the rules too)."""
    lexicon(search_folder(settings.data_dir))
    nlp_worker.warm_up(settings)


def create_app(settings: Settings | None = None, address: tuple[str, int] | None = None) -> FastAPI:
    """The app for `settings` (from the environment when omitted); `uvicorn --factory` can call it.
    With the `address` it listens on, it names itself in the data folder (`server_file`) while it
    runs, so the command line's read commands go through it."""
    settings = settings or Settings.from_env()
    local_token = secrets.token_urlsafe(32)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if address:
            named = server_file.ServerAddress(server_file.local_url(*address), os.getpid(), local_token)
            server_file.write(settings.data_dir, named)
        queue_worker = app.state.index_worker = IndexQueueWorker(settings)
        queue_worker.start()
        threading.Thread(target=_warm_up, args=(settings,), daemon=True).start()
        workers = None
        if settings.nlp_workers:
            workers = nlp_worker.NlpWorkers(settings.nlp_workers, settings, settings.heavy_timeout_s + 5)
            app.state.nlp_work = HeavyWork(
                settings.nlp_workers, settings.heavy_wait_s, settings.heavy_timeout_s, workers.start
            )
        yield
        if workers:
            workers.close()
        queue_worker.stop()
        # stops embedding after its batch in hand (the next holder embeds the rest), releases the index
        service.close_search_engine(settings, finish_vectors=False)
        if address:
            server_file.remove(settings.data_dir, os.getpid())

    app = FastAPI(
        lifespan=lifespan,
        docs_url=None,  # served below from local files: offices on an intranet reach no CDN
        redoc_url=None,
        title="policylink",
        version="0.1.0",
        description="Trích xuất, liên kết và tra cứu văn bản chỉ đạo. Lỗi trả về `detail` bằng tiếng Việt.",
    )
    app.state.settings = settings
    app.state.local_token = local_token
    app.state.upload_progress = UploadProgress()
    app.state.sign_in_limits = SignInLimits()
    app.state.heavy_work = HeavyWork(settings.heavy_slots, settings.heavy_wait_s, settings.heavy_timeout_s)
    app.state.nlp_work = app.state.heavy_work  # the NLP worker processes' queue once they start
    app.add_middleware(RequestGuard, settings=settings)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(IndexBusyError, _index_busy)
    TEMPLATES.env.globals["signed_in"] = auth.signed_in
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.mount("/swagger-ui", StaticFiles(directory=SWAGGER_UI_FILES), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="policylink — API",
            swagger_js_url="/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/swagger-ui/favicon.png",
        )

    # before routes_api: its DELETE shares a path with a GET
    app.include_router(routes_document_writes.router)
    app.include_router(routes_api.router)
    app.include_router(routes_documents.router)
    app.include_router(routes_graph.router)
    app.include_router(routes_accounts.router)
    app.include_router(routes_status.router)
    app.include_router(routes_tasks.router)
    app.include_router(routes_teaching.router)
    app.include_router(routes_pages.router)
    return app
