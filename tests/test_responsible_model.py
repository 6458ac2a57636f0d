"""The learned responsible chooser (nlp.responsible_model): its candidates and their features on a
document of our own, a choice made by the weights its file shows (the rules' when none passes or the
file says the rules choose alone), training that gives the same weights twice and ships the model
only where it beat the rules out of fold, and held-out gold that never trains it."""

import json
from pathlib import Path

from click.testing import CliRunner
from nlp_fixtures import task_starting, tasks_in

from policylink.api.cli import main
from policylink.nlp.responsible_features import Candidate, ResponsibleContext, candidates
from policylink.nlp.responsible_model import (
    L2_GRID,
    THRESHOLD_GRID,
    ResponsibleModel,
    fit,
    rules_choose,
    shipped_model,
)

PLAN = (
    "KẾ HOẠCH\nPhòng, chống dịch bệnh mùa mưa\n\n"
    "Kính gửi: Sở Y tế; Công an tỉnh.\n"
    "I. NHIỆM VỤ\n"
    "1. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức tiêm chủng cho học sinh.\n"
    "2. Trách nhiệm của Công an tỉnh\n"
    "a) Bảo đảm an ninh trật tự tại các điểm tiêm chủng.\n"
)


def _contexts(tmp_path: Path) -> dict[str, ResponsibleContext]:
    """The context each task of PLAN is chosen in, by the first words of its unit."""
    seen: dict[str, ResponsibleContext] = {}

    def record(ctx: ResponsibleContext) -> list[str]:
        seen[ctx.text[ctx.unit.start : ctx.unit.start + 12]] = ctx
        return rules_choose(ctx)

    tasks_in(tmp_path, PLAN, choose=record)
    return seen


def _features(found: list[Candidate]) -> dict[str, frozenset[str]]:
    return {c.canonical: c.features for c in found}


def test_candidates_tell_the_subject_from_its_partner_and_from_the_heading(tmp_path: Path) -> None:
    contexts = _contexts(tmp_path)
    first = _features(candidates(contexts["Sở Y tế chủ "]))
    assert list(first) == ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Công an tỉnh"]
    subject, partner = first["Sở Y tế"], first["Sở Giáo dục và Đào tạo"]
    assert {"rules", "stated", "unit:lead=start", "unit:first-list", "after=leads"} <= subject
    assert {"not-rules", "unit:lead=coordinate"} <= partner and "stated" not in partner
    # (the item's own first line is no heading over it; `Kính gửi` names candidates of every task)
    assert "zone=heading" not in subject and "zone=addressees" in first["Công an tỉnh"]
    item = _features(candidates(contexts["Bảo đảm an n"]))
    # (`Trách nhiệm của X`: the heading names X after `của`)
    assert {"rules", "zone=heading", "heading:lead=of"} <= item["Công an tỉnh"]
    assert "zone=unit" not in item["Công an tỉnh"]


def test_the_weights_choose_and_the_rules_stand_in_when_none_passes(tmp_path: Path) -> None:
    ctx = _contexts(tmp_path)["Sở Y tế chủ "]
    assert rules_choose(ctx) == ["Sở Y tế"]
    # a model that trusts a body after `phối hợp với` names the partner: the weights decide
    partner = ResponsibleModel(-3.0, {"unit:lead=coordinate": 6.0})
    assert partner.choose(ctx) == ["Sở Giáo dục và Đào tạo"]
    # ... unless its file says the rules choose alone; a model no candidate passes leaves them the choice
    assert ResponsibleModel(-3.0, {"unit:lead=coordinate": 6.0}, learned=False).choose(ctx) == ["Sở Y tế"]
    assert ResponsibleModel(-9.0, {}).choose(ctx) == ["Sở Y tế"]
    again = ResponsibleModel.from_json(partner.to_json())
    assert again.choose(ctx) == ["Sở Giáo dục và Đào tạo"] and again.learned


def test_a_model_fitted_on_subjects_and_partners_picks_the_subject(tmp_path: Path) -> None:
    contexts = _contexts(tmp_path)
    found = candidates(contexts["Sở Y tế chủ "])
    rows = [sorted(c.features) for c in found] * 5
    labels = [c.canonical == "Sở Y tế" for c in found] * 5
    model = fit(rows, labels, l2=1.0)
    assert model.to_json() == fit(rows, labels, l2=1.0).to_json()
    assert model.pick(found) == ["Sở Y tế"]
    assert task_starting(tasks_in(tmp_path, PLAN, "m.txt", choose=model.choose), "Sở Y tế").responsible == [
        "Sở Y tế"]


def test_train_responsible_is_deterministic_and_ships_the_model_only_if_it_wins(tmp_path: Path) -> None:
    runner = CliRunner()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    command = ["train-responsible", "--limit", "6", "--folds", "2", "--json", "--out"]
    result = runner.invoke(main, [*command, str(first)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    cv = report["cross_validation"]
    assert cv["rules"]["total"] == cv["learned"]["total"] > 0
    grid = {(a, t) for a in L2_GRID for t in THRESHOLD_GRID}
    assert {(t["l2"], t["threshold"]) for t in cv["tried"]} == grid
    assert cv["learned"]["correct"] == max(t["correct"] for t in cv["tried"])
    assert cv["learned_wins"] == (cv["learned"]["correct"] > cv["rules"]["correct"])
    model = ResponsibleModel.from_json(first.read_text(encoding="utf-8"))
    assert model.learned == cv["learned_wins"] and model.about["trained_on"] == ["dev", "real-dev"]
    assert any(w != 0 for w in model.weights.values())
    assert runner.invoke(main, [*command, str(second)]).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_held_out_gold_never_trains_the_chooser() -> None:
    result = CliRunner().invoke(main, ["train-responsible", "--split", "heldout", "--folds", "0"])
    assert result.exit_code != 0


def test_the_shipped_model_says_what_it_was_trained_on() -> None:
    model = shipped_model()
    assert model.about["rebuild"] == "policylink train-responsible"
    assert set(model.about["trained_on"]) == {"dev", "real-dev"} and model.about["tasks"] > 500
