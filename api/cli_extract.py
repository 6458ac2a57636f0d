"""Commands without the store: `policylink extract FILE` and `policylink eval` (extraction gold, with
`--search` the retrieval gold, with `--real` header reading on published documents)."""

import textwrap
from pathlib import Path

import click

from policylink.api.cli_output import echo_json
from policylink.api.settings import Settings
from policylink.api.templating import RECURRENCE_LABELS, plain
from policylink.graph.check import display_date
from policylink.graph.queries import RELATION_LABELS
from policylink.ingest.model import IngestError
from policylink.ingest.pipeline import ingest_file
from policylink.nlp.duty_model import learned_decide, rules_decide
from policylink.nlp.evaluate import evaluate, format_table
from policylink.nlp.evaluate_real import DEFAULT_REAL_DIR, evaluate_real, format_real
from policylink.nlp.extract import default_document_id, extract
from policylink.nlp.gold import DEFAULT_GOLD_DIR, EXTERNAL_SPLITS, REAL_SPLITS, SPLITS, GoldError
from policylink.nlp.model import Extraction


def _when(due: str | None, recurrence: str | None) -> str:
    """`31/12/2024`, `hằng năm`, or a dash."""
    if due:
        return display_date(due)
    return RECURRENCE_LABELS.get(recurrence, recurrence) if recurrence else "—"


def _time_line(text: str, due: str | None, recurrence: str | None) -> str:
    """`  - quý IV/2024: 31/12/2024`; `  - hằng năm` when the date adds nothing to the words."""
    when = _when(due, recurrence)
    return f"  - {text}" if when == text else f"  - {text}: {when}"


def _text_summary(result: Extraction) -> str:
    """A readable Vietnamese summary of an extraction."""
    info = result.document
    lines = [
        f"Văn bản: {info.doc_type or '—'} {info.key or '(không số)'} — {info.issuer or '—'}",
        f"Mã định danh: {info.id}",
        f"Ngày ban hành: {_when(info.issue_date, None) if info.issue_date else 'không ghi'}"
        + (f" (khoảng {_when(info.issue_date_bounds[0], None)} – {_when(info.issue_date_bounds[1], None)})"
           if info.issue_date_bounds else ""),
        f"Trích yếu: {info.title or '—'}",
        "",
        f"Trích dẫn ({len(result.citations)}):",
        *(f"  - {c.key} ({RELATION_LABELS[c.relation]})" + (f" ngày {display_date(c.date)}" if c.date else "")
          for c in result.citations),
        f"Thời hạn ({len(result.deadlines)}):",
        *(_time_line(d.text, d.due, d.recurrence) for d in result.deadlines),
        f"Mốc kế hoạch ({len(result.horizons)}):",
        *(_time_line(h.text, h.due, None) for h in result.horizons),
        f"Cơ quan ({len(result.bodies)} lần nhắc): "
        + ", ".join(dict.fromkeys(b.canonical for b in result.bodies)),
        f"Nhiệm vụ ({len(result.tasks)}):",
    ]
    for task in result.tasks:
        due = f" — hạn {display_date(task.deadline.due)}" if task.deadline and task.deadline.due else ""
        who = ", ".join(task.responsible) or "chưa rõ"
        summary = textwrap.shorten(plain(task.text), 90, placeholder=" …")
        lines.append(f"  Mục {task.section or '—'} — {who}: {summary}{due}")
    return "\n".join(lines)


@click.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["json", "text"]), default="json",
              show_default=True, help="JSON theo hợp đồng v1, hoặc bản tóm tắt dễ đọc.")
@click.option("--ocr", is_flag=True, help="Nhận dạng chữ (OCR) cho các trang PDF dạng ảnh quét.")
def extract_command(file: Path, output_format: str, ocr: bool) -> None:
    """Trích xuất nhiệm vụ, thời hạn, cơ quan và trích dẫn của một văn bản (không cần kho)."""
    try:
        document = ingest_file(file, max_bytes=Settings.from_env().max_file_bytes, ocr=ocr)
    except IngestError as exc:
        raise click.ClickException(str(exc)) from None
    result = extract(document, default_document_id(document))
    if output_format == "json":
        echo_json(result.to_dict())
    else:
        click.echo(_text_summary(result))


_DECIDERS = {"learned": learned_decide, "rules": rules_decide}


@click.command("eval")
@click.option("--split", type=click.Choice([*SPLITS, "all", *REAL_SPLITS, *EXTERNAL_SPLITS]), default="all",
              show_default=True,
              help="Tập gold cần đánh giá: all = dev + heldout; real-dev, real-heldout = văn bản thực "
                   "(GOLD_DIR/real/, văn bản ở ../shared/real/docs hoặc $POLICYLINK_REAL_DIR); "
                   "ext-dev, ext-heldout = văn bản thực từ nguồn ngoài (GOLD_DIR/external/, văn bản "
                   "dựng lại ở GOLD_DIR/external/texts hoặc $POLICYLINK_EXTERNAL_DIR).")
@click.option("--gold-dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_GOLD_DIR,
              show_default=True, help="Thư mục chứa dev/ và heldout/.")
@click.option("--search", "search_eval", is_flag=True,
              help="Đánh giá tìm kiếm (Recall@5/10, MRR@10, nDCG@10: thưa, dày, lai) "
                   "trên GOLD_DIR/search/queries.yaml.")
@click.option("--queries", "queries_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Tệp truy vấn vàng cho --search (mặc định GOLD_DIR/search/queries.yaml; cùng lược đồ, "
                   "có danh sách `corpus:` riêng).")
@click.option("--real", "real_eval", is_flag=True,
              help="Đánh giá phần đầu văn bản (loại, số ký hiệu, địa phương, ngày, phạm vi mã) trên các văn "
                   "bản thật trong REAL_DIR/docs, so với thông tin của nơi công bố.")
@click.option("--real-dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_REAL_DIR,
              show_default=True, help="Thư mục văn bản thật (chứa docs/*.txt và *.json).")
@click.option("--tasks", "task_decision", type=click.Choice(list(_DECIDERS)), default="learned",
              show_default=True, help="Cách nhận diện nhiệm vụ: mô hình học từ gold dev (learned) hay "
                                      "chỉ các quy tắc (rules), để so sánh.")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def eval_command(
    split: str,
    gold_dir: Path,
    search_eval: bool,
    queries_file: Path | None,
    real_eval: bool,
    real_dir: Path,
    task_decision: str,
    as_json: bool,
) -> None:
    """Đánh giá chất lượng trích xuất trên tập gold (P/R/F1 theo từng trường), tìm kiếm với --search,
    phần đầu văn bản thật với --real."""
    if search_eval:
        _eval_search(queries_file or gold_dir / "search" / "queries.yaml", as_json)
        return
    if real_eval:
        _eval_real(real_dir, as_json)
        return
    splits = SPLITS if split == "all" else (split,)
    try:
        reports = evaluate(splits, gold_dir, _DECIDERS[task_decision])
    except (GoldError, IngestError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        echo_json({name: report.as_dict() for name, report in reports.items()})
    else:
        click.echo(format_table(reports), nl=False)


def _eval_real(real_dir: Path, as_json: bool) -> None:
    try:
        report = evaluate_real(real_dir)
    except (FileNotFoundError, IngestError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        echo_json(report.as_dict())
    else:
        click.echo(format_real(report), nl=False)


def _eval_search(gold: Path, as_json: bool) -> None:
    """Sparse, dense and hybrid side by side; vectors come from the data dir's embedding cache."""
    from policylink.search.cache import EmbeddingCache
    from policylink.search.embedders import make_embedder
    from policylink.search.evaluate import evaluate_search, format_report

    if not gold.is_file():
        raise click.ClickException(
            f"{gold}: không có tập gold tìm kiếm. Hãy chỉ --queries đến tệp truy vấn, hoặc --gold-dir "
            "đến thư mục có search/queries.yaml."
        )
    settings = Settings.from_env()
    cache = EmbeddingCache(settings.data_dir / "search" / "embeddings.sqlite")
    try:
        report = evaluate_search(make_embedder(settings.embedder), cache, gold)
    except IngestError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        cache.close()
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo(format_report(report))


COMMANDS = (extract_command, eval_command)
