"""The server's worker for the index queue: documents stored by another process (a
`policylink ingest` run while the server holds the search index) are indexed within seconds."""

import logging
import threading

from policylink.api import service
from policylink.api.settings import Settings
from policylink.search.index import IndexBusyError

POLL_SECONDS = 3.0
log = logging.getLogger(__name__)


class IndexQueueWorker:
    def __init__(self, settings: Settings, poll_seconds: float = POLL_SECONDS) -> None:
        self.settings = settings
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="policylink-index-queue", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            try:
                indexed = service.index_queued_documents(self.settings)
                if indexed:
                    log.info("đã đưa %d văn bản trong hàng đợi vào chỉ mục tìm kiếm", indexed)
            except IndexBusyError:
                pass  # another process (a `policylink reindex`) holds the index: try again later
            except Exception:  # the server must outlive one bad document; the entry stays queued
                log.exception("không đưa được hàng đợi vào chỉ mục tìm kiếm; sẽ thử lại")
            if self._stop.wait(self.poll_seconds):
                return
