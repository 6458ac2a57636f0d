"""Contract v1 from `extract` and `policylink extract`: valid against the schema, offsets exact."""

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from policylink.api.cli import main
from policylink.ingest.model import Header, IngestedDocument
from policylink.ingest.pipeline import ingest_file
from policylink.nlp.extract import default_document_id, extract, issue_date_bounds
from policylink.nlp.model import Citation, Deadline
from policylink.nlp.schema import extraction_schema as schema

ROOT = Path(__file__).parents[1]
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
GOLD_SOURCES = sorted(
    p for split in ("dev", "heldout") for p in (ROOT / "tests" / "gold" / split).glob("*")
    if p.suffix in {".txt", ".docx"}
)
RECORD_GROUPS = ("citations", "bodies", "deadlines", "horizons", "tasks")


def run_cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", CORPUS + GOLD_SOURCES, ids=lambda p: p.name)
def test_cli_output_validates_and_offsets_slice_the_text(path: Path) -> None:
    data = json.loads(run_cli("extract", str(path), "--format", "json"))
    jsonschema.validate(data, schema())
    text = data["document"]["text"]
    for group in RECORD_GROUPS:
        for record in data[group]:
            assert text[record["start"] : record["end"]] == record["text"], (group, record)
    for task in data["tasks"]:
        if task["deadline"]:
            d = task["deadline"]
            assert text[d["start"] : d["end"]] == d["text"]
    for section in data["sections"]:
        assert 0 <= section["start"] <= section["end"] <= len(text)


def test_conclusion_extraction_has_its_known_content() -> None:
    document = ingest_file(CORPUS[0], max_bytes=10_000_000)
    result = extract(document, default_document_id(document))
    keys = [c.key for c in result.citations]
    assert {"55-KL/TU", "113-NQ/TU", "72-KL/TW", "13-NQ/TW"} <= set(keys)
    assert "Kết luận này" not in " ".join(keys)
    assert [d.text for d in result.deadlines if d.due] == ["quý IV/2024"]
    # The conclusion shows no date: bounded by its newest citation and its earliest deadline.
    assert result.document.issue_date is None
    assert result.document.issue_date_bounds == ["2024-04-11", "2024-12-31"]
    # The quoted title of the Đề án still to be made is no horizon.
    assert all("2025-2030" not in h.text for h in result.horizons)
    assert result.bodies and result.tasks


def test_text_format_is_a_readable_summary() -> None:
    output = run_cli("extract", str(CORPUS[0]), "--format", "text")
    assert "Trích dẫn (" in output and "55-KL/TU (trích dẫn) ngày 7/3/2021" in output
    assert "quý IV/2024: 31/12/2024" in output and "[cites]" not in output


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "khong-co.txt")])
    assert result.exit_code != 0
    assert "khong-co.txt" in result.output and "không tồn tại" in result.output


def test_non_nfc_text_is_refused() -> None:
    document = IngestedDocument(
        source_name="x.txt", source_format="txt", content_hash="0", text="Ho\u0300a", header=Header(),
        sections=(), footnotes=(),
    )
    with pytest.raises(ValueError, match="NFC"):
        extract(document, "unknown/x")


def _citation(date: str | None) -> Citation:
    return Citation(0, 1, "x", None, None, None, "k", date, None, None, "cites", "self")


def _deadline(due: str | None) -> Deadline:
    return Deadline(0, 1, "x", due, None, None)


@pytest.mark.parametrize(
    ("dates", "dues", "bounds"),
    [
        (["2021-03-07", "2024-04-11", None], ["2025-01-31", "2024-12-31"], ["2024-04-11", "2024-12-31"]),
        ([None], ["2025-06-30"], [None, "2025-06-30"]),
        (["2020-01-01"], [], ["2020-01-01", None]),
        ([], [None], None),
    ],
)
def test_issue_date_bounds(dates, dues, bounds) -> None:
    assert issue_date_bounds([_citation(d) for d in dates], [_deadline(d) for d in dues]) == bounds


def test_a_limit_before_the_newest_cited_document_is_past_in_a_document_that_shows_no_date() -> None:
    # the text cites a decision of 20/3/2011, so it was issued after that: 2010 is over, 2011 is not
    text = ("Thực hiện Quyết định số 25/2011/QĐ-UBND ngày 20/3/2011 của UBND tỉnh, trong năm 2010 các xã đã "
            "hoàn thành việc rà soát. Sở Nội vụ báo cáo UBND tỉnh trước ngày 30/6/2011.")
    document = IngestedDocument(source_name="x.txt", source_format="txt", content_hash="0", text=text,
                                header=Header(), sections=(), footnotes=())
    result = extract(document, "unknown/x")
    assert [d.text for d in result.deadlines] == ["ngày 30/6/2011"]
