"""Names a document writes by their initials (issue 12, open-class names): `TTPVHCC tỉnh` after
`Trung tâm Phục vụ hành chính công tỉnh X`, `Trung tâm PVHCC`, `Cục DLQGVN` after `Cục Du lịch Quốc gia
Việt Nam`. A code is read as a body's name only where the same document writes that name out: the
initials of its words (`và` as `&` or left out) spell the code, so no list of codes is needed.
"""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

from policylink.nlp.body_candidates import Candidate
from policylink.nlp.body_rules import FLAGS, body_rules
from policylink.nlp.gazetteer import initials

# a code of capitals (`TTPVHCC`, `TTDL&CNS`); the gazetteer's own abbreviations expand with the name
_CODE = re.compile(r"(?<![\w&])(?-i:[A-ZĐ][A-ZĐ&]{2,11})(?![\w&])")
_NAME_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 3  # a name of fewer words is its own short form


def _initials(words: list[str]) -> Iterator[str]:
    """The spellings of the initials of `words`: `và` left out or written `&`."""
    spellings = [""]
    for word in words:
        if word.lower() == "và":
            spellings = [s for base in spellings for s in (base, base + "&")]
        else:
            spellings = [s + word[0].upper() for s in spellings]
    yield from spellings


def _unmarked(code: str) -> str:
    """A code without the tone and vowel marks of its initials (`THÁDS` -> `THADS`, the way a code of the
    field is written); `Đ` is a letter of its own."""
    return "".join(unicodedata.normalize("NFD", letter)[0] for letter in code)


def written_out(names: Iterable[str]) -> dict[str, str]:
    """Code -> name for each leading stretch of at least three words of each name (`Trung tâm Phục vụ
    hành chính công` of `Trung tâm Phục vụ hành chính công tỉnh X`); a code two names spell alike is
    dropped (not one name written in other case: `Văn phòng Đăng ký đất đai`, `Văn phòng đăng ký đất
    đai`)."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for name in names:
        words = [m for m in _NAME_WORD.finditer(name)]
        for n in range(_MIN_WORDS, len(words) + 1):
            stretch = name[: words[n - 1].end()]
            for code in _initials([w.group() for w in words[:n]]):
                if found.get(code, stretch).lower() != stretch.lower():
                    clashes.add(code)
                found.setdefault(code, stretch)
    return {code: name for code, name in found.items() if code not in clashes}


# The tiers of a sector's departments, one field at each (`Tổng cục Thuế`, `Cục Thuế tỉnh`, `Chi cục Thuế`):
# a code after one tier's head spells the field the document writes out after another's.
_TIERS = ("Tổng cục", "Cục", "Chi cục")


def expand_code(code: str, head: str, codes: dict[str, str]) -> str | None:
    """The name `head` + `code` stands for (`Trung tâm` + `PVHCC`), or `code` alone with no head;
    `Tổng cục THADS` where the field is written out under another tier (`Cục Thi hành án dân sự`)."""
    if not head:
        return codes.get(code)
    name = codes.get(initials(head) + code)
    if name is not None and name.lower().startswith(head.lower() + " "):
        return name
    if head.lower() not in (t.lower() for t in _TIERS):
        return None
    unmarked = {_unmarked(spelled): name for spelled, name in codes.items()}
    for tier in _TIERS:
        name = unmarked.get(initials(tier) + code)
        if tier.lower() != head.lower() and name is not None and name.lower().startswith(tier.lower() + " "):
            return head + name[len(tier):]
    return None


def codes_in(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Codes of capitals in `text[start:end]` that are none of the gazetteer's abbreviations."""
    expansions = body_rules().gazetteer.expansions
    for m in _CODE.finditer(text, start, len(text) if end is None else end):
        if m.group().lower() not in expansions:
            yield m


@cache
def _level_word() -> re.Pattern[str]:
    return re.compile(body_rules().gazetteer.level_pattern, FLAGS)


def level_after(text: str, at: int) -> re.Match[str] | None:
    """The level word written after a code (`TTPVHCC tỉnh`, `TTPVHCC các xã, phường`)."""
    return _level_word().match(text, at)


# `Website CT` in a letter of the Cục Thuế: a website named by the code of a body the document names
# (two words suffice here: the head noun says what the code stands for)
_WEBSITE_CODE = re.compile(
    r"(?-i:Website|Trang web)[^\S\n]*[-–]?[^\S\n]*(?P<code>(?-i:[A-ZĐ]{2,8}))(?![\w&])")


def websites_by_code(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Add each website written with the code of a body the document names, unless taken."""
    spelled: dict[str, Candidate] = {}
    clashes: set[str] = set()
    for c in sorted(chosen, key=lambda c: text[c.start : c.end].isupper()):  # (as written in the text first)
        words = _NAME_WORD.findall(c.canonical)
        if len(words) >= 2 and not any(codes_in(c.canonical)):
            code = "".join(w[0].upper() for w in words)
            if spelled.get(code, c).canonical.lower() != c.canonical.lower():
                clashes.add(code)
            spelled.setdefault(code, c)
    out = list(chosen)
    for m in _WEBSITE_CODE.finditer(text):
        body = spelled.get(m["code"]) if m["code"] not in clashes else None
        if body is not None and not any(c.start <= m.start() < c.end for c in chosen):
            out.append(Candidate(m.start(), m.end(), f"Website {body.canonical}", body.kind, body.level))
    return sorted(out, key=lambda c: c.start)

