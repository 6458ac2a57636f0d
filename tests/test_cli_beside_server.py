"""`policylink search`, `status` and `similar` while a real `policylink serve` process holds the same
data folder's search index (Qdrant Edge allows one process): they go through the server, found by
the `server.json` it writes in the data folder, and answer as they do without a server."""

import json
import stat
from pathlib import Path

import pytest
from web_fixtures import corpus_data_dir, policylink, serve


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_data_dir(tmp_path_factory)


def test_read_commands_work_beside_a_running_server(data_dir: Path) -> None:
    server = serve(data_dir)
    url = next(server)
    try:
        named = data_dir / "server.json"
        assert json.loads(named.read_text())["url"] == url
        assert stat.S_IMODE(named.stat().st_mode) == 0o600  # holds the local token

        found = policylink(data_dir, "search", "giải phóng mặt bằng", "--limit", "3")
        assert found.returncode == 0, found.stderr
        assert "1. " in found.stdout and "chỉ mục đang được" not in found.stderr

        as_json = policylink(data_dir, "search", "hạ tầng giao thông", "--json", "-k", "5", "--has-deadline")
        assert as_json.returncode == 0, as_json.stderr
        results = json.loads(as_json.stdout)["results"]
        assert results and all(r["deadlines"] for r in results)

        status = policylink(data_dir, "status", "--json")
        assert status.returncode == 0, status.stderr
        figures = json.loads(status.stdout)
        assert figures["holder"] == "server" and figures["index"]["passages"] > 0 and figures["queued"] == 0

        similar = policylink(data_dir, "similar", "Giao Ủy ban nhân dân tỉnh chủ trì rà soát quy hoạch")
        assert similar.returncode == 0, similar.stderr
        assert "Cơ quan được giao trong các tiền lệ" in similar.stdout

        empty = policylink(data_dir, "search", "   ")
        assert empty.returncode == 2 and "trống" in empty.stderr
    finally:
        server.close()
    assert not (data_dir / "server.json").exists()  # the server takes its name away when it stops
    alone = policylink(data_dir, "search", "giải phóng mặt bằng", "--limit", "3")
    assert alone.returncode == 0 and "1. " in alone.stdout  # and the command opens the index itself
