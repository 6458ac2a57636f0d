"""Checking the citations of a draft against what the store knows: does each cited document exist,
are its number, date, issuer and type right, and what is its canonical citation line."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from policylink.core.doc_types import type_for_code
from policylink.core.identity import jurisdiction_named_in, normalize_key, scope_for
from policylink.core.vietnamese import match_key
from policylink.graph.resolve import Catalogue, cited_facts, is_numbered
from policylink.ingest.wrapped_lines import unwrapped
from policylink.nlp.citation_patterns import cut_citing_clause
from policylink.nlp.model import Citation
from policylink.store.documents import identity_of
from policylink.store.records import DocumentRecord

if TYPE_CHECKING:
    from policylink.graph.validity import Validity

CHECK_STATUSES = ("known", "unknown", "ambiguous")
# Two names of one issuing body (a committee and its executive are different bodies, not these).
_SAME_BODY = (
    ("ban chấp hành đảng bộ tỉnh", "tỉnh ủy"),
    ("ban chấp hành đảng bộ thành phố", "thành ủy"),
    ("ban chấp hành đảng bộ huyện", "huyện ủy"),
    ("ban chấp hành trung ương đảng", "ban chấp hành trung ương"),
)
_SUBJECT_LEADS = ("về ", "thực hiện ", "triển khai ", "sửa đổi", "ban hành ", "quy định ", "hướng dẫn ")


@dataclass(frozen=True)
class Problem:
    field: str  # date | issuer | doc_type | key_form
    stated: str | None
    expected: str | None
    message: str  # Vietnamese, for people


@dataclass(frozen=True)
class CitationCheck:
    start: int
    end: int
    text: str
    key: str
    status: str  # one of CHECK_STATUSES
    document_id: str | None
    candidates: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    canonical: str | None = None  # the citation line to use, for a known document
    note: str | None = None  # why an unknown citation could not be looked up, in Vietnamese
    validity: dict | None = None  # the cited document's validity (`graph.validity`), for a known one


def display_date(iso: str) -> str:
    """`2016-07-22` -> `22/7/2016`, the way documents write it."""
    day = date.fromisoformat(iso)
    return f"{day.day}/{day.month}/{day.year}"


def key_shape(key: str) -> str:
    """Letters and digits of a key in order: `55/KL-TU`, `55-KL//TU` and `55-KL/TU` share one shape."""
    return re.sub(r"[^0-9A-ZĐ]", "", normalize_key(key).upper())


def type_of_key(key: str) -> str | None:
    """The document type a key's symbol names: `55-KL/TU` -> Kết luận, `30/2020/NĐ-CP` -> Nghị định."""
    key = normalize_key(key)
    party = re.match(r"^\d+[a-z]?-([^/]+)/", key)
    code = party.group(1) if party else key.rsplit("/", 1)[-1].split("-", 1)[0]
    return type_for_code(code)


def same_body(a: str, b: str) -> bool:
    """True when two issuer names denote one body (`Tỉnh ủy` / `Ban Chấp hành Đảng bộ tỉnh Bắc Giang`)."""

    def canonical(name: str) -> str:
        place = jurisdiction_named_in(name)
        name = match_key(name)
        if place and name.endswith(match_key(place)):
            name = name[: -len(place)]
        name = re.sub(r"\s+khóa\s+[ivxlc]+$", "", name)
        for long, short in _SAME_BODY:
            name = name.replace(long, short)
        return " ".join(name.split())

    return canonical(a) == canonical(b)


def canonical_line(record: DocumentRecord) -> str:
    """`Nghị quyết số 113-NQ/TU ngày 22/7/2016 của Ban Chấp hành Đảng bộ tỉnh về ...`.

    Type, số, key, ngày d/m/yyyy, của issuer, subject; parts not known are left out. A title that
    a citation stated with the citing sentence's own clause after it is cut where that clause starts.
    """
    doc_type = record.doc_type or (type_of_key(record.key) if record.key else None) or "Văn bản"
    title = cut_citing_clause(record.title or "").strip()
    if not record.key and match_key(title).startswith(match_key(doc_type)):
        return title  # an unnumbered document cited by its name: the name is the citation
    parts = [f"{doc_type} số {record.key}" if record.key else doc_type]
    if record.issue_date:
        parts.append(f"ngày {display_date(record.issue_date)}")
    if record.issuer:
        parts.append(f"của {record.issuer}")
    if title:
        parts.append(title if match_key(title).startswith(_SUBJECT_LEADS) else f"về {title}")
    return " ".join(parts)


def _candidates(citation: Citation, facts_scope: str, catalogue: Catalogue) -> list[DocumentRecord]:
    same_key = catalogue.with_key(citation.key, facts_scope)
    if same_key:
        return same_key
    shape = key_shape(citation.key)
    return [
        r
        for r in catalogue.by_id.values()
        if r.key and key_shape(r.key) == shape and r.id.startswith(facts_scope + "/")
    ]


def _problems(citation: Citation, record: DocumentRecord) -> list[Problem]:
    found = []
    if citation.date and record.issue_date and citation.date != record.issue_date:
        found.append(
            Problem(
                "date",
                citation.date,
                record.issue_date,
                f"ghi ngày {display_date(citation.date)}, đúng là ngày {display_date(record.issue_date)}",
            )
        )
    if not citation.date and record.issue_date:
        found.append(
            Problem(
                "date", None, record.issue_date, f"thiếu ngày ban hành ({display_date(record.issue_date)})"
            )
        )
    if citation.issuer and record.issuer and not same_body(citation.issuer, record.issuer):
        found.append(
            Problem(
                "issuer",
                citation.issuer,
                record.issuer,
                f"cơ quan ban hành ghi '{citation.issuer}', đúng là '{record.issuer}'",
            )
        )
    expected_type = record.doc_type or type_of_key(record.key or "")
    if citation.doc_type and expected_type and match_key(citation.doc_type) != match_key(expected_type):
        found.append(
            Problem(
                "doc_type",
                citation.doc_type,
                expected_type,
                f"loại văn bản ghi '{citation.doc_type}', đúng là '{expected_type}'",
            )
        )
    if record.key and normalize_key(citation.key) != record.key:
        found.append(
            Problem(
                "key_form",
                citation.key,
                record.key,
                f"số, ký hiệu ghi '{citation.key}', đúng là '{record.key}'",
            )
        )
    elif citation.number and re.search(rf"{re.escape(citation.number)}\s?[-/]\s?\S*TƯ(?!\w)", citation.text):
        found.append(Problem("key_form", "TƯ", "TW", f"ký hiệu viết 'TƯ', đúng là '{record.key}' (TW)"))
    return found


def check_citation(
    citation: Citation, jurisdiction: str | None, catalogue: Catalogue, changed: Mapping[str, "Validity"] = {}
) -> CitationCheck:
    """Known (with any mismatches, its validity and canonical line), ambiguous (with candidates) or
    unknown. `changed`: the documents replaced or amended (`graph.validity.validities`); citing a
    replaced one is a problem that names the replacement."""
    found = _lookup(citation, jurisdiction, catalogue)
    validity = changed.get(found.document_id) if found.document_id else None
    if validity is None:
        return found
    problems = list(found.problems)
    if validity.replaced_by:
        newest = validity.replaced_by[0]
        problems.append(Problem("validity", found.document_id, newest.document_id,
                                f"văn bản được trích dẫn {validity.label[0].lower()}{validity.label[1:]}; "
                                f"hãy trích dẫn {newest.name}"))
    return replace(found, problems=problems, validity=validity.as_dict())


def _lookup(citation: Citation, jurisdiction: str | None, catalogue: Catalogue) -> CitationCheck:
    base = {"start": citation.start, "end": citation.end, "text": citation.text, "key": citation.key}
    facts = cited_facts(citation, jurisdiction)
    exact = identity_of(facts) if facts.key is None or facts.issue_date else None
    if exact in catalogue.by_id:
        record = catalogue.by_id[exact]
        return CitationCheck(
            **base,
            status="known",
            document_id=exact,
            problems=_problems(citation, record),
            canonical=canonical_line(record),
        )
    if not is_numbered(citation):
        return CitationCheck(**base, status="unknown", document_id=None)
    scope = scope_for(facts.key, facts.jurisdiction, facts.issuer)
    if scope == "unknown":
        return CitationCheck(
            **base,
            status="unknown",
            document_id=None,
            note="không rõ địa phương ban hành văn bản; hãy chỉ rõ địa phương của dự thảo",
        )
    candidates = _candidates(citation, scope, catalogue)
    if len(candidates) == 1:
        record = candidates[0]
        return CitationCheck(
            **base,
            status="known",
            document_id=record.id,
            candidates=(record.id,),
            problems=_problems(citation, record),
            canonical=canonical_line(record),
        )
    ids = tuple(sorted(r.id for r in candidates))
    return CitationCheck(
        **base,
        status="ambiguous" if ids else "unknown",
        document_id=None,
        candidates=ids,
        problems=_type_against_key(citation),
    )


def _type_against_key(citation: Citation) -> list[Problem]:
    """Without a stored document, the key's own symbol still tells the type (`99-KH/TU` is a Kế hoạch)."""
    named = type_of_key(citation.key)
    if citation.doc_type and named and match_key(citation.doc_type) != match_key(named):
        message = f"loại văn bản ghi '{citation.doc_type}', nhưng ký hiệu {citation.key} là của {named}"
        return [Problem("doc_type", citation.doc_type, named, message)]
    return []


def check_citations(
    citations: list[Citation], jurisdiction: str | None, catalogue: Catalogue,
    changed: Mapping[str, "Validity"] = {},
) -> list[CitationCheck]:
    return [check_citation(c, jurisdiction, catalogue, changed) for c in citations]


def check_text(
    text: str, jurisdiction: str | None, catalogue: Catalogue, changed: Mapping[str, "Validity"] = {}
) -> list[CitationCheck]:
    """Find the citations of a draft with the extraction pipeline (its hard-wrapped lines joined, as
    ingestion joins a document's), then check each one."""
    # Imported here: loading the Vietnamese pipeline takes seconds, and only this check needs it.
    from policylink.nlp.citations import find_citations
    from policylink.nlp.pipeline import vietnamese_doc

    citations = find_citations(vietnamese_doc(unwrapped(text)), self_id="draft", jurisdiction=jurisdiction)
    return check_citations(citations, jurisdiction, catalogue, changed)
