"""Citations: mentions of other documents, with number/symbol, date, issuer, subject and relation.

A mention starts at a document-type word. It is a citation when a number/symbol follows
(`Nghị quyết số 113-NQ/TU`, `Quyết định 1234/QĐ-UBND`), or when a capitalised type word is
followed by a proper name (`Luật Đất đai năm 2024`, `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần
thứ XIX`, `Hiến pháp`). Self-references (`Kết luận này`), documents still to be made (`xây dựng
Đề án ...`) and classes of documents (`các nghị quyết, kết luận`) are left out by general cues:
a demonstrative after the type word, a creation verb or a plural quantifier before it, or a
lower-case type word without a number.
"""

import re

from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_names import adopt_fuller_names, alias_mentions, lower_name_end, unify_named_keys
from policylink.nlp.citation_patterns import (
    DOC_TYPES,
    KNOWN_LAW_NAME,
    LOWER_NAMED_TYPES,
    NAME_PERIOD,
    NAME_STOP,
    NATIONAL_PROGRAMME,
    PERIOD_NAMED_TYPES,
    WORKING_RULES,
)
from policylink.nlp.citation_text import working_text
from policylink.nlp.dates import DAY_DATE, day_date_iso
from policylink.nlp.model import Citation
from policylink.nlp.new_titles import new_document_titles
from spacy.tokens import Doc, Span

from policylink.core.doc_types import TYPE_CODES
from policylink.core.identity import document_id, key_carries_year, normalize_key, year_of
from policylink.core.vietnamese import match_key

_TYPE_ALTERNATION = "|".join(sorted((re.escape(t) for t in DOC_TYPES), key=len, reverse=True))
_LETTER = r"[^\W\d_]"

_SYMBOL_PART = r"[A-ZĐƯ][A-Za-zĐđƯư0-9]*"
_DASH = r"\s?[-–]\s?"  # typed documents often have an en dash: `55–KL/TU`, `12/KH–UBND`
_PARTY_NUMBER = (
    rf"(?P<pnum>\d+[a-z]?){_DASH}(?P<psym>{_SYMBOL_PART}(?:\s?/\s?{_SYMBOL_PART}(?:[-–]{_SYMBOL_PART})*)+)"
)
_STATE_NUMBER = (
    rf"(?P<snum>\d+)\s?/\s?(?P<ssym>(?:\d{{4}}\s?/\s?)?{_SYMBOL_PART}(?:{_DASH}{_SYMBOL_PART})*)"
)
# `Nghị quyết số 18, 19-NQ/TW`: several numbers before one symbol.
_SHARED_NUMBERS = (
    r"(?P<numbers>\d+[a-z]?(?:(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?:số\s*)?\d+[a-z]?)+)"
    rf"(?={_DASH}{_SYMBOL_PART}\s?/|\s?/\s?(?:\d{{4}}\s?/\s?)?{_SYMBOL_PART})"
)
# Type words abbreviated before a number (`QĐ số 1234/QĐ-UBND`, in tables and plans): the type codes.
_TYPE_ABBREVIATIONS = TYPE_CODES
_ABBREVIATED_TYPE = rf"(?<!\w)(?-i:{'|'.join(_TYPE_ABBREVIATIONS)})(?=\s+số\s)"
_TYPE_AND_QUALIFIER = (
    rf"(?P<type>{_TYPE_ALTERNATION}|{_ABBREVIATED_TYPE})(?P<qualifier>(?:\s+[a-zđà-ỹ]+){{0,3}}?)\s*(?:số\s*:?\s*)?"
)
_NUMBERED = re.compile(
    rf"{_TYPE_AND_QUALIFIER}(?:{_SHARED_NUMBERS}|(?:{_PARTY_NUMBER}|{_STATE_NUMBER})(?![\w/-]))",
    re.IGNORECASE,
)
_NUMBER_IN_LIST = re.compile(r"\d+[a-z]?")
_NUMBER_AND_SYMBOL = re.compile(rf"(?:{_PARTY_NUMBER}|{_STATE_NUMBER})(?![\w/-])")
# `Luật Ngân sách nhà nước số 83/2015/QH13`: a law's name may stand between the type and the number.
# The name holds no other law and no year (`Luật Đất đai năm 2013 đến khi Luật Đất đai số ...`).
_NAMED_LAW = re.compile(
    rf"(?<!\w)(?P<type>Bộ luật|Luật|Pháp lệnh)"
    rf"(?P<name>(?:(?:, +(?=[a-zđà-ỹ])| +)(?!(?:số|của|về|và|ngày|năm|[Ll]uật)(?!\w))\w+){{1,10}}?)"
    rf"\s+số\s*:?\s*{_STATE_NUMBER}(?![\w/-])"
)
_NUMBER_AFTER_LAW_NAME = re.compile(rf"\s+số\s*:?\s*{_STATE_NUMBER}(?![\w/-])")
# `Nghị quyết 18`, `Chỉ thị số 05`: a short back-reference to a document cited in full elsewhere.
_SHORT_REFERENCE = re.compile(
    rf"(?<!\w)(?P<type>{_TYPE_ALTERNATION})\s+(?:số\s+)?(?P<number>\d+[a-z]?)(?![\w/–-]|\s?[-–/]\s?[A-ZĐ\d])",
    re.IGNORECASE,
)
_ALIAS_BEFORE = re.compile(r"(?:sau đây\s+)?gọi\s+(?:tắt\s+)?là\s*[“\"]?$", re.IGNORECASE)
# `Phòng Tài chính - Kế hoạch huyện`: a type word inside a compound name is no document.
_IN_COMPOUND_NAME = re.compile(r"\w[ \t]*[-–][ \t]*$")
_LAW_TYPES = ("Luật", "Bộ luật", "Pháp lệnh")
_LAW_NAME_YEAR = re.compile(r"\s+năm\s+(?P<year>\d{4})$")
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
_MORE_NUMBERS = re.compile(
    rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?P<number>(?:số\s*)?(?:{_PARTY_NUMBER}|{_STATE_NUMBER}))(?![\w/-])"
)
# A lower-case type word names a document only before a meeting (`nghị quyết Đại hội XIII`).
_TYPE_WORD = re.compile(
    rf"(?<!\w)(?P<type>{_TYPE_ALTERNATION}|(?:nghị quyết|kết luận)(?= +(?:Đại hội|Hội nghị))"
    r"|chương trình(?= mục tiêu quốc gia))(?!\w)"
)

# After the type word of an unnumbered name: optional lower-case place words, then a capital.
# Names stay on one line and inside one table cell: words are joined by spaces only.
_LEVEL_WORD = r"(?:tỉnh|huyện|thành phố|thị xã|xã|vùng|quốc gia)"
_NAME_START = re.compile(rf" +(?:{_LEVEL_WORD} +)?(?P<initial>\w)")
# `Quy hoạch tỉnh` mid-sentence: the capitalised type word names the plan of the province.
_LEVEL_NAME = re.compile(rf" +{_LEVEL_WORD}(?!\w)")
_NAME_WORD = re.compile(r" +(?:\w+(?: ?[-–] ?\d{4})?|lần thứ +[IVXLC]+)")
# `Nghị quyết Đại hội XIII của Đảng`, `Nghị quyết Hội nghị lần thứ tám của Ban Chấp hành Trung ương
# Đảng khóa XIII`: a congress's or plenum's resolution is named with the organ that held it.
_MEETING = re.compile(r"Đại hội|Hội nghị")
_MEETING_OF = re.compile(r" +của(?= +(?:Đảng|Ban Chấp hành)(?!\w))")
_NAME_CONTINUATION = re.compile(r", +(?=(?:tầm nhìn|định hướng|nhiệm kỳ|giai đoạn|thời kỳ) )")
_SENTENCE_START = re.compile(r"(?:^|[.;:!?\n\t]|^ *[-+•])[\s*“\"-]*$")
_AMENDING = re.compile(r" +sửa đổi(?:,? +bổ sung)?(?!\w)")
_AMENDING_STOP = re.compile(r"\s*(?:[;\n(]|\.(?:\s|$)|,?\s+(?:ngày\s|số\s+\d))")
_REACH_FORWARD = re.compile(r" +đến(?!\w)")
_REACHES_FROM = re.compile(r"(?:tầm nhìn|định hướng)$")
_MAX_NAME_WORDS = 16

_DATE_AFTER = re.compile(rf"\s*,?\s*(?:ban hành\s+)?{DAY_DATE}", re.IGNORECASE)
_ISSUER_AFTER = re.compile(r"\s*,?\s+của\s+")
_ISSUER_STOP = re.compile(
    r"\s+(?:(?:về|thực hiện|triển khai|tiếp tục|cụ thể hóa|cụ thể hoá|quy định|hướng dẫn|phê duyệt|ban hành"
    r"|sửa đổi|bổ sung|thay thế|bãi bỏ|tại|đã|được|để)(?!\w)|và\s+(?=" + _TYPE_ALTERNATION + r")|ngày\s+\d)"
    r"|[,;:.()\"“”\n]",
)
_SUBJECT_START = re.compile(
    r"\s*,?\s*(?=(?:về|thực hiện|tiếp tục|triển khai|cụ thể hóa|cụ thể hoá|quy định|hướng dẫn|phê duyệt"
    r"|ban hành|sửa đổi|bổ sung|thay thế|bãi bỏ)(?!\w))"
)
# A later citation joined by these is a sibling in a list, not part of the subject.
# `... về A và các Quy định số 124, 144-QĐ/TW`: the plural before a type word opens a new item.
_SIBLING_JOIN = re.compile(r"(?:[,;]\s*(?:và\s+)?|\s+(?:và|hoặc)\s+)(?:(?:các|những)\s+)?$")

_SELF_REFERENCE = re.compile(r"\s+(?:này|nói trên|trên)(?!\w)")
_CREATION_BEFORE = re.compile(
    r"(?:xây dựng|ban hành|soạn thảo|dự thảo|lập|trình|đề xuất|tham mưu|hoàn thiện|nghiên cứu)"
    r"(?:\s+(?:và|,)\s*\w+)*[\s“”\"*]*$",
    re.IGNORECASE,
)
# `QUYẾT ĐỊNH / Phê duyệt Kế hoạch ...`, `Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch ...`: the
# plan a decision approves and attaches is the document's own part, not a citation (DECISIONS-7).
_OWN_APPROVAL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:Điều[ \t]+\d+[.:][ \t]*)?(?:(?:Về việc|V/v)[ \t]+)?phê duyệt"
    rf"(?:[ \t]+kèm theo[ \t]+(?:{_TYPE_ALTERNATION})[ \t]+này)?[ \t]*$",
    re.IGNORECASE,
)
# `ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính
# trị - xã hội`: a lower-case name goes on through the organ it belongs to (DECISIONS-3), to the end
# of its clause.
_NAME_ORGAN = re.compile(
    r" +của +(?P<organ>\w+)(?:(?! +(?:ngày|trên|tại|để|nhằm|theo|đã|được|thì|với|trong|về)(?!\w))"
    r" +(?:\w+|[-–])){0,15}"
)
_PLURAL_BEFORE = re.compile(r"(?:các|những|mọi|một số|nhiều)\s*$", re.IGNORECASE)

_CUES = (
    ("amends",
     r"(?:sửa đổi\s*,?\s*bổ sung|sửa đổi|bổ sung)(?:\s+một số (?:điều|điểm|khoản|nội dung)(?:\s+của)?)?"),
    ("replaces", r"thay thế|bãi bỏ"),
    ("implements", r"thực hiện|triển khai|cụ thể hóa|cụ thể hoá"),
    ("based_on", r"căn cứ(?:\s+(?:vào|theo))?"),
)
# Words after a cue that start another phrase: the cue no longer governs what follows them.
_PART_WORD = r"(?:mục|điểm|khoản|điều|phần|chương|tiết)"
_FILLER_BREAK = (
    # `thay thế nội dung tại mục 3 Công văn số ...`: `tại` before a part of the document keeps the cue
    rf"(?:theo|tại(?!\s+{_PART_WORD}\s)|của|với|trong|về|được|đã|như|là|so|giữa|quán triệt|tuyên truyền"
    r"|phổ biến|học tập|bám sát|nghiên cứu)(?!\w)"
)
_CUE_BEFORE = [
    # up to six words between the cue and the document (`Bãi bỏ Điều 3 Nghị quyết ...`, `thực hiện
    # nghiêm túc, hiệu quả các Nghị quyết ...`), then a part reference (`tại khoản 3 Điều 7`)
    (relation, re.compile(
        rf"(?:{pattern})(?:,?\s+(?!{_FILLER_BREAK})\w+){{0,6}}(?:\s+(?:tại\s+)?{_PART_WORD}\s+[\w.]+)*\s*$",
        re.IGNORECASE))
    for relation, pattern in _CUES
]
# Before an amending or replacing cue, what shows that no amending document exists yet: a draft's
# type word (`dự thảo Nghị quyết thay thế ...`), or a duty to make the amendment or replacement
# (`rà soát, sửa đổi, bổ sung Quy chế ...`, `tham mưu thay thế Quyết định ...`; DECISIONS-3, -5).
_NOT_YET_MADE_BEFORE_CUE = re.compile(
    rf"(?:(?:dự thảo|xây dựng|soạn thảo|ban hành|trình)\s+(?:{_TYPE_ALTERNATION})"
    r"|(?:rà soát|nghiên cứu|đề xuất|tham mưu|kiến nghị|xem xét|chuẩn bị|tiến hành|cần|phải|sẽ)"
    r"(?:\s*,|\s+và|\s+việc)?)\s*$",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[;:.()\n]")
_BASED_ON_LINE = re.compile(r"(?:^|\n)\s*(?:[-+•]\s*)?Căn cứ(?!\w)[^\n]*$")
# `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH` and the bullets under it: each bullet is a `căn cứ` line.
_BASED_ON_HEADING = re.compile(
    r"^(?:[IVXLC]+\.|\d+\.)?[ \t]*(?:CĂN CỨ|Căn cứ)[^\n;.]{0,60}:?\n", re.MULTILINE
)
_BULLET_LINES = re.compile(r"(?:[ \t]*\n|[ \t]*[-+•][ \t][^\n]*(?:\n|$))*")
_CUE_WINDOW = 80
_CONTENT_WINDOW = 300
_IMPLEMENTS_CUE = re.compile(r"thực hiện|triển khai|cụ thể hóa|cụ thể hoá", re.IGNORECASE)
_CONTENT_NOUN = re.compile(r"quan điểm|mục tiêu|nhiệm vụ|giải pháp|nội dung|chủ trương|tinh thần|định hướng")
# `Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số ...`: the direction given in the
# cited document is what is carried out (`kết quả thực hiện năm 2023 và chỉ đạo ... tại` is not).
_DIRECTION_CARRIED_OUT = re.compile(
    r"(?:thực hiện|triển khai)\s+(?:(?:ý kiến|văn bản)\s+)?chỉ đạo\s+(?:của\s+[^;:.()\n]{1,80}?\s+)?tại\s*$",
    re.IGNORECASE,
)
# The content noun is the object of the cue: only modifiers stand between them (`triển khai thực
# hiện có hiệu quả các mục tiêu, ...`); in `thực hiện thủ tục chấp thuận chủ trương đầu tư theo ...`
# the object is `thủ tục`, and the law is only what the procedure follows (DECISIONS-4).
_CUE_MODIFIER = (
    r"(?:các|những|toàn bộ|đầy đủ|có hiệu quả|hiệu quả|tốt|nghiêm túc|nghiêm|đồng bộ|kịp thời|thắng lợi"
    r"|quyết liệt|thực hiện|triển khai|tiếp tục)"
)
_CONTENT_OBJECT = re.compile(rf"(?:\s*,?\s+{_CUE_MODIFIER}(?!\w))*\s*,?\s+(?:{_CONTENT_NOUN.pattern})(?!\w)")
_CONTENT_LINK = re.compile(r"(?:của|tại|trong|theo)\s*$")
# `A và B`, `A; B`, `A (về ...), B`: what may stand between two coordinated citations.
_COORDINATION = re.compile(
    r"[ \t]*(?:\([^()\n]*\))?[ \t]*\)?[ \t]*[,;]?[ \t]*(?:và[ \t]+)?(?:(?:các|những)[ \t]+)?"
)
# A named document's year: `Luật Đất đai năm 2013`, `... giai đoạn 2021 - 2025`.
_YEAR_IN_NAME = re.compile(r"\b(?:19|20)\d{2}\b")
# An issuer that ends on a province: `Ủy ban nhân dân tỉnh Lạng Sơn`.
_PROVINCE_ENDING_ISSUER = re.compile(r"(?:tỉnh|Tỉnh ủy|Tỉnh uỷ|thành phố)\s+((?:[A-ZĐ]\w*\s?)+)$")
_SPACES = re.compile(r"\s+")
# A version note names the amending document of the one before it: `Nghị định số 100/2019/NĐ-CP
# (được sửa đổi, bổ sung tại Nghị định số 123/2021/NĐ-CP)` is carried out, cited, ... as a whole.
_VERSION_NOTE = re.compile(
    r"[ \t]*\([ \t]*(?:đã[ \t]+)?(?:được[ \t]+)?(?:sửa đổi(?:,?[ \t]+bổ sung)?|bổ sung)"
    r"(?:[ \t]+một số (?:điều|điểm|khoản))?[ \t]+(?:tại|bởi|theo)[ \t]+",
    re.IGNORECASE,
)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Does `pos` fall in one of the half-open `spans` (a place an earlier pass already took)?"""
    return any(start <= pos < end for start, end in spans)


def _canonical_type(text: str) -> str:
    if text in _TYPE_ABBREVIATIONS:
        return _TYPE_ABBREVIATIONS[text]
    for doc_type in DOC_TYPES:
        if doc_type.lower() == text.lower():
            return doc_type
    return text


def _number_key(m: re.Match[str]) -> tuple[str, str, str]:
    """(number, symbol, key) of a `_PARTY_NUMBER` / `_STATE_NUMBER` match."""
    if m.groupdict().get("pnum"):
        number, symbol = m["pnum"], normalize_key(m["psym"].replace("–", "-"))
        return number, symbol, f"{number}-{symbol}"
    number, symbol = m["snum"], normalize_key(m["ssym"].replace("–", "-"))
    return number, symbol, f"{number}/{symbol}"


def _named_laws(text: str) -> list[Mention]:
    """`Luật Đất đai số 31/2024/QH15`: the number is the key."""
    mentions = []
    for known in KNOWN_LAW_NAME.finditer(text):
        m = _NUMBER_AFTER_LAW_NAME.match(text, known.end())
        if m is not None:
            doc_type = "Bộ luật" if known.group().startswith("Bộ") else "Luật"
            mentions.append(_law_with_number(text, doc_type, known.start(), known.end(), m))
    taken = [(m.start, m.end) for m in mentions]
    for m in _NAMED_LAW.finditer(text):
        if m["name"].strip()[:1].isupper() and not _inside(m.start(), taken):
            mentions.append(_law_with_number(text, m["type"], m.start(), m.start("name") + len(m["name"]), m))
    return sorted(mentions, key=lambda m: m.start)


def _law_with_number(text: str, doc_type: str, start: int, name_end: int, m: re.Match[str]) -> Mention:
    number, symbol, key = _number_key(m)
    law_name = " ".join(text[start:name_end].split())
    return Mention(start, m.end(), m.end(), doc_type, number, symbol, key, None, None, None,
                   law_name=law_name)


def _same_number(a: str, b: str) -> bool:
    """`05` and `5` are the same document number."""
    return a.lstrip("0") == b.lstrip("0")


def _nearest(candidates: list[Mention], pos: int) -> Mention | None:
    """The closest full mention before `pos`, else the first one after it."""
    before = [m for m in candidates if m.start < pos]
    return before[-1] if before else (candidates[0] if candidates else None)


def _short_references(text: str, numbered: list[Mention]) -> list[Mention]:
    """`Nghị quyết 18`, `Chỉ thị số 05`: the document of that type and number cited in full."""
    taken = [(m.start, m.end) for m in numbered]
    mentions = []
    for m in _SHORT_REFERENCE.finditer(text):
        if _inside(m.start(), taken):
            continue
        doc_type = _canonical_type(m["type"])
        same = [f for f in numbered if f.referent is None and f.doc_type.startswith(doc_type)
                and f.number is not None and _same_number(f.number, m["number"])]
        full = _nearest(same, m.start())
        if full is not None:
            mentions.append(Mention(m.start(), m.end(), m.end(), full.doc_type, full.number, full.symbol,
                                     full.key, None, None, None, referent=full))
    return mentions


def _law_year(law: Mention) -> int | None:
    """The year of a numbered law: from its key (`31/2024/QH15`), else from its date."""
    if key_carries_year(law.key):
        return int(law.key.split("/")[1])
    return year_of(law.date)


def _resolve_law_names(mentions: list[Mention]) -> None:
    """A law named by name takes the number the text gives it (GUIDELINES, *key*): `Luật Đất
    đai` and `Luật Đất đai năm 2024` beside `Luật Đất đai số 31/2024/QH15`, whose year agrees,
    take `31/2024/QH15`; `Luật Đất đai năm 2013` beside it is another law and keeps its name."""
    laws = [m for m in mentions if m.law_name]
    for mention in mentions:
        if mention.number is not None or mention.doc_type not in _LAW_TYPES:
            continue
        year = _LAW_NAME_YEAR.search(mention.key)
        name = match_key(mention.key[: year.start()] if year else mention.key)
        same = [law for law in laws if match_key(law.law_name or "") == name
                and (year is None or _law_year(law) == int(year["year"]))]
        if (full := _nearest(same, mention.start)) is not None:
            mention.number, mention.symbol, mention.key = full.number, full.symbol, full.key
            mention.referent = full


def _numbered(text: str) -> list[Mention]:
    mentions = _named_laws(text)
    taken = [(m.start, m.end) for m in mentions]
    for m in _NUMBERED.finditer(text):
        if _inside(m.start(), taken):
            continue
        doc_type = _canonical_type(m["type"])
        qualifier = m["qualifier"].strip()
        if qualifier and qualifier.islower():
            doc_type = f"{doc_type} {qualifier}"
        if m["numbers"]:
            mentions += _shared_symbol(text, m, doc_type)
            continue
        number, symbol, key = _number_key(m)
        mentions.append(Mention(m.start(), m.end(), m.end(), doc_type, number, symbol, key,
                                 None, None, None))
        # `Nghị định số 101/2024/NĐ-CP, 102/2024/NĐ-CP và số 103/2024/NĐ-CP`: one type, several documents.
        pos = m.end()
        while more := _MORE_NUMBERS.match(text, pos):
            number, symbol, key = _number_key(more)
            start = more.start("number")
            mentions.append(Mention(start, more.end(), more.end(), doc_type, number, symbol, key,
                                     None, None, None))
            pos = more.end()
    return mentions


def _shared_symbol(text: str, m: re.Match[str], doc_type: str) -> list[Mention]:
    """`Nghị quyết số 18, 19-NQ/TW`: one mention per number, each with the symbol written once."""
    numbers = list(_NUMBER_IN_LIST.finditer(text, m.start("numbers"), m.end("numbers")))
    last = _NUMBER_AND_SYMBOL.match(text, numbers[-1].start())
    if last is None:
        return []
    symbol_text = text[numbers[-1].end() : last.end()]
    number, symbol, key = _number_key(last)
    final = Mention(numbers[-1].start(), last.end(), last.end(), doc_type, number, symbol, key,
                    None, None, None)
    mentions = []
    for index, found in enumerate(numbers[:-1]):
        written = _NUMBER_AND_SYMBOL.fullmatch(found.group() + symbol_text)
        if written is None:
            continue
        number, symbol, key = _number_key(written)
        start = m.start() if index == 0 else found.start()
        mentions.append(Mention(start, found.end(), found.end(), doc_type, number, symbol, key,
                                 None, None, None, shares_with=final))
    return [*mentions, final]


def _name_end(text: str, pos: int, *, law_start: int | None = None) -> int:
    """End of an unnumbered document's name that starts at `pos` (just after the type word)."""
    known = KNOWN_LAW_NAME.match(text, law_start) if law_start is not None else None
    end = known.end() if known else pos
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
        probe = continuation.end() - 1 if continuation else end
        if NAME_STOP.match(text, probe):
            break
        if _REACH_FORWARD.match(text, probe) and not _REACHES_FROM.search(text[pos:probe]):
            break
        word = _NAME_WORD.match(text, probe)
        if word is None:
            break
        end = word.end()
    return end


def _amending_end(text: str, pos: int) -> int:
    stop = _AMENDING_STOP.search(text, pos)
    return (stop.start() if stop else len(text))


def _unnumbered(text: str, numbered: list[Mention]) -> list[Mention]:
    taken = [(m.start, m.head_end) for m in numbered]
    mentions = []
    for m in _TYPE_WORD.finditer(text):
        if _inside(m.start(), taken):
            continue
        doc_type = m["type"]
        before = text[max(0, m.start() - 40) : m.start()]
        issued = _issued_by_cited(text, m.start(), numbered)
        if any(p.search(before) for p in (_PLURAL_BEFORE, _IN_COMPOUND_NAME)):
            continue
        if _CREATION_BEFORE.search(before) and not issued:
            continue
        if _OWN_APPROVAL_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue
        if _SELF_REFERENCE.match(text, m.end()):
            continue
        if m.group()[0].isupper() and (amending := _AMENDING.match(text, m.end())):
            # `Luật sửa đổi, bổ sung một số điều của Luật A và Luật B`: a name that holds the
            # amended documents; they become citations nested in it.
            end = _amending_end(text, amending.end())
            key = _SPACES.sub(" ", text[m.start() : end])
            mentions.append(Mention(m.start(), end, end, doc_type, None, None, key, None, None,
                                     subject_start=amending.start() + 1))
            continue
        if doc_type in _VERB_TYPES and _BODY_AFTER.match(text, m.end()):
            continue
        end = _unnumbered_name_end(text, m, doc_type)
        if end is None and issued:
            end = lower_name_end(text, m.end(), needs_period=False)
            organ = _NAME_ORGAN.match(text, end) if end is not None else None
            if organ is not None and organ["organ"][0].isupper():
                end = organ.end()
        if end is None:
            continue
        key = _SPACES.sub(" ", text[m.start() : end])
        mentions.append(Mention(m.start(), end, end, _canonical_type(doc_type), None, None, key,
                                 None, None, None))
    return mentions


# `Quyết định số 16/2019/QĐ-UBND ngày ... của UBND tỉnh ban hành Quy chế quản lý ...`: the document a
# cited decision issued exists, so it is a citation nested in the decision (DECISIONS-5), although
# `ban hành` before a type word otherwise announces a document still to be made.
_ISSUED_AFTER_CITED = re.compile(
    rf"(?:\s*,?\s*{DAY_DATE})?(?:\s*,?\s+của\s+[^;:.()\n]{{1,80}}?)?\s*,?\s+(?:ban hành|phê duyệt)"
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


def _unnumbered_name_end(text: str, m: re.Match[str], doc_type: str) -> int | None:
    """End of the name after the type word `m`, or None when no document is named there."""
    mid_sentence = not _SENTENCE_START.search(text[max(0, m.start() - 6) : m.start()])
    if programme := NATIONAL_PROGRAMME.match(text, m.start()):
        return _closed_or_open_name_end(text, programme.end())
    if rules := WORKING_RULES.match(text, m.start()):
        return _name_end(text, rules.end())
    if doc_type == "Hiến pháp" or (
        (start := _NAME_START.match(text, m.end())) and start["initial"].isupper()
    ):
        end = _name_end(text, m.end(), law_start=m.start() if doc_type in _LAW_TYPES else None)
        # `Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030`: a planning
        # document's period closes its name (its `đến` is no new clause).
        period = NAME_PERIOD.match(text, end) if doc_type in PERIOD_NAMED_TYPES else None
        return period.end() if period else end
    if not mid_sentence:
        return None
    # A closing period wins over a level word: `Chiến lược quốc gia bảo đảm ... giai đoạn 2021 - 2030`.
    if doc_type in PERIOD_NAMED_TYPES and (closed := lower_name_end(text, m.end(), needs_period=True)):
        return closed
    if level := _LEVEL_NAME.match(text, m.end()):
        return level.end()
    if doc_type in LOWER_NAMED_TYPES:
        return lower_name_end(text, m.end(), needs_period=False)
    return None


def _closed_or_open_name_end(text: str, pos: int) -> int | None:
    """A name closed by its period when one follows, else the lower-case words before a stop."""
    return lower_name_end(text, pos, needs_period=True) or lower_name_end(text, pos, needs_period=False)


def _date_after(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """A date at `pos` that ends before `limit` (the next mention)."""
    found = _DATE_AFTER.match(text, pos)
    return found if found and found.end() <= limit else None


def _attach_date_and_issuer(text: str, mention: Mention, next_start: int) -> None:
    pos = mention.head_end
    if date_match := _date_after(text, pos, next_start):
        mention.date = day_date_iso(date_match)
        pos = date_match.end()
    issuer_match = _ISSUER_AFTER.match(text, pos)
    if issuer_match:
        stop = _ISSUER_STOP.search(text, issuer_match.end())
        issuer_end = min(stop.start() if stop else len(text), next_start)
        issuer = text[issuer_match.end() : issuer_end].strip()
        if issuer and len(issuer.split()) <= 12:
            mention.issuer = issuer
            pos = issuer_match.end() + len(text[issuer_match.end() : issuer_end].rstrip())
    if mention.date is None and (date_match := _date_after(text, pos, next_start)):
        mention.date = day_date_iso(date_match)
        pos = date_match.end()
    mention.head_end = pos
    mention.end = pos


def _ends_subject(text: str, start: int, i: int) -> bool:
    """A closing quote opened before the subject, or a full stop / `...` ending the sentence."""
    ch = text[i]
    if ch in "”\"":
        return "“" not in text[start:i]
    return ch == "." and (text.startswith("...", i) or i + 1 == len(text) or text[i + 1] in " \n")


# A cited subject ends where the citing sentence goes on: `..., phấn đấu đến năm 2027 ...`, `... và
# được phổ biến đến chi bộ` (a predicate of the citing document, not words of the cited one).
_SUBJECT_CLAUSE_END = re.compile(
    r",\s+(?:phấn đấu|nhằm|để|đồng thời|góp phần|qua đó|từ đó)(?!\w)|,?\s+và\s+(?:được|đã|sẽ)(?!\w)"
)


def _subject_end(text: str, start: int, later: list[Mention]) -> int:
    """Where a subject starting at `start` stops: `;`, a line end, a sentence end, an unmatched
    closing bracket or quote, `...`, a version note, or a later citation listed beside (not
    inside) this one."""
    depth = 0
    sibling_starts = [
        m.start for m in later if m.start > start and _SIBLING_JOIN.search(text[start : m.start])
    ]
    limit = min(sibling_starts, default=len(text))
    i = start
    while i < limit:
        ch = text[i]
        if ch in ";\n":
            break
        if ch == "(" and _VERSION_NOTE.match(text, i):  # the note is no part of the subject
            break
        if ch in ", " and _SUBJECT_CLAUSE_END.match(text, i):
            break
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        elif _ends_subject(text, start, i):
            break
        i += 1
    if i == limit and limit < len(text):
        sibling = _SIBLING_JOIN.search(text[start:limit])
        i = start + sibling.start() if sibling else limit
    return i


def _attach_subjects(text: str, mentions: list[Mention]) -> None:
    for index, mention in enumerate(mentions):
        if mention.subject_start is not None:
            continue
        subject = _SUBJECT_START.match(text, mention.head_end)
        if subject is None:
            continue
        later = [m for m in mentions[index + 1 :] if m.start >= subject.end()]
        # A later citation is a sibling only when nothing but a list separator precedes it.
        later = [m for m in later if _SIBLING_JOIN.search(text[subject.end() : m.start])]
        end = _subject_end(text, subject.end(), later)
        while end > subject.end() and text[end - 1] in " ,":
            end -= 1
        if end > subject.end():
            mention.subject_start = subject.end()
            mention.end = end


def _attach_parents(mentions: list[Mention]) -> None:
    for mention in mentions:
        # the alias `(sau đây gọi tắt là Nghị quyết 18)` sits in its own referent's subject
        enclosing = [
            m for m in mentions
            if m is not mention and m is not mention.referent
            and m.subject_start is not None and m.subject_start <= mention.start < m.end
        ]
        if enclosing:
            mention.parent = max(enclosing, key=lambda m: m.subject_start or 0)


def _clause_before(text: str, mention: Mention, width: int) -> str:
    """The text before `mention` back to the start of its clause (and not before its parent's subject)."""
    floor = (mention.parent.subject_start or 0) if mention.parent else 0
    before = text[max(floor, mention.start - width) : mention.start]
    return _CLAUSE_START.split(before)[-1]


def _based_on_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the bullet lists under a `Căn cứ ...` heading."""
    blocks = []
    for heading in _BASED_ON_HEADING.finditer(text):
        bullets = _BULLET_LINES.match(text, heading.end())
        if bullets is not None and bullets.end() > heading.end():
            blocks.append((heading.end(), bullets.end()))
    return blocks


def _relation(
    text: str,
    mention: Mention,
    mentions: list[Mention],
    based_on_blocks: list[tuple[int, int]],
    new_titles: list[tuple[int, int]],
) -> str:
    if mention.parent is None and _inside(mention.start, based_on_blocks):
        return "based_on"
    near = _clause_before(text, mention, _CUE_WINDOW)
    for relation, cue in _CUE_BEFORE:
        if (found := cue.search(near)) is None:
            continue
        # `dự thảo Nghị quyết thay thế Nghị quyết số 01-NQ/HU`: a document still to be made
        # does not yet replace or amend anything.
        cue_start = mention.start - len(near) + found.start()
        if relation in ("amends", "replaces") and _not_yet_made(text, cue_start, new_titles):
            return "cites"
        return relation
    # `triển khai thực hiện ... các mục tiêu, nhiệm vụ ... đề ra tại Nghị quyết ...`: the contents of
    # the cited document are what is carried out (nouns inside an earlier citation's name do not count).
    clause = _clause_before(text, mention, _CONTENT_WINDOW)
    if _DIRECTION_CARRIED_OUT.search(clause):
        return "implements"
    clause_start = mention.start - len(clause)
    if _CONTENT_LINK.search(clause):
        floor = max([m.name_end - clause_start for m in mentions
                     if clause_start <= m.start and m.name_end <= mention.start], default=0)
        for implements in _IMPLEMENTS_CUE.finditer(clause):
            content = _CONTENT_OBJECT.match(clause, implements.end())
            if content is not None and content.end() > floor:
                return "implements"
    if mention.parent is None and _BASED_ON_LINE.search(text[max(0, mention.start - 400) : mention.start]):
        return "based_on"
    return "cites"


def _not_yet_made(text: str, cue_start: int, new_titles: list[tuple[int, int]]) -> bool:
    """Is the amending or replacing cue at `cue_start` said of a document still to be made? Its
    subject is a draft or one of the `new_titles` (`Ban hành Quy chế ... thay thế Quyết định số ...`),
    or the cue is a duty (`rà soát, sửa đổi, bổ sung ...`)."""
    if _NOT_YET_MADE_BEFORE_CUE.search(text, max(0, cue_start - _CUE_WINDOW), cue_start):
        return True
    return any(start < cue_start < end for start, end in new_titles)


def _coordinated_relations(text: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    """`Thực hiện A và B`, `Thực hiện A; B; C`: a citation listed right after its previous sibling
    (same enclosing citation) shares that sibling's cue, as does the amending document of a version
    note (`A (được sửa đổi, bổ sung tại B)`)."""
    result = list(relations)
    for i, mention in enumerate(mentions):
        siblings = [j for j in range(i) if mentions[j].parent is mention.parent]
        if not siblings:
            continue
        previous = siblings[-1]
        gap = text[mentions[previous].end : mention.start]
        # the note's own `sửa đổi` is no cue of the citing document
        if _VERSION_NOTE.fullmatch(gap) or (result[i] == "cites" and _COORDINATION.fullmatch(gap)):
            result[i] = result[previous]
    return result


def _alias_relations(text: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    """An alias (`sau đây gọi tắt là Nghị quyết 18`) is cited as its referent is."""
    result = list(relations)
    for i, mention in enumerate(mentions):
        if mention.referent in mentions and _ALIAS_BEFORE.search(text, 0, mention.start):
            result[i] = result[mentions.index(mention.referent)]
    return result


def _year(mention: Mention) -> int | None:
    if mention.date:
        return year_of(mention.date)
    if mention.referent is not None:
        return _year(mention.referent)
    if mention.number is None:
        found = _YEAR_IN_NAME.search(mention.key)
        return int(found.group()) if found else None
    return None


def _scope_jurisdiction(mention: Mention, jurisdiction: str | None) -> str | None:
    """Local symbols take the citing document's jurisdiction unless the issuer names a province."""
    if mention.issuer:
        named = _PROVINCE_ENDING_ISSUER.search(mention.issuer)
        if named:
            return named.group(1).strip()
    return jurisdiction


def _target_id(mention: Mention, jurisdiction: str | None) -> str | None:
    if mention.number is None:
        return None
    year = _year(mention)
    if year is None and not key_carries_year(mention.key):
        return None
    scope = _scope_jurisdiction(mention, jurisdiction)
    return document_id(key=mention.key, jurisdiction=scope, year=year, issuer=mention.issuer)


def _source_id(mention: Mention, self_id: str, jurisdiction: str | None) -> str:
    parent = mention.parent
    if parent is None:
        return self_id
    return _target_id(parent, jurisdiction) or document_id(
        key=parent.key if parent.number else None,
        jurisdiction=jurisdiction,
        year=_year(parent),
        doc_type=parent.doc_type,
        title=parent.key,
    )


def find_citations(doc: Doc, *, self_id: str, jurisdiction: str | None) -> list[Citation]:
    """Citations in `doc`, in order of appearance; also stored as `doc.spans["citations"]`."""
    original = doc.text  # `Doc.text` is rebuilt from the tokens on every access
    text = working_text(original)
    numbered = _numbered(text)
    numbered += _short_references(text, numbered)
    mentions = sorted(numbered + _unnumbered(text, numbered), key=lambda m: m.start)
    _resolve_law_names(mentions)
    mentions = sorted(mentions + unify_named_keys(text, mentions), key=lambda m: m.start)
    adopt_fuller_names(mentions)
    mentions = sorted(mentions + alias_mentions(text, mentions), key=lambda m: m.start)
    for mention in mentions:
        # A date after an amending law's name is the amending law's, not the last amended one's.
        limits = [m.start for m in mentions if m.start >= mention.name_end]
        limits += [m.name_end for m in mentions if m.start < mention.start < m.name_end]
        _attach_date_and_issuer(text, mention, min(limits, default=len(text)))
    for mention in mentions:
        if mention.shares_with is not None:
            mention.date, mention.issuer = mention.shares_with.date, mention.shares_with.issuer
    _attach_subjects(text, mentions)
    _attach_parents(mentions)
    blocks, new_titles = _based_on_blocks(text), new_document_titles(text)
    own = [_relation(text, m, mentions, blocks, new_titles) for m in mentions]
    relations = _coordinated_relations(text, mentions, own)
    relations = _alias_relations(text, mentions, relations)
    own_document = _own_document(mentions, self_id, jurisdiction)
    citations = [
        _citation(original, mention, relation, self_id, jurisdiction)
        for mention, relation in zip(mentions, relations, strict=True)
        if id(mention) not in own_document
    ]
    doc.spans["citations"] = [_span(doc, c.start, c.end, c.relation) for c in citations]
    return citations


def _own_document(mentions: list[Mention], self_id: str, jurisdiction: str | None) -> set[int]:
    """The ids (`id()`) of the mentions of the citing document itself and of what is nested in
    them: an attached Quy chế's `(Ban hành kèm theo Quyết định số 25/2024/QĐ-UBND ...)` names its
    own decision (DECISIONS-5). Mentions compare by value, hence identities."""
    own = {id(m) for m in mentions if _target_id(m, jurisdiction) == self_id}
    for mention in mentions:  # parents come first: a nested mention starts inside its parent
        if mention.parent is not None and id(mention.parent) in own:
            own.add(id(mention))
    return own


def _citation(
    original: str, mention: Mention, relation: str, self_id: str, jurisdiction: str | None
) -> Citation:
    """The contract's citation for a finished mention; text and subject are cut from the original text."""
    subject = original[mention.subject_start : mention.end] if mention.subject_start is not None else None
    return Citation(
        start=mention.start,
        end=mention.end,
        text=original[mention.start : mention.end],
        doc_type=mention.doc_type,
        number=mention.number,
        symbol=mention.symbol,
        key=mention.key,
        date=mention.date,
        issuer=mention.issuer,
        subject=subject,
        relation=relation,
        source=_source_id(mention, self_id, jurisdiction),
        target_id=_target_id(mention, jurisdiction),
    )


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    assert span is not None, (start, end)
    return span
