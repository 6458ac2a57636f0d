"""Section-aware passages: the unit that is embedded, indexed and returned by search.

A passage is a bullet, a numbered item's own text, a paragraph or a footnote; a long one is split at
sentence ends with one sentence of overlap. Each carries its document's metadata and the bodies
and deadlines extraction found inside it, so results can be filtered and shown in context.
"""

import hashlib
import re
from dataclasses import dataclass, field

from policylink.core.vietnamese import fold, nfc
from policylink.ingest.attachments import split_section_id
from policylink.ingest.model import IngestedDocument, Section
from policylink.nlp.body_tree import BodyTree, filter_keys
from policylink.nlp.model import Extraction

SKIPPED_SECTIONS = frozenset({"recipients", "addressees"})
# A passage and its heading fill most of one 512-token window of multilingual-e5 without
# overflowing it: the corpus's densest passages run 3.1 characters a token (median 3.7), so 1,200
# characters plus a heading stay under ~440 tokens. Longer chunks are averaged over two windows;
# shorter ones cut items apart (sweep 400-1,500 in bench/results/search.md).
MAX_CHARS = 1200
MIN_CHARS = 20  # shorter fragments ("Mục tiêu cụ thể:") carry no searchable meaning alone
_BULLET_ID = re.compile(r"^(?P<parent>.*?)-?b(?P<n>\d+)$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9-])|(?<=;)\s+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
HEADING_SEPARATOR = " › "


def context_text(context: str, text: str) -> str:
    return f"{context}: {text}" if context else text


@dataclass(frozen=True)
class DocumentMeta:
    """What every passage of a document shares."""

    document_id: str
    source_name: str
    doc_type: str | None
    issuer: str | None
    jurisdiction: str | None
    year: int | None
    issue_date: str | None
    key: str | None
    title: str | None


@dataclass(frozen=True)
class Passage:
    document: DocumentMeta
    ordinal: int  # position in the document, from 0
    section: str | None
    heading_path: str
    text: str  # as printed (NFC), the part shown to users
    context: str  # the nearest numbered heading, when the text does not start with it
    start: int  # offsets into the document text, end exclusive
    end: int
    bodies: tuple[str, ...] = ()
    deadlines: tuple[dict, ...] = field(default=())
    body_keys: tuple[str, ...] = ()  # what a body filter matches (`nlp.body_tree.filter_keys`)

    @property
    def context_text(self) -> str:
        """What is embedded and indexed: the passage prefixed by its heading path, because a
        bullet such as `Chỉ đạo UBND tỉnh ...` only says who acts through its heading."""
        return context_text(self.context, self.text)

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.context_text.encode()).hexdigest()

    @property
    def point_id(self) -> str:
        """Stable id: same document, position, text and body filter keys give the same id, so
        re-indexing an unchanged document rewrites nothing, and `policylink reindex` rewrites
        the points of an index made before the keys changed."""
        keys = "|".join(self.body_keys)
        raw = f"{self.document.document_id}\x1f{self.ordinal}\x1f{self.text_hash}\x1f{keys}"
        digest = hashlib.sha256(raw.encode()).hexdigest()
        return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"

    def payload(self) -> dict:
        meta = self.document
        return {
            "document_id": meta.document_id,
            "source_name": meta.source_name,
            "doc_type": meta.doc_type,
            "doc_type_key": fold(meta.doc_type) if meta.doc_type else None,
            "issuer": meta.issuer,
            "issuer_key": fold(meta.issuer) if meta.issuer else None,
            "jurisdiction": meta.jurisdiction,
            "jurisdiction_key": fold(meta.jurisdiction) if meta.jurisdiction else None,
            "year": meta.year,
            "issue_date": meta.issue_date,
            "doc_key": meta.key,
            "title": meta.title,
            "ordinal": self.ordinal,
            "section": self.section,
            "heading_path": self.heading_path,
            "context": self.context,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "bodies": list(self.bodies),
            "body_keys": list(self.body_keys),
            "deadlines": [dict(d) for d in self.deadlines],
            "has_deadline": bool(self.deadlines),
            "deadline_count": len(self.deadlines),
            "text_hash": self.text_hash,
        }


def document_meta(doc: IngestedDocument, document_id: str) -> DocumentMeta:
    header = doc.header
    year = int(header.issue_date[:4]) if header.issue_date else None
    return DocumentMeta(
        document_id=document_id,
        source_name=doc.source_name,
        doc_type=header.doc_type,
        issuer=header.issuer,
        jurisdiction=header.jurisdiction,
        year=year,
        issue_date=header.issue_date,
        key=header.key,
        title=header.title,
    )


def _section_label(section: Section) -> str:
    """`Điều 3. Tổ chức thực hiện`; inside an attachment without its name (`Quy chế.Điều 3` reads
    `Điều 3`: `heading_paths` names the attachment once, in front)."""
    bullet = _BULLET_ID.match(section.id)
    if bullet and section.id not in {"b"}:
        return f"gạch đầu dòng {bullet.group('n')}"
    _, local_id = split_section_id(section.id)
    heading = (section.heading or "").strip()
    short = _shorten(heading, 60)
    if not short:
        return local_id
    if fold(short).startswith(fold(local_id)):
        return short
    return f"{local_id}. {short}"


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def heading_paths(sections: tuple[Section, ...]) -> dict[str, str]:
    by_id = {s.id: s for s in sections}
    paths: dict[str, str] = {}
    for section in sections:
        labels, current, seen = [], section, set()
        while current is not None and current.id not in seen:
            seen.add(current.id)
            labels.append(_section_label(current))
            current = by_id.get(current.parent) if current.parent else None
        attachment, _ = split_section_id(section.id)
        if attachment:
            labels.append(attachment)
        paths[section.id] = HEADING_SEPARATOR.join(reversed(labels))
    return paths


def context_heading(sections: tuple[Section, ...], section_id: str | None, text: str) -> str:
    """The label of the nearest numbered section (a bullet's parent), unless `text` starts it."""
    by_id = {s.id: s for s in sections}
    current = by_id.get(section_id) if section_id else None
    while current is not None and _BULLET_ID.match(current.id):
        current = by_id.get(current.parent) if current.parent else None
    if current is None:
        return ""
    label = _section_label(current)
    bare = label.removeprefix(f"{split_section_id(current.id)[1]}. ").rstrip("…")
    return "" if fold(bare[:30]) in fold(text[:80]) else label


def _own_ranges(section: Section, children: list[Section]) -> list[tuple[int, int]]:
    """The parts of a section's span not covered by its sub-sections."""
    ranges, cursor = [], section.start
    for child in sorted(children, key=lambda s: s.start):
        if child.start > cursor:
            ranges.append((cursor, child.start))
        cursor = max(cursor, child.end)
    if cursor < section.end:
        ranges.append((cursor, section.end))
    return ranges


def _uncovered_ranges(length: int, sections: tuple[Section, ...]) -> list[tuple[int, int]]:
    ranges, cursor = [], 0
    for section in sorted(sections, key=lambda s: s.start):
        if section.start > cursor:
            ranges.append((cursor, section.start))
        cursor = max(cursor, section.end)
    if cursor < length:
        ranges.append((cursor, length))
    return ranges


def _paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        spans.append((cursor, m.start()))
        cursor = m.end()
    spans.append((cursor, end))
    trimmed = []
    for a, b in spans:
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        tail = len(chunk.rstrip())
        if tail > lead:
            trimmed.append((a + lead, a + tail))
    return trimmed


def split_long(text: str, start: int, end: int, max_chars: int = MAX_CHARS) -> list[tuple[int, int]]:
    """Split a span at sentence ends into chunks of at most ~max_chars, each chunk after the
    first starting with the previous chunk's last sentence (overlap keeps context)."""
    if end - start <= max_chars:
        return [(start, end)]
    cuts = [start]
    for m in _SENTENCE_END.finditer(text, start, end):
        if len(text[cuts[-1] : m.start()].strip()) > 8:  # `2.` or `a)` is a marker, not a sentence
            cuts.append(m.end())
    cuts.append(end)
    sentences = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    chunks: list[tuple[int, int]] = []
    i = 0
    while i < len(sentences):
        chunk_start, j = sentences[i][0], i
        while j + 1 < len(sentences) and sentences[j + 1][1] - chunk_start <= max_chars:
            j += 1
        chunks.append((chunk_start, sentences[j][1]))
        if j + 1 >= len(sentences):
            break
        last = sentences[j]
        short_last = j > i and last[1] - last[0] <= max_chars // 3
        i = j if short_last else j + 1  # overlap by one short sentence
    return chunks


def _footnote_texts(doc: IngestedDocument) -> set[str]:
    return {" ".join(f.text.split()) for f in doc.footnotes}


def _is_footnote_paragraph(paragraph: str, footnotes: set[str]) -> bool:
    flat = " ".join(paragraph.split())
    return any(note and note in flat for note in footnotes)


def _annotations(extraction: Extraction | None, start: int, end: int) -> tuple[tuple[str, ...], tuple]:
    if extraction is None:
        return (), ()
    bodies: list[str] = []
    deadlines: list[dict] = []
    for body in extraction.bodies:
        if start <= body.start < end and body.canonical not in bodies:
            bodies.append(body.canonical)
    for task in extraction.tasks:
        if task.start < end and start < task.end:
            bodies.extend(b for b in task.responsible if b not in bodies)
    seen = set()
    for deadline in extraction.deadlines:
        if start <= deadline.start < end and deadline.text not in seen:
            seen.add(deadline.text)
            deadlines.append({"text": deadline.text, "due": deadline.due, "recurrence": deadline.recurrence})
    return tuple(bodies), tuple(deadlines)


def _body_tree(extraction: Extraction | None) -> BodyTree:
    """The document's bodies, each under the bodies its name or the standing structure puts it."""
    if extraction is None:
        return BodyTree((), {})
    names = {b.canonical for b in extraction.bodies} | {b for t in extraction.tasks for b in t.responsible}
    return BodyTree(names, {b.canonical: (b.kind, b.level) for b in extraction.bodies})


def build_passages(
    doc: IngestedDocument, document_id: str, extraction: Extraction | None = None
) -> list[Passage]:
    """All passages of a document in reading order; the recipients block is left out."""
    meta = document_meta(doc, document_id)
    text = doc.text
    footnotes = _footnote_texts(doc)
    paths = heading_paths(doc.sections)
    children: dict[str, list[Section]] = {}
    for section in doc.sections:
        if section.parent:
            children.setdefault(section.parent, []).append(section)

    units: list[tuple[int, int, str | None]] = []  # (start, end, section id)
    for a, b in _uncovered_ranges(len(text), doc.sections):
        units.extend((x, y, None) for x, y in _paragraph_spans(text, a, b))
    for section in doc.sections:
        if section.id in SKIPPED_SECTIONS or (section.parent in SKIPPED_SECTIONS):
            continue
        for a, b in _own_ranges(section, children.get(section.id, [])):
            units.extend((x, y, section.id) for x, y in _paragraph_spans(text, a, b))

    tree = _body_tree(extraction)
    passages: list[Passage] = []
    for start, end, section_id in sorted(units):
        paragraph = text[start:end]
        if len(paragraph.strip()) < MIN_CHARS or _is_footnote_paragraph(paragraph, footnotes):
            continue
        for a, b in split_long(text, start, end):
            bodies, deadlines = _annotations(extraction, a, b)
            passages.append(
                Passage(
                    document=meta,
                    ordinal=len(passages),
                    section=section_id,
                    heading_path=paths.get(section_id, "") if section_id else "",
                    text=nfc(text[a:b].strip()),
                    context=context_heading(doc.sections, section_id, text[a:b]),
                    start=a,
                    end=b,
                    bodies=bodies,
                    deadlines=deadlines,
                    body_keys=tuple(filter_keys(bodies, tree)),
                )
            )
    passages.extend(_footnote_passages(doc, meta, paths, len(passages)))
    return passages


def _section_at(sections: tuple[Section, ...], offset: int) -> Section | None:
    inside = [s for s in sections if s.start <= offset < s.end]
    return max(inside, key=lambda s: s.start, default=None)


def _footnote_passages(
    doc: IngestedDocument, meta: DocumentMeta, paths: dict[str, str], first_ordinal: int
) -> list[Passage]:
    """Footnotes are passages of their own: they often hold the full citation lines."""
    passages = []
    for note in doc.footnotes:
        body = " ".join(note.text.split())
        if len(body) < MIN_CHARS:
            continue
        host = _section_at(doc.sections, note.anchor) if note.anchor is not None else None
        where = doc.text.find(note.text)
        start = where if where >= 0 else (note.anchor or 0)
        host_path = paths.get(host.id, "") if host else ""
        label = f"chú thích {note.marker}"
        spans = split_long(doc.text, where, where + len(note.text)) if where >= 0 else [(start, start)]
        for a, b in spans:
            passages.append(
                Passage(
                    document=meta,
                    ordinal=first_ordinal + len(passages),
                    section=host.id if host else None,
                    heading_path=f"{host_path}{HEADING_SEPARATOR}{label}" if host_path else label,
                    text=nfc(" ".join(doc.text[a:b].split())) if b > a else nfc(body),
                    context="",
                    start=a,
                    end=b,
                )
            )
    return passages
