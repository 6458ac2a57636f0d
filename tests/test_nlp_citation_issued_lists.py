"""Lists and schedules a cited document issues (R55), on sentences of our own: nested in the issuing
document, named to the end of their clause without a purpose clause, cited again by the same name; a list
no cited document issues is no citation."""

from citation_fixtures import SELF, cited

_LIST = "Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam"


def test_a_list_a_cited_circular_issues_is_nested_in_it_and_cited_again_by_its_name() -> None:
    text = (f"Căn cứ Thông tư số 31/2022/TT-BTC ngày 08 tháng 6 năm 2022 của Bộ trưởng Bộ Tài chính về "
            f"việc ban hành {_LIST};\nMặt hàng thuộc mã số 7106.92.00 tại {_LIST}./.")
    circular, issued, again = cited(text)
    assert circular.key == "31/2022/TT-BTC"
    assert (issued.key, issued.relation, issued.source) == (_LIST, "cites", "tw/31/2022/TT-BTC")
    assert (again.key, again.relation, again.source) == (_LIST, "cites", SELF)


def test_a_schedule_named_after_about_ends_before_its_purpose_clause() -> None:
    text = ("Thực hiện theo Nghị định số 206/2025/NĐ-CP ngày 10/7/2025 của Chính phủ về Biểu thuế nhập "
            "khẩu ưu đãi đặc biệt của Việt Nam để thực hiện Hiệp định thương mại.")
    assert [c.key for c in cited(text)][1:] == ["Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam"]


def test_a_list_the_document_publishes_itself_is_no_citation() -> None:
    assert cited("Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được sửa đổi.") == []


def test_a_plan_a_cited_decision_issues_is_named_to_the_period_that_closes_its_clause() -> None:
    plan = "Kế hoạch rà soát, đơn giản hóa thủ tục nội bộ trong hệ thống hành chính giai đoạn 2022 - 2025"
    text = f"Căn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ ban hành {plan};"
    assert cited(text)[1].key == plan


def test_a_programme_a_cited_resolution_treats_is_cut_at_its_comma_when_no_period_closes_the_clause() -> None:
    text = ("Căn cứ Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ về Chương trình cắt giảm, đơn giản "
            "hóa thủ tục, Ủy ban nhân dân tỉnh ban hành Kế hoạch này.")
    assert cited(text)[1].key == "Chương trình cắt giảm"


def test_a_plan_a_cited_decision_approves_is_named_to_the_period_that_closes_its_clause() -> None:
    text = ("Căn cứ Quyết định số 812/QĐ-UBND ngày 03 tháng 4 năm 2009 của UBND tỉnh về việc phê duyệt "
            "Quy hoạch phát triển Thủy sản, Lâm nghiệp tại huyện miền núi đến năm 2020;")
    assert [c.key for c in cited(text)][-1] == (
        "Quy hoạch phát triển Thủy sản, Lâm nghiệp tại huyện miền núi đến năm 2020")


def test_a_list_a_cited_decision_approves_is_still_no_citation() -> None:
    text = ("Căn cứ Quyết định số 812/QĐ-TTg ngày 03 tháng 4 năm 2025 của Thủ tướng Chính phủ phê duyệt "
            "Danh mục các dự án trọng điểm ngành điện;")
    assert [c.key for c in cited(text)] == ["812/QĐ-TTg"]
