"""The machine-checkable form of contract v1, shipped with the package."""

import json
from functools import cache
from pathlib import Path

SCHEMA_PATH = Path(__file__).with_name("extraction.schema.json")


@cache
def extraction_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def document_schema() -> dict:
    """The `document` object alone, with the definitions it refers to."""
    schema = extraction_schema()
    return {"$defs": schema["$defs"], **schema["properties"]["document"]}
