"""Commands for the citation graph (`policylink graph ...`) and the citation check of a draft."""

import sys
from dataclasses import asdict
from pathlib import Path

import click

from policylink.api import service
from policylink.api.cli_output import echo_json
from policylink.api.settings import Settings
from policylink.graph import queries
from policylink.graph.build import CitationGraph
from policylink.graph.check import CitationCheck, canonical_line, check_text
from policylink.graph.render import RenderError
from policylink.graph.resolve import Catalogue
from policylink.graph.sync import load_graph, relink_citers, stated_facts
from policylink.graph.validity import validities
from policylink.ingest.model import IngestError
from policylink.ingest.pipeline import ingest_file
from policylink.store.database import open_store, writing
from policylink.store.twins import MergeError, merge_documents

_STATUS_WORDS = {"known": "có trong kho", "unknown": "chưa có trong kho", "ambiguous": "chưa xác định được"}


def _graph() -> CitationGraph:
    return service.citation_graph(Settings.from_env())


def _find(graph: CitationGraph, ref: str) -> str:
    try:
        return queries.find_document(graph, ref)
    except queries.DocumentNotFound as exc:
        raise click.ClickException(str(exc)) from None


def _describe(graph: CitationGraph, doc_id: str) -> str:
    return f"{canonical_line(graph.record(doc_id))} [{doc_id}]"


def _echo_tree(graph: CitationGraph, hood: queries.Neighbourhood, forward: bool) -> None:
    """The neighbourhood as an indented tree, each document once, from the root outwards."""
    edges = [(s, t, r) if forward else (t, s, r) for s, t, r, _ in hood.edges]
    shown = {hood.root}

    def walk(node: str, level: int) -> None:
        for _, child, relation in sorted(e for e in edges if e[0] == node):
            if child in shown:
                continue
            shown.add(child)
            click.echo(f"{'   ' * level}└─ {queries.RELATION_LABELS[relation]}: {_describe(graph, child)}")
            walk(child, level + 1)

    click.echo(_describe(graph, hood.root))
    walk(hood.root, 1)


def _echo_hood(graph: CitationGraph, hood: queries.Neighbourhood, as_json: bool, forward: bool) -> None:
    if not as_json:
        _echo_tree(graph, hood, forward)
        return
    echo_json(
        {
            "root": hood.root,
            "documents": [{"id": d, "depth": n} for d, n in hood.depth.items()],
            "edges": [{"source": s, "target": t, "relation": r, "evidence": e} for s, t, r, e in hood.edges],
        }
    )


@click.group("graph")
def graph_group() -> None:
    """Đồ thị trích dẫn: nguồn gốc, văn bản trích dẫn, đường nối, văn bản còn thiếu, xuất đồ thị."""


@graph_group.command("lineage")
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def lineage_command(ref: str, as_json: bool) -> None:
    """Các văn bản mà văn bản REF (mã hoặc số hiệu) dựa trên, theo bắc cầu."""
    graph = _graph()
    _echo_hood(graph, queries.lineage(graph, _find(graph, ref)), as_json, forward=True)


@graph_group.command("descendants")
@click.argument("ref")
@click.option("--all-relations", is_flag=True, help="Mọi quan hệ, không chỉ 'thực hiện'.")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def descendants_command(ref: str, all_relations: bool, as_json: bool) -> None:
    """Các văn bản thực hiện văn bản REF, theo bắc cầu."""
    graph = _graph()
    hood = queries.descendants(graph, _find(graph, ref), relations=None if all_relations else ("implements",))
    _echo_hood(graph, hood, as_json, forward=False)


@graph_group.command("cited-by")
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def cited_by_command(ref: str, as_json: bool) -> None:
    """Các văn bản trích dẫn trực tiếp văn bản REF."""
    graph = _graph()
    doc_id = _find(graph, ref)
    citing = queries.cited_by(graph, doc_id)
    if as_json:
        echo_json(
            {"id": doc_id, "cited_by": [{"source": s, "relation": r, "evidence": e} for s, r, e in citing]}
        )
        return
    click.echo(f"{_describe(graph, doc_id)}\nđược {len({s for s, _, _ in citing})} văn bản trích dẫn:")
    for source, relation, evidence in citing:
        click.echo(f"- {queries.RELATION_LABELS[relation]}: {_describe(graph, source)}")
        for passage in evidence:
            click.echo(f"    «{passage}»")


@graph_group.command("path")
@click.argument("start")
@click.argument("end")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def path_command(start: str, end: str, as_json: bool) -> None:
    """Chuỗi trích dẫn ngắn nhất nối hai văn bản."""
    graph = _graph()
    a, b = _find(graph, start), _find(graph, end)
    steps = queries.path(graph, a, b)
    if as_json:
        echo_json(
            {
                "from": a,
                "to": b,
                "path": [{"source": s, "target": t, "relation": r} for s, t, r in steps or []],
            }
        )
        return
    if steps is None:
        raise click.ClickException(f"Không có chuỗi trích dẫn nào nối {a} và {b}.")
    for source, target, relation in steps:
        click.echo(
            f"{_describe(graph, source)}\n  —{queries.RELATION_LABELS[relation]}→ {_describe(graph, target)}"
        )


@graph_group.command("missing")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def missing_command(as_json: bool) -> None:
    """Văn bản được trích dẫn nhưng chưa nạp toàn văn (nên bổ sung), và trích dẫn chưa xác định được."""
    graph = _graph()
    waiting = queries.missing(graph)
    unresolved = queries.unresolved_by_key(graph)
    if as_json:
        echo_json(
            {
                "missing": [{"id": r.id, "key": r.key, "cited_by": n} for r, n in waiting],
                "unresolved": {
                    k: [{"source": e.source_id, "evidence": e.evidence} for e in v]
                    for k, v in unresolved.items()
                },
            }
        )
        return
    click.echo(f"{len(waiting)} văn bản chưa nạp toàn văn (nhiều lượt trích dẫn trước):")
    for record, count in waiting:
        click.echo(f"- {count} lượt: {_describe(graph, record.id)}")
    if unresolved:
        click.echo(
            f"{len(unresolved)} số hiệu được trích dẫn nhưng chưa xác định được văn bản "
            "(thiếu ngày hoặc trùng số):"
        )
        for key, edges in unresolved.items():
            click.echo(f"- {key}: trong {', '.join(sorted({e.source_id for e in edges}))}")


@graph_group.command("conflicts")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def conflicts_command(as_json: bool) -> None:
    """Văn bản được các nguồn ghi ngày ban hành khác nhau, và các cặp mã có lẽ cùng một văn bản."""
    with open_store(Settings.from_env().database_url).connect() as conn:
        graph = load_graph(conn)
        found = queries.conflicts(graph, stated_facts(conn, graph))
    twins = queries.duplicates(graph)
    if as_json:
        echo_json({"dates": [asdict(c) for c in found], "duplicates": [asdict(t) for t in twins]})
        return
    click.echo(f"{len(found)} văn bản có ngày ban hành không thống nhất:")
    for conflict in found:
        stated = "; ".join(f"{d} theo {', '.join(who)}" for d, who in conflict.dates.items())
        click.echo(f"- {conflict.key} [{conflict.target_id}]: {stated}")
    click.echo(f"{len(twins)} cặp mã có lẽ là một văn bản (cùng số hiệu, địa phương; một bên không rõ năm):")
    for twin in twins:
        how = twin.merge or "cả hai đều có toàn văn: xóa bản thừa bằng `policylink delete` rồi gộp"
        click.echo(f"- {twin.key}: {' và '.join(twin.ids)} → {how}")


@graph_group.command("merge")
@click.argument("away")
@click.argument("into")
def merge_command(away: str, into: str) -> None:
    """Gộp văn bản AWAY (chỉ biết qua trích dẫn hoặc danh mục) vào văn bản INTO; quan hệ chuyển sang INTO."""
    with writing(open_store(Settings.from_env().database_url)) as conn:
        try:
            record = merge_documents(conn, away, into)
        except MergeError as exc:
            raise click.ClickException(str(exc)) from None
        relinked = relink_citers(conn, [record.key] if record.key else [])
    click.echo(f"Đã gộp {away} vào {into}; liên kết lại {len(relinked)} văn bản trích dẫn.")


@graph_group.command("export")
@click.option("--format", "fmt", type=click.Choice(service.EXPORT_FORMATS), default="json", show_default=True)
@click.option("--root", help="Chỉ xuất vùng lân cận của văn bản này (mã hoặc số hiệu).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Ghi ra tệp thay vì màn hình.")
def export_command(fmt: str, root: str | None, out: Path | None) -> None:
    """Xuất đồ thị: json, graphml, dot, mermaid, hoặc hình svg/png (cần Graphviz)."""
    graph = _graph()
    try:
        data = service.export_graph(graph, fmt, _find(graph, root) if root else None).data
    except RenderError as exc:
        raise click.ClickException(str(exc)) from None
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        out.write_bytes(data)
        click.echo(f"Đã ghi {out} ({len(data)} byte).", err=True)


def _echo_check(check: CitationCheck) -> None:
    click.echo(f"• {check.text}\n  → {check.key}: {_STATUS_WORDS[check.status]}")
    if check.document_id:
        click.echo(f"    mã: {check.document_id}")
    for problem in check.problems:
        click.echo(f"    ! {problem.message}")
    if check.status == "ambiguous":
        click.echo(f"    có thể là: {', '.join(check.candidates)} — hãy ghi rõ ngày ban hành")
    if check.note:
        click.echo(f"    {check.note}")
    if check.canonical:
        click.echo(f"    Trích dẫn chuẩn: {check.canonical}")


@click.command("check-citations")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--jurisdiction", help="Địa phương của dự thảo (vd. 'Bắc Giang'), nếu phần đầu dự thảo không ghi."
)
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def check_citations_command(file: Path, jurisdiction: str | None, as_json: bool) -> None:
    """Kiểm tra các trích dẫn trong dự thảo FILE.

    Văn bản được trích dẫn có trong kho không; số, ngày, cơ quan ban hành, loại văn bản có đúng không.
    """
    settings = Settings.from_env()
    try:
        draft = ingest_file(file, max_bytes=settings.max_file_bytes)
    except IngestError as exc:
        raise click.ClickException(str(exc)) from None
    place = jurisdiction or draft.header.jurisdiction
    graph = service.citation_graph(settings)
    checks = check_text(draft.text, place, Catalogue(graph.records()), validities(graph))
    if as_json:
        echo_json({"jurisdiction": place, "citations": [asdict(c) for c in checks]})
        return
    flagged = sum(1 for c in checks if c.status != "known" or c.problems)
    click.echo(f"Dự thảo {file.name}: {len(checks)} trích dẫn, {flagged} cần xem lại.")
    for check in checks:
        _echo_check(check)


COMMANDS = (graph_group, check_citations_command)
