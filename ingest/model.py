"""Plain data produced by ingestion: what every later stage reads."""

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Footnote:
    marker: str  # as printed: "¹", "(1)", "1"
    text: str  # footnote text without its marker
    anchor: int | None  # offset of the marker in the cleaned body text, None if not found

    def line(self) -> str:
        """The footnote's line in the footnote block at the end of the cleaned text."""
        return f"{self.marker} {self.text}"


@dataclass(frozen=True)
class Section:
    id: str  # "1", "2.2.1", "I", "Điều 5", "2.3-b1", "recipients"
    heading: str | None  # the heading line or first sentence as printed
    level: int
    start: int  # offsets into IngestedDocument.text, end exclusive
    end: int
    parent: str | None


@dataclass(frozen=True)
class Attachment:
    """A part printed after the body (an attached Quy chế, Kế hoạch, Phụ lục: ingest.attachments);
    offsets into IngestedDocument.text."""

    start: int  # first line of its header block (its type line when it has none)
    title_start: int  # its type line (== body_start when it has no title block)
    title_end: int  # end of its title block
    body_start: int  # first line after the title block

    def type_line(self, text: str) -> str:
        """The line at `title_start` in `text` (the first body line when there is no title block)."""
        line_end = text.find("\n", self.title_start)
        return text[self.title_start : line_end if line_end >= 0 else len(text)]


@dataclass(frozen=True)
class Header:
    doc_type: str | None = None  # "Kết luận", "Nghị quyết", ...
    number: str | None = None  # "55" / "30"
    symbol: str | None = None  # "KL/TU" / "2020/NĐ-CP"
    key: str | None = None  # "55-KL/TU" / "30/2020/NĐ-CP"
    issuer: str | None = None  # canonical: "Ban Thường vụ Tỉnh ủy"
    jurisdiction: str | None = None  # "Bắc Giang"; None for central bodies
    place: str | None = None
    issue_date: str | None = None  # ISO
    title: str | None = None  # subject line "về ..."
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class IngestedDocument:
    source_name: str  # file name as given
    source_format: str  # "txt", "md", "pdf", "docx", "html"
    content_hash: str  # sha256 of the source bytes
    text: str  # cleaned NFC text, footnotes at the end (see contract v1)
    header: Header
    sections: tuple[Section, ...]
    footnotes: tuple[Footnote, ...]
    warnings: tuple[str, ...] = field(default=())
    # the layout around the body, found once by ingestion (ingest.title_block.find_layout)
    attachments: tuple[Attachment, ...] = field(default=())  # parts printed after the body
    header_zones: tuple[tuple[int, int], ...] = field(default=())  # header blocks: described, not annotated
    title_blocks: tuple[tuple[int, int], ...] = field(default=())  # type and subject lines: no tasks

    @property
    def footnotes_start(self) -> int:
        """Where the footnote block (one line per footnote, after the body) starts; the end of the
        text when there are no footnotes."""
        return len(self.text) - len("\n".join(f.line() for f in self.footnotes))

    def to_dict(self) -> dict:
        return asdict(self)


class IngestError(Exception):
    """A file that cannot be ingested: `str()` names the file, the problem and what to do."""

    def __init__(self, source: str, problem: str, remedy: str) -> None:
        self.source = source
        self.problem = problem
        self.remedy = remedy
        super().__init__(f"{source}: {problem}. {remedy}")

    def __reduce__(self) -> tuple:
        """Pickled by its three parts, whatever a subclass's constructor takes: an extraction in the
        server's NLP worker process raises it back across the process boundary."""
        return _rebuilt_ingest_error, (type(self), self.source, self.problem, self.remedy)


def _rebuilt_ingest_error(kind: type[IngestError], source: str, problem: str, remedy: str) -> IngestError:
    error = kind.__new__(kind)
    IngestError.__init__(error, source, problem, remedy)
    return error
