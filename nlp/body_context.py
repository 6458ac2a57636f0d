"""The words around a body mention that belong to its name, or that it shares with the mentions
beside it: a standing organ, an apparatus, an inspectorate, an office's head or a determiner written
before it; a compound's head (`Ban cán sự đảng` + `UBND tỉnh`); `Phó` before `Thủ tướng Chính phủ`
(the Government); a level word or committee written once at the end of a list, or an organ once before
a colon, for each member. nlp.bodies applies them in turn.
"""

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from policylink.core.vietnamese import normalize_tones
from policylink.nlp.body_candidates import Candidate
from policylink.nlp.body_names import TRAILING_RELATED, canonical_name
from policylink.nlp.body_rules import FLAGS, body_rules
from policylink.nlp.gazetteer import UPPER_CLASS

_COMPOUND_PREFIXES = {"đảng đoàn", "ban cán sự đảng", "đảng ủy"}
_COMPOUND_INNER_KINDS = {"state", "front", "mass_org"}
# A standing organ written before a grassroots party committee or the Front's committee names
# that committee's organ: `Ban Thường vụ Đảng ủy xã X`, `Ban Thường trực Ủy ban MTTQ tỉnh`.
_STANDING_ORGAN = re.compile(r"(?:Ban Thường vụ|Ban Thường trực|Thường trực|Ban Chấp hành)[^\S\n]+$")
_ORGAN_HOLDERS = ("đảng ủy", "ủy ban mặt trận tổ quốc", "ủy ban trung ương mặt trận tổ quốc")
# `Cơ quan Ủy ban Kiểm tra Tỉnh ủy`: the working apparatus of a committee, named with it; its own
# office and units are named in front (`Văn phòng Cơ quan ...`, `phòng nghiệp vụ thuộc Cơ quan ...`,
# `ban, đơn vị thuộc Cơ quan ...`), one compound mention each.
_APPARATUS = re.compile(
    r"(?:(?-i:Văn phòng)[^\S\n]+|(?<!\w)(?:phòng|ban|vụ|đơn vị|bộ phận)(?:,?[^\S\n]+[^\W\d_]+){0,3}?"
    r"[^\S\n]+(?:trực[^\S\n]+)?thuộc[^\S\n]+)?(?-i:Cơ quan)[^\S\n]+$", FLAGS)
# `Thanh tra Chính phủ`, `Thanh tra Sở Xây dựng`, `Thanh tra Bộ Tài chính`: the inspectorate of a
# state body is a body of its own, named with it (the verb `thanh tra` is written in lower case).
_INSPECTORATE = re.compile(r"(?<!\w)(?-i:Thanh tra)[^\S\n]+$")
# `Thường trực: Tỉnh ủy, HĐND tỉnh;` (a recipients item): the standing organ written once before a
# colon heads each body of the item, `Thường trực Tỉnh ủy`, `Thường trực HĐND tỉnh` (dev H9).
_SHARED_ORGAN = re.compile(r"(?<!\w)(?P<organ>Thường trực|Ban Thường vụ)[^\S\n]*:[^\S\n]*")
_ITEM_END = re.compile(r"[;\n]|$")
# `CVP UBND tỉnh`, `các Phó CVP UBND tỉnh`: the head of a body's office (abbreviated) stands for the
# office, named by the body written after it (RULINGS R2, R4).
_OFFICE_HEAD = re.compile(r"(?<!\w)(?-i:CVP|PCVP)[^\S\n]+$")
_LEADING_DETERMINER = re.compile(r"(?:(?<=\s)|^)(?:các|những|mọi)\s+$", FLAGS)
_COORDINATOR = re.compile(r"\s*(?:,|;|và|cùng)\s*", FLAGS)
LOOKBEHIND = 60  # characters before a name searched for a determiner or a role


def join_compounds(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """`Ban cán sự đảng` + `UBND tỉnh` -> one body `Ban cán sự đảng Ủy ban nhân dân tỉnh`."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.canonical.lower() in _COMPOUND_PREFIXES
            and not text[prev.end : c.start].strip()
            and (c.kind in _COMPOUND_INNER_KINDS or c.level == "central")
        ):
            out[-1] = replace(c, start=prev.start, kind="party",
                              canonical=f"{prev.canonical} {c.canonical}")
        else:
            out.append(c)
    return out


def _with_standing_organ(text: str, c: Candidate) -> Candidate:
    if c.kind not in ("party", "front") or not c.canonical.lower().startswith(_ORGAN_HOLDERS):
        return c
    m = _STANDING_ORGAN.search(text, max(0, c.start - LOOKBEHIND), c.start)
    if m is None:
        return c
    return replace(c, start=m.start(), canonical=f"{m.group().strip()} {c.canonical}")


def _with_apparatus(text: str, c: Candidate, floor: int) -> Candidate:
    """`Cơ quan Ủy ban MTTQ tỉnh` and its units, not reaching back into the mention before
    (`floor`)."""
    if c.kind not in ("party", "front"):
        return c
    m = _APPARATUS.search(text, max(floor, c.start - LOOKBEHIND), c.start)
    if m is None:
        return c
    return replace(c, start=m.start(), canonical=f"{canonical_name(m.group().strip())} {c.canonical}")


def _with_inspectorate(text: str, c: Candidate) -> Candidate:
    if c.kind != "state":
        return c
    m = _INSPECTORATE.search(text, max(0, c.start - 20), c.start)
    if m is None:
        return c
    return replace(c, start=m.start(), canonical=f"Thanh tra {c.canonical}")


# `Chi nhánh Văn phòng ĐKĐĐ`, `Chi nhánh số 1 Trung tâm Phục vụ hành chính công Thành phố`: a branch of a
# body, a body of its own
_BRANCH = re.compile(r"(?<!\w)(?-i:Chi nhánh)(?:[^\S\n]+số[^\S\n]+\d+)?[^\S\n]+$")


def with_branch(text: str, c: Candidate) -> Candidate:
    if c.kind != "state" or not (m := _BRANCH.search(text, max(0, c.start - 20), c.start)):
        return c
    return replace(c, start=m.start(), canonical=f"{' '.join(m.group().split())} {c.canonical}")


def _with_office_head(text: str, c: Candidate) -> Candidate:
    if c.kind != "state" or not _OFFICE_HEAD.search(text, max(0, c.start - 10), c.start):
        return c
    return replace(c, canonical=f"Văn phòng {c.canonical}")


# `Phó Thủ tướng Chính phủ Lê Văn A`, `các Phó Thủ tướng Chính phủ`: a deputy of the Prime Minister
# stands for the Government (RULINGS R2, R4); the Prime Minister is a body of his own.
_DEPUTY = re.compile(r"(?<!\w)phó[^\S\n]+$", FLAGS)
_GOVERNMENT = re.compile(r"chính[^\S\n]+phủ", FLAGS)


def deputy_of_prime_minister(key: str, c: Candidate) -> Candidate:
    if c.canonical.lower() != "thủ tướng chính phủ" or not _DEPUTY.search(key, max(0, c.start - 10), c.start):
        return c
    government = _GOVERNMENT.search(key, c.start, c.end)
    if government is None:
        return c
    return replace(c, start=government.start(), canonical="Chính phủ")


def with_words_before(text: str, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Each mention with the words written before it that belong to its name: a standing organ,
    an apparatus (not reaching back into the complete mention before), an inspectorate, a branch, an
    office's head, a determiner."""
    floor = 0  # end of the last complete mention so far
    for c in chosen:
        extended = _with_apparatus(text, _with_standing_organ(text, c), floor)
        extended = with_branch(text, _with_inspectorate(text, extended))
        yield _with_determiner(text, _with_office_head(text, extended))
        if not c.partial:
            floor = max(floor, c.end)


def _with_determiner(text: str, c: Candidate) -> Candidate:
    m = _LEADING_DETERMINER.search(text, max(0, c.start - LOOKBEHIND), c.start)
    start = m.start() if m else c.start
    related = TRAILING_RELATED.match(text, c.end)
    end = related.end() if related else c.end
    return replace(c, start=start, end=end)


def share_suffixes(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Give a list's final level word / committee to the members before it that lack one."""
    out = list(chosen)
    for i in range(len(out) - 1, 0, -1):
        holder = out[i]
        if not holder.suffix_type:
            continue
        j = i - 1
        while j >= 0 and _COORDINATOR.fullmatch(text[out[j].end : out[j + 1].start]):
            member = out[j]
            if member.suffix_type:
                break
            if member.accepts == holder.suffix_type == "committee":  # `Thường trực, BTV Tỉnh ủy`
                out[j] = replace(member, canonical=member.canonical + holder.suffix,
                                 level=holder.level, suffix_type=holder.suffix_type,
                                 suffix=holder.suffix, partial=False)
            elif member.accepts == holder.suffix_type == "level" and _same_council(member, holder):
                # `Thường trực HĐND, các Ban của HĐND, Tổ đại biểu HĐND thành phố`: the organs of one
                # council take its level word in their names
                out[j] = replace(member, canonical=member.canonical + holder.suffix, level=holder.level)
            elif member.accepts == holder.suffix_type:  # the level is shared, the name as written
                out[j] = replace(member, level=holder.level)
            j -= 1
    return [c for c in out if not c.partial]


_COUNCILS = ("hội đồng nhân dân", "ủy ban nhân dân", "ủy ban mặt trận tổ quốc",
             "ủy ban mặt trận tổ quốc việt nam")


def _same_council(member: Candidate, holder: Candidate) -> bool:
    """The member names an organ of a council and the holder a council's body with its level word
    (`Thường trực HĐND, các Ban của HĐND, Tổ đại biểu HĐND thành phố`, `Thường trực HĐND, UBND tỉnh X`):
    the councils of one place; a council itself is no organ (`HĐND, UBND tỉnh`)."""
    owner = holder.canonical.removesuffix(holder.suffix).lower()
    name = member.canonical.lower()
    if holder.suffix.split()[:1] == ["các"]:  # `TT HĐND, UBND các xã`: a class of places, no one place
        return False
    return any(name.endswith(" " + c) for c in _COUNCILS) and any(
        owner == c or owner.endswith(" " + c) for c in _COUNCILS)


# `Thường trực HĐND, UBND tỉnh X`, `TT. Tỉnh ủy, HĐND tỉnh` in a recipients item: the standing organ
# written before the first council heads each council of the list (heldout H9, RULINGS R93).
_STANDING_HEAD = re.compile(r"(?-i:Thường trực|TT\.?)[^\S\n]")
_RECIPIENT_ITEM = re.compile(r"^[^\S\n]*[-+•][^\S\n]*", re.MULTILINE)
_STANDING_HOLDERS = _COUNCILS + ("tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy")


@cache
def _level_word_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{body_rules().gazetteer.level_pattern})$", FLAGS)


def share_standing_head(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Give the `Thường trực` of a recipients item's first council to the councils listed after it,
    but not to a class of places (`TT HĐND, UBND các xã`), nor after a head written whole with its level
    word (`Thường trực HĐND tỉnh, UBND tỉnh`: each member is named in full)."""
    out = list(chosen)
    items = {m.end() for m in _RECIPIENT_ITEM.finditer(text)}
    for i, head in enumerate(out):
        if (head.start not in items or not _STANDING_HEAD.match(text, head.start)
                or _level_word_at_end().search(text, head.start, head.end)):
            continue
        j = i + 1
        while j < len(out) and _COORDINATOR.fullmatch(text[out[j - 1].end : out[j].start]):
            member = out[j]
            name = member.canonical.lower()
            if not name.startswith(_STANDING_HOLDERS) or " các " in f" {name} ":
                break
            out[j] = replace(member, canonical=f"Thường trực {member.canonical}")
            j += 1
    return out


_OWN_RELATION = re.compile(r"(?<!\w)(?:thuộc|ngang|của)(?!\w)", FLAGS)
_DETERMINER_FIRST = re.compile(r"(?:các|những)[^\S\n]", FLAGS)
# (`trực thuộc` names a kind of its own, `đảng ủy trực thuộc Tỉnh ủy`, in the lists of committees)
_QUALIFIER = re.compile(r"(?<!trực)[^\S\n]+thuộc[^\S\n]+\S.*$")


def share_qualifier(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """`các tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc thành phố`: the `thuộc X` of a list's
    last head belongs to each head of the list under one determiner that has no place of its own
    (RULINGS R92); the mention text stays as written."""
    out = list(chosen)
    for i in range(len(out) - 1, 0, -1):
        qualifier = _QUALIFIER.search(out[i].canonical)
        if qualifier is None:
            continue
        j = i - 1
        while j >= 0 and _COORDINATOR.fullmatch(text[out[j].end : out[j + 1].start]):
            j -= 1
        first = j + 1
        if first == i or not _DETERMINER_FIRST.match(text, out[first].start):
            continue
        for k in range(first, i):  # (a member placed on its own, `các cơ quan ngang Bộ, cơ quan thuộc ...`)
            if out[k].level is None and _OWN_RELATION.search(out[k].canonical) is None:
                out[k] = replace(out[k], canonical=out[k].canonical + qualifier.group(), level=out[i].level)
    return out


def share_organ(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Each body of an item headed by `Thường trực:` is that organ's (the organ gives no mention of
    its own)."""
    out = list(chosen)
    for m in _SHARED_ORGAN.finditer(text):
        item_end = _ITEM_END.search(text, m.end()).start()
        for i, c in enumerate(out):
            if m.end() <= c.start < item_end and c.kind in ("party", "state", "front"):
                out[i] = replace(c, canonical=f"{m['organ']} {c.canonical}")
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
               and _COORDINATOR.fullmatch(text, chosen[j - 1].end, chosen[j].start)):
            j += 1
        end = chosen[j - 1].end
        out.append(replace(c, start=cls.start(), end=end, canonical=canonical_name(text[cls.start() : end]),
                           kind="state", level=None))
        i = j
    return out
