"""The gold set: hand annotations in tests/gold/{dev,heldout}/*.yaml (format: tests/gold/GUIDELINES.md).

Annotations of the real published documents live in tests/gold/real/{dev,heldout}/*.yaml: same
schema, but `source` names a text in the real-documents folder (never copied into the repository)
and `annotated:` lists the fields the file annotates, so that the rest is not scored.

tests/gold/external/{dev,heldout}/*.yaml annotate real documents from an outside public source
(tests/gold/external/README.md): their texts are rebuilt from that source into a folder the
repository ignores, so these splits can be scored only where the texts have been rebuilt.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

SPLITS = ("dev", "heldout")
REAL_SPLITS = ("real-dev", "real-heldout")
EXTERNAL_SPLITS = ("ext-dev", "ext-heldout")
ANNOTATABLE = ("document", "citations", "bodies", "deadlines", "horizons", "tasks")
_REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD_DIR = _REPO / "tests" / "gold"
DEFAULT_REAL_DIR = _REPO.parent / "shared" / "real"  # the real documents and their metadata
REAL_DIR_ENV = "POLICYLINK_REAL_DIR"
EXTERNAL_DIR_ENV = "POLICYLINK_EXTERNAL_DIR"


class GoldError(ValueError):
    """An annotation file that cannot be used: the message names the file and what to fix."""


@dataclass(frozen=True)
class GoldDocument:
    name: str  # annotation file stem
    split: str
    source: Path  # the annotated .txt/.docx (beside the annotation, or in the real-documents folder)
    genre: str | None
    document: dict
    citations: list[dict]
    bodies: list[dict]
    deadlines: list[dict]
    horizons: list[dict]
    tasks: list[dict]
    annotated: frozenset[str] | None = None  # the fields annotated; None = all of them


def real_documents_dir() -> Path:
    """The real documents' texts: $POLICYLINK_REAL_DIR, else <repo>/../shared/real/docs."""
    configured = os.environ.get(REAL_DIR_ENV)
    return Path(configured) if configured else DEFAULT_REAL_DIR / "docs"


def external_texts_dir(gold_dir: Path = DEFAULT_GOLD_DIR) -> Path:
    """The rebuilt outside texts: $POLICYLINK_EXTERNAL_DIR, else GOLD_DIR/external/texts (ignored by git)."""
    configured = os.environ.get(EXTERNAL_DIR_ENV)
    return Path(configured) if configured else gold_dir / "external" / "texts"


def _records(data: dict, field: str, path: Path) -> list[dict]:
    value = data.get(field) or []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise GoldError(f"{path}: `{field}` must be a list of mappings (see tests/gold/GUIDELINES.md)")
    return value


def _annotated(data: dict, path: Path) -> frozenset[str] | None:
    if "annotated" not in data:
        return None
    value = data["annotated"]
    if not isinstance(value, list) or not set(value) <= set(ANNOTATABLE):
        raise GoldError(
            f"{path}: `annotated` phải là danh sách các trường trong {', '.join(ANNOTATABLE)}"
        )
    return frozenset(value)


def load_document(path: Path, split: str, source_dir: Path | None = None) -> GoldDocument:
    """One annotation; its `source` is looked up in `source_dir` (default: the annotation's folder)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GoldError(
            f"{path}: not valid YAML ({exc}); quote dates and strings YAML could misread"
        ) from None
    if not isinstance(data, dict) or "source" not in data:
        raise GoldError(f"{path}: expected a mapping with `source:` naming the annotated file beside it")
    folder = path.parent if source_dir is None else source_dir
    source = folder / str(data["source"])
    if not source.is_file():
        raise GoldError(
            f"{path}: its source `{data['source']}` is not in {folder}; add the file or fix `source`"
        )
    return GoldDocument(
        name=path.stem,
        split=split,
        source=source,
        genre=data.get("genre"),
        document=data.get("document") or {},
        citations=_records(data, "citations", path),
        bodies=_records(data, "bodies", path),
        deadlines=_records(data, "deadlines", path),
        horizons=_records(data, "horizons", path),
        tasks=_records(data, "tasks", path),
        annotated=_annotated(data, path),
    )


def load_split(split: str, gold_dir: Path = DEFAULT_GOLD_DIR) -> list[GoldDocument]:
    """Every annotated document of one split (`dev`, `heldout`, `real-dev`, `real-heldout`), by name."""
    if split in SPLITS:
        folder, source_dir = gold_dir / split, None
    elif split in REAL_SPLITS:
        folder, source_dir = gold_dir / "real" / split.removeprefix("real-"), real_documents_dir()
    elif split in EXTERNAL_SPLITS:
        folder, source_dir = gold_dir / "external" / split.removeprefix("ext-"), external_texts_dir(gold_dir)
    else:
        known = SPLITS + REAL_SPLITS + EXTERNAL_SPLITS
        raise GoldError(f"unknown split `{split}`; use one of {', '.join(known)}")
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob("*.yaml"))
    if source_dir is not None and paths and not source_dir.is_dir():
        raise GoldError(_missing_texts_message(split, source_dir))
    return [load_document(path, split, source_dir) for path in paths]


def _missing_texts_message(split: str, source_dir: Path) -> str:
    if split in EXTERNAL_SPLITS:
        return (
            f"Không thấy thư mục văn bản ngoài {source_dir}: dựng lại văn bản theo "
            f"tests/gold/external/README.md (rebuild.py) hoặc chỉ đường dẫn bằng biến môi trường "
            f"{EXTERNAL_DIR_ENV}."
        )
    return (
        f"Không thấy thư mục văn bản thực {source_dir}: đặt bản sao shared/real/docs cạnh kho mã "
        f"hoặc chỉ đường dẫn bằng biến môi trường {REAL_DIR_ENV}."
    )
