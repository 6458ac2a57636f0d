"""Task units and duty cues that carry to unseen documents (issue 12, the kinds that fresh real
batches kept bringing), on texts of our own, decided by the rules alone:
- a doer's heading or lead-in over one paragraph is one task anchored at the doer (RULINGS H15),
  while a doer over several paragraphs or bullets heads each of them;
- a request addressed to a body after an opening adverbial (`Để ..., đề nghị Sở X gửi ...`) is a duty
  of that body, wherever the paragraph sits; advice to enterprises stays none (R26);
- a legal basis listed in a reply (`- Căn cứ Thông tư số ...;`), a charge only to apply a document
  (`X căn cứ nội dung Quyết định này để tổ chức thực hiện ...`, R7, R26) and a form's marks are none,
  while `căn cứ Kế hoạch này để xây dựng ...` names an action of its own."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting

DECISION = "\n".join([
    "QUYẾT ĐỊNH",
    "Về việc công bố danh mục thủ tục hành chính",
    "",
    "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.",
    "Điều 2. Tổ chức thực hiện",
    "1. Sở Công Thương chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh:",
    "Cập nhật quy trình điện tử của các thủ tục trên hệ thống giải quyết thủ tục hành chính của tỉnh.",
    "Thời hạn hoàn thành chậm nhất 10 ngày làm việc kể từ ngày ký.",
    "2. Sở Xây dựng, Sở Nội vụ",
    "Hướng dẫn các xã niêm yết công khai danh mục tại nơi tiếp nhận hồ sơ.",
    "3. Sở Y tế:",
    "Kiểm tra việc niêm yết tại các trạm y tế.",
    "Tổng hợp kết quả kiểm tra gửi Sở Nội vụ.",
    "4. Sở Tư pháp",
    "- Rà soát các quy định về hồ sơ của từng thủ tục;",
    "- Đề xuất bãi bỏ các thành phần hồ sơ không cần thiết.",
    "5. Các sở, ban, ngành căn cứ nội dung Quyết định này để tổ chức thực hiện nghiêm túc, bảo đảm"
    " thuận lợi cho người dân.",
    "6. Ủy ban nhân dân các huyện căn cứ Kế hoạch này để xây dựng kế hoạch của địa phương.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    "",
])


def test_a_doer_over_one_paragraph_is_one_task_anchored_at_the_doer(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, DECISION)
    lead_in = task_starting(tasks, "Sở Công Thương chủ trì")
    assert "Cập nhật quy trình điện tử" in lead_in.text and "Thời hạn hoàn thành" in lead_in.text
    assert lead_in.responsible == ["Sở Công Thương"]
    assert lead_in.coordinating == ["Văn phòng Ủy ban nhân dân tỉnh"]
    heading = task_starting(tasks, "Sở Xây dựng, Sở Nội vụ")
    assert "Hướng dẫn các xã" in heading.text and heading.responsible == ["Sở Xây dựng", "Sở Nội vụ"]
    assert not any(t.text.startswith(("Cập nhật", "Hướng dẫn các xã")) for t in tasks)


def test_a_doer_over_several_paragraphs_or_bullets_heads_each(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, DECISION)
    for words, body in (("Kiểm tra việc niêm yết", "Sở Y tế"), ("Tổng hợp kết quả", "Sở Y tế"),
                        ("Rà soát các quy định", "Sở Tư pháp"), ("Đề xuất bãi bỏ", "Sở Tư pháp")):
        assert task_starting(tasks, words).responsible == [body]
    assert not any(t.text.startswith(("Sở Y tế", "Sở Tư pháp")) for t in tasks)


def test_applying_a_document_is_a_formula_but_building_on_it_is_a_duty(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, DECISION)
    assert not any(t.text.startswith("Các sở, ban, ngành căn cứ") for t in tasks)
    builds = task_starting(tasks, "Ủy ban nhân dân các huyện căn cứ")
    assert builds.responsible == ["Ủy ban nhân dân các huyện"]


LETTER = "\n".join([
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố",
    "",
    "Để kịp tổng hợp số liệu cả nước, đề nghị Ủy ban nhân dân các tỉnh, thành phố gửi báo cáo về Bộ"
    " Tài chính trước ngày 15/01/2027.",
    "Về cách tính giá trị tài sản góp vốn, đề nghị Sở Tài chính tỉnh Lâm Đồng trao đổi với cơ quan"
    " đăng ký kinh doanh để thống nhất.",
    "Đề nghị các doanh nghiệp căn cứ quy định để thực hiện.",
    "",
])


def test_a_request_after_an_opening_adverbial_names_its_doer(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, LETTER)
    report = task_starting(tasks, "Để kịp tổng hợp")
    assert report.responsible == ["Ủy ban nhân dân các tỉnh, thành phố"]
    assert report.report_to == ["Bộ Tài chính"] and report.deadline and report.deadline.due == "2027-01-15"
    assert task_starting(tasks, "Về cách tính").responsible == ["Sở Tài chính tỉnh Lâm Đồng"]
    assert not any(t.text.startswith("Đề nghị các doanh nghiệp") for t in tasks)  # advice (R26)


REPLY = "\n".join([
    "Kính gửi: Sở Tài chính tỉnh Hòa Bình",
    "",
    "Bộ Tài chính có ý kiến như sau:",
    "1. Về nguyên tắc xác định giá",
    "- Căn cứ Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền thuê đất;",
    "- Căn cứ Thông tư số 12/2024/TT-BTC ngày 15/3/2024 của Bộ Tài chính hướng dẫn quản lý thu tiền"
    " thuê đất.",
    "2. Đề nghị Sở Tài chính tỉnh Hòa Bình căn cứ các quy định nêu trên và hồ sơ thực tế để thực hiện theo"
    " quy định.",
    "3. Đề nghị Sở Tài chính tỉnh Hòa Bình rà soát các hợp đồng thuê đất đã ký.",
    "4. Mẫu biểu kèm theo:",
    "Tên chỉ tiêu\tCó\tKhông",
    "Số hợp đồng\tx\t",
    "",
])


def test_a_legal_basis_a_formula_and_a_forms_marks_are_no_duties(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, REPLY)
    assert [t.text[:30] for t in tasks] == ["Đề nghị Sở Tài chính tỉnh Hòa "]
    assert tasks[0].text.startswith("Đề nghị Sở Tài chính tỉnh Hòa Bình rà soát")


def test_a_request_by_name_is_a_duty_whatever_word_opens_its_step(tmp_path: Path) -> None:
    text = "\n".join([
        "Kính gửi: Sở Tài chính tỉnh Hòa Bình",
        "",
        "Bộ Tài chính có ý kiến như sau:",
        "1. Về lệ phí trước bạ Đề nghị Sở Tài chính tỉnh Hòa Bình căn cứ hồ sơ gốc của từng xe để xác định"
        " giá tính lệ phí.",
        "",
    ])
    (task,) = rule_tasks(tmp_path, text)
    assert task.text.startswith("Về lệ phí trước bạ") and task.responsible == ["Sở Tài chính tỉnh Hòa Bình"]


def test_a_later_sentence_with_its_own_doer_is_its_own_duty(tmp_path: Path) -> None:
    text = "\n".join([
        "THÔNG BÁO",
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh",
        "",
        "1. Sở Xây dựng rà soát quy hoạch các khu dân cư ven sông. Trên cơ sở kết quả rà soát, Sở Tài chính"
        " cân đối nguồn vốn thực hiện trong năm 2027.",
        "2. Sở Y tế kiểm tra các cơ sở khám bệnh. Theo kết quả năm trước, Sở Y tế đã kiểm tra 40 cơ sở."
        " Các phòng, ban từ tỉnh đến cơ sở đã tích cực vào cuộc.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert task_starting(tasks, "Sở Xây dựng rà soát").responsible == ["Sở Xây dựng"]
    # another doer's sentence, after a short opening, is a task of its own
    assert task_starting(tasks, "Trên cơ sở kết quả").responsible == ["Sở Tài chính"]
    # the same doer again, and what was done, stay in the item's task
    assert [t.text[:10] for t in tasks if t.section == "2"] == ["Sở Y tế ki"]
