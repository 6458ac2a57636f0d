"""The cleaner: one pass that turns any reader's raw text into contract-v1 cleaned text.

Reader conventions (all formats): pages separated by `\\f` (a text without them has its pages read
from its running lines, `ingest.text_pages`); paragraphs on their own lines,
blank lines between blocks; superscript markers as Unicode superscripts; footnote paragraphs
as lines starting with their marker; a table row as one line with tab-separated cells.
"""

import re
from dataclasses import dataclass

from policylink.core.vietnamese import nfc
from policylink.ingest.footnotes import FootnoteBlock, anchor_pattern, extract_footnotes
from policylink.ingest.header_lines import split_header_lines
from policylink.ingest.item_lines import rejoin_item_numbers
from policylink.ingest.markers import BULLET, LETTER, ends_open, is_structural, is_upper_line
from policylink.ingest.model import Footnote
from policylink.ingest.page_furniture import remove_page_furniture
from policylink.ingest.plain_footnotes import raise_plain_footnotes
from policylink.ingest.text_pages import text_pages, without_signature_stamps

_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")
_SHORT_HEADING = 40  # a numbered line shorter than this is a heading, never continued


@dataclass(frozen=True)
class CleanText:
    text: str  # body, a blank line, then one footnote per line
    body_end: int  # offset where the footnote block starts (== len(text) without footnotes)
    footnotes: tuple[Footnote, ...]


def _normalise_lines(raw: str) -> str:
    text = _INVISIBLE.sub("", nfc(raw))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\v", "\n")
    text = re.sub(r"[ \u2000-\u200a\u202f\u3000]+", " ", text)
    return "\n".join(line.strip(" ") for line in text.split("\n"))


def _can_continue(previous: str, following: str) -> bool:
    """Does `following` continue the paragraph `previous`, split by a page break or a removed footnote?"""
    if not ends_open(previous) or is_upper_line(previous):
        return False
    if is_structural(previous) and len(previous) < _SHORT_HEADING and not BULLET.match(previous):
        return False
    if is_structural(following) or LETTER.match(following) or "\t" in previous or "\t" in following:
        return False
    first = following[0]
    return first == "(" or first.islower()


def rejoin_split_paragraphs(lines: list[str]) -> list[str]:
    """Merge a paragraph cut by blank lines (a page break, a moved footnote) back into one line.

    Only lines separated by at least one blank line are candidates: consecutive lines without a
    gap are deliberate units (header block lines, recipients list).
    """
    out: list[str] = []
    gap = False
    for line in lines:
        if not line:
            gap = True
            continue
        if out and gap and _can_continue(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            if out and gap:
                out.append("")
            out.append(line)
        gap = False
    return out


def _anchored(body: str, notes: list[FootnoteBlock]) -> tuple[Footnote, ...]:
    result = []
    for note in notes:
        match = anchor_pattern(note.marker).search(body)
        result.append(Footnote(marker=note.marker, text=note.text, anchor=match.start() if match else None))
    return tuple(result)


def clean(raw: str) -> CleanText:
    """NFC, page furniture removed, footnotes moved to the end, split paragraphs rejoined."""
    text = without_signature_stamps(_normalise_lines(raw))
    # a text without page marks has its pages found from its furniture, which goes with the marks
    pages = remove_page_furniture(text.split("\f")) if "\f" in text else text_pages(text)
    lines = raise_plain_footnotes("\n\n".join(pages).split("\n"))
    body_lines, notes = extract_footnotes(lines)
    body = "\n".join(rejoin_item_numbers(split_header_lines(rejoin_split_paragraphs(body_lines))))
    footnotes = _anchored(body, notes)
    if not notes:
        return CleanText(text=body, body_end=len(body), footnotes=())
    tail = "\n".join(footnote.line() for footnote in footnotes)
    return CleanText(text=f"{body}\n\n{tail}", body_end=len(body), footnotes=footnotes)
