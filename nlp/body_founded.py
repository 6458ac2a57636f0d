"""Bodies the document sets up, named in full once: `Điều 1. Thành lập Ban Chỉ đạo phòng, chống AIDS và
phòng, chống tệ nạn ma túy, mại dâm của Bộ X.`, perhaps with the short name it will use (`(dưới đây gọi
tắt là Ban Chỉ đạo Hội nghị Y)`).

The body rules cut such a name short or miss it (its words are of no known pattern). Each later
writing of the full or the short name is a mention of that body, and a mention whose name only begins
it (`Ban Chỉ đạo`, as the document goes on to call it) names it too: by its short name where the text
gives one, else in full.
"""

import re
from dataclasses import dataclass, replace

from policylink.core.vietnamese import normalize_tones
from policylink.nlp.body_candidates import Candidate
from policylink.nlp.body_names import canonical_name
from policylink.nlp.gazetteer import UPPER_CLASS

# `Thành lập` opening an article or a line (the decision that sets the body up, not a proposal to set one
# up), a capitalised head, and the name up to the sentence's end, a bracket (but for an abbreviation's,
# `(WEF)`) or the words that go on to say whom it serves, who leads it, what it is made of or from.
_CODE_CLOSED = r"[A-ZĐ0-9&-]+\)"  # what follows the bracket of an abbreviation, `(WEF)`
_ABBREVIATION = rf"\({_CODE_CLOSED}"
# A line break inside the name: the page wrapped it, the next line goes on in lower case (`... đánh giá lựa
# chọn` / `chủ đầu tư ...`); a capital there may start a new line of the title block, so it ends the name.
_WRAPPED = r"[^\S\n]*(?-i:[a-zđà-ỹ])"
_WRAP = rf"\n(?={_WRAPPED})"
# `do` + a body + `quản lý` says whose the things the body works on are (`Hội đồng thẩm định Quy hoạch các
# khu công nghiệp do Ban Quản lý các khu công nghiệp tỉnh X quản lý`): part of the name, not who leads it.
_MANAGED_BY = rf"\s+{UPPER_CLASS}[^.;:()]*?\s+quản\s+lý(?=[^\S\n]*(?:[.;:(\n]|$))"
# A document cited for setting a body up (`Căn cứ Quyết định số ... về việc thành lập Ban Chỉ đạo X;`)
# names it in full as well (`cited`): the name, capitalised as a name is (not a title in capitals).
_FOUNDING = re.compile(
    r"(?:(?:^|\n)[^\S\n]*(?:Điều[^\S\n]+\d+[.:]?[^\S\n]*)?Thành[^\S\n]+lập"
    r"|(?P<cited>(?<!\w)về[^\S\n]+việc[^\S\n]+thành[^\S\n]+lập))[^\S\n]+"
    rf"(?P<name>(?-i:{UPPER_CLASS})(?(cited)(?-i:[a-zđà-ỹ]))(?:\s+do{_MANAGED_BY}|[^\n.;:()]|{_ABBREVIATION}|{_WRAP})*?)[^\S\n]*"
    # (`Thành lập Sở Y tế tỉnh X, trên cơ sở ...`: a comma sets those words off, it ends the name)
    rf"(?=[.;:]|\n(?!{_WRAPPED})|\((?!{_CODE_CLOSED})|$|,?\s+(?:do(?!{_MANAGED_BY})|gồm|cho|để|với|có"
    # (`Thành lập Trường X trên cơ sở nâng cấp Trường Y`: the basis it is set up on)
    r"|trực\s+thuộc|trên\s+cơ\s+sở)\s)"
)
_ALIAS = re.compile(
    r"\s*\([^\S\n]*(?:(?:dưới|sau)[^\S\n]+đây[^\S\n]+(?:gọi|viết)[^\S\n]+(?:tắt[^\S\n]+)?"
    r"|(?:gọi|viết)[^\S\n]+tắt[^\S\n]+)là[^\S\n]+"
    r"(?P<alias>[^()]{3,80}?)\s*\)")
_NAME_WORDS = 3  # a founded name has a head and words of its own


@dataclass(frozen=True)
class _Founded:
    canonical: str  # the short name where the text gives one, else the full name
    writings: tuple[str, ...]  # the full name and the short one, as written (lower case, spaces joined)
    cited: bool = False  # set up by a cited document: a shorter name may be another body of its kind
    least: int = 0  # the words of a short name that only begins the full one: its mentions may stop there


def _founded(text: str) -> list[_Founded]:
    found: list[_Founded] = []
    for m in _FOUNDING.finditer(text):
        name = " ".join(m["name"].split())
        if len(name.split()) < _NAME_WORDS:
            continue
        alias = _ALIAS.match(text, m.end())
        short = " ".join(alias["alias"].split()) if alias else None
        for full, own_short in _pair_names(name, short):
            # (a short name that only begins the full one, `gọi tắt là Hội đồng`, is no name of its own:
            # its mentions are those that begin the full name, and they go by the full name)
            begins = bool(own_short) and _begins(own_short, full)
            kept = None if begins else own_short
            writings = tuple(w.lower() for w in (full, kept) if w)
            found.append(_Founded(canonical_name(kept or full), writings, cited=bool(m["cited"]),
                                  least=len(own_short.split()) if begins else 0))
    # (the title block and Điều 1 both set the body up; a title wrapped onto a capital gives a shorter name)
    fulls = [b.writings[0] for b in found]
    return [b for b in found if not any(_begins(b.writings[0], o) and o != b.writings[0] for o in fulls)]


def _pair_names(name: str, short: str | None) -> list[tuple[str, str | None]]:
    """`Hội đồng và Tổ giúp việc Hội đồng X` sets up two bodies, the second a unit of the first: the first
    is named by the words the second's name goes on with (`Hội đồng X`); a short name `A và B` pairs up."""
    first, sep, second = name.partition(" và ")
    at = second.find(f" {first} ") if sep and (len(first.split()) < _NAME_WORDS) else -1
    if at < 0 or not second[:1].isupper():
        return [(name, short)]
    shorts = short.split(" và ") if short else []
    first_short, second_short = shorts if len(shorts) == 2 else (None, None)
    return [(second[at + 1:], first_short), (second, second_short)]


def _writing_pattern(words: list[str], least: int) -> str:
    """`words` as written in the text; with `least`, its first `least` words and as many more as follow."""
    sep = r"\s+"  # (a name may wrap onto the next line, as where it was set up)
    rest = words[least:] if least else []
    tail = "".join(rf"(?:{sep}{re.escape(w)}" for w in rest) + ")?" * len(rest)
    return sep.join(map(re.escape, words[: least or len(words)])) + tail + r"(?!\w)"


def _begins(short: str, full: str) -> bool:
    words = _words(short)
    return _words(full)[: len(words)] == words


def _words(value: str) -> list[str]:
    return normalize_tones(value).lower().split()


def with_founded_names(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Mentions of the bodies the document sets up (module doc), in order."""
    founded = _founded(text)
    if not founded:
        return chosen
    lowered = text.lower()
    spans: list[tuple[int, int, _Founded]] = []
    for body in founded:
        for i, writing in enumerate(body.writings):
            pattern = _writing_pattern(writing.split(), body.least if i == 0 else 0)
            # (written with its capital: a title in lower case, `về việc thành lập ban ...`, is no mention)
            spans.extend((m.start(), m.end(), body) for m in re.finditer(rf"(?<!\w){pattern}", lowered)
                         if text[m.start()].isupper())
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for start, end, body in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if any(s < end and start < e for s, e in taken):
            continue
        # (the short name begins another body's name written out, `Hội đồng nhân dân tỉnh`: that body)
        if body.least and any(c.start == start and c.end > end for c in chosen) and not any(
                re.fullmatch(_writing_pattern(w.split(), 0), lowered[start:end]) for w in body.writings):
            continue
        # (`Chi cục X tỉnh Y` after `Thành lập Chi cục X`: the name run on to its level word is the mention)
        placed = next((c for c in chosen
                       if c.start == start and c.end > end and c.suffix_type == "level"), None)
        if placed is not None:
            taken.append((placed.start, placed.end))
            out.append(placed)
            continue
        taken.append((start, end))
        inner = next((c for c in chosen if start <= c.start < end), None)
        kind, level = (inner.kind, inner.level) if inner else ("state", None)
        out.append(Candidate(start, end, body.canonical, kind, level))
    for c in chosen:
        if any(s <= c.start < e or c.start <= s < c.end for s, e in taken):
            continue
        short = _words(c.canonical)
        named = next((b for b in founded if not b.cited and any(
            _words(w)[: len(short)] == short and len(_words(w)) > len(short) for w in b.writings)), None)
        out.append(replace(c, canonical=named.canonical) if named else c)
    return sorted(out, key=lambda c: c.start)
