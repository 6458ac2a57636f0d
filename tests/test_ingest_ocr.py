"""OCR of a scanned PDF (pypdfium2 + Tesseract `vie`), and its refusal without `ocr=True`."""

import difflib
import re
from pathlib import Path

import pytest
from ingest_fixtures import CONCLUSION, build_pdf, build_scanned_pdf, read_blocks

from policylink.ingest.model import IngestError
from policylink.ingest.pipeline import ingest_bytes, ingest_file

MAX = 20 * 1024 * 1024


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_scanned_pdf_is_read_with_ocr(tmp_path: Path):
    blocks = read_blocks(CONCLUSION)[:5]  # the header block and the first numbered items: one page
    scan = build_scanned_pdf(build_pdf(blocks, tmp_path / "goc.pdf"), tmp_path / "scan.pdf")
    with pytest.raises(IngestError, match="bản quét"):
        ingest_file(scan, max_bytes=MAX)
    doc = ingest_file(scan, max_bytes=MAX, ocr=True)
    expected = "\n\n".join("\n".join(block) for block in blocks)
    reference = ingest_bytes(expected.encode(), "goc.txt", max_bytes=MAX)
    similarity = difflib.SequenceMatcher(None, _squash(doc.text), _squash(reference.text)).ratio()
    assert similarity > 0.97
    assert (doc.header.doc_type, doc.header.issuer) == ("Kết luận", "Ban Thường vụ Tỉnh ủy")
    assert [s.id for s in doc.sections] == ["1", "2"]
