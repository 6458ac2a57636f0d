"""Titles that are not mined: quoted titles (`“Đề án về ... giai đoạn 2025-2030”`) and titles of
documents still to be made: `xây dựng Đề án nâng cao ... đến năm 2030, trình ...`.

Such a title is left unmined (tests/gold/GUIDELINES.md, *Bodies* and *Deadlines and horizons*;
dev DECISIONS): the bodies and periods in it describe the future document, not who acts or when.
The title starts at a capitalised type word after a verb of making and runs to the end of its
clause: a `;`, `:`, `.`, bracket, line end or table cell end, or a comma or word that opens the rest of the
sentence (`, trình ...`, `hoàn thành trong ...`, `trước ngày ...`). A type word followed by a number
(`ban hành Quyết định số 1180/QĐ-UBND`) names an existing document, not a new one.
"""

import re
from functools import lru_cache

from policylink.nlp.citation_patterns import TYPE_ALTERNATION
from policylink.nlp.scan import matches, scanning

_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_MAKING = r"(?:xây dựng|ban hành|soạn thảo|dự thảo|đưa vào)"
_NEW_TITLE_START = scanning(re.compile(  # `Sở Xây dựng và Bộ Kế hoạch ...` names bodies, not a making
    rf"(?<!\w)(?<!(?-i:Sở|Bộ) )(?<!(?-i:Phòng) ){_MAKING}(?:[^\S\n]+và[^\S\n]+{_MAKING})?"
    # an item marker may open the list of documents to make: `xây dựng (i) Báo cáo ...; (ii) ...`
    rf"(?:[^\S\n]+\((?:[ivx]+|\d+|[a-zđ])\))?"
    rf"[^\S\n]+(?:(?-i:{TYPE_ALTERNATION}))(?!\w)(?![^\S\n]*(?:số|này|\d)(?!\w))",
    re.IGNORECASE,
))
_TITLE_END = re.compile(
    r"[;:.()\n\t“”\"]"
    # `, hoàn thành ...`, `, phối hợp với ...` (a comma before a verb; `Quy chế phối hợp` is a name)
    r"|,[^\S\n]+(?=(?:trình|hoàn thành|xong|báo cáo|gửi|phối hợp|chủ trì|bảo đảm|đảm bảo|lấy ý kiến)(?!\w))"
    # `... trình UBND tỉnh`, `... trong quý III/2025` (`quy trình` is a noun)
    r"|[^\S\n]+(?=(?:để[^\S\n]+)?trình[^\S\n]+(?:(?-i:[A-ZĐ])|cấp|các)"
    r"|(?:hoàn thành|trước ngày|trước tháng|chậm nhất|trong (?:quý|tháng|năm \d|6 tháng))(?!\w))"
    # `... ban hành Quy định về quản lý chợ và Quyết định số 64/2007/QĐ-UBND ...`: a numbered document
    # coordinated after the title exists already, it is no part of the title
    rf"|[^\S\n]+(?=và[^\S\n]+(?:{TYPE_ALTERNATION})[^\S\n]+số[^\S\n]*\d)",
    re.IGNORECASE,
)


def new_document_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of each title of a document still to be made, from its type word."""
    return list(_new_document_titles(text))


@lru_cache(maxsize=2)
def _new_document_titles(text: str) -> tuple[tuple[int, int], ...]:
    """(the extraction asks for a document's titles three times: for its periods, its bodies and
    its citations)"""
    spans = []
    for m in matches(_NEW_TITLE_START, text):
        end = _TITLE_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return tuple(spans)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted stretch of one line, quotes included."""
    return [(m.start(), m.end()) for m in matches(_QUOTED, text)]


def unmined_titles(text: str) -> list[tuple[int, int]]:
    """Quoted titles and titles of documents still to be made: no bodies or periods in them."""
    return quoted_spans(text) + new_document_titles(text)
