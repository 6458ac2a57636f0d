"""Chains of bodies: the bodies written one after another (joined by `,`, `và`, a head role, ...) that name
a unit's actors, and the head role that stands for the body after it (`báo cáo Chủ tịch UBND huyện`)."""

import re
from bisect import bisect_left, bisect_right

from policylink.nlp.body_aliases import ALIAS_NOTE
from policylink.nlp.body_rules import OFFICE_TITLE
from policylink.nlp.gazetteer import UPPER_CLASS
from policylink.nlp.model import Body

# A note in brackets after bodies tells which of them are meant (`Thủ trưởng các đơn vị (trừ các Vụ chức
# năng)`, `Các Trung tâm X cấp tỉnh (thuộc các Đài Y):`); it names no doer of its own.
BRACKET_NOTE = r"[^\S\n]*\([^()\n]*\)[^\S\n]*"
# A role heads the body named after it (`Giám đốc các sở: A, B`, `Chủ tịch, các Phó Chủ tịch UBND tỉnh`,
# `Vụ trưởng Vụ Pháp chế`): an office-holder's title (nlp.body_rules.OFFICE_TITLE), or a head written
# before the office or board it heads. Titles written one after another head the same body (`Chủ tịch,
# Tổng Giám đốc các công ty`).
_HEAD_ROLE = (
    rf"(?:(?:các\s+)?(?:đồng chí\s+)?(?:(?:{OFFICE_TITLE})(?:\s*,\s*(?:{OFFICE_TITLE}))*"
    # (`$`: a gap between two bodies ends before the body the title heads)
    r"|(?:phó\s+)?(?:chánh|trưởng)(?=\s+(?:văn phòng|thanh tra|ban)(?!\w)|\s*$)"
    # `Trưởng ban Ban Quản lý ...`: the title written out before the board's name
    r"|(?:phó\s+)?trưởng\s+ban))"
    r"(?:\s+(?:các\s+)?(?:sở|bộ|phòng|ban)\s*:|\s*:)?\s+"
)
# (`A hoặc B thực hiện ...`: alternative doers are each responsible, RULINGS R83)
# (`Văn phòng UBND tỉnh (Trung tâm X)`: the unit in brackets after a body shares its role, RULINGS R16)
# (`UBND các huyện có tên tại Điều 1 và ...`: a back-reference to a provision qualifies the body before it)
_BACK_REFERENCE = r"(?:\s+(?:được\s+)?(?:nêu|quy định|có tên)\s+tại(?:\s+(?:điểm|khoản|điều)\s+[\w.]+,?)+)?"
# (`A, Tài chính, các ngành và UBND các huyện`: bare `ngành`, `địa phương` are no body, GUIDELINES, but a
# member of the list all the same: the list goes on past them)
_BARE_MEMBER = r"(?:các\s+)?(?:ngành|địa phương)\s*(?:,|;|và|hoặc)\s*"
# (`gửi Văn phòng Chính phủ và các Bộ: Tài chính, Xây dựng`: the head of a distributed list after the joint)
_CONNECTOR = re.compile(
    rf"{_BACK_REFERENCE}\s*\)?\s*(?:,|;|và/hoặc|và|hoặc|cùng|với|\()?\s*(?:{_BARE_MEMBER})?"
    rf"(?:{_HEAD_ROLE}|(?<=và )các\s+(?:sở|bộ|phòng)\s*:\s*)?", re.IGNORECASE)
# A person named before the title that stands for the body (`đồng chí Trần Văn An, Phó Chủ tịch UBND tỉnh`).
_NAMED_PERSON = rf"(?:đồng\s+chí|ông|bà)\s+(?:(?-i:{UPPER_CLASS})\w*\s*){{1,5}},\s*"
# Before the first body of a chain: a form of address (`Các đồng chí Bộ trưởng, Thủ trưởng ...`), the
# head of a distributed list (`Các Bộ, cơ quan: Tài chính, Xây dựng`) or a role (`Trưởng Thuế các tỉnh`),
# perhaps after the holder's name.
_FIRST_GAP = re.compile(
    r"\s*(?:(?:các\s+)?đồng\s+chí\s+|(?:các\s+)?(?:sở|bộ|phòng)(?:\s*,\s*(?:cơ\s+quan|ngành))?\s*:\s*"
    rf"|(?:{_NAMED_PERSON})?{_HEAD_ROLE})?", re.IGNORECASE)
_LEADING_ROLE = re.compile(rf"\s*{_HEAD_ROLE}", re.IGNORECASE)


_IN_ORDER: tuple[list[Body], list[Body], list[int]] = ([], [], [])


def _in_order(bodies: list[Body]) -> tuple[list[Body], list[int]]:
    """`bodies` sorted by start, and their starts. The rules ask for chains in the same list over and
    over (a unit at a time): the last list's order is kept while its items stay the same."""
    global _IN_ORDER
    seen, ordered, starts = _IN_ORDER
    if seen != bodies:  # (an item identical to the one kept is not compared field by field)
        ordered = sorted(bodies, key=lambda b: b.start)
        starts = [b.start for b in ordered]
        _IN_ORDER = (list(bodies), ordered, starts)
    return ordered, starts


def body_chain(bodies: list[Body], text: str, pos: int, limit: int) -> list[Body]:
    """Bodies written one after another from `pos` (joined by `,`, `và`, ...), in order."""
    found: list[Body] = []
    ordered, starts = _in_order(bodies)
    # (a body starting past `limit` ends past it)
    for index in range(bisect_left(starts, pos), bisect_right(starts, limit)):
        body = ordered[index]
        if body.start < pos or body.end > limit:
            continue
        gap = text[pos : body.start]
        if (_CONNECTOR.fullmatch(gap) and found) or (not found and _FIRST_GAP.fullmatch(gap)):
            found.append(body)
            pos = _past_alias(text, body.end, limit)
        elif body.start > pos:
            break
    return found


def _past_alias(text: str, pos: int, limit: int) -> int:
    """Past the name a text defines for the bodies listed before `pos` (`A, B (sau đây gọi chung là X) và C`):
    the list goes on after it, and the alias, standing for members already taken, is none of its own."""
    at = pos + len(text[pos:limit]) - len(text[pos:limit].lstrip())
    alias = ALIAS_NOTE.match(text, at, limit)
    return alias.end() if alias else pos


def longest_body_at(bodies: list[Body], at: int) -> Body | None:
    """The longest body that starts at `at`, if any."""
    ordered, starts = _in_order(bodies)
    found = ordered[bisect_left(starts, at) : bisect_right(starts, at)]
    return max(found, key=lambda b: b.end) if found else None


def after_role(text: str, pos: int, end: int) -> int:
    """Past a head role (`báo cáo Chủ tịch UBND huyện`): the role stands for its body."""
    role = _LEADING_ROLE.match(text, pos, end)
    return role.end() if role else pos
