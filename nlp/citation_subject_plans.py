"""Strategies, plans and schemes named in lower case where the sentence says one existing document is meant.

A lower-case type word without a number names no document by itself (`xây dựng kế hoạch ...`, `phù hợp với
quy hoạch phát triển các ngành`). Two places make it one:
- the subject of a cited decision that approves or concerns it (`Quyết định số 32/2006/QĐ-TTg ... về phê
  duyệt quy hoạch phát triển Viễn thông và Internet đến năm 2010`, `... về chiến lược phát triển ... đến năm
  2020`, `... về việc phê duyệt đề án "Tăng cường ..."`): the approved document nested in the approving one
  (DECISIONS-3);
- the object of a change (`bổ sung quy hoạch phân vùng ... giai đoạn 2007 - 2015, định hướng đến năm 2025`,
  `điều chỉnh quy hoạch tỉnh ... thời kỳ 2021 - 2030, tầm nhìn đến năm 2050`): only an existing document is
  changed.
Even there the name must be closed as a planning document's name is, by its period or by a quoted title: a
lower-case subject without one (`ban hành chương trình công tác ... năm 2010`, `kế hoạch chỉ đạo, điều hành
...`) describes work, and a name that runs into a capitalised type word (`bổ sung quy hoạch ... vào Quy hoạch
...`) is the content added to that other document.
"""

import re

from policylink.nlp.citation_mention import Mention, inside, reached_from_last
from policylink.nlp.citation_name_ends import lower_name_end
from policylink.nlp.citation_named import plain_title
from policylink.nlp.citation_patterns import TYPE_WORD, canonical_type
from policylink.nlp.citation_titles import quoted_title_end
from policylink.nlp.dates import DAY_DATE
from policylink.nlp.scan import matches

_LOWER_PLAN = re.compile(r"(?<!\w)(?:chiến lược|quy hoạch|đề án|chương trình|kế hoạch)(?!\w)")
# between a cited decision's number and the document its subject opens on: its date and issuer, `về (việc)`,
# and the verb that approves or issues the document, if one is written
_SUBJECT_OPENS = re.compile(
    rf"(?:\s*,?\s*{DAY_DATE})?(?:\s*,?\s+của\s+[^;:.()\n]{{1,80}}?)?\s*,?\s+về(?:\s+việc)?"
    r"(?:\s+(?:phê duyệt|ban hành|thông qua)(?:\s+kèm\s+theo)?)?\s+",
    re.IGNORECASE,
)
# `sửa đổi`, `bổ sung`, `điều chỉnh, bổ sung`, ... right before the type word
_CHANGE = r"(?:sửa đổi|bổ sung|điều chỉnh|bãi bỏ|hủy bỏ|huỷ bỏ|thay thế)"
_CHANGED_BEFORE = re.compile(rf"(?<!\w){_CHANGE}(?:\s*(?:,|\s+và)\s*{_CHANGE})*\s+$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# `về quy hoạch, xây dựng, quản lý ... đô thị`: a comma right after the word makes it one of a list of
# activities, no type word opening a name
_LISTED_ACTIVITY = re.compile(r"\s*,")



def _name_end(text: str, type_end: int) -> int | None:
    """End of a quoted title or of a lower-case name its period closes, from `type_end`; None when the name
    holds another document's type word."""
    if _LISTED_ACTIVITY.match(text, type_end):
        return None
    end = quoted_title_end(text, type_end) or lower_name_end(text, type_end, needs_period=True)
    if end is None or TYPE_WORD.search(text, type_end, end):
        return None
    return end


def subject_plans(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the lower-case planning documents a cited decision's subject or a change names."""
    numbered = [m for m in mentions if m.number is not None]
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for m in matches(_LOWER_PLAN, text):
        if inside(m.start(), taken):
            continue
        if not (reached_from_last(text, m.start(), numbered, _SUBJECT_OPENS)
                or _CHANGED_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue
        if (end := _name_end(text, m.end())) is None:
            continue
        key = plain_title(_SPACES.sub(" ", text[m.start() : end]))
        doc_type = canonical_type(m.group())
        found.append(Mention(m.start(), end, end, doc_type, None, None, key, None, None, None))
    return found
