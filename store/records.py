"""Plain data read from and written to the store."""

from dataclasses import dataclass

ORIGINS = ("file", "registry", "citation")
SAVE_STATUSES = ("new", "unchanged", "new_version")


@dataclass(frozen=True)
class DocumentFacts:
    """What is known about a document without its text: from the registry or from a citation."""

    key: str | None
    doc_type: str | None = None
    number: str | None = None
    symbol: str | None = None
    issuer: str | None = None
    jurisdiction: str | None = None
    issue_date: str | None = None  # ISO
    title: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    key: str | None
    doc_type: str | None
    number: str | None
    symbol: str | None
    issuer: str | None
    jurisdiction: str | None
    issue_date: str | None  # ISO
    title: str | None
    notes: str | None
    origin: str  # one of ORIGINS: how the document first became known
    ingested: bool  # True once its full text is stored
    current_version: int | None


@dataclass(frozen=True)
class VersionRecord:
    id: int
    document_id: str
    number: int
    content_hash: str
    source_name: str
    source_format: str
    text: str
    header: dict
    sections: list[dict]
    footnotes: list[dict]
    warnings: list[str]
    created_at: str  # ISO timestamp


@dataclass(frozen=True)
class SaveResult:
    status: str  # one of SAVE_STATUSES
    document_id: str
    version: int  # the version number holding these bytes
    version_id: int  # its row id, the key for extractions


@dataclass(frozen=True)
class Edge:
    """One relation between documents, as stated by a document's text or by the registry."""

    source_id: str
    target_key: str
    relation: str  # one of nlp.model.RELATIONS
    target_id: str | None = None  # null while the target is not resolved to a stored document
    evidence: str | None = None  # the words that state it
    source_version: int | None = None  # version of the stating document; null for the registry
