"""The FastAPI application: web pages for people, JSON under /api/v1 for other systems."""

from dataclasses import asdict
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from api import service
from api.settings import Settings

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app for `settings` (from the environment when omitted); `uvicorn --factory` can call it."""
    settings = settings or Settings.from_env()
    app = FastAPI(title="policylink", version="0.1.0")

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        documents = service.list_documents(settings)
        return TEMPLATES.TemplateResponse(request, "home.html", {"documents": documents})

    @app.get("/api/v1/documents")
    def list_documents() -> list[dict]:
        return [asdict(record) for record in service.list_documents(settings)]

    # Ids contain slashes (`bac-giang/55-KL/TU/2021`), hence the `path` converter.
    @app.get("/api/v1/documents/{document_id:path}")
    def get_document(document_id: str) -> dict:
        view = service.get_document(settings, document_id)
        if view is None:
            raise HTTPException(
                status_code=404,
                detail=f"Không tìm thấy văn bản có mã '{document_id}'. Xem danh sách tại /api/v1/documents",
            )
        return service.document_payload(view)

    return app
