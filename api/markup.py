"""A document's text with its extracted citations, deadlines and bodies marked, as HTML.

Marks never nest: where two overlap, the earlier kind in MARK_KINDS wins (a body named inside a
citation, `... của Ban Thường vụ Tỉnh ủy`, stays part of the citation). Section starts become
anchors, so the outline can link into the text.
"""

from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from policylink.api.templating import RECURRENCE_LABELS, document_url, vietnamese_date
from policylink.graph.queries import RELATION_LABELS

MARK_KINDS = ("citation", "deadline", "horizon", "body")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # one of MARK_KINDS, also the CSS class
    title: str  # shown on hover
    href: str | None = None


def _citation_mark(citation: dict) -> Mark:
    relation = RELATION_LABELS.get(citation["relation"], citation["relation"])
    title = f"Trích dẫn ({relation}): {citation['key']}"
    if citation.get("date"):
        title += f", ngày {vietnamese_date(citation['date'])}"
    href = document_url(citation["target_id"]) if citation.get("target_id") else None
    return Mark(citation["start"], citation["end"], "citation", title, href)


def _time_mark(item: dict, kind: str) -> Mark:
    label = "Thời hạn" if kind == "deadline" else "Mốc kế hoạch"
    recurrence = RECURRENCE_LABELS.get(item.get("recurrence") or "", "")
    when = vietnamese_date(item["due"]) if item.get("due") else recurrence
    return Mark(item["start"], item["end"], kind, f"{label}: {when}".rstrip(": "))


def extraction_marks(extraction: dict) -> list[Mark]:
    """Every mark of a contract v1 extraction, in MARK_KINDS order."""
    bodies = extraction.get("bodies", [])
    return [
        *(_citation_mark(c) for c in extraction.get("citations", [])),
        *(_time_mark(d, "deadline") for d in extraction.get("deadlines", [])),
        *(_time_mark(h, "horizon") for h in extraction.get("horizons", [])),
        *(Mark(b["start"], b["end"], "body", f"Cơ quan: {b['canonical']}") for b in bodies),
    ]


def _without_overlaps(marks: list[Mark]) -> list[Mark]:
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (MARK_KINDS.index(m.kind), m.start)):
        if mark.end > mark.start and all(mark.end <= k.start or mark.start >= k.end for k in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)


def _open_tag(mark: Mark) -> str:
    attributes = f'class="mark {mark.kind}" title="{escape(mark.title)}"'
    return f'<a {attributes} href="{escape(mark.href)}">' if mark.href else f"<mark {attributes}>"


def marked_text(text: str, marks: list[Mark], anchors: dict[int, str] | None = None) -> Markup:
    """`text` escaped, with `marks` wrapped and an empty `<span id=...>` at each anchor offset."""
    anchors = anchors or {}
    cuts = sorted({0, len(text), *anchors, *(m.start for m in marks), *(m.end for m in marks)})
    starts = {m.start: m for m in _without_overlaps(marks)}
    html: list[str] = []
    open_mark: Mark | None = None
    for here, following in zip(cuts, cuts[1:] + [None], strict=True):
        if open_mark is not None and open_mark.end == here:
            html.append("</a>" if open_mark.href else "</mark>")
            open_mark = None
        if here in anchors:
            html.append(f'<span class="anchor" id="{escape(anchors[here])}"></span>')
        if open_mark is None and here in starts:
            open_mark = starts[here]
            html.append(_open_tag(open_mark))
        if following is not None:
            html.append(escape(text[here:following]))
    return Markup("".join(html))
