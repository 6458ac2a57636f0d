"""The citation graph the server keeps between requests is rebuilt when any process writes to the
store (its generation moved), and only then."""

from pathlib import Path

from store_fixtures import make_document
from web_fixtures import settings_for

from policylink.api import service
from policylink.store.database import create_store_engine, generation, open_store, writing
from policylink.store.documents import save_ingested


def test_the_graph_is_kept_until_a_write_from_another_process_moves_the_generation(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "data")
    with writing(open_store(settings.database_url)) as conn:
        first = save_ingested(conn, make_document("Văn bản thứ nhất.", key="11-CT/TU")).document_id
    graph = service.citation_graph(settings)
    assert first in graph and service.citation_graph(settings) is graph  # nothing written: kept

    other_process = create_store_engine(settings.database_url)  # its own engine and connections
    with other_process.connect() as conn:
        before = generation(conn)
    with writing(other_process) as conn:
        second = save_ingested(conn, make_document("Văn bản thứ hai.", key="12-CT/TU")).document_id
    with other_process.connect() as conn:
        assert generation(conn) == before + 1
    other_process.dispose()

    rebuilt = service.citation_graph(settings)
    assert rebuilt is not graph and second in rebuilt and first in rebuilt
