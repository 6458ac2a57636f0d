"""Titles of programmes, plans and schemes named without a number, beyond a capital after the type
word: a quoted title (`Đề án “Trồng một tỷ cây xanh”`), an action programme named by what it carries
out or concerns (`Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW`, `Kế hoạch
hành động về ...` to the end of its clause); and named things that are no cited document: a class of
plans each body makes (`Kế hoạch ... cấp tỉnh`, `Kế hoạch ... của bộ, ngành, địa phương`) and an
international organisation's programme.
"""

import re

from policylink.core.identity import name_form
from policylink.core.vietnamese import match_key
from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_patterns import CITING_CLAUSE

# `Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025”`: a capitalised title in quotation marks on one line
_QUOTED_TITLE = re.compile(r" *(?:“[A-ZĐÀ-Ỹ][^”\n]{2,200}”|\"[A-ZĐÀ-Ỹ][^\"\n]{2,200}\")")

# `Chương trình hành động (quốc gia) (của Chính phủ)` (`hành động` may end the type word already): then
# `thực hiện <document>` or `về <its subject>`
_ACTION_HEAD = re.compile(
    r"(?:(?<=hành động)| +hành động)(?: +quốc gia)?"
    r"(?: +của +[A-ZĐÀ-Ỹ][\w-]*(?: +(?!(?:thực hiện|về)(?!\w))[\w-]+){0,8}?)?"
    r"(?P<link> +(?:thực hiện|về) +)"
)
# What ends an action programme's subject: the clause's end, a new clause after a comma, or a word that
# says where or how the programme is cited (`... tại Phụ lục II`, `... đã được phê duyệt`).
_SUBJECT_STOP = re.compile(
    r"[;:\n\t()“”\"]|\.(?:\s|$)| +(?:ngày|đã|được|nhằm|để|theo|tại|trên|do|là|kèm|ban hành|phê duyệt"
    r"|quy định|hướng dẫn)(?!\w)"
)
_MAX_SUBJECT = 300


def quoted_title_end(text: str, pos: int) -> int | None:
    """End of a quoted title right after the type word that ends at `pos`."""
    found = _QUOTED_TITLE.match(text, pos)
    return found.end() if found else None


def action_programme_end(text: str, pos: int, numbered: list[Mention]) -> int | None:
    """End of an action programme's or plan's name after its type word (ending at `pos`): through the
    number of the document it carries out, or through its subject (`về ...`) to the end of the clause."""
    head = _ACTION_HEAD.match(text, pos)
    if head is None:
        return None
    if head["link"].strip() == "thực hiện":
        carried = [m for m in numbered if m.start == head.end()]
        return carried[0].head_end if carried else None
    limit = head.end() + _MAX_SUBJECT
    stops = (_SUBJECT_STOP.search(text, head.end(), limit), CITING_CLAUSE.search(text, head.end(), limit))
    end = min((stop.start() for stop in stops if stop is not None), default=None)
    if end is None:
        return None
    while text[end - 1] in " ,":
        end -= 1
    return end if end > head.end() else None


# `Kế hoạch quản lý chất lượng không khí cấp tỉnh`: a plan of every body of a level, not one document
_LEVEL_CLASS = re.compile(r" cấp (?:tỉnh|huyện|xã|bộ|cơ sở)(?!\w)")
# `Kế hoạch chuyển đổi số ... của bộ, ngành, địa phương`: the plans of a class of bodies, named in lower case
_CLASS_OWNER = re.compile(
    r",? +của +(?:các +|mỗi +|từng +)?(?:bộ|ngành|địa phương|cơ quan|đơn vị|tỉnh|sở)(?=\s*[,;.)]|\s+và\s|$)"
)
# `Chương trình Chính phủ số của Tổ chức Hợp tác và Phát triển Kinh tế (OECD Digital Government ...)`: an
# international organisation's programme (R35), known by a world-wide word or an English gloss
_FOREIGN_OWNER = re.compile(
    r",? +của +(?:[^\s;:.()\n]+ +){0,12}?(?:(?:Quốc tế|quốc tế|Thế giới|Liên hợp quốc|Liên Hợp Quốc)(?!\w)"
    r"|[^\s;:.()\n]+ +\((?-i:[A-Z]{2,}) +(?-i:[A-Z][a-z]+))"
)


def names_no_document(text: str, key: str, end: int) -> bool:
    """Is the name `key`, ending at `end`, a class of plans or an international programme?"""
    return bool(_LEVEL_CLASS.search(key) or _CLASS_OWNER.match(text, end) or _FOREIGN_OWNER.match(text, end))


def title_key(key: str) -> str:
    """A name as compared with another: in its name form, folded, without quotation marks."""
    return match_key(name_form(key)).replace("“", "").replace("”", "").replace('"', "")


# `Quy chế thu thập, quản lý ... thông tin, dữ liệu tài nguyên và môi trường; cập nhật, khai thác và sử dụng
# cơ sở dữ liệu tài nguyên và môi trường tỉnh X`: a title that lists two sets of acts on one object parts them
# by a semicolon; its second part goes on in lower case on the same line and repeats phrases of the first (a
# parallel coordination), where a new clause after a semicolon (`; giao Sở ...`) does not
_SEMICOLON_THEN_LOWER = re.compile(r"\s*; +(?=[a-zđà-ỹ])")
_MIN_SHARED_PHRASES = 2


def _word_pairs(words: str) -> set[tuple[str, str]]:
    tokens = re.findall(r"\w+", words.lower())
    return set(zip(tokens, tokens[1:], strict=False))


def semicolon_part_end(text: str, title_start: int, stop: int, stop_at: re.Pattern[str]) -> int | None:
    """End of a title's part after the semicolon at `stop` (the part ends where `stop_at` next matches), when
    that part repeats phrases of the title before it; None when the semicolon ends the title."""
    if (semicolon := _SEMICOLON_THEN_LOWER.match(text, stop)) is None:
        return None
    after = stop_at.search(text, semicolon.end())
    end = after.start() if after else len(text)
    shared = _word_pairs(text[title_start:stop]) & _word_pairs(text[semicolon.end() : end])
    return end if len(shared) >= _MIN_SHARED_PHRASES else None


# `Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản đã được Thủ tướng Chính phủ phê
# duyệt tại Quyết định số 866/QĐ-TTg`: a plan named in lower case is identified by the decision that approved
# it; its name runs, commas and all, to the approval clause that the numbered decision closes (in one clause)
_APPROVED_AT = re.compile(
    r",?\s+(?:đã\s+)?được\s+(?:[^\s;:.()]+\s+){0,8}?phê duyệt\s+(?:tại|theo|bởi)\s+", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[;:\n()“”\"]|\.(?:\s|$)")
_MAX_APPROVED_NAME = 200


def approved_name_end(text: str, pos: int, numbered: list[Mention]) -> int | None:
    """End of a lower-case plan name from `pos` (after its type word) closed by the clause saying which
    numbered decision approved it; None when no such clause follows in the same clause."""
    approval = _APPROVED_AT.search(text, pos, pos + _MAX_APPROVED_NAME)
    if approval is None or approval.start() <= pos or _CLAUSE_BREAK.search(text, pos, approval.start()):
        return None
    return approval.start() if approving_decision(text, approval.start(), numbered) else None


def approving_decision(text: str, end: int, mentions: list[Mention]) -> str | None:
    """The key of the numbered decision that a name ending at `end` says approved it (`... đã được ... phê
    duyệt tại Quyết định số ...`), if it says so."""
    approval = _APPROVED_AT.match(text, end)
    if approval is None:
        return None
    return next((m.key for m in mentions if m.number is not None and m.start == approval.end()), None)


# `Quy hoạch khoáng sản nhóm I, II`: a lower-case name closed by a designation in Roman numerals (one or a
# list) names one specific document; a clause's word or punctuation must follow it
_NUMERAL_DESIGNATED = re.compile(
    r"(?: +[a-zđà-ỹ]+){1,6}? +[IVXLC]+(?:(?:,| +và) +[IVXLC]+)*(?=[\s,;:.()|]|$)"
)


def numeral_designated_end(text: str, pos: int) -> int | None:
    """End of a lower-case name from `pos` closed by its Roman-numeral designation, if one is."""
    found = _NUMERAL_DESIGNATED.match(text, pos)
    return found.end() if found else None
