"""Lines a printed page cut in mid-sentence are joined back (ingest.wrapped_lines), so a duty wrapped
over several lines is read as one unit with all its bodies."""

from pathlib import Path

import pytest

from policylink.ingest.pipeline import ingest_file
from policylink.ingest.wrapped_lines import unwrapped
from policylink.nlp.extract import default_document_id, extract


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a lower-case continuation
        ("Giám đốc Sở Tài chính, Thủ trưởng các đơn vị thuộc Bộ Kế\nhoạch và Đầu tư chịu trách nhiệm.",
         "Giám đốc Sở Tài chính, Thủ trưởng các đơn vị thuộc Bộ Kế hoạch và Đầu tư chịu trách nhiệm."),
        # a line stopping on a word that cannot end a sentence, before a capitalised name
        ("Sở Y tế chủ trì, phối hợp với Sở Giáo dục và\nĐào tạo tổ chức tập huấn cho giáo viên.",
         "Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức tập huấn cho giáo viên."),
        # a date cut before its month
        ("Báo cáo kết quả gửi Ủy ban nhân dân tỉnh trước ngày 15 tháng\n6 năm 2026 để tổng hợp.",
         "Báo cáo kết quả gửi Ủy ban nhân dân tỉnh trước ngày 15 tháng 6 năm 2026 để tổng hợp."),
    ],
)
def test_a_wrapped_line_is_joined_by_a_space(text: str, joined: str) -> None:
    assert unwrapped(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        # the next line opens an item of its own
        "1. Về việc cải tạo hệ thống kênh tưới của huyện\n1.1. Giao Sở Nông nghiệp rà soát hiện trạng.",
        "Các cơ quan sau đây thực hiện nhiệm vụ được giao\n- Sở Xây dựng lập quy hoạch chung.",
        "Ủy ban nhân dân các huyện có trách nhiệm thực hiện\na) Rà soát danh mục dự án đầu tư.",
        # a short heading before its content, whatever word it ends on
        "7. Tổ chức thực hiện\nGiám đốc các sở, ngành triển khai Kế hoạch này.",
        "Điều 4. Trách nhiệm thi hành\nChánh Văn phòng và Giám đốc các sở thi hành Quyết định này.",
        # a sentence that ended, and an upper-case title line
        "Sở Công Thương báo cáo kết quả thực hiện.\nSở Xây dựng hướng dẫn các huyện.",
        "KẾ HOẠCH PHÁT TRIỂN CÔNG NGHIỆP TỈNH\nvề phát triển cụm công nghiệp giai đoạn 2026 - 2030",
        # a table row, a cell-per-line row's number, a page number under the running line
        "1\tRà soát quy hoạch\tSở Xây dựng\nnăm 2026",
        "Hoàn thiện cơ chế, chính sách về du lịch\n1.2\nRà soát các ưu đãi về thuế",
        "Phát triển các sản phẩm du lịch cộng đồng ở vùng cao\nb)\nXây dựng bộ tiêu chí homestay",
        "CÔNG BÁO/Số 41/Ngày 09-03-2026\n88\nđồng bào dân tộc thiểu số.",
    ],
)
def test_a_line_that_ends_a_unit_stays(text: str) -> None:
    assert unwrapped(text) == text


def test_joining_keeps_every_offset() -> None:
    text = "Sở Tài chính phối hợp với các cơ quan có liên quan thực hiện việc\nkiểm tra.\nSở Y tế báo cáo."
    assert len(unwrapped(text)) == len(text)
    assert unwrapped(text).split(" kiểm tra.")[0] == text.split("\nkiểm tra.")[0]


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 77/KH-UBND
Hà Nam, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Triển khai số hóa hồ sơ đất đai năm 2026

1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính, Sở Khoa học và
Công nghệ xây dựng cơ sở dữ liệu đất đai của tỉnh, hoàn thành trước ngày 30 tháng
9 năm 2026.
2. Giám đốc các sở, Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh, Chủ
tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Kế hoạch này.
"""


def test_a_duty_wrapped_over_lines_is_one_task_with_its_bodies(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach-77.txt"
    path.write_text(PLAN, encoding="utf-8")
    document = ingest_file(path, max_bytes=1_000_000)
    tasks = extract(document, default_document_id(document)).tasks
    assert [t.text.split(" ")[:2] for t in tasks] == [["Sở", "Nông"], ["Giám", "đốc"]]
    assert tasks[0].responsible == ["Sở Nông nghiệp và Môi trường"]
    assert tasks[0].coordinating == ["Sở Tài chính", "Sở Khoa học và Công nghệ"]
    assert tasks[0].deadline is not None and tasks[0].deadline.due == "2026-09-30"
    assert tasks[1].responsible == ["Sở", "Cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh",
                                    "Ủy ban nhân dân các xã, phường"]


# A text printed at one width (a gazette's PDF as its reader gives it): every full line stops where the
# page did, whatever word comes next.
_PRINTED_FILLER = (
    "Các cơ quan, đơn vị trong phạm vi quản lý rà soát hiện trạng hạ tầng kỹ thuật, xác định nhu cầu\n"
    "đầu tư, lập danh mục công trình cần cải tạo, nâng cấp, bảo đảm đồng bộ với quy hoạch chung của\n"
    "địa phương, phù hợp với khả năng cân đối nguồn vốn, không để xảy ra tình trạng đầu tư dàn trải,\n"
    "lãng phí.\n"
) * 6


def _printed_body(body: str) -> str:
    """`body` as unwrapped after lines printed at its width."""
    return unwrapped(_PRINTED_FILLER + body)[len(_PRINTED_FILLER):]


def test_a_line_running_to_the_print_width_goes_on_before_a_capital() -> None:
    body = ("Ngay sau khi nhận được hồ sơ của đơn vị đề nghị tạm ứng kinh phí từ quỹ dự phòng, Bộ\n"
            "Xây dựng có trách nhiệm thẩm định, tổng hợp và báo cáo cấp có thẩm quyền theo quy định.")
    assert _printed_body(body) == body.replace("Bộ\nXây", "Bộ Xây")


def test_an_article_that_opens_with_its_text_goes_on_before_a_capital() -> None:
    body = ("Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký. Thủ trưởng các cơ quan trực thuộc\n"
            "Bộ và các tổ chức có liên quan chịu trách nhiệm thi hành Quyết định này.")
    assert _printed_body(body) == body.replace("thuộc\nBộ", "thuộc Bộ")


def test_a_printed_article_line_ending_on_a_comma_goes_on_before_a_lower_case_word() -> None:
    body = ("Điều 5. Giám đốc Sở Xây dựng, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan, đơn vị,\n"
            "tổ chức có liên quan chịu trách nhiệm thi hành Quyết định này.")
    assert _printed_body(body) == body.replace(",\ntổ", ", tổ")


def test_a_printed_list_clause_goes_on_before_a_lower_case_word() -> None:
    body = ("Sở Tài chính hướng dẫn việc lập dự toán, trong đó có hướng dẫn việc phân bổ kinh phí đầu tư;\n"
            "quản lý, sử dụng kinh phí bảo trì công trình phù hợp với điều kiện thực tế của địa phương.")
    assert _printed_body(body) == body.replace(";\nquản", "; quản")


@pytest.mark.parametrize(
    "body",
    [
        # a point beyond `z`, a point's part
        "y) Hướng dẫn việc quản lý hồ sơ công trình hạ tầng kỹ thuật đô thị trên địa bàn các tỉnh;\n"
        "aa) Hướng dẫn việc kiểm tra định kỳ công trình.",
        "a) Các trường hợp phải điều chỉnh dự án đầu tư công trình hạ tầng kỹ thuật đô thị, gồm:\n"
        "a1) Dự án bị tác động bởi quy hoạch mới.",
        # the next line opens an item, a quoted item of an amending text, an article
        "Ủy ban nhân dân cấp tỉnh có trách nhiệm chỉ đạo các cơ quan chuyên môn thuộc phạm vi quản lý\n"
        "a) Rà soát danh mục dự án đầu tư công trung hạn.",
        "Sửa đổi, bổ sung khoản 2 Điều 7 của Nghị định về quản lý hạ tầng kỹ thuật đô thị như sau\n"
        "“2. Ủy ban nhân dân cấp tỉnh phê duyệt danh mục công trình.”",
        "Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành và áp dụng cho các cơ quan quản lý\n"
        "Điều 9. Trách nhiệm thi hành",
        # an article's heading as long as a printed line, before its content
        "Điều 12. Chế độ cung cấp thông tin, báo cáo về tình hình quản lý hạ tầng kỹ thuật đô thị\n"
        "Các bộ, cơ quan ngang bộ gửi báo cáo định kỳ về Bộ Xây dựng.",
        # a short line: the paragraph ended there
        "Các đơn vị gửi báo cáo về Bộ Xây dựng\nTrường hợp có vướng mắc, các đơn vị phản ánh kịp thời.",
    ],
)
def test_a_printed_line_before_a_new_unit_stays(body: str) -> None:
    assert _printed_body(body) == body


def test_a_text_of_one_sentence_a_line_has_no_print_width() -> None:
    text = "\n".join(f"Sở Xây dựng chủ trì thực hiện nhiệm vụ thứ {n} về hạ tầng kỹ thuật đô thị của tỉnh"
                     for n in range(5)) + "\nSở Tài chính bố trí kinh phí."
    assert unwrapped(text) == text


def test_a_printed_opening_paragraph_before_the_first_item_is_joined(tmp_path: Path) -> None:
    # a directive's opening paragraph: printed lines are short, so the header reader keeps it up to the
    # first numbered part; it is prose all the same
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 9/CT-TTg\nHà Nội, ngày 4 tháng 5 năm 2026\n\nCHỈ THỊ\n"
            "Về việc cải tạo hạ tầng kỹ thuật đô thị\n\n"
            "Thực hiện chủ trương của Đảng về phát triển đô thị bền vững, trong thời gian qua các\n"
            "địa phương đã đạt được kết quả quan trọng. Để bảo đảm việc triển khai thống nhất, Thủ\n"
            "tướng Chính phủ yêu cầu các bộ, ngành, địa phương thực hiện các nhiệm vụ sau đây:\n"
            "I. NHIỆM VỤ CHUNG\n" + _PRINTED_FILLER)
    path = tmp_path / "chi-thi-9.txt"
    path.write_text(text, encoding="utf-8")
    document = ingest_file(path, max_bytes=1_000_000)
    assert "thời gian qua các địa phương đã đạt được kết quả" in document.text
