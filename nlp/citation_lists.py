"""Lists and schedules that a cited document issues (R55): `Thông tư số 31/2022/TT-BTC ... về việc ban hành
Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam`, `Nghị định số 206/2025/NĐ-CP ... về Biểu thuế nhập khẩu ưu
đãi đặc biệt của Việt Nam để thực hiện ...`. Such a list is a document of its own, nested in the one that
issues it; its name runs to the end of its clause, without a purpose clause (`để thực hiện ...`). A later
mention of the same name (`... tại Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam`) cites it. A list that
no cited document issues (the `Danh mục thủ tục hành chính` a decision publishes) is no citation.
"""

import re

from policylink.nlp.citation_mention import Mention, inside
from policylink.nlp.dates import DAY_DATE
from policylink.nlp.scan import matches

_LIST = re.compile(r"(?<!\w)(?:Danh mục|Biểu thuế|Biểu phí|Biểu giá)(?!\w)")
# between the issuing document's number and the list: its date and issuer, then the issuing words
_ISSUED_BY = re.compile(
    rf"(?:\s*,?\s*{DAY_DATE})?(?:\s*,?\s+của\s+[^;:.()\n]{{1,80}}?)?\s*,?\s+"
    r"(?:về việc\s+)?(?:ban hành|quy định|về|(?P<approves>phê duyệt))\s+",
    re.IGNORECASE,
)
_NAME_END = re.compile(
    r"\s*(?:[;:\n()“”\"]|\.(?:\s|/|$)|,\s+(?:ngày|có hiệu lực)(?!\w)"
    r"|\s+(?:để|nhằm|theo|kèm theo|được|đã|và các|thì)(?!\w))"
)
_MAX_NAME = 160  # characters: a list's name, not a paragraph
_MIN_NAME_WORDS = 3


def _name_end(text: str, start: int) -> int | None:
    stop = _NAME_END.search(text, start)
    end = stop.start() if stop else len(text)
    name = text[start:end]
    return end if len(name) <= _MAX_NAME and len(name.split()) >= _MIN_NAME_WORDS else None


def issued_or_treated(text: str, pos: int, numbered: list[Mention], *, approved: bool = False) -> bool:
    """Does the name at `pos` follow the numbered citation just before it as what it issues or treats
    (`... ngày ... của ... ban hành | về | quy định ...`), or, with `approved`, what it approves (`... về
    việc phê duyệt Quy hoạch ...`: a plan or scheme, not a list a decision approves as its own content)?"""
    cited = max((m for m in numbered if m.head_end <= pos), key=lambda m: m.head_end, default=None)
    issued = _ISSUED_BY.fullmatch(text, cited.head_end, pos) if cited is not None else None
    return issued is not None and (approved or issued["approves"] is None)


def issued_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the lists that numbered `mentions` issue, and of their names met again in the text."""
    numbered = [m for m in mentions if m.number is not None]
    taken = [(m.start, m.end) for m in mentions]
    names: dict[str, str] = {}  # the name as written, whitespace folded -> its type word
    found: list[Mention] = []
    for match in matches(_LIST, text):
        if not issued_or_treated(text, match.start(), numbered):
            continue
        if (end := _name_end(text, match.start())) is not None:
            names[" ".join(text[match.start() : end].split())] = match.group()
    for name, doc_type in names.items():
        pattern = re.compile(r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)")
        for again in pattern.finditer(text):
            if not inside(again.start(), taken):
                found.append(Mention(again.start(), again.end(), again.end(), doc_type, None, None, name,
                                     None, None, None))
    return found
