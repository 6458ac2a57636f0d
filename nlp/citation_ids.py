"""Ids of the documents a citation joins: the cited one (`target_id`, for a numbered mention whose
year is known), the citing one (`source_id`: the document itself, or the enclosing citation for a
nested one), and the mentions that name the citing document itself.
"""

import re

from policylink.core.identity import (
    document_id,
    jurisdiction_named_in,
    key_carries_year,
    named_law_id,
    year_of,
)
from policylink.core.vietnamese import match_key
from policylink.nlp.citation_mention import Mention
from policylink.nlp.dates import YEAR

# A named document's year: `Luật Đất đai năm 2013`, `... giai đoạn 2021 - 2025`.
_YEAR_IN_NAME = re.compile(rf"\b{YEAR}\b")


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
    """The place a local symbol belongs to: the one its issuer names (`Tỉnh ủy Bắc Ninh`), else the
    citing document's.

    The place is read as the graph reads it (`jurisdiction_named_in`), but only when the issuer ends
    on it: an issuer that ran on past its place into the next words (`UBND thành phố Đà Nẵng Sửa
    đổi`, a title written after it in a table) would give `Đà Nẵng Sửa`, a scope no document has.
    """
    named = jurisdiction_named_in(mention.issuer)
    if named and match_key(mention.issuer or "").endswith(" " + match_key(named)):
        return named
    return jurisdiction


def target_id(mention: Mention, jurisdiction: str | None) -> str | None:
    """The cited document's id, for a numbered mention whose year is known (from its key or a date),
    or a law named by name whose year is known (`tw/luat/dat-dai/2024`)."""
    if mention.number is None:
        year = _year(mention)
        return named_law_id(mention.doc_type, mention.key, year) if year is not None else None
    year = _year(mention)
    if year is None and not key_carries_year(mention.key):
        return None
    scope = _scope_jurisdiction(mention, jurisdiction)
    return document_id(key=mention.key, jurisdiction=scope, year=year, issuer=mention.issuer)


def source_id(mention: Mention, self_id: str, jurisdiction: str | None) -> str:
    """The citing document: `self_id`, or for a nested mention the document that encloses it."""
    parent = mention.parent
    if parent is None:
        return self_id
    return target_id(parent, jurisdiction) or document_id(
        key=parent.key if parent.number else None,
        jurisdiction=jurisdiction,
        year=_year(parent),
        doc_type=parent.doc_type,
        title=parent.key,
    )


# `(Kèm theo Quyết định số 2890/QĐ-UBND ngày ...)` standing as a line of its own: an annex's heading
# names the document it is attached to, whatever number is printed there (R29: also misprinted).
_ANNEX_HEADING_START = re.compile(r"[ \t]*\([ \t]*(?:ban hành[ \t]+)?kèm theo[ \t]+", re.IGNORECASE)


def _annex_heading(text: str, mention: Mention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.start)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    return _ANNEX_HEADING_START.fullmatch(text, line_start, mention.start) is not None and line.endswith(")")


def own_document(text: str, mentions: list[Mention], self_id: str, jurisdiction: str | None) -> set[int]:
    """The ids (`id()`) of the mentions of the citing document itself and of what is nested in
    them: an attached Quy chế's `(Ban hành kèm theo Quyết định số 25/2024/QĐ-UBND ...)` names its
    own decision (DECISIONS-5), as an annex heading line does. Mentions compare by value, hence
    identities. A mention the citing document is said to amend (`Nghị định số A ... được sửa đổi, bổ sung bởi
    Nghị định số [this one]`) stands outside it: it is cited, not part of it."""
    own = {id(m) for m in mentions
           if target_id(m, jurisdiction) == self_id or (m.parent is None and _annex_heading(text, m))}
    for mention in mentions:  # parents come first: a nested mention starts inside its parent
        parent = mention.parent
        if parent is not None and id(parent) in own and parent.start <= mention.start < parent.end:
            own.add(id(mention))
    return own
