"""A department named by its field: only the first syllable of each field is capitalised
(`Nông nghiệp`, `Văn hóa`), so the name runs on through the lower-case syllables of the field
and stops where the predicate starts (nlp.body_rules `word`, nlp.body_candidates)."""

from pathlib import Path

import pytest
from nlp_fixtures import body_names, found_bodies, tasks_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a short form of a listed field, followed by a verb the rules do not list
        ("Sở Nông nghiệp có trách nhiệm theo dõi tình hình dịch bệnh.", ["Sở Nông nghiệp"]),
        ("Giao Sở Văn hóa tổ chức lễ hội đua thuyền.", ["Sở Văn hóa"]),
        ("Sở Nông nghiệp thẩm định.", ["Sở Nông nghiệp"]),
        ("Sở Khoa học phổ biến Quyết định này.", ["Sở Khoa học"]),
        # fields not in the gazetteer, joined by `-` and `và`, and run to the level word
        ("Sở Phát triển nông thôn - Thủy lợi chủ trì thực hiện.", ["Sở Phát triển nông thôn - Thủy lợi"]),
        ("Phòng Văn hóa thông tin huyện báo cáo kết quả.", ["Phòng Văn hóa thông tin huyện"]),
        ("Sở Ẩm thực và Du lịch xây dựng kế hoạch.", ["Sở Ẩm thực và Du lịch"]),
        # the short forms in a list with full ones; the level word ends the list
        ("Sở Giáo dục và Đào tạo, Sở Nông nghiệp, Sở Văn hóa tỉnh phối hợp thực hiện.",
         ["Sở Giáo dục và Đào tạo", "Sở Nông nghiệp", "Sở Văn hóa tỉnh"]),
        # a one-syllable field followed by a predicate keeps only itself
        ("Sở Y tế chủ trì, Sở Tư pháp phối hợp.", ["Sở Y tế", "Sở Tư pháp"]),
    ],
)
def test_a_field_runs_through_its_lower_case_syllables(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_a_ministry_may_be_named_by_the_first_words_of_its_field() -> None:
    assert found_bodies("Bộ Nông nghiệp có trách nhiệm hướng dẫn; Bộ Văn hóa phối hợp.") == [
        ("Bộ Nông nghiệp", "state", "central"), ("Bộ Văn hóa", "state", "central")]
    # a `Bộ` whose words begin no ministry's field is no ministry
    assert body_names("Bộ Tư lệnh Quân khu chủ trì diễn tập.") == []


def test_the_responsible_body_of_a_task_keeps_its_whole_field(tmp_path: Path) -> None:
    path = tmp_path / "chi-thi.txt"
    path.write_text(
        "CHỈ THỊ\nVề việc phòng, chống dịch bệnh trên đàn gia súc\n\n"
        "1. Giao Sở Nông nghiệp chủ trì, phối hợp với Sở Văn hóa tổ chức kiểm tra trước ngày 30/6/2025.\n"
        "2. Sở Văn hóa có trách nhiệm tuyên truyền trên các phương tiện thông tin đại chúng.\n",
        encoding="utf-8")
    tasks = tasks_of(path)
    assert [(t.responsible, t.coordinating) for t in tasks] == [
        (["Sở Nông nghiệp"], ["Sở Văn hóa"]), (["Sở Văn hóa"], [])]
