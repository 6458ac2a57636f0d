"""Session-wide test set-up."""

import os
import tempfile
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page
from postgres_fixtures import SERVER_ENV, Cluster, start_cluster
from web_fixtures import chromium

# Every test data folder shares one embedding cache, so the corpus passages are embedded once
# per test session rather than once per folder (embedding dominates ingest time). The cache is
# the production mechanism itself (POLICYLINK_EMBEDDING_CACHE), not a stand-in.
_CACHE_DIR = tempfile.mkdtemp(prefix="policylink-tests-")
os.environ.setdefault("POLICYLINK_EMBEDDING_CACHE", os.path.join(_CACHE_DIR, "embeddings.sqlite"))


# The store's test modules run twice: on SQLite files and on a real PostgreSQL server.
POSTGRES_RUN = {"test_store_documents", "test_store_edges", "test_store_schema", "test_store_transactions",
                "test_store_registry", "test_store_concurrency"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.module.__name__ in POSTGRES_RUN and "store_backend" in metafunc.fixturenames:
        metafunc.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(autouse=True)
def store_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """`sqlite` everywhere; `postgresql` for the second run of the modules in POSTGRES_RUN, during
    which `store_fixtures.engine_at` (and any child process) opens the server's databases."""
    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        monkeypatch.setenv(SERVER_ENV, request.getfixturevalue("postgres_cluster").server_url)
    return backend


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium per web test module."""
    yield from chromium()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser context per test (no cookies from the one before), as people see the pages:
    1280×900, Vietnamese locale, downloads kept."""
    screen = {"width": 1280, "height": 900}
    context = browser.new_context(viewport=screen, locale="vi-VN", accept_downloads=True)
    yield context.new_page()
    context.close()
