"""Where a Vietnamese directive sentence places its doer (issue 12), on texts of our own: the subject
of the main clause after a condition or a topic closed by `thì` (perhaps past a time limit), and
alternative doers joined by `hoặc` (RULINGS R83)."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

REGULATION = (
    "QUY CHẾ\nPhối hợp giải quyết hồ sơ cấp phép xây dựng\n\n"
    "Điều 4. Tiếp nhận và chuyển hồ sơ\n"
    "1. Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm tiếp nhận hồ sơ và chuyển Sở Xây dựng.\n"
    "2. Trường hợp hồ sơ cần ý kiến của các ngành thì trong thời hạn 03 ngày làm việc kể từ ngày nhận "
    "đủ hồ sơ, Sở Xây dựng gửi văn bản lấy ý kiến Sở Tài chính.\n"
    "3. Nếu hồ sơ chưa hợp lệ thì Sở Xây dựng trả lại hồ sơ cho người nộp và nêu rõ lý do.\n"
    "4. Đối với công trình trên địa bàn nhiều xã thì Ủy ban nhân dân các xã có liên quan cử cán bộ "
    "tham gia kiểm tra hiện trường.\n"
    "Điều 5. Đo đạc và kiểm tra\n"
    "1. Sở Nông nghiệp và Môi trường hoặc Ủy ban nhân dân cấp xã thực hiện đo đạc, xác định ranh giới "
    "thửa đất trước khi cấp phép.\n"
    "2. Khi người dân có đề nghị thì Sở Tư pháp hoặc Sở Nội vụ hướng dẫn thủ tục trong 05 ngày.\n"
)


def test_the_subject_after_then_does_the_work(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REGULATION)
    # the condition names no doer; the main clause after `thì` does, past a time limit
    assert task_starting(tasks, "Trường hợp hồ sơ").responsible == ["Sở Xây dựng"]
    assert task_starting(tasks, "Nếu hồ sơ").responsible == ["Sở Xây dựng"]
    assert task_starting(tasks, "Đối với công trình").responsible == ["Ủy ban nhân dân các xã"]


def test_alternative_doers_are_each_responsible(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REGULATION)
    assert task_starting(tasks, "Sở Nông nghiệp").responsible == [
        "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"]
    assert task_starting(tasks, "Khi người dân").responsible == ["Sở Tư pháp", "Sở Nội vụ"]
