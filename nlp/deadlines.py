"""Deadlines (when or how often an action is done) and planning horizons.

The recorded `text` is the time expression itself, without its cue (`hoàn thành trong`,
`trước`): `quý IV/2024`, `ngày 15/12/2024`, `hằng năm`. Periods are normalised to their last day
(`due`) and first day (`period_start`), following tests/gold/GUIDELINES.md. Expressions inside
citations, quoted titles and quoted new wordings (the `exclude` spans) and past periods (`từ năm 2010
đến nay`, `Tháng 5/2024, ...` opening a sentence of a report) are not deadlines. The expressions are in
nlp.deadline_patterns, what each means in nlp.deadline_rules, the words around them in
nlp.deadline_context; this module runs the rules over a document.
"""

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from policylink.nlp.deadline_context import in_label_row
from policylink.nlp.deadline_rules import Found, deadline_rules
from policylink.nlp.model import Deadline
from policylink.nlp.pipeline import text_of
from policylink.nlp.scan import matches


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _head(m: re.Match[str]) -> tuple[int, int]:
    """The part of a match a citation must not hold: a relative limit's count and unit, since its event
    may name the document (`05 ngày làm việc kể từ ngày ban hành Quyết định`); the whole match else."""
    return m.span("head") if "head" in m.re.groupindex else m.span()


def _limits(found: Found, text: str, issued: str | None) -> bool:
    """A dated limit that ended before the document was issued is a past event; a period alone in a
    cell of a row of period labels names a column."""
    if found.horizon:
        return True
    if issued and found.due and found.recurrence is None and found.due < issued:
        return False
    return not in_label_row(text, found.start, found.end)


def find_deadlines(
    doc: Doc, *, exclude: list[tuple[int, int]], title_blocks: Sequence[tuple[int, int]] = (),
    issued: str | None = None,
) -> tuple[list[Deadline], list[Deadline]]:
    """(deadlines, horizons) in order of appearance; also `doc.spans["deadlines"/"horizons"]`.
    `title_blocks` as ingestion found them (IngestedDocument.title_blocks; none when left out);
    `issued` the document's ISO issue date, when known."""
    text = text_of(doc)
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    for pattern, build in deadline_rules(title_blocks, text):
        for m in matches(pattern, text):
            if _overlaps(m.start(), m.end(), taken) or _overlaps(*_head(m), exclude):
                continue
            taken.append((m.start(), m.end()))
            item = build(m, text)
            if isinstance(item, list):
                found += item
            elif item is not None:
                found.append(item)
    found = sorted((f for f in found if _limits(f, text, issued)), key=lambda f: f.start)
    deadlines = [_record(text, f) for f in found if not f.horizon]
    horizons = [_record(text, f) for f in found if f.horizon]
    for key, records in (("deadlines", deadlines), ("horizons", horizons)):
        spans = [
            doc.char_span(r.start, r.end, label=r.recurrence or "due", alignment_mode="expand")
            for r in records
        ]
        doc.spans[key] = [s for s in spans if s is not None]
    return deadlines, horizons


def _record(text: str, found: Found) -> Deadline:
    return Deadline(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        due=found.due,
        period_start=found.period_start,
        recurrence=found.recurrence,
    )
