"""Units the rules took for tasks wrongly: an enacting preamble's issuer as the doer of a plan's areas of
work, two requests that only ask to implement the letter (RULINGS R7), a finding under a topic label
`Về X:` (and the request a later sentence draws from it, which stays a task)."""

from pathlib import Path

from nlp_fixtures import rule_tasks

PLAN_UNDER_ENACTMENT = "\n".join([
    "KẾ HOẠCH",
    "Triển khai Chỉ thị về quản lý chợ",
    "Thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
    "triển khai thực hiện với các nội dung như sau:",
    "I. NHIỆM VỤ, GIẢI PHÁP",
    "1. Công tác tuyên truyền",
    "- Đẩy mạnh tuyên truyền pháp luật về chợ đến các hộ kinh doanh.",
    "- Lồng ghép tuyên truyền với các phong trào thi đua của địa phương.",
    "2. Công tác quản lý",
    "- Rà soát quy hoạch mạng lưới chợ trên địa bàn.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Công Thương:",
    "- Chủ trì rà soát mạng lưới chợ, báo cáo trước ngày 30/6/2026.",
    "2. Sở Tài chính:",
    "- Bố trí kinh phí thực hiện Kế hoạch.",
    "3. Ủy ban nhân dân các xã:",
    "- Kiểm tra hoạt động kinh doanh tại các chợ.",
    "",
])


def test_the_issuer_enacting_a_plan_does_not_do_its_areas_of_work(tmp_path: Path) -> None:
    """`..., UBND tỉnh ban hành Kế hoạch ... như sau:` speaks, as `yêu cầu:` does: the areas of work under
    `Nhiệm vụ, giải pháp` inherit no doer from it, and where `Tổ chức thực hiện` shares the duties out body
    by body they are no tasks."""
    tasks = rule_tasks(tmp_path, PLAN_UNDER_ENACTMENT)
    assert [t.section for t in tasks] == ["II.1-b1", "II.2-b1", "II.3-b1"]


def test_requests_that_only_ask_to_implement_or_to_take_part_are_a_closing_formula(tmp_path: Path) -> None:
    """(RULINGS R7) Each clause asks its addressees only to carry the letter out, or to take part in
    carrying it out, whoever they are (bodies or not): no task. A clause with a step of its own keeps
    the unit a task."""
    text = "\n".join([
        "CÔNG VĂN",
        "Về quản lý chợ đầu mối",
        "1. Sở Công Thương kiểm tra các chợ đầu mối, báo cáo trước ngày 30/6/2026.",
        "2. Sở Công Thương yêu cầu các hộ kinh doanh tại chợ nghiêm túc thực hiện; đề nghị Ủy ban nhân dân "
        "các phường trong thành phố quan tâm, phối hợp thực hiện./.",
        "3. Sở Công Thương yêu cầu các hộ kinh doanh nghiêm túc thực hiện; đề nghị Ủy ban nhân dân các "
        "phường kiểm tra việc niêm yết giá tại chợ.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.section for t in tasks] == ["1", "3"]


def test_a_finding_under_a_topic_label_is_no_task_but_a_request_drawn_from_it_is(tmp_path: Path) -> None:
    """`Về X: <finding>` assesses; `Về` opens a topic, not an action. A later sentence that asks for a
    step on the finding (`Do đó, đề nghị ...`) makes the unit a task."""
    text = "\n".join([
        "CÔNG VĂN",
        "V/v góp ý hồ sơ dự án chợ đầu mối",
        "Kính gửi: Sở Công Thương",
        "1. Về lĩnh vực đất đai",
        "- Về quy hoạch sử dụng đất tại Quyết định số 12/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh: "
        "Phạm vi khu đất dự án không chồng lấn với đất trồng lúa.",
        "- Về quy hoạch khoáng sản tại Quyết định số 13/QĐ-UBND ngày 02/3/2025 của Ủy ban nhân dân tỉnh: "
        "Phạm vi khu đất dự án chồng lấn một phần mỏ đá. Do đó, đề nghị xem xét, điều chỉnh ranh giới dự án.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.text[:30] for t in tasks] == ["Về quy hoạch khoáng sản tại Qu"]
