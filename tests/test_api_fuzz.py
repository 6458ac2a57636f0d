"""A bounded schemathesis run against the app in process (no network): every operation of the
JSON API with generated valid and invalid input; 0 server errors, every response as documented."""

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from web_fixtures import settings_for

from policylink.api.app import create_app

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


# The schema is read when the module is collected, so the app is built then, over a folder that
# the fixture below removes when the module's cases are done.
_DATA = tempfile.TemporaryDirectory(prefix="policylink-fuzz-")
APP = create_app(settings_for(Path(_DATA.name)))
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def running_app() -> Iterator[None]:
    """The app started once; its models loaded before the first case."""
    with TestClient(APP) as client:
        assert client.get("/api/v1/search", params={"q": "giải phóng mặt bằng"}).status_code == 200
        draft = {"text": "Thực hiện Nghị quyết số 06-NQ/TW"}
        assert client.post("/api/v1/check-citations", json=draft).status_code == 200
        yield
    _DATA.cleanup()


@SCHEMA.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_api_operations(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=CHECKS, timeout=300)  # a generous read timeout: CI machines vary
