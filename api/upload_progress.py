"""Where the server is with each upload the upload page follows: the page names its upload with an
id of its own (header `X-Upload-Id`) and asks `GET /api/v1/uploads/{id}` which step the file is at.
Kept in this process's memory only; an entry goes EXPIRE_S after its last step."""

import threading
import time
from dataclasses import dataclass
from typing import Literal

Step = Literal["read", "extract", "store", "index", "done"]
UPLOAD_ID_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
EXPIRE_S = 600.0
MAX_ENTRIES = 2000  # uploads followed at once; the oldest is dropped first beyond it


@dataclass(frozen=True)
class UploadStep:
    file: str
    step: str  # a Step
    at: float  # time.monotonic() when the step began


class UploadProgress:
    """The current step of each followed upload; shared by the request's worker thread (which
    reports) and the page's polling requests (which read)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._steps: dict[str, UploadStep] = {}

    def report(self, upload_id: str, file: str, step: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._steps.pop(upload_id, None)  # re-inserted last: the dict stays oldest first
            self._steps[upload_id] = UploadStep(file, step, now)
            self._forget(now)

    def get(self, upload_id: str) -> UploadStep | None:
        with self._lock:
            self._forget(time.monotonic())
            return self._steps.get(upload_id)

    def _forget(self, now: float) -> None:
        while self._steps:
            oldest_id, oldest = next(iter(self._steps.items()))
            if now - oldest.at <= EXPIRE_S and len(self._steps) <= MAX_ENTRIES:
                return
            del self._steps[oldest_id]
