"""Letters to the public (RULINGS R26), on texts of our own: guidance in a letter whose `Kính gửi` names
only enterprises, organisations and persons assigns no body a task, unless a unit names the body that
acts; a letter to bodies, or a decision, keeps the duties it lays on licensees and project runners
(H20), and advice `Đề nghị <enterprise>` is no task wherever it stands."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

HEADER = "\n".join([
    "UBND TỈNH AN HÒA                         CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ CÔNG THƯƠNG                         Độc lập - Tự do - Hạnh phúc",
    "Số: 812/SCT-KTAT                        An Hòa, ngày 14 tháng 3 năm 2026",
    "V/v bảo đảm an toàn trong hoạt động",
    "kinh doanh xăng dầu",
])
ITEMS = "\n".join([
    "Thời gian qua, một số cửa hàng xăng dầu chưa bảo đảm điều kiện an toàn phòng cháy theo quy định. Để chấn"
    " chỉnh tình trạng trên, Sở Công Thương hướng dẫn như sau:",
    "1. Rà soát toàn bộ hệ thống bồn chứa, cột bơm và đường ống tại cửa hàng; thay thế ngay thiết bị"
    " hư hỏng.",
    "2. Duy trì chế độ trực bảo vệ 24/24 giờ; bố trí đủ bình chữa cháy tại khu vực bán hàng.",
    "3. Lập sổ theo dõi nhập, xuất xăng dầu hằng ngày và lưu giữ chứng từ ít nhất 05 năm.",
    "4. Tổ chức huấn luyện nghiệp vụ phòng cháy cho người lao động trước ngày 30/6/2026.",
    "5. Báo cáo tình hình kinh doanh về Sở Công Thương trước ngày 15 hằng tháng.",
    "6. Đề nghị Ủy ban nhân dân các xã kiểm tra việc chấp hành quy định tại các cửa hàng trên địa bàn.",
    "7. Giao Phòng Kỹ thuật an toàn thuộc Sở theo dõi, tổng hợp kết quả thực hiện.",
])
CLOSING = "\n".join([
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Kỹ thuật an toàn để được"
    " hướng dẫn./.",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND tỉnh (b/c);",
    "- Lưu: VT, KTAT.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "",
])
NAMED_BODIES = ["Đề nghị Ủy ban nhân dân các xã", "Giao Phòng Kỹ thuật an toàn"]


def _letter(*addressees: str) -> str:
    return "\n".join([HEADER, *addressees, ITEMS, CLOSING])


def test_guidance_to_the_public_assigns_only_the_bodies_it_names(tmp_path: Path) -> None:
    for addressees in (
        ["Kính gửi:      Các tổ chức, cá nhân kinh doanh xăng dầu", "trên địa bàn tỉnh."],
        ["Kính gửi:", "- Công ty TNHH Xăng dầu Bình Minh;", "(Địa chỉ: Khu công nghiệp Phú Lâm, xã Phú Lâm)",
         "- Hộ kinh doanh Trần Văn Tư."],
        ["Kính gửi: Quý doanh nghiệp kinh doanh xăng dầu."],
        # one line, no full stop: the body's first line (a citation here) ends the list (ingest.addressees)
        ["Kính gửi: Các thương nhân kinh doanh xăng dầu trên địa bàn tỉnh",
         "Căn cứ Nghị định số 80/2023/NĐ-CP ngày 17/11/2023 của Chính phủ về kinh doanh xăng dầu."],
    ):
        tasks = tasks_in(tmp_path, _letter(*addressees))
        assert [t.text[:25] for t in tasks] == [w[:25] for w in NAMED_BODIES], addressees


def test_a_letter_to_bodies_keeps_its_duties_without_a_named_doer(tmp_path: Path) -> None:
    """A body among the addressees, even after an enterprise and its address, or addressees the rules
    cannot read as the public: the items are duties as before."""
    for addressees in (
        ["Kính gửi:", "- Công ty TNHH Xăng dầu Bình Minh;", "(Địa chỉ: Khu công nghiệp Phú Lâm)",
         "- Ủy ban nhân dân các xã, phường."],
        ["Kính gửi: Ủy ban nhân dân các xã, phường."],
    ):
        tasks = tasks_in(tmp_path, _letter(*addressees))
        assert len(tasks) == len(NAMED_BODIES) + 5, addressees


DECISION = "\n".join([
    "QUYẾT ĐỊNH",
    "Ban hành Quy định quản lý chất lượng công trình đo đạc bản đồ trên địa bàn tỉnh",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chất lượng công trình đo đạc bản đồ.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2026.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm thi hành"
    " Quyết định này.",
    "QUY ĐỊNH",
    "Quản lý chất lượng công trình đo đạc bản đồ",
    "Điều 1. Trách nhiệm các bên",
    "1. Trách nhiệm của chủ đầu tư",
    "a) Tổ chức giám sát, kiểm tra và nghiệm thu công trình theo thiết kế kỹ thuật đã được phê duyệt;",
    "b) Lập báo cáo gửi cơ quan quyết định đầu tư khi kết thúc công trình.",
    "2. Trách nhiệm của đơn vị thi công",
    "a) Lập kế hoạch thi công chi tiết bảo đảm tiến độ đã được chấp thuận.",
    "",
])


def test_a_regulation_keeps_the_duties_it_lays_on_project_runners(tmp_path: Path) -> None:
    """No `Kính gửi` to the public: the duties a regulation's own article lays on the investor and the
    contractor stay tasks with no responsible body (H20)."""
    tasks = tasks_in(tmp_path, DECISION)
    for words in ("Tổ chức giám sát, kiểm tra", "Lập báo cáo gửi"):
        assert task_starting(tasks, words).responsible == []
    assert task_starting(tasks, "Lập kế hoạch thi công")


REPLY = "\n".join([
    "Kính gửi: Ủy ban nhân dân xã Tân Phú.",
    "Trả lời công văn số 15/UBND ngày 02/3/2026 của Ủy ban nhân dân xã Tân Phú, Sở Tài chính có ý kiến"
    " như sau:",
    "1. Đề nghị Ủy ban nhân dân xã Tân Phú rà soát hồ sơ thửa đất và gửi Sở Tài chính trước ngày 30/3/2026.",
    "2. Đề nghị hộ kinh doanh Nguyễn Văn Tám căn cứ các quy định nêu trên để kê khai lệ phí.",
    "3. Đề nghị Quý Công ty liên hệ cơ quan thuế quản lý để được hướng dẫn.",
    "",
])


def test_advice_to_an_enterprise_is_no_task_in_a_letter_to_a_body(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REPLY)
    assert [(t.text[:30], t.responsible) for t in tasks] == [
        ("Đề nghị Ủy ban nhân dân xã Tân", ["Ủy ban nhân dân xã Tân Phú"])]
