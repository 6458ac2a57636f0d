"""Contract v1 for one ingested document: one spaCy Doc, every extractor run over it once."""

from dataclasses import asdict

from policylink.core.identity import document_id
from policylink.ingest.model import IngestedDocument
from policylink.nlp.bodies import find_bodies
from policylink.nlp.citations import find_citations
from policylink.nlp.deadline_scope import of_actions
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.duty_model import Decider, learned_decide
from policylink.nlp.model import Citation, Deadline, DocumentInfo, Extraction
from policylink.nlp.new_titles import unmined_titles
from policylink.nlp.pipeline import text_of, vietnamese_doc
from policylink.nlp.quoted_provisions import quoted_provisions, reproduced_provisions
from policylink.nlp.tasks import find_tasks


def default_document_id(document: IngestedDocument) -> str:
    """The store identity of an ingested document (contract v1, *Identity*)."""
    header = document.header
    year = int(header.issue_date[:4]) if header.issue_date else None
    return document_id(
        key=header.key,
        jurisdiction=header.jurisdiction,
        year=year,
        doc_type=header.doc_type,
        issuer=header.issuer,
        title=header.title,
        content=document.text,
    )


def issue_date_bounds(citations: list[Citation], deadlines: list[Deadline]) -> list[str | None] | None:
    """[newest cited document's date, earliest deadline] for a document that shows no date."""
    newest_cited = max((c.date for c in citations if c.date), default=None)
    earliest_due = min((d.due for d in deadlines if d.due), default=None)
    if newest_cited is None and earliest_due is None:
        return None
    return [newest_cited, earliest_due]


def extract(document: IngestedDocument, doc_id: str, decide: Decider = learned_decide) -> Extraction:
    """Every extractor over one Doc; `decide` tells tasks from other units (nlp.tasks.find_tasks)."""
    header = document.header
    doc = vietnamese_doc(document.text)
    if text_of(doc) != document.text:
        raise ValueError(f"{document.source_name}: the ingested text is not NFC; ingestion must normalise it")
    citations = find_citations(doc, self_id=doc_id, jurisdiction=header.jurisdiction)
    excluded = [(c.start, c.end) for c in citations] + unmined_titles(document.text) + quoted_provisions(
        document.text) + reproduced_provisions(document.text)
    # a document that shows no date was issued no earlier than the newest document it cites: a limit that
    # ended before that date is a past event all the same
    issued = header.issue_date or max((c.date for c in citations if c.date), default=None)
    deadlines, horizons = find_deadlines(
        doc, exclude=excluded, title_blocks=document.title_blocks, issued=issued)
    bodies = find_bodies(doc, document.header_zones, header.jurisdiction)
    tasks = find_tasks(
        doc, list(document.sections), bodies, deadlines, attachments=document.attachments,
        title_blocks=document.title_blocks, notes_start=document.footnotes_start, decide=decide,
        doc_type=header.doc_type,
    )
    deadlines = of_actions(doc, deadlines, tasks)
    info = DocumentInfo(
        id=doc_id,
        doc_type=header.doc_type,
        number=header.number,
        symbol=header.symbol,
        key=header.key,
        issuer=header.issuer,
        jurisdiction=header.jurisdiction,
        issue_date=header.issue_date,
        title=header.title,
        text=document.text,
        issue_date_bounds=None if header.issue_date else issue_date_bounds(citations, deadlines),
    )
    return Extraction(
        document=info,
        sections=[asdict(section) for section in document.sections],
        citations=citations,
        bodies=bodies,
        deadlines=deadlines,
        horizons=horizons,
        tasks=tasks,
    )
