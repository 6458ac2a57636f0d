"""The text citations are read from: footnote markers blanked, Cyrillic look-alike letters read as
Latin (`BТС` typed with a Cyrillic `Т`, `С`: R38), wrapped lines rejoined.

Both changes keep every offset, so spans found in the working text are spans of the original.
"""

import re

from policylink.core.vietnamese import CharacterMap
from policylink.ingest.footnotes import SUPERSCRIPT_DIGITS

# Footnote markers (`18-NQ/TW¹`) would otherwise count as part of a symbol.
_SUPERSCRIPTS = CharacterMap(SUPERSCRIPT_DIGITS, " " * len(SUPERSCRIPT_DIGITS))
# Cyrillic capitals drawn like Latin ones (a symbol typed on a Russian keyboard layout); Vietnamese
# documents hold no Cyrillic words, so each is read as the Latin letter it shows.
_CYRILLIC_LOOK_ALIKES = CharacterMap("АВСЕНІЈКМОРЅТХУ", "ABCEHIJKMOPSTXY")
_MIN_WRAPPED_LENGTH = 20  # shorter lines are headings or header-block lines, not wrapped prose
# A line cut before its end: it stops on a word that cannot end a sentence.
_OPEN_END = re.compile(
    r"(?<!\w)(?:ngày|số|của|và|về|tại|theo|thực hiện|triển khai|các|năm|tháng|phê duyệt|ban hành)$"
)
_NEW_UNIT = re.compile(r"(?:[-+•–*]\s|\d+\.\s|[a-zđ]\)\s)")


def _wrapped(line: str, following: str) -> bool:
    """Does `line` stop mid-sentence only because the text was hard-wrapped before `following`?

    The line must be prose (long enough, no table cells, not upper case) ending on a word, and
    either end on a word that cannot end a sentence or be followed by a lower-case continuation.
    """
    if "\t" in line or "\t" in following or len(line) < _MIN_WRAPPED_LENGTH or line.isupper():
        return False
    if not line[-1:].isalnum() or not following or _NEW_UNIT.match(following):
        return False
    return bool(_OPEN_END.search(line)) or following[0].islower() or following[0] in "0123456789("


def working_text(text: str) -> str:
    """`text` with footnote markers as spaces, Cyrillic look-alikes as Latin and wrapped lines joined
    by a space."""
    lines = _CYRILLIC_LOOK_ALIKES(_SUPERSCRIPTS(text)).split("\n")
    joins = [_wrapped(line, following) for line, following in zip(lines, lines[1:], strict=False)]
    ends = [" " if join else "\n" for join in joins] + [""]
    return "".join(line + end for line, end in zip(lines, ends, strict=True))
