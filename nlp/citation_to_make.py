"""A document the text says is still to be made (`xây dựng Kế hoạch phát triển ... 5 năm 2026-2030`, R39) is
no citation, and neither is any other mention of it under the same name (`Trong quá trình xây dựng Kế hoạch
...`, `tổ chức đánh giá Kế hoạch ...`): a name met once right after a verb of making, in any case, names the
future document wherever the text writes it."""

import re

from policylink.nlp.citation_mention import Mention

# the verb of making, and the draft or report of the document it makes (`xây dựng báo cáo Kế hoạch ...`);
# `Sở Xây dựng` is an agency, and `đã xây dựng Đề án ...` tells of a document made
_MAKING_BEFORE = re.compile(
    r"(?<!\w)(?<!(?-i:Sở|Bộ) )(?<!(?-i:Phòng) )(?<!đã )(?<!được )(?:xây dựng|soạn thảo|dự thảo|lập)"
    r"(?:\s+(?:báo cáo|dự thảo))?\s+$",
    re.IGNORECASE,
)
_MAKING_REACH = 40
# an amending law still to be made: a bill (`dự án Luật sửa đổi, bổ sung ...`) or the law whose policies a
# Government resolution passes (`chính sách của Luật sửa đổi, bổ sung ...`); a law of that name that exists
# is cited with its number or date
_BILL_BEFORE = re.compile(r"(?<!\w)(?:dự án|chính sách của)\s+$", re.IGNORECASE)
_AMENDING_NAME = re.compile(r"\w+(?:\s+\w+)?\s+sửa đổi(?!\w)")
_DASH = re.compile(r"\s*[-–]\s*")


def _written(key: str) -> re.Pattern[str]:
    """`key` as a text may write it: any case, any spaces, spaced or unspaced dashes (`2026 - 2030`)."""
    words = (r"\s*[-–]\s*".join(re.escape(part) for part in _DASH.split(word)) for word in key.split())
    return re.compile(r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def still_to_make(text: str, mentions: list[Mention]) -> set[str]:
    """The keys of unnumbered `mentions` whose name the text writes somewhere right after a verb of making,
    and of undated amending laws named as a bill."""
    keys = {m.key for m in mentions if m.number is None}
    bills = {m.key for m in mentions if m.number is None and m.date is None and _AMENDING_NAME.match(m.key)
             and _BILL_BEFORE.search(text, max(0, m.start - _MAKING_REACH), m.start)}
    return bills | {key for key in keys
                    if any(_MAKING_BEFORE.search(text, max(0, found.start() - _MAKING_REACH), found.start())
                           for found in _written(key).finditer(text))}
