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
# A document cited for setting a body up (`Căn cứ Quyết định số ... về việc thành lập Ban Chỉ đạo X;`)
# names it in full as well (`cited`): the name, capitalised as a name is (not a title in capitals).
_FOUNDING = re.compile(
    r"(?:(?:^|\n)[^\S\n]*(?:Điều[^\S\n]+\d+[.:]?[^\S\n]*)?Thành[^\S\n]+lập"
    r"|(?P<cited>(?<!\w)về[^\S\n]+việc[^\S\n]+thành[^\S\n]+lập))[^\S\n]+"
    rf"(?P<name>(?-i:{UPPER_CLASS})(?(cited)(?-i:[a-zđà-ỹ]))(?:[^\n.;:()]|{_ABBREVIATION})*?)[^\S\n]*"
    # (`Thành lập Sở Y tế tỉnh X, trên cơ sở ...`: a comma sets those words off, it ends the name)
    rf"(?=[.;:\n]|\((?!{_CODE_CLOSED})|$|,?[^\S\n]+(?:do|gồm|cho|để|với|có|trực[^\S\n]+thuộc"
    # (`Thành lập Trường X trên cơ sở nâng cấp Trường Y`: the basis it is set up on)
    r"|trên[^\S\n]+cơ[^\S\n]+sở)[^\S\n])"
)
_ALIAS = re.compile(
    r"[^\S\n]*\([^\S\n]*(?:dưới|sau)[^\S\n]+đây[^\S\n]+(?:gọi|viết)[^\S\n]+(?:tắt[^\S\n]+)?là[^\S\n]+"
    r"(?P<alias>[^()\n]{3,80}?)[^\S\n]*\)")
_NAME_WORDS = 3  # a founded name has a head and words of its own


@dataclass(frozen=True)
class _Founded:
    canonical: str  # the short name where the text gives one, else the full name
    writings: tuple[str, ...]  # the full name and the short one, as written (lower case, spaces joined)
    cited: bool = False  # set up by a cited document: a shorter name may be another body of its kind


def _founded(text: str) -> list[_Founded]:
    found = []
    for m in _FOUNDING.finditer(text):
        name = " ".join(m["name"].split())
        if len(name.split()) < _NAME_WORDS:
            continue
        alias = _ALIAS.match(text, m.end())
        short = " ".join(alias["alias"].split()) if alias else None
        writings = tuple(w.lower() for w in (name, short) if w)
        found.append(_Founded(canonical_name(short or name), writings, cited=bool(m["cited"])))
    return found


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
        for writing in body.writings:
            pattern = r"[^\S\n]+".join(map(re.escape, writing.split())) + r"(?!\w)"
            # (written with its capital: a title in lower case, `về việc thành lập ban ...`, is no mention)
            spans.extend((m.start(), m.end(), body) for m in re.finditer(rf"(?<!\w){pattern}", lowered)
                         if text[m.start()].isupper())
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for start, end, body in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if any(s < end and start < e for s, e in taken):
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
