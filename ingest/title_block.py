"""The parts of a document above its body: the header block, the type line and the title block.

The header block (issuer, number, place and date) ends at the type line (`NGHỊ QUYẾT`,
`QUYẾT ĐỊNH`), or, in a Công văn, which has none, at the subject line (`V/v ...`). The title block
is the type line and the subject lines under it: it names the document and holds no tasks. It ends
before the first line that is not a title line (ingest.attachments.ends_title_block: a blank or
`-----` line, a line that ends a sentence, `... như sau:`, a table row or a numbered item), since
files without blank lines (.docx) run the title into the preamble; it holds a few lines at most.

An attachment printed after the body (an attached Quy chế, Kế hoạch, Phụ lục) repeats a header
block and has its own title block; `header_zones` and `title_blocks` list the document's own and
every attachment's. Ingestion finds them once (`find_layout`: IngestedDocument.attachments,
.header_zones, .title_blocks) and nlp reads them from the document; a caller that holds only a
text leaves the attachments out and they are found in it by the same rule
(ingest.attachments.document_attachments).
"""

import re
from typing import NamedTuple

from policylink.core.doc_types import DOC_TYPES
from policylink.ingest.attachments import TITLE_LINES, document_attachments, ends_title_block
from policylink.ingest.model import Attachment

HEADER_LINES = 20  # the type line is among the first lines of a document
TYPE_LINE = re.compile(
    "^[^\\S\n]*(?:" + "|".join(sorted((re.escape(t.upper()) for t in DOC_TYPES), key=len, reverse=True))
    + ")(?:[^\\S\n]+[^\n]*)?$", re.MULTILINE)
SUBJECT_LINE = re.compile(r"^[^\S\n]*(?:V/v|V/V|Về việc)[^\S\n]", re.MULTILINE)


def _in_header(text: str, match: re.Match[str] | None) -> bool:
    return match is not None and text.count("\n", 0, match.start()) < HEADER_LINES


def header_end(text: str) -> int | None:
    """Where the header block ends: the type line, or a Công văn's `V/v` line; None if neither."""
    ends = [m.start() for m in (TYPE_LINE.search(text), SUBJECT_LINE.search(text)) if _in_header(text, m)]
    return min(ends, default=None)


def title_block(text: str) -> tuple[int, int] | None:
    """(start, end) of the type line and the subject lines under it, or None."""
    type_line = TYPE_LINE.search(text)
    if not _in_header(text, type_line):
        return None
    assert type_line is not None
    end = type_line.end()
    for _ in range(TITLE_LINES):
        line_end = text.find("\n", end + 1)
        line = text[end + 1 : line_end if line_end >= 0 else len(text)]
        if end >= len(text) or ends_title_block(line):
            break
        end = end + 1 + len(line)
    return type_line.start(), end


def header_zones(text: str, attachments: tuple[Attachment, ...] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the header block above the type line (or `V/v` line) and of each
    attachment's repeated header block (issuer lines, Quốc hiệu): described, not annotated."""
    end = header_end(text)
    zones = [(0, end)] if end is not None else []
    return zones + [(a.start, a.title_start) for a in _of(text, attachments) if a.start < a.title_start]


def title_blocks(text: str, attachments: tuple[Attachment, ...] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the document's title block and of each attachment's (type line, subject
    lines, `(Ban hành kèm theo ...)`): they name a document and hold no tasks."""
    own = title_block(text)
    blocks = [own] if own is not None else []
    attached = _of(text, attachments)
    return blocks + [(a.title_start, a.title_end) for a in attached if a.title_start < a.title_end]


def _of(text: str, attachments: tuple[Attachment, ...] | None) -> tuple[Attachment, ...]:
    return document_attachments(text) if attachments is None else attachments


class Layout(NamedTuple):
    """The parts of a document around its body, as IngestedDocument carries them."""

    attachments: tuple[Attachment, ...]
    header_zones: tuple[tuple[int, int], ...]
    title_blocks: tuple[tuple[int, int], ...]


def find_layout(text: str) -> Layout:
    """The attachments, header zones and title blocks of a cleaned text, each found once."""
    attachments = document_attachments(text)
    return Layout(attachments, tuple(header_zones(text, attachments)), tuple(title_blocks(text, attachments)))
