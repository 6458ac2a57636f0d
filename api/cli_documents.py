"""Commands for the document store: ingest, list, show, serve."""

import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import click

from policylink.api import service
from policylink.api.cli_output import echo_json
from policylink.api.settings import Settings
from policylink.store.deletion import NotStoredError

PROGRESS_BAR_MIN_FILES = 5
_NONE = "—"


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table, columns padded to their widest cell; empty cells shown as a dash."""
    cells = [[_NONE if v is None or v == "" else str(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def _summary(outcomes: list[service.IngestOutcome]) -> str:
    count = {
        s: sum(o.status == s for o in outcomes)
        for s in ("new", "unchanged", "new_version", "updated", "failed")
    }
    return (
        f"Đã xử lý {len(outcomes)} tệp: {count['new']} mới, {count['new_version']} phiên bản mới, "
        f"{count['updated']} cập nhật, {count['unchanged']} không đổi, {count['failed']} lỗi."
    )


def _outcome_row(outcome: service.IngestOutcome) -> list[object]:
    if outcome.kind == "registry":
        described = (
            f"danh mục: {outcome.registry_documents} văn bản"
            if outcome.registry_documents is not None
            else None
        )
        return [outcome.path, outcome.status, described, None]
    return [outcome.path, outcome.status, outcome.document_id, outcome.sections]


def _show_vector_progress(settings: Settings) -> None:
    """A bar over the index's passages, advancing as the background embedding fills them."""
    shown = 0
    bar = None

    def advance(with_vector: int, passages: int) -> None:
        nonlocal shown, bar
        if bar is None:
            bar = click.progressbar(length=passages, label="Vector ngữ nghĩa", file=sys.stderr, show_pos=True)
            bar.render_progress()
        bar.length = passages
        bar.update(with_vector - shown)
        shown = with_vector

    service.wait_for_vectors(settings, advance)
    if bar is not None:
        bar.render_finish()


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--ocr", is_flag=True, help="Nhận dạng chữ (OCR) cho các trang PDF dạng ảnh quét.")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def ingest_command(paths: tuple[Path, ...], ocr: bool, as_json: bool) -> None:
    """Nạp các tệp văn bản (txt, md, pdf, docx, html) và thư mục (đệ quy) vào kho.

    Tệp registry.yaml trong thư mục được nạp như danh mục văn bản được trích dẫn.
    """
    settings = Settings.from_env()
    sources = service.collect_sources(paths)
    if len(sources) >= PROGRESS_BAR_MIN_FILES:
        with click.progressbar(length=len(sources), label="Đang nạp", file=sys.stderr) as bar:
            outcomes = service.ingest_paths(
                sources, settings, ocr=ocr, progress=lambda _source: bar.update(1)
            )
    else:
        outcomes = service.ingest_paths(sources, settings, ocr=ocr)
    stored = [o for o in outcomes if o.kind == "document" and o.status != "failed"]
    drained = service.drain_index_queue(settings)  # what a crash or a stopped server left queued
    if any(o.indexed for o in stored) or drained:
        click.echo("Đang tính vector ngữ nghĩa cho các đoạn mới (tìm theo từ khóa đã dùng được)...", err=True)
        _show_vector_progress(settings)
    click.echo("Đang ghi chỉ mục tìm kiếm ra đĩa...", err=True)
    service.close_search_engine(settings)
    if queued := sum(not o.indexed for o in stored):
        click.echo(
            f"{queued} văn bản đã lưu vào kho và đang chờ đưa vào chỉ mục tìm kiếm: chỉ mục đang do một "
            "tiến trình policylink khác giữ (thường là `policylink serve`), tiến trình đó sẽ tự đưa "
            "chúng vào sau vài giây. Nếu không có máy chủ nào đang chạy, hãy chạy `policylink reindex`.",
            err=True,
        )
    for outcome in outcomes:
        if outcome.error:
            click.echo(f"Lỗi: {outcome.error}", err=True)
    if as_json:
        echo_json([asdict(o) for o in outcomes])
    else:
        click.echo(
            format_table(["Tệp", "Trạng thái", "Mã văn bản", "Số mục"], [_outcome_row(o) for o in outcomes])
        )
        click.echo(_summary(outcomes))
    if any(o.status == "failed" for o in outcomes):
        sys.exit(1)


@click.command("list")
@click.option("--json", "as_json", is_flag=True, help="In danh sách dạng JSON.")
def list_command(as_json: bool) -> None:
    """Liệt kê các văn bản trong kho: đã nạp toàn văn và chỉ biết qua danh mục/trích dẫn."""
    records = service.list_documents(Settings.from_env())
    if as_json:
        echo_json([asdict(r) for r in records])
        return
    if not records:
        click.echo("Kho chưa có văn bản nào. Hãy nạp văn bản bằng: policylink ingest THƯ_MỤC_HOẶC_TỆP")
        return
    rows = [
        [r.id, r.doc_type, r.key, r.issue_date, r.issuer, "có" if r.ingested else "không"] for r in records
    ]
    click.echo(format_table(["ID", "Loại", "Số hiệu", "Ngày", "Cơ quan ban hành", "Toàn văn"], rows))
    click.echo(f"Tổng cộng {len(records)} văn bản, {sum(r.ingested for r in records)} đã có toàn văn.")


def _print_document(payload: dict) -> None:
    document = payload["document"]
    labels = [
        ("Mã", "id"),
        ("Loại", "doc_type"),
        ("Số hiệu", "key"),
        ("Cơ quan ban hành", "issuer"),
        ("Địa bàn", "jurisdiction"),
        ("Ngày ban hành", "issue_date"),
        ("Trích yếu", "title"),
    ]
    for label, name in labels:
        click.echo(f"{label}: {document[name] or _NONE}")
    if not payload["ingested"]:
        click.echo(
            "Chưa có toàn văn: văn bản này chỉ được biết qua danh mục hoặc trích dẫn. "
            "Nạp tệp của nó bằng: policylink ingest TỆP"
        )
        return
    click.echo(f"Tệp nguồn: {payload['source_name']} (phiên bản {payload['version']})")
    click.echo(f"Bố cục ({len(payload['sections'])} mục):")
    for section in payload["sections"]:
        heading = (section["heading"] or "").replace("\n", " ")
        if len(heading) > 80:
            heading = heading[:79] + "…"
        click.echo(f"{'  ' * section['level']}{section['id']}  {heading}".rstrip())
    click.echo(f"Chú thích ({len(payload['footnotes'])}):")
    for footnote in payload["footnotes"]:
        click.echo(f"  {footnote['marker']} {footnote['text']}")


@click.command("show")
@click.argument("document_id")
@click.option(
    "--json", "as_json", is_flag=True, help="In văn bản dạng JSON (trường `document` theo hợp đồng v1)."
)
def show_command(document_id: str, as_json: bool) -> None:
    """Xem một văn bản: thông tin đầu văn bản, bố cục các mục, chú thích."""
    view = service.get_document(Settings.from_env(), document_id)
    if view is None:
        raise click.ClickException(
            f"Không tìm thấy văn bản có mã '{document_id}'. Xem các mã hiện có bằng: policylink list"
        )
    payload = service.document_payload(view)
    if as_json:
        echo_json(payload)
    else:
        _print_document(payload)


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Địa chỉ lắng nghe.")
@click.option("--port", default=8000, show_default=True, type=int, help="Cổng lắng nghe.")
def serve_command(host: str, port: int) -> None:
    """Chạy trang web và API HTTP (uvicorn)."""
    import uvicorn

    from policylink.api.app import create_app

    settings = Settings.from_env()
    click.echo(f"Trang web và API tại http://{host}:{port}/ (Ctrl+C để dừng)", err=True)
    if host not in LOOPBACK and not settings.private_reads:
        click.echo(
            f"Lưu ý: máy chủ nghe trên {host}, mọi máy trong mạng đều xem được dữ liệu (ghi vẫn cần đăng "
            "nhập hoặc khóa API). Đặt POLICYLINK_PRIVATE_READS=1 để chỉ người đã đăng nhập được xem.",
            err=True,
        )
    uvicorn.run(create_app(settings, address=(host, port)), host=host, port=port)


@click.command("delete")
@click.argument("document_ids", nargs=-1, required=True)
@click.option("--yes", is_flag=True, help="Không hỏi lại trước khi xóa.")
def delete_command(document_ids: tuple[str, ...], yes: bool) -> None:
    """Xóa toàn văn đã nạp của các văn bản (mã xem bằng `policylink list`) khỏi kho, đồ thị và
    chỉ mục tìm kiếm. Văn bản còn được văn bản khác trích dẫn vẫn ở lại trong đồ thị."""
    if not yes:
        click.confirm(f"Xóa toàn văn của {len(document_ids)} văn bản khỏi kho?", abort=True)
    settings = Settings.from_env()
    failed = False
    try:
        for doc_id in document_ids:
            try:
                outcome = service.delete_document(settings, doc_id)
            except NotStoredError as exc:
                click.echo(f"Lỗi: {exc}", err=True)
                failed = True
                continue
            kept = " (vẫn ở lại trong đồ thị vì được trích dẫn)" if outcome.status == "reference" else ""
            later = "" if outcome.indexed else "; tiến trình đang giữ chỉ mục tìm kiếm sẽ cập nhật nó"
            click.echo(f"Đã xóa toàn văn {doc_id}{kept}{later}.")
    finally:
        service.close_search_engine(settings)
    if failed:
        sys.exit(1)


COMMANDS = (ingest_command, list_command, show_command, delete_command, serve_command)
