"""Header reading scored on published documents against the publisher's own metadata.

`../shared/real/docs/<slug>.txt` is a document as a DOCX reader gives it, `<slug>.json` the
publishing website's table for it (number and symbol, type, issuing place, date), made without
the text and so an independent check. Each document is ingested and its header fields compared:
type, key, jurisdiction (the province for local documents, none for central ones), date, the
scope its id is filed under (`tw` for central, the province's slug for local ones), and the issuer
where the publisher names a body (`Cục Thuế`) rather than a place (`Tỉnh Nghệ An`). Documents
published without their header block (`header_in_text` false) are scored apart: a miss there
is no header-reading miss.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from policylink.core.identity import CENTRAL_SCOPE, normalize_key
from policylink.core.vietnamese import match_key, slugify
from policylink.ingest.model import Header
from policylink.ingest.pipeline import ingest_file
from policylink.nlp.extract import default_document_id
from policylink.nlp.gold import DEFAULT_REAL_DIR

REAL_FIELDS = ("doc_type", "key", "jurisdiction", "issue_date", "id_scope", "issuer")
_LOCAL_PLACE_WORDS = ("Tỉnh ", "Thành phố ")
_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Miss:
    document: str  # the slug
    field: str
    expected: str | None
    found: str | None


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class RealReport:
    """Scores of the documents with a header, and those without it, each with its misses."""

    scores: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in REAL_FIELDS})
    misses: list[Miss] = field(default_factory=list)
    headerless: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in REAL_FIELDS})
    headerless_misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict:
        def block(scores: dict[str, FieldScore], misses: list[Miss]) -> dict:
            return {
                "documents": max((s.total for s in scores.values()), default=0),
                "fields": {
                    name: {"correct": s.correct, "total": s.total, "accuracy": round(s.accuracy, 4)}
                    for name, s in scores.items()
                },
                "misses": [vars(m) for m in misses],
            }

        return {
            "with_header": block(self.scores, self.misses),
            "without_header": block(self.headerless, self.headerless_misses),
        }


def expected_jurisdiction(issuer_place: str) -> str | None:
    """`Tỉnh Quảng Trị` -> `Quảng Trị`, `Thành phố Hà Nội` -> `Hà Nội`; a central body -> None."""
    for word in _LOCAL_PLACE_WORDS:
        if issuer_place.startswith(word):
            return issuer_place[len(word):].strip()
    return None


def _found_fields(header: Header, doc_id: str) -> dict[str, str | None]:
    return {
        "doc_type": header.doc_type,
        "key": header.key,
        "jurisdiction": header.jurisdiction,
        "issue_date": header.issue_date,
        "id_scope": doc_id.split("/", 1)[0],
        "issuer": header.issuer,
    }


def _expected_fields(meta: dict) -> dict[str, str | None]:
    place = expected_jurisdiction(meta["issuer_place"])
    return {
        "doc_type": meta["doc_type"],
        "key": meta["number_symbol"],
        "jurisdiction": place,
        "issue_date": meta["issue_date"],
        "id_scope": slugify(place) if place else CENTRAL_SCOPE,
        "issuer": None if place else meta["issuer_place"],  # a place says nothing of the issuing body
    }


_COMPARE: dict[str, Callable[[str], str]] = {
    "doc_type": match_key,
    "key": normalize_key,  # exact after spacing: `QĐ-TTG` is not the key `QĐ-TTg`
    "jurisdiction": slugify,
    "issue_date": str,
    "id_scope": str,
    "issuer": match_key,
}


def _same(name: str, expected: str | None, found: str | None) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    compare = _COMPARE[name]
    return compare(expected) == compare(found)


def score_real_document(text_path: Path, report: RealReport) -> None:
    meta = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
    document = ingest_file(text_path, max_bytes=_MAX_BYTES)
    found = _found_fields(document.header, default_document_id(document))
    has_header = meta.get("header_in_text", True)
    scores, misses = report.scores, report.misses
    if not has_header:
        scores, misses = report.headerless, report.headerless_misses
    for name, expected in _expected_fields(meta).items():
        if name == "issuer" and expected is None:
            continue
        scores[name].total += 1
        if _same(name, expected, found[name]):
            scores[name].correct += 1
        else:
            misses.append(Miss(text_path.stem, name, expected, found[name]))


def evaluate_real(real_dir: Path = DEFAULT_REAL_DIR) -> RealReport:
    """Score every `docs/*.txt` under `real_dir` that has its `.json` beside it."""
    docs = real_dir / "docs"
    paths = sorted(p for p in docs.glob("*.txt") if p.with_suffix(".json").is_file())
    if not paths:
        raise FileNotFoundError(
            f"{docs}: không có văn bản thật nào (cặp .txt và .json). Hãy chỉ đúng thư mục bằng --real-dir"
        )
    report = RealReport()
    for path in paths:
        score_real_document(path, report)
    return report


_LABELS = {
    "doc_type": "Loại văn bản", "key": "Số, ký hiệu", "jurisdiction": "Địa phương",
    "issue_date": "Ngày ban hành", "id_scope": "Phạm vi mã định danh", "issuer": "Cơ quan ban hành",
}


def format_real(report: RealReport) -> str:
    """Accuracy per field, then every miss: for the documents with a header, then without."""
    lines: list[str] = []
    blocks = (
        ("có phần đầu văn bản", report.scores, report.misses),
        ("không có phần đầu văn bản (header_in_text: false)", report.headerless, report.headerless_misses),
    )
    for title, scores, misses in blocks:
        count = max((s.total for s in scores.values()), default=0)
        lines.append(f"== Văn bản thật, {title}: {count} văn bản ==")
        for name, s in scores.items():
            lines.append(f"{_LABELS[name]:24} {s.accuracy:6.3f}   {s.correct:4d}/{s.total}")
        if misses:
            lines.append("Sai:")
            lines.extend(
                f"  {m.document}  {m.field}: cần {m.expected!r}, đọc được {m.found!r}" for m in misses
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
