"""Plans whose assignment tables name the doers (issue 12, RULINGS R42, DECISIONS-7): the table rows are
the tasks, the plan's `Nhiệm vụ, giải pháp` bullets and `Mục tiêu` items are areas and targets; rows the
crawl glued on one line are one task each; a time cell's period of years is the row's deadline."""

from pathlib import Path

import pytest
from nlp_fixtures import tasks_in

from policylink.nlp.duty_model import rules_decide
from policylink.nlp.time_cells import cell_deadline

PLAN = [
    "KẾ HOẠCH",
    "Phát triển chợ truyền thống trên địa bàn tỉnh giai đoạn 2026 - 2030",
    "I. MỤC TIÊU",
    "1. Mục tiêu cụ thể",
    "a) Đến năm 2030, 100% chợ hạng I được cải tạo, nâng cấp.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Hoàn thiện cơ chế quản lý chợ",
    "- Rà soát quy hoạch mạng lưới chợ trên địa bàn tỉnh.",
    "- Xây dựng quy chế mẫu về quản lý chợ.",
    "2. Đầu tư hạ tầng chợ",
    "- Cải tạo, nâng cấp các chợ hạng I.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Công Thương chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.",
    "2. Các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.",
    "PHỤ LỤC",
    "PHÂN CÔNG THỰC HIỆN",
]
HEADER = ["STT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Nhóm nhiệm vụ", "Nội dung nhiệm vụ", "Sản phẩm",
          "Thời gian hoàn thành"]


def _text(*rows: str) -> str:
    return "\n".join([*PLAN, "\t".join(HEADER), *rows]) + "\n"


def _fields(tasks: list) -> list[tuple]:
    return [(t.text.split("\t")[0], t.responsible, t.coordinating, t.deadline and t.deadline.due)
            for t in tasks if t.section and "dòng" in t.section]


def test_table_rows_are_the_tasks_and_the_plan_bullets_are_areas(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, _text(
        "1\tSở Công Thương\tSở Xây dựng\tHoàn thiện cơ chế\tRà soát quy hoạch mạng lưới chợ.\tQuy hoạch"
        "\tNăm 2026",
        "2\tSở Xây dựng\tSở Tài chính\tĐầu tư hạ tầng\tCải tạo, nâng cấp các chợ hạng I.\tChợ\tNăm 2026-2030",
    ))
    texts = [t.text for t in tasks]
    assert not any(t.startswith(("Rà soát quy hoạch mạng lưới chợ trên", "Xây dựng quy chế mẫu",
                                 "Cải tạo, nâng cấp các chợ hạng I.", "Đến năm 2030")) for t in texts)
    assert any(t.startswith("Sở Công Thương chủ trì theo dõi") for t in texts)  # a duty that names its doer
    assert _fields(tasks) == [
        ("Hoàn thiện cơ chế", ["Sở Công Thương"], ["Sở Xây dựng"], "2026-12-31"),
        ("Đầu tư hạ tầng", ["Sở Xây dựng"], ["Sở Tài chính"], "2030-12-31"),
    ]


def test_without_an_assignment_table_the_bullets_stay_candidates(tmp_path: Path) -> None:
    """The bullets are areas only because a table names their doers: without it they are read as
    before (the bullet that directs an action is a task)."""
    text = "\n".join(PLAN[:-2]) + "\n"
    texts = [t.text for t in tasks_in(tmp_path, text, decide=rules_decide)]  # the rules' verdict
    assert any(t.startswith("Rà soát quy hoạch mạng lưới chợ") for t in texts)


def test_rows_glued_on_one_line_are_one_task_each(tmp_path: Path) -> None:
    """Merged doer cells flattened by the crawl: the rows that share them print only their last cells,
    and two of them may share one physical line, the second after an empty cell."""
    tasks = tasks_in(tmp_path, _text(
        "1\tSở Công Thương\tSở Tài chính\tHoàn thiện cơ chế\t- Rà soát quy hoạch chợ.\tQuy hoạch\tNăm 2026",
        "- Xây dựng quy chế mẫu.\tQuy chế\tQuý II/2027\t\t- Ban hành tiêu chí chợ văn minh.\tBộ tiêu chí"
        "\tGiai đoạn 2026 - 2028",
        "- Tập huấn cho ban quản lý chợ.\tLớp tập huấn\tThực hiện thường xuyên, liên tục",
    ))
    assert _fields(tasks) == [
        ("Hoàn thiện cơ chế", ["Sở Công Thương"], ["Sở Tài chính"], "2026-12-31"),
        ("- Xây dựng quy chế mẫu.", ["Sở Công Thương"], ["Sở Tài chính"], "2027-06-30"),
        ("- Ban hành tiêu chí chợ văn minh.", ["Sở Công Thương"], ["Sở Tài chính"], "2028-12-31"),
        ("- Tập huấn cho ban quản lý chợ.", ["Sở Công Thương"], ["Sở Tài chính"], None),
    ]


def test_a_row_without_its_number_cell_keeps_its_columns(tmp_path: Path) -> None:
    """Six cells under seven headers, ending in a time cell: the missing one is the number, so the
    doer is the first cell, not the partner of the second."""
    tasks = tasks_in(tmp_path, _text(
        "Sở Xây dựng\tSở Tài chính\tĐầu tư hạ tầng\tCải tạo các chợ hạng I.\tChợ\tGiai đoạn 2026 - 2027",
    ))
    assert _fields(tasks) == [("Đầu tư hạ tầng", ["Sở Xây dựng"], ["Sở Tài chính"], "2027-12-31")]


def test_a_group_heading_row_is_no_task(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, _text(
        "I\tHoàn thiện cơ chế quản lý chợ",
        "1\tSở Công Thương\t\tHoàn thiện cơ chế\tRà soát quy hoạch chợ.\tQuy hoạch\tTháng 8/2026",
    ))
    assert _fields(tasks) == [("Hoàn thiện cơ chế", ["Sở Công Thương"], [], "2026-08-31")]


@pytest.mark.parametrize(("cell", "due"), [
    ("Năm 2025-2030", "2030-12-31"),
    ("Giai đoạn 2026 - 2027", "2027-12-31"),
    ("Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên", "2027-12-31"),
    ("Năm 2026", "2026-12-31"),
    ("Thực hiện trong năm 2026 và có rà soát, điều chỉnh", "2026-12-31"),
    ("Triển khai từ năm 2026", None),
    ("Bắt đầu triển khai từ năm 2026", None),
    ("Thực hiện thường xuyên, liên tục", None),
    ("Năm 2026 –\n2028", "2028-12-31"),  # a cell written one fragment a line wraps at the dash
])
def test_a_time_cell_gives_the_row_its_deadline(cell: str, due: str | None) -> None:
    text = f"1\tViệc\tSở Xây dựng\t{cell}"
    start = text.rindex("\t") + 1
    found = cell_deadline(text, start, len(text), [])
    assert (found.due if found else None) == due


def test_the_year_a_target_is_reached_is_no_deadline_of_the_duty(tmp_path: Path) -> None:
    """`vào năm 2030` closing a clause that states a target (`đảm bảo mục tiêu ...`) is a horizon;
    a duty done `vào năm 2026` keeps its deadline."""
    tasks = tasks_in(tmp_path, "\n".join([
        "KẾ HOẠCH",
        "Giảm phát thải giao thông",
        "1. Sở Xây dựng chủ trì triển khai vùng phát thải thấp; đảm bảo mục tiêu 100% xe buýt dùng"
        " năng lượng sạch vào năm 2030.",
        "2. Sở Tài chính hoàn thành báo cáo đánh giá vào năm 2026.",
    ]) + "\n")
    assert [(t.text[:12], t.deadline and t.deadline.due) for t in tasks] == [
        ("Sở Xây dựng ", None), ("Sở Tài chính", "2026-12-31")]
