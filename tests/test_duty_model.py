"""The learned duty decision (nlp.duty_model): trained for real on a few gold documents, the same
weights each time; the shipped model decides a fixed document the same way every time, by the
weights its file shows; held-out documents never train it."""

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from nlp_fixtures import tasks_in

from policylink.api.cli import main
from policylink.ingest.pipeline import ingest_file
from policylink.nlp.duty_model import (
    L2_GRID,
    MODEL_PATH,
    THRESHOLD_GRID,
    DutyModel,
    fit,
    learned_decide,
    rules_decide,
    shipped_model,
)
from policylink.nlp.duty_training import training_documents
from policylink.nlp.extract import default_document_id, extract
from policylink.nlp.task_features import UnitContext, unit_features

LETTER = """CÔNG VĂN
về việc chuẩn bị tổng kết năm

Kính gửi: Sở Nội vụ; Sở Tài chính

Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Sở Nội vụ chủ trì tổng hợp báo cáo tổng kết, gửi Ủy ban nhân dân tỉnh trước ngày 20/12/2026.
2. Qua kiểm tra, nhiều cơ quan chưa cập nhật dữ liệu.
3. Sở Tài chính bố trí kinh phí cho việc tổng kết.
"""


def test_train_duty_trains_on_a_small_subset_and_gives_the_same_weights_twice(tmp_path: Path) -> None:
    runner = CliRunner()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    # (4 documents of each split: fewer give the model no verdict the gold contradicts 3 times)
    command = ["train-duty", "--limit", "4", "--folds", "2", "--json", "--out"]
    result = runner.invoke(main, [*command, str(first)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    cv = report["cross_validation"]
    assert cv["rules"]["documents"] == cv["learned"]["documents"] == 4
    assert report["model"]["documents"] == 8 and report["model"]["trained_on"] == ["dev", "real-dev"]
    # every (l2, threshold) of the grid is cross-validated; the file holds the best of them
    tried = {(t["l2"], t["threshold"]): t["tasks"]["f1"] for t in cv["tried"]}
    assert set(tried) == {(a, t) for a in L2_GRID for t in THRESHOLD_GRID}
    model = json.loads(first.read_text(encoding="utf-8"))
    best = tried[report["model"]["l2"], model["threshold"]]
    assert best == max(tried.values()) == cv["learned"]["tasks"]["f1"]
    # the model decides only where it beat the rules in cross-validation
    assert cv["learned_wins"] == (cv["learned"]["tasks"]["f1"] > cv["rules"]["tasks"]["f1"])
    assert bool(model["learned"]) == cv["learned_wins"]
    assert any(weight != 0 for weight in model["weights"].values())
    again = runner.invoke(main, [*command, str(second)])
    assert again.exit_code == 0, again.output
    assert first.read_bytes() == second.read_bytes()


def test_train_duty_keeps_the_rules_where_the_model_loses_to_them(tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    # at a threshold no unit reaches the model rejects every unit it decides: the rules win
    result = CliRunner().invoke(main, ["train-duty", "--limit", "2", "--folds", "2", "--threshold", "0.9999",
                                       "--l2", "1", "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    cv = json.loads(result.output)["cross_validation"]
    assert not cv["learned_wins"] and cv["learned"]["tasks"]["f1"] <= cv["rules"]["tasks"]["f1"]
    model = DutyModel.from_json(out.read_text(encoding="utf-8"))
    assert model.learned == frozenset() and model.threshold == 0.9999


def test_held_out_gold_never_trains() -> None:
    with pytest.raises(ValueError, match="held-out"):
        training_documents(["real-heldout"])
    result = CliRunner().invoke(main, ["train-duty", "--split", "heldout", "--folds", "0"])
    assert result.exit_code != 0


def test_fit_is_deterministic_and_leaves_uncontradicted_verdicts_to_the_rules() -> None:
    verdicts = ["directs"] * 30 + ["assigns"] * 25 + ["no-action"] * 5
    rows = [["verdict=directs", "deadline"]] * 20 + [["verdict=directs", "modal"]] * 10 \
        + [["verdict=assigns"]] * 25 + [["verdict=no-action"]] * 5
    labels = [True] * 20 + [False] * 10 + [True] * 25 + [True, False, False, False, False]
    model = fit(verdicts, rows, labels)
    assert model.learned == {"directs"}  # assigns: never wrong; no-action: too few units
    assert model.to_json() == fit(verdicts, rows, labels).to_json()
    # a verdict the gold contradicts only twice stays with the rules (MIN_CONTRADICTIONS)
    twice = labels[:30] + [True] * 23 + [False] * 2 + labels[55:]
    assert fit(verdicts, rows, twice).learned == {"directs"}
    assert model.probability(["verdict=directs", "deadline"]) > 0.5 > model.probability(
        ["verdict=directs", "modal"])


def test_shipped_model_decides_a_fixed_letter_the_same_way_by_its_file(tmp_path: Path) -> None:
    weights = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    contexts: list[UnitContext] = []

    def watch(ctx: UnitContext) -> bool:
        contexts.append(ctx)
        return learned_decide(ctx)

    path = tmp_path / "cong-van.txt"
    path.write_text(LETTER, encoding="utf-8")
    document = ingest_file(path, max_bytes=1_000_000)
    tasks = extract(document, default_document_id(document), watch).tasks
    assert [t.text[:20] for t in tasks] == ["Sở Nội vụ chủ trì tổ", "Sở Tài chính bố trí "]
    assert [t.responsible for t in tasks] == [["Sở Nội vụ"], ["Sở Tài chính"]]
    decided = [c for c in contexts if c.verdict in weights["learned"]]
    assert decided, "the model decides some unit of the letter"
    for ctx in decided:
        z = weights["bias"] + sum(weights["weights"].get(name, 0.0) for name in unit_features(ctx))
        assert shipped_model().probability(unit_features(ctx)) == pytest.approx(1 / (1 + math.exp(-z)))
    again = tasks_in(tmp_path, LETTER, "lan-hai.txt")
    def spans(found: list) -> list[tuple]:
        return [(t.start, t.end, t.responsible) for t in found]

    assert spans(again) == spans(tasks)
    assert all(rules_decide(c) for c in contexts if c.verdict not in weights["learned"] and learned_decide(c))


def test_eval_measures_the_rules_alone_and_with_the_model(tmp_path: Path) -> None:
    folder = tmp_path / "dev"
    folder.mkdir()
    (folder / "cong-van.txt").write_text(LETTER, encoding="utf-8")
    (folder / "cong-van.yaml").write_text(
        "source: cong-van.txt\nannotated: [tasks]\ntasks:\n"
        "  - anchor: \"Sở Nội vụ chủ trì tổng hợp\"\n    responsible: [Sở Nội vụ]\n"
        "    deadline: \"2026-12-20\"\n"
        "  - anchor: \"Sở Tài chính bố trí kinh phí\"\n    responsible: [Sở Tài chính]\n",
        encoding="utf-8")
    command = ["eval", "--split", "dev", "--gold-dir", str(tmp_path), "--tasks"]
    for decision in ("rules", "learned"):
        result = CliRunner().invoke(main, [*command, decision, "--json"])
        assert result.exit_code == 0, result.output
        dev = json.loads(result.output)["dev"]
        assert (dev["tasks"]["tp"], dev["tasks"]["fp"], dev["tasks"]["fn"]) == (2, 0, 0), decision
        assert dev["task_responsible"]["correct"] == 2 and dev["task_deadline"]["correct"] == 2
    refused = CliRunner().invoke(main, [*command, "x"])
    assert refused.exit_code != 0
