"""The items of a dossier list (`1. Hồ sơ tổ chức lại, giải thể tổ chức hành chính, gồm:` / `a) Đề án tổ chức
lại ...;` / `b) Tờ trình ...;`) name the kinds of papers to be filed, not documents that exist: a document
named there without a number is no citation (a class of documents, GUIDELINES)."""

import re

# the lead-in line: a dossier that `gồm` (`bao gồm`, `gồm có`) what its items list, or a procedure's
# `Thành phần hồ sơ` heading
_LEAD_IN = re.compile(
    r"^[^\n]*(?:(?i:hồ sơ)[^\n]*(?<!\w)(?:gồm|gồm có)[ \t]*:|(?i:thành phần hồ sơ)[^\n]*)[ \t]*\n",
    re.MULTILINE,
)
# an item line: `a)`, `1.`, `1.2.`, a dash or a bullet
_ITEM = re.compile(r"[ \t]*(?:[a-zđ]\)|[-+•]|\d+(?:\.\d+)*[.)])[^\n]*(?:\n|$)")


def dossier_items(text: str) -> list[tuple[int, int]]:
    """The spans of the item lines under each dossier lead-in line."""
    spans = []
    for lead_in in _LEAD_IN.finditer(text):
        pos = lead_in.end()
        while (item := _ITEM.match(text, pos)) is not None and item.end() > pos:
            pos = item.end()
        if pos > lead_in.end():
            spans.append((lead_in.end(), pos))
    return spans
