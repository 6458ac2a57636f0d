"""Gold on the real published documents: annotations point into ../shared/real/docs, and only the
fields a file says it annotates are scored."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from policylink.api.cli import main
from policylink.nlp.evaluate import Match, extract_gold, score_document
from policylink.nlp.gold import REAL_DIR_ENV, GoldError, load_split, real_documents_dir

SOURCE = "cong-dien-226-cd-ttg-thu-tuong-chinh-phu-2025.txt"
ANNOTATION = f"""source: {SOURCE}
genre: Công điện
annotated: [document, tasks]
document:
  doc_type: Công điện
  key: 226/CĐ-TTg
  issue_date: "2025-11-21"
tasks:
  - anchor: "Rà soát các mặt hàng dự trữ quốc gia bảo đảm"
    section: 1.a
    responsible: [Bộ Tài chính]
    coordinating: []
    report_to: []
    deadline: null
    recurrence: null
"""


def _gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "real" / "dev"
    folder.mkdir(parents=True)
    (folder / "cd-226.yaml").write_text(ANNOTATION, encoding="utf-8")
    return tmp_path


def test_real_gold_reads_the_real_text_and_scores_only_annotated_fields(tmp_path: Path) -> None:
    [gold] = load_split("real-dev", _gold_dir(tmp_path))
    assert gold.source == real_documents_dir() / SOURCE and gold.annotated == {"document", "tasks"}
    system = extract_gold(gold)
    assert system.bodies and system.citations  # found, but not annotated here: not false positives
    report = score_document(gold, system)
    for name in ("bodies", "deadlines", "horizons", "citations"):
        assert report.matches[name] == Match()
    assert report.accuracies["deadline_due"].total == 0
    assert report.accuracies["document_fields"].total == 3
    tasks = report.matches["tasks"]
    assert tasks.tp + tasks.fn == 1 and tasks.tp + tasks.fp == len(system.tasks)


def test_eval_command_scores_the_real_split(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["eval", "--split", "real-dev", "--gold-dir", str(_gold_dir(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "== real-dev (1 văn bản) ==" in result.output


def test_missing_real_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold_dir = _gold_dir(tmp_path)
    monkeypatch.setenv(REAL_DIR_ENV, str(tmp_path / "absent"))
    with pytest.raises(GoldError, match=REAL_DIR_ENV):
        load_split("real-dev", gold_dir)
    result = CliRunner().invoke(main, ["eval", "--split", "real-dev", "--gold-dir", str(gold_dir)])
    assert result.exit_code != 0 and "Không thấy thư mục văn bản thực" in result.output


def test_annotated_names_only_known_fields(tmp_path: Path) -> None:
    gold_dir = _gold_dir(tmp_path)
    path = gold_dir / "real" / "dev" / "cd-226.yaml"
    path.write_text(ANNOTATION.replace("[document, tasks]", "[document, duties]"), encoding="utf-8")
    with pytest.raises(GoldError, match="annotated"):
        load_split("real-dev", gold_dir)


def test_committed_real_dev_gold_points_into_the_texts() -> None:
    documents = load_split("real-dev")
    assert len(documents) >= 20
    for gold in documents:
        assert gold.annotated and "tasks" in gold.annotated, gold.name
        text = gold.source.read_text(encoding="utf-8")
        for task in gold.tasks:
            anchor = str(task["anchor"])
            assert len(anchor) < 80 and text.count(anchor) == 1, (gold.name, anchor)
