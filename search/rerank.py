"""Second stage over the fused candidates: what the question asks for, read from the passage.

A question says what kind of answer it wants by its question words, a small closed class of
the grammar (`ai`, `cơ quan nào`, `khi nào`, `thời hạn`, `văn bản nào`), not by its topic.
Passages carry what the extraction found in them: the bodies a task gives work to, the
deadlines, the document keys cited. A candidate whose passage holds the kind of fact the
question asks for moves up by a bonus below a few rank steps of the fusion, so the topical
order still decides among passages of the same kind (measured: bench/results/search.md).
"""

import re
from dataclasses import dataclass

from policylink.core.vietnamese import fold
from policylink.search.index import Hit
from policylink.search.lexical import document_keys

# Question words, folded (a query may be typed without diacritics). `nào` after a noun of the
# class asks which one; the noun says whether a body, a time or a document is wanted.
_WHO = re.compile(
    r"\b(?:ai|(?:co quan|don vi|cap|nganh|bo phan|to chuc|ben|so|(?<!van )ban|phong) nao"
    r"|(?:co quan|don vi) (?:chu tri|thuong truc|dau moi)|chiu trach nhiem|giao cho)\b"
)
_WHEN = re.compile(
    r"\b(?:khi nao|bao gio|luc nao|bao lau|(?:ngay|thang|quy|nam|hom|dip) nao|thoi han|han chot"
    r"|han (?:gui|nop|trinh|bao cao|hoan thanh)|truoc ngay|cham nhat)\b"
)
_WHICH_DOCUMENT = re.compile(r"\b(?:van ban|nghi quyet|ket luan|chi thi|quyet dinh|luat|can cu) nao\b")

BONUS = 0.02  # about two rank steps near the top of weighted RRF (k=10): 1/11 - 1/13 = 0.014


@dataclass(frozen=True)
class Wants:
    """What a question asks for."""

    body: bool = False
    deadline: bool = False
    document: bool = False

    def any(self) -> bool:
        return self.body or self.deadline or self.document


def question_wants(query: str) -> Wants:
    folded = " ".join(re.findall(r"\w+", fold(query)))
    return Wants(
        body=bool(_WHO.search(folded)),
        deadline=bool(_WHEN.search(folded)),
        document=bool(_WHICH_DOCUMENT.search(folded)),
    )


def holds(wants: Wants, payload: dict) -> int:
    """How many of the wanted kinds of fact the passage holds."""
    return (
        (wants.body and bool(payload.get("bodies")))
        + (wants.deadline and bool(payload.get("has_deadline")))
        + (wants.document and bool(document_keys(payload.get("text", ""))))
    )


def rerank(query: str, hits: list[Hit], bonus: float = BONUS) -> list[Hit]:
    """The candidates with a bonus for each wanted kind of fact their passage holds."""
    wants = question_wants(query)
    if not wants.any():
        return hits
    moved = [Hit(h.id, h.score + bonus * holds(wants, h.payload), h.payload) for h in hits]
    return sorted(moved, key=lambda h: -h.score)
