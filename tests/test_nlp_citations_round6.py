"""Citations, sixth round: the plan a decision approves and attaches, a type word followed by a
recurrence, the Party's platform, and a rule's name that runs through its organ (sentences of our own)."""

import pytest
from policylink.nlp.citations import find_citations
from policylink.nlp.pipeline import vietnamese_doc

SELF = "ha-tinh/self"


def cite(text: str) -> list[tuple[str, str]]:
    found = find_citations(vietnamese_doc(text), self_id=SELF, jurisdiction="Hà Tĩnh")
    return [(c.key, c.relation) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "QUYẾT ĐỊNH\nPhê duyệt Đề án phát triển nghề muối tỉnh Hà Tĩnh giai đoạn 2025 - 2028\nCHỦ TỊCH",
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kèm theo Quyết định này Chương trình đào tạo nghề cho lao động "
        "nông thôn tỉnh Hà Tĩnh giai đoạn 2025 - 2027.\nĐiều 2. Giao Sở Nội vụ chủ trì.",
        "Về việc phê duyệt Kế hoạch cải cách hành chính huyện Kỳ Anh năm 2025",
    ],
)
def test_the_plan_a_decision_approves_and_attaches_is_its_own_part(text: str) -> None:
    assert cite(text) == []


def test_an_approval_by_a_cited_decision_still_nests_the_approved_document() -> None:
    text = ("Thực hiện Quyết định số 88/QĐ-TTg ngày 10/02/2023 của Thủ tướng Chính phủ phê duyệt Chiến "
            "lược phát triển thủy sản giai đoạn 2023 - 2030.")
    keys = [key for key, _ in cite(text)]
    assert keys == ["88/QĐ-TTg", "Chiến lược phát triển thủy sản giai đoạn 2023 - 2030"]


@pytest.mark.parametrize(
    "text",
    [
        "Sở Công Thương báo cáo UBND tỉnh kết quả thực hiện Đề án định kỳ hằng quý.",
        "Tổng hợp kết quả triển khai Chương trình định kỳ 6 tháng, gửi Sở Tài chính.",
        "Báo cáo tiến độ thực hiện Đề án hằng năm trước ngày 15/12.",
    ],
)
def test_a_type_word_followed_by_a_recurrence_names_no_document(text: str) -> None:
    assert cite(text) == []


def test_a_lower_case_name_still_ends_before_a_recurrence() -> None:
    text = "Sở Y tế tổng kết Đề án chăm sóc sức khỏe người cao tuổi định kỳ 6 tháng."
    assert [key for key, _ in cite(text)] == ["Đề án chăm sóc sức khỏe người cao tuổi"]


def test_the_party_platform_is_a_named_document() -> None:
    text = "Đảng viên gương mẫu chấp hành Cương lĩnh chính trị, Điều lệ Đảng và pháp luật của Nhà nước."
    assert [key for key, _ in cite(text)] == ["Cương lĩnh chính trị", "Điều lệ Đảng"]


def test_a_bare_platform_type_word_names_nothing() -> None:
    assert cite("Nội dung học tập gồm Cương lĩnh, nghị quyết của Đảng.") == []


def test_a_name_issued_by_a_cited_decision_runs_through_its_organ() -> None:
    text = ("Thực hiện theo Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành Quy chế "
            "phối hợp công tác dân vận của Hội Cựu chiến binh Việt Nam và các cơ quan nhà nước; mỗi quý "
            "tổ chức một cuộc họp.")
    keys = [key for key, _ in cite(text)]
    assert keys == [
        "99-QĐ/TW",
        "Quy chế phối hợp công tác dân vận của Hội Cựu chiến binh Việt Nam và các cơ quan nhà nước",
    ]


def test_the_organ_part_of_a_name_stops_at_a_locative() -> None:
    text = ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh ban hành Quy chế quản lý cụm "
            "công nghiệp của Ủy ban nhân dân tỉnh trên địa bàn tỉnh.")
    keys = [key for key, _ in cite(text)]
    assert keys == ["12/QĐ-UBND", "Quy chế quản lý cụm công nghiệp của Ủy ban nhân dân tỉnh"]
