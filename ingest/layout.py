"""Page layout to text: positioned words (from a PDF text layer or OCR) to the reader conventions.

Words are grouped into visual lines; within a line, a smaller raised word is a superscript
(footnote marker). Lines set in a smaller font than the body that start with a superscript are
footnotes. Lines are joined into paragraphs by geometry: a larger vertical gap opens a block
(blank line); an indented or centred line, or a line after one that stopped early, opens a new
line. A word is a dict with `text`, `x0`, `x1`, `top`, `bottom` and `size` (points).
"""

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from policylink.ingest.footnotes import SUPERSCRIPT_DIGITS, superscript
from policylink.ingest.markers import BULLET, DECIMAL, LETTER, ROMAN

_SMALL = 0.85  # a font below this share of the body size is a footnote / superscript size
_COLUMN_GAP = 4.0  # a horizontal gap of this many font sizes separates two columns
_ARTICLE_HEADING = re.compile(r"^Điều\s+\d{1,4}\s*[.:]\s")
_RANGE_END = re.compile(r"^[-–]\s+\d")  # `2021\n- 2025`: a wrapped range, not a bullet


@dataclass
class _Line:
    segments: list[str]  # text of each column segment, left to right
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    starts_with_marker: bool
    first_word_width: float


def _group_lines(words: list[dict]) -> list[list[dict]]:
    """Cluster words whose vertical middle falls inside the current line's extent."""
    lines: list[list[dict]] = []
    top = bottom = 0.0
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if lines and top <= middle <= bottom:
            lines[-1].append(word)
            top, bottom = min(top, word["top"]), max(bottom, word["bottom"])
        else:
            lines.append([word])
            top, bottom = word["top"], word["bottom"]
    return lines


def _make_line(words: list[dict]) -> _Line:
    words.sort(key=lambda w: w["x0"])
    size = max(w["size"] for w in words)
    baseline = statistics.median(w["bottom"] for w in words)  # robust to OCR boxes with descenders
    segments: list[str] = [""]
    previous: dict | None = None
    first_is_marker = False
    for word in words:
        text = word["text"]
        raised = word["size"] < _SMALL * size and word["bottom"] < baseline - 0.35 * word["size"]
        if raised and text.isdigit():
            text = superscript(text)
            first_is_marker = first_is_marker or previous is None
        if previous is not None:
            gap = word["x0"] - previous["x1"]
            if gap > _COLUMN_GAP * size:
                segments.append("")
            elif gap > 0.15 * min(word["size"], previous["size"]):  # touching words: a marker, a size change
                segments[-1] += " "
        segments[-1] += text
        previous = word
    return _Line(segments, words[0]["x0"], max(w["x1"] for w in words), min(w["top"] for w in words),
                 baseline, size, first_is_marker, words[0]["x1"] - words[0]["x0"])


def dominant_size(pages_words: list[list[dict]]) -> float:
    sizes = Counter(round(w["size"], 1) for words in pages_words for w in words for _ in w["text"])
    return sizes.most_common(1)[0][0] if sizes else 12.0


def _is_small(line: _Line, body_size: float) -> bool:
    return line.size < _SMALL * body_size


def _continues(line: _Line, previous: _Line, body_size: float, layout: tuple[float, float, float]) -> str:
    """How `line` attaches to `previous`: `join` (same paragraph), `line` (new line) or `block`."""
    left, right, pitch = layout
    small = _is_small(line, body_size)
    if small != _is_small(previous, body_size) or (small and line.starts_with_marker):
        return "block"
    if small:
        same_font = abs(line.size - previous.size) < 0.5
        return "join" if same_font and line.top - previous.bottom < 0.8 * line.size else "block"
    if line.top - previous.top > 1.4 * pitch:
        return "block"
    # The previous line stopped early if this line's first word would have fitted after it.
    stopped_early = right - previous.x1 > line.first_word_width + 0.5 * line.size
    if line.x0 > left + 1.5 * line.size or stopped_early or len(line.segments) > 1:
        return "line"
    return "join"


def _opens_item(text: str) -> bool:
    """A line starting with a list marker (`a)`, `-`, `+`, `1.`, `II.`, `Điều 5.`) opens a paragraph.

    An article needs its full stop (`Điều 5.`): a wrapped line may start `Điều 5 của ...`; a dash
    before a number may end a wrapped range (`2021 - 2025`).
    """
    if _ARTICLE_HEADING.match(text):
        return True
    if _RANGE_END.match(text):
        return False
    return any(pattern.match(text) for pattern in (LETTER, DECIMAL, ROMAN, BULLET))


def _page_text(lines: list[_Line], body_size: float, width: float, first_page: bool) -> str:
    body = [line for line in lines if not _is_small(line, body_size)]
    left = min((line.x0 for line in body), default=0.0)
    right = max((line.x1 for line in body), default=width)
    pitches = [b.top - a.top for a, b in zip(body, body[1:], strict=False) if b.top > a.top]
    layout = (left, right, statistics.median(pitches) if pitches else body_size * 1.2)
    out: list[str] = []
    start = _header_columns(lines, width, out) if first_page else 0
    previous: _Line | None = None
    for line in lines[start:]:
        text = "\t".join(segment.strip() for segment in line.segments)
        if line.starts_with_marker and _is_small(line, body_size):
            marker_end = len(text) - len(text.lstrip(SUPERSCRIPT_DIGITS))
            text = f"{text[:marker_end]} {text[marker_end:].strip()}"
        how = "block" if previous is None else _continues(line, previous, body_size, layout)
        if how == "join" and _opens_item(text):
            how = "line"  # `a) ...` under an unpunctuated item title that reached the right edge
        if how == "join" and out:
            out[-1] += f" {text}"
        else:
            out.append(f"\n{text}" if how == "block" and out else text)
        previous = line
    return "\n".join(out)


def _header_columns(lines: list[_Line], width: float, out: list[str]) -> int:
    """A two-column header (issuer + number | motto + place/date) read column by column.

    Returns the index of the first line after the header zone (0 when there is no such header).
    """
    left: list[str] = []
    right: list[str] = []
    index = len(lines)
    for position, line in enumerate(lines):
        centre = (line.x0 + line.x1) / 2
        if len(line.segments) == 1 and width * 0.4 <= centre <= width * 0.6:
            index = position
            break
        if len(line.segments) > 1:
            left.append(line.segments[0].strip())
            right.extend(segment.strip() for segment in line.segments[1:])
        elif centre < width / 2:
            left.append(line.segments[0].strip())
        else:
            right.append(line.segments[0].strip())
    if not right:
        return 0
    out.append("\n".join(left + right))
    return index


def page_text(words: list[dict], body_size: float, width: float, *, first_page: bool) -> str:
    """One page's words as text lines (see the module docstring)."""
    lines = [_make_line(group) for group in _group_lines(words)]
    return _page_text(lines, body_size, width, first_page)
