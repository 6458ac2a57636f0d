"""The learned duty decision (nlp.duty_model): trained for real on a few gold documents, the same
weights each time, cross-validated by document family; a unit the rules accept is overturned only
below the `keep` bar; the shipped model decides a fixed document the same way every time, by the
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
    KEEP_GRID,
    MODEL_PATH,
    THRESHOLD_GRID,
    DutyModel,
    fit,
    learned_decide,
    rules_decide,
    shipped_model,
)
from policylink.nlp.duty_training import (
    DEFAULT_SPLITS,
    TRAINING_SPLITS,
    families,
    family,
    training_documents,
)
from policylink.nlp.extract import default_document_id, extract
from policylink.nlp.task_actions import ACCEPTING
from policylink.nlp.task_features import UnitContext, first_tags, unit_features

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
    # (16 documents of each split: fewer give the model no verdict the gold contradicts in
    # MIN_CONTRADICTING_FAMILIES families, `directs` here)
    command = ["train-duty", "--limit", "16", "--folds", "2", "--l2", "0.3", "--json", "--out"]
    result = runner.invoke(main, [*command, str(first)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    cv = report["cross_validation"]
    assert cv["rules"]["documents"] == cv["learned"]["documents"] == 16
    assert report["model"]["documents"] == 32 and report["model"]["trained_on"] == ["dev", "real-dev"]
    # every (threshold, keep) of the grid with keep <= threshold is cross-validated; the file holds the best
    tried = {(t["threshold"], t["keep"]): t["tasks"]["f1"] for t in cv["tried"]}
    assert set(tried) == {(t, k) for t in THRESHOLD_GRID for k in KEEP_GRID if k <= t}
    model = json.loads(first.read_text(encoding="utf-8"))
    best = tried[model["threshold"], model["keep"]]
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
    result = CliRunner().invoke(main, ["train-duty", "--limit", "6", "--folds", "2", "--threshold", "0.9999",
                                       "--keep", "0.9999", "--l2", "1", "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    cv = json.loads(result.output)["cross_validation"]
    assert not cv["learned_wins"] and cv["learned"]["tasks"]["f1"] <= cv["rules"]["tasks"]["f1"]
    model = DutyModel.from_json(out.read_text(encoding="utf-8"))
    assert model.learned == frozenset() and model.threshold == model.keep == 0.9999


def test_cross_validation_keeps_a_family_of_documents_in_one_fold() -> None:
    twins = ("quyet-dinh-3850-qd-ubnd-nghe-an-2025", "quyet-dinh-3851-qd-ubnd-nghe-an-2025")
    assert family(twins[0]) == family(twins[1]) == "quyet-dinh-qd-ubnd-nghe-an"
    assert family("quyet-dinh-2770-qd-ubnd-dong-nai-2025") != family(twins[0])
    assert family("nghi-quyet-72-2025-nq-hdnd-ha-noi") == family("nghi-quyet-75-2025-nq-hdnd-ha-noi")
    # a crawler's page id is a number; an issuer's plans told apart by a topic word are one family
    assert family("quyet-dinh-ws00112233-thai-binh") == family("quyet-dinh-ws00445566-thai-binh")
    plans = ("ke-hoach-td-7-2025-xa-an-phu", "ke-hoach-td-0-2025-xa-an-phu-tuyentruyen",
             "ke-hoach-td-0-2026-xa-an-phu-kiemtra", "ke-hoach-td-3-2025-xa-an-phuoc")
    assert families(plans) == {**dict.fromkeys(plans[:3], "ke-hoach-td-xa-an-phu"),
                               plans[3]: "ke-hoach-td-xa-an-phuoc"}
    # one family cannot be split into folds
    result = CliRunner().invoke(main, ["train-duty", "--split", "real-dev", "--limit", "3", "--folds", "2"])
    assert result.exit_code != 0 and "họ văn bản" in result.output


def test_a_unit_the_rules_accept_is_overturned_only_below_the_keep_bar(tmp_path: Path) -> None:
    # every unit the model decides gets probability 0.3: above `keep`, below `threshold`
    flat = DutyModel(math.log(0.3 / 0.7), {}, threshold=0.5, keep=0.2,
                     learned=frozenset({"directs", "no-action"}))
    kept = tasks_in(tmp_path, LETTER, "giu.txt", decide=flat.decide)
    assert [t.responsible for t in kept] == [["Sở Nội vụ"], ["Sở Tài chính"]]
    strict = DutyModel(flat.bias, {}, threshold=0.5, keep=0.5, learned=flat.learned)
    assert tasks_in(tmp_path, LETTER, "bo.txt", decide=strict.decide) == []
    assert DutyModel.from_json(flat.to_json()).keep == 0.2


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
    # a verdict the gold contradicts only twice stays with the rules (MIN_CONTRADICTING_FAMILIES)
    twice = labels[:30] + [True] * 23 + [False] * 2 + labels[55:]
    assert fit(verdicts, rows, twice).learned == {"directs"}
    # ... and so does one contradicted often, but in few document families: their own wording
    few = labels[:30] + [True] * 15 + [False] * 10 + labels[55:]
    assert fit(verdicts, rows, few).learned == {"directs", "assigns"}
    directs = [f"d{i % 10}" for i in range(30)]  # its 10 contradictions in 10 families
    clustered = directs + ["a"] * 15 + ["b", "b", "c", "c", "c"] * 2 + ["z"] * 5
    assert fit(verdicts, rows, few, families=clustered).learned == {"directs"}
    spread = directs + ["a"] * 15 + ["b", "c", "d", "e", "f"] * 2 + ["z"] * 5
    assert fit(verdicts, rows, few, families=spread).learned == {"directs", "assigns"}
    three = directs + ["a"] * 15 + ["b", "b", "c", "c", "d"] * 2 + ["z"] * 5  # the fewest that hand over
    assert fit(verdicts, rows, few, families=three).learned == {"directs", "assigns"}
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


def test_the_model_decides_as_with_every_feature_read_though_it_reads_tags_only_where_they_decide() -> None:
    model = shipped_model()
    decided: list[tuple[UnitContext, bool, int]] = []

    def watch(ctx: UnitContext) -> bool:
        decision = learned_decide(ctx)  # first, on tags not yet read
        if ctx.verdict in model.learned:
            decided.append((ctx, decision, len(first_tags(ctx))))
        return decision

    for path in sorted((Path(__file__).parent / "gold" / "dev").glob("*.txt"))[:8]:
        document = ingest_file(path, max_bytes=1_000_000)
        extract(document, default_document_id(document), watch)
    assert len(decided) > 50 and {d for _, d, _ in decided} == {True, False}
    # some units were decided while their first word's tag was still one of several
    assert any(options > 1 for _, _, options in decided)
    for ctx, decision, _ in decided:
        bar = model.keep if ctx.verdict in ACCEPTING else model.threshold
        assert decision == (model.probability(unit_features(ctx)) >= bar)


def test_train_duty_folds_several_splits_together_and_reports_each(tmp_path: Path) -> None:
    command = ["train-duty", "--split", "real-dev", "--split", "dev", "--cv-split", "real-dev",
               "--cv-split", "dev", "--limit", "6", "--folds", "2", "--l2", "1", "--threshold", "0.5",
               "--keep", "0.5", "--json", "--out", str(tmp_path / "m.json")]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    cv = json.loads(result.output)["cross_validation"]
    assert cv["split"] == "real-dev+dev" and set(cv["by_split"]) == {"real-dev", "dev"}
    # the pooled figure is the sum of the splits' own
    for which in ("rules", "learned"):
        assert cv[which]["documents"] == 12
        assert cv[which]["tasks"]["tp"] == sum(s[which]["tasks"]["tp"] for s in cv["by_split"].values())
    refused = CliRunner().invoke(main, ["train-duty", "--split", "dev", "--cv-split", "real-dev"])
    assert refused.exit_code != 0 and "--cv-split" in refused.output


def test_train_duty_scores_a_split_it_never_trained_on(tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    command = ["train-duty", "--split", "real-dev", "--held-out-split", "dev", "--limit", "6", "--folds", "0",
               "--json", "--out", str(out)]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["model"]["trained_on"] == ["real-dev"] and report["model"]["documents"] == 6
    held = report["held_out"]
    assert held["split"] == "dev" and held["rules"]["documents"] == held["learned"]["documents"] == 6
    both = CliRunner().invoke(main, ["train-duty", "--split", "dev", "--held-out-split", "dev",
                                     "--folds", "0"])
    assert both.exit_code != 0 and "--held-out-split" in both.output


def test_the_outside_dev_split_may_train_but_is_not_a_default() -> None:
    assert "ext-dev" in TRAINING_SPLITS and "ext-dev" not in DEFAULT_SPLITS
    assert set(DEFAULT_SPLITS) == {"real-dev", "dev"}  # what CI, without the outside texts, trains on
    for held_out in ("ext-heldout", "real-heldout", "heldout"):
        with pytest.raises(ValueError, match="held-out"):
            training_documents([held_out])
