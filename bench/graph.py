"""Citation-graph benchmark: build, lineage, load from the store and incremental linking at 1k, 10k
and 100k synthetic documents, each beside a plain networkx baseline measured in the same run.

    .venv/bin/python -m bench.graph [--sizes 1000,10000,100000] [--out bench/results/graph.md]

Synthetic corpus: 20 provinces plus central documents; Party keys reused across provinces
(every province has its own 55-KL/TU) and across years; each document cites 1-4 earlier ones,
mostly of its own province or central, with cites/implements/based_on relations.
"""

import argparse
import gc
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import networkx as nx
import sqlalchemy as sa

from bench.machine import describe
from bench.results_file import write_report
from bench.timing import percentiles_ms
from policylink.core.identity import document_id
from policylink.graph.build import CitationGraph
from policylink.graph.queries import lineage
from policylink.graph.sync import link_extraction, load_graph
from policylink.store.database import create_store_engine, writing
from policylink.store.documents import merge_facts
from policylink.store.records import DocumentFacts, DocumentRecord, Edge
from policylink.store.schema import documents as documents_table
from policylink.store.schema import edges as edges_table

PROVINCES = [f"Tỉnh Số {i}" for i in range(20)]
TYPES = [("NQ", "Nghị quyết"), ("KL", "Kết luận"), ("KH", "Kế hoạch"), ("CT", "Chỉ thị")]
RELATIONS = ["cites", "cites", "implements", "based_on"]
LINEAGE_SAMPLES = 200
INCREMENTAL_SAMPLES = 20
LOAD_REPEATS = 3


def synthetic_corpus(size: int, seed: int = 7) -> tuple[list[DocumentRecord], list[Edge]]:
    rng = random.Random(seed)
    records: list[DocumentRecord] = []
    by_scope: dict[str | None, list[int]] = {}
    edges: list[Edge] = []
    for i in range(size):
        province = None if i % 10 == 0 else PROVINCES[i % len(PROVINCES)]
        code, doc_type = TYPES[i % len(TYPES)]
        number = i // len(PROVINCES) % 500 + 1  # same number in every province, again in later years
        year = 1995 + i * 30 // size
        key = f"{number}-{code}/{'TW' if province is None else 'TU'}"
        doc_id = document_id(key=key, jurisdiction=province, year=year)
        records.append(
            DocumentRecord(
                id=doc_id,
                key=key,
                doc_type=doc_type,
                number=str(number),
                symbol=key.split("-", 1)[1],
                issuer="Ban Thường vụ Tỉnh ủy",
                jurisdiction=province,
                issue_date=f"{year}-06-01",
                title=f"về việc số {i}",
                notes=None,
                origin="file",
                ingested=True,
                current_version=1,
            )
        )
        position = len(records) - 1
        for _ in range(rng.randint(1, 4)):
            pool = by_scope.get(province) if rng.random() < 0.7 else by_scope.get(None)
            if not pool:
                continue
            back = int(rng.expovariate(1 / 20))  # mostly recent documents, now and then an old one
            target = records[pool[max(0, len(pool) - 1 - back)]]
            edges.append(
                Edge(doc_id, target.key, rng.choice(RELATIONS), target.id, f"trích dẫn {target.key}", 1)
            )
        by_scope.setdefault(province, []).append(position)
    assert len({r.id for r in records}) == len(records), "synthetic ids must be unique"
    unique_edges = {(e.source_id, e.target_id, e.relation): e for e in edges}
    return records, list(unique_edges.values())


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _populate(engine: sa.Engine, records: list[DocumentRecord], edges: list[Edge]) -> None:
    document_rows = [
        {
            **{
                k: getattr(r, k)
                for k in (
                    "id",
                    "key",
                    "doc_type",
                    "number",
                    "symbol",
                    "issuer",
                    "jurisdiction",
                    "title",
                    "notes",
                    "origin",
                    "ingested",
                    "current_version",
                )
            },
            "issue_date": datetime.fromisoformat(r.issue_date).date(),
        }
        for r in records
    ]
    edge_rows = [
        {
            "stated_by": e.source_id,
            "source_id": e.source_id,
            "target_id": e.target_id,
            "target_key": e.target_key,
            "relation": e.relation,
            "evidence": e.evidence,
            "source_version": e.source_version,
        }
        for e in edges
    ]
    with writing(engine) as conn:
        conn.execute(documents_table.insert(), document_rows)
        conn.execute(edges_table.insert(), edge_rows)


def _new_document(i: int, records: list[DocumentRecord], rng: random.Random) -> dict:
    """A contract v1 extraction of a new Bắc Giang-like document citing three stored ones."""
    province = PROVINCES[0]
    cited = rng.sample([r for r in records if r.jurisdiction in (province, None)], 3)
    doc_id = document_id(key=f"{90000 + i}-KH/TU", jurisdiction=province, year=2030)
    text, citations = "", []
    for record in cited:
        mention = f"{record.doc_type} số {record.key} ngày 01/6/{record.issue_date[:4]}"
        citations.append(
            {
                "start": len(text),
                "end": len(text) + len(mention),
                "text": mention,
                "doc_type": record.doc_type,
                "number": record.number,
                "symbol": record.symbol,
                "key": record.key,
                "date": record.issue_date,
                "issuer": None,
                "subject": None,
                "relation": "implements",
                "source": doc_id,
                "target_id": record.id,
            }
        )
        text += mention + ";\n"
    document = {"id": doc_id, "key": f"{90000 + i}-KH/TU", "jurisdiction": province, "text": text}
    return {"document": document, "citations": citations}


def _bare_load(conn: sa.Connection) -> nx.DiGraph:
    target = edges_table.c.target_id
    query = sa.select(edges_table.c.source_id, target).where(target.isnot(None))
    return nx.DiGraph(list(conn.execute(query)))


def _bare_load_without_gc(conn: sa.Connection) -> nx.DiGraph:
    gc.disable()
    try:
        return _bare_load(conn)
    finally:
        gc.enable()


def _cpu_timed(action: Callable[[], object]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def _load_times(conn: sa.Connection) -> dict[str, float]:
    """CPU seconds, best of LOAD_REPEATS interleaved runs, of the system load and both bare loads.

    CPU time, not wall: on a machine shared with other jobs, wall time mostly measures the wait for a
    core (all three are single-threaded)."""
    runs: dict[str, list[float]] = {"load_s": [], "baseline_load_s": [], "baseline_nogc_load_s": []}
    for _ in range(LOAD_REPEATS):
        runs["load_s"].append(_cpu_timed(lambda: load_graph(conn)))
        runs["baseline_load_s"].append(_cpu_timed(lambda: _bare_load(conn)))
        runs["baseline_nogc_load_s"].append(_cpu_timed(lambda: _bare_load_without_gc(conn)))
    return {name: min(times) for name, times in runs.items()}


def measure(size: int, folder: Path) -> dict:
    records, edges = synthetic_corpus(size)
    row: dict = {"documents": len(records), "edges": len(edges)}
    row["build_s"], graph = timed(lambda: CitationGraph.from_edges(records, edges))
    tuples = [(e.source_id, e.target_id) for e in edges]
    row["baseline_build_s"], bare = timed(lambda: nx.DiGraph(tuples))
    rng = random.Random(size)
    roots = rng.sample([r.id for r in records], min(LINEAGE_SAMPLES, len(records)))
    system, baseline, reached = [], [], []
    for root in roots:
        spent, hood = timed(lambda root=root: lineage(graph, root))
        system.append(spent)
        reached.append(len(hood.depth) - 1)
        baseline.append(timed(lambda root=root: nx.descendants(bare, root))[0])
    row["lineage_p50_ms"], row["lineage_p95_ms"] = percentiles_ms(system)
    row["baseline_lineage_p50_ms"], row["baseline_lineage_p95_ms"] = percentiles_ms(baseline)
    row["lineage_mean_size"] = statistics.mean(reached)

    engine = create_store_engine(f"sqlite:///{folder / f'bench-{size}.db'}")
    _populate(engine, records, edges)
    with engine.connect() as conn:
        row.update(_load_times(conn))
    incremental = []
    for i in range(INCREMENTAL_SAMPLES):
        extraction = _new_document(i, records, rng)
        with writing(engine) as conn:
            merge_facts(
                conn,
                DocumentFacts(
                    key=extraction["document"]["key"], jurisdiction=PROVINCES[0], issue_date="2030-01-01"
                ),
                origin="file",
            )
            incremental.append(
                timed(lambda extraction=extraction, conn=conn: link_extraction(conn, extraction, 1))[0]
            )
    row["link_p50_ms"], row["link_p95_ms"] = percentiles_ms(incremental)
    engine.dispose()
    return row


def machine() -> str:
    return describe(f"networkx {nx.__version__}", f"SQLAlchemy {sa.__version__}")


def report(rows: list[dict]) -> str:
    lines = [
        "# Citation graph benchmark",
        "",
        f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} by `python -m bench.graph`.",
        f"Machine: {machine()}. The machine is shared with other jobs; compare columns of one row.",
        "",
        "System = `graph.build.CitationGraph` (DiGraph, document records beside the nodes, made from",
        "the store's rows when first asked for; relations and their evidence merged per pair) and",
        "`graph.queries.lineage` (depths + the edges among the reached documents). Baseline = a bare",
        "`nx.DiGraph` from (source, target) tuples and `nx.descendants`, on the same graph. Load = the",
        "whole graph from a SQLite store (`graph.sync.load_graph`, which pauses Python's cyclic garbage",
        "collector while it builds) against selecting edge tuples into a bare DiGraph (interpreter",
        "defaults), and the same bare load with the collector paused too; load times are CPU seconds,",
        f"best of {LOAD_REPEATS} interleaved runs each; load ratio = load / bare load (defaults).",
        "Link = `graph.sync.link_extraction` for one new document citing three stored",
        "ones (resolution, citation nodes, edges, re-link check), the incremental step of an ingest,",
        "to be set against reloading the whole graph.",
        "",
        "| documents | edges | build s | baseline build s | lineage p50/p95 ms | baseline lineage p50/p95 ms "
        "| mean lineage size | load CPU s | baseline load CPU s | load ratio | baseline, gc paused, CPU s "
        "| link p50/p95 ms |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['documents']:,} | {r['edges']:,} | {r['build_s']:.3f} | {r['baseline_build_s']:.3f} "
            f"| {r['lineage_p50_ms']:.2f} / {r['lineage_p95_ms']:.2f} "
            f"| {r['baseline_lineage_p50_ms']:.2f} / {r['baseline_lineage_p95_ms']:.2f} "
            f"| {r['lineage_mean_size']:.0f} | {r['load_s']:.2f} | {r['baseline_load_s']:.2f} "
            f"| {r['load_s'] / r['baseline_load_s']:.2f}× | {r['baseline_nogc_load_s']:.2f} "
            f"| {r['link_p50_ms']:.1f} / {r['link_p95_ms']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--out", type=Path, default=Path("bench/results/graph.md"))
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            rows.append(measure(size, Path(folder)))
            print(rows[-1], flush=True)
    write_report(args.out, report(rows))
    print(report(rows))


if __name__ == "__main__":
    main()
