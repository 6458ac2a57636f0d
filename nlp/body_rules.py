"""The body patterns, compiled once from the gazetteer (nlp/gazetteer.yaml via nlp.gazetteer).

Each rule names a family of bodies: a Party organ with its committee, a committee alone, a
department by its field (`Sở Xây dựng`, `các sở: A, B`), a council's committee, a board, a centre
or a ministry's department run to its level word, a steering committee, and every name the
gazetteer lists with the suffix it takes (a level word, a committee, a bloc). Every pattern stops
inside a document symbol (`512/QĐ-UBND`).
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from policylink.core.once import once
from policylink.nlp.gazetteer import UPPER_CLASS, Gazetteer, load_gazetteer
from policylink.nlp.scan import first_characters, literal_prefixes, matches, scanning

FLAGS = re.IGNORECASE
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
# Head nouns of organisations named by a proper name of their own (issue 12: open-class names).
# `Bộ phận Một cửa` is a body's unit (in lower case, `một bộ phận Nhân dân` is a part), named with
# that body when written after it (`của Sở X`, `tại Sở X`: nlp.body_candidates); so is the unit named by
# its function, `Bộ phận tiếp nhận và trả kết quả của Sở X`.
# `Văn phòng` + a name is the office, not the body it serves (`Văn phòng Quốc hội`, `Văn phòng Chủ tịch
# nước`); `Cổng thông tin điện tử` + a name is the portal (`Cổng TTĐT Chính phủ`).
OPEN_CLASS_HEADS = (
    "Cục|Chi cục|Tổng cục|Vụ|Đài|Viện|Bệnh viện|Tập đoàn|Tổng công ty|Thông tấn xã|Quỹ|Hội|Kho bạc|Học viện"
    "|Trung tâm|Văn phòng|Bộ phận"
    "|Cổng (?i:thông tin điện tử|TTĐT)"
)
# `Website Chính phủ`, `Trang web Thuế tỉnh`: a body's website, named by the body (a recipient), as its
# portal is; written with a code (`Website CT`) it is no unit of the recipients' codes
_WEBSITE_HEADS = "Website|Trang web"
OPEN_CLASS_CENTRAL = {"Cục", "Tổng cục", "Vụ"}  # a ministry's departments, when no level word follows
# Words that start the predicate after such a name (`Cục Thuế thông báo`, `Tập đoàn X quyết định`), or a
# title (`Cục trưởng`).
# (`giao` assigns where a doer or `cho` follows it; `giao dịch`, `giao thông` are words of a name)
# (`chịu trách nhiệm` is the predicate of an execution clause; lower-case `căn cứ` opens the basis the
# subject acts on, `Cục X căn cứ chức năng, nhiệm vụ ...`)
_OPEN_CLASS_STOPS = (f"{_BOARD_STOPS}|thông báo|yêu cầu|đề nghị|trả lời|ban hành|quyết định|trưởng|chịu"
                     r"|giao(?= +(?:cho|các|nhiệm|(?-i:[A-ZĐ])))|(?-i:căn +cứ)")
# Words that start the name of another unit
_UNIT_HEADS = r"Sở|Ban|Bộ|UBND|HĐND|Ủy|Phòng|Trung|Hội|Đảng|Văn\s+phòng|Công\s+an|Trường|Cục|Chi|Cổng"
# `Chi cục Hải quan khu vực III`: a department's region, numbered, in place of a level word.
_REGION = r"[^\S\n]+khu[^\S\n]+vực[^\S\n]+(?:[IVXLC]+|\d+)(?!\w)"
# Words that mark a predicate, name a role (a column's `Cơ quan chủ trì`) or point (`cơ quan khác`): a
# described body's name does not run across them.
_PREDICATE_MARKERS = (
    "không|chưa|được|đã|sẽ|là|phải|cần|có|chịu|chủ trì|phối hợp|thực hiện|tiếp nhận|giải quyết"
    "|khác|này|đó|nào|liên quan")
# Verbs by which a unit takes charge of an action (`Ban X chủ trì, phối hợp với Ban Y tham mưu`).
_ACTING_VERB = r"(?:chủ trì|phối hợp|tham mưu)(?!\w)"


# The title of whoever heads a body (`Giám đốc`, `Chủ tịch, các Phó Chủ tịch`, `Thủ trưởng`): the
# closed titles, and the open class of an organisation's head noun and `trưởng` (`Vụ trưởng`, `Cục
# trưởng`, `Chi cục trưởng`, `Chỉ huy trưởng`: any one or two words but `tăng`). Used lower case,
# with re.IGNORECASE. A company's board chair heads it as its director does (`Chủ tịch Hội đồng thành viên,
# Tổng giám đốc các Tập đoàn`, `Chủ tịch Hội đồng quản trị Công ty X`): the board is no body of its own here.
# The standing vice-chair heads what the chair heads (`Phó Chủ tịch Thường trực UBND tỉnh`: the committee).
OFFICE_TITLE = (
    r"(?:phó\s+chủ tịch\s+thường trực|(?:phó\s+)?chủ tịch(?:\s+hội đồng\s+(?:thành viên|quản trị))?)"
    r"(?:\s*,\s*(?:các\s+)?phó chủ tịch)?"
    r"|(?:phó\s+)?(?:tổng\s+)?giám đốc"
    r"|(?:phó\s+)?(?:chủ nhiệm|bí thư)|người đứng đầu"
    r"|(?:phó\s+)?(?!tăng\s)(?:[^\W\d_]+\s+)?[^\W\d_]+\s+trưởng(?!\s+thành)"
)
_TITLE_AHEAD = rf"(?:{OFFICE_TITLE})(?!\w)"  # an office-holder's title, starting a new holder
# Heads of the classes an office-holder's title names (`Giám đốc các sở`), and the body a class belongs
# to (`các đơn vị có liên quan thuộc Bộ X`), closed by the clause.
_HELD_HEADS = r"sở|phòng|chi +cục|tổng +cục|cục|vụ|tập +đoàn|tổng +công +ty"
_BELONGS = (rf"(?: +(?:có +)?liên +quan)? +(?:trực +)?thuộc +(?-i:{UPPER_CLASS})\w*"
            r"(?: +(?!(?:và|chịu|có)(?!\w))\w+){0,8}?")
# Nouns naming a class of bodies, which a collective lists (`các bộ, ngành, địa phương`).
_CLASS_NOUNS = r"bộ|ban(?! +hành)|ngành|địa +phương|cơ +quan|đơn +vị|sở"
# A class of bodies described by words of its own (`cơ quan chuyên môn`, `Công ty TNHH Một thành viên X`),
# closed by the list's punctuation, the body it belongs to or the predicate; a note in brackets may follow.
_DESCRIPTION_STOPS = (
    _PREDICATE_MARKERS.replace("|khác", "") + "|thuộc|trực|và|của|chịu|thi hành|triển khai|hướng dẫn"
    "|kiểm tra|rà soát|tham mưu|theo dõi|đôn đốc|báo cáo|hoàn thành|bảo đảm|đảm bảo|chỉ đạo|căn cứ")
# the level a collective's classes share (`các sở, ban, ngành, đơn vị cấp tỉnh`), or the place they
# serve, named by its level word alone (`các sở, ban, ngành của tỉnh`, `... trong tỉnh`: part of the name)
_CLASS_LEVEL = (r" +cấp +(?:tỉnh|huyện|xã|trung +ương)(?!\w)"
                rf"| +(?:của|trong) +(?:tỉnh|thành +phố|huyện|quận|thị +xã)(?!\w)(?! +(?-i:{UPPER_CLASS}))")
_CLASS_HEADS = r"cơ +quan|đơn +vị|tổ +chức|công +ty|tập +đoàn|tổng +công +ty"
_DESCRIBED = (
    rf"(?:{_CLASS_HEADS})(?:(?: +(?!(?:{_DESCRIPTION_STOPS})(?!\w))\w+){{1,10}}?|(?= +(?:trực +)?thuộc +\w))"
    r"(?=[^\S\n]*(?:[,;.(\n]|$)| +(?:trực +)?thuộc(?!\w)| +(?:và|chịu|có)(?!\w))")
DESCRIBED_ITEM = re.compile(rf"(?<!\w){_DESCRIBED}", re.IGNORECASE)
_DESCRIBED_CLASS = rf"{_DESCRIBED}(?:[^\S\n]*\([^()\n]*\))?"
# The central body a unit's name ends with (`Cục Pháp chế Bộ Quốc phòng`); nlp.body_candidates
# takes it into the name.
# `Cục Quản lý, giám sát kế toán, kiểm toán`: lower-case fields after a comma go on with a short name
# (nlp.body_open_class) while none is a determiner, a title or a predicate's word.
_LOWER_WORD = (rf"(?!(?:{_PREDICATE_MARKERS}|{_OPEN_CLASS_STOPS}|các|những|mọi|và)(?!\w))"
               rf"(?-i:{UPPER_CLASS.lower()})\w*")
LOWER_FIELDS = re.compile(rf"(?:[^\S\n]*,[^\S\n]*{_LOWER_WORD}(?:[^\S\n]+{_LOWER_WORD}){{0,4}})+")
PARENT_BODY = re.compile(r"[^\S\n]+(?-i:Bộ)[^\S\n]+(?-i:[A-ZĐ])|[^\S\n]+(?-i:Chính phủ)(?!\w)")
# not inside a word or a document symbol (`512/QĐ-UBND`, also printed `432/QĐ- UBND`)
_BOUNDS = r"(?<![\w/])(?<!\w[-–])(?<![A-ZĐ][-–] )"


class Bounded:
    """A body pattern that starts and ends at word bounds, outside a document symbol.

    A pattern that opens with look-behinds is tried by the regex engine at every position of the
    text; without them it skips ahead to where its first words can match. `finditer` therefore
    looks for the unbounded pattern and checks the bounds where it matched: the same matches, in
    the same order, as the bounded pattern's own `finditer` (a bounded match at a position implies
    an unbounded one there), some five times faster over a document (but for a pattern that may
    start with any letter, which the bounds make quicker to try at every position). Where every
    match starts with one of a few literal words (a gazetteer name: `ban chấp hành`, `bch`), the
    pattern is tried only where one of them occurs (`nlp.scan.matches`: found once per text for
    all the patterns)."""

    def __init__(self, body: str) -> None:
        self.pattern = re.compile(rf"{_BOUNDS}{body}(?!\w)", FLAGS)
        unbounded = re.compile(rf"{body}(?!\w)", FLAGS)
        # (a pattern that may start with any letter is tried at every position either way: there the
        # bounds, failing inside a word at once, are the quicker search)
        self._unbounded = scanning(unbounded) if first_characters(unbounded) is not None else self.pattern

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(string, pos)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if literal_prefixes(self.pattern) is not None:
            yield from matches(self.pattern, string)
            return
        pos = 0
        while (candidate := self._unbounded.search(string, pos)) is not None:
            m = self.pattern.match(string, candidate.start())
            if m is None:
                pos = candidate.start() + 1
                continue
            yield m
            pos = max(m.end(), m.start() + 1)  # (body patterns never match the empty string)


@dataclass(frozen=True)
class BodyRules:
    gazetteer: Gazetteer
    organ_with_committee: Bounded
    bare_committee: Bounded
    bare_organ: Bounded
    fields: Bounded
    field_list: Bounded
    listed_field: re.Pattern[str]
    centre: Bounded
    council_committee: Bounded
    board: Bounded
    ministry_department: Bounded
    acting_board: Bounded
    central_board: Bounded
    recipient_code: Bounded
    bare_standing_board: Bounded
    own_inspectorate: Bounded
    steering: Bounded
    delegation_before_members: Bounded
    names: tuple[Bounded, ...]
    level_at_start: re.Pattern[str]
    committee_at_start: re.Pattern[str]
    leading_level: re.Pattern[str]  # a level word of the gazetteer, at the start of a suffix
    leading_committee: re.Pattern[str]  # a committee of the gazetteer, at the start of a suffix
    bloc_suffix: re.Pattern[str]
    abbreviation: re.Pattern[str]
    role_before: re.Pattern[str]
    open_class: Bounded
    portal: Bounded
    house_committee: Bounded
    generic: Bounded
    each: Bounded
    paired: Bounded
    described: Bounded
    functional: Bounded
    sector_class: Bounded
    national_sector: Bounded
    other_agencies: Bounded
    held_class: Bounded
    held_list: Bounded
    collective: Bounded


@once
def body_rules() -> BodyRules:
    g = load_gazetteer()
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
        name_patterns.append(Bounded(rf"{entry.pattern}{proper}{suffix}"))
    upper, lower = UPPER_CLASS, UPPER_CLASS.lower()
    # `Tuyên truyền - Báo chí - Xuất bản`, `Văn hóa - Thông tin và Thể thao`: capitalised words
    # joined by spaces, dashes or `và`. Only a field's first syllable is capitalised: the word
    # takes the lower-case syllable after it (`Nông nghiệp`) unless that starts the predicate
    # (`Sở Y chủ trì` is no name), and more of them (`Văn hóa thông tin`) where another field or
    # the level word follows (not a clause's end: `Sở Nông nghiệp thẩm định.`).
    closed = rf"(?=\s*[-–]| +và +(?-i:{upper})|{g.level_pattern}(?!\w))"
    syllable = rf" +(?!(?:{_BOARD_STOPS})(?!\w))(?-i:{lower})\w*"
    # (a code in capitals, `Sở VHTT`, is a whole word: it takes no lower-case syllable)
    word = rf"(?-i:{upper})(?:(?-i:{upper})+(?!\w)|\w*(?:(?:{syllable}){{2,3}}{closed}|{syllable})?)"
    # `Văn hóa, Thể thao và Du lịch`: a comma joins the fields of one name when the list of
    # capitalised words it opens ends in `và` + a capitalised word (`X, Y và Z`), not when a title
    # starts the next item (`Sở X và Y, Giám đốc Sở Z và W`, `Phòng X - Y, Chánh Văn phòng và ...`)
    inner_comma = (rf" *, *(?!(?:{OFFICE_TITLE}|(?:phó +)?chánh)(?!\w))"
                   rf"(?={word}(?:(?: *[-–] *| +){word})* +và +(?-i:{upper}))")
    # `Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị`: a slash gives the unit's other name (not another unit's)
    alternative = rf" */ *(?!(?-i:{_UNIT_HEADS})(?!\w))(?=(?-i:{upper}))"
    # (`Nông nghiệp & PTNT`, `Lao động TB&XH`: `&` joins two fields as `và` does)
    department = rf"{word}(?:(?: *[-–&] *| +và +|{inner_comma}| +){word})*"
    committee = g.committee_pattern
    # `các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy`: the parent committees of a list of organs
    member = rf"(?:{committee}|đảng\s+ủy\s+trực\s+thuộc\s+{committee})"
    committees = rf"(?:các\s+)?{committee}(?:\s*,\s*{member}|\s+và\s+{member})*"
    unit_heads = _UNIT_HEADS
    centre_word = rf"(?!(?:{unit_heads}|{_NAME_END_WORDS})(?!\w))\w+"
    # the start of a word an open-class name goes on with
    name_word = rf"(?!(?:(?-i:{unit_heads})|{_OPEN_CLASS_STOPS})(?!\w))\w"
    # `Cục Mỹ thuật, Nhiếp ảnh và Triển lãm`: a comma joins the fields of an open-class name as it
    # joins a department's (`X, Y và Z`), not before another body (`Cục X, Kho bạc Y và Z`)
    field_comma = (rf" *, *(?!(?:{OFFICE_TITLE}|(?-i:{unit_heads}|{OPEN_CLASS_HEADS}))(?!\w))"
                   rf"(?=(?-i:{upper})\w*(?: +(?!và(?!\w))\w+){{0,3}} +và +(?-i:{upper}))")
    # `Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp`, `Ban Chỉ đạo Hội nghị WEF Đông Á 2010`: a steering
    # committee's proper name, capitalised words with at most three lower-case syllables after each (not
    # `Ban Chỉ đạo Tây Nguyên xây dựng kế hoạch`: the predicate), and the year of the event it prepares;
    # not one the name's object or owner goes on from (`Ban Chỉ đạo Nhà nước các chương trình ...`)
    low = rf"[^\S\n]+(?!(?:{_BOARD_STOPS})(?!\w))(?-i:{lower})\w*"
    cap = rf"(?-i:{upper})\w*(?:{low}){{0,3}}"
    joint = r"[^\S\n]+(?:và[^\S\n]+)?|[^\S\n]*[-–][^\S\n]*"
    steering_name = rf"{cap}(?:(?:{joint}){cap}){{0,8}}(?:[^\S\n]+\d{{4}})?"
    sectors = "|".join(e.pattern for e in g.names if e.kind == "state" and e.level_word == "required")
    return BodyRules(
        gazetteer=g,
        organ_with_committee=Bounded(
            rf"(?P<organ>{g.organ_pattern})(?P<suffix>\s+{committees}(?!\w)(?:{g.proper_name})?)"
            rf"|(?P<peer>{g.organ_any_case})\s+{_RELATIVE_LEVEL}"
            # `ban thường vụ các huyện ủy, thành ủy`: one organ of each committee listed
            rf"|{g.organ_any_case}(?P<members>\s+các\s+{committees}(?!\w))"
            # `các ban xây dựng Đảng của Đảng ủy Khối`
            rf"|{g.lower_case_organs}\s+của(?P<owner>\s+{committee}(?!\w))"
        ),
        bare_committee=Bounded(rf"{g.committee_pattern}(?!\w)(?:{g.proper_name})?"),
        bare_organ=Bounded(g.organ_pattern),
        # `sở` of `cơ sở`, `trụ sở` is not a department; in a heading in capitals (`CỦA BỘ TƯ PHÁP`) a
        # ministry or an office is named by a listed field
        fields=Bounded(
            rf"(?<!cơ )(?<!trụ )(?P<head>(?-i:Bộ|Phòng)|Sở"
            rf"|(?-i:BỘ|PHÒNG)(?=\s+(?:{g.field_pattern})(?!\w)))\s+"
            rf"(?P<field>(?:{g.field_pattern}(?!\w)|{department})(?:{alternative}{department})?)"
            rf"(?P<suffix>{g.level_pattern})?"
        ),
        # `Giám đốc các sở: Thông tin và Truyền thông, Nội vụ, Tài chính`, `Các Bộ, cơ quan: Tài chính,
        # Xây dựng` (the collective only heads the list); with semicolons when a
        # field has an inner comma (`các sở: Văn hóa, Thể thao và Du lịch; Tài chính; Y tế`)
        field_list=Bounded(
            rf"(?<!cơ )(?<!trụ )(?P<head>sở|bộ|phòng)(?P<also>\s*,\s*(?:cơ\s+quan|ngành))?"
            rf"(?:\s*:\s*|(?(also)(?!)|\s+))(?P<fields>{g.field_pattern}(?!\w)"
            rf"(?:(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+){g.field_pattern}(?!\w))+)"
        ),
        # `Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh`
        council_committee=Bounded(
            rf"(?-i:Ban) +{department} +(?:của +)?(?:Hội\s+đồng\s+nhân\s+dân|(?-i:HĐND))"
            rf"(?P<suffix>{g.level_pattern})?"
        ),
        listed_field=re.compile(rf"{g.field_pattern}(?!\w)", FLAGS),
        # `Trung tâm Truyền thông tỉnh`, `Trung tâm phục vụ hành chính công tỉnh`: a centre's name, in
        # either case, runs to its level word.
        centre=Bounded(
            rf"(?-i:Trung tâm) +{centre_word}(?:(?: +| *[-–] *| *, *(?=(?-i:{upper}))){centre_word}){{0,8}}?"
            rf"(?P<suffix>{g.level_pattern})"
        ),
        # `Ban Dân tộc tỉnh`, `Ban An toàn giao thông tỉnh`, `Ban Quản lý dự án đầu tư xây dựng công
        # trình giao thông tỉnh`: a board named by its field, run to its level word; not a Party
        # organ (those take a committee) and not across a word that starts the predicate.
        board=Bounded(
            rf"(?!{g.listed_organs}(?!\w))(?-i:Ban) +(?-i:{upper})\w*"
            rf"(?:(?: +| *[-–] *)(?!(?:(?-i:{unit_heads})|{_BOARD_STOPS})(?!\w))\w+){{0,12}}?"
            rf"(?P<suffix>{g.level_pattern})"
        ),
        # `- Cục QLCS, Vụ PC (BTC);`, `- Ban PC, Ban NVT;`: a unit written by its head noun and its code,
        # filling a slot of a recipients' item (heldout RULINGS R57; nlp.body_candidates checks the item)
        recipient_code=Bounded(
            rf"(?-i:{OPEN_CLASS_HEADS}|Ban)[^\S\n]+(?-i:[A-ZĐ]{{2,8}})(?=[^\S\n]*(?:[,;(]|$|\n))"
        ),
        # `Ban Cơ yếu Chính phủ`, `Ban Quản lý dự án Bộ Y tế`: a board of a central body, named with it
        # (nlp.body_candidates runs it over the body); not a Party organ (`Ban cán sự đảng Chính phủ`)
        central_board=Bounded(
            rf"(?!{g.listed_organs}(?!\w)|Ban +cán +sự(?!\w))(?-i:Ban) +(?-i:{upper})\w*"
            rf"(?:(?: +| *[-–] *)(?!(?:(?-i:{unit_heads})|{_BOARD_STOPS})(?!\w))\w+){{0,6}}?"
            rf"(?={PARENT_BODY.pattern})"
        ),
        # `Ban Dân chủ - Pháp luật chủ trì`, `phối hợp với Ban Phong trào tham mưu`: a board named
        # by its field alone (a unit of the issuing body) where it is the one that acts.
        acting_board=Bounded(
            rf"(?-i:Ban) +(?-i:{upper})\w*"
            rf"(?:(?: +| *[-–] *)(?!(?:(?-i:{unit_heads})|{_BOARD_STOPS})(?!\w))\w+){{0,5}}?"
            rf"(?= +{_ACTING_VERB})"
        ),
        # `tham mưu Ban Thường trực báo cáo ...`: the Front committee's standing board named alone
        # (its committee, when written, follows it in capitals and is joined by
        # `_with_standing_organ`).
        bare_standing_board=Bounded(rf"(?-i:Ban Thường trực)(?![^\S\n]+(?-i:{upper}))"),
        # `Thanh tra Bộ có trách nhiệm`, `phối hợp với Thanh tra Sở`: the inspectorate of the writing ministry
        # or department, named by its head noun alone as `Văn phòng Bộ` is (one with a name after it is
        # joined by `body_context`)
        own_inspectorate=Bounded(
            rf"(?-i:Thanh tra)[^\S\n]+(?P<owner>(?-i:Bộ|Sở))(?!\w)(?![^\S\n]+(?-i:{upper}))"),
        # `Cục Quản lý thị trường tỉnh`, `Chi cục Kiểm lâm huyện`: a ministry's department at a
        # level, named by its field and run to its level word (or its region).
        # `Chi cục Chăn nuôi và Thú y tỉnh`: `và` joins two capitalised fields of the name.
        ministry_department=Bounded(
            rf"(?-i:Cục|Chi cục) +(?-i:{upper})\w*"
            rf"(?:(?: +| *[-–] *)"
            rf"(?:và(?= +(?-i:{upper}))|(?!(?:(?-i:{unit_heads})|{_OPEN_CLASS_STOPS})(?!\w))\w+)){{0,8}}?"
            rf"(?P<suffix>{g.level_pattern}|{_REGION})"
        ),
        # `Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm`, `Ban Chỉ đạo về phòng,
        # chống tham nhũng tỉnh`: a steering committee's name runs through its subject and level.
        # Its field may follow without `về` when the name ends in `quốc gia` (`Ban chỉ đạo phòng thủ dân sự
        # quốc gia`, also written in lower case).
        steering=Bounded(
            rf"(?-i:Ban [Cc]hỉ đạo)(?:[^\S\n]+liên[^\S\n]+ngành)?(?P<central>{g.level_pattern})?"
            rf"(?:[^\S\n]+về[^\S\n]+[^;.:()\n]{{1,80}}?"
            rf"|(?P<national>(?:[^\S\n]+(?!(?:{_BOARD_STOPS})(?!\w))(?-i:{lower})\w*){{1,6}}?[^\S\n]+quốc[^\S\n]+gia)"
            rf"|[^\S\n]+{steering_name}(?![^\S\n]+(?:các|của)(?!\w)))?"
            rf"(?P<suffix>(?:[^\S\n]+cấp)?{g.level_pattern})?"
            rf"(?=[^\S\n]*(?:,(?![^\S\n]*chống)|[;.:()\n]|$)|[^\S\n]+(?:{_BOARD_STOPS})(?!\w))"
        ),
        # `các Tổ đại biểu và đại biểu HĐND tỉnh`, `Tổ đại biểu HĐND và các đại biểu HĐND thành phố`: the
        # members' council tail completes the delegations named before them (the members are people).
        delegation_before_members=Bounded(
            r"(?P<head>(?-i:Tổ|Đoàn)[^\S\n]+đại[^\S\n]+biểu)(?:[^\S\n]+(?:Hội\s+đồng\s+nhân\s+dân|(?-i:HĐND)))?"
            r"(?=[^\S\n]+và[^\S\n]+(?:các[^\S\n]+)?đại[^\S\n]+biểu[^\S\n]+"
            rf"(?P<tail>(?:Hội\s+đồng\s+nhân\s+dân|(?-i:HĐND)|Quốc\s+hội)(?P<suffix>{g.level_pattern})?)(?!\w))"
        ),
        names=tuple(name_patterns),
        level_at_start=re.compile(g.level_pattern, FLAGS),
        committee_at_start=re.compile(rf"\s+{g.committee_pattern}(?!\w)", FLAGS),
        leading_level=_leading_name(g.levels),
        leading_committee=_leading_name(g.committees),
        bloc_suffix=re.compile(rf"\s*{g.bloc_tail}", FLAGS),
        abbreviation=re.compile(rf"(?<!\w){g.abbreviation_pattern}(?!\w)"),
        role_before=re.compile(rf"(?<!\w){g.roles_pattern}\s+(?:(?:các|của)\s+)?$", FLAGS),
        # `Cục Kiểm soát thủ tục hành chính`, `Đài Tiếng nói Việt Nam`, `Hội Khuyến học tỉnh`: an
        # organisation's head noun and its capitalised name, closed by the clause (a punctuation
        # mark, a verb that starts the predicate) or by its level word.
        # `các cơ quan liên quan`, `các ngành, đơn vị có liên quan`, `các cơ quan, tổ chức, cá nhân có
        # liên quan`, `các cơ quan, tổ chức, đơn vị và cá nhân`: the generic doers `Cơ quan`, `Đơn vị`,
        # `Cơ quan, tổ chức, đơn vị` (RULINGS R10, R15), closed by `(có) liên quan` (`hữu quan`) or persons
        # named with them; bare `cơ quan` is none. So too `các bộ liên quan` (`Bộ`), and the class joined
        # to a list by `và` or a comma (`UBND các xã và cơ quan, tổ chức, cá nhân có liên quan`; `Bộ trưởng,
        # Thủ trưởng cơ quan ngang bộ, cơ quan có liên quan chịu trách nhiệm thi hành`).
        generic=Bounded(
            r"(?:(?<=các )|(?<=và )|(?<=, ))(?:(?:ngành|tổ\s+chức)\s*,\s*)?(?P<head>cơ\s+quan|đơn\s+vị|bộ)"
            r"(?P<more>(?:\s*,\s*(?:tổ\s+chức|đơn\s+vị))*)"
            r"(?=(?:\s*,\s*doanh\s+nghiệp)?(?:(?:\s*,\s*|\s+và\s+)(?:các\s+)?(?:hộ\s+gia\s+đình\s*,\s*)?cá\s+nhân(?!\w)"
            r"|\s+(?:có\s+)?(?:liên|hữu)\s+quan(?!\w)))"
        ),
        # `Từng cơ quan, đơn vị phải rà soát ...`, `Mỗi đơn vị cần xác định ...`: a distributive determiner
        # gives the duty to every member of the generic class, as `các` does, where the class is the subject
        # bearing it (a modal or the duty right after; `của từng cơ quan, đơn vị` is no doer).
        each=Bounded(
            r"(?:từng|mỗi)\s+(?P<head>(?:cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị))?)"
            r"(?=\s+(?:phải|cần|(?:có|chịu)\s+trách\s+nhiệm)(?!\w))"
        ),
        # `các cơ quan, tổ chức được phân công`, `các cơ quan, tổ chức ở địa phương`: agencies named with
        # organisations are the generic doer `Cơ quan` whatever follows (R15: `tổ chức` is none alone)
        paired=Bounded(r"(?<=các )cơ\s+quan(?=\s*,\s*tổ\s+chức(?!\w)"
                       r"(?!\s*(?:,|và)?\s*(?:đơn\s+vị|cá\s+nhân)(?!\w))(?!\s+có\s+thẩm\s+quyền))"),
        # `Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm`, an item `a) Cơ quan quản lý nhà nước về
        # thủy lợi;`: a generic head described in lower case, closed by the duty it bears or by the
        # end of its list item (not across a predicate's marker: `cơ quan thuế không có trách nhiệm`); in
        # lower case after `các` (`Sở X và các cơ quan báo chí trên địa bàn tỉnh có trách nhiệm`)
        described=Bounded(
            rf"(?:(?-i:Cơ quan|Đơn vị)|(?<=các )(?-i:cơ quan|đơn vị))"
            rf"(?: +(?!(?:{_PREDICATE_MARKERS})(?!\w))(?-i:{lower})\w*){{1,10}}?"
            # (`phải có trách nhiệm` is the same duty; a gazette's hard wrap may split the duty's words)
            rf"(?= +(?:phải\s+)?(?:có|chịu)\s+trách\s+nhiệm(?!\w)|(?P<item>[^\S\n]*;?[^\S\n]*(?:\n|$)))"
        ),
        # `Cơ quan tiếp nhận hồ sơ và trả kết quả`, `cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ`,
        # `cơ quan có thẩm quyền giải quyết thủ tục hành chính`: the body that receives or resolves a
        # file, named by that function (RULINGS R80); bare `cơ quan có thẩm quyền` names none.
        functional=Bounded(
            r"(?:cơ\s+quan(?:\s*,\s*đơn\s+vị)?|đơn\s+vị)\s+(?:có\s+thẩm\s+quyền\s+)?"
            r"(?:tiếp\s+nhận\s+hồ\s+sơ(?:\s+và\s+trả\s+kết\s+quả)?"
            r"|giải\s+quyết\s+(?:hồ\s+sơ|thủ\s+tục\s+hành\s+chính))"
        ),
        # `cơ quan Công an`, `cơ quan Thanh tra`: the class of a sector's state bodies, each named by its
        # territory (the gazetteer's names that require a level word), written without one
        sector_class=Bounded(rf"cơ\s+quan\s+(?:{sectors})(?!\w)(?!{g.level_pattern})"),
        # `Bảo hiểm xã hội Việt Nam`, `BHXH Công an nhân dân`: a sector's body of the whole country or of a
        # people's armed force, named by it in place of the level word the sector's local bodies take
        national_sector=Bounded(
            rf"(?-i:{sectors})[^\S\n]+(?P<owner>(?-i:Việt)[^\S\n]+(?-i:Nam)"
            rf"|(?-i:Công[^\S\n]+an|Quân[^\S\n]+đội)[^\S\n]+nhân[^\S\n]+dân)(?!\w)"
        ),
        # `các Bộ, ..., cơ quan khác ở Trung ương`, `các cơ quan thông tin đại chúng khác ở trung ương và địa
        # phương`: the rest of a class of agencies, placed at the centre or locally, named as written
        other_agencies=Bounded(
            rf"cơ\s+quan(?:\s+(?!(?:{_PREDICATE_MARKERS})(?!\w))(?-i:{lower})\w*){{0,4}}?\s+khác\s+ở\s+"
            r"(?P<place>trung\s+ương|địa\s+phương)(?:\s+và\s+(?:trung\s+ương|địa\s+phương))?"
        ),
        # `Giám đốc các sở,`, `Thủ trưởng các Cục, Vụ và ...`, `Thủ trưởng các đơn vị (có liên quan) thuộc
        # Bộ X`: the class of bodies whose heads a title names (issue 12: office-holders stand for their
        # bodies), bare or with the body it belongs to; a capitalised name after the head is another rule's.
        # `các Giám đốc Sở,`: the `các` before the title makes the head after it a class too.
        held_class=Bounded(
            rf"(?:(?:{OFFICE_TITLE}) +các +|(?<=các )(?:{OFFICE_TITLE}) +)"
            rf"(?P<cls>(?:{_HELD_HEADS})(?: *, *(?:{_HELD_HEADS}))*(?:{_BELONGS})?"
            # (`Tổng giám đốc các Tập đoàn, Tổng công ty, đơn vị liên quan`: the relevant units close the
            # list, as in `các cơ quan, đơn vị liên quan`; the predicate may follow them at once)
            rf"(?P<related> *, *đơn +vị +(?:có +)?liên +quan(?!\w))?"
            rf"|(?:cơ +quan *, *)?đơn +vị(?P<owned>{_BELONGS})"
            # schools are named by their kind, in lower case (`Hiệu trưởng các trường mầm non công lập`)
            rf"|trường(?: +(?!(?:{_PREDICATE_MARKERS})(?!\w))(?-i:{lower})\w*){{1,6}}?)"
            # (units named with the body they belong to are complete before a heading's colon or a note in
            # brackets: `Trách nhiệm của Thủ trưởng các đơn vị trực thuộc Bộ (trừ ...):`; after `các sở:` the
            # list of their names follows)
            rf"(?(related)|(?=[^\S\n]*(?:[,;.]|(?(owned)[:(]|(?!))|và(?!\w)|\n|$)|[^\S\n]+(?:chịu|có)(?!\w)))"
        ),
        # `Thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp công lập (trừ ...), tổ chức hành chính khác
        # thuộc UBND tỉnh`: a title's list of classes, each described by words of its own, one body each;
        # the body they belong to is shared (nlp.body_candidates)
        held_list=Bounded(
            rf"(?:{OFFICE_TITLE}) +các +(?P<items>{_DESCRIBED_CLASS}"
            rf"(?:[^\S\n]*[,;][^\S\n]*{_DESCRIBED_CLASS})*)"
            # (`các cơ quan chuyên môn có liên quan thuộc UBND thành phố`: the relevant ones of the class)
            rf"(?: +(?:có +)?liên +quan(?= +(?:trực +)?thuộc +\w))?(?P<belongs> +(?:trực +)?thuộc(?= +\w))?"
        ),
        # `các bộ ngành, địa phương`, `các bộ, ngành, đơn vị`, `các sở, ngành`: a collective of body classes
        # after `các`, one mention however many classes it lists (GUIDELINES: collective phrases)
        # Without `các` the classes are marked by `(có) liên quan` after them, the first capitalised (`Thủ
        # trưởng Sở ngành liên quan`).
        collective=Bounded(
            rf"(?:(?<=các )|(?=(?-i:{upper}))(?=(?:{_CLASS_NOUNS})(?:(?: *, *| +)(?:{_CLASS_NOUNS}))+"
            r" +(?:có +)?liên +quan(?!\w)))"
            rf"(?:{_CLASS_NOUNS})(?:(?: *, *| +)(?:{_CLASS_NOUNS}))+(?P<suffix>{_CLASS_LEVEL})?"
            # (classes that belong to a body are a held class: `các ban, đơn vị thuộc Cơ quan ...`)
            rf"(?!\w)(?!(?: *, *| +)(?:{_CLASS_NOUNS})(?!\w))(?! +(?:trực +)?thuộc(?!\w))"
        ),
        # `Ủy ban Dân nguyện và Giám sát Quốc hội`, `Ủy ban Công tác đại biểu của Quốc hội`: a committee
        # of the National Assembly, named by its field (whole, not the Assembly inside it)
        house_committee=Bounded(
            rf"(?-i:Ủy ban)[^\S\n]+(?-i:{upper})\w*(?:[^\S\n]+(?:và[^\S\n]+)?{name_word}\w*){{0,6}}?"
            rf"[^\S\n]+(?:của[^\S\n]+)?(?-i:Quốc hội)"
        ),
        # `- Cổng thông tin điện tử tỉnh;`, `- Cổng TTĐT TP;`: a portal named by its level alone (a recipient)
        portal=Bounded(
            rf"(?-i:Cổng)[^\S\n]+(?:thông[^\S\n]+tin[^\S\n]+điện[^\S\n]+tử|(?-i:TTĐT))"
            rf"(?P<suffix>{g.level_pattern})(?=[^\S\n]*(?:[,;:.()\n]|$))"
        ),
        # (a steering committee written in lower case, `Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia`,
        # is a name too)
        # `và` (or `&`) joins the words of one name (`Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành
        # chính`; a body named after it is cut off by the candidate), and a dash or slash before a unit's
        # head ends it (`... - Bộ Tư pháp`).
        open_class=Bounded(
            rf"(?P<head>(?-i:{OPEN_CLASS_HEADS}|{_WEBSITE_HEADS}))"
            # (`Cục Trưởng`, `Chi cục Trưởng`: the head's title, whatever its case)
            rf" +(?P<name>(?-i:Ban) +chỉ +đạo|(?<=Bộ phận )tiếp +nhận +và +trả +kết +quả"
            rf"|(?!trưởng(?!\w))(?-i:{upper})\w*)"
            rf"(?:(?: +| *[-–] *|{field_comma})"
            # (not into an office-holder's title: in `Cục trưởng Cục X và Thủ trưởng các cơ quan`, `Vụ
            # trưởng Vụ X và Giám đốc Sở Y` the `và` joins two holders, and the name ends before it)
            rf"(?:(?:và|&)(?= +{name_word})(?! +{_TITLE_AHEAD})|{name_word}\w*))"
            rf"{{0,14}}?(?P<suffix>{g.level_pattern})?"
            # (a table's cell boundary, a tab, ends the name as punctuation does: `Cục X<TAB>Vụ Y`)
            rf"(?=(?!{field_comma})[^\S\n]*(?:[,;:.()\n\t]|$)|[^\S\n]*[-–/][^\S\n]*(?-i:{unit_heads})(?!\w)"
            # (`Cục Kiểm soát TTHC-VPCP;`: the code of the body it belongs to, closing the item)
            rf"|[-–](?-i:{g.abbreviation_pattern})[^\S\n]*(?:[,;.\n]|$)"
            rf"|[^\S\n]+(?!và +(?!{_TITLE_AHEAD}){name_word})(?:{_OPEN_CLASS_STOPS})(?!\w)"
            # `Cục Pháp chế Bộ Quốc phòng`, `Ban Cơ yếu Chính phủ`: the central body it belongs to
            rf"|{PARENT_BODY.pattern})"
        ),
    )


def _leading_name(names: Iterable[str]) -> re.Pattern[str]:
    """The longest of `names` (lower case) that a text starts with, as whole words."""
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?!\w)")
