"""The pages at real sizes: 1,000 generated documents (tests/scale_fixtures.py: the test directive
and plan with numbers, dates, provinces and subjects varied) stored and linked as `policylink
ingest` does (the search index left aside: the list and the graph read the store only), a real
`policylink serve` over them, and the response times of the document list, its API, the graph's
data and the graph page, with the time Chromium takes to draw the whole graph. It checks as it
goes: the pages cover every document once, the graph holds every document. Results:
bench/results/pages.md.

    .venv/bin/python -m bench.pages [--docs 1000] [--out bench/results/pages.md]
"""

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import httpx

from bench.machine import describe
from bench.timing import percentiles_ms
from policylink.api import service
from policylink.api.graph_view import whole_json
from policylink.graph.sync import load_graph
from policylink.store.database import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from scale_fixtures import SUBJECTS, generate, store_generated  # noqa: E402
from web_fixtures import chromium, serve, settings_for  # noqa: E402

REPEATS = 20


def _timed(call: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float, float]:
    """First call's seconds, then median and p95 (ms) of `repeats` more."""
    start = time.perf_counter()
    call()
    first = time.perf_counter() - start
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return (first * 1000, *percentiles_ms(samples))


def _get(client: httpx.Client, path: str, params: dict | None = None) -> Callable[[], httpx.Response]:
    def call() -> httpx.Response:
        response = client.get(path, params=params)
        assert response.status_code == 200, (path, params, response.status_code, response.text[:300])
        return response

    return call


def _check_pages(client: httpx.Client, total: int) -> None:
    """Every document on exactly one page of 100, and the total said on each."""
    seen: list[str] = []
    pages = -(-total // 100)
    for number in range(1, pages + 1):
        listing = client.get("/api/v1/documents", params={"per_page": 100, "page": number}).json()
        assert listing["total"] == total and listing["pages"] == pages, listing
        seen += [item["id"] for item in listing["items"]]
    assert len(seen) == total == len(set(seen)), (len(seen), total)


def _browser_draw(url: str) -> tuple[float, int]:
    """Seconds from opening /do-thi to the drawn graph (layout done), and the nodes drawn."""
    browsers = chromium()
    browser = next(browsers)
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        start = time.perf_counter()
        page.goto(url + "/do-thi")
        page.wait_for_selector("#graph[data-ready='1']", timeout=300_000)
        seconds = time.perf_counter() - start
        nodes = page.evaluate("window.policylinkGraph.nodes().length")
        page.screenshot(path=str(Path(tempfile.gettempdir()) / "policylink-graph-1000.png"))
        return seconds, nodes
    finally:
        browsers.close()


def run(count: int) -> tuple[list[str], dict]:
    rows: list[str] = []
    facts: dict = {}
    with tempfile.TemporaryDirectory(prefix="policylink-pages-") as folder:
        data_dir = Path(folder)
        settings = settings_for(data_dir)
        documents = generate(data_dir / "sources", count)
        start = time.perf_counter()
        store_generated(settings, documents)
        facts["store_s"] = time.perf_counter() - start
        engine = open_store(settings.database_url)
        with engine.connect() as conn:
            start = time.perf_counter()
            graph = load_graph(conn)
            facts["load_ms"] = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        facts["json_bytes"] = len(whole_json(graph))
        facts["json_ms"] = (time.perf_counter() - start) * 1000
        total = graph.nx.number_of_nodes()
        facts.update(nodes=total, edges=graph.nx.number_of_edges())
        service.close_search_engine(settings)

        servers = serve(data_dir)
        url = next(servers)
        try:
            with httpx.Client(base_url=url, timeout=120) as client:
                _check_pages(client, total)
                view = client.get("/api/v1/graph/view").json()
                assert len(view["nodes"]) == total and len(view["edges"]) == facts["edges"]
                subject = SUBJECTS[1]
                wanted = sum(d.subject == subject for d in documents)
                found = client.get("/api/v1/documents", params={"q": "chuyen doi so"}).json()["total"]
                assert found == wanted, (found, wanted)
                center = documents[count // 2].key
                cases = [
                    ("`/` (first page, newest first)", "/", None),
                    ("`/?q=chuyen doi so` (search without diacritics)", "/", {"q": "chuyen doi so"}),
                    ("`/?sort=number&page=10`", "/", {"sort": "number", "page": 10}),
                    ("`/?type=Kế hoạch&scope=ha-nam&year=2020`", "/",
                     {"type": "Kế hoạch", "scope": "ha-nam", "year": 2020}),
                    ("`GET /api/v1/documents?per_page=50&page=5`", "/api/v1/documents",
                     {"per_page": 50, "page": 5}),
                    ("`GET /api/v1/graph/view` (whole graph)", "/api/v1/graph/view", None),
                    (f"`GET /api/v1/graph/view?center={center}&depth=2`", "/api/v1/graph/view",
                     {"center": center, "depth": 2}),
                    ("`/do-thi` (page, without drawing)", "/do-thi", None),
                    (f"`/do-thi?tam={center}&buoc=2`", "/do-thi", {"tam": center, "buoc": 2}),
                ]
                for label, path, params in cases:
                    first, p50, p95 = _timed(_get(client, path, params))
                    rows.append(f"| {label} | {first:.0f} | {p50:.1f} / {p95:.1f} |")
            facts["draw_s"], drawn = _browser_draw(url)
            assert drawn == total, (drawn, total)
        finally:
            servers.close()
    return rows, facts


def report(count: int, rows: list[str], facts: dict) -> str:
    machine = describe(
        f"SQLAlchemy {version('sqlalchemy')}",
        f"networkx {version('networkx')}",
        f"FastAPI {version('fastapi')}",
        "Chromium (Debian) headless",
        "cytoscape 3.35.0 + cytoscape-fcose 2.2.0",
    )
    return "\n".join([
        "# Pages at real sizes",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m bench.pages --docs {count}`.",
        f"Machine: {machine}. The machine is shared with other jobs; figures vary with its load.",
        "",
        f"{count:,} generated documents (`tests/scale_fixtures.py`: directives and plans over five",
        "provinces, each plan carrying out a directive of its province, each directive a central resolution",
        "known only by citation) stored, extracted and linked as `policylink ingest` does, without the",
        f"search index: {facts['store_s']:.0f} s in all ({count / facts['store_s']:.1f} documents/s). "
        "The graph: "
        f"{facts['nodes']:,} documents, {facts['edges']:,} edges; loading it from SQLite takes "
        f"{facts['load_ms']:.0f} ms and building the page's JSON ({facts['json_bytes'] / 1024:.0f} KiB) "
        f"{facts['json_ms']:.0f} ms, both done once per change of the store (`graph.cache`).",
        "",
        "Requests to a real `policylink serve` (uvicorn, one process) over HTTP on the same machine:",
        f"the first request, then median / p95 of {REPEATS} more. Checked on the way: pages of 100 cover",
        "every document once with the same total, the search finds exactly the documents of its subject,",
        "the graph's JSON and the drawn graph hold every document.",
        "",
        "| request | first ms | then p50 / p95 ms |",
        "|---|---:|---:|",
        *rows,
        "",
        f"Chromium headless, `/do-thi` opened to the whole graph drawn ({facts['nodes']:,} nodes, fcose "
        f"layout, 10⁶ ÷ nodes force passes): {facts['draw_s']:.1f} s.",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("bench/results/pages.md"))
    args = parser.parse_args()
    rows, facts = run(args.docs)
    text = report(args.docs, rows, facts)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
