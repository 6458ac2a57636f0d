"""Titles cited without a number that run on past where a name would stop (nlp.citation_titles,
nlp.citation_regulations): a regulation's subject after `về`, a second part after a semicolon, a plan
named by the decision that approved it or by a Roman-numeral designation; and a cited decision that
adjusts a plan (nlp.citation_relations). Sentences of our own."""

from citation_fixtures import SELF, cited, cited_edges


def test_a_regulations_subject_after_ve_belongs_to_its_title() -> None:
    title = "Quy định kỹ thuật và định mức kinh tế - kỹ thuật về công tác đo đạc, lập bản đồ địa chính"
    text = (f"Căn cứ Thông tư số 12/2021/TT-BTNMT ngày 15/6/2021 của Bộ trưởng Bộ Tài nguyên và Môi trường "
            f"ban hành {title};\n")
    assert (title, "cites", "tw/12/2021/TT-BTNMT") in cited_edges(text)


def test_a_shorter_naming_later_takes_the_title_with_its_subject() -> None:
    title = "Quy định kỹ thuật và định mức kinh tế - kỹ thuật về công tác đo đạc, lập bản đồ địa chính"
    text = (f"Căn cứ Thông tư số 12/2021/TT-BTNMT ngày 15/6/2021 của Bộ trưởng Bộ Tài nguyên và Môi trường "
            f"ban hành {title};\n"
            "Điều 3. Thực hiện theo Điều 5 Quy định kỹ thuật và định mức kinh tế - kỹ thuật ban hành "
            "kèm theo Thông tư số 12/2021/TT-BTNMT.\n")
    keys = [c.key for c in cited(text) if c.key.startswith("Quy định")]
    assert keys == [title, title]


def test_a_title_goes_on_after_a_semicolon_with_a_parallel_part() -> None:
    title = ("Quy chế thu thập, quản lý và sử dụng dữ liệu đất đai; cập nhật, quản lý và sử dụng cơ sở "
             "dữ liệu đất đai tỉnh Bắc Giang")
    text = f"Bãi bỏ Quyết định số 31/2020/QĐ-UBND ngày 02/9/2020 của Ủy ban nhân dân tỉnh ban hành {title}.\n"
    assert (title, "cites", "bac-giang/31/2020/QĐ-UBND") in cited_edges(text)


def test_a_semicolon_before_a_new_clause_ends_the_title() -> None:
    text = ("Căn cứ Quyết định số 31/2020/QĐ-UBND ngày 02/9/2020 của Ủy ban nhân dân tỉnh ban hành Quy chế "
            "quản lý chợ đêm; giao Sở Công Thương hướng dẫn thực hiện.\n")
    assert "Quy chế quản lý chợ đêm" in [c.key for c in cited(text)]


def test_plans_named_by_their_approving_decisions_are_two_documents() -> None:
    short = "Quy hoạch bảo vệ và khai thác nguồn nước, sông ngòi"
    longer = f"{short} liên tỉnh"
    text = (f"Rà soát các vướng mắc về {short} đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số "
            f"101/QĐ-TTg ngày 02/3/2022 và {longer} đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số "
            "202/QĐ-TTg ngày 05/4/2022.\n")
    keys = [c.key for c in cited(text)]
    assert keys == [short, "101/QĐ-TTg", longer, "202/QĐ-TTg"]


def test_a_plan_named_by_a_roman_numeral_designation() -> None:
    text = "Rà soát các vướng mắc về Quy hoạch rừng phòng hộ cấp I, II trên địa bàn tỉnh để kiến nghị.\n"
    assert cited_edges(text) == [
        ("Quy hoạch rừng phòng hộ cấp I, II", "cites", SELF)]


def test_a_cited_decision_that_adjusts_a_plan_amends_it() -> None:
    plan = "Quy hoạch tỉnh Bắc Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050"
    text = (f"Căn cứ Quyết định số 77/QĐ-TTg ngày 10/01/2026 của Thủ tướng Chính phủ phê duyệt điều chỉnh "
            f"{plan};\n")
    assert (plan, "amends", "tw/77/QĐ-TTg/2026") in cited_edges(text)


def test_the_adjusted_plan_as_a_title_is_only_cited() -> None:
    plan = "Quy hoạch tỉnh Bắc Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050"
    text = (f"Căn cứ Quyết định số 77/QĐ-TTg ngày 10/01/2026 của Thủ tướng Chính phủ phê duyệt Điều chỉnh "
            f"{plan};\n")
    assert (plan, "cites", "tw/77/QĐ-TTg/2026") in cited_edges(text)


def test_integrating_into_the_adjustment_of_a_plan_changes_nothing() -> None:
    plan = "Quy hoạch tỉnh Bắc Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050"
    text = f"Rà soát phương án để tích hợp vào điều chỉnh {plan}.\n"
    assert cited_edges(text) == [(plan, "cites", SELF)]
