"""Citation resolution: which known document a citation names, or why it names none for certain.

A key is not an identity (contract v1, *Identity*). A local key (`55-KL/TU`) is scoped by the
jurisdiction the citation names, else by the citing document's; the year comes from the cited
date. A dated citation always has an id (a new citation-only node when nothing is known yet);
an undated one resolves only to the unique known document with that key in scope. Nothing is
guessed: a second candidate makes it ambiguous, none makes it unknown.

A law named by name (`Luật Đất đai năm 2024`) is national and identified by its name and year
(`tw/luat/dat-dai/2024`), or by its number once a known document gives it (`tw/31/2024/QH15`, whose
citations name it `Luật Đất đai số 31/2024/QH15`); undated, it resolves to the unique known law of
that name.
"""

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from policylink.core.identity import (
    NAMED_NATIONAL_TYPES,
    jurisdiction_named_in,
    key_carries_year,
    named_law_id,
    named_law_stem,
    normalize_key,
    scope_for,
    scope_of,
    year_of,
)
from policylink.core.issuer_codes import is_central
from policylink.core.vietnamese import nfc
from policylink.nlp.model import Citation
from policylink.store.documents import identity_of
from policylink.store.records import DocumentFacts, DocumentRecord
from policylink.store.twins import find_twin

RESOLUTION_STATUSES = ("known", "new", "ambiguous", "unknown")


@dataclass(frozen=True)
class Resolution:
    status: str  # known: an existing document | new: a document first known by this citation | ...
    target_id: str | None
    candidates: tuple[str, ...] = ()  # ids sharing the key in scope (for ambiguous / unknown)
    facts: DocumentFacts | None = None  # what the citation states, for a new citation-only node
    reason: str | None = None  # why it is not resolved, in Vietnamese


class Catalogue:
    """Known documents indexed by id and by normalised key; grows as citations create nodes."""

    def __init__(self, records: Iterable[DocumentRecord] = ()) -> None:
        self.by_id: dict[str, DocumentRecord] = {}
        self._by_key: dict[str, list[DocumentRecord]] = defaultdict(list)
        self._by_law_name: dict[str, list[DocumentRecord]] = defaultdict(list)
        for record in records:
            self.add(record)

    def add(self, record: DocumentRecord) -> None:
        if record.id in self.by_id:
            return
        self.by_id[record.id] = record
        if record.key:
            self._by_key[normalize_key(record.key)].append(record)
        if (stem := named_law_stem(record.doc_type, record.title)) is not None:
            self._by_law_name[stem].append(record)

    def named_laws(self, stem: str, year: int | None, *, numbered_first: bool = True) -> list[DocumentRecord]:
        """The known laws of that name (and year, when given); only the numbered ones when there are
        any, unless `numbered_first` is False."""
        found = [r for r in self._by_law_name.get(stem, []) if year is None or _record_year(r) == year]
        return ([r for r in found if r.key] or found) if numbered_first else found

    def with_key(self, key: str, scope: str) -> list[DocumentRecord]:
        return [r for r in self._by_key.get(normalize_key(key), []) if scope_of(r.id) == scope]

    def twin(self, doc_id: str, facts: DocumentFacts) -> DocumentRecord | None:
        """The known document `facts` describe under another id: without or with the year."""
        return find_twin(doc_id, facts, self._by_key.get(normalize_key(facts.key), [])) if facts.key else None


def year_in_key(key: str | None) -> int | None:
    """The year a state key carries: 2024 of `31/2024/QH15`."""
    return int(normalize_key(key).split("/")[1]) if key and key_carries_year(key) else None


def _record_year(record: DocumentRecord) -> int | None:
    if (year := year_in_key(record.key)) is not None:
        return year
    if record.issue_date:
        return year_of(record.issue_date)
    last = record.id.rsplit("/", 1)[-1]
    return int(last) if last.isdigit() and len(last) == 4 else None


def law_name(citation: Citation) -> str | None:
    """The name a law is cited by: `Luật Đất đai` of `Luật Đất đai số 31/2024/QH15`, or the whole key
    of one cited by name; None for other types."""
    if citation.doc_type not in NAMED_NATIONAL_TYPES:
        return None
    if not is_numbered(citation):
        return citation.key
    named = re.match(r"(.+?)\s+số\s", citation.text)
    return named.group(1) if named else None


def is_numbered(citation: Citation) -> bool:
    """Numbered citations carry a key like `55-KL/TU`; the others a descriptive name."""
    return bool(citation.number)


def issuer_part(citation: Citation) -> str:
    """The citation text before its subject: where an issuer and its place are named."""
    text = citation.text
    if citation.subject and citation.subject in text:
        text = text[: text.index(citation.subject)]
    return re.split(r"\s(?:về|thực hiện)\s", text, maxsplit=1)[0]


def cited_jurisdiction(citation: Citation, citing_jurisdiction: str | None) -> str | None:
    """A local document belongs to the place the citation names, else to the citing document's place."""
    if citation.doc_type in NAMED_NATIONAL_TYPES:
        return None
    if is_central(citation.key if is_numbered(citation) else None, citation.issuer):
        return None
    named = jurisdiction_named_in(citation.issuer) or jurisdiction_named_in(issuer_part(citation))
    return named or citing_jurisdiction


def cited_facts(citation: Citation, citing_jurisdiction: str | None) -> DocumentFacts:
    """What the citation states about the cited document, as a store record would hold it."""
    numbered = is_numbered(citation)
    return DocumentFacts(
        key=normalize_key(citation.key) if numbered else None,
        doc_type=citation.doc_type,
        number=citation.number,
        symbol=citation.symbol,
        issuer=citation.issuer,
        jurisdiction=cited_jurisdiction(citation, citing_jurisdiction),
        issue_date=citation.date,
        title=(citation.subject or law_name(citation)) if numbered else " ".join(nfc(citation.key).split()),
    )


def resolve(citation: Citation, citing_jurisdiction: str | None, catalogue: Catalogue) -> Resolution:
    """Resolve one citation against the catalogue (see the module docstring for the rules)."""
    facts = cited_facts(citation, citing_jurisdiction)
    if facts.key is None and (stem := named_law_stem(facts.doc_type, facts.title)) is not None:
        return _resolve_named_law(facts, stem, catalogue)
    if facts.key is None or facts.issue_date or key_carries_year(facts.key):
        # The citation carries its whole identity: unnumbered, dated, or a state key with its year.
        if facts.key and scope_for(facts.key, facts.jurisdiction, facts.issuer) == "unknown":
            return Resolution("unknown", None, reason="không rõ văn bản thuộc địa phương nào")
        target = identity_of(facts)
        if target not in catalogue.by_id and (twin := catalogue.twin(target, facts)) is not None:
            target = twin.id  # `ha-nam/05-NQ/TU` known undated: the dated citation names it
        status = "known" if target in catalogue.by_id else "new"
        return Resolution(status, target, facts=facts)
    scope = scope_for(facts.key, facts.jurisdiction, facts.issuer)
    candidates = tuple(sorted(r.id for r in catalogue.with_key(facts.key, scope)))
    if len(candidates) == 1:
        return Resolution("known", candidates[0], candidates)
    if candidates:
        return Resolution(
            "ambiguous", None, candidates, reason=f"không ghi ngày; có {len(candidates)} văn bản cùng số hiệu"
        )
    return Resolution("unknown", None, reason="không ghi ngày và chưa có văn bản nào mang số hiệu này")


def _resolve_named_law(facts: DocumentFacts, stem: str, catalogue: Catalogue) -> Resolution:
    """A law by name: the unique known law of that name and year, else a new node when the year is
    known; undated, only a unique known law of that name."""
    own = named_law_id(facts.doc_type, facts.title, year_of(facts.issue_date))
    year = None if own == stem else int(own.rsplit("/", 1)[1])
    candidates = tuple(sorted({r.id for r in catalogue.named_laws(stem, year)}))
    if len(candidates) == 1:
        return Resolution("known", candidates[0], candidates, facts=facts)
    if candidates:
        return Resolution("ambiguous", None, candidates, reason=f"có {len(candidates)} văn bản cùng tên")
    if year is not None:
        return Resolution("new", own, facts=facts)
    return Resolution("unknown", None, reason="không ghi năm và chưa có văn bản nào mang tên này")


def citation_node(resolution: Resolution) -> DocumentRecord:
    """The citation-only document a 'new' resolution stands for, as the store would list it."""
    facts = resolution.facts
    assert facts is not None and resolution.target_id is not None
    return DocumentRecord(
        id=resolution.target_id,
        key=facts.key,
        doc_type=facts.doc_type,
        number=facts.number,
        symbol=facts.symbol,
        issuer=facts.issuer,
        jurisdiction=facts.jurisdiction,
        issue_date=facts.issue_date,
        title=facts.title,
        notes=None,
        origin="citation",
        ingested=False,
        current_version=None,
    )


def as_citation(value: Citation | dict) -> Citation:
    """Contract v1 citations come as dataclasses or as JSON objects."""
    if isinstance(value, Citation):
        return value
    return Citation(**{name: value.get(name) for name in Citation.__dataclass_fields__})
