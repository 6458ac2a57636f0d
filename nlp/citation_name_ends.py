"""Where the name after a type word ends: a capitalised name (through a meeting's organ, a Party term,
joined acronyms, a short law name's comma), a lower-case name closed by its period or a stop, a
name closed by its clause's end, and an amending law's name.
"""

import re

from policylink.nlp.citation_law_names import LAW_NAME_YEAR_CLOSE, closed_law_name_end
from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_patterns import (
    AND_THEN,
    CLOSED_NAME_VERB,
    KNOWN_LAW_NAME,
    LAW_TYPES,
    LOWER_NAME_STOP,
    LOWER_NAME_WORD,
    LOWER_NAME_WORD_OR_COMMA,
    LOWER_NAMED_TYPES,
    MAX_CLOSED_NAME_WORDS,
    MAX_LOWER_NAME_WORDS,
    NAME_MANNER,
    NAME_PERIOD,
    NAME_STOP,
    NATIONAL_PROGRAMME,
    NUMBERED_LAW_NEXT,
    PERIOD_NAMED_TYPES,
    TYPE_ALTERNATION,
    TYPE_WORD,
    UNCLOSED_NAME_STOP,
    WORKING_RULES,
)
from policylink.nlp.citation_titles import (
    action_programme_end,
    approved_name_end,
    numeral_designated_end,
    quoted_title_end,
)
from policylink.nlp.dates import YEAR
from policylink.nlp.gazetteer import UPPER_CLASS

# `Luật Phòng, chống tham nhũng`, `Luật Cán bộ, công chức`: a short law name may go on after a
# comma with a lower-case word (not a word that starts a new phrase).
_LAW_NAME_COMMA = re.compile(
    r", +(?=(?!(?:các|những|mọi|và|đồng thời|trong|theo|nhằm|để|bảo đảm|góp phần|cũng|nhất là|đặc biệt"
    r"|kể cả|cùng|văn bản|nghị định|thông tư|quy định|hướng dẫn|thực hiện|triển khai|phấn đấu|qua đó|từ đó"
    r"|yêu cầu|đề nghị)(?!\w))[a-zđà-ỹ]+ )"
)
# Law names that go on after a comma have at most two syllables before it (`Cán bộ, công chức`).
_LAW_NAME_COMMA_WORDS = 2
_CODE = re.compile(r"Bộ\s+luật(?!\w)", re.IGNORECASE)

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
# a part of a document after a comma (`..., Điều 101 của Luật Xây dựng`, `, khoản 2 Điều 4`) opens the next
# item of a list of references, no word of the name before it
_PART_AFTER_COMMA = r",\s+(?:Điều|điều|khoản|điểm|mục|chương|Chương|phụ lục|Phụ lục)\s+\w"
# an amending law amends laws: another type word after a comma opens the next item of a list (`Luật Sửa đổi,
# bổ sung một số điều của Luật Giáo dục, Nghị định số ...`)
_NOT_A_LAW_AFTER_COMMA = rf",\s+(?!(?:{'|'.join(LAW_TYPES)})(?!\w))(?:{TYPE_ALTERNATION})(?!\w)"
# `... của 15 Luật trong lĩnh vực nông nghiệp và môi trường và Điều 48 Nghị định số ...`: a part of a document
# after `và` is the next item of the list the amending law stands in
_PART_AFTER_AND = r"\s+và\s+(?:Điều|khoản|điểm)\s+\d"
_AMENDING_STOP = re.compile(
    rf"\s*(?:[;\n(]|\.(?:\s|$)|,?\s+(?:ngày\s|số\s+\d)|{_PART_AFTER_COMMA}|{_PART_AFTER_AND}"
    rf"|{_NOT_A_LAW_AFTER_COMMA})"
)
_PART_AFTER = re.compile(_PART_AFTER_COMMA)
_LISTED_NUMBER = re.compile(r"\s+số\s+\d+/\d{4}/[\wĐđ-]+")
# `Luật Tổ chức HĐND và UBND`: `và` between two acronyms joins them inside the name (two organs), where
# before a word it would end the name
_ACRONYM_BEFORE = re.compile(r"(?<!\w)[A-ZĐ]{2,}$")
_ACRONYMS_JOINED = re.compile(r" +(?:và|&) +[A-ZĐ]{2,}(?!\w)")
_REACH_FORWARD = re.compile(r" +đến(?!\w)")
_REACHES_FROM = re.compile(r"(?:tầm nhìn|định hướng)$")
_MAX_NAME_WORDS = 16
# `Điều lệ Đảng trình Đại hội ...`, `Đề án phát triển ... trình Hội đồng nhân dân tỉnh`: `trình` before a
# capitalised organ is the verb `submit to`, which ends the name (not the second syllable of `công trình`,
# `quy trình`, `lộ trình`, `tiến trình`, `hành trình`, `chương trình`, `giáo trình`, `phương trình`)
_SUBMITTED_TO = re.compile(
    r"(?<![Cc]ông)(?<![Qq]uy)(?<![Ll]ộ)(?<![Tt]iến)(?<![Hh]ành)(?<![Cc]hương)(?<![Gg]iáo)(?<![Pp]hương)"
    rf" +trình +(?:lên +)?{UPPER_CLASS}"
)
# `Nghị quyết Trung ương 4 khóa XI yêu cầu ...`: a Party term closes the name of what its meeting adopted
# (only its period, `nhiệm kỳ 2020-2025`, or a comma-joined continuation, `, nhiệm kỳ ...`, may follow)
_TERM_CLOSES = re.compile(r"(?<!\w)(?:khóa|khoá|Khóa|Khoá)\s+[IVXLC]+$")
_TERM_IN_BRACKETS = re.compile(r" *\( *(?:khóa|khoá|Khóa|Khoá) +[IVXLC]+ *\)")
# `Luật Chứng khoán cần: ...`, `Nghị quyết ... yêu cầu ...`: a modal or reporting verb after the name opens
# the predicate of which the document is the subject
_PREDICATE_AFTER = re.compile(r" +(?:cần|phải|yêu cầu|khẳng định|nêu rõ|chỉ rõ|nhấn mạnh)(?!\w)")
# `Luật đất đai năm 2024`: a law's name written in lower case, closed by its year.
_LOWER_LAW_NAME = re.compile(r"(?P<name>(?: +\w+){1,6}?) +năm +\d{4}(?!\d)")

# `thực hiện Luật đầu tư công, kế hoạch ...`, `phù hợp với Luật giáo dục và ...`, `quy định của Pháp lệnh bảo
# vệ bí mật nhà nước, ...`: mid-sentence, a law's name of up to six syllables written in lower case, closed by
# its clause's end, a bracket or a coordinated phrase, as the year closes a longer one (`Luật sư`, `Luật gia`
# name people and `luật pháp` is the compound noun, law in general: `luật pháp quốc tế`, `Vụ Luật pháp`; `Luật
# hiện hành` names none, and `phổ biến Luật tới cán bộ` names the law of the text by its type
# word before a preposition or an adverb: `triển khai Luật kịp thời, hiệu quả`)
_SHORT_LOWER_LAW_NAME = re.compile(
    r"(?! +(?:sư|gia|pháp|kịp thời|hiệu quả|có hiệu quả|nghiêm túc|nghiêm|đồng bộ|sâu rộng|rộng rãi|đầy đủ"
    r"|tốt|chặt chẽ|toàn diện|thống nhất|sâu sắc)(?!\w))"
    rf"(?:(?!{LOWER_NAME_STOP.pattern}"
    r"| +(?:này|hiện hành|mới|sửa đổi|tới|ở|đến|vào|ra|qua|bằng|về|cho|hoặc|cùng|nói|nêu)(?!\w))"
    r" +(?:phòng, +chống(?!\w)|\w+)){1,6}?"  # the comma of `phòng, chống` (prevent and combat) ends nothing
    r"(?=[ \t]*(?:[,;:()\n]|\.(?:\s|$))| +và(?!\w)|$)"
)
# `Nghị quyết 20 Ban Chấp hành Trung ương Đảng khóa X`: a Party document known by its bare number, the organ
# that adopted it and that organ's term (no symbol printed)
_PARTY_NUMBERED_NAME = re.compile(
    r" +\d+ +(?:của +)?(?:Ban Chấp hành|Bộ Chính trị|Ban Bí thư|Hội nghị)(?: +(?:[A-ZĐÀ-Ỹ]\w*|\d+))*,?"
    r" +(?:[Kk]hóa|[Kk]hoá) +[IVXLC]+(?!\w)"
)
_PERIOD_BRIDGE = re.compile(r" +(?:cho|về|trên|tại|đối với)(?= +\w)")
_NUMBER_SUBJECT = re.compile(r" +về(?= +\w)")
# a number as the name (`Đề án 06 phục vụ ...`), not a count (`Đề án 3 năm`) nor a date or figure
_NUMBER_NAME = re.compile(r" +\d+(?![\w/.,%-])(?P<count> *(?:năm|tháng|ngày|tuần|giờ|%)(?!\w))?")


# `Chương trình lập pháp năm 2026 đối với dự án ...`: the year a lower-case name is of closes it (a period
# such as `năm 2021-2025` is matched first by `NAME_PERIOD`)
_NAME_YEAR = re.compile(rf" +năm +{YEAR}(?![\w-])")


# `bám sát yêu cầu của Đề án và được thẩm định`, `xem xét Đề án kèm theo Tờ trình ...`: a word that
# coordinates or attaches after the bare type word opens no name, and nor does a preposition relating the
# bare document to something else (`phân công nhiệm vụ trong triển khai Đề án giữa các Bộ, ngành`)
_NO_NAME_START = re.compile(r",? +(?:và|hoặc|hay|kèm|cùng|nói trên|trên|đó|đã nêu|giữa|đối với|bởi)(?!\w)")


_TRAILING_JOIN = re.compile(r" +(?:và|hoặc)$")
# where a clause or a list item ends: what may follow an organ or a proper name that closes a name
_ITEM_END = r"(?=[ \t]*(?:[;,:()\n]|\.(?:\s|$)|$))"
# `Chương trình xây dựng luật, pháp lệnh của Quốc hội.`, `Chương trình công tác trọng tâm của Ngành;`: an
# unclosed name goes on through the capitalised organ it belongs to when that organ ends the clause or list
# item (before a verb, `của Bộ ... đã ban hành`, the organ is the issuer the sentence goes on with)
_ORGAN_WORD = rf"(?!{LOWER_NAME_STOP.pattern}) +[\w-]+"  # no locative, date or verb inside the organ's name
_OWNING_ORGAN = re.compile(
    rf" +của +(?-i:{UPPER_CLASS})[\w-]*(?:{_ORGAN_WORD}){{0,9}}?(?:{_ITEM_END}|(?= +và +[a-zđà-ỹ]))"
)
# `Đề án tái cơ cấu Tập đoàn Công nghiệp Tàu thuỷ và Tổng công ty Hàng hải Việt Nam.`: `và` joins two proper
# names inside the name when the name holds a capitalised word and a capitalised name (no type word) after
# `và` ends the clause or list item
_PROPER_NAMES_JOINED = re.compile(
    rf" +và +(?!(?:{TYPE_ALTERNATION})(?!\w))(?-i:{UPPER_CLASS})[\w-]*(?:{_ORGAN_WORD}){{0,8}}?{_ITEM_END}"
)
# `Chương trình xây dựng luật, pháp lệnh`: a comma between two lower-case type words coordinates the kinds of
# documents the name is about (a comma otherwise ends an unclosed name)
_CAPITAL = re.compile(rf"(?-i:{UPPER_CLASS})")
_LOWER_TYPES = TYPE_ALTERNATION.lower()
_TYPE_WORD_ENDS = re.compile(rf"(?<!\w)(?:{_LOWER_TYPES})$")
_COMMA_THEN_TYPE = re.compile(rf",(?= +(?:{_LOWER_TYPES})(?!\w))")


def _open_name_goes_on(text: str, pos: int, end: int) -> int | None:
    """Where an unclosed lower-case name from `pos`, read to `end`, goes on past a word that would stop it:
    the end of its owning organ or of a joined proper name (which close it), or past a comma between
    type words; None when it stops at `end`."""
    if organ := _OWNING_ORGAN.match(text, end):
        return organ.end()
    if _CAPITAL.search(text, pos, end) and (joined := _PROPER_NAMES_JOINED.match(text, end)):
        return joined.end()
    if _TYPE_WORD_ENDS.search(text, pos, end) and (comma := _COMMA_THEN_TYPE.match(text, end)):
        return comma.end()
    return None


def lower_name_end(text: str, pos: int, *, needs_period: bool) -> int | None:
    """End of a lower-case name starting at `pos`: through the period that closes it (`... giai
    đoạn 2021-2025`), or, when no period is needed, through its last word before a stop."""
    end = pos
    word_pattern = LOWER_NAME_WORD_OR_COMMA if needs_period else LOWER_NAME_WORD
    for _ in range(MAX_CLOSED_NAME_WORDS if needs_period else MAX_LOWER_NAME_WORDS):
        if period := NAME_PERIOD.match(text, end):
            return period.end()
        if not needs_period and end > pos and (goes_on := _open_name_goes_on(text, pos, end)):
            if goes_on > end + 1:  # an organ or a joined name closes the name
                return goes_on
            end = goes_on  # past a comma: the words after it are read on
            continue
        if not needs_period and (manner := NAME_MANNER.match(text, end)):
            end = manner.end()
            continue
        if LOWER_NAME_STOP.match(text, end) and not (needs_period and CLOSED_NAME_VERB.match(text, end)):
            break
        if _SUBMITTED_TO.match(text, end):
            break
        if not needs_period and end > pos and (year := _NAME_YEAR.match(text, end)):
            organ = _OWNING_ORGAN.match(text, year.end())  # `... năm 2010 của Ban Chỉ đạo ...`
            return organ.end() if organ else year.end()
        if not needs_period and (
            UNCLOSED_NAME_STOP.match(text, end)
            or ((joined := AND_THEN.match(text, end)) and not joined["initial"].islower())
        ):
            break
        word = word_pattern.match(text, end)
        if word is None or end == pos and _NO_NAME_START.match(text, end):
            break
        end = word.end()
    if not needs_period and (joined := _TRAILING_JOIN.search(text, pos, end)):
        end = joined.start()  # `... kinh tế - xã hội và` | `triển khai ...`: a name ends on no conjunction
    return None if needs_period or end == pos else end


def _name_end(text: str, pos: int, *, law_start: int | None = None) -> int:
    """End of an unnumbered document's name that starts at `pos` (just after the type word)."""
    known = KNOWN_LAW_NAME.match(text, law_start) if law_start is not None else None
    if law_start is not None and known is None and (closed := closed_law_name_end(text, pos)):
        return closed
    if known is not None:  # a known name is whole (`Luật Phí và lệ phí` | `thuộc ...`), with its year
        year = LAW_NAME_YEAR_CLOSE.match(text, known.end())
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
        # a code's name holds no comma (`Bộ luật Lao động` | `, chi phí ...`)
        short_law_name = (law_start is not None and len(text[pos:end].split()) <= _LAW_NAME_COMMA_WORDS
                          and not _CODE.match(text, law_start))
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
        if any(stop.match(text, probe) for stop in (NAME_STOP, _PREDICATE_AFTER, _SUBMITTED_TO)):
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


def amending_name_end(text: str, pos: int) -> int:
    """End of an amending law's name from `pos`, which holds the laws it amends: the end of its clause,
    its date or number, or a part of a document after a comma."""
    stop = _AMENDING_STOP.search(text, pos)
    listed = False
    while stop is not None and (number := _LISTED_NUMBER.match(text, stop.start())) is not None:
        # the amended laws' own numbers, while the list goes on and the last one's (NUMBERED_LAW_NEXT)
        if NUMBERED_LAW_NEXT.match(text, number.end()) is None:
            return number.end() if listed else stop.start()
        listed = True
        stop = _AMENDING_STOP.search(text, number.end())
    end = stop.start() if stop else len(text)
    # `Luật sửa đổi, bổ sung một số điều của Luật A năm 2025, UBND tỉnh đã ...` (or `... năm 2025 thì ...`):
    # the year closes the amending law's name unless another amended law follows it
    for year in LAW_NAME_YEAR_CLOSE.finditer(text, pos, end):
        if _NEXT_LAW.match(text, year.end()) is None:
            return year.end()
    return end


_NEXT_LAW = re.compile(rf"\s*(?:,|\s(?:và|hoặc))\s+(?:{'|'.join(LAW_TYPES)})(?!\w)")


# `được quy định tại Nghị định của Chính phủ quy định chức năng, ... của Bộ Quốc phòng.`: an act named by the
# state organ that issues such acts and by its subject, without a number, is named to the end of its subject
# (its clause's end, or the predicate it is the subject of); one awaited (`cho đến khi Quyết định của Bộ
# trưởng ... có hiệu lực`) is still to be made
_ISSUER_AND_SUBJECT = re.compile(
    r" +của +(?:Chính phủ|Thủ tướng|Quốc hội|Ủy ban [Tt]hường vụ Quốc hội|Uỷ ban [Tt]hường vụ Quốc hội"
    r"|Bộ trưởng|Hội đồng nhân dân|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban Chấp hành|Bộ Chính trị"
    r"|Ban Bí thư)(?: +[^\s,;.]+){0,6}? +(?:quy định|về|hướng dẫn)(?!\w)"
)
_SUBJECT_STOP = re.compile(
    r"\s*(?:[;:\n()]|\.(?:\s|$)|,?\s+(?:được|đã|sẽ|thì|phải|ngày|số|và các|theo|để|nhằm|trong đó|có hiệu lực)"
    r"(?!\w))"
)
_AWAITED_BEFORE = re.compile(r"(?<!\w)khi\s+$")
_SUBJECT_ACTS = ("Nghị định", "Nghị quyết", "Thông tư", "Quyết định", "Chỉ thị")
_MAX_SUBJECT_NAME = 200


def _issuer_and_subject_end(text: str, pos: int) -> int | None:
    """End of an act's name from `pos` (after its type word) through its issuer and subject, if so named."""
    issuer = _ISSUER_AND_SUBJECT.match(text, pos)
    if issuer is None:
        return None
    stop = _SUBJECT_STOP.search(text, issuer.end(), issuer.end() + _MAX_SUBJECT_NAME)
    return stop.start() if stop is not None and stop.start() > issuer.end() else None


def unnumbered_name_end(text: str, m: re.Match[str], doc_type: str, numbered: list[Mention]) -> int | None:
    """End of the name after the type word `m`, or None when no document is named there."""
    mid_sentence = not _SENTENCE_START.search(text[max(0, m.start() - 6) : m.start()])
    if m.group()[0].isupper() and (quoted := quoted_title_end(text, m.end())):
        return quoted
    if m.group()[0].isupper() and doc_type in _SUBJECT_ACTS and (
            subject := _issuer_and_subject_end(text, m.end())):
        return None if _AWAITED_BEFORE.search(text, max(0, m.start() - 10), m.start()) else subject
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
        # làm giai đoạn 2006-2010`, `Đề án Đơn giản hóa thủ tục hành chính trên các lĩnh vực ... giai đoạn
        # 2007 - 2010`: the name goes on after `cho`, `về` or a locative to the period that closes it
        bridge = _PERIOD_BRIDGE.match(text, end)
        closed = lower_name_end(text, bridge.end(), needs_period=True) if bridge else None
        return closed if closed is not None and not NAME_PERIOD.match(text, bridge.end()) else end
    if doc_type in LAW_TYPES and (lower := _LOWER_LAW_NAME.match(text, m.end())) and lower["name"].islower():
        return lower.end()
    # `..., Luật Dự trữ quốc gia, Luật xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024`: a lower-case
    # law name that its date, number or the next law of a list closes
    if doc_type in LAW_TYPES and (closed := closed_law_name_end(text, m.end())):
        return closed
    # `Đề án 06`: a document known by its number alone; `Đề án 3 năm tới` names none. `Đề án 08 về phát triển
    # ... giai đoạn 2026-2030`: the number and the subject its period closes are the name as written
    if doc_type in LOWER_NAMED_TYPES and (number := _NUMBER_NAME.match(text, m.end())):
        if number["count"] is not None:
            return None
        subject = _NUMBER_SUBJECT.match(text, number.end())
        closed = lower_name_end(text, subject.end(), needs_period=True) if subject else None
        return closed if closed is not None and not NAME_PERIOD.match(text, subject.end()) else number.end()
    if doc_type in PERIOD_NAMED_TYPES and m.group()[0].isupper() and (
            designated := approved_name_end(text, m.end(), numbered)
            or numeral_designated_end(text, m.end())):
        return designated
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
# the period may stand in brackets (`... giảm nghèo của tỉnh (giai đoạn 2006-2010)`)
_BRACKETED_PERIOD = rf" *\( *(?:{NAME_PERIOD.pattern.removeprefix(' +')}) *\)"
_CLOSES_CLAUSE = re.compile(rf"(?:{NAME_PERIOD.pattern}|(?: +năm +{YEAR} +và +{YEAR})|{_BRACKETED_PERIOD})$")
_MAX_CLAUSE_NAME = 200


def clause_closed_name_end(text: str, pos: int) -> int | None:
    """End of a name from `pos` to the end of its clause, when a period closes the clause."""
    stop = _CLAUSE_END.search(text, pos)
    end = stop.start() if stop else len(text)
    name = text[pos:end]
    if len(name) > _MAX_CLAUSE_NAME or TYPE_WORD.search(name) or not _CLOSES_CLAUSE.search(name):
        return None
    return end


def _closed_or_open_name_end(text: str, pos: int) -> int | None:
    """A name closed by its period when one follows, else the lower-case words before a stop."""
    return lower_name_end(text, pos, needs_period=True) or lower_name_end(text, pos, needs_period=False)
