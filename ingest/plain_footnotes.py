"""Footnotes a PDF reader printed with plain digits: the marker as digits glued to the word it follows
(`... về địa chất, khoáng sản1.`), the footnote at the page's foot as a line opening with the same digits
and a space (`1 Các quy định của Luật ...`), hard-wrapped over a few lines up to the page's end (a blank
line, the next page's number alone on its line, the next footnote, or the text's end).

Such a footnote is given the reader convention (`ingest.clean`): its marker and anchor as superscripts,
its lines as one, so that `ingest.footnotes` moves it to the end like any other. The anchor must stand
before the footnote on the same page and end a small-letter word (`QH15`, `m2` are no anchors), and the
footnote must reach the page's end within its lines: a numbered line in the running text (`2 Thị trấn
thuộc các huyện ...` after an amending item) goes on with the text's next item, which no footnote holds.
"""

import re

from policylink.ingest.footnotes import superscript
from policylink.ingest.markers import is_structural

_NOTE_START = re.compile(r"(?P<marker>[1-9]\d?) (?P<text>[^\W\d_].*)")
_PAGE_NUMBER = re.compile(r"\d{1,3}")
_MAX_NOTE_LINES = 20  # a long footnote fills half a page
_MAX_ANCHOR_LINES = 80  # how far above its footnote an anchor may stand on the page


def _anchor(marker: str) -> re.Pattern[str]:
    """The marker glued to the end of a word of at least two small letters."""
    return re.compile(rf"(?<=[^\W\d_]{{2}}){marker}(?![\w/])")


def _note_end(lines: list[str], start: int, marker: int) -> int | None:
    """The line after the footnote opening at `start`, where the page or the next footnote begins."""
    for end in range(start + 1, min(len(lines), start + _MAX_NOTE_LINES) + 1):
        if end == len(lines) or not lines[end] or _PAGE_NUMBER.fullmatch(lines[end]):
            return end
        follows = _NOTE_START.fullmatch(lines[end])
        if follows and int(follows["marker"]) == marker + 1 and follows["text"][0].isupper():
            return end
        if is_structural(lines[end]):  # an item, article or bullet of the running text
            return None
    return None


def _anchor_line(lines: list[str], note: int, marker: str) -> tuple[int, re.Match[str]] | None:
    """The nearest line above the footnote, on its page, whose word ends with the marker."""
    pattern = _anchor(marker)
    for i in range(note - 1, max(-1, note - _MAX_ANCHOR_LINES - 1), -1):
        if _PAGE_NUMBER.fullmatch(lines[i]):
            return None
        found = [m for m in pattern.finditer(lines[i]) if lines[i][m.start() - 1].islower()]
        if found:
            return i, found[-1]
    return None


def raise_plain_footnotes(lines: list[str]) -> list[str]:
    """`lines` with each plain-digit footnote and its anchor in superscripts, the footnote on one line."""
    out = list(lines)
    i = 0
    while i < len(out):
        note = _NOTE_START.fullmatch(out[i])
        end = _note_end(out, i, int(note["marker"])) if note and note["text"][0].isupper() else None
        anchor = _anchor_line(out, i, note["marker"]) if note and end is not None else None
        if note is None or end is None or anchor is None:
            i += 1
            continue
        row, found = anchor
        marker = superscript(note["marker"])
        out[row] = out[row][: found.start()] + marker + out[row][found.end() :]
        text = " ".join([note["text"], *out[i + 1 : end]])
        out[i : end] = [f"{marker} {text}"]
        i += 1
    return out
