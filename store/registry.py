"""Corpus registries: YAML files listing documents known only by citation, and their relations.

A registry's documents become store documents with `origin='registry'` and `ingested=False`
(or fill the empty fields of documents already stored); its relations become edges stated by
`registry:NAME`. Loading the same registry again changes nothing.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlalchemy as sa
import yaml

from policylink.core.identity import normalize_key
from policylink.core.vietnamese import nfc
from policylink.ingest.model import IngestError
from policylink.nlp.model import RELATIONS
from policylink.store.documents import merge_facts
from policylink.store.edges import replace_edges
from policylink.store.records import DocumentFacts, Edge

REGISTRY_FILE_NAME = "registry.yaml"
_DOCUMENT_FIELDS = {
    "key",
    "doc_type",
    "number",
    "symbol",
    "date",
    "issuer",
    "jurisdiction",
    "subject",
    "notes",
}
_RELATION_FIELDS = {"source", "relation", "target", "evidence"}
_REMEDY = "Sửa tệp danh mục theo mẫu corpus/registry.yaml rồi chạy lại lệnh"


@dataclass(frozen=True)
class Relation:
    source_key: str
    relation: str
    target_key: str
    evidence: str | None


@dataclass(frozen=True)
class Registry:
    name: str
    documents: tuple[DocumentFacts, ...]
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class RegistryLoad:
    name: str
    new: int
    updated: int
    unchanged: int
    edges: int


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return nfc(str(value)).strip() or None


def _checked_date(source: str, key: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise IngestError(
            source, f"ngày '{value}' của văn bản {key} không đúng dạng YYYY-MM-DD", _REMEDY
        ) from None


def _fields(source: str, item: object, allowed: set[str], what: str) -> dict:
    if not isinstance(item, dict):
        raise IngestError(source, f"một mục trong '{what}' không phải là một bảng 'tên: giá trị'", _REMEDY)
    unknown = set(item) - allowed
    if unknown:
        raise IngestError(
            source, f"mục trong '{what}' có trường lạ {sorted(unknown)} (chỉ dùng {sorted(allowed)})", _REMEDY
        )
    return {name: _text(item.get(name)) for name in allowed}


def _facts(source: str, item: object) -> DocumentFacts:
    values = _fields(source, item, _DOCUMENT_FIELDS, "documents")
    if not values["key"] or not values["doc_type"]:
        raise IngestError(source, "mỗi văn bản trong 'documents' cần có 'key' và 'doc_type'", _REMEDY)
    key = normalize_key(values["key"])
    return DocumentFacts(
        key=key,
        doc_type=values["doc_type"],
        number=values["number"],
        symbol=values["symbol"],
        issuer=values["issuer"],
        jurisdiction=values["jurisdiction"],
        issue_date=_checked_date(source, key, values["date"]),
        title=values["subject"],
        notes=values["notes"],
    )


def _relation(source: str, item: object, known_keys: set[str]) -> Relation:
    values = _fields(source, item, _RELATION_FIELDS, "relations")
    if values["relation"] not in RELATIONS:
        raise IngestError(
            source, f"quan hệ '{values['relation']}' không hợp lệ (dùng một trong {RELATIONS})", _REMEDY
        )
    keys = []
    for end in ("source", "target"):
        key = normalize_key(values[end] or "")
        if key not in known_keys:
            raise IngestError(source, f"quan hệ nhắc tới '{values[end]}' không có trong 'documents'", _REMEDY)
        keys.append(key)
    return Relation(keys[0], values["relation"], keys[1], values["evidence"])


def read_registry(path: Path) -> Registry:
    """Parse and check a registry file; raises IngestError saying what is wrong."""
    source = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.context_mark or exc.problem_mark  # where the broken construct starts
        where = f" ở dòng {mark.line + 1}, cột {mark.column + 1}" if mark else ""
        problem = f"tệp danh mục sai cú pháp YAML{where} (xem dấu ngoặc kép, dấu hai chấm, thụt lề quanh đó)"
        raise IngestError(source, problem, _REMEDY) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise IngestError(source, f"không đọc được tệp danh mục YAML ({exc})", _REMEDY) from None
    if (
        not isinstance(data, dict)
        or not _text(data.get("name"))
        or not isinstance(data.get("documents"), list)
    ):
        raise IngestError(source, "tệp danh mục cần có 'name' và danh sách 'documents'", _REMEDY)
    documents = tuple(_facts(source, item) for item in data["documents"])
    keys = [d.key for d in documents]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise IngestError(source, f"số hiệu {duplicates} xuất hiện nhiều lần trong 'documents'", _REMEDY)
    relations = tuple(_relation(source, item, set(keys)) for item in data.get("relations") or [])
    return Registry(_text(data["name"]), documents, relations)


def load_registry(conn: sa.Connection, registry: Registry) -> RegistryLoad:
    """Merge a registry into the store (inside the caller's transaction)."""
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    ids = {}
    for facts in registry.documents:
        ids[facts.key], status = merge_facts(conn, facts, origin="registry")
        counts[status] += 1
    edges = [
        Edge(
            source_id=ids[r.source_key],
            target_id=ids[r.target_key],
            target_key=r.target_key,
            relation=r.relation,
            evidence=r.evidence,
        )
        for r in registry.relations
    ]
    stored = replace_edges(conn, f"registry:{registry.name}", edges)
    return RegistryLoad(registry.name, edges=stored, **counts)
