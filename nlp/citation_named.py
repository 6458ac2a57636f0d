"""Named mentions (no number): a capitalised type word followed by a proper name (`Luật Đất đai
năm 2024`, `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX`, `Hiến pháp`), or a lower-case
name that a period closes or a known head opens (`Chiến lược phát triển ... đến năm 2030`,
`chương trình mục tiêu quốc gia ...`). Self-references (`Kết luận này`), documents still to be
made (`xây dựng Đề án ...`) and classes of documents (`các nghị quyết, kết luận`) are left out by
general cues: a demonstrative after the type word, a creation verb or a plural quantifier before
it, or a lower-case type word without a number.
"""

import re

from policylink.nlp.citation_lists import issued_or_treated
from policylink.nlp.citation_mention import Mention, inside
from policylink.nlp.citation_patterns import (
    AND_THEN,
    CLOSED_NAME_VERB,
    KNOWN_LAW_NAME,
    LAW_NAME_YEAR,
    LAW_TYPES,
    LOWER_NAME_STOP,
    LOWER_NAME_WORD,
    LOWER_NAME_WORD_OR_COMMA,
    LOWER_NAMED_TYPES,
    MAX_CLOSED_NAME_WORDS,
    MAX_LOWER_NAME_WORDS,
    NAME_PERIOD,
    NAME_STOP,
    NATIONAL_PROGRAMME,
    PERIOD_NAMED_TYPES,
    TYPE_ALTERNATION,
    UNCLOSED_NAME_STOP,
    WORKING_RULES,
    canonical_type,
    spelled_as,
)
from policylink.nlp.citation_titles import (
    action_programme_end,
    names_no_document,
    quoted_title_end,
    title_key,
)
from policylink.nlp.dates import DAY_DATE, YEAR
from policylink.nlp.scan import matches

# `Phòng Tài chính - Kế hoạch huyện`: a type word inside a compound name is no document. The parts of a
# compound are joined by spaces: after a tab (a new table cell) the dash opens a list item.
_IN_COMPOUND_NAME = re.compile(r"\w *[-–] *$")
# `Sở Kế hoạch và Đầu tư`, `Viện Chiến lược ...`: a type word right after the head noun of an agency names the
# agency, no document (`Bộ Luật Lao động` is a code, written with a capital)
_AGENCY_HEAD_BEFORE = re.compile(r"(?<!\w)(?:Bộ|Sở|Vụ|Cục|Tổng cục|Viện|Phòng|Trung tâm)[ \t]+$")
# `Trường Đại học Luật Hà Nội`, `Trung cấp Luật Buôn Ma Thuột`, `Khoa Luật`: a school's discipline, no law
_SCHOOL_BEFORE = re.compile(r"(?<!\w)(?:(?i:đại học|cao đẳng|trung cấp)|Học viện|Khoa)[ \t]+$")
# `Khung Chương trình hỗ trợ ...`: a framework named after what it frames is an artefact, no document (R46)
_FRAMEWORK_BEFORE = re.compile(r"(?<!\w)[Kk]hung\s+$")
# `Luật Phòng, chống tham nhũng`, `Luật Cán bộ, công chức`: a short law name may go on after a
# comma with a lower-case word (not a word that starts a new phrase).
_LAW_NAME_COMMA = re.compile(
    r", +(?=(?!(?:các|những|mọi|và|đồng thời|trong|theo|nhằm|để|bảo đảm|góp phần|cũng|nhất là|đặc biệt"
    r"|kể cả|cùng|văn bản|nghị định|thông tư|quy định|hướng dẫn|thực hiện|triển khai|phấn đấu|qua đó|từ đó"
    r"|yêu cầu|đề nghị)(?!\w))[a-zđà-ỹ]+ )"
)
# Law names that go on after a comma have at most two syllables before it (`Cán bộ, công chức`).
_LAW_NAME_COMMA_WORDS = 2
# `Báo cáo UBND tỉnh ...`, `Hướng dẫn Sở ...`: a type word that is also a verb, followed by a body.
_VERB_TYPES = ("Báo cáo", "Hướng dẫn", "Quy định", "Thông báo", "Kết luận", "Quyết định", "Tờ trình")
_BODY_AFTER = re.compile(
    r" +(?:UBND|HĐND|MTTQ|Ủy ban|Uỷ ban|Sở|Ban|Bộ(?! luật)|Hội đồng|Thủ tướng|Chính phủ|Tỉnh ủy|Tỉnh uỷ"
    r"|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Văn phòng|Đảng ủy|Đảng uỷ|Đảng đoàn|Thường trực|Quốc hội)(?!\w)"
)
# A lower-case type word names a document only before a meeting (`nghị quyết Đại hội XIII`).
_TYPE_WORD = re.compile(
    rf"(?<!\w)(?P<type>{TYPE_ALTERNATION}|(?:nghị quyết|kết luận)(?= +(?:Đại hội|Hội nghị))"
    r"|chương trình(?= mục tiêu quốc gia))(?!\w)"
)

# After the type word of an unnumbered name: optional lower-case place words, then a capital.
# Names stay on one line and inside one table cell: words are joined by spaces only.
_LEVEL_WORD = r"(?:tỉnh|huyện|thành phố|thị xã|xã|vùng|quốc gia)"
_NAME_START = re.compile(rf" +(?:{_LEVEL_WORD} +)?(?P<initial>\w)")
# `Quy hoạch tỉnh` mid-sentence: the capitalised type word names the plan of the province.
_LEVEL_NAME = re.compile(rf" +{_LEVEL_WORD}(?!\w)")
# a spaced dash joins the two halves of a compound inside the name (`Khu kinh tế - thương mại`)
_NAME_WORD = re.compile(r" +(?:\w+(?: ?[-–] ?\d{4})?|lần thứ +[IVXLC]+|[-–] +\w+)")
# `Nghị quyết Đại hội XIII của Đảng`, `Nghị quyết Hội nghị lần thứ tám của Ban Chấp hành Trung ương
# Đảng khóa XIII`: a congress's or plenum's resolution is named with the organ that held it.
_MEETING = re.compile(r"Đại hội|Hội nghị")
_MEETING_OF = re.compile(r" +của(?= +(?:Đảng|Ban Chấp hành)(?!\w))")
_NAME_CONTINUATION = re.compile(r", +(?=(?:tầm nhìn|định hướng|nhiệm kỳ|giai đoạn|thời kỳ) )")
_SENTENCE_START = re.compile(r"(?:^|[.;:!?\n\t]|^ *[-+•])[\s*“\"-]*$")
_AMENDING = re.compile(r" +(?i:sửa đổi)(?:,? +bổ sung)?(?!\w)")  # `Luật Sửa đổi, bổ sung ...` too
# a part of a document after a comma (`..., Điều 101 của Luật Xây dựng`, `, khoản 2 Điều 4`) opens the next
# item of a list of references, no word of the name before it
_PART_AFTER_COMMA = r",\s+(?:Điều|điều|khoản|điểm|mục|chương|Chương|phụ lục|Phụ lục)\s+\w"
_AMENDING_STOP = re.compile(rf"\s*(?:[;\n(]|\.(?:\s|$)|,?\s+(?:ngày\s|số\s+\d)|{_PART_AFTER_COMMA})")
_PART_AFTER = re.compile(_PART_AFTER_COMMA)
# `Luật Tổ chức HĐND và UBND`: `và` between two acronyms joins them inside the name (two organs), where
# before a word it would end the name
_ACRONYM_BEFORE = re.compile(r"(?<!\w)[A-ZĐ]{2,}$")
_ACRONYMS_JOINED = re.compile(r" +(?:và|&) +[A-ZĐ]{2,}(?!\w)")
_REACH_FORWARD = re.compile(r" +đến(?!\w)")
_REACHES_FROM = re.compile(r"(?:tầm nhìn|định hướng)$")
_MAX_NAME_WORDS = 16
# `Nghị quyết Trung ương 4 khóa XI yêu cầu ...`: a Party term closes the name of what its meeting adopted
# (only its period, `nhiệm kỳ 2020-2025`, or a comma-joined continuation, `, nhiệm kỳ ...`, may follow)
_TERM_CLOSES = re.compile(r"(?<!\w)(?:khóa|khoá|Khóa|Khoá)\s+[IVXLC]+$")
_TERM_IN_BRACKETS = re.compile(r" *\( *(?:khóa|khoá|Khóa|Khoá) +[IVXLC]+ *\)")
# `Luật Chứng khoán cần: ...`, `Nghị quyết ... yêu cầu ...`: a modal or reporting verb after the name opens
# the predicate of which the document is the subject
_PREDICATE_AFTER = re.compile(r" +(?:cần|phải|yêu cầu|khẳng định|nêu rõ|chỉ rõ|nhấn mạnh)(?!\w)")
# `Luật đất đai năm 2024`: a law's name written in lower case, closed by its year.
_LOWER_LAW_NAME = re.compile(r"(?P<name>(?: +\w+){1,6}?) +năm +\d{4}(?!\d)")

# `thực hiện Luật đầu tư công, kế hoạch ...`, `phù hợp với Luật giáo dục và ...`: mid-sentence, a law's short
# name written in lower case, closed by its clause's end or a coordinated phrase (`Luật sư`, `Luật gia` name
# people and `luật pháp` is the compound noun, law in general: `luật pháp quốc tế`, `Vụ Luật pháp`; `Luật
# hiện hành` names none, and `phổ biến Luật tới cán bộ` names the law of the text by its type
# word before a preposition or an adverb: `triển khai Luật kịp thời, hiệu quả`)
_SHORT_LOWER_LAW_NAME = re.compile(
    r"(?! +(?:sư|gia|pháp|kịp thời|hiệu quả|có hiệu quả|nghiêm túc|nghiêm|đồng bộ|sâu rộng|rộng rãi|đầy đủ"
    r"|tốt|chặt chẽ|toàn diện|thống nhất|sâu sắc)(?!\w))"
    rf"(?:(?!{LOWER_NAME_STOP.pattern}"
    r"| +(?:này|hiện hành|mới|sửa đổi|tới|ở|đến|vào|ra|qua|bằng|về|cho|hoặc|cùng|nói|nêu)(?!\w)) +\w+){1,3}?"
    r"(?=[ \t]*(?:[,;:)\n]|\.(?:\s|$))| +và(?!\w)|$)"
)
# `Nghị quyết 20 Ban Chấp hành Trung ương Đảng khóa X`: a Party document known by its bare number, the organ
# that adopted it and that organ's term (no symbol printed)
_PARTY_NUMBERED_NAME = re.compile(
    r" +\d+ +(?:của +)?(?:Ban Chấp hành|Bộ Chính trị|Ban Bí thư|Hội nghị)(?: +(?:[A-ZĐÀ-Ỹ]\w*|\d+))*,?"
    r" +(?:[Kk]hóa|[Kk]hoá) +[IVXLC]+(?!\w)"
)
_PERIOD_BRIDGE = re.compile(r" +(?:cho|về)(?= +\w)")
# a number as the name (`Đề án 06 phục vụ ...`), not a count (`Đề án 3 năm`) nor a date or figure
_NUMBER_NAME = re.compile(r" +\d+(?![\w/.,%-])(?P<count> *(?:năm|tháng|ngày|tuần|giờ|%)(?!\w))?")

_SELF_REFERENCE = re.compile(r"\s+(?:này|nói trên|trên)(?!\w)")
_CREATION_BEFORE = re.compile(
    r"(?:xây dựng|ban hành|soạn thảo|dự thảo|lập|trình|đề xuất|tham mưu|hoàn thiện|nghiên cứu)"
    r"(?:\s+(?:và|,)\s*\w+)*[\s“”\"*]*$",
    re.IGNORECASE,
)
# `mới` (new) closing a law's name qualifies the law (a name its date closes is whole: `Luật Hợp tác xã kiểu
# mới ngày 5 tháng 4 năm 2003`)
_NEW_AFTER_LAW = re.compile(r" +mới$")
# `dự án Luật Hộ tịch`: a bill, a law not yet adopted (R39)
_BILL_BEFORE = re.compile(r"(?<!\w)dự án\s+$", re.IGNORECASE)
# `QUYẾT ĐỊNH / Phê duyệt Kế hoạch ...`, `Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch ...`: the
# plan a decision approves and attaches is the document's own part, not a citation (DECISIONS-7); so is
# the regulation it issues with itself (`Điều 1. Ban hành kèm theo Quyết định này Quy chế ...`,
# DECISIONS-5) and the scheme a resolution's article adopts (`Điều 1. Thông qua Đề án ...`).
_ATTACHED_HERE = rf"[ \t]+kèm theo[ \t]+(?:{TYPE_ALTERNATION})[ \t]+này"
_OWN_APPROVAL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:Điều[ \t]+\d+[.:][ \t]*)?(?:(?:Về việc|V/v)[ \t]+)?phê duyệt"
    rf"(?:{_ATTACHED_HERE})?|(?:Điều[ \t]+\d+[.:][ \t]*)?ban hành{_ATTACHED_HERE}"
    r"|Điều[ \t]+\d+[.:][ \t]*thông qua)[ \t]*[“\"]?$",
    re.IGNORECASE,
)
# `ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính
# trị - xã hội`: a lower-case name goes on through the organ it belongs to (DECISIONS-3), to the end
# of its clause.
_NAME_ORGAN = re.compile(
    r" +của +(?P<organ>\w+)(?:(?! +(?:ngày|trên|tại|để|nhằm|theo|đã|được|thì|với|trong|về)(?!\w))"
    r" +(?:\w+|[-–])){0,15}"
)
# between two listed documents: a comma, `và`, or both
_NEXT_ITEM = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)")
_PLURAL_BEFORE = re.compile(r"(?:các|những|mọi|một số|nhiều)\s*$", re.IGNORECASE)
# what, before a type word, shows it names no single document: a plural, a compound, a framework, an agency
_NOT_A_DOCUMENT_BEFORE = (_PLURAL_BEFORE, _IN_COMPOUND_NAME, _FRAMEWORK_BEFORE, _SCHOOL_BEFORE)
_SPACES = re.compile(r"\s+")
# `Luật Báo chí sửa đổi`, `Luật Đất đai (sửa đổi)`: a bill's working title; an adopted law is named by
# its year, date or number, so an undated one is a law not yet adopted and no citation (R39).
_BILL_TITLE = re.compile(r"\ssửa đổi$")
_BILL_NOTE = re.compile(r"\s*\(sửa đổi\)")
# `Triển khai thực hiện tốt Luật Quốc tịch Việt Nam (sửa đổi)`, `sự ra đời của Luật ... (sửa đổi)`: a law
# carried out or come into being is adopted, however its working title is written
_ADOPTED_BEFORE = re.compile(
    r"(?:thực hiện|triển khai|ra đời của)(?:\s+(?:tốt|có hiệu quả|hiệu quả|nghiêm túc|đồng bộ))?\s*$",
    re.IGNORECASE,
)
_DATED = re.compile(r"\s*,?\s*(?:ngày|số|năm)\s")


# `Chương trình lập pháp năm 2026 đối với dự án ...`: the year a lower-case name is of closes it (a period
# such as `năm 2021-2025` is matched first by `NAME_PERIOD`)
_NAME_YEAR = re.compile(rf" +năm +{YEAR}(?![\w-])")


def lower_name_end(text: str, pos: int, *, needs_period: bool) -> int | None:
    """End of a lower-case name starting at `pos`: through the period that closes it (`... giai
    đoạn 2021-2025`), or, when no period is needed, through its last word before a stop."""
    end = pos
    word_pattern = LOWER_NAME_WORD_OR_COMMA if needs_period else LOWER_NAME_WORD
    for _ in range(MAX_CLOSED_NAME_WORDS if needs_period else MAX_LOWER_NAME_WORDS):
        if period := NAME_PERIOD.match(text, end):
            return period.end()
        if LOWER_NAME_STOP.match(text, end) and not (needs_period and CLOSED_NAME_VERB.match(text, end)):
            break
        if not needs_period and end > pos and (year := _NAME_YEAR.match(text, end)):
            return year.end()
        if not needs_period and (
            UNCLOSED_NAME_STOP.match(text, end)
            or ((joined := AND_THEN.match(text, end)) and not joined["initial"].islower())
        ):
            break
        word = word_pattern.match(text, end)
        if word is None:
            break
        end = word.end()
    return None if needs_period or end == pos else end


# A law's name may hold commas and function words (`Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của
# người nước ngoài tại Việt Nam ngày ...`, `Luật Địa chất và khoáng sản;`) when what closes it follows:
# its adoption date, its number, its year or the next law of a list. The words between
# are lower case after a comma, and none opens a new phrase (a verb, a plural, `của` + an issuer).
_LAW_NAME_CLOSE = re.compile(r" +(?:ngày|số) *\d| +và +(?:Bộ luật|Luật)(?!\w)")
_LAW_NAME_YEAR_CLOSE = re.compile(r" +năm +\d{4}(?!\d)")
_LAW_NAME_WORD = re.compile(r"(?P<comma>,)? +(?P<word>\w+)")
_LAW_NAME_BREAK = re.compile(
    r" +(?:các|những|mọi|được|đã|đang|sẽ|về|để|nhằm|theo|do|với|trên|trong|đến|tới|từ|sau|trước|là|có|này"
    r"|đó|thì|mà|khi|quy định"
    # `của Quốc hội`: the law's issuer (another organ after `của` is what the law is about: `Luật Ban hành
    # văn bản quy phạm pháp luật của Hội đồng nhân dân, Uỷ ban nhân dân ngày ...`)
    r"|hướng dẫn|ban hành|thực hiện|triển khai|phê duyệt|sửa đổi|bổ sung"
    r"|của +(?:Quốc hội|(?:Ủy|Uỷ) ban [Tt]hường vụ|Chủ tịch nước|Chính phủ)"
    # another document's type word (`Luật X và Nghị định số ...`)
    rf"|{TYPE_ALTERNATION})(?!\w)"
)
_MAX_LAW_NAME_WORDS = 20
_CAPITALISED_PAIR_CLOSED = re.compile(
    r", +[A-ZĐÀ-Ỹ]\w*(?: +\w+)?(?=(?: +(?:ngày|số) *\d| +năm +\d{4}(?!\d)))"
)


def _closed_law_name_end(text: str, pos: int) -> int | None:
    """End of a law's name starting at `pos` that runs to what closes it (see `_LAW_NAME_CLOSE`)."""
    end = pos
    organs = False  # after `của`, the organs a law is about may be listed by commas (`..., Uỷ ban nhân dân`)
    for _ in range(_MAX_LAW_NAME_WORDS):
        if end > pos and (year := _LAW_NAME_YEAR_CLOSE.match(text, end)):
            return year.end()
        if end > pos and _LAW_NAME_CLOSE.match(text, end):
            return end
        word = _LAW_NAME_WORD.match(text, end)
        if word is None or _LAW_NAME_BREAK.match(text, end + (1 if word["comma"] else 0)):
            return None
        if word["comma"] and not (word["word"][0].islower() or organs):
            # `Luật Thi đua, Khen thưởng ngày ...`: one or two capitalised words after the comma, then
            # what closes the name
            if (pair := _CAPITALISED_PAIR_CLOSED.match(text, end)) is None:
                return None
            end = pair.end()
            continue
        organs = organs or word["word"] == "của"
        end = word.end()
    return None


def _name_end(text: str, pos: int, *, law_start: int | None = None) -> int:
    """End of an unnumbered document's name that starts at `pos` (just after the type word)."""
    known = KNOWN_LAW_NAME.match(text, law_start) if law_start is not None else None
    if law_start is not None and known is None and (closed := _closed_law_name_end(text, pos)):
        return closed
    if known is not None:  # a known name is whole (`Luật Phí và lệ phí` | `thuộc ...`), with its year
        year = _LAW_NAME_YEAR_CLOSE.match(text, known.end())
        return year.end() if year else known.end()
    end = pos
    before_comma = None  # the end before a comma the name went on through (`Luật Cán bộ, công chức`)
    for _ in range(_MAX_NAME_WORDS):
        meeting_of = _MEETING_OF.match(text, end) if _MEETING.search(text, pos, end) else None
        organ = _NAME_WORD.match(text, meeting_of.end()) if meeting_of else None
        if organ is not None:
            end = organ.end()
            continue
        continuation = _NAME_CONTINUATION.match(text, end)
        short_law_name = law_start is not None and len(text[pos:end].split()) <= _LAW_NAME_COMMA_WORDS
        if short_law_name and continuation is None:
            continuation = _LAW_NAME_COMMA.match(text, end)
            # the character class also spans upper-case letters (`Ủ`): `Luật Đất đai, Ủy ban nhân
            # dân tỉnh yêu cầu` starts a new clause
            if continuation is not None and (not text[continuation.end()].islower()
                                             or _PART_AFTER.match(text, end)):
                continuation = None
            # `Phòng` of `Phòng, chống` names nothing before the comma
            if continuation is not None and len(text[pos:end].split()) > 1:
                before_comma = end
        if continuation is None and _TERM_CLOSES.search(text, pos, end):
            term_period = NAME_PERIOD.match(text, end)  # `khóa XV nhiệm kỳ 2020-2025`
            end = term_period.end() if term_period else end
            break
        probe = continuation.end() - 1 if continuation else end
        acronyms = _ACRONYMS_JOINED.match(text, probe) if _ACRONYM_BEFORE.search(text, pos, end) else None
        if acronyms is not None:
            end = acronyms.end()
            continue
        if NAME_STOP.match(text, probe) or _PREDICATE_AFTER.match(text, probe):
            break
        if _REACH_FORWARD.match(text, probe) and not _REACHES_FROM.search(text[pos:probe]):
            break
        word = _NAME_WORD.match(text, probe)
        if word is None:
            break
        end = word.end()
    if term := _TERM_IN_BRACKETS.match(text, end):  # `Nghị quyết Trung ương 7 (khóa X)`
        return term.end()
    # `Điều 30 Luật Khoáng sản, cơ quan có thẩm quyền cấp phép`: words after a comma that end on a
    # clause of their own (not on the name's date, number, issuer or the sentence's end) are that clause
    if before_comma is not None and not _NAME_CLOSED_AFTER_COMMA.match(text, end):
        return before_comma
    # `Theo Luật Đầu tư, nhà đầu tư được ...`: after a fronted `Theo`, `Căn cứ` ..., the comma ends the
    # adjunct when the words after it are the subject of a verb
    if before_comma is not None and _PREDICATE_WORD.match(text, end) and law_start is not None and (
            _FRONTED_BEFORE.search(text, max(0, law_start - 20), law_start)):
        return before_comma
    return end


_FRONTED_BEFORE = re.compile(r"(?:^|[.;:!?\n])[ \t*-]*(?:Theo|Căn cứ|Tại|Đối với|Với)[ \t]+$")
_PREDICATE_WORD = re.compile(r" +(?:được|đã|phải|sẽ|là|có|cần|không|chỉ|đều)(?!\w)")
# What may follow a law's name that went on after a comma: its date, number, year or issuer, a
# coordinated or amending phrase, or punctuation.
_NAME_CLOSED_AFTER_COMMA = re.compile(
    r"\s*(?:$|[;:.,)(\n]| +(?:ngày|số|năm|của|và|được|đã|hiện hành|sửa đổi|quy định|hướng dẫn)(?!\w))"
)


def _amending_end(text: str, pos: int) -> int:
    stop = _AMENDING_STOP.search(text, pos)
    return (stop.start() if stop else len(text))


def named_mentions(text: str, numbered: list[Mention]) -> list[Mention]:
    """Mentions of documents named without a number, outside the `numbered` ones."""
    # an amending law's subject (`Luật sửa đổi ... của Luật X số 87/2025/QH15`) names the law it amends
    taken = [(m.start, m.head_end if m.subject_start is None else m.subject_start) for m in numbered]
    given = [law.law_name for law in numbered if law.law_name] + _closed_law_names(text)
    mentions: list[Mention] = []
    amending: list[tuple[int, int]] = []  # amending laws' names (`Luật sửa đổi ... của Luật X năm 2025`)
    approved: list[str] = []  # the titles of what the document approves
    to_make: list[int] = []  # where the names of documents still to be made end
    for m in matches(_TYPE_WORD, text):
        if inside(m.start(), taken):
            continue
        doc_type = m["type"]
        before = text[max(0, m.start() - 40) : m.start()]
        issued = _issued_by_cited(text, m.start(), numbered)
        if any(p.search(before) for p in _NOT_A_DOCUMENT_BEFORE) or (
                doc_type not in LAW_TYPES and _AGENCY_HEAD_BEFORE.search(before)):
            continue
        bill = doc_type in LAW_TYPES and _BILL_BEFORE.search(before) is not None
        if not issued and (_CREATION_BEFORE.search(before) or bill
                           or any(_NEXT_ITEM.fullmatch(text, end, m.start()) for end in to_make)):
            # `xây dựng Quy chế A, Quy chế B`: each document listed after the verb is still to be made
            end = _unnumbered_name_end(text, m, doc_type, numbered) or lower_name_end(
                text, m.end(), needs_period=False)
            if end is not None:
                to_make.append(end)
            continue
        if _OWN_APPROVAL_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            # what the document approves is its own part, however a later line names it
            if (end := _unnumbered_name_end(text, m, doc_type, numbered)) is not None:
                approved.append(title_key(text[m.start() : end]))
            continue
        if _SELF_REFERENCE.match(text, m.end()):
            continue
        if m.group()[0].isupper() and (amending_word := _AMENDING.match(text, m.end())):
            # `Luật sửa đổi, bổ sung một số điều của Luật A và Luật B`: a name that holds the
            # amended documents; they become citations nested in it.
            end = _amending_end(text, amending_word.end())
            key = _SPACES.sub(" ", text[m.start() : end])
            mentions.append(Mention(m.start(), end, end, doc_type, None, None, key, None, None,
                                     subject_start=amending_word.start() + 1))
            amending.append((m.start(), end))
            continue
        if doc_type in _VERB_TYPES and _BODY_AFTER.match(text, m.end()):
            continue
        end = _given_law_name_end(text, m.start(), given) if doc_type in LAW_TYPES else None
        if doc_type in PERIOD_NAMED_TYPES and issued_or_treated(text, m.start(), numbered, approved=True):
            end = _clause_closed_name_end(text, m.end())
        end = end or _unnumbered_name_end(text, m, doc_type, numbered)
        if end is None and issued:
            end = lower_name_end(text, m.end(), needs_period=False)
            organ = _NAME_ORGAN.match(text, end) if end is not None else None
            if organ is not None and organ["organ"][0].isupper():
                end = organ.end()
        if end is None:
            continue
        if any(start < m.start() and end == amending_end for start, amending_end in amending) and (
                year := _LAW_NAME_YEAR_CLOSE.search(text, m.start(), end)) and year.end() == end:
            end = year.start()  # the year that closes an amending law's name is the amending law's
        if canonical_type(doc_type) in LAW_TYPES and not _DATED.match(text, end) and (
                new := _NEW_AFTER_LAW.search(text, m.end(), end)):
            end = new.start()  # `Luật Ban hành văn bản quy phạm pháp luật mới`: the new law, not a word of it
        key = _SPACES.sub(" ", text[m.start() : end])
        if names_no_document(text, key, end):
            continue
        if canonical_type(doc_type) in LAW_TYPES and not _ADOPTED_BEFORE.search(before) and (
                _BILL_TITLE.search(key) and not _DATED.match(text, end) or _BILL_NOTE.match(text, end)):
            continue
        mentions.append(Mention(m.start(), end, end, canonical_type(doc_type), None, None, key,
                                 None, None, None))
    # what the document approves is its own part wherever it is named, before the approval too (`Sau khi nghe
    # ... trình bày Đề án A`, then `Điều 1. Thông qua Đề án A`)
    mentions = [m for m in mentions if not any(a.startswith(title_key(m.key)) for a in approved)]
    return sorted(mentions + _small_letter_law_names(text, mentions, given, taken), key=lambda m: m.start)


# `pháp luật đất đai` (land legislation), `bộ luật`: `luật` inside a noun names no law
_LAW_WORD_IN_NOUN = re.compile(r"(?:\w|(?i:pháp|bộ|dự án) )$")


def _small_letter_law_names(text: str, mentions: list[Mention], given: list[str],
                            taken: list[tuple[int, int]]) -> list[Mention]:
    """`Chỉ thị về triển khai thực hiện luật trách nhiệm bồi thường của nhà nước`: a law the text names with
    capitals elsewhere (`Luật Trách nhiệm bồi thường của Nhà nước`), written all in small letters (a title
    line set in small letters): a mention of that law, keyed by its name as the text capitalises it."""
    names = {m.key for m in mentions if m.number is None and m.doc_type in LAW_TYPES} | set(given)
    spans = taken + [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        if name.islower() or name.split()[0] not in LAW_TYPES:
            continue
        for m in spelled_as(name.lower()).finditer(text):
            in_noun = _LAW_WORD_IN_NOUN.search(text, max(0, m.start() - 8), m.start())
            if in_noun is None and not inside(m.start(), spans):
                found.append(Mention(m.start(), m.end(), m.end(), name.split()[0], None, None, name,
                                     None, None, None))
                spans.append((m.start(), m.end()))
    return found


# `Quyết định số 16/2019/QĐ-UBND ngày ... của UBND tỉnh ban hành Quy chế quản lý ...`: the document a
# cited decision issued exists, so it is a citation nested in the decision (DECISIONS-5), although
# `ban hành` before a type word otherwise announces a document still to be made.
_ISSUED_AFTER_CITED = re.compile(
    # `về việc đề nghị ban hành Nghị quyết ...` proposes a document, issues none
    rf"(?:\s*,?\s*{DAY_DATE})?(?:\s*,?\s+của\s+[^;:.()\n]{{1,80}}?)?\s*,?\s+"
    r"(?<!đề nghị )(?<!đề xuất )(?<!trình )(?:ban hành|phê duyệt)"
    r"(?:\s+kèm\s+theo)?\s+$",
    re.IGNORECASE,
)


def _issued_by_cited(text: str, type_start: int, numbered: list[Mention]) -> bool:
    """Does the type word at `type_start` name what the numbered citation just before it issued?"""
    before = [m for m in numbered if m.head_end <= type_start]
    if not before:
        return False
    cited = max(before, key=lambda m: m.head_end)
    return _ISSUED_AFTER_CITED.fullmatch(text, cited.head_end, type_start) is not None


def _closed_law_names(text: str) -> list[str]:
    """The names of laws that the text closes somewhere by their date, number or year (`Luật Khoa học, công
    nghệ và đổi mới sáng tạo năm 2025`), without what closes them."""
    names = []
    for m in matches(_TYPE_WORD, text):
        if m["type"] in LAW_TYPES and (end := _closed_law_name_end(text, m.end())):
            name = text[m.start() : end]
            year = LAW_NAME_YEAR.search(name)
            names.append(name[: year.start()] if year else name)
    return names


def _given_law_name_end(text: str, start: int, given: list[str]) -> int | None:
    """`... thi hành Luật Địa chất và khoáng sản;` beside `Luật Địa chất và Khoáng sản số 54/2024/QH15`, `...
    của Luật Khoa học, công nghệ và đổi mới sáng tạo về ...` beside the same name closed by its year: a law
    named as the text names it where its number, date or year closes it runs through that whole name,
    whatever words it holds (the longest such name at `start`)."""
    ends = []
    for name in given:
        if same := spelled_as(name, r"(?!\w)", re.IGNORECASE).match(text, start):
            year = _LAW_NAME_YEAR_CLOSE.match(text, same.end())  # `... năm 2012` stays in the name
            ends.append(year.end() if year else same.end())
    return max(ends, default=None)


def _unnumbered_name_end(text: str, m: re.Match[str], doc_type: str, numbered: list[Mention]) -> int | None:
    """End of the name after the type word `m`, or None when no document is named there."""
    mid_sentence = not _SENTENCE_START.search(text[max(0, m.start() - 6) : m.start()])
    if m.group()[0].isupper() and (quoted := quoted_title_end(text, m.end())):
        return quoted
    if (doc_type in PERIOD_NAMED_TYPES or doc_type.endswith("hành động")) and (
            action := action_programme_end(text, m.end(), numbered)):
        return action
    if party := _PARTY_NUMBERED_NAME.match(text, m.end()):
        return party.end()
    if programme := NATIONAL_PROGRAMME.match(text, m.start()):
        return _closed_or_open_name_end(text, programme.end())
    if rules := WORKING_RULES.match(text, m.start()):
        return _name_end(text, rules.end())
    # a law known by a name with function words is named so in any case (`Luật phí và lệ phí`)
    known_law = doc_type in LAW_TYPES and KNOWN_LAW_NAME.match(text, m.start()) is not None
    if doc_type == "Hiến pháp" or known_law or (
        (start := _NAME_START.match(text, m.end())) and start["initial"].isupper()
    ):
        end = _name_end(text, m.end(), law_start=m.start() if doc_type in LAW_TYPES else None)
        # `Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030`: a planning
        # document's period closes its name (its `đến` is no new clause).
        if doc_type not in PERIOD_NAMED_TYPES:
            return end
        if period := NAME_PERIOD.match(text, end):
            return period.end()
        # `Đề án Đào tạo nghề cho lao động nông thôn đến năm 2020`, `Chương trình Mục tiêu quốc gia về Việc
        # làm giai đoạn 2006-2010`: the name goes on after `cho` or `về` to the period that closes it
        bridge = _PERIOD_BRIDGE.match(text, end)
        closed = lower_name_end(text, bridge.end(), needs_period=True) if bridge else None
        return closed if closed is not None and not NAME_PERIOD.match(text, bridge.end()) else end
    if doc_type in LAW_TYPES and (lower := _LOWER_LAW_NAME.match(text, m.end())) and lower["name"].islower():
        return lower.end()
    # `..., Luật Dự trữ quốc gia, Luật xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024`: a lower-case
    # law name that its date, number or the next law of a list closes
    if doc_type in LAW_TYPES and (closed := _closed_law_name_end(text, m.end())):
        return closed
    # `Đề án 06`: a document known by its number alone; `Đề án 3 năm tới` names none
    if doc_type in LOWER_NAMED_TYPES and (number := _NUMBER_NAME.match(text, m.end())):
        return number.end() if number["count"] is None else None
    if not mid_sentence:
        return None
    short = _SHORT_LOWER_LAW_NAME.match(text, m.end()) if doc_type in LAW_TYPES else None
    if short is not None and short.group().islower():
        return short.end()
    # A closing period wins over a level word: `Chiến lược quốc gia bảo đảm ... giai đoạn 2021 - 2030`.
    if doc_type in PERIOD_NAMED_TYPES and (closed := lower_name_end(text, m.end(), needs_period=True)):
        return closed
    if level := _LEVEL_NAME.match(text, m.end()):
        return level.end()
    if doc_type in LOWER_NAMED_TYPES:
        return lower_name_end(text, m.end(), needs_period=False)
    return None


# `... ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống ... giai đoạn 2022 -
# 2025;`: the plan a cited document issues or treats is named to the end of its clause when its period
# closes the clause, whatever commas and words it holds.
_CLAUSE_END = re.compile(r"\s*(?:[;\n]|\.(?:\s|$))")
_CLOSES_CLAUSE = re.compile(rf"(?:{NAME_PERIOD.pattern}|(?: +năm +{YEAR} +và +{YEAR}))$")
_MAX_CLAUSE_NAME = 200


def _clause_closed_name_end(text: str, pos: int) -> int | None:
    """End of a name from `pos` to the end of its clause, when a period closes the clause."""
    stop = _CLAUSE_END.search(text, pos)
    end = stop.start() if stop else len(text)
    name = text[pos:end]
    if len(name) > _MAX_CLAUSE_NAME or _TYPE_WORD.search(name) or not _CLOSES_CLAUSE.search(name):
        return None
    return end


def _closed_or_open_name_end(text: str, pos: int) -> int | None:
    """A name closed by its period when one follows, else the lower-case words before a stop."""
    return lower_name_end(text, pos, needs_period=True) or lower_name_end(text, pos, needs_period=False)
