"""A class of bodies joined with what is written after it into one mention: the class of places
closing a list of one council's bodies, the places a class of councils belongs to, the named places
that follow a class of councils (RULINGS R3), the owner of a class of agencies (`tổ chức pháp chế
thuộc Bộ, cơ quan ngang Bộ ...`). nlp.bodies applies them after nlp.body_context.
"""

import re
from dataclasses import replace
from functools import cache

from policylink.core.vietnamese import normalize_tones
from policylink.nlp.body_candidates import Candidate
from policylink.nlp.body_context import COORDINATOR, LOOKBEHIND
from policylink.nlp.body_names import canonical_name
from policylink.nlp.body_rules import FLAGS, body_rules
from policylink.nlp.gazetteer import UPPER_CLASS

# `Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố`: a bare council listed right before another
# council of a class of places shares that class (its tail as written); before a council of one level
# (`HĐND, UBND tỉnh`) it keeps its name as written (tests/test_nlp_body_forms.py).
_COUNCIL_JOINT = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]+")


def share_council_tail(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Give a bare council the class of places of the council listed right after it."""
    out = list(chosen)
    for i, (c, n) in enumerate(zip(chosen, chosen[1:], strict=False)):
        if c.canonical.lower() not in _PLACE_COUNCILS or not _COUNCIL_JOINT.fullmatch(text, c.end, n.start):
            continue
        other = next((h for h in _PLACE_COUNCILS if n.canonical.lower().startswith(h + " các ")), None)
        if other is not None and other != c.canonical.lower():
            out[i] = replace(c, canonical=c.canonical + n.canonical[len(other):], level=n.level)
    return out


# `UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh và các tỉnh/thành phố khác`: a class of places that
# closes a list of one council's bodies is headed by that council too (the class as written)
_PLACES_CLOSING = re.compile(
    r"[^\S\n]*(?:,|và)[^\S\n]+(?P<places>các[^\S\n]+(?:tỉnh|thành[^\S\n]+phố|huyện|xã|phường)"
    r"(?:[^\S\n]*[/,][^\S\n]*(?:tỉnh|thành[^\S\n]+phố|huyện|xã|phường|đặc[^\S\n]+khu))*+"
    r"(?:[^\S\n]+khác)?+)(?:(?<=khác)|(?=[^\S\n]*(?:[,;.:)\t\n]|$)))")
_PLACE_COUNCILS = ("ủy ban nhân dân", "hội đồng nhân dân")


def share_council_with_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Add the class of places that closes a list of a council's bodies, headed by that council."""
    out = list(chosen)
    starts = {c.start for c in chosen}
    for c in chosen:
        council = next((h for h in _PLACE_COUNCILS if c.canonical.lower().startswith(h + " ")), None)
        m = _PLACES_CLOSING.match(text, c.end) if council else None
        if m is None or m.start("places") in starts or " các " in f" {c.canonical.lower()} ":
            continue
        name = f"{c.canonical[: len(council)]} {text[m.start('places') : m.end('places')]}"
        out.append(Candidate(m.start("places"), m.end("places"), name, c.kind, None))
    return sorted(out, key=lambda c: c.start)


# `Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc Trung ương`: the places a class
# of councils belongs to; `Sở Giáo dục và Đào tạo thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung
# ương`: a body of no place of its own, of whichever council of a class. Each is one mention.
_BELONGS_TO = re.compile(r"[^\S\n]+thuộc[^\S\n]+", FLAGS)
_PLACES_BELONGED = re.compile(
    r"[^\S\n]+thuộc[^\S\n]+(?:tỉnh[^\S\n]*,[^\S\n]*thành[^\S\n]+phố"
    r"(?:[^\S\n]+trực[^\S\n]+thuộc[^\S\n]+(?-i:Trung ương|TW|TƯ))?+"
    r"|(?:tỉnh|thành[^\S\n]+phố)[^\S\n]+trực[^\S\n]+thuộc[^\S\n]+(?-i:Trung ương|TW|TƯ))(?!\w)", FLAGS)
_CLASS_OF_PLACES = re.compile(r"(?:tỉnh|xã|huyện|thành phố|phường|đặc khu)\s*,|(?<!\w)(?:các|cấp)(?!\w)")


def _council_class(c: Candidate) -> bool:
    name = c.canonical.lower()
    return name.startswith(_PLACE_COUNCILS) and bool(_CLASS_OF_PLACES.search(name))


def join_belonging(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A class of councils with the places it belongs to, and a body of no place of its own with the
    class of councils it belongs to, one mention each."""
    out: list[Candidate] = []
    for c in chosen:
        if _council_class(c) and (places := _PLACES_BELONGED.match(text, c.end)):
            c = replace(c, end=places.end(), canonical=f"{c.canonical} {' '.join(places.group().split())}")
        last = out[-1] if out else None
        if (last is not None and _council_class(c) and _BELONGS_TO.fullmatch(text, last.end, c.start)
                and not last.suffix and not _council_class(last) and " thuộc " not in last.canonical):
            out[-1] = replace(last, end=c.end, canonical=f"{last.canonical} thuộc {c.canonical}")
            continue
        out.append(c)
    return out


# `UBND các huyện, thị xã Bảo Lộc, thành phố Đà Lạt`: a class of councils whose list of places has
# begun naming places goes on through the named places after it (RULINGS R3: one mention, the whole
# list); a class that names none (`UBND các huyện, thị xã`) stops where it is written.
@cache
def _named_place_after() -> re.Pattern[str]:
    proper = body_rules().gazetteer.proper_name
    levels = r"thành[^\S\n]+phố|thị[^\S\n]+xã|thị[^\S\n]+trấn|huyện|quận|phường|xã|(?-i:TP)\.?"
    return re.compile(
        rf"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+và[^\S\n]+)(?:{levels})(?!\w){proper}", FLAGS)


_ENDS_NAMED = re.compile(rf"[^\S\n](?-i:{UPPER_CLASS})\w*$")


def join_named_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Run a class of councils that ends on a named place through the named places listed after it,
    dropping any mention those places held."""
    out: list[Candidate] = []
    for c in chosen:
        if out and c.start < out[-1].end:
            continue  # (inside the places the mention before took)
        named = _ENDS_NAMED.search(text, c.start, c.end)
        if _council_class(c) and " các " in f" {c.canonical.lower()} " and named:
            end = c.end
            while m := _named_place_after().match(text, end):
                end = m.end()
            if end > c.end:
                places = normalize_tones(re.sub(r"\s+", " ", text[c.end : end]))
                c = replace(c, end=end, canonical=c.canonical + places)
        out.append(c)
    return out


# `tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ và cơ quan thuộc Chính phủ`, `Tổ chức pháp chế Bộ, ngành`: a
# class described in lower case whose owner is the class of ministries, perhaps with the other central
# classes listed after it: one class, all of them its owners (they say whose units these are)
_CLASS_BEFORE_OWNER = re.compile(
    r"(?<!\w)(?:tổ[^\S\n]+chức|cơ[^\S\n]+quan|đơn[^\S\n]+vị)"
    rf"(?:[^\S\n]+(?!(?:thuộc|của|các|và|ngang)(?!\w))(?-i:{UPPER_CLASS.lower()})\w*){{1,3}}"
    r"[^\S\n]+(?:(?:trực[^\S\n]+)?thuộc[^\S\n]+)?$", FLAGS)
_MINISTRIES = ("bộ", "bộ, ngành")
_CENTRAL_CLASSES = ("cơ quan ngang bộ", "cơ quan thuộc chính phủ")


def join_class_owners(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A lower-case class before the class of ministries (and the central classes after it), one mention."""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        floor = out[-1].end if out else 0
        cls = _CLASS_BEFORE_OWNER.search(text, max(floor, c.start - LOOKBEHIND), c.start)
        if c.canonical.lower() not in _MINISTRIES or cls is None:
            out.append(c)
            i += 1
            continue
        j = i + 1
        while (j < len(chosen) and chosen[j].canonical.lower() in _CENTRAL_CLASSES
               and COORDINATOR.fullmatch(text, chosen[j - 1].end, chosen[j].start)):
            j += 1
        end = chosen[j - 1].end
        out.append(replace(c, start=cls.start(), end=end, canonical=canonical_name(text[cls.start() : end]),
                           kind="state", level=None))
        i = j
    return out


# `các sở, ngành và địa phương`: the localities closing a collective of classes, under its one `các`, join it,
# one collective as `bộ, ngành, địa phương` is (RULINGS R10); not those with a determiner of their own (`các
# bộ ngành và các địa phương`: bare localities, no body), a qualified set of places (`địa phương lân cận`,
# `địa phương khác`), nor after the relevant ones of the classes (`các Bộ, cơ quan liên quan và địa phương`)
_COLLECTIVE_CLASSES = re.compile(
    r"(?:bộ|sở|ban|ngành|cơ quan|đơn vị)(?:(?:,\s*|\s+)(?:bộ|sở|ban|ngành|cơ quan|đơn vị))+", FLAGS)
_LOCALITIES_CLOSING = re.compile(
    r"[^\S\n]+và[^\S\n]+địa[^\S\n]+phương(?!\w)"
    r"(?![^\S\n]+(?:lân[^\S\n]+cận|khác|giáp|nơi|đó|này|có(?![^\S\n]+liên))(?!\w))", FLAGS)
_RELATED_AT_END = re.compile(r"(?<!\w)liên[^\S\n]+quan$", FLAGS)


def join_localities(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A collective of classes with the localities closing it, one mention (kind other, no level)."""
    out: list[Candidate] = []
    joined_to = -1
    for c in chosen:
        if c.start < joined_to:
            continue  # (a mention inside the localities joined to the one before)
        m = _LOCALITIES_CLOSING.match(text, c.end) if _COLLECTIVE_CLASSES.fullmatch(c.canonical) else None
        if m is not None and not c.suffix and not _RELATED_AT_END.search(text, c.start, c.end):
            c = replace(c, end=m.end(), canonical=f"{c.canonical}, địa phương", kind="other", level=None)
            joined_to = c.end
        out.append(c)
    return out


# `các cơ quan, đơn vị thuộc thành phố`, `các sở, ban, ngành, đoàn thể thuộc tỉnh`: a class written in lower
# case with the place it belongs to, named by its level word alone, one mention as `Sở, ban, ngành tỉnh` is
# (GUIDELINES: level words kept); not a place named after it (`thuộc tỉnh Nghệ An` is another rule's), nor a
# class of places (`thuộc tỉnh, thành phố trực thuộc Trung ương`)
_PLACE_BY_LEVEL = re.compile(
    r"[^\S\n]+(?:trực[^\S\n]+)?thuộc[^\S\n]+(?:tỉnh|thành[^\S\n]+phố|huyện|quận|thị[^\S\n]+xã)(?!\w)"
    rf"(?![^\S\n]*,[^\S\n]*(?:tỉnh|thành[^\S\n]+phố)|[^\S\n]+(?:trực(?!\w)|(?-i:{UPPER_CLASS})))", FLAGS)
_LEVELS = {"tỉnh": "province", "thành": "province", "huyện": "district", "quận": "district",
           "thị": "district"}


def join_place_by_level(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A lower-case class with the place it belongs to named by its level word, one mention."""
    out: list[Candidate] = []
    for c in chosen:
        m = _PLACE_BY_LEVEL.match(text, c.end)
        # (a class however it is printed, `các sở`, `Các Sở, ban, ngành`: its name has no proper name)
        lower_case = c.canonical[1:] == c.canonical[1:].lower()
        if (m is not None and lower_case and not c.suffix and " thuộc " not in c.canonical
                and not c.canonical.lower().startswith(_PLACE_COUNCILS)):
            place = " ".join(m.group().split())
            words = place.lower().split()
            level = _LEVELS[words[-2] if words[-1] in ("phố", "xã") else words[-1]]
            c = replace(c, end=m.end(), canonical=f"{c.canonical} {place}", level=level)
        out.append(c)
    return out


# `các sở, ban, ngành, cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh`: a collective of classes and the classes
# after it that belong to a body, under its one `các`, are one collective, all of them that body's
# (GUIDELINES: collective phrases); not a list that opens again with a determiner of its own (`các sở,
# ngành, các cơ quan thuộc tỉnh`), two mentions as written
_CLASS_RUN_JOINT = re.compile(r"[^\S\n]*,[^\S\n]*")
_DETERMINER = re.compile(r"(?:các|những)(?!\w)", FLAGS)
_BELONGING_CLASS = re.compile(
    r"(?:bộ|sở|ban|ngành|cơ quan|đơn vị)(?:,\s*(?:bộ|sở|ban|ngành|cơ quan|đơn vị))*\s+(?:trực\s+)?thuộc\s",
    FLAGS)


def join_class_runs(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A collective of classes with the classes listed right after it that belong to a body, one mention."""
    out: list[Candidate] = []
    for c in chosen:
        last = out[-1] if out else None
        if (last is not None and _COLLECTIVE_CLASSES.fullmatch(last.canonical) and not last.suffix
                and _CLASS_RUN_JOINT.fullmatch(text, last.end, c.start)
                and not _DETERMINER.match(text, c.start) and _BELONGING_CLASS.match(c.canonical)):
            owned = c.canonical[:1].lower() + c.canonical[1:]
            out[-1] = replace(c, start=last.start, canonical=f"{last.canonical}, {owned}")
            continue
        out.append(c)
    return out
