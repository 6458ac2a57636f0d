"""Norms that read like duties in central decrees and circulars, on texts of our own: a post's job
description and the standards its holder must meet (RULINGS R95's reasoning)."""

from pathlib import Path

from nlp_fixtures import rule_tasks

GRADES = "\n".join([
    "Thông tư quy định mã số, tiêu chuẩn chuyên môn của ngạch thanh tra viên thủy sản",
    "Căn cứ Luật Cán bộ, công chức;",
    "Điều 1. Phạm vi điều chỉnh",
    "Thông tư này quy định tiêu chuẩn của ngạch thanh tra viên thủy sản.",
    "Điều 2. Tiêu chuẩn chung về đạo đức công vụ",
    "1. Tận tụy, trung thực, khách quan khi thi hành công vụ;",
    "2. Có ý thức phối hợp với đồng nghiệp trong thực hiện nhiệm vụ.",
    "Điều 3. Thanh tra viên thủy sản chính",
    "1. Chức trách",
    "Là công chức chuyên môn làm nhiệm vụ thanh tra chuyên ngành thủy sản.",
    "2. Nhiệm vụ",
    "a) Chủ trì các cuộc thanh tra chuyên ngành về khai thác thủy sản;",
    "b) Hướng dẫn nghiệp vụ cho thanh tra viên thủy sản;",
    "c) Thực hiện nhiệm vụ khác do cấp trên giao.",
    "3. Tiêu chuẩn về năng lực chuyên môn",
    "a) Nắm vững pháp luật về thủy sản;",
    "b) Có khả năng tổ chức cuộc thanh tra có nhiều đối tượng.",
    "Điều 4. Trách nhiệm thi hành",
    "1. Cục Thủy sản có trách nhiệm hướng dẫn việc bổ nhiệm vào ngạch.",
    "2. Nhiệm vụ",
    "Các Sở Nông nghiệp và Môi trường rà soát đội ngũ công chức trước ngày 30 tháng 6 năm 2027.",
    "",
])


def test_a_posts_description_and_standards_are_no_tasks(tmp_path: Path) -> None:
    """The duties, responsibility and qualifications of a grade say what its holder does and is; the
    article charging bodies with the circular's execution assigns work, and so does a clause titled
    `Nhiệm vụ` in an article that sets no standards."""
    texts = [t.text[:20] for t in rule_tasks(tmp_path, GRADES)]
    assert texts == ["Cục Thủy sản có trác", "Nhiệm vụ\nCác Sở Nông"]


def test_the_same_duties_under_a_duties_clause_of_a_plan_are_tasks(tmp_path: Path) -> None:
    """Without a sibling clause setting standards, the items under `Nhiệm vụ` are duties."""
    text = GRADES.replace("3. Tiêu chuẩn về năng lực chuyên môn", "3. Kinh phí")
    texts = [t.text[:20] for t in rule_tasks(tmp_path, text)]
    assert "Chủ trì các cuộc tha" in texts and "Hướng dẫn nghiệp vụ " in texts


DECREE_WITH_FORMS = "\n".join([
    "Nghị định quy định việc hỗ trợ học phí cho học viên nghề gốm",
    "Căn cứ Luật Giáo dục nghề nghiệp;",
    "Điều 1. Hồ sơ đề nghị hỗ trợ",
    "Học viên lập đơn đề nghị theo Mẫu số 01 tại Phụ lục ban hành kèm theo Nghị định này.",
    "Điều 2. Trách nhiệm thi hành",
    "Bộ Giáo dục và Đào tạo có trách nhiệm hướng dẫn thực hiện Nghị định này.",
    "Phụ lục",
    "Mẫu số 01. Đơn đề nghị hỗ trợ học phí",
    "Kính gửi: .............(1).............",
    "Đề nghị ..........(2).......... xem xét, giải quyết hỗ trợ học phí cho tôi.",
    "Tôi xin cam đoan những nội dung kê khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật.",
    "Xác nhận của Ủy ban nhân dân cấp xã",
    "- Ủy ban nhân dân xã ........(3)........ xác nhận ông (bà) ........ cư trú tại địa phương.",
    "",
])


def test_the_wording_of_an_appendix_form_assigns_nothing(tmp_path: Path) -> None:
    """What an applicant writes in a printed form is no duty, even where it reads as a request or a
    responsibility; the articles above the appendix still charge their bodies."""
    texts = [t.text for t in rule_tasks(tmp_path, DECREE_WITH_FORMS)]
    assert len(texts) == 1 and "Bộ Giáo dục và Đào tạo có trách nhiệm" in texts[0]


def test_a_form_named_in_an_article_opens_no_appendix(tmp_path: Path) -> None:
    """Without a `Phụ lục` line of its own, a line naming a form is the article's text, as the
    rules read it without the form rule."""
    text = DECREE_WITH_FORMS.replace("Phụ lục\nMẫu số 01. Đơn", "Mẫu số 01. Đơn")
    texts = [t.text[:20] for t in rule_tasks(tmp_path, text)]
    assert "Đề nghị ..........(2" in texts


ACCOUNTABILITY = "\n".join([
    "Quyết định về việc hỗ trợ người nuôi ong bị thiệt hại do rét đậm",
    "Căn cứ Luật Tổ chức Chính phủ;",
    "Điều 1. Hồ sơ hỗ trợ",
    "1. Hộ nuôi ong kê khai số đàn bị thiệt hại và chịu trách nhiệm về tính trung thực của số liệu.",
    "2. Chủ hộ nuôi ong hoàn toàn chịu trách nhiệm trước pháp luật về nội dung đã kê khai.",
    "3. Tổ chức xác nhận thiệt hại có trách nhiệm đối chiếu số đàn trước khi xác nhận.",
    "",
])


def test_answering_for_something_is_no_duty_phrase(tmp_path: Path) -> None:
    """`chịu trách nhiệm về ... / trước pháp luật` says what a subject answers for; `có trách nhiệm`
    followed by an action still charges it."""
    texts = [t.text[:20] for t in rule_tasks(tmp_path, ACCOUNTABILITY)]
    assert texts == ["Tổ chức xác nhận thi"]


FRONTED_DOERS = "\n".join([
    "Thông tư quy định việc quyết toán kinh phí nuôi dưỡng ngựa giống",
    "Căn cứ Luật Ngân sách nhà nước;",
    "Điều 5. Quyết toán kinh phí nuôi dưỡng",
    "1. Hằng quý, sau khi khóa sổ, đơn vị nuôi giữ ngựa giống lập báo cáo quyết toán gửi Sở Tài chính.",
    "2. Trường hợp báo cáo chưa đủ số liệu thì cơ quan thẩm định trả lại hồ sơ trong 05 ngày làm việc.",
    "3. Trong 10 ngày đầu mỗi năm, các trại giống tổng hợp số ngựa xuất bán.",
    "4. Kinh phí quyết toán chuyển vào tài khoản của đơn vị nuôi giữ.",
    "5. Trường hợp quá hạn nộp báo cáo thì đơn vị nuôi giữ được gia hạn một lần.",
    "6. Khi thay đổi địa điểm nuôi, đơn vị nuôi giữ đã báo cáo trước đó giữ nguyên mã số.",
    "",
])


def test_a_doer_after_the_clauses_opening_adverbial_makes_it_a_duty(tmp_path: Path) -> None:
    """A clause that names no doer states a norm; one whose doer (a class of agencies no rule names, or
    doers counted out) follows its opening time or condition charges that doer. A passive or a permission
    after such a subject, what was done, or a clause with no opening adverbial stays a norm."""
    texts = [t.text[:20] for t in rule_tasks(tmp_path, FRONTED_DOERS)]
    assert texts == ["Hằng quý, sau khi kh", "Trường hợp báo cáo c", "Trong 10 ngày đầu mỗ"]
