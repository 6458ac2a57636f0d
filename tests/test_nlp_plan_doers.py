"""Doers as plans name them (issue 12), on sentences of our own: a class of places listed by a slash or
closed by `khác`, a council's head word shared by the provinces listed after it, a proper name after
`Ngân hàng Nhà nước`, and partners named once in a lead-in for the items under it (RULINGS R1)."""

from pathlib import Path

import pytest
from nlp_fixtures import body_names, task_starting, tasks_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("UBND các tỉnh/thành phố chủ trì triển khai.", ["Ủy ban nhân dân các tỉnh/thành phố"]),
        ("Bộ Y tế phối hợp với Ủy ban nhân dân các tỉnh/ thành phố.",
         ["Bộ Y tế", "Ủy ban nhân dân các tỉnh/ thành phố"]),
        ("UBND các tỉnh, thành phố khác học tập kinh nghiệm.", ["Ủy ban nhân dân các tỉnh, thành phố khác"]),
        ("UBND tỉnh Lào Cai, Tỉnh Yên Bái và UBND các tỉnh, thành phố khác thực hiện.",
         ["Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân Tỉnh Yên Bái",
          "Ủy ban nhân dân các tỉnh, thành phố khác"]),
        ("UBND thành phố Hải Phòng, Thành phố Đà Nẵng thí điểm mô hình.",
         ["Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân Thành phố Đà Nẵng"]),
        # a place after a body that is no council is no council
        ("Tỉnh ủy Lào Cai, Tỉnh Yên Bái", ["Tỉnh ủy Lào Cai"]),
        ("Ngân hàng Nhà nước Việt Nam hướng dẫn các tổ chức tín dụng.", ["Ngân hàng Nhà nước Việt Nam"]),
        ("Ngân hàng Nhà nước chủ trì, phối hợp với Bộ Tài chính.", ["Ngân hàng Nhà nước", "Bộ Tài chính"]),
    ],
)
def test_places_and_shared_heads(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_a_lead_in_names_the_partners_of_its_items(tmp_path: Path) -> None:
    text = "\n".join([
        "CÔNG ĐIỆN",
        "Về bảo đảm hàng dự trữ sau mưa lũ",
        "1. Sở Công Thương chủ trì, phối hợp với Sở Tài chính và các địa phương:",
        "a) Rà soát lượng hàng dự trữ trên địa bàn.",
        "b) Sở Xây dựng phối hợp với Sở Giao thông vận tải bảo đảm đường vận chuyển.",
        "2. Công an tỉnh bảo đảm an ninh tại các kho hàng.",
    ]) + "\n"
    tasks = tasks_in(tmp_path, text)
    first = task_starting(tasks, "Rà soát lượng hàng dự trữ")
    assert (first.responsible, first.coordinating) == (["Sở Công Thương"], ["Sở Tài chính"])
    own = task_starting(tasks, "Sở Xây dựng phối hợp")  # an item naming its own doer keeps its own partners
    assert (own.responsible, own.coordinating) == (["Sở Xây dựng"], ["Sở Giao thông vận tải"])
    assert task_starting(tasks, "Công an tỉnh bảo đảm").coordinating == []
