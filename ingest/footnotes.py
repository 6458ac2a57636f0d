"""Footnotes: find footnote paragraphs anywhere in the body and locate their anchors.

A footnote paragraph is a line that starts with a marker (`¹`, `²³`, `(1)`) followed by text,
whose marker also appears attached to a word elsewhere (the anchor, `Tỉnh ủy¹`). Requiring
the anchor keeps enumerations such as `(1) ...; (2) ...` in the body.
"""

import re
from dataclasses import dataclass

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_DEFINITION = re.compile(rf"^(?P<marker>[{SUPERSCRIPT_DIGITS}]+|\(\d{{1,3}}\))\s*(?P<text>\S.*)$")


def superscript(digits: str) -> str:
    """`digits` as the superscript marker readers give a footnote (`12` -> `¹²`)."""
    return digits.translate(_TO_SUPERSCRIPT)


@dataclass(frozen=True)
class FootnoteBlock:
    marker: str
    text: str


def anchor_pattern(marker: str) -> re.Pattern[str]:
    """Where `marker` sits in running text: right after a non-space, not part of a longer marker."""
    if marker.startswith("("):
        return re.compile(rf"(?<=[^\s(]){re.escape(marker)}")
    return re.compile(rf"(?<=\S)(?<![{SUPERSCRIPT_DIGITS}]){re.escape(marker)}(?![{SUPERSCRIPT_DIGITS}])")


def _has_anchor(lines: list[str], skip: int, marker: str) -> bool:
    pattern = anchor_pattern(marker)
    return any(pattern.search(line) for i, line in enumerate(lines) if i != skip)


def extract_footnotes(lines: list[str]) -> tuple[list[str], list[FootnoteBlock]]:
    """Split footnote paragraphs (one line each, as readers emit them) out of `lines`."""
    body: list[str] = []
    notes: list[FootnoteBlock] = []
    i = 0
    while i < len(lines):
        match = _DEFINITION.match(lines[i])
        if not (match and _has_anchor(lines, i, match["marker"])):
            body.append(lines[i])
            i += 1
            continue
        notes.append(FootnoteBlock(match["marker"], match["text"].strip()))
        i += 1
    return body, notes
