"""Line-start patterns shared by the cleaner and the structure parser.

A *marker* is what opens a numbered or bulleted unit of a directive document: `1.`, `2.2.1.`,
`II.`, `a)`, `Điều 5.`, `Chương II`, `Mục 1`, a `-`/`+`/`•` bullet, `Nơi nhận:`, `Kính gửi:`.
"""

import re

ROMAN = re.compile(r"^(?P<num>[IVXLC]{1,7})\.\s+(?=\S)")
DECIMAL = re.compile(
    r"^(?P<num>\d{1,3}(?:\.\d{1,3})*)(?:\.|\))\s+(?=\S)|^(?P<num2>\d{1,3}(?:\.\d{1,3})+)\s+(?=\S)"
)
LETTER = re.compile(r"^(?P<num>[a-zđ])\)\s+(?=\S)")
ARTICLE = re.compile(r"^Điều\s+(?P<num>\d{1,4})\s*[.:]?(?:\s+|$)")
CHAPTER = re.compile(r"^Chương\s+(?P<num>[IVXLC]{1,7}|\d{1,3})\b\.?\s*")
SUBCHAPTER = re.compile(r"^Mục\s+(?P<num>\d{1,3})\b\.?\s*")
BULLET = re.compile(r"^(?P<char>[-+•–*])\s+(?=\S)")
RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:", re.IGNORECASE)
ADDRESSEES = re.compile(r"^Kính\s+gửi\s*:", re.IGNORECASE)

STRUCTURAL = (ROMAN, DECIMAL, LETTER, ARTICLE, CHAPTER, SUBCHAPTER, BULLET, RECIPIENTS, ADDRESSEES)


def is_structural(line: str) -> bool:
    """True when `line` opens a numbered item, article, bullet or a recipients/addressees block."""
    return any(pattern.match(line) for pattern in STRUCTURAL)


_SENTENCE_END = ".!?:;…"
_CLOSERS = "\"'”’»)] "  # closing quotes and brackets after a sentence's mark, and spaces


def ends_open(line: str) -> bool:
    """True for a line that stops mid-sentence: no terminal punctuation before its trailing closers."""
    core = line.rstrip(_CLOSERS)
    return bool(core) and core[-1] not in _SENTENCE_END


def is_upper_line(line: str) -> bool:
    """True for a line written in capitals (`KẾT LUẬN`, `TỈNH ỦY BẮC GIANG`)."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
