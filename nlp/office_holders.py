"""The bodies of a closing list of office-holders: `Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính,
Xây dựng; Cục trưởng Cục Thuế Nghệ An; Thủ trưởng các đơn vị và cá nhân có liên quan chịu trách nhiệm thi
hành ...`.

Each title stands for the body written after it (GUIDELINES, Bodies), and a title after a list joint opens
the next one: the words between two titles name one body, or the members of a list the title heads
together (`Giám đốc các Sở: A, B`), whatever the body rules know of the name (`Ban quản lý dự án 2`, `Kho
bạc Nhà nước chi nhánh tỉnh`, `Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng`). Persons named
after the bodies (`các tổ chức, hộ gia đình, cá nhân`, `Chủ đầu tư các dự án`) are no bodies.
"""

import re
from dataclasses import replace

from policylink.nlp.agent_clause import inside_agent_clause
from policylink.nlp.body_chains import BRACKET_NOTE, longest_body_at
from policylink.nlp.body_names import canonical_name
from policylink.nlp.body_rules import OFFICE_TITLE
from policylink.nlp.model import Body

_S = r"[^\S\n]+"
_TITLE_WORDS = OFFICE_TITLE.replace(" ", r"\s+")  # (a title may wrap at the end of a line: `Chủ\ntịch`)
# A title, or titles held together (`Bộ trưởng, Thủ trưởng`, `Chủ tịch kiêm Tổng giám đốc`); `Chánh`,
# `Trưởng` before the office or board they head (`Trưởng ban Ban quản lý X`, `Trưởng Phòng Nội vụ`).
_TITLE = re.compile(
    rf"(?:các\s+)?(?:(?:{_TITLE_WORDS})(?:\s*(?:,|kiêm)\s*(?:{_TITLE_WORDS}))*"
    r"|(?:phó\s+)?(?:chánh|trưởng(?:\s+ban(?=\s+ban\s))?)(?=\s+(?:văn\s+phòng|thanh\s+tra|ban|phòng)(?!\w)))"
    # (`Giám đốc (Thủ trưởng) các sở`: another title in brackets)
    rf"(?!\w)(?:{BRACKET_NOTE})?\s*", re.IGNORECASE)
# A title written after a body with no joint between (`Giám đốc Sở X Giám đốc Trung tâm Y`) opens the next
# one where it is capitalised.
_TITLE_CAPITALISED = re.compile(
    rf"(?-i:[A-ZĐ])[^\W\d_]*{_S}(?:{_TITLE_WORDS})(?!\w)|(?:{_TITLE_WORDS})(?!\w)", re.IGNORECASE)
_BARE_JOINT = re.compile(r"[^\S\n]+(?=(?-i:[A-ZĐ]))")
# A form of address before the list (`Các ông (bà):`)
_ADDRESS = re.compile(rf"(?:các{_S})?(?:ông|bà|đồng{_S}chí)(?:[^\S\n]*\(bà\))?[^\S\n]*:?[^\S\n]*",
                      re.IGNORECASE)
_LIST_JOINT = re.compile(r"[^\S\n]*[,;][^\S\n]*(?:và[^\S\n]+)?|\s+(?:và|hoặc)\s+")
_JOINT = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]+(?:và|hoặc)[^\S\n]+")
_DETERMINER = re.compile(rf"(?:các|những){_S}", re.IGNORECASE)
# `Giám đốc các Sở: Tài chính, Xây dựng`, `Giám đốc: Sở Tài chính, Sở Y tế`: the members of a list the
# title heads together, each written after the head noun the colon distributes (if any)
_DISTRIBUTED = re.compile(r"(?:(?:các\s+)?(sở|bộ|cục|vụ|phòng|ban)\s*)?:\s*", re.IGNORECASE)
_MEMBER_JOINT = re.compile(r"[^\S\n]*[,;][^\S\n]*")
# What ends a name before the predicate: the scope of the duty (`... trong phạm vi chức năng, nhiệm vụ của
# mình`), the members listed after a colon (`UBND các huyện: A, B và C`), a note in brackets.
_NAME_END = re.compile(
    rf"\s+(?:trong{_S}phạm{_S}vi|theo{_S}(?:chức{_S}năng|thẩm{_S}quyền)|(?:được{_S})?(?:nêu|quy{_S}định|có{_S}tên)"
    rf"{_S}tại)(?!\w)|\s*:|{BRACKET_NOTE}$",
    re.IGNORECASE)
# Persons and others a closing list names after the bodies (GUIDELINES: no bodies).
_PERSONS = re.compile(
    rf"(?:tổ{_S}chức|cá{_S}nhân|hộ(?:{_S}gia{_S}đình)?|công{_S}dân|nhà{_S}đầu{_S}tư|chủ{_S}đầu{_S}tư|doanh{_S}nghiệp"
    rf"|đại{_S}lý|cán{_S}bộ|công{_S}chức|viên{_S}chức|thành{_S}viên|người)(?!\w)", re.IGNORECASE)
_NOTE_AT_END = re.compile(rf"{BRACKET_NOTE}$")
_SEMICOLON = re.compile(r";\s*")
_LEADING_JOINT = re.compile(r"\s*(?:(?:và|hoặc)\s+)?")
_BARE = re.compile(rf"(?:các{_S})?(?:ngành|địa{_S}phương)\s*", re.IGNORECASE)  # (GUIDELINES: no bodies)
_CLASS_START = re.compile(rf"(?:các{_S})?(?:cơ{_S}quan|cơ{_S}sở|đơn{_S}vị|trường|sở|ban|bộ|phòng)(?!\w)",
                          re.IGNORECASE)
# `..., UBND tỉnh và các cơ sở giáo dục`: `các` and a class noun open a collective of their own
_COLLECTIVE = re.compile(rf"các{_S}(?:cơ{_S}sở|cơ{_S}quan|đơn{_S}vị|trường)(?!\w)", re.IGNORECASE)
_COMMITTEE_LEVEL = re.compile(r"Ủy ban nhân dân ((?:cấp|các) \w+)")
_LEVEL_JOINT = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*|[^\S\n]+(?:và|hoặc)[^\S\n]+")
_OFFICE = re.compile(rf"cơ{_S}quan{_S}", re.IGNORECASE)
# A collective's bare class nouns (`các cơ quan, đơn vị`): lower-case words after them qualify the
# class (`chức năng`), they do not go on with a name.
_CLASS = re.compile(r"(?:cơ quan|đơn vị|sở|ban|ngành|bộ)(?:\s*,\s*(?:cơ quan|đơn vị|sở|ban|ngành|bộ))*$",
                    re.IGNORECASE)
# A clause inside the span: a predicate of its own, no list of office-holders
_CLAUSE = re.compile(r"(?<!\w)(?:(?:có|chịu)\s+trách\s+nhiệm|chủ\s+trì|phối\s+hợp)(?!\w)|[.!?](?:\s|$)",
                     re.IGNORECASE)


def office_holders(text: str, bodies: list[Body], start: int, stop: int) -> list[Body]:
    """The bodies of a list of two or more office-holders from `start` up to its predicate at `stop`;
    [] where the words there are no such list."""
    pos = start + len(text[start:stop]) - len(text[start:stop].lstrip())
    if address := _ADDRESS.match(text, pos, stop):
        pos = address.end()
    title = _TITLE.match(text, pos, stop)
    if title is None or _CLAUSE.search(text, pos, stop) or any(
            not (_TITLE.match(text, m.end(), stop) or _opens_part(text, bodies, m.end(), stop))
            for m in _SEMICOLON.finditer(text, pos, stop)):
        return []  # (`; tiếp tục phối hợp ...`: a clause of its own after the semicolon)
    titles, spans, begin = [title], [], title.end()
    joints = sorted([*_LIST_JOINT.finditer(text, begin, stop), *_BARE_JOINT.finditer(text, begin, stop)],
                    key=lambda j: j.start())
    for joint in joints:
        if joint.start() >= begin and (after := _TITLE.match(text, joint.end(), stop)) and (
                joint.re is _LIST_JOINT or (_TITLE_CAPITALISED.match(text, joint.end(), stop) and any(
                    b.end == joint.start() for b in bodies))):
            spans.append((begin, joint.start()))
            titles.append(after)
            begin = after.end()
    spans.append((begin, stop))
    if len(spans) < 2:
        return []
    found: list[Body] = []
    for held, (s, e) in zip(titles, spans, strict=True):
        # (`các Bộ trưởng, Thủ trưởng cơ quan ngang bộ`: the title `Bộ trưởng` stands for the class `Bộ`)
        found.extend(b for b in bodies if held.start() <= b.start and b.end <= held.end())
        found.extend(_held(text, bodies, s, e))
    return found


def _held(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The bodies one title heads, from `start` to `end`."""
    if distributed := _DISTRIBUTED.match(text, start, end):
        head, members, begin = distributed.group(1), [], distributed.end()
        for joint in [*_MEMBER_JOINT.finditer(text, begin, end), None]:
            if joint is not None and ((known := longest_body_at(bodies, begin)) and known.end > joint.start()
                                      or joint.start() < begin):
                continue  # (`Văn hóa, Thể thao và Du lịch`: one member the rules know)
            stop = joint.start() if joint else end
            if begin < stop and not _PERSONS.match(text, begin, stop):
                members.append(_named(text, bodies, begin, stop, head))
            begin = joint.end() if joint else end
        return [m for m in members if m is not None]
    if name_end := _NAME_END.search(text, start, end):
        end = name_end.start()
    found: list[Body] = []
    for piece in re.finditer(r"[^;]+", text[start:end]):
        found.extend(_listed(text, bodies, start + piece.start(), start + piece.end()))
    return found


def _listed(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The bodies of one list between two titles, split where a joint opens a body the rules know; the
    persons named after them end it."""
    found: list[Body] = []
    begin = _LEADING_JOINT.match(text, start, end).end()
    for joint in [*_JOINT.finditer(text, begin, end), None]:
        if joint is not None:
            known = longest_body_at(bodies, begin)
            if ((known and known.end > joint.start()) or _in_brackets(text, begin, joint.start())
                    or inside_agent_clause(text, begin, joint.start(), joint.end(), end)
                    or not _opens_part(text, bodies, joint.end(), end)):
                continue
        stop = joint.start() if joint else end
        persons = _PERSONS.match(text, _past_determiner(text, begin, stop), stop)
        if (begin < stop and not _BARE.fullmatch(text, begin, stop)
                and (longest_body_at(bodies, begin) or not persons)
                and (body := _named(text, bodies, _past_office(text, bodies, begin, stop), stop, None))):
            found.append(body)
        if joint is None:
            break
        begin = joint.end()
    return share_level(text, found)


def share_level(text: str, found: list[Body]) -> list[Body]:
    """`Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh`: the level written after the people's committee
    belongs to the council joined right before it too."""
    shared = list(found)
    for i, (council, committee) in enumerate(zip(found, found[1:], strict=False)):
        level = _COMMITTEE_LEVEL.fullmatch(committee.canonical)
        if (level and council.canonical == "Hội đồng nhân dân"
                and _LEVEL_JOINT.fullmatch(text, council.end, committee.start)):
            shared[i] = replace(council, canonical=f"{council.canonical} {level.group(1)}",
                                level=committee.level)
    return shared


def _in_brackets(text: str, start: int, pos: int) -> bool:
    return text.count("(", start, pos) > text.count(")", start, pos)


def _past_determiner(text: str, pos: int, end: int) -> int:
    word = _DETERMINER.match(text, pos, end)
    return word.end() if word else pos


def _opens_part(text: str, bodies: list[Body], pos: int, end: int) -> bool:
    """A joint before `pos` ends a part where a body the rules know, or persons, follow it."""
    word_at = _past_determiner(text, pos, end)
    return bool(longest_body_at(bodies, pos) or longest_body_at(bodies, word_at)
                or _PERSONS.match(text, word_at, end) or _COLLECTIVE.match(text, pos, end))


def _past_office(text: str, bodies: list[Body], pos: int, end: int) -> int:
    """`Thủ trưởng cơ quan Ban, ngành tỉnh`: the office-holder's `cơ quan` before a body the rules know."""
    office = _OFFICE.match(text, pos, end)
    return office.end() if office and not longest_body_at(bodies, pos) and longest_body_at(
        bodies, office.end()) else pos


def _named(text: str, bodies: list[Body], start: int, end: int, head: str | None) -> Body | None:
    """The body the words `start`..`end` name (after the distributed `head` noun, if any): the one the rules
    know there, or the words as written where the name goes on past it (`Sở Tài chính Hà Nội`)."""
    if note := _NOTE_AT_END.search(text, start, end):
        end = note.start()
    words = text[start:end].strip()
    known = longest_body_at(bodies, start)
    goes_on = re.match(r"\W*[\dA-ZĐ]", text[known.end : end]) if known else None
    if known and (known.end == end or (_CLASS.fullmatch(canonical_name(known.text)) and not goes_on)):
        return known
    if not (known or head or words[:1].isupper() or _CLASS_START.match(words)):
        return None  # (`thuộc Bộ`: what a list of titles belongs to, no name)
    name = f"{head[:1].upper()}{head[1:]} {words}" if head and not (known and known.end >= end) else words
    if known and known.end > end:  # (a name the rules read past the title that follows)
        name = words
    kind, level = (known.kind, known.level) if known else ("other", None)
    return Body(start, end, text[start:end], canonical_name(name), kind, level)
