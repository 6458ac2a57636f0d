"""Search commands: search, similar, reindex, status (the retrieval eval is `policylink eval --search`)."""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from policylink.api import index_status, service
from policylink.api.cli_output import echo_json
from policylink.api.guards import DRAFT_MAX_CHARS
from policylink.api.remote import RemoteError, running_server
from policylink.api.settings import Settings
from policylink.api.templating import plain, vietnamese_date
from policylink.search.drafting import advise
from policylink.search.engine import SearchEngine
from policylink.search.highlight import MARKED
from policylink.search.index import IndexBusyError
from policylink.search.retrieval import MODES, SearchResult, filters_from, group_by_document

T = TypeVar("T")


def _engine(settings: Settings) -> SearchEngine:
    try:
        return service.search_engine(settings)
    except IndexBusyError as exc:
        raise click.ClickException(str(exc)) from None


def _through(call: Callable[[], T]) -> T:
    """A read answered by the running server that holds the index; its refusal as a usage error."""
    try:
        return call()
    except RemoteError as exc:
        raise click.UsageError(str(exc)) from None


def _opened_here(settings: Settings, read: Callable[[SearchEngine], T]) -> T:
    """A read on the index this process opens (no server holds it), released afterwards; a bad
    query as a usage error."""
    engine = _engine(settings)
    try:
        return read(engine)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    finally:
        service.close_search_engine(settings)


def _highlighted(snippet: str) -> str:
    """The words the query matched in bold (a terminal shows it; `click.echo` drops the styling
    when the output goes to a file or a pipe) instead of the search's raw markers."""
    return plain(MARKED.sub(lambda m: click.style(m.group(1), bold=True), snippet))


def _listing(results: list[SearchResult]) -> str:
    if not results:
        return "Không tìm thấy đoạn văn bản nào phù hợp."
    lines = []
    for i, r in enumerate(results, start=1):
        doc = r.doc_key or r.title or r.document_id
        when = f", {vietnamese_date(r.issue_date)}" if r.issue_date else ""
        lines.append(f"{i}. {r.doc_type or 'Văn bản'} {doc}{when}")
        if r.heading_path:
            lines.append(f"   Mục: {r.heading_path}")
        lines.append(f"   {_highlighted(r.snippet)}")
        if r.bodies:
            lines.append(f"   Cơ quan: {'; '.join(r.bodies)}")
        if r.deadlines:
            lines.append(f"   Thời hạn: {'; '.join(d['text'] for d in r.deadlines)}")
    return "\n".join(lines)


def _document_summary(hits: list[SearchResult]) -> dict:
    """A document of the results in the JSON output: its best passage's score, its passages' ids."""
    best = hits[0]
    return {
        "document_id": best.document_id,
        "doc_key": best.doc_key,
        "title": best.title,
        "best_score": best.score,
        "passages": [hit.passage_id for hit in hits],
    }


@click.command("search")
@click.argument("query")
@click.option("--type", "doc_type", help="Loại văn bản, ví dụ: 'Kết luận', 'Chỉ thị'.")
@click.option("--issuer", help="Cơ quan ban hành, ví dụ: 'Ban Thường vụ Tỉnh ủy'.")
@click.option("--jurisdiction", help="Địa phương, ví dụ: 'Bắc Giang'.")
@click.option("--year-from", type=int)
@click.option("--year-to", type=int)
@click.option("--body", help="Cơ quan được giao việc (tên chuẩn), ví dụ: 'Ủy ban nhân dân tỉnh'.")
@click.option("--has-deadline", is_flag=True, default=None, help="Chỉ các đoạn có thời hạn.")
@click.option("--mode", type=click.Choice(MODES), default="hybrid", show_default=True)
@click.option("--limit", "-k", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def search_command(
    query, doc_type, issuer, jurisdiction, year_from, year_to, body, has_deadline, mode, limit, as_json
) -> None:
    """Tìm các đoạn văn bản theo nghĩa (gõ có dấu hoặc không dấu)."""
    filters = filters_from(
        doc_type=doc_type,
        issuer=issuer,
        jurisdiction=jurisdiction,
        year_from=year_from,
        year_to=year_to,
        body=body,
        has_deadline=has_deadline,
    )
    settings = Settings.from_env()
    if server := running_server(settings):
        results = _through(lambda: server.search(
            query, limit, mode, type=doc_type, issuer=issuer, jurisdiction=jurisdiction, year_from=year_from,
            year_to=year_to, body=body, has_deadline=has_deadline,
        ))
    else:
        results = _opened_here(settings, lambda engine: engine.searcher.search(query, filters, limit=limit,
                                                                               mode=mode))
    if as_json:
        echo_json(
            {
                "query": query,
                "mode": mode,
                "results": [r.to_dict() for r in results],
                "documents": [_document_summary(hits) for _, hits in group_by_document(results)],
            }
        )
    else:
        click.echo(_listing(results))


@click.command("similar")
@click.argument("file_or_text")
@click.option("--limit", "-k", type=click.IntRange(1, 50), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def similar_command(file_or_text: str, limit: int, as_json: bool) -> None:
    """Tìm tiền lệ cho một đoạn dự thảo (đường dẫn tệp .txt hoặc chính đoạn văn)."""
    path = Path(file_or_text)
    text = path.read_text(encoding="utf-8") if path.is_file() else file_or_text
    settings = Settings.from_env()
    if not text.strip():
        raise click.UsageError("Dự thảo đang trống: hãy dán một đoạn dự thảo, hoặc chỉ ra tệp chứa dự thảo.")
    if server := running_server(settings):
        advice = _through(lambda: server.similar(text[:DRAFT_MAX_CHARS], limit))
    else:
        advice = _opened_here(settings, lambda engine: advise(engine.searcher, text, limit=limit))
    if as_json:
        echo_json(advice.to_dict())
        return
    click.echo(_listing(advice.precedents))
    if advice.bodies:
        click.echo(
            "\nCơ quan được giao trong các tiền lệ: " + "; ".join(f"{b} ({n})" for b, n in advice.bodies)
        )
    if advice.deadlines:
        click.echo("Thời hạn trong các tiền lệ: " + "; ".join(d["text"] for d in advice.deadlines))


@click.command("reindex")
def reindex_command() -> None:
    """Đưa chỉ mục tìm kiếm về khớp với kho và tính vector ngữ nghĩa cho các đoạn còn thiếu."""
    settings = Settings.from_env()
    engine = _engine(settings)
    try:
        documents = service.index_stored_documents(settings)
        click.echo(f"Đã đối chiếu chỉ mục với {documents} văn bản trong kho.")
        before = engine.status()
        with click.progressbar(length=before.pending, label="Đang tính vector") as bar:
            while engine.indexer.fill_dense(max_passages=16):
                bar.update(16)
        after = engine.status()
    finally:
        service.close_search_engine(settings)
    click.echo(
        f"Đã tính {after.with_dense - before.with_dense} vector; {after.with_dense}/{after.passages} đoạn "
        "có vector ngữ nghĩa."
    )


def _status_lines(state: index_status.IndexState) -> list[str]:
    lines = []
    if state.index is None:
        lines.append("Chỉ mục tìm kiếm: đang do một tiến trình policylink khác giữ; chưa có số liệu của nó.")
    else:
        index = state.index
        lines.append(
            f"Chỉ mục tìm kiếm: {index['passages']} đoạn, {index['with_dense']} đã có vector ngữ nghĩa "
            f"({index['pending']} đang chờ); mô hình {index['embedder']}; bộ tách từ {index['analyzer']}; "
            f"{index['cached_embeddings']} vector trong bộ nhớ đệm."
        )
    if state.holder == index_status.SERVER and state.worker:
        lines.append(
            f"Máy chủ (pid {state.worker['pid']}) đang giữ chỉ mục; đã lập chỉ mục {state.worker['indexed']} "
            f"văn bản từ hàng đợi; số liệu lúc {state.updated_at}."
        )
    lines.append(f"Hàng đợi lập chỉ mục: {state.queued} văn bản.")
    lines += [f"  • {w.document_id} (xếp hàng lúc {w.queued_at}): {w.reason}" for w in state.waiting]
    if state.queued > len(state.waiting):
        lines.append(f"  … và {state.queued - len(state.waiting)} văn bản khác.")
    lines += [f"  • {m.document_id}: {m.passages} đoạn {m.reason}" for m in state.missing_vectors]
    return lines


@click.command("status")
@click.option("--json", "as_json", is_flag=True)
def status_command(as_json: bool) -> None:
    """Tình trạng chỉ mục tìm kiếm: số đoạn, vector ngữ nghĩa, văn bản đang chờ và lý do."""
    settings = Settings.from_env()
    try:
        engine = service.search_engine(settings)
    except IndexBusyError:  # a server holds it: its figures come from the file it writes
        engine = None
    try:
        state = index_status.index_state(settings, engine)
    finally:
        service.close_search_engine(settings)
    if as_json:
        echo_json(state.to_dict())
    else:
        click.echo("\n".join(_status_lines(state)))


COMMANDS = (search_command, similar_command, reindex_command, status_command)
