"""The command line's read commands through a running `policylink serve` on the same data folder
(found from `server.json`): the server owns the search index, so `search`, `similar` and `status`
ask it instead of opening the index. The standard library's HTTP client, over the loopback."""

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from policylink.api import server_file
from policylink.api.settings import Settings
from policylink.search.drafting import DraftAdvice
from policylink.search.retrieval import SearchResult

TIMEOUT_S = 300


class RemoteError(RuntimeError):
    """The server answered with an error; the message is its Vietnamese `detail`."""


@dataclass(frozen=True)
class RunningServer:
    address: server_file.ServerAddress

    def _call(self, path: str, payload: dict | None = None) -> dict:
        data = json.dumps(payload).encode("utf-8") if payload is not None else None
        request = urllib.request.Request(self.address.url + path, data=data)
        request.add_header("Authorization", f"Bearer {self.address.token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            try:
                detail = json.loads(exc.read())["detail"]
            except (ValueError, KeyError, TypeError):
                detail = f"máy chủ trả lời {exc.code}"
            raise RemoteError(str(detail)) from None

    def search(self, query: str, limit: int, mode: str, **filters: object) -> list[SearchResult]:
        params: dict[str, object] = {"q": query, "limit": limit, "mode": mode}
        for name, value in filters.items():
            if value is not None:
                params[name] = str(value).lower() if isinstance(value, bool) else value
        answer = self._call("/api/v1/search?" + urllib.parse.urlencode(params))
        return [_result(item) for item in answer["results"]]

    def similar(self, text: str, limit: int) -> DraftAdvice:
        answer = self._call("/api/v1/similar", {"text": text, "limit": limit})
        return DraftAdvice(
            precedents=[_result(item) for item in answer["precedents"]],
            bodies=[(item["body"], item["count"]) for item in answer["bodies"]],
            deadlines=answer["deadlines"],
            citations=answer["citations"],
        )


def _result(item: dict) -> SearchResult:
    return SearchResult(**{**item, "highlights": [tuple(span) for span in item["highlights"]]})


def running_server(settings: Settings) -> RunningServer | None:
    """The server holding this data folder's index, when one runs and answers."""
    address = server_file.read(settings.data_dir)
    if address is None:
        return None
    try:
        with urllib.request.urlopen(address.url + "/openapi.json", timeout=5):
            return RunningServer(address)
    except (urllib.error.URLError, OSError):
        return None
