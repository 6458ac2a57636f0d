"""Helpers shared by the nlp tests: the bodies found in a sentence, the tasks of a small document
a test writes (through real ingestion, the spaCy pipeline and the extractors)."""

from pathlib import Path

from policylink.ingest.pipeline import ingest_file
from policylink.nlp.bodies import find_bodies, find_body_mentions
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.duty_model import Decider, learned_decide, rules_decide
from policylink.nlp.model import Task
from policylink.nlp.pipeline import vietnamese_doc
from policylink.nlp.tasks import find_tasks


def tasks_of(path: Path, decide: Decider = learned_decide) -> list[Task]:
    """The tasks of the document at `path` (units decided by `decide`, the shipped model's by default);
    checks their span group and offsets on the way."""
    document = ingest_file(path, max_bytes=1_000_000)
    doc = vietnamese_doc(document.text)
    bodies = find_bodies(doc, document.header_zones)
    deadlines, _ = find_deadlines(doc, exclude=[], title_blocks=document.title_blocks)
    tasks = find_tasks(doc, list(document.sections), bodies, deadlines, attachments=document.attachments,
                       title_blocks=document.title_blocks, notes_start=document.footnotes_start,
                       decide=decide, doc_type=document.header.doc_type)
    assert [s.label_ for s in doc.spans["tasks"]] == [t.section or "" for t in tasks]
    for task in tasks:
        assert document.text[task.start : task.end] == task.text
    return tasks


def tasks_in(tmp_path: Path, text: str, name: str = "van-ban.txt",
             decide: Decider = learned_decide) -> list[Task]:
    """The tasks of `text`, written to a file under `tmp_path` and ingested from it."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return tasks_of(path, decide)


def rule_tasks(tmp_path: Path, text: str) -> list[Task]:
    """The tasks of `text` as the rules alone decide them (no learned duty model)."""
    return tasks_in(tmp_path, text, decide=rules_decide)


def task_starting(tasks: list[Task], words: str) -> Task:
    """The one task whose text starts with `words`."""
    (task,) = [t for t in tasks if t.text.startswith(words)]
    return task


def found_bodies(sentence: str) -> list[tuple[str, str, str | None]]:
    """(canonical, kind, level) of each body mention in `sentence`."""
    return [(b.canonical, b.kind, b.level) for b in find_body_mentions(sentence)]


def body_names(text: str) -> list[str]:
    """The canonical name of each body mention in `text`."""
    return [b.canonical for b in find_body_mentions(text)]
