"""Contract v1 records (`shared/contracts/extraction.md`): what extraction returns.

Offsets are character offsets into the cleaned document text, end exclusive.
"""

from dataclasses import asdict, dataclass, field

RELATIONS = ("cites", "implements", "based_on", "amends", "replaces")
RECURRENCES = ("annual", "semiannual", "quarterly", "monthly", "periodic")


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    text: str
    doc_type: str | None
    number: str | None
    symbol: str | None
    key: str  # "55-KL/TU", "30/2020/NĐ-CP", or a descriptive key for unnumbered documents
    date: str | None
    issuer: str | None
    subject: str | None
    relation: str  # one of RELATIONS
    source: str  # id of the citing document (self, or the enclosing cited document)
    target_id: str | None = None


@dataclass(frozen=True)
class Body:
    start: int
    end: int
    text: str
    canonical: str
    kind: str  # party | state | front | mass_org | school | other
    level: str | None  # central | province | district | commune | None


@dataclass(frozen=True)
class Deadline:
    start: int
    end: int
    text: str
    due: str | None
    period_start: str | None
    recurrence: str | None


@dataclass(frozen=True)
class Task:
    id: str
    start: int
    end: int
    text: str
    section: str | None
    action: str | None
    responsible: list[str]
    coordinating: list[str]
    report_to: list[str]
    deadline: Deadline | None
    recurrence: str | None


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    doc_type: str | None
    number: str | None
    symbol: str | None
    key: str | None
    issuer: str | None
    jurisdiction: str | None
    issue_date: str | None
    title: str | None
    text: str
    issue_date_bounds: list[str | None] | None = None


@dataclass(frozen=True)
class Extraction:
    document: DocumentInfo
    sections: list[dict]
    citations: list[Citation] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    horizons: list[Deadline] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"schema_version": "1", **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict) -> "Extraction":
        """The inverse of `to_dict`, for extractions read back from the store."""

        def deadline(item: dict | None) -> Deadline | None:
            return Deadline(**item) if item is not None else None

        return cls(
            document=DocumentInfo(**data["document"]),
            sections=data["sections"],
            citations=[Citation(**item) for item in data["citations"]],
            bodies=[Body(**item) for item in data["bodies"]],
            deadlines=[Deadline(**item) for item in data["deadlines"]],
            horizons=[Deadline(**item) for item in data.get("horizons", [])],
            tasks=[Task(**{**item, "deadline": deadline(item["deadline"])}) for item in data["tasks"]],
        )
