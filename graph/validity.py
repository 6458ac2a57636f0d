"""Validity: whether a document is still in force, read from the `replaces` and `amends` edges that
point at it (`Quyết định số 20/2024/QĐ-UBND thay thế Quyết định số 15/2019/QĐ-UBND` makes the
latter replaced). A document nothing replaces or amends is taken to be in force.
"""

from dataclasses import asdict, dataclass

from policylink.graph.build import CitationGraph
from policylink.graph.check import display_date
from policylink.store.records import DocumentRecord


@dataclass(frozen=True)
class Change:
    """A document that replaced or amended another one."""

    document_id: str
    name: str  # `Quyết định số 20/2024/QĐ-UBND`, for people
    date: str | None  # its issue date, ISO


@dataclass(frozen=True)
class Validity:
    replaced_by: tuple[Change, ...] = ()
    amended_by: tuple[Change, ...] = ()

    @property
    def state(self) -> str:
        return "replaced" if self.replaced_by else "amended" if self.amended_by else "in_force"

    @property
    def label(self) -> str:
        """`Đã bị thay thế bởi Quyết định số 20/2024/QĐ-UBND (ngày 3/5/2024)`, in Vietnamese."""
        if self.replaced_by:
            return "Đã bị thay thế bởi " + _names(self.replaced_by)
        if self.amended_by:
            return "Còn hiệu lực, đã được sửa đổi, bổ sung bởi " + _names(self.amended_by)
        return "Còn hiệu lực"

    def as_dict(self) -> dict:
        return {
            "state": self.state,
            "label": self.label,
            "replaced_by": [asdict(c) for c in self.replaced_by],
            "amended_by": [asdict(c) for c in self.amended_by],
        }


def _names(changes: tuple[Change, ...]) -> str:
    return ", ".join(f"{c.name} (ngày {display_date(c.date)})" if c.date else c.name for c in changes)


def document_name(record: DocumentRecord) -> str:
    """`Quyết định số 20/2024/QĐ-UBND`, or the title of a document known without a number."""
    if record.key:
        return f"{record.doc_type or 'Văn bản'} số {record.key}"
    return record.title or record.id


def validity_of(graph: CitationGraph, doc_id: str) -> Validity:
    """The validity of `doc_id` from the edges pointing at it; newest change first."""
    if doc_id not in graph:
        return Validity()
    found: dict[str, list[Change]] = {"replaces": [], "amends": []}
    for source, _, relations in graph.nx.in_edges(doc_id, data="relations"):
        record = graph.record(source)
        for relation in relations:
            if relation in found:
                found[relation].append(Change(source, document_name(record), record.issue_date))
    return Validity(_newest_first(found["replaces"]), _newest_first(found["amends"]))


def _newest_first(changes: list[Change]) -> tuple[Change, ...]:
    return tuple(sorted(changes, key=lambda c: c.date or "", reverse=True))


def validities(graph: CitationGraph) -> dict[str, Validity]:
    """The documents no longer simply in force (replaced or amended), by id."""
    targets = {t for _, t, relation, _ in graph.edges() if relation in ("replaces", "amends")}
    return {doc_id: validity_of(graph, doc_id) for doc_id in sorted(targets)}
