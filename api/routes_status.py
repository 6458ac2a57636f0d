"""`GET /api/v1/status`: the search index, what waits in the index queue and why."""

from fastapi import APIRouter, Request

from policylink.api import index_status, service
from policylink.api.auth import READERS
from policylink.api.deps import AppSettings
from policylink.api.guards import ERROR_RESPONSES
from policylink.search.index import IndexBusyError

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES, dependencies=READERS)


@router.get("/status")
def status(request: Request, settings: AppSettings) -> dict:
    """Tình trạng chỉ mục tìm kiếm: số đoạn, số đoạn đã có vector ngữ nghĩa, các văn bản đang chờ
    trong hàng đợi lập chỉ mục và lý do (chờ máy chủ, lỗi kèm lần thử, thiếu vector)."""
    try:
        engine = service.search_engine(settings)
    except IndexBusyError:  # a `policylink reindex` holds the index: the queue is still worth showing
        engine = None
    worker = getattr(request.app.state, "index_worker", None)  # None: an app run without its lifespan
    return index_status.index_state(settings, engine, worker).to_dict()
