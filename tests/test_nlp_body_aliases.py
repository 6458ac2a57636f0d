"""Collective names a document defines for a list of bodies (nlp.body_aliases)."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

from policylink.nlp.bodies import find_body_mentions
from policylink.nlp.body_aliases import defined_aliases, expand_aliases


def _aliases(text: str) -> dict[str, list[str]]:
    return defined_aliases(text, find_body_mentions(text))


def test_alias_of_the_addressees_stands_for_each() -> None:
    text = ("Kính gửi:\n- Bảo hiểm xã hội các tỉnh, thành phố;\n- Bảo hiểm xã hội Bộ Quốc phòng.\n"
            "(Sau đây gọi tắt là BHXH các tỉnh) Đề nghị BHXH các tỉnh rà soát.")
    assert _aliases(text) == {"Bảo hiểm xã hội các tỉnh": [
        "Bảo hiểm xã hội các tỉnh, thành phố", "Bảo hiểm xã hội Bộ Quốc phòng"]}


def test_alias_after_a_list_joined_by_and() -> None:
    text = ("Ủy ban nhân dân huyện Lục Yên, Ủy ban nhân dân thị xã Nghĩa Lộ và Ủy ban nhân dân thành phố"
            " Yên Bái (sau đây gọi chung là Ủy ban nhân dân cấp huyện) chỉ đạo kiểm tra.")
    assert _aliases(text) == {"Ủy ban nhân dân cấp huyện": [
        "Ủy ban nhân dân huyện Lục Yên", "Ủy ban nhân dân thị xã Nghĩa Lộ",
        "Ủy ban nhân dân thành phố Yên Bái"]}


def test_common_noun_alias_and_single_body_stay_as_written() -> None:
    assert _aliases("Kính gửi: Sở Y tế; Sở Nội vụ. (Sau đây gọi chung là các đơn vị)") == {}
    assert _aliases("Chi cục Kiểm lâm tỉnh (sau đây gọi tắt là Chi cục) tổ chức tuần tra.") == {}
    # a name over bodies of another name
    assert _aliases("Sở Y tế, Kho bạc Nhà nước tỉnh (sau đây gọi chung là Sở Y tế) kiểm tra.") == {}


def test_expand_aliases_replaces_the_alias_once() -> None:
    aliases = {"Sở chuyên ngành": ["Sở Y tế", "Sở Nội vụ"]}
    assert expand_aliases(["Sở chuyên ngành", "Sở Y tế", "Sở Xây dựng"], aliases) == [
        "Sở Y tế", "Sở Nội vụ", "Sở Xây dựng"]


LETTER = (
    "CÔNG VĂN\nVề việc rà soát hồ sơ thanh toán\n\nKính gửi:\n- Bảo hiểm xã hội các tỉnh, thành phố;\n"
    "- Bảo hiểm xã hội Công an nhân dân.\n(Sau đây viết tắt là BHXH các tỉnh)\n"
    "1. BHXH các tỉnh có trách nhiệm rà soát hồ sơ thanh toán trước ngày 30/6/2026.\n"
)


def test_a_duty_of_the_alias_is_a_duty_of_each_listed_body(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, LETTER), "BHXH các tỉnh có")
    assert task.responsible == ["Bảo hiểm xã hội các tỉnh, thành phố", "Bảo hiểm xã hội Công an nhân dân"]


ADDRESSEES_WITH_ALIAS = (
    "BỘ Y TẾ\nSố: 210/BYT-KHTC\nHà Nội, ngày 02 tháng 4 năm 2026\n"
    "V/v triển khai Thông tư số 09/2026/TT-BYT\n\n"
    "Để triển khai Thông tư số 09/2026/TT-BYT, Bộ Y tế đề nghị các Bộ, cơ quan ngang bộ, "
    "cơ quan thuộc Chính phủ "
    "(sau đây gọi là Bộ, ngành) và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương thực hiện các "
    "nội dung sau:\n"
    "1. Phổ biến nội dung của Thông tư tới các cơ sở khám bệnh, chữa bệnh trực thuộc.\n"
)


def test_a_list_of_addressees_goes_on_past_the_name_it_is_given(tmp_path: Path) -> None:
    """`A, B (sau đây gọi là X) và C`: C is addressed too; the alias X is no member of its own."""
    task = task_starting(tasks_in(tmp_path, ADDRESSEES_WITH_ALIAS), "Phổ biến nội dung")
    assert task.responsible == ["Bộ", "Cơ quan ngang bộ", "Cơ quan thuộc Chính phủ",
                                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
