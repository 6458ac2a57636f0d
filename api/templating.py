"""The Jinja2 environment of the web pages, with the filters the templates share."""

import re
from pathlib import Path
from urllib.parse import quote

from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from policylink.core.vietnamese import match_key
from policylink.graph.check import canonical_line, display_date
from policylink.graph.queries import RELATION_LABELS
from policylink.ingest.sniff import thousands
from policylink.search.highlight import MARKED

RECURRENCE_LABELS = {
    "annual": "hằng năm",
    "semiannual": "6 tháng một lần",
    "quarterly": "hằng quý",
    "monthly": "hằng tháng",
    "periodic": "định kỳ",
}


def document_url(doc_id: str) -> str:
    """The page of a document; ids keep their slashes, other characters (`Đ`) are escaped."""
    return "/van-ban/" + quote(doc_id, safe="/")


def document_name(record: object) -> str:
    """`Kết luận 55-KL/TU`; an unnumbered document by its title, with its type unless the title
    already starts with it (`Quy hoạch tỉnh Bắc Giang ...`)."""
    doc_type = getattr(record, "doc_type", None) or "Văn bản"
    key, title = getattr(record, "key", None), getattr(record, "title", None) or ""
    if key:
        return f"{doc_type} {key}"
    return title if match_key(title).startswith(match_key(doc_type)) else f"{doc_type} {title}".strip()


def vietnamese_date(iso: str | None) -> str:
    """`2016-07-22` -> `22/7/2016`; a dash when unknown."""
    return display_date(iso) if iso else "—"


def deadline_label(deadline: dict | None, recurrence: str | None = None) -> str:
    """`quý IV/2024 (hạn 31/12/2024)`, `hằng năm`, or empty when the task has no time limit."""
    parts = []
    if deadline:
        parts.append(deadline["text"])
        due = vietnamese_date(deadline["due"]) if deadline.get("due") else None
        if due and due not in deadline["text"]:
            parts.append(f"(hạn {due})")
    if recurrence and not (deadline and deadline["text"] == RECURRENCE_LABELS.get(recurrence)):
        parts.append(RECURRENCE_LABELS.get(recurrence, recurrence))
    return " ".join(parts)


_EMPHASIS = re.compile(r"\*([^*\n]+)\*")


def plain(text: str) -> str:
    """Source text for people: on one line, without the Markdown emphasis (`*Đề án ...*`) that a
    document converted to text may carry."""
    return _EMPHASIS.sub(r"\1", " ".join(text.split()))


# an action shorter than this (`chỉ đạo`, `rà soát, xây dựng`) is a fragment; the duty's text reads better
_TITLE_WORDS = 5
_TITLE_MAX = 160
_CLAUSE_END = re.compile(r"[;\n\t]|\.(?:\s|$)")


def duty_title(task: dict) -> str:
    """What a task's row shows: its directive verb phrase, else its text up to the first clause
    end (a table row's first cell), in sentence case."""
    action = (task.get("action") or "").strip()
    if len(action.split()) < _TITLE_WORDS:
        text = (task.get("text") or "").strip()
        end = _CLAUSE_END.search(text)
        action = (text[: end.start()] if end else text).strip(" ,:") or action
    if len(action) > _TITLE_MAX:
        action = action[:_TITLE_MAX].rsplit(" ", 1)[0] + " …"
    return action[:1].upper() + action[1:]


def task_place(section: str | None) -> str:
    """The section a task's place links to: `Phụ lục I` for `Phụ lục I, dòng 4`."""
    return (section or "").split(", dòng")[0]


_BULLET_PART = re.compile(r"(?:^|-)b\d+(?=-|$)")


def printed_place(section: str | None) -> str:
    """A task's place as the document prints it: the numbered items, without the ids ingestion gives
    to unnumbered bullets (`1-b2` is printed `1`; a bullet outside numbered items has none)."""
    return _BULLET_PART.sub("", section or "")


def snippet_html(snippet: str) -> Markup:
    """A search snippet with the matched words (between the search's markers) in `<mark>`."""
    html, cursor = [], 0
    for match in MARKED.finditer(snippet):
        html.append(f"{escape(snippet[cursor : match.start()])}<mark>{escape(match.group(1))}</mark>")
        cursor = match.end()
    html.append(str(escape(snippet[cursor:])))
    return Markup("".join(html))


TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.filters.update(
    document_url=document_url,
    canonical=canonical_line,
    name=document_name,
    vn_date=vietnamese_date,
    relation=lambda relation: RELATION_LABELS.get(relation, relation),
    recurrence=lambda value: RECURRENCE_LABELS.get(value, value) if value else "",
    deadline=deadline_label,
    snippet=snippet_html,
    plain=plain,
    duty_title=duty_title,
    task_place=task_place,
    printed_place=printed_place,
    thousands=thousands,
)
