"""Body candidates: every rule's matches on the tone-normalised text, with kind and level.

A candidate may accept a suffix it was written without (`Sở Tài chính` takes the level word a
list ends with; `Thường trực` takes the committee): `bodies` shares it and drops the partial ones
that got none.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from policylink.core.vietnamese import normalize_tones
from policylink.nlp.body_names import (
    bloc_level,
    canonical_name,
    committee_of,
    in_capitals,
    is_abbreviation,
    level_of_suffix,
    spells_a_word,
)
from policylink.nlp.body_open_class import body_at, names_a_ministry, open_class_span, parent_end
from policylink.nlp.body_rules import DESCRIBED_ITEM, FLAGS, OPEN_CLASS_CENTRAL, body_rules
from policylink.nlp.gazetteer import abbreviation_key, initials

# The level a department's head word gives when no level word follows (`Sở Xây dựng`).
_HEAD_LEVELS = {"bộ": "central", "sở": "province", "phòng": "district"}
# `Bộ trưởng, Thủ trưởng cơ quan ngang Bộ`, `các Bộ, cơ quan ngang Bộ`: the class of ministries
# (RULINGS R2, R10), named with the other classes of central bodies after it; in lower case too, with or
# without `các` (`Trách nhiệm của bộ, cơ quan ngang bộ`).
_MINISTRIES = re.compile(
    r"(?<!\w)(?<!ngang )(?-i:[Bb]ộ)(?:[^\S\n]+trưởng(?:[^\S\n]+các[^\S\n]+(?-i:Bộ))?)?"
    r"(?=\s*,\s*(?:(?:các\s+)?thủ\s+trưởng\s+)?(?:các\s+)?cơ\s+quan\s+ngang\s+bộ)", FLAGS)
# `Thủ tướng, các Phó Thủ tướng Chính phủ`: the Prime Minister named before his deputies (RULINGS R4).
_PRIME_MINISTER_BEFORE_DEPUTIES = re.compile(
    r"(?<!Phó )(?<!\w)(?-i:Thủ tướng|THỦ TƯỚNG)"
    r"(?=[^\S\n]*,[^\S\n]*(?:các[^\S\n]+)?phó[^\S\n]+thủ[^\S\n]+tướng)", FLAGS)
# `các Phó Thủ tướng CP`: the deputies' Government, abbreviated (`CP` alone is too often `cổ phần`).
_DEPUTIES_GOVERNMENT = re.compile(r"(?<=Phó Thủ tướng )(?-i:CP)(?!\w)", FLAGS)
# `Chánh Văn phòng,` with no body after it: the head of the issuer's own office stands for that office
_OWN_OFFICE = re.compile(r"(?<=Chánh )(?-i:Văn phòng)(?=[^\S\n]*(?:[,;.]|và(?!\w)|\n|$))")


def _abbreviates_words_before(key: str, m: re.Match[str]) -> bool:
    """`Ban Tổ chức (BTC)`: the code in brackets spells the words before it, not a ministry."""
    words = re.findall(r"\w+", key[key.rfind("\n", 0, m.start()) + 1 : m.start()])
    code = m.group()
    return len(words) >= len(code) and initials(" ".join(words[-len(code):])) == code


# `(BTC)`, `(BTP)` after a unit: `B` and the initials of a field (nlp.gazetteer.field_initials)
_MINISTRY_CODE = re.compile(r"(?<=\()(?-i:B(?P<field>[A-ZĐ]{2,6}))(?=\))")
# The marker of a list item (`a) `, `- `, `2. `); `_ITEM_MARKER`: alone before its content on the line.
_MARKER = r"(?:[a-zđ]\)|\(?\d+\)|\d+\.|[-–+•])"
_ITEM_MARKER = re.compile(rf"[^\S\n]*{_MARKER}[^\S\n]*")
# Where a clause opens: a line (past its item marker) or a comma; a subject written there acts.
_OPENS_CLAUSE = re.compile(rf"(?:(?:^|\n)[^\S\n]*{_MARKER}?|,)[^\S\n]*$")
LIST_HEAD = "list-head"  # the kind of a list's head: it keeps a collective off it and is dropped
# `thuộc thành phố`, `thuộc tỉnh`: a class belonging to a place named by its level word alone.
LEVEL_AFTER_BELONGS = re.compile(r"(?:tỉnh|thành\s+phố|huyện|xã|phường)(?!\s*(?-i:[A-ZĐ]))(?!\w)", FLAGS)
_OF_THE_CENTRE = re.compile(r"(?<!\w)của\s+$", FLAGS)
_SERVED = re.compile(r"^\s*(?:của|trong)(?=\s)", FLAGS)  # `các sở, ngành của tỉnh`: the place served


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    canonical: str
    kind: str
    level: str | None
    accepts: str | None = None  # the suffix this name could take: "level" | "committee"
    suffix_type: str | None = None  # the suffix it was written with
    suffix: str = ""  # canonical text of that suffix (" tỉnh", " Tỉnh ủy")
    partial: bool = False  # kept only if a coordinated list gives it its suffix


def candidates(text: str, key: str) -> Iterator[Candidate]:
    rules = body_rules()
    for m in rules.organ_with_committee.finditer(key):
        if m["peer"]:  # `ban tuyên giáo cùng cấp`
            yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "party", None)
            continue
        committee = m["suffix"] or m["members"] or m["owner"]
        kind, level = committee_of(committee)
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), kind,
                         level, suffix_type="committee", suffix=" " + canonical_name(committee))
    for m in rules.bare_committee.finditer(key):
        first = m.group().split()[0]
        if is_abbreviation(first) and spells_a_word(first) and in_capitals(
                key, m.start(), m.start() + len(first)):
            continue  # `LĨNH VỰC TƯ PHÁP`: a word of a heading, not `TƯ` (Trung ương)
        kind, level = committee_of(m.group())
        if normalize_tones(m.group()).lower().strip() == "trung ương" and not _OF_THE_CENTRE.search(
            key, max(0, m.start() - 10), m.start()
        ):
            continue  # an adjective far more often than the Central Committee
        yield Candidate(m.start(), m.end(), canonical_name(m.group()), kind, level)
    for m in rules.bare_organ.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "party",
                         None, accepts="committee", partial=True)
    for m in rules.fields.finditer(key):
        yield from _field_candidate(text, m)
    for m in rules.field_list.finditer(key):
        yield from _listed_fields(text, m)
    for m in rules.council_committee.finditer(key):
        level = level_of_suffix(m["suffix"]) if m["suffix"] else None
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", level)
    for m in rules.board.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                         level_of_suffix(m["suffix"]))
    for m in _MINISTRY_CODE.finditer(key):  # `Vụ PC (BTC)`: the ministry a unit belongs to, by its code
        field = rules.gazetteer.field_initials.get(m["field"])
        if field is not None and not _abbreviates_words_before(key, m):
            yield Candidate(m.start(), m.end(), f"Bộ {field}", "state", "central")
    for m in rules.recipient_code.finditer(key):
        # (`Trung tâm TT, KGVX`: an organ's abbreviation after a head noun is a distribution code, H8)
        organ = m.group().split()[-1] in rules.gazetteer.organ_abbreviations
        if _ITEM_MARKER.match(key, key.rfind("\n", 0, m.start()) + 1) and not organ:
            head = m.group().split()[0]
            yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                             "central" if head in OPEN_CLASS_CENTRAL else None)
    for m in rules.central_board.finditer(key):
        if (end := parent_end(key, m.end())) is not None:
            yield Candidate(m.start(), end, canonical_name(text[m.start() : end]), "state", "central")
    for m in rules.acting_board.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", None)
    for m in rules.bare_standing_board.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(m.group()), "front", None,
                         accepts="committee")
    for m in rules.own_inspectorate.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(m.group()), "state",
                         "central" if m["owner"] == "Bộ" else "province")
    for m in rules.ministry_department.finditer(key):
        if _joins_a_named_body(key, m):
            continue
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                         level_of_suffix(m["suffix"]), suffix_type="level",
                         suffix=" " + " ".join(m["suffix"].split()))
    for m in rules.steering.finditer(key):
        written = m["suffix"] or m["central"]
        level = level_of_suffix(written) if written else "central" if m["national"] else None
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", level)
    for m in rules.delegation_before_members.finditer(key):
        tail = canonical_name(m["tail"])
        level = level_of_suffix(m["suffix"]) if m["suffix"] else None
        # (the tail's level word is shared by the council's organs listed before: `_share_suffixes`)
        suffix = " " + " ".join(m["suffix"].split()) if m["suffix"] else ""
        yield Candidate(m.start(), m.end(), f"{canonical_name(m['head'])} {tail}", "state", level,
                         suffix_type="level" if suffix else None, suffix=suffix)
    for m in rules.centre.finditer(key):
        level = level_of_suffix(m["suffix"])
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", level,
                         suffix_type="level", suffix=" " + " ".join(m["suffix"].split()))
    for m in _PRIME_MINISTER_BEFORE_DEPUTIES.finditer(key):
        yield Candidate(m.start(), m.end(), "Thủ tướng Chính phủ", "state", "central")
    for m in _DEPUTIES_GOVERNMENT.finditer(key):
        yield Candidate(m.start(), m.end(), "Chính phủ", "state", "central")
    for m in _OWN_OFFICE.finditer(key):
        yield Candidate(m.start(), m.end(), "Văn phòng", "state", None)
    for m in _MINISTRIES.finditer(key):
        yield Candidate(m.start(), m.end(), "Bộ", "state", "central")
    for m in rules.held_list.finditer(key):  # (before the gazetteer's names: these win a tie)
        yield from _held_list_candidates(text, key, m)
    for entry, pattern in zip(rules.gazetteer.names, rules.names, strict=True):
        for m in pattern.finditer(key):
            yield _name_candidate(text, m, entry.kind, entry.level, entry.level_word)
    for m in rules.generic.finditer(key):
        # `tổ chức` alone beside `cơ quan` is no body of its own (R15): `các cơ quan, tổ chức, cá nhân`
        end = m.end("head") if m["more"].replace(",", " ").lower().split() == ["tổ", "chức"] else m.end()
        yield Candidate(m.start(), end, canonical_name(text[m.start("head") : end]), "other", None)
    for m in rules.each.finditer(key):
        if _OPENS_CLAUSE.search(key, max(0, m.start() - 20), m.start()):
            name = canonical_name(text[m.start("head") : m.end()])
            yield Candidate(m.start(), m.end(), name, "other", None)
    for m in rules.paired.finditer(key):
        yield Candidate(m.start(), m.end(), "Cơ quan", "other", None)
    for m in rules.described.finditer(key):
        line_start = key.rfind("\n", 0, m.start()) + 1
        if m["item"] is None or _ITEM_MARKER.fullmatch(key, line_start, m.start()):
            yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "other", None)
    for m in rules.functional.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", None)
    for m in rules.national_sector.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", "central")
    for m in rules.sector_class.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", None)
    for m in rules.other_agencies.finditer(key):
        central = m.end() == m.end("place") and m["place"].lower().startswith("trung")
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                         "central" if central else None)
    for m in rules.house_committee.finditer(key):
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", "central")
    for m in rules.portal.finditer(key):  # a recipient: alone on its list item
        if not _ITEM_MARKER.fullmatch(key, key.rfind("\n", 0, m.start()) + 1, m.start()):
            continue
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                         level_of_suffix(m["suffix"]))
    for m in rules.collective.finditer(key):  # (as written: GUIDELINES, canonical names)
        level = level_of_suffix(_SERVED.sub("", m["suffix"])) if m["suffix"] else None
        # (classes of a level are the state's, as the gazetteer's `Sở, ban, ngành` is)
        yield Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]),
                         "state" if level else "other", level)
    for m in rules.held_class.finditer(key):
        yield _held_class_candidate(text, m)
    for m in rules.open_class.finditer(key):  # after the named ones: those win a tie
        # a centre run to its level word ends there (`Trung tâm X Thành phố xây dựng ...`)
        if not rules.centre.match(key, m.start()) and (span := open_class_span(text, m)) is not None:
            yield Candidate(*span)
    yield from _council_places(text, key)


_RELATED = re.compile(r"\s+(?:có\s+)?liên\s+quan(?=\s)", FLAGS)


def _held_class_candidate(text: str, m: re.Match[str]) -> Candidate:
    """`Giám đốc các sở` -> `Sở`; `Thủ trưởng các đơn vị có liên quan thuộc Bộ X` -> `Đơn vị thuộc Bộ X`."""
    start, end = m.span("cls")
    name = canonical_name(_RELATED.sub("", text[start:end]))
    words = normalize_tones(name).lower().replace(",", " ").split()
    head = "cục" if words[:2] == ["tổng", "cục"] else words[0]  # (a `Tổng cục` is a ministry's, as a `Cục`)
    level = _HEAD_LEVELS.get(head, "central" if head in ("cục", "vụ") else None)
    return Candidate(start, end, name, "other" if head in ("tập", "tổng") else "state", level)


# `cơ quan ngang Bộ`, `đơn vị thuộc Sở X`, `cơ quan của tỉnh`: a class related to a body of its own
OWN_RELATION = re.compile(r"(?<!\w)(?:ngang|thuộc|của)(?!\w)", FLAGS)
_CLASS_KINDS = {"công": "other", "tập": "other", "tổng": "other"}  # enterprises; the rest are the state's


def _held_list_candidates(text: str, key: str, m: re.Match[str]) -> Iterator[Candidate]:
    """`Thủ trưởng các cơ quan chuyên môn, tổ chức hành chính khác thuộc UBND tỉnh` -> `Cơ quan chuyên môn
    thuộc Ủy ban nhân dân tỉnh`, `Tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh`: each class a
    body; a body they belong to is every class's (the last one's mention runs to its end), a place
    (`thuộc thành phố`) only the last class's."""
    # (read past the items' end: a bare head's look-ahead sees the `thuộc` after it)
    items = [i for i in DESCRIBED_ITEM.finditer(key, m.start("items")) if i.end() <= m.end("items")]
    owner, owner_end, shared = "", m.end("items"), False
    if m["belongs"]:
        at = m.end() + 1
        named = body_at(key, at)
        if named is None and (name := body_rules().open_class.match(key, at)):
            named = span[1] if (span := open_class_span(key, name)) else None  # `Cục Văn thư và Lưu trữ X`
        words = LEVEL_AFTER_BELONGS.match(key, at)
        if named is not None:
            owner, owner_end, shared = text[m.start("belongs") : named].strip(), named, True
        elif words is not None:
            owner, owner_end = text[m.start("belongs") : words.end()].strip(), words.end()
    for i, item in enumerate(items):
        last = i == len(items) - 1
        written = text[item.start() : item.end()]
        # (a class related to a body of its own, `cơ quan ngang Bộ`, takes no other: RULINGS R92)
        takes = bool(owner) and (last or (shared and not OWN_RELATION.search(written)))
        if len(written.split()) == 2 and not takes:
            continue  # a bare head (`các tổ chức`) is a class only of the body it belongs to
        name = canonical_name(f"{written} {owner}" if takes else written)
        end = owner_end if last and owner else item.end()
        head = normalize_tones(item.group().split()[0]).lower()
        yield Candidate(item.start(), end, name, _CLASS_KINDS.get(head, "state"), None)


@cache
def _place_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    proper = body_rules().gazetteer.proper_name
    place = rf"(?-i:Thành)[^\S\n]+phố{proper}|(?-i:Tỉnh){proper}"
    joint = r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+và[^\S\n]+)"
    council = rf"(?:ủy[^\S\n]+ban[^\S\n]+nhân[^\S\n]+dân|(?-i:UBND))[^\S\n]+(?:thành[^\S\n]+phố|tỉnh){proper}"
    return (re.compile(rf"{council}(?P<places>(?:{joint}(?:{place}))+)", FLAGS),
            re.compile(place, FLAGS))


def _council_places(text: str, key: str) -> Iterator[Candidate]:
    """`UBND thành phố Hà Nội, Thành phố Hồ Chí Minh`: the council's head word is shared by the
    provinces named after it (GUIDELINES: one mention per body), each the council of its place."""
    shared, place = _place_patterns()
    for m in shared.finditer(key):
        for p in place.finditer(key, m.start("places"), m.end("places")):
            name = canonical_name(text[p.start() : p.end()])
            yield Candidate(p.start(), p.end(), f"Ủy ban nhân dân {name}", "state", level_of_suffix(name))


def _joins_a_named_body(key: str, m: re.Match[str]) -> bool:
    """`Chi cục Thuế và Kho bạc Nhà nước huyện`: a `và` inside the match starts another body."""
    for joint in re.finditer(r"[^\S\n]+và[^\S\n]+", m.group()):
        at = m.start() + joint.end()
        if any(pattern.match(key, at) for pattern in body_rules().names):
            return True
    return False


def _field_candidate(text: str, m: re.Match[str]) -> Iterator[Candidate]:
    head = normalize_tones(m.group("head")).lower()
    field_text = text[m.start("field") : m.end("field")]
    if not field_text[:1].isupper():
        return
    if head == "bộ" and not names_a_ministry(m.group("field")):
        return
    default = _HEAD_LEVELS[head]
    suffix = m.group("suffix")
    if head == "bộ" and suffix:  # `Bộ Xây dựng tỉnh ...` does not exist: stop at the field
        end = m.end("field")
        yield Candidate(m.start(), end, canonical_name(text[m.start() : end]), "state", default)
        return
    level = level_of_suffix(suffix) if suffix else default
    expanded = _field_of_initials(field_text)
    name = canonical_name(text[m.start() : m.end()]) if expanded is None else canonical_name(
        f"{text[m.start() : m.start('field')]}{expanded}{text[m.end('field') : m.end()]}")
    # a ministry has no level word: it takes none from a list (`Bộ X, Sở Y tỉnh`)
    yield Candidate(m.start(), m.end(), name, "state",
                     level, accepts=None if suffix or head == "bộ" else "level",
                     suffix_type="level" if suffix else None,
                     suffix=" " + " ".join(suffix.split()) if suffix else "")


def _field_of_initials(field_text: str) -> str | None:
    """`VHTT` (in `Sở VHTT`) -> `Văn hóa và Thể thao`: a field written by its initials, a code that is
    none of the gazetteer's abbreviations (those expand with the name)."""
    g = body_rules().gazetteer
    if not field_text.isupper() or abbreviation_key(field_text) in g.expansions:
        return None
    return g.field_initials.get(re.sub(r"\W", "", field_text))


def _listed_fields(text: str, m: re.Match[str]) -> Iterator[Candidate]:
    """One body per field of `các sở: A, B, C`, named `Sở A` (the field's text is the mention)."""
    head = normalize_tones(m["head"]).lower()
    level = _HEAD_LEVELS[head]
    if m["also"]:  # `Các Bộ, cơ quan:` heads the list: no collective `Bộ, cơ quan` of its own
        yield Candidate(m.start(), m.start("fields"), "", LIST_HEAD, None)
    known = body_rules().listed_field.finditer(m.string, m.start("fields"), m.end("fields"))
    for start, end in [*(f.span() for f in known), *_more_fields(m.string, m.end("fields"))]:
        name = canonical_name(text[start:end])
        yield Candidate(start, end, f"{head.capitalize()} {name}", "state", level)


_NEXT_ITEM = re.compile(r"[^\S\n]*[,;][^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+")
_ITEM_WORD = re.compile(r"(?:[^\S\n]*[-–&][^\S\n]*|[^\S\n]+)?(\w+)")
_ITEM_END = re.compile(r"[^\S\n]*(?:[,;.:\n]|$)")
_NAME_GOES_ON = re.compile(r"[^\S\n]+(?:(?:và|&)[^\S\n]+)?[A-ZĐÀ-Ỹ]")
_FIELD_WORDS = 2  # a field's name has two words at least (`Y tế`, `Tư pháp`)


@cache
def _field_words() -> frozenset[str]:
    """The words the gazetteer's fields are written with (`giao`, `thông`, `bưu`, `chính`, ...)."""
    return frozenset(w for f in body_rules().gazetteer.fields for w in re.findall(r"\w+", f))


def _more_fields(key: str, pos: int) -> Iterator[tuple[int, int]]:
    """The fields a list goes on to name past those the gazetteer knows, up to its `;`, a body or title
    of another kind, or the predicate: each a capitalised run of two or more field words (`Giao thông Công
    chính`, `Bưu chính Viễn thông`) ended by a joint, or the last one by a lower-case word that is no level
    word (`Công an tỉnh` is a body of its own)."""
    words = _field_words()
    while (joint := _NEXT_ITEM.match(key, pos)) is not None and key[joint.end() : joint.end() + 1].isupper():
        start = end = joint.end()
        taken: list[str] = []
        while (word := _ITEM_WORD.match(key, end)) and (
                (said := normalize_tones(word[1]).lower()) in words or said == "và"):
            end = word.end()
            taken.append(said)
        while taken and taken[-1] == "và":
            taken.pop()
            end = key.rindex("và", start, end)
            end = start + len(key[start:end].rstrip())
        if len(taken) < _FIELD_WORDS:
            return
        if not _ITEM_END.match(key, end) and (_NAME_GOES_ON.match(key, end) or re.match(
                body_rules().gazetteer.level_pattern, key[end:])):
            return  # (`Tài nguyên Môi trường và Nhà đất`: a name of words no field has)
        yield start, end
        if not _ITEM_END.match(key, end) or key[end:end + 1] in ";.:\n":
            return
        pos = end


def _name_candidate(
    text: str, m: re.Match[str], kind: str, level: str | None, level_word: str
) -> Candidate:
    groups = m.groupdict()
    suffix = groups.get("suffix")
    canonical = canonical_name(text[m.start() : m.end()])
    if groups.get("tail"):  # `chi bộ trực thuộc`, `cơ quan chuyên môn thuộc UBND tỉnh`
        parent_level = groups.get("parent_level")
        return Candidate(m.start(), m.end(), canonical, kind,
                          level_of_suffix(parent_level) if parent_level else level)
    if level_word == "none":
        return Candidate(m.start(), m.end(), canonical, kind, level)
    accepts = "committee" if level_word == "committee" else "level"
    if not suffix:
        return Candidate(m.start(), m.end(), canonical, kind, level, accepts=accepts)
    if accepts == "committee":
        level = committee_of(suffix)[1]
        shown = " " + canonical_name(suffix)
    else:
        level = level_of_suffix(suffix) or bloc_level(suffix)
        shown = " " + normalize_tones(" ".join(text[m.start("suffix") : m.end()].split()))
    return Candidate(m.start(), m.end(), canonical, kind, level, suffix_type=accepts,
                      suffix=shown)
