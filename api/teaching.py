"""What a lecturer's handout and slides say about a document or its lineage, gathered once from the
store and the citation graph; `teaching_docx` and `teaching_pptx` lay it out.

A lineage is the document with what it rests on and what rests on it (the graph's neighbourhood);
its tasks and citations come from every document of it whose text is stored.
"""

import re
import textwrap
from dataclasses import dataclass, field
from datetime import date

from policylink.api import service
from policylink.api.settings import Settings
from policylink.api.templating import (
    deadline_label,
    document_name,
    plain,
    vietnamese_date,
)
from policylink.core.vietnamese import fold
from policylink.graph.build import CitationGraph
from policylink.graph.export import neighbourhood
from policylink.graph.queries import RELATION_LABELS
from policylink.graph.render import RenderError
from policylink.store.records import DocumentRecord

SCOPES = ("document", "lineage")
NO_LINEAGE = "Văn bản này chưa trích dẫn văn bản nào, cũng chưa được văn bản nào trong kho trích dẫn."
# A heading introducing what a document aims at: its goals, viewpoints, orientations, requirements
# (`2.1. Tiếp tục quán triệt, thống nhất quan điểm:`).
_OBJECTIVE_HEADING = re.compile(r"(?:muc tieu|muc dich|quan diem|dinh huong|yeu cau)\W*$")
_NUMBERING = re.compile(r"^[\dIVXLC]+(?:\.\d+)*\.?\s+|^[-–+•]\s*")
_SENTENCE_END = re.compile(r"(?<=[.;])\s")
_SHORTEST_ACTION = 40  # characters
_CHANGES = {"replaces": "bị thay thế", "amends": "được sửa đổi, bổ sung"}


def short(text: str, width: int) -> str:
    return textwrap.shorten(plain(text), width, placeholder=" …")


@dataclass(frozen=True)
class Task:
    document: str  # the document's name (`Kết luận 55-KL/TU`)
    section: str | None
    action: str
    text: str
    coordinating: list[str]
    deadline: str  # `quý IV/2024 (hạn 31/12/2024)`, `hằng năm`, or empty
    due: date | None


@dataclass(frozen=True)
class Citation:
    name: str
    relation: str  # Vietnamese label
    date: str
    status: str  # validity as far as the store knows it


@dataclass
class Lesson:
    scope: str  # one of SCOPES
    name: str  # `Kết luận 55-KL/TU`
    heading: str  # `Kết luận số 55-KL/TU`, `Kết luận`: the type and number as a title page writes them
    title: str  # the subject line
    issuer: str
    issue_date: str | None
    lineage_png: bytes | None
    lineage: list[str]  # `A — thực hiện → B`, one per relation of the lineage
    documents: list[str]  # the documents of the lineage, oldest first, with their dates
    outline: list[tuple[int, str]]  # (level, `2.3. Ban cán sự đảng UBND tỉnh:`) of the stored texts
    objectives: list[str]
    tasks_by_body: list[tuple[str, list[Task]]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    passages: list[tuple[str, str]] = field(default_factory=list)  # (where, quoted text)

    @property
    def dated_tasks(self) -> list[tuple[str, Task]]:
        """(responsible bodies, task) for each task with a due date, earliest first."""
        dated = {(t.document, t.section, t.action): (body, t) for body, tasks in self.tasks_by_body
                 for t in tasks if t.due}
        return sorted(dated.values(), key=lambda pair: pair[1].due)


def _name(record: DocumentRecord) -> str:
    """`Kết luận 55-KL/TU`; an unnumbered document's name (its type and subject) shortened."""
    return short(document_name(record), 70)


def _dated_name(record: DocumentRecord) -> str:
    when = f" ({vietnamese_date(record.issue_date)})" if record.issue_date else ""
    return _name(record) + when


def _action(task: dict) -> str:
    """The task's action as the extractor cut it, or its whole text when that cut is only a verb
    (`chỉ đạo`); with a capital first letter, as a line of a list."""
    action = task.get("action") or ""
    chosen = short(action if len(action) >= _SHORTEST_ACTION else task["text"], 240)
    return chosen[:1].upper() + chosen[1:]


def _outline(extraction: dict, prefix: str) -> list[tuple[int, str]]:
    return [
        (s["level"], f"{prefix}{s['id']}. {short(s['heading'], 150)}")
        for s in extraction["sections"]
        if s["level"] <= 2 and s["id"] != "recipients" and "-b" not in s["id"]
    ]


def _objectives(extraction: dict) -> list[str]:
    """The points under a goal or viewpoint heading, first sentence each; else the main sections."""
    text, sections = extraction["document"]["text"], extraction["sections"]
    found = []
    for section in sections:
        if not _OBJECTIVE_HEADING.search(fold(section["heading"])):
            continue
        children = [s for s in sections if s["parent"] == section["id"]] or [section]
        for child in children:
            body = _NUMBERING.sub("", plain(text[child["start"] : child["end"]]))
            found.append(short(_SENTENCE_END.split(body, maxsplit=1)[0], 220))
    if found:
        return found
    return [short(s["heading"], 200) for s in sections if s["level"] == 1 and s["id"] != "recipients"]


def _status(graph: CitationGraph, target: str | None) -> str:
    """What the store knows of a cited document's validity: replaced or amended by a later
    document, or not; with or without its text."""
    if target is None:
        return "chưa xác định được văn bản trong kho"
    changes = [
        f"{_CHANGES[relation]} bởi {_name(graph.record(source))}"
        for source, _, relations in graph.nx.in_edges(target, data="relations")
        for relation in relations
        if relation in _CHANGES
    ]
    stored = "có toàn văn trong kho" if graph.record(target).ingested else "chỉ biết qua trích dẫn"
    return "; ".join([*changes, stored]) if changes else f"chưa thấy văn bản thay thế; {stored}"


def _tasks_by_body(extractions: list[tuple[DocumentRecord, dict]]) -> list[tuple[str, list[Task]]]:
    groups: dict[str, list[Task]] = {}
    for record, extraction in extractions:
        for task in extraction["tasks"]:
            deadline = task.get("deadline")
            item = Task(
                document=_name(record),
                section=task.get("section"),
                action=_action(task),
                text=plain(task["text"]),
                coordinating=task.get("coordinating", []),
                deadline=deadline_label(deadline, task.get("recurrence")),
                due=date.fromisoformat(deadline["due"]) if deadline and deadline.get("due") else None,
            )
            bodies = "; ".join(task.get("responsible", [])) or "Chưa rõ cơ quan chủ trì"
            groups.setdefault(bodies, []).append(item)
    return sorted(groups.items(), key=lambda pair: (-len(pair[1]), fold(pair[0])))


def _picture(graph: CitationGraph, doc_id: str) -> bytes | None:
    try:
        return service.export_graph(graph, "png", doc_id).data
    except RenderError:
        return None


def lesson(settings: Settings, doc_id: str, scope: str = "document") -> Lesson | None:
    """The lesson of a stored document (None when the store does not hold it)."""
    view = service.get_document(settings, doc_id)
    if view is None:
        return None
    graph = service.citation_graph(settings)
    record = view.record
    members = neighbourhood(graph, doc_id) if scope == "lineage" else [doc_id]
    ordered = sorted(members, key=lambda n: (graph.record(n).issue_date or "9999", n))
    extractions = [
        (graph.record(n), e) for n in ordered if (e := service.stored_extraction(settings, n)) is not None
    ]
    several = len(extractions) > 1
    citations: dict[str, Citation] = {}
    passages = []
    for member, extraction in extractions:
        for c in extraction["citations"]:
            target = c.get("target_id")
            name = _dated_name(graph.record(target)) if target in graph else plain(c["text"])
            if name not in citations:
                when = graph.record(target).issue_date if target in graph else c.get("date")
                relation = RELATION_LABELS.get(c["relation"], c["relation"])
                citations[name] = Citation(name, relation, vietnamese_date(when), _status(graph, target))
        for task in extraction["tasks"]:
            where = (f"{_name(member)}, " if several else "") + f"mục {task.get('section') or '—'}"
            passages.append((where, plain(task["text"])))
    return Lesson(
        scope=scope,
        name=document_name(record),
        heading=(record.doc_type or "Văn bản") + (f" số {record.key}" if record.key else ""),
        title=plain(record.title or ""),
        issuer=record.issuer or "",
        issue_date=vietnamese_date(record.issue_date) if record.issue_date else None,
        lineage_png=_picture(graph, doc_id),
        lineage=[
            f"{_name(graph.record(s))} — {RELATION_LABELS[r]} → {_dated_name(graph.record(t))}"
            for s, t, r, _ in graph.edges(neighbourhood(graph, doc_id))
        ],
        documents=[_dated_name(graph.record(n)) for n in ordered],
        outline=[
            line
            for member, extraction in extractions
            for line in _outline(extraction, f"{_name(member)} — " if several else "")
        ],
        objectives=[o for _, extraction in extractions for o in _objectives(extraction)],
        tasks_by_body=_tasks_by_body(extractions),
        citations=list(citations.values()),
        passages=passages,
    )
