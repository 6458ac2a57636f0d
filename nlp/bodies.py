"""Body mentions: organisations of the political system, found with the gazetteer and patterns.

Conventions: tests/gold/GUIDELINES.md, "Bodies". Matching runs on the tone-normalised text (same
length as the document), so `Uỷ ban` and `Ủy ban` match alike and offsets stay exact. Every rule
proposes candidates; the longest wins; then compound names are joined (`Ban cán sự đảng` +
`UBND tỉnh`), and a level word or committee written once at the end of a coordinated list is
shared by the members before it: `Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh` gives
`Ủy ban Mặt trận Tổ quốc` (as written) at level province; `Thường trực, Ban Thường vụ Tỉnh ủy`
gives `Thường trực Tỉnh ủy`.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from policylink.nlp.gazetteer import UPPER_CLASS, Gazetteer, abbreviation_key, load_gazetteer
from policylink.nlp.layout import header_zones
from policylink.nlp.model import Body
from policylink.nlp.new_titles import unmined_titles
from spacy.tokens import Doc, Span

from policylink.core.vietnamese import normalize_tones

SPANS_KEY = "bodies"
_FLAGS = re.IGNORECASE
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
    r"[^\S\n]+(?:trực[^\S\n]+)?thuộc[^\S\n]+)?(?-i:Cơ quan)[^\S\n]+$", _FLAGS)
# `Thanh tra Chính phủ`, `Thanh tra Sở Xây dựng`, `Thanh tra Bộ Tài chính`: the inspectorate of a
# state body is a body of its own, named with it (the verb `thanh tra` is written in lower case).
_INSPECTORATE = re.compile(r"(?<!\w)(?-i:Thanh tra)[^\S\n]+$")
_LEADING_DETERMINER = re.compile(r"(?:(?<=\s)|^)(?:các|những|mọi)\s+$", _FLAGS)
_TRAILING_RELATED = re.compile(r"\s+(?:có\s+)?liên\s+quan(?!\w)", _FLAGS)
_COORDINATOR = re.compile(r"\s*(?:,|;|và|cùng)\s*", _FLAGS)
# Function words that end a centre's or a board's name (`Trung tâm X của tỉnh`).
_NAME_END_WORDS = "của|các|cho|với|tại|trong|để|theo"
# Words that end a board's name (`Ban Dân tộc chủ trì ... huyện` is no `Ban ... huyện`).
_BOARD_STOPS = (
    f"{_NAME_END_WORDS}|và|về|là|được|có|đã|sẽ|chủ trì|phối hợp|triển khai|thực hiện"
    "|tổ chức|hướng dẫn|kiểm tra|rà soát|tham mưu|theo dõi|đôn đốc|báo cáo|hoàn thành|bảo đảm"
    "|đảm bảo|chỉ đạo|gửi|đề xuất|cấp|tỉnh|huyện|xã"
)
# `ban tuyên giáo cùng cấp`, `ủy ban kiểm tra các cấp`, `ủy ban kiểm tra cấp trên`: an organ of
# whichever committee the reader's level gives (a class, level null).
_RELATIVE_LEVEL = r"(?:cùng\s+cấp|các\s+cấp|cấp\s+trên(?:\s+trực\s+tiếp)?|cấp\s+dưới)(?!\w)"
# Verbs by which a unit takes charge of an action (`Ban X chủ trì, phối hợp với Ban Y tham mưu`).
_ACTING_VERB = r"(?:chủ trì|phối hợp|tham mưu)(?!\w)"
# The level a department's head word gives when no level word follows (`Sở Xây dựng`).
_HEAD_LEVELS = {"bộ": "central", "sở": "province", "phòng": "district"}
_LOOKBEHIND = 60  # characters before a name searched for a determiner or a role
_FOLLOWED_BY_MEMBER = re.compile(r"\s+viên(?!\w)", _FLAGS)
# `chính quyền số`, `Chính phủ điện tử`: the digital-government concepts, not the body (a `số` that
# starts a document number, `số 12`, or the verb `số hóa` is no such word).
_FOLLOWED_BY_DIGITAL = re.compile(
    r"[^\S\n]+(?:số(?!\w)(?![^\S\n]*(?:\d|:[^\S\n]*\d|hóa|hoá))|điện[^\S\n]+tử(?!\w))", _FLAGS)
# `các nghị quyết, chỉ thị của Trung ương`: the Party centre as the author (dev DECISIONS-3).
_OF_THE_CENTRE = re.compile(r"(?<!\w)của\s+$", _FLAGS)
# `sinh hoạt chi bộ`: a body word naming an activity (dev DECISIONS-3).
_ACTIVITY_BEFORE = re.compile(r"(?<!\w)sinh\s+hoạt\s+$", _FLAGS)
# Footnote markers (`Tỉnh ủy¹`) would otherwise count as letters of the name.
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", " " * 10)
# Words inside a cited law's name are not bodies (`Luật Tổ chức Chính phủ`).
_IN_LAW_NAME = re.compile(
    r"(?<!\w)(?-i:Bộ luật|Luật|Pháp lệnh)(?:[^\S\n]+(?!(?:của|và|theo)(?!\w))\w+){0,4}[^\S\n]+$"
)
# The signature block: `T/M BAN THƯỜNG VỤ`, `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, ... and the
# upper-case lines under it.
_SIGNATURE_LINE = re.compile(
    rf"^[^\S\n]*(?:T/M|T\.M\.|TM\.|K/T|KT\.|TL\.|T/L|TUQ\.|Q\.|Q/)[^\S\n]*{UPPER_CLASS}[^\n]*",
    re.MULTILINE)
_UPPER_LINE = re.compile(r"\n[^\S\n]*[^\W\d_][^\n]*")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    canonical: str
    kind: str
    level: str | None
    accepts: str | None = None  # the suffix this name could take: "level" | "committee"
    suffix_type: str | None = None  # the suffix it was written with
    suffix: str = ""  # canonical text of that suffix (" tỉnh", " Tỉnh ủy")
    partial: bool = False  # kept only if a coordinated list gives it its suffix


@dataclass(frozen=True)
class _Rules:
    gazetteer: Gazetteer
    organ_with_committee: re.Pattern[str]
    bare_committee: re.Pattern[str]
    bare_organ: re.Pattern[str]
    fields: re.Pattern[str]
    field_list: re.Pattern[str]
    listed_field: re.Pattern[str]
    centre: re.Pattern[str]
    council_committee: re.Pattern[str]
    board: re.Pattern[str]
    ministry_department: re.Pattern[str]
    acting_board: re.Pattern[str]
    bare_standing_board: re.Pattern[str]
    steering: re.Pattern[str]
    delegation_before_members: re.Pattern[str]
    names: tuple[re.Pattern[str], ...]
    level_at_start: re.Pattern[str]
    committee_at_start: re.Pattern[str]
    leading_level: re.Pattern[str]  # a level word of the gazetteer, at the start of a suffix
    leading_committee: re.Pattern[str]  # a committee of the gazetteer, at the start of a suffix
    bloc_suffix: re.Pattern[str]
    abbreviation: re.Pattern[str]
    role_before: re.Pattern[str]


@cache
def _rules() -> _Rules:
    g = load_gazetteer()
    # not inside a document symbol (`512/QĐ-UBND`, `12/2022/NQ-HĐND`)
    bounded = lambda body: re.compile(rf"(?<![\w/])(?<!\w[-–]){body}(?!\w)", _FLAGS)  # noqa: E731
    name_patterns = []
    for entry in g.names:
        if entry.level_word == "none":
            suffix = ""
        elif entry.level_word == "committee":
            suffix = rf"(?P<suffix>\s+{g.committee_pattern}(?!\w))?"
        else:
            optional = "" if entry.level_word == "required" else "?"
            suffix = rf"(?P<suffix>{g.level_pattern}){optional}"
        if entry.bloc:
            suffix = rf"(?P<suffix>{g.level_pattern}|[^\S\n]+{g.bloc_tail})"
        if entry.subordinate:
            suffix = rf"(?:(?P<tail>{g.subordinate_tail})|{suffix})"
        proper = {"": "", "optional": rf"(?:{g.institution_name})?",
                  "required": g.institution_name}[entry.proper]
        name_patterns.append(bounded(rf"{entry.pattern}{proper}{suffix}"))
    upper, lower = UPPER_CLASS, UPPER_CLASS.lower()
    # `Tuyên truyền - Báo chí - Xuất bản`, `Văn hóa - Thông tin và Thể thao`: capitalised words,
    # each possibly two syllables, joined by spaces, dashes or `và`.
    word = (rf"(?-i:{upper})\w*"
            rf"(?: +(?!và\s)(?-i:{lower})\w*"
            rf"(?=\s*[-–]| +(?-i:{upper}|và\s)|{g.level_pattern}(?!\w)|[^\S\n]*(?:[,;:.()\n]|$)))?")
    # `Văn hóa, Thể thao và Du lịch`: a comma joins the fields of one name when the list of
    # capitalised words it opens ends in `và` + a capitalised word (`X, Y và Z`)
    inner_comma = rf" *, *(?={word}(?:(?: *[-–] *| +){word})* +và +(?-i:{upper}))"
    department = rf"{word}(?:(?: *[-–] *| +và +|{inner_comma}| +){word})*"
    committee = g.committee_pattern
    # `các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy`: the parent committees of a list of organs
    member = rf"(?:{committee}|đảng\s+ủy\s+trực\s+thuộc\s+{committee})"
    committees = rf"(?:các\s+)?{committee}(?:\s*,\s*{member}|\s+và\s+{member})*"
    unit_heads = r"Sở|Ban|Bộ|UBND|HĐND|Ủy|Phòng|Trung|Hội|Đảng|Văn\s+phòng|Công\s+an|Trường|Cục|Chi"
    return _Rules(
        gazetteer=g,
        organ_with_committee=bounded(
            rf"(?P<organ>{g.organ_pattern})(?P<suffix>\s+{committees}(?!\w)(?:{g.proper_name})?)"
            rf"|(?P<peer>{g.organ_any_case})\s+{_RELATIVE_LEVEL}"
            # `ban thường vụ các huyện ủy, thành ủy`: one organ of each committee listed
            rf"|{g.organ_any_case}(?P<members>\s+các\s+{committees}(?!\w))"
            # `các ban xây dựng Đảng của Đảng ủy Khối`
            rf"|{g.lower_case_organs}\s+của(?P<owner>\s+{committee}(?!\w))"
        ),
        bare_committee=bounded(rf"{g.committee_pattern}(?!\w)(?:{g.proper_name})?"),
        bare_organ=bounded(g.organ_pattern),
        # `sở` of `cơ sở`, `trụ sở` is not a department
        fields=bounded(
            rf"(?<!cơ )(?<!trụ )(?P<head>(?-i:Bộ)|Sở|(?-i:Phòng))\s+"
            rf"(?P<field>{g.field_pattern}(?!\w)|{department})"
            rf"(?P<suffix>{g.level_pattern})?"
        ),
        # `Giám đốc các sở: Thông tin và Truyền thông, Nội vụ, Tài chính`; with semicolons when a
        # field has an inner comma (`các sở: Văn hóa, Thể thao và Du lịch; Tài chính; Y tế`)
        field_list=bounded(
            rf"(?<!cơ )(?<!trụ )(?P<head>sở|bộ|phòng)(?:\s*:\s*|\s+)(?P<fields>{g.field_pattern}(?!\w)"
            rf"(?:(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+){g.field_pattern}(?!\w))+)"
        ),
        # `Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh`
        council_committee=bounded(
            rf"(?-i:Ban) +{department} +(?:của +)?(?:Hội\s+đồng\s+nhân\s+dân|(?-i:HĐND))"
            rf"(?P<suffix>{g.level_pattern})?"
        ),
        listed_field=re.compile(rf"{g.field_pattern}(?!\w)", _FLAGS),
        # `Trung tâm Truyền thông tỉnh`: a centre's name runs to its level word.
        centre=bounded(
            rf"(?-i:Trung tâm) +(?-i:{upper})\w*(?:(?: +| *[-–] *| *, *(?=(?-i:{upper})))"
            rf"(?!(?:{unit_heads}|{_NAME_END_WORDS})(?!\w))\w+){{0,8}}?(?P<suffix>{g.level_pattern})"
        ),
        # `Ban Dân tộc tỉnh`, `Ban An toàn giao thông tỉnh`, `Ban Quản lý dự án đầu tư xây dựng công
        # trình giao thông tỉnh`: a board named by its field, run to its level word; not a Party
        # organ (those take a committee) and not across a word that starts the predicate.
        board=bounded(
            rf"(?!{g.listed_organs}(?!\w))(?-i:Ban) +(?-i:{upper})\w*"
            rf"(?:(?: +| *[-–] *)(?!(?:(?-i:{unit_heads})|{_BOARD_STOPS})(?!\w))\w+){{0,12}}?"
            rf"(?P<suffix>{g.level_pattern})"
        ),
        # `Ban Dân chủ - Pháp luật chủ trì`, `phối hợp với Ban Phong trào tham mưu`: a board named
        # by its field alone (a unit of the issuing body) where it is the one that acts.
        acting_board=bounded(
            rf"(?-i:Ban) +(?-i:{upper})\w*"
            rf"(?:(?: +| *[-–] *)(?!(?:(?-i:{unit_heads})|{_BOARD_STOPS})(?!\w))\w+){{0,5}}?"
            rf"(?= +{_ACTING_VERB})"
        ),
        # `tham mưu Ban Thường trực báo cáo ...`: the Front committee's standing board named alone
        # (its committee, when written, follows it in capitals and is joined by
        # `_with_standing_organ`).
        bare_standing_board=bounded(rf"(?-i:Ban Thường trực)(?![^\S\n]+(?-i:{upper}))"),
        # `Cục Quản lý thị trường tỉnh`, `Chi cục Kiểm lâm huyện`: a ministry's department at a
        # level, named by its field and run to its level word.
        # `Chi cục Chăn nuôi và Thú y tỉnh`: `và` joins two capitalised fields of the name.
        ministry_department=bounded(
            rf"(?-i:Cục|Chi cục) +(?-i:{upper})\w*"
            rf"(?:(?: +| *[-–] *)"
            rf"(?:và(?= +(?-i:{upper}))|(?!(?:(?-i:{unit_heads})|{_BOARD_STOPS})(?!\w))\w+)){{0,8}}?"
            rf"(?P<suffix>{g.level_pattern})"
        ),
        # `Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm`, `Ban Chỉ đạo về phòng,
        # chống tham nhũng tỉnh`: a steering committee's name runs through its subject and level.
        steering=bounded(
            rf"(?-i:Ban Chỉ đạo)(?:[^\S\n]+liên[^\S\n]+ngành)?(?P<central>{g.level_pattern})?"
            rf"(?:[^\S\n]+về[^\S\n]+[^;.:()\n]{{1,80}}?)?(?P<suffix>(?:[^\S\n]+cấp)?{g.level_pattern})?"
            rf"(?=[^\S\n]*(?:,(?![^\S\n]*chống)|[;.:()\n]|$)|[^\S\n]+(?:{_BOARD_STOPS})(?!\w))"
        ),
        # `các Tổ đại biểu và đại biểu HĐND tỉnh`: the members' council tail completes the
        # delegations named before them (the members are people).
        delegation_before_members=bounded(
            r"(?-i:Tổ|Đoàn)[^\S\n]+đại[^\S\n]+biểu(?=[^\S\n]+và[^\S\n]+đại[^\S\n]+biểu[^\S\n]+"
            rf"(?P<tail>(?:Hội\s+đồng\s+nhân\s+dân|(?-i:HĐND)|Quốc\s+hội)(?P<suffix>{g.level_pattern})?)(?!\w))"
        ),
        names=tuple(name_patterns),
        level_at_start=re.compile(g.level_pattern, _FLAGS),
        committee_at_start=re.compile(rf"\s+{g.committee_pattern}(?!\w)", _FLAGS),
        leading_level=_leading_name(g.levels),
        leading_committee=_leading_name(g.committees),
        bloc_suffix=re.compile(rf"\s*{g.bloc_tail}", _FLAGS),
        abbreviation=re.compile(rf"(?<!\w){g.abbreviation_pattern}(?!\w)"),
        role_before=re.compile(rf"(?<!\w){g.roles_pattern}\s+(?:(?:các|của)\s+)?$", _FLAGS),
    )


@lru_cache(maxsize=4096)
def canonical_name(text: str) -> str:
    """`các UBND tỉnh có liên quan` -> `Ủy ban nhân dân tỉnh` (guidelines, `canonical`)."""
    rules = _rules()
    name = normalize_tones(" ".join(text.split()))
    name = re.sub(r"^(?:các|những|mọi)\s+", "", name, flags=_FLAGS)
    name = _TRAILING_RELATED.sub("", name)
    name = rules.abbreviation.sub(
        lambda m: rules.gazetteer.expansions[abbreviation_key(m.group())], name
    )
    name = re.sub(r"(?<=\w)\s*[-–]\s*(?=\w)", " - ", name)
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):  # a heading in capitals
        name = name.lower()
    return name[:1].upper() + name[1:]


def _leading_name(names: Iterable[str]) -> re.Pattern[str]:
    """The longest of `names` (lower case) that a text starts with, as whole words."""
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?!\w)")


def _level_of_suffix(suffix_text: str) -> str | None:
    rules = _rules()
    words = normalize_tones(" ".join(suffix_text.split())).lower().removeprefix("các ")
    m = rules.leading_level.match(words)
    return rules.gazetteer.levels[m.group()] if m else None


def _bloc_level(suffix_text: str) -> str | None:
    """The level of the bloc a suffix names (`Ban Chấp hành Đảng bộ Khối`), else None."""
    rules = _rules()
    if not rules.bloc_suffix.fullmatch(suffix_text):
        return None
    return _committee_of(f"{rules.gazetteer.bloc_committee} {suffix_text.strip()}")[1]


def _committee_of(suffix_text: str) -> tuple[str, str | None]:
    rules = _rules()
    m = rules.leading_committee.match(canonical_name(suffix_text).lower())
    return rules.gazetteer.committees[m.group()] if m else ("party", None)


def _candidates(text: str, key: str) -> Iterator[_Candidate]:
    rules = _rules()
    for m in rules.organ_with_committee.finditer(key):
        if m["peer"]:  # `ban tuyên giáo cùng cấp`
            yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "party", None)
            continue
        committee = m["suffix"] or m["members"] or m["owner"]
        kind, level = _committee_of(committee)
        yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), kind,
                         level, suffix_type="committee", suffix=" " + canonical_name(committee))
    for m in rules.bare_committee.finditer(key):
        kind, level = _committee_of(m.group())
        if normalize_tones(m.group()).lower().strip() == "trung ương" and not _OF_THE_CENTRE.search(
            key, max(0, m.start() - 10), m.start()
        ):
            continue  # an adjective far more often than the Central Committee
        yield _Candidate(m.start(), m.end(), canonical_name(m.group()), kind, level)
    for m in rules.bare_organ.finditer(key):
        yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "party",
                         None, accepts="committee", partial=True)
    for m in rules.fields.finditer(key):
        yield from _field_candidate(text, m)
    for m in rules.field_list.finditer(key):
        yield from _listed_fields(text, m)
    for m in rules.council_committee.finditer(key):
        level = _level_of_suffix(m["suffix"]) if m["suffix"] else None
        yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", level)
    for m in rules.board.finditer(key):
        yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                         _level_of_suffix(m["suffix"]))
    for m in rules.acting_board.finditer(key):
        yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", None)
    for m in rules.bare_standing_board.finditer(key):
        yield _Candidate(m.start(), m.end(), canonical_name(m.group()), "front", None,
                         accepts="committee")
    for m in rules.ministry_department.finditer(key):
        if _joins_a_named_body(key, m):
            continue
        yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                         _level_of_suffix(m["suffix"]), suffix_type="level",
                         suffix=" " + " ".join(m["suffix"].split()))
    for m in rules.steering.finditer(key):
        written = m["suffix"] or m["central"]
        yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                         _level_of_suffix(written) if written else None)
    for m in rules.delegation_before_members.finditer(key):
        tail = canonical_name(m["tail"])
        level = _level_of_suffix(m["suffix"]) if m["suffix"] else None
        yield _Candidate(m.start(), m.end(), f"{canonical_name(m.group())} {tail}", "state", level)
    for m in rules.centre.finditer(key):
        level = _level_of_suffix(m["suffix"])
        yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state", level,
                         suffix_type="level", suffix=" " + " ".join(m["suffix"].split()))
    for entry, pattern in zip(rules.gazetteer.names, rules.names, strict=True):
        for m in pattern.finditer(key):
            yield _name_candidate(text, m, entry.kind, entry.level, entry.level_word)


def _joins_a_named_body(key: str, m: re.Match[str]) -> bool:
    """`Chi cục Thuế và Kho bạc Nhà nước huyện`: a `và` inside the match starts another body."""
    for joint in re.finditer(r"[^\S\n]+và[^\S\n]+", m.group()):
        at = m.start() + joint.end()
        if any(pattern.match(key, at) for pattern in _rules().names):
            return True
    return False


def _field_candidate(text: str, m: re.Match[str]) -> Iterator[_Candidate]:
    head = normalize_tones(m.group("head")).lower()
    field_text = text[m.start("field") : m.end("field")]
    if not field_text[:1].isupper():
        return
    listed = re.fullmatch(_rules().gazetteer.field_pattern, m.group("field"), _FLAGS)
    if head == "bộ" and not listed:
        return
    default = _HEAD_LEVELS[head]
    suffix = m.group("suffix")
    if head == "bộ" and suffix:  # `Bộ Xây dựng tỉnh ...` does not exist: stop at the field
        end = m.end("field")
        yield _Candidate(m.start(), end, canonical_name(text[m.start() : end]), "state", default)
        return
    level = _level_of_suffix(suffix) if suffix else default
    # a ministry has no level word: it takes none from a list (`Bộ X, Sở Y tỉnh`)
    yield _Candidate(m.start(), m.end(), canonical_name(text[m.start() : m.end()]), "state",
                     level, accepts=None if suffix or head == "bộ" else "level",
                     suffix_type="level" if suffix else None,
                     suffix=" " + " ".join(suffix.split()) if suffix else "")


def _listed_fields(text: str, m: re.Match[str]) -> Iterator[_Candidate]:
    """One body per field of `các sở: A, B, C`, named `Sở A` (the field's text is the mention)."""
    head = normalize_tones(m["head"]).lower()
    level = _HEAD_LEVELS[head]
    for field in _rules().listed_field.finditer(m.string, m.start("fields"), m.end("fields")):
        name = canonical_name(text[field.start() : field.end()])
        yield _Candidate(field.start(), field.end(), f"{head.capitalize()} {name}", "state", level)


def _name_candidate(
    text: str, m: re.Match[str], kind: str, level: str | None, level_word: str
) -> _Candidate:
    groups = m.groupdict()
    suffix = groups.get("suffix")
    canonical = canonical_name(text[m.start() : m.end()])
    if groups.get("tail"):  # `chi bộ trực thuộc`, `cơ quan chuyên môn thuộc UBND tỉnh`
        parent_level = groups.get("parent_level")
        return _Candidate(m.start(), m.end(), canonical, kind,
                          _level_of_suffix(parent_level) if parent_level else level)
    if level_word == "none":
        return _Candidate(m.start(), m.end(), canonical, kind, level)
    accepts = "committee" if level_word == "committee" else "level"
    if not suffix:
        return _Candidate(m.start(), m.end(), canonical, kind, level, accepts=accepts)
    if accepts == "committee":
        level = _committee_of(suffix)[1]
        shown = " " + canonical_name(suffix)
    else:
        level = _level_of_suffix(suffix) or _bloc_level(suffix)
        shown = " " + normalize_tones(" ".join(text[m.start("suffix") : m.end()].split()))
    return _Candidate(m.start(), m.end(), canonical, kind, level, suffix_type=accepts,
                      suffix=shown)


def _longest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longer ones winning; complete names beat partial ones."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    order = sorted(candidates, key=lambda c: (c.partial, c.start - c.end, c.start))
    for c in order:
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _join_compounds(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """`Ban cán sự đảng` + `UBND tỉnh` -> one body `Ban cán sự đảng Ủy ban nhân dân tỉnh`."""
    out: list[_Candidate] = []
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


def _with_standing_organ(text: str, c: _Candidate) -> _Candidate:
    if c.kind not in ("party", "front") or not c.canonical.lower().startswith(_ORGAN_HOLDERS):
        return c
    m = _STANDING_ORGAN.search(text, max(0, c.start - _LOOKBEHIND), c.start)
    if m is None:
        return c
    return replace(c, start=m.start(), canonical=f"{m.group().strip()} {c.canonical}")


def _with_apparatus(text: str, c: _Candidate, floor: int) -> _Candidate:
    """`Cơ quan Ủy ban MTTQ tỉnh` and its units, not reaching back into the mention before
    (`floor`)."""
    if c.kind not in ("party", "front"):
        return c
    m = _APPARATUS.search(text, max(floor, c.start - _LOOKBEHIND), c.start)
    if m is None:
        return c
    return replace(c, start=m.start(), canonical=f"{canonical_name(m.group().strip())} {c.canonical}")


def _with_inspectorate(text: str, c: _Candidate) -> _Candidate:
    if c.kind != "state":
        return c
    m = _INSPECTORATE.search(text, max(0, c.start - 20), c.start)
    if m is None:
        return c
    return replace(c, start=m.start(), canonical=f"Thanh tra {c.canonical}")


def _with_words_before(text: str, chosen: list[_Candidate]) -> Iterator[_Candidate]:
    """Each mention with the words written before it that belong to its name: a standing organ,
    an apparatus (not reaching back into the complete mention before), an inspectorate, a
    determiner."""
    floor = 0  # end of the last complete mention so far
    for c in chosen:
        extended = _with_apparatus(text, _with_standing_organ(text, c), floor)
        yield _with_determiner(text, _with_inspectorate(text, extended))
        if not c.partial:
            floor = max(floor, c.end)


def _with_determiner(text: str, c: _Candidate) -> _Candidate:
    m = _LEADING_DETERMINER.search(text, max(0, c.start - _LOOKBEHIND), c.start)
    start = m.start() if m else c.start
    related = _TRAILING_RELATED.match(text, c.end)
    end = related.end() if related else c.end
    return replace(c, start=start, end=end)


def _share_suffixes(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
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
            elif member.accepts == holder.suffix_type:  # the level is shared, the name as written
                out[j] = replace(member, level=holder.level)
            j -= 1
    return [c for c in out if not c.partial]


def _is_excluded(text: str, key: str, c: _Candidate, unmined: list[tuple[int, int]]) -> bool:
    if _rules().role_before.search(key, max(0, c.start - _LOOKBEHIND), c.start):
        return True
    if _FOLLOWED_BY_MEMBER.match(key, c.end):  # `Tỉnh ủy viên` is a person
        return True
    if _FOLLOWED_BY_DIGITAL.match(key, c.end):
        return True
    if _ACTIVITY_BEFORE.search(key, max(0, c.start - 20), c.start):
        return True
    if _IN_LAW_NAME.search(key, max(0, c.start - 60), c.start):
        return True
    return any(s < c.start and c.end <= e for s, e in unmined)


def _unannotated_zones(text: str) -> list[tuple[int, int]]:
    """The header block above the type line (or a Công văn's `V/v` line) and each signature block
    (dev DECISIONS, DECISIONS-4)."""
    zones = header_zones(text)  # header blocks are described by the document fields, not annotated
    for m in _SIGNATURE_LINE.finditer(text):
        end = m.end()
        while (line := _UPPER_LINE.match(text, end)) and not any(c.islower() for c in line.group()):
            end = line.end()
        zones.append((m.start(), end))
    return zones


def find_body_mentions(text: str) -> list[Body]:
    """Body mentions in `text` (NFC), in order, offsets into `text`."""
    key = normalize_tones(text).translate(_SUPERSCRIPTS)
    unmined = unmined_titles(text)
    chosen = _longest_first(list(_candidates(text, key)))
    zones = _unannotated_zones(text)
    chosen = [c for c in chosen if not _is_excluded(text, key, c, unmined)
              and not any(s <= c.start < e for s, e in zones)]
    chosen = _join_compounds(text, chosen)
    chosen = list(_with_words_before(text, chosen))
    chosen = _share_suffixes(text, chosen)
    return [
        Body(start=c.start, end=c.end, text=text[c.start : c.end], canonical=c.canonical,
             kind=c.kind, level=c.level)
        for c in chosen
    ]


def find_bodies(doc: Doc) -> list[Body]:
    """Body mentions of `doc`; also stored as `doc.spans["bodies"]` (label: canonical name)."""
    bodies = find_body_mentions(doc.text)
    spans: list[Span] = []
    for body in bodies:
        span = doc.char_span(body.start, body.end, label=body.canonical, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return bodies
