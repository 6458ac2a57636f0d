"""Strategies, plans and schemes named in lower case in a cited decision's subject or after a change, on
sentences of our own: one existing document when its period or a quoted title closes its name; a work
description or content added to another document is none."""

from citation_fixtures import SELF, cited, cited_edges


def test_a_lower_case_plan_a_cited_decision_approves_is_nested_in_it() -> None:
    plan = "quy hoạch phát triển mạng lưới chợ đầu mối nông sản đến năm 2030"
    text = (f"Căn cứ Quyết định số 41/2019/QĐ-TTg ngày 03 tháng 5 năm 2019 của Thủ tướng Chính phủ "
            f"về phê duyệt {plan};\n")
    assert (plan, "cites", "tw/41/2019/QĐ-TTg") in cited_edges(text)


def test_a_subject_that_opens_on_the_strategy_names_it_without_a_verb() -> None:
    strategy = "chiến lược phát triển ngành đường sắt Việt Nam giai đoạn 2021 - 2030"
    text = f"Căn cứ Quyết định số 88/2020/QĐ-TTg ngày 12/6/2020 của Thủ tướng về {strategy};\n"
    assert (strategy, "cites", "tw/88/2020/QĐ-TTg") in cited_edges(text)


def test_a_quoted_title_closes_a_scheme_approved_by_a_replaced_decision() -> None:
    text = ('Quyết định này thay thế Quyết định số 17/2012/QĐ-UBND ngày 02/4/2012 của UBND tỉnh về việc '
            'phê duyệt đề án "Nâng cao chất lượng dạy nghề cho thanh niên nông thôn" và văn bản khác.\n')
    edges = cited_edges(text)
    assert ("17/2012/QĐ-UBND", "replaces", SELF) in edges
    assert ("đề án Nâng cao chất lượng dạy nghề cho thanh niên nông thôn", "cites",
            "bac-giang/17/2012/QĐ-UBND") in edges


def test_a_plan_closed_by_its_period_after_a_change_is_cited() -> None:
    plan = "quy hoạch thủy lợi lưu vực sông Thương thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"
    text = f"Sở Nông nghiệp hoàn thành việc điều chỉnh {plan} trong quý III.\n"
    assert [c.key for c in cited(text)] == [plan]


def test_a_subject_describing_work_names_no_plan() -> None:
    text = ("Thực hiện Quyết định số 55/QĐ-BTC ngày 10/01/2011 của Bộ Tài chính về việc ban hành "
            "chương trình công tác năm 2011; Quyết định số 56/QĐ-BTC ngày 11/01/2011 về kế hoạch chỉ đạo, "
            "điều hành ngân sách nhà nước.\n")
    assert [c.key for c in cited(text)] == ["55/QĐ-BTC", "56/QĐ-BTC"]


def test_a_plan_changed_into_another_document_is_content_not_a_citation() -> None:
    text = ("Căn cứ Công văn số 812/BXD-QHKT ngày 05/3/2012 về việc bổ sung quy hoạch khai thác cát sỏi "
            "lòng sông vào Quy hoạch khoáng sản làm vật liệu xây dựng giai đoạn 2011 - 2020;\n")
    assert not any(c.key.startswith("quy hoạch khai thác") for c in cited(text))


def test_a_plan_to_be_made_in_lower_case_is_no_citation() -> None:
    text = "Các sở xây dựng kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 - 2030 của ngành.\n"
    assert cited(text) == []


def test_planning_listed_among_activities_in_a_subject_is_no_plan() -> None:
    text = ("Thực hiện Nghị quyết số 12-NQ/TW ngày 03/02/2023 của Bộ Chính trị về quy hoạch, xây dựng, "
            "quản lý và phát triển bền vững nông thôn đến năm 2030, tầm nhìn đến năm 2045;\n")
    assert [c.key for c in cited(text)] == ["12-NQ/TW"]
