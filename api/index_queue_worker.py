"""The server's indexing worker: whatever the index queue holds — documents stored by a
`policylink ingest` beside the server, by the server's own routes, or left by a crash — is
indexed in batches (`service.index_queued_documents`), the queue looked at every POLL_SECONDS;
passages left without a dense vector are embedded in the background. What it holds and does is
written to the holder file (`index_status`), so `policylink status` run beside the server can
say what waits and why."""

import logging
import threading
from datetime import UTC, datetime

from policylink.api import index_status, service
from policylink.api.settings import Settings
from policylink.search.index import IndexBusyError

POLL_SECONDS = 0.5  # a SELECT on the queue's few rows: cheap beside the seconds it saves
STATE_SECONDS = 2.0  # how often the holder file is refreshed when nothing else changed
log = logging.getLogger(__name__)


class IndexQueueWorker:
    def __init__(self, settings: Settings, poll_seconds: float = POLL_SECONDS) -> None:
        self.settings = settings
        self.poll_seconds = poll_seconds
        self.started_at = datetime.now(UTC)
        self.indexed = 0  # documents taken off the queue since the start
        self.last_indexed_at: datetime | None = None
        self.last_error: str | None = None  # the last cycle's failure (the index busy, a broken store)
        self._opened = False  # the search engine opened, its background embedding started
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="policylink-index-queue", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        index_status.forget_holder(self.settings)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _cycle(self) -> int:
        """One look at the queue: index a batch; the number indexed."""
        try:
            if not self._opened:  # embed what a crash or a stopped server left without vectors
                service.search_engine(self.settings).indexer.start_background()
                self._opened = True
            indexed = service.index_queued_documents(self.settings)
            self.last_error = None
        except IndexBusyError as exc:  # another process (a `policylink reindex`) holds the index
            self.last_error = str(exc)
            return 0
        except Exception as exc:  # the server must outlive a broken cycle; the queue keeps its entries
            log.exception("không đưa được hàng đợi vào chỉ mục tìm kiếm; sẽ thử lại")
            self.last_error = f"{type(exc).__name__}: {exc}"[:500]
            return 0
        if indexed:
            self.indexed += indexed
            self.last_indexed_at = datetime.now(UTC)
            log.info("đã đưa %d văn bản trong hàng đợi vào chỉ mục tìm kiếm", indexed)
        return indexed

    def _run(self) -> None:
        published = 0.0
        while True:
            indexed = self._cycle()
            now = datetime.now(UTC).timestamp()
            if indexed or now - published >= STATE_SECONDS:
                self._publish()
                published = now
            if indexed >= service.QUEUE_BATCH and not self._stop.is_set():
                continue  # more may wait: no pause between full batches
            if self._stop.wait(self.poll_seconds):
                return

    def _publish(self) -> None:
        try:
            index_status.write_holder(self.settings, self)
        except Exception:  # noqa: BLE001 - the status file is a courtesy; indexing goes on without it
            log.exception("không ghi được tệp tình trạng chỉ mục")
