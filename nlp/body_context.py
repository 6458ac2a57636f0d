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

from policylink.nlp.body_candidates import OWN_RELATION, Candidate
from policylink.nlp.body_names import TRAILING_RELATED, canonical_name
from policylink.nlp.body_rules import FLAGS, body_rules

_COMPOUND_PREFIXES = {"đảng đoàn", "ban cán sự đảng", "đảng ủy"}
_COMPOUND_INNER_KINDS = {"state", "front", "mass_org"}
# A standing organ written before a grassroots party committee or the Front's committee names
# that committee's organ: `Ban Thường vụ Đảng ủy xã X`, `Ban Thường trực Ủy ban MTTQ tỉnh`.
# (`Phó Chủ tịch Thường trực Ủy ban MTTQ xã`: `Thường trực` of the title, the holder's body is the committee)
_STANDING_ORGAN = re.compile(
    r"(?:Ban Thường vụ|Ban Thường trực|(?<![Cc]hủ tịch )(?<!CHỦ TỊCH )Thường trực|Ban Chấp hành)[^\S\n]+$")
_ORGAN_HOLDERS = ("đảng ủy", "ủy ban mặt trận tổ quốc", "ủy ban trung ương mặt trận tổ quốc")
# ... and so does any organ of a grassroots party committee (`Ủy ban Kiểm tra Đảng ủy`, `Ban Tuyên giáo
# Đảng ủy xã X`), as it does of a Tỉnh ủy or Huyện ủy (the body rules join those).
_PARTY_ORGANS = ("Ủy ban Kiểm tra", "Uỷ ban Kiểm tra", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính",
                 "Ban Tuyên giáo", "Ban Tuyên giáo và Dân vận")
_PARTY_ORGAN = re.compile(
    "(?:" + "|".join(r"[^\S\n]+".join(map(re.escape, organ.split())) for organ in _PARTY_ORGANS)
    + r")[^\S\n]+$")
_PARTY_COMMITTEE = "đảng ủy"
# `Cơ quan Ủy ban Kiểm tra Tỉnh ủy`: the working apparatus of a committee, named with it; its own
# office and units are named in front (`Văn phòng Cơ quan ...`, `phòng nghiệp vụ thuộc Cơ quan ...`,
# `ban, đơn vị thuộc Cơ quan ...`), one compound mention each; in lower case where its staff are named
# (`các chuyên viên cơ quan MTTQ xã`, `cán bộ cơ quan ...`: staff stand for the apparatus, RULINGS R2).
_APPARATUS = re.compile(
    r"(?:(?-i:Văn phòng)[^\S\n]+|(?<!\w)(?:phòng|ban|vụ|đơn vị|bộ phận)(?:,?[^\S\n]+[^\W\d_]+){0,3}?"
    r"[^\S\n]+(?:trực[^\S\n]+)?thuộc[^\S\n]+)?(?:(?-i:Cơ quan)|(?:(?<=chuyên viên )|(?<=cán bộ ))cơ quan)"
    r"[^\S\n]+$", FLAGS)
# `Thanh tra Chính phủ`, `Thanh tra Sở Xây dựng`, `Thanh tra Bộ Tài chính`: the inspectorate of a
# state body is a body of its own, named with it (the verb `thanh tra` is written in lower case);
# so is a ministry's social insurance (`Bảo hiểm xã hội Bộ Quốc phòng`, `BHXH Bộ Quốc phòng`).
_INSPECTORATE = re.compile(r"(?<!\w)(?-i:Thanh tra|Bảo hiểm xã hội|BHXH)[^\S\n]+$")
# `Thường trực: Tỉnh ủy, HĐND tỉnh;` (a recipients item): the standing organ written once before a
# colon heads each body of the item, `Thường trực Tỉnh ủy`, `Thường trực HĐND tỉnh` (dev H9).
_SHARED_ORGAN = re.compile(r"(?<!\w)(?P<organ>Thường trực|Ban Thường vụ)[^\S\n]*:[^\S\n]*")
_ITEM_END = re.compile(r"[;\n]|$")
# `CVP UBND tỉnh`, `các Phó CVP UBND tỉnh`: the head of a body's office (abbreviated) stands for the
# office, named by the body written after it (RULINGS R2, R4).
_OFFICE_HEAD = re.compile(r"(?<!\w)(?-i:CVP|PCVP)[^\S\n]+$")
_LEADING_DETERMINER = re.compile(r"(?:(?<=\s)|^)(?:các|những|mọi)\s+$", FLAGS)
COORDINATOR = re.compile(r"\s*(?:,|;|và|cùng)\s*", FLAGS)
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
    if m is None and c.canonical.lower().startswith(_PARTY_COMMITTEE):
        m = _PARTY_ORGAN.search(text, max(0, c.start - LOOKBEHIND), c.start)
    if m is None:
        return c
    return replace(c, start=m.start(), canonical=f"{canonical_name(m.group())} {c.canonical}")


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
    return replace(c, start=m.start(), canonical=f"{canonical_name(m.group())} {c.canonical}")


# `Chi nhánh Văn phòng ĐKĐĐ`, `Chi nhánh số 1 Trung tâm Phục vụ hành chính công Thành phố`: a branch of a
# body, a body of its own
_BRANCH = re.compile(r"(?<!\w)(?-i:Chi nhánh)(?:[^\S\n]+số[^\S\n]+\d+)?[^\S\n]+$")


def with_branch(text: str, c: Candidate) -> Candidate:
    if c.kind != "state" or not (m := _BRANCH.search(text, max(0, c.start - 20), c.start)):
        return c
    return replace(c, start=m.start(), canonical=f"{' '.join(m.group().split())} {c.canonical}")


# `Hội đồng quản trị Tập đoàn X`, `HĐTV Tổng công ty Y`: the board of a state company, a body of its own
# (it decides for the company), named with it.
_COMPANY_BOARD = re.compile(
    r"(?<!\w)(?P<board>(?-i:Hội đồng)[^\S\n]+(?:quản[^\S\n]+trị|thành[^\S\n]+viên)|(?-i:HĐQT|HĐTV))[^\S\n]+$")
_COMPANY_HEADS = ("tập đoàn ", "tổng công ty ", "công ty ")
_BOARD_NAMES = {"hđqt": "Hội đồng quản trị", "hđtv": "Hội đồng thành viên"}


def _with_company_board(text: str, c: Candidate) -> Candidate:
    if not c.canonical.lower().startswith(_COMPANY_HEADS):
        return c
    m = _COMPANY_BOARD.search(text, max(0, c.start - 30), c.start)
    if m is None:
        return c
    board = " ".join(m["board"].split())
    return replace(c, start=m.start(), canonical=f"{_BOARD_NAMES.get(board.lower(), board)} {c.canonical}")


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
    an apparatus (not reaching back into the complete mention before), an inspectorate, a company's
    board, a branch, an office's head, a determiner."""
    floor = 0  # end of the last complete mention so far
    for c in chosen:
        extended = _with_apparatus(text, _with_standing_organ(text, c), floor)
        extended = with_branch(text, _with_company_board(text, _with_inspectorate(text, extended)))
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
        while j >= 0 and COORDINATOR.fullmatch(text[out[j].end : out[j + 1].start]):
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
        while j < len(out) and COORDINATOR.fullmatch(text[out[j - 1].end : out[j].start]):
            member = out[j]
            name = member.canonical.lower()
            if not name.startswith(_STANDING_HOLDERS) or " các " in f" {name} ":
                break
            out[j] = replace(member, canonical=f"Thường trực {member.canonical}")
            j += 1
    return out


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
        while j >= 0 and COORDINATOR.fullmatch(text[out[j].end : out[j + 1].start]):
            j -= 1
        first = j + 1
        if first == i or not _DETERMINER_FIRST.match(text, out[first].start):
            continue
        for k in range(first, i):  # (a member placed on its own, `các cơ quan ngang Bộ, cơ quan thuộc ...`)
            if out[k].level is None and OWN_RELATION.search(out[k].canonical) is None:
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
