"""The gold set: hand annotations in tests/gold/{dev,heldout}/*.yaml (format: tests/gold/GUIDELINES.md)."""

from dataclasses import dataclass
from pathlib import Path

import yaml

SPLITS = ("dev", "heldout")
DEFAULT_GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"


class GoldError(ValueError):
    """An annotation file that cannot be used: the message names the file and what to fix."""


@dataclass(frozen=True)
class GoldDocument:
    name: str  # annotation file stem
    split: str
    source: Path  # the annotated .txt/.docx beside the annotation
    genre: str | None
    document: dict
    citations: list[dict]
    bodies: list[dict]
    deadlines: list[dict]
    horizons: list[dict]
    tasks: list[dict]


def _records(data: dict, field: str, path: Path) -> list[dict]:
    value = data.get(field) or []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise GoldError(f"{path}: `{field}` must be a list of mappings (see tests/gold/GUIDELINES.md)")
    return value


def load_document(path: Path, split: str) -> GoldDocument:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GoldError(
            f"{path}: not valid YAML ({exc}); quote dates and strings YAML could misread"
        ) from None
    if not isinstance(data, dict) or "source" not in data:
        raise GoldError(f"{path}: expected a mapping with `source:` naming the annotated file beside it")
    source = path.parent / str(data["source"])
    if not source.is_file():
        raise GoldError(
            f"{path}: its source `{data['source']}` is not beside it; add the file or fix `source`"
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
    )


def load_split(split: str, gold_dir: Path = DEFAULT_GOLD_DIR) -> list[GoldDocument]:
    """Every annotated document of one split (`dev` or `heldout`), sorted by name."""
    if split not in SPLITS:
        raise GoldError(f"unknown split `{split}`; use one of {', '.join(SPLITS)}")
    folder = gold_dir / split
    if not folder.is_dir():
        return []
    return [load_document(path, split) for path in sorted(folder.glob("*.yaml"))]
