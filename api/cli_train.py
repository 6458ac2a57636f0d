"""`policylink train-duty`: rebuild the learned duty model (nlp.duty_model) from the dev gold."""

from dataclasses import replace
from pathlib import Path

import click

from policylink.api.cli_output import echo_json
from policylink.ingest.model import IngestError
from policylink.nlp.duty_model import (
    DEFAULT_KEEP,
    DEFAULT_L2,
    DEFAULT_THRESHOLD,
    KEEP_GRID,
    L2_GRID,
    MODEL_PATH,
    THRESHOLD_GRID,
)
from policylink.nlp.duty_training import (
    DEFAULT_SPLITS,
    TRAINING_SPLITS,
    choose,
    label_units,
    score_with,
    train,
    training_documents,
)
from policylink.nlp.evaluate import Report
from policylink.nlp.gold import DEFAULT_GOLD_DIR, GoldError


@click.command("train-duty")
@click.option("--split", "splits", type=click.Choice(TRAINING_SPLITS), multiple=True,
              default=DEFAULT_SPLITS, show_default=True,
              help="Tập gold để huấn luyện (không bao giờ dùng tập held-out; ext-dev cần văn bản ngoài đã "
                   "dựng lại). Kiểm định chéo chấm các văn bản của tập đầu tiên (hoặc của --cv-split); các "
                   "tập khác luôn nằm trong phần huấn luyện.")
@click.option("--cv-split", "cv_splits", type=click.Choice(TRAINING_SPLITS), multiple=True,
              help="Các tập (trong --split) được chia phần theo họ văn bản và chấm ở kiểm định chéo, gộp "
                   "chung và từng tập (mặc định: tập --split đầu tiên).")
@click.option("--held-out-split", type=click.Choice(TRAINING_SPLITS), default=None,
              help="Một tập không huấn luyện (không nằm trong --split), chỉ chấm bằng mô hình ghi ra: "
                   "huấn luyện trên các tập này, đo trên tập kia.")
@click.option("--gold-dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_GOLD_DIR,
              show_default=True, help="Thư mục chứa dev/ và real/dev/.")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=MODEL_PATH,
              show_default=True, help="Tệp mô hình (JSON) được ghi ra.")
@click.option("--folds", type=click.IntRange(min=0), default=5, show_default=True,
              help="Số phần kiểm định chéo theo văn bản (0: bỏ qua).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Chỉ dùng N văn bản đầu tiên (theo tên) của mỗi tập.")
@click.option("--l2", type=click.FloatRange(min=0, min_open=True), default=None,
              help=f"Hệ số phạt L2 của hồi quy logistic (mặc định: chọn trong {L2_GRID} bằng kiểm định chéo; "
                   f"{DEFAULT_L2} khi --folds 0).")
@click.option("--threshold", type=click.FloatRange(min=0, max=1, min_open=True, max_open=True), default=None,
              help=f"Ngưỡng xác suất để nhận một đơn vị là nhiệm vụ (mặc định: chọn trong {THRESHOLD_GRID} "
                   f"bằng kiểm định chéo; {DEFAULT_THRESHOLD} khi --folds 0).")
@click.option("--keep", type=click.FloatRange(min=0, max=1, min_open=True, max_open=True), default=None,
              help=f"Ngưỡng để giữ một đơn vị mà quy tắc đã nhận là nhiệm vụ (mặc định: chọn trong "
                   f"{KEEP_GRID} bằng kiểm định chéo; {DEFAULT_KEEP} khi --folds 0).")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def train_duty_command(splits: tuple[str, ...], cv_splits: tuple[str, ...], held_out_split: str | None,
                       gold_dir: Path, out: Path, folds: int, limit: int | None, l2: float | None,
                       threshold: float | None, keep: float | None, as_json: bool) -> None:
    """Huấn luyện lại mô hình nhận diện nhiệm vụ trên gold dev (tất định: cùng dữ liệu, cùng trọng số).
    Hệ số phạt và các ngưỡng được chọn bằng kiểm định chéo theo họ văn bản; nếu mô hình không hơn quy tắc
    ở kiểm định chéo, tệp ghi ra để quy tắc quyết định một mình."""
    cv_splits = tuple(dict.fromkeys(cv_splits or splits[:1]))
    if not set(cv_splits) <= set(splits):
        raise click.ClickException("--cv-split phải là tập trong --split")
    if held_out_split in splits:
        raise click.ClickException("--held-out-split không được nằm trong --split")
    try:
        labelled = {split: [label_units(g) for g in training_documents([split], gold_dir, limit)]
                    for split in dict.fromkeys((*splits, *([held_out_split] if held_out_split else [])))}
    except (GoldError, IngestError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    scored = [d for split in cv_splits for d in labelled[split]]
    also = [d for split in dict.fromkeys(splits) if split not in cv_splits for d in labelled[split]]
    result: dict = {}
    learned_wins = True
    if folds:
        try:
            choice = choose(scored, folds, also, L2_GRID if l2 is None else (l2,),
                            THRESHOLD_GRID if threshold is None else (threshold,),
                            KEEP_GRID if keep is None else (keep,))
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        best = choice.tried[choice.l2, choice.threshold, choice.keep]
        rules, learned = best.rules, best.learned
        l2, threshold, keep, learned_wins = choice.l2, choice.threshold, choice.keep, choice.learned_wins
        result["cross_validation"] = {
            "split": "+".join(cv_splits), "folds": folds,
            "rules": rules.as_dict(), "learned": learned.as_dict(),
            "by_split": {split: {"rules": r.as_dict(), "learned": m.as_dict()}
                         for split, (r, m) in best.by_split.items()},
            "tried": [{"l2": a, "threshold": t, "keep": k, "tasks": f.learned.matches["tasks"].as_dict()}
                      for (a, t, k), f in choice.tried.items()],
            "learned_wins": learned_wins}
    model = train([*scored, *also], DEFAULT_L2 if l2 is None else l2,
                  DEFAULT_THRESHOLD if threshold is None else threshold,
                  DEFAULT_KEEP if keep is None else keep)
    if not learned_wins:  # the rules decide every verdict
        model = replace(model, learned=frozenset())
    out.write_text(model.to_json(), encoding="utf-8")
    result["model"] = {"path": str(out), **model.about}
    if held_out_split:
        held_rules, held_learned = score_with(model, labelled[held_out_split])
        result["held_out"] = {"split": held_out_split, "rules": held_rules.as_dict(),
                              "learned": held_learned.as_dict()}
    if as_json:
        echo_json(result)
        return
    if folds:
        click.echo(f"Kiểm định chéo {folds} phần theo họ văn bản trên {'+'.join(cv_splits)} "
                   f"({len(scored)} văn bản):")
        _echo_pair(rules, learned)
        if len(best.by_split) > 1:
            for split, (split_rules, split_learned) in best.by_split.items():
                click.echo(f" {split}:")
                _echo_pair(split_rules, split_learned)
        click.echo(f"  chọn L2 {model.about['l2']}, ngưỡng {model.threshold}, ngưỡng giữ {model.keep}; "
                   + ("mô hình học quyết định." if learned_wins else "quy tắc quyết định một mình."))
    if held_out_split:
        click.echo(f"Tập {held_out_split} (không huấn luyện), chấm bằng mô hình ghi ra:")
        _echo_pair(held_rules, held_learned)
    click.echo(f"Đã ghi {out}: {model.about['documents']} văn bản, {model.about['units']} đơn vị.")


def _echo_pair(rules: Report, learned: Report) -> None:
    for name, report in (("quy tắc", rules), ("học máy", learned)):
        m, a = report.matches["tasks"], report.accuracies["task_responsible"]
        click.echo(f"  {name:8} nhiệm vụ P/R/F1 {m.precision:.3f}/{m.recall:.3f}/{m.f1:.3f} "
                   f"({m.tp}/{m.fp}/{m.fn}), chủ trì {a.accuracy:.3f} ({a.correct}/{a.total})")


COMMANDS = (train_duty_command,)
