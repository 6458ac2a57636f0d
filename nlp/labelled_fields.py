"""Task fields printed as labelled lines after the items they belong to.

An action programme or plan often writes each item's doer and time not in a table's columns but on
lines under the item, each opened by a label that a table's header would print:
`- Cơ quan thực hiện: Sở A chủ trì, phối hợp với Sở B; ...`, `- Đơn vị phối hợp: ...`,
`- Thời gian thực hiện: Quý II/2020`, `- Sản phẩm: ...`. The label's words give the line its role
as a header cell gives a column its role (nlp.table_headers). A run of such lines closes a group
of items: it holds for every item since the previous run inside the same parent item (RULINGS
R12: the lines printed after a group cover the whole group). The lines themselves assign nothing.

The labels only give fields: they do not make an item a task (a procedure's record prints
`- Cơ quan thực hiện: Sở X` too, under no action).
"""

import re
from dataclasses import dataclass

from policylink.ingest.markers import is_structural
from policylink.nlp.table_headers import column_roles
from policylink.nlp.task_units import Structure, Unit, line_spans

# `- Cơ quan thực hiện: ...`: an optional bullet, a short capitalised label, a colon.
_LABEL = re.compile(r"[-+•–*]?[^\S\n]*(?P<label>[A-ZĐÀ-Ỹ][^:\n]{2,40}?)[^\S\n]*:[^\S\n]*")
# a second label run onto the end of the line (`... và địa phương -Thời gian thực hiện: ...`)
_RUN_ON = re.compile(r"[^\S\n]+[-+•–][^\S\n]*(?=[A-ZĐÀ-Ỹ][^:\n]{2,40}?:)")
_LABEL_WORDS = 6  # a label is a few words (`Cơ quan chủ trì thực hiện`), not a clause before a colon
_TERMINAL = ".;:!?"
_ROLES = ("responsible", "coordinating", "deadline", "product")


@dataclass(frozen=True)
class LabelledFields:
    start: int  # the run of labelled lines
    end: int
    fields: tuple[tuple[str, int, int], ...]  # (role, value start, value end)

    def value(self, role: str) -> tuple[int, int] | None:
        return next(((s, e) for r, s, e in self.fields if r == role), None)


def _role(label: str) -> str | None:
    if len(label.split()) > _LABEL_WORDS or not label[0].isupper():
        return None
    roles = column_roles([label])
    return next((r for r in _ROLES if roles.get(r) == 0), None)


def _labelled(text: str, pos: int, end: int) -> bool:
    label = _LABEL.match(text, pos, end)
    return bool(label and _role(label["label"]))


def _line_fields(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The labelled fields of one line (one, or more run on), none if it opens with no label."""
    fields: list[tuple[str, int, int]] = []
    pos = start
    while pos < end:
        label = _LABEL.match(text, pos, end)
        role = _role(label.group("label")) if label else None
        if label is None or role is None:
            return fields
        after = _RUN_ON.finditer(text, label.end(), end)
        run_on = next((m for m in after if _labelled(text, m.end(), end)), None)
        fields.append((role, label.end(), run_on.start() if run_on else end))
        pos = run_on.end() if run_on else end
    return fields


def _continues(text: str, field: tuple[str, int, int], start: int, end: int) -> bool:
    value = text[field[1] : field[2]].rstrip()
    return bool(value) and value[-1] not in _TERMINAL and not is_structural(text[start:end])


def labelled_runs(text: str) -> list[LabelledFields]:
    """Runs of consecutive labelled lines that name a doer or a partner. A line that opens no item
    after a field that ends in no punctuation continues that field (a hard-wrapped PDF line:
    `- Cơ quan thực hiện: Sở A chủ trì, phối hợp với` / `Sở B; Sở C.`)."""
    runs: list[LabelledFields] = []
    current: list[tuple[str, int, int]] = []
    span: tuple[int, int] | None = None
    for start, end in [*line_spans(text, 0, len(text)), (len(text), len(text))]:
        fields = _line_fields(text, start, end) if start < end else []
        if fields:
            current.extend(fields)
            span = (span[0] if span else start, end)
            continue
        if span and start < end and _continues(text, current[-1], start, end):
            current[-1] = (current[-1][0], current[-1][1], end)
            span = (span[0], end)
            continue
        if span and any(role in ("responsible", "coordinating") for role, _, _ in current):
            runs.append(LabelledFields(span[0], span[1], tuple(current)))
        current, span = [], None
    return runs


def fields_of(unit: Unit, structure: Structure, runs: list[LabelledFields]) -> LabelledFields | None:
    """The run that holds `unit`'s fields: the first run after it inside its parent item (its own
    item when it has no parent), none for a unit inside a run or outside numbered items."""
    section = unit.section
    if section is None or unit.responsible_cell is not None or unit.place is not None:
        return None
    parent = next(iter(list(structure.scopes(section))[1:2]), None) or section
    for run in runs:
        if run.start <= unit.start < run.end:
            return None
        if run.start >= unit.end:
            return run if run.start < parent.end else None
    return None
