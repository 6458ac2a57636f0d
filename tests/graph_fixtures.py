"""Plain contract v1 data for the graph tests: documents whose text is made of the citations they hold."""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from policylink.api.service import store_document
from policylink.core.identity import document_id, year_of
from policylink.graph.sync import LinkReport, link_extraction
from policylink.ingest.model import Header, IngestedDocument
from policylink.ingest.pipeline import ingest_file
from policylink.ingest.title_block import find_layout
from policylink.nlp.model import Citation, DocumentInfo, Extraction
from policylink.store.database import create_store_engine
from policylink.store.documents import identity_of, save_ingested
from policylink.store.extractions import save_extraction
from policylink.store.records import DocumentRecord
from policylink.store.registry import load_registry, read_registry

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@dataclass(frozen=True)
class Mention:
    """One citation as the text writes it, plus what an extractor would report about it."""

    text: str  # e.g. "Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ Tỉnh ủy"
    key: str | None  # None for a document named without a number
    doc_type: str
    date: str | None = None
    issuer: str | None = None
    relation: str = "cites"
    nested_in: int | None = None  # index of the enclosing mention, for `source`
    subject: str | None = None


def make_extraction(
    *,
    key: str | None,
    jurisdiction: str | None,
    date: str,
    doc_type: str,
    mentions: list[Mention],
    issuer: str = "Ban Thường vụ Tỉnh ủy",
    title: str = "về một việc",
) -> Extraction:
    doc_id = document_id(
        key=key, jurisdiction=jurisdiction, year=year_of(date), doc_type=doc_type, issuer=issuer, title=title
    )
    text, spans = "", []
    for mention in mentions:
        text += "Căn cứ tình hình, " if mention.relation == "based_on" else "Triển khai "
        spans.append((len(text), len(text) + len(mention.text)))
        text += mention.text + ".\n"
    citations: list[Citation] = []
    for mention, (start, end) in zip(mentions, spans, strict=True):
        number, symbol = re.split(r"[-/]", mention.key, maxsplit=1) if mention.key else (None, None)
        provisional = (
            document_id(key=mention.key, jurisdiction=jurisdiction, year=year_of(mention.date))
            if mention.key and mention.date
            else None
        )
        source = doc_id if mention.nested_in is None else citations[mention.nested_in].target_id
        citations.append(
            Citation(
                start=start,
                end=end,
                text=mention.text,
                doc_type=mention.doc_type,
                number=number,
                symbol=symbol,
                key=mention.key or mention.text,
                date=mention.date,
                issuer=mention.issuer,
                subject=mention.subject,
                relation=mention.relation,
                source=source,
                target_id=provisional,
            )
        )
    info = DocumentInfo(
        id=doc_id,
        doc_type=doc_type,
        number=key.split("-")[0] if key else None,
        symbol=key.split("-", 1)[1] if key else None,
        key=key,
        issuer=issuer,
        jurisdiction=jurisdiction,
        issue_date=date,
        title=title,
        text=text,
    )
    return Extraction(document=info, sections=[], citations=citations)


def known(
    doc_id: str, key: str | None, date: str | None, *, ingested: bool = False, **facts: str
) -> DocumentRecord:
    """A document as the store lists it."""
    return DocumentRecord(
        id=doc_id,
        key=key,
        doc_type=facts.get("doc_type"),
        number=None,
        symbol=None,
        issuer=facts.get("issuer"),
        jurisdiction=facts.get("jurisdiction"),
        issue_date=date,
        title=facts.get("title"),
        notes=None,
        origin="file" if ingested else "registry",
        ingested=ingested,
        current_version=1 if ingested else None,
    )


def ingested_for(extraction: Extraction) -> IngestedDocument:
    """The ingested form of a made-up document, so that the store holds it as a real file would."""
    info = extraction.document
    header = Header(
        doc_type=info.doc_type,
        number=info.number,
        symbol=info.symbol,
        key=info.key,
        issuer=info.issuer,
        jurisdiction=info.jurisdiction,
        issue_date=info.issue_date,
        title=info.title,
    )
    digest = hashlib.sha256(info.text.encode()).hexdigest()
    return IngestedDocument(f"{info.id.replace('/', '_')}.txt", "txt", digest, info.text, header, (), (),
                            **find_layout(info.text)._asdict())


def store_and_link(conn: sa.Connection, extraction: Extraction) -> LinkReport:
    """What the ingest use case does for one file: save the text and extraction, then link it."""
    saved = save_ingested(conn, ingested_for(extraction))
    assert saved.document_id == extraction.document.id
    save_extraction(conn, saved.version_id, extraction.to_dict())
    return link_extraction(conn, extraction, saved.version)


def registry_records(path: Path = CORPUS / "registry.yaml") -> list[DocumentRecord]:
    """The shipped registry's documents as the store lists them after loading it."""
    return [
        DocumentRecord(
            id=identity_of(f),
            key=f.key,
            doc_type=f.doc_type,
            number=f.number,
            symbol=f.symbol,
            issuer=f.issuer,
            jurisdiction=f.jurisdiction,
            issue_date=f.issue_date,
            title=f.title,
            notes=f.notes,
            origin="registry",
            ingested=False,
            current_version=None,
        )
        for f in read_registry(path).documents
    ]


def ingest_and_link(conn: sa.Connection, path: Path) -> LinkReport:
    """The ingest use case for one real file: read, save, extract, save the extraction, link."""
    links = store_document(conn, ingest_file(path, max_bytes=50 * 1024 * 1024)).links
    assert links is not None, f"{path} was already stored"
    return links


def shipped_store(folder: Path) -> str:
    """A SQLite store in `folder` holding the shipped corpus (registry, then the conclusion); its URL."""
    url = f"sqlite:///{folder / 'policylink.db'}"
    with create_store_engine(url).begin() as conn:
        load_registry(conn, read_registry(CORPUS / "registry.yaml"))
        for path in sorted(CORPUS.glob("*.txt")):
            ingest_and_link(conn, path)
    return url
