"""Tasks from small documents run through real ingestion, the spaCy pipeline and the extractors."""

from pathlib import Path

import pytest
from nlp_fixtures import task_starting
from policylink.ingest.pipeline import ingest_file
from policylink.nlp.bodies import find_bodies
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.model import Task
from policylink.nlp.pipeline import vietnamese_doc
from policylink.nlp.tasks import find_tasks

CORPUS = Path(__file__).parents[1] / "corpus" / "ket-luan-btv-tinh-uy-bac-giang-2024-ket-cau-ha-tang.txt"


def _tasks(path: Path) -> list[Task]:
    document = ingest_file(path, max_bytes=1_000_000)
    doc = vietnamese_doc(document.text)
    bodies = find_bodies(doc)
    deadlines, _ = find_deadlines(doc, exclude=[])
    tasks = find_tasks(doc, list(document.sections), bodies, deadlines)
    assert [s.label_ for s in doc.spans["tasks"]] == [t.section or "" for t in tasks]
    for task in tasks:
        assert document.text[task.start : task.end] == task.text
    return tasks


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "van-ban.txt"
    path.write_text(text, encoding="utf-8")
    return path


HEADING_AND_INSTRUCTION = """KẾT LUẬN
CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về công tác chuyển đổi số

1. Đánh giá chung
Thời gian qua, công tác chuyển đổi số đã đạt nhiều kết quả quan trọng.

2. Nhiệm vụ thời gian tới
Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ cơ sở và UBND các xã thực hiện tốt:

2.1. Rà soát hạ tầng mạng tại các thôn, hoàn thành trong quý II/2025.

2.2. Mục tiêu: 100% thủ tục hành chính được thực hiện trực tuyến.

2.3. Đảng ủy xã Tân Sơn:

- Chỉ đạo UBND xã lập danh mục dữ liệu cần số hóa.

- Tổ chức tập huấn kỹ năng số cho cán bộ, công chức hằng quý.

2.4. Văn phòng Huyện ủy chủ trì, phối hợp với Phòng Nội vụ huyện tham mưu sơ kết;\
 định kỳ báo cáo kết quả với Ban Thường vụ Huyện ủy.
"""


def test_heading_body_instruction_addressees_and_giao_fields(tmp_path: Path) -> None:
    tasks = _tasks(_write(tmp_path, HEADING_AND_INSTRUCTION))
    assert [t.section for t in tasks] == ["2.1", "2.3-b1", "2.3-b2", "2.4"]
    survey = task_starting(tasks, "Rà soát hạ tầng mạng")
    assert survey.responsible == ["Chi bộ", "Đảng bộ cơ sở", "Ủy ban nhân dân các xã"]
    assert survey.deadline is not None and survey.deadline.due == "2025-06-30"
    directing = task_starting(tasks, "Chỉ đạo UBND xã")
    assert directing.responsible == ["Đảng ủy xã Tân Sơn"]
    training = task_starting(tasks, "Tổ chức tập huấn")
    assert training.responsible == ["Đảng ủy xã Tân Sơn"]
    assert training.deadline is None and training.recurrence == "quarterly"
    office = task_starting(tasks, "Văn phòng Huyện ủy chủ trì")
    assert office.responsible == ["Văn phòng Huyện ủy"]
    assert office.coordinating == ["Phòng Nội vụ huyện"]
    assert office.report_to == ["Ban Thường vụ Huyện ủy"]
    assert office.recurrence == "periodic"
    assert office.action is not None and office.action.startswith("tham mưu")


GIAO_AND_KINH_GUI = """CÔNG VĂN
về việc triển khai phần mềm quản lý văn bản

Kính gửi: Sở Nội vụ; Sở Tài chính

Để bảo đảm tiến độ, Ủy ban nhân dân tỉnh có ý kiến như sau:
- Khẩn trương hoàn thiện quy chế sử dụng phần mềm trước ngày 15/3/2025.
- Qua kiểm tra, nhiều cơ quan chưa cập nhật dữ liệu.
Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính hướng dẫn triển khai.
"""


def test_kinh_gui_addressees_and_giao_sentences(tmp_path: Path) -> None:
    tasks = _tasks(_write(tmp_path, GIAO_AND_KINH_GUI))
    assert len(tasks) == 2
    rules = task_starting(tasks, "Khẩn trương hoàn thiện")
    assert rules.responsible == ["Sở Nội vụ", "Sở Tài chính"]
    assert rules.deadline is not None and rules.deadline.due == "2025-03-15"
    giao = task_starting(tasks, "Giao Sở Thông tin")
    assert giao.responsible == ["Sở Thông tin và Truyền thông"]
    assert giao.coordinating == ["Sở Tài chính"]


PLAN_TABLE = """KẾ HOẠCH
triển khai chuyển đổi số năm 2025

I. NHIỆM VỤ CỤ THỂ
Ủy ban nhân dân huyện giao các cơ quan thực hiện các nhiệm vụ sau:
STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành
1\tXây dựng cơ sở dữ liệu đất đai\tPhòng Tài nguyên và Môi trường\tPhòng Tài chính - Kế hoạch\tTháng 6/2025
2\tNâng cấp cổng thông tin huyện\tVăn phòng HĐND và UBND huyện\tPhòng Văn hóa và Thông tin\tQuý IV/2025
"""


def test_plan_table_rows_are_tasks_with_their_columns(tmp_path: Path) -> None:
    tasks = _tasks(_write(tmp_path, PLAN_TABLE))
    assert [t.text.split("\t")[0] for t in tasks] == [
        "Xây dựng cơ sở dữ liệu đất đai", "Nâng cấp cổng thông tin huyện"]
    first, second = tasks
    assert first.responsible == ["Phòng Tài nguyên và Môi trường"]
    assert first.coordinating == ["Phòng Tài chính - Kế hoạch"]
    assert first.deadline is not None and first.deadline.due == "2025-06-30"
    assert second.coordinating == ["Phòng Văn hóa và Thông tin"]
    assert second.deadline is not None and second.deadline.due == "2025-12-31"


ARTICLES = """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp giữa các cơ quan.

Điều 2. Trách nhiệm của Sở Xây dựng
1. Hướng dẫn các huyện lập quy hoạch chung xây dựng.
2. Kiểm tra việc thực hiện quy hoạch hằng năm.

Điều 3. Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện Quy chế.
"""


def test_article_clauses_that_impose_duties(tmp_path: Path) -> None:
    tasks = _tasks(_write(tmp_path, ARTICLES))
    texts = [t.text for t in tasks]
    assert not any(t.startswith("Quy chế này") for t in texts)
    guide = task_starting(tasks, "Hướng dẫn các huyện")
    assert guide.responsible == ["Sở Xây dựng"]
    assert guide.section == "Điều 2.1"
    funding = task_starting(tasks, "Sở Tài chính có trách nhiệm")
    assert funding.responsible == ["Sở Tài chính"]


def test_non_task_paragraphs_are_left_out(tmp_path: Path) -> None:
    tasks = _tasks(_write(tmp_path, HEADING_AND_INSTRUCTION))
    texts = " ".join(t.text for t in tasks)
    for words in ("Thời gian qua", "Mục tiêu", "Đảng ủy xã Tân Sơn:", "yêu cầu các chi bộ"):
        assert words not in texts


@pytest.fixture(scope="module")
def conclusion() -> list[Task]:
    return _tasks(CORPUS)


def test_conclusion_bullets_inherit_the_heading_body(conclusion: list[Task]) -> None:
    bullets = [t for t in conclusion if (t.section or "").startswith("2.3-b")]
    assert [t.section for t in bullets] == [f"2.3-b{i}" for i in range(1, 6)]
    for task in bullets:
        assert task.responsible == ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]


def test_conclusion_item_3_follow_up(conclusion: list[Task]) -> None:
    (item,) = [t for t in conclusion if t.section == "3"]
    assert item.responsible == ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]
    assert item.coordinating == ["Cơ quan, đơn vị"]
    assert item.report_to == ["Ban Thường vụ Tỉnh ủy"]
    assert item.recurrence == "periodic"


def test_conclusion_deadline_and_instruction_addressees(conclusion: list[Task]) -> None:
    (project,) = [t for t in conclusion if t.section == "2.3-b2"]
    assert project.deadline is not None and project.deadline.text == "quý IV/2024"
    (item,) = [t for t in conclusion if t.section == "2.2.2"]
    assert item.responsible == ["Cấp ủy", "Chính quyền", "Mặt trận Tổ quốc",
                                "Tổ chức chính trị - xã hội", "Cơ quan, đơn vị"]
    assert not any(t.text.startswith(("Cơ bản nhất trí", "Mục tiêu")) for t in conclusion)
    (first,) = [t for t in conclusion if t.section == "1"]
    assert first.action == "hoàn thiện Báo cáo nghiên cứu, tổng kết thực tiễn"


ITEMS_AND_CLAUSES = """KẾ HOẠCH
về cải cách hành chính

I. NHIỆM VỤ

1. Nâng cao chất lượng phục vụ người dân
Các sở, ban, ngành và UBND các huyện niêm yết công khai thủ tục hành chính, hoàn thành trong quý II/2025.

2. Hiện đại hóa nền hành chính

a) Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

b) Định kỳ hằng quý kiểm tra việc số hóa tại các xã.

3. Phân công thực hiện
UBND tỉnh giao các cơ quan thực hiện các nhiệm vụ sau:

4. Nhiệm vụ, giải pháp: UBND tỉnh chỉ đạo Sở Nội vụ và UBND các huyện thực hiện:

a) Rà soát vị trí việc làm trong năm 2025.

5. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Nội vụ, Tư pháp; Chủ tịch UBND các huyện \
chịu trách nhiệm thi hành Kế hoạch này.

6. Đề nghị Giám đốc Sở Tài chính bố trí kinh phí.

Trên đây là Kế hoạch cải cách hành chính của tỉnh, đề nghị các cơ quan thực hiện nghiêm túc.
"""


def test_items_titles_containers_roles_and_closing_formulas(tmp_path: Path) -> None:
    tasks = _tasks(_write(tmp_path, ITEMS_AND_CLAUSES))
    assert [t.section for t in tasks] == ["I.1", "I.2.a", "I.2.b", "I.4.a", "I.5", "I.6"]
    # an item's title line and its paragraph are one task; the paragraph names the actors
    titled = task_starting(tasks, "Nâng cao chất lượng")
    assert titled.responsible == ["Sở, ban, ngành", "Ủy ban nhân dân các huyện"]
    assert titled.deadline is not None and titled.deadline.due == "2025-06-30"
    # a task opening with its recurrence
    assert task_starting(tasks, "Định kỳ hằng quý").recurrence == "quarterly"
    # a labelled instruction: the body that directs is responsible
    assert task_starting(tasks, "Rà soát vị trí").responsible == ["Ủy ban nhân dân tỉnh"]
    # roles head the bodies that act
    assert task_starting(tasks, "Chánh Văn phòng").responsible == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Ủy ban nhân dân các huyện"]
    assert task_starting(tasks, "Đề nghị Giám đốc").responsible == ["Sở Tài chính"]


@pytest.mark.parametrize(
    "clause",
    [
        "Điều 2. Sửa đổi, bổ sung khoản 3 Điều 1 Nghị quyết số 10/NQ-HĐND như sau: mức hỗ trợ 50 triệu đồng.",
        "Điều 3. Bãi bỏ Điều 5 Quyết định số 20/QĐ-UBND.",
        "Điều 1. Phê duyệt Đề án phát triển du lịch tỉnh.",
        "Quá trình thực hiện, nếu có vướng mắc, các cơ quan phản ánh về Sở Nội vụ.",
    ],
)
def test_decisions_and_closing_formulas_are_not_tasks(tmp_path: Path, clause: str) -> None:
    text = f"QUYẾT ĐỊNH\nvề việc thử\n\n{clause}\n"
    assert _tasks(_write(tmp_path, text)) == []


def test_report_to_the_body_named_right_after_the_verb(tmp_path: Path) -> None:
    text = (
        "CHỈ THỊ\nvề công tác giải phóng mặt bằng\n\n"
        "1. Sở Tài nguyên và Môi trường rà soát các dự án chậm tiến độ, báo cáo Ban Thường vụ Tỉnh ủy "
        "trước ngày 15/12/2025.\n\n"
        "2. UBND các huyện báo cáo kết quả thực hiện với UBND tỉnh hằng quý.\n"
    )
    tasks = _tasks(_write(tmp_path, text))
    assert task_starting(tasks, "Sở Tài nguyên").report_to == ["Ban Thường vụ Tỉnh ủy"]
    assert task_starting(tasks, "UBND các huyện").report_to == ["Ủy ban nhân dân tỉnh"]


def test_title_block_references_and_replacing_clauses_are_not_tasks(tmp_path: Path) -> None:
    text = (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nthực hiện Kết luận số 21-KL/TW của\n"
        "Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng\n"
        "tổ chức cơ sở đảng, đảng viên và chấn chỉnh tác phong\n\n"
        "I. CĂN CỨ\n\n"
        "- Báo cáo số 40-BC/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy về kết quả kiểm tra.\n\n"
        "II. NHIỆM VỤ\n\n"
        "1. Ban Tổ chức Huyện ủy rà soát đội ngũ cán bộ, hoàn thành trong quý III/2025.\n\n"
        "2. Căn cứ kết quả rà soát, Ủy ban Kiểm tra Huyện ủy kiểm tra các chi bộ.\n\n"
        "3. Chương trình này thay thế Chương trình số 05-CTr/HU ngày 1/2/2022 của Ban Thường vụ Huyện ủy.\n"
    )
    tasks = _tasks(_write(tmp_path, text))
    assert [(t.section, t.responsible) for t in tasks] == [
        ("II.1", ["Ban Tổ chức Huyện ủy"]), ("II.2", ["Ủy ban Kiểm tra Huyện ủy"])]


def test_people_listed_after_the_bodies_belong_to_the_subject(tmp_path: Path) -> None:
    text = (
        "NGHỊ QUYẾT\nvề chương trình giám sát năm 2026\n\n"
        "Điều 2. Tổ chức thực hiện\n\n"
        "1. Thường trực HĐND huyện, các Ban của HĐND huyện và đại biểu HĐND huyện giám sát việc thực "
        "hiện Nghị quyết.\n\n"
        "2. Ban Chấp hành Đảng bộ huyện khóa XXV lãnh đạo việc tổ chức thực hiện.\n"
    )
    tasks = _tasks(_write(tmp_path, text))
    assert [t.responsible for t in tasks] == [
        ["Thường trực Hội đồng nhân dân huyện", "Ban của Hội đồng nhân dân huyện"],
        ["Ban Chấp hành Đảng bộ huyện"]]
