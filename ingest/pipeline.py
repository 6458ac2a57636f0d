"""Ingestion entry points: bytes or a file in, an IngestedDocument (contract v1 text) out.

read (by detected format) -> legacy encoding repair -> clean -> header -> layout (attachments, header
zones, title blocks) -> sections.
"""

import hashlib
from dataclasses import replace
from pathlib import Path

from policylink.ingest.clean import clean
from policylink.ingest.detect import detect_format
from policylink.ingest.header import parse_header
from policylink.ingest.legacy import repair_legacy
from policylink.ingest.model import IngestedDocument, IngestError
from policylink.ingest.sections import build_sections
from policylink.ingest.sniff import check_noise, check_text_length
from policylink.ingest.text_reader import read_text
from policylink.ingest.title_block import find_layout
from policylink.ingest.wrapped_lines import unwrapped

_DECODED_FORMATS = {"txt", "md", "html"}  # formats whose bytes this package decodes itself


def _human_size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def _check_size(size: int, name: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise IngestError(
            name,
            f"tệp nặng {_human_size(size)}, vượt giới hạn {_human_size(max_bytes)}",
            "Tách văn bản thành các tệp nhỏ hơn hoặc nâng giới hạn (POLICYLINK_MAX_FILE_MB)",
        )


def _read(data: bytes, name: str, source_format: str, ocr: bool) -> tuple[str, list[str]]:
    """Raw text in the reader conventions of `ingest.clean`, and reader warnings."""
    if source_format in {"txt", "md"}:
        text, encoding = read_text(data, markdown=source_format == "md")
        warnings = [] if encoding.startswith("utf") else [f"decoded as {encoding}"]
        return text, warnings
    if source_format == "pdf":
        from policylink.ingest.pdf_reader import read_pdf

        return read_pdf(data, name, ocr=ocr), []
    if source_format == "docx":
        from policylink.ingest.docx_reader import read_docx

        return read_docx(data, name), []
    from policylink.ingest.html_reader import read_html

    return read_html(data), []


def _scrub(raw: str, name: str, source_format: str) -> tuple[str, list[str]]:
    """Refuse decoded binary noise, drop NUL characters and report undecodable bytes (warnings)."""
    warnings = []
    if source_format in _DECODED_FORMATS:
        check_noise(raw, name)
    if nuls := raw.count("\x00"):
        raw = raw.replace("\x00", "")
        warnings.append(f"đã bỏ {nuls} ký tự NUL (byte 0) có trong tệp")
    if source_format in _DECODED_FORMATS and (bad := raw.count("\ufffd")):
        line = raw.count("\n", 0, raw.index("\ufffd")) + 1
        warnings.append(
            f"{bad} chỗ không giải mã được (thay bằng ký tự �), chỗ đầu tiên ở dòng {line}: "
            "tệp có thể bị cắt cụt hoặc lẫn bảng mã khác"
        )
    check_text_length(raw, name)
    return raw, warnings


def ingest_bytes(data: bytes, name: str, *, max_bytes: int, ocr: bool = False) -> IngestedDocument:
    """Ingest an uploaded file's bytes; `name` is used for messages and the text flavour."""
    _check_size(len(data), name, max_bytes)
    source_format = detect_format(data, name)
    raw, warnings = _read(data, name, source_format, ocr)
    raw, scrubbed = _scrub(raw, name, source_format)
    warnings.extend(scrubbed)
    raw, legacy = repair_legacy(raw)
    if legacy:
        warnings.append(f"converted from the legacy {legacy.upper()} encoding")
    cleaned = clean(raw)
    if not cleaned.text.strip():
        raise IngestError(name, "không đọc được chữ nào từ tệp",
                          "Kiểm tra văn bản có chữ (PDF bản quét cần --ocr)")
    body = cleaned.text[: cleaned.body_end]
    lines = body.split("\n")
    block = parse_header(lines, cleaned.text)
    body_start = sum(len(line) + 1 for line in lines[: block.end_line])
    layout = find_layout(cleaned.text)
    sections, recipients = build_sections(
        cleaned.text, min(body_start, cleaned.body_end), cleaned.body_end, layout.attachments
    )
    header = replace(block.header, recipients=recipients)
    # the body's hard-wrapped lines joined for the extractors; the header, layout and sections were read
    # from the lines as printed (a join keeps every offset)
    body_start = min(body_start, cleaned.body_end)
    # an opening paragraph the header took (printed lines are short) is prose too, after the title
    titles = [end for start, end in layout.title_blocks if end <= body_start]
    prose_start = max(titles, default=body_start)
    text = cleaned.text[:prose_start] + unwrapped(body[prose_start:]) + cleaned.text[cleaned.body_end :]
    return IngestedDocument(
        source_name=name,
        source_format=source_format,
        content_hash=hashlib.sha256(data).hexdigest(),
        text=text,
        header=header,
        sections=sections,
        footnotes=cleaned.footnotes,
        warnings=tuple(warnings),
        attachments=layout.attachments,
        header_zones=layout.header_zones,
        title_blocks=layout.title_blocks,
    )


def ingest_file(path: Path, *, max_bytes: int, ocr: bool = False) -> IngestedDocument:
    """Ingest a file on disk; the size limit is checked before the file is read."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(path.name, "tệp không tồn tại hoặc không phải tệp thông thường",
                          "Kiểm tra lại đường dẫn")
    _check_size(path.stat().st_size, path.name, max_bytes)
    return ingest_bytes(path.read_bytes(), path.name, max_bytes=max_bytes, ocr=ocr)
