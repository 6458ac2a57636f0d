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
