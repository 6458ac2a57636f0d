"""Characters of a PDF page to words, the way pdfplumber's `extract_words(extra_attrs=["size"])` does.

Runs of characters with the same orientation and size (in content order) are clustered into
lines (3 pt tolerance on the line position), sorted along the line and split into words at
whitespace, at a step back, at a gap over 3 pt or at a jump across the line over 3 pt. Rotated
characters read top to bottom. The word dicts carry `text`, `x0`, `x1`, `top`, `bottom`, `size`.
"""

from collections import defaultdict
from collections.abc import Callable
from itertools import groupby
from typing import NamedTuple

_TOLERANCE = 3.0  # points: pdfplumber's default x and y tolerance
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


class Char(NamedTuple):
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    upright: bool


def _lines(chars: list[Char], position: Callable[[Char], float]) -> list[list[Char]]:
    """Chars grouped by line position: sorted distinct positions chain while within the tolerance."""
    values = sorted(set(map(position, chars)))
    line_of: dict[float, int] = {}
    line = 0
    for index, value in enumerate(values):
        if index and value > values[index - 1] + _TOLERANCE:
            line += 1
        line_of[value] = line
    lines: dict[int, list[Char]] = defaultdict(list)
    for char in chars:
        lines[line_of[position(char)]].append(char)
    return [lines[key] for key in sorted(lines)]


def _word(chars: list[Char]) -> dict:
    return {
        "text": "".join(_LIGATURES.get(c.text, c.text) for c in chars),
        "x0": min(c.x0 for c in chars),
        "x1": max(c.x1 for c in chars),
        "top": min(c.top for c in chars),
        "bottom": max(c.bottom for c in chars),
        "size": chars[0].size,
    }


def _breaks(last: Char, char: Char, upright: bool) -> bool:
    """Whether `char` starts a new word after `last`: a step back, a gap, a jump across the line."""
    if upright:
        return (char.x0 < last.x0 or char.x0 > last.x1 + _TOLERANCE
                or abs(char.top - last.top) > _TOLERANCE)
    return (char.top < last.top or char.top > last.bottom + _TOLERANCE
            or abs(char.x0 - last.x0) > _TOLERANCE)


def _split(line: list[Char], upright: bool) -> list[dict]:
    """One line's characters, in reading order, cut into words."""
    words: list[dict] = []
    current: list[Char] = []
    for char in line:
        if current and (char.text.isspace() or _breaks(current[-1], char, upright)):
            words.append(_word(current))
            current = []
        if not char.text.isspace():
            current.append(char)
    if current:
        words.append(_word(current))
    return words


def page_words(chars: list[Char]) -> list[dict]:
    """The words of one page's characters (given in content order)."""
    words: list[dict] = []
    for (upright, _), run in groupby(chars, key=lambda c: (c.upright, c.size)):
        if upright:
            lines = _lines(list(run), lambda c: c.top)
            order: Callable[[Char], tuple[float, float]] = lambda c: (c.x0, c.x0)  # noqa: E731
        else:
            lines = _lines(list(run), lambda c: c.x0)
            order = lambda c: (c.top, c.bottom)  # noqa: E731
        for line in lines:
            words.extend(_split(sorted(line, key=order), upright))
    return words
