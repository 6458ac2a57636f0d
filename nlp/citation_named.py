"""Named mentions (no number): a capitalised type word followed by a proper name (`Luật Đất đai
năm 2024`, `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX`, `Hiến pháp`), or a lower-case
name that a period closes or a known head opens (`Chiến lược phát triển ... đến năm 2030`,
`chương trình mục tiêu quốc gia ...`). Self-references (`Kết luận này`), documents still to be
made (`xây dựng Đề án ...`) and classes of documents (`các nghị quyết, kết luận`) are left out by
general cues: a demonstrative after the type word, a creation verb or a plural quantifier before
it, or a lower-case type word without a number.
"""

import re

from policylink.nlp.citation_law_names import (
    LAW_NAME_YEAR_CLOSE,
    closed_law_names,
    given_law_name_end,
    small_letter_law_names,
)
from policylink.nlp.citation_lists import issued_or_treated
from policylink.nlp.citation_mention import Mention, inside, reached_from_last
from policylink.nlp.citation_name_ends import (
    amending_name_end,
    clause_closed_name_end,
    lower_name_end,
    unnumbered_name_end,
)
from policylink.nlp.citation_patterns import (
    CAPITALISED_HEADS,
    LAW_TYPES,
    PERIOD_NAMED_TYPES,
    TYPE_ALTERNATION,
    TYPE_WORD,
    canonical_type,
)
from policylink.nlp.citation_titles import names_no_document, title_key
from policylink.nlp.dates import DAY_DATE
from policylink.nlp.scan import matches

# `Phòng Tài chính - Kế hoạch huyện`: a type word inside a compound name is no document. The parts of a
# compound are joined by spaces: after a tab (a new table cell) the dash opens a list item; after a number
# (`tại điều 13 - Luật Đất đai năm 2003`) it joins the part cited to its document.
_IN_COMPOUND_NAME = re.compile(r"[^\W\d] *[-–] *$")
# `Sở Kế hoạch và Đầu tư`, `Viện Chiến lược ...`: a type word right after the head noun of an agency names the
# agency, no document (`Bộ Luật Lao động` is a code, written with a capital)
_AGENCY_HEAD_BEFORE = re.compile(r"(?<!\w)(?:Bộ|Sở|Vụ|Cục|Tổng cục|Viện|Phòng|Trung tâm)[ \t]+$")
# `Trường Đại học Luật Hà Nội`, `Trung cấp Luật Buôn Ma Thuột`, `Khoa Luật`: a school's discipline, no law
_SCHOOL_BEFORE = re.compile(r"(?<!\w)(?:(?i:đại học|cao đẳng|trung cấp)|Học viện|Khoa)[ \t]+$")
# `Khung Chương trình hỗ trợ ...`: a framework named after what it frames is an artefact, no document (R46)
_FRAMEWORK_BEFORE = re.compile(r"(?<!\w)[Kk]hung\s+$")
# `Báo cáo UBND tỉnh ...`, `Hướng dẫn Sở ...`: a type word that is also a verb, followed by a body; and the
# generic `Văn bản Bộ trưởng ban hành ...` (the writings of a body, a class of documents).
_VERB_TYPES = (
    "Báo cáo", "Hướng dẫn", "Quy định", "Thông báo", "Kết luận", "Quyết định", "Tờ trình", "Văn bản"
)
_BODY_AFTER = re.compile(
    r" +(?:UBND|HĐND|MTTQ|Ủy ban|Uỷ ban|Sở|Ban|Bộ(?! luật)|Hội đồng|Thủ tướng|Chính phủ|Tỉnh ủy|Tỉnh uỷ"
    r"|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Văn phòng|Đảng ủy|Đảng uỷ|Đảng đoàn|Thường trực|Quốc hội)(?!\w)"
)
_AMENDING = re.compile(r" +(?i:sửa đổi)(?:,? +bổ sung)?(?!\w)")  # `Luật Sửa đổi, bổ sung ...` too

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
# `Luật Nhà ở11 thì ...`: a PDF reader prints a footnote's marker as digits glued to the word before it; no
# word of a name ends on a small letter with digits after it
_GLUED_MARKER = re.compile(r"(?<=[a-zđà-ỹ])\d{1,2}$")
# `Đề án "Cử cán bộ ... tuyến dưới"`: typewriter quotes set a title off, no letter of its name (a text rebuilt
# from word-segmented tokens writes every quotation mark so; a name printed with curly ones keeps them, as
# written)
_TYPEWRITER_QUOTE = re.compile(r' *" *')


def plain_title(key: str) -> str:
    """`key` without the typewriter quotation marks that set its title off."""
    return _SPACES.sub(" ", _TYPEWRITER_QUOTE.sub(" ", key)).strip() if '"' in key else key


def named_mentions(text: str, numbered: list[Mention]) -> list[Mention]:
    """Mentions of documents named without a number, outside the `numbered` ones."""
    # an amending law's subject (`Luật sửa đổi ... của Luật X số 87/2025/QH15`) names the law it amends
    taken = [(m.start, m.head_end if m.subject_start is None else m.subject_start) for m in numbered]
    given = [law.law_name for law in numbered if law.law_name] + closed_law_names(text)
    mentions: list[Mention] = []
    amending: list[tuple[int, int]] = []  # amending laws' names (`Luật sửa đổi ... của Luật X năm 2025`)
    approved: list[str] = []  # the titles of what the document approves
    to_make: list[int] = []  # where the names of documents still to be made end
    for m in matches(TYPE_WORD, text):
        if inside(m.start(), taken):
            continue
        doc_type = m["type"] if m["type"] not in CAPITALISED_HEADS else canonical_type(m["type"])
        before = text[max(0, m.start() - 40) : m.start()]
        issued = reached_from_last(text, m.start(), numbered, _ISSUED_AFTER_CITED)
        if any(p.search(before) for p in _NOT_A_DOCUMENT_BEFORE) or (
                doc_type not in LAW_TYPES and _AGENCY_HEAD_BEFORE.search(before)):
            continue
        bill = doc_type in LAW_TYPES and _BILL_BEFORE.search(before) is not None
        if not issued and (_CREATION_BEFORE.search(before) or bill
                           or any(_NEXT_ITEM.fullmatch(text, end, m.start()) for end in to_make)):
            # `xây dựng Quy chế A, Quy chế B`: each document listed after the verb is still to be made
            end = unnumbered_name_end(text, m, doc_type, numbered) or lower_name_end(
                text, m.end(), needs_period=False)
            if end is not None:
                to_make.append(end)
            continue
        if _OWN_APPROVAL_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            # what the document approves is its own part, however a later line names it
            if (end := unnumbered_name_end(text, m, doc_type, numbered)) is not None:
                approved.append(title_key(text[m.start() : end]))
            continue
        if _SELF_REFERENCE.match(text, m.end()):
            continue
        if m.group()[0].isupper() and (amending_word := _AMENDING.match(text, m.end())):
            # `Luật sửa đổi, bổ sung một số điều của Luật A và Luật B`: a name that holds the
            # amended documents; they become citations nested in it.
            end = amending_name_end(text, amending_word.end())
            key = _SPACES.sub(" ", text[m.start() : end])
            mentions.append(Mention(m.start(), end, end, doc_type, None, None, key, None, None,
                                     subject_start=amending_word.start() + 1))
            amending.append((m.start(), end))
            continue
        if doc_type in _VERB_TYPES and _BODY_AFTER.match(text, m.end()):
            continue
        end = given_law_name_end(text, m.start(), given) if doc_type in LAW_TYPES else None
        # `phê duyệt Chương trình hành động quốc gia ..., từ năm 2005 đến năm 2010;`: an action programme is
        # named by its period as the programme it is a kind of
        period_named = doc_type in PERIOD_NAMED_TYPES or doc_type.endswith("hành động")
        if period_named and issued_or_treated(text, m.start(), numbered, approved=True):
            end = clause_closed_name_end(text, m.end())
        end = end or unnumbered_name_end(text, m, doc_type, numbered)
        if end is None and issued:
            end = lower_name_end(text, m.end(), needs_period=False)
            organ = _NAME_ORGAN.match(text, end) if end is not None else None
            if organ is not None and organ["organ"][0].isupper():
                end = organ.end()
        if end is None:
            continue
        if any(start < m.start() and end == amending_end for start, amending_end in amending) and (
                year := LAW_NAME_YEAR_CLOSE.search(text, m.start(), end)) and year.end() == end:
            end = year.start()  # the year that closes an amending law's name is the amending law's
        if canonical_type(doc_type) in LAW_TYPES and not _DATED.match(text, end) and (
                new := _NEW_AFTER_LAW.search(text, m.end(), end)):
            end = new.start()  # `Luật Ban hành văn bản quy phạm pháp luật mới`: the new law, not a word of it
        if marker := _GLUED_MARKER.search(text, m.end(), end):
            end = marker.start()
        key = _SPACES.sub(" ", text[m.start() : end])
        if names_no_document(text, key, end):
            continue
        key = plain_title(key)
        if canonical_type(doc_type) in LAW_TYPES and not _ADOPTED_BEFORE.search(before) and (
                _BILL_TITLE.search(key) and not _DATED.match(text, end) or _BILL_NOTE.match(text, end)):
            continue
        mentions.append(Mention(m.start(), end, end, canonical_type(doc_type), None, None, key,
                                 None, None, None))
    # what the document approves is its own part wherever it is named, before the approval too (`Sau khi nghe
    # ... trình bày Đề án A`, then `Điều 1. Thông qua Đề án A`)
    mentions = [m for m in mentions if not any(a.startswith(title_key(m.key)) for a in approved)]
    return sorted(mentions + small_letter_law_names(text, mentions, given, taken), key=lambda m: m.start)


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
