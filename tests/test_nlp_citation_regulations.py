"""Regulations, rules and charters a cited decision issues (R59, DECISIONS-5), on sentences of our own: nested
in the issuing decision and named by its title to the end of the clause; the same document met again by its
title after a change, or only by the decision that issued it, takes that one key; upper-case title lines and
partial repeals of a decision's list."""

from citation_fixtures import SELF, cite, cited, cited_edges

_RULES = "Quy định về quản lý hoạt động chợ đêm, phố đi bộ trên địa bàn tỉnh Bắc Giang"


def test_a_regulation_a_cited_decision_issues_is_nested_in_it_with_its_whole_title() -> None:
    text = (f"Bãi bỏ Quyết định số 15/2020/QĐ-UBND ngày 04 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh về việc "
            f"ban hành {_RULES.lower()}.\n")
    decision, rules = cited(text)
    assert (decision.key, decision.relation, decision.source) == ("15/2020/QĐ-UBND", "replaces", SELF)
    assert rules.key.lower() == _RULES.lower()
    assert (rules.relation, rules.source) == ("cites", "bac-giang/15/2020/QĐ-UBND")


def test_a_charter_issued_by_a_minister_runs_to_the_sentence_end_commas_and_all() -> None:
    charter = "Điều lệ tổ chức, hoạt động của Trung tâm Thử nghiệm Vật liệu Mới"
    text = (f"Bãi bỏ Quyết định số 77/2009/QĐ-BXD ngày 12 tháng 5 năm 2009 của Bộ trưởng Bộ Xây dựng "
            f"ban hành {charter}.\n")
    assert [c.key for c in cited(text)] == ["77/2009/QĐ-BXD", charter]


def test_the_regulation_named_only_by_its_issuing_decision_takes_the_title_written_elsewhere() -> None:
    text = (f"1. Quyết định số 15/2020/QĐ-UBND ngày 04/3/2020 của Ủy ban nhân dân tỉnh ban hành {_RULES}.\n"
            "2. Quyết định số 09/2023/QĐ-UBND ngày 11/8/2023 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung "
            "một số điều của Quy định ban hành kèm theo Quyết định số 15/2020/QĐ-UBND ngày 04/3/2020.\n")
    edges = cited_edges(text)
    assert (_RULES, "cites", "bac-giang/15/2020/QĐ-UBND") in edges
    assert (_RULES, "amends", "bac-giang/09/2023/QĐ-UBND") in edges
    assert ("15/2020/QĐ-UBND", "amends", "bac-giang/09/2023/QĐ-UBND") in edges


def test_a_regulation_changed_by_its_title_is_cited_and_a_verb_led_subject_is_none() -> None:
    # `Quyết định ... Quy định về ...` without `ban hành` is the decision's own subject (R59)
    text = (f"Quyết định số 30/2016/QĐ-UBND ngày 02/6/2016 của UBND tỉnh {_RULES}; Quyết định số "
            f"41/2021/QĐ-UBND ngày 19/10/2021 của UBND tỉnh sửa đổi, bổ sung một số điều của {_RULES} "
            "ban hành kèm theo Quyết định số 30/2016/QĐ-UBND ngày 02/6/2016 của UBND tỉnh.\n")
    edges = cited_edges(text)
    assert [key for key, _, _ in edges].count(_RULES) == 1
    assert (_RULES, "amends", "bac-giang/41/2021/QĐ-UBND") in edges


def test_a_provision_added_in_lower_case_names_no_regulation() -> None:
    text = "Sở Tư pháp rà soát, bổ sung quy định về thời hạn xử lý hồ sơ trong năm 2026.\n"
    assert cited(text) == []


def test_an_upper_case_title_line_nests_the_regulation_and_stops_where_the_capitals_do() -> None:
    text = ("BÃI BỎ QUYẾT ĐỊNH SỐ 15/2020/QĐ-UBND NGÀY 04/3/2020 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH QUY "
            "ĐỊNH VỀ QUẢN LÝ CHỢ ĐÊM Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n")
    edges = cited_edges(text)
    assert ("Quy định về quản lý chợ đêm", "cites", "bac-giang/15/2020/QĐ-UBND") in edges
    assert ("72/2025/QH15", "based_on", SELF) in edges


def test_two_decisions_repealed_in_an_upper_case_title_are_both_replaced() -> None:
    text = ("BÃI BỎ QUYẾT ĐỊNH SỐ 15/2020/QĐ-UBND NGÀY 04/3/2020 VÀ QUYẾT ĐỊNH SỐ 09/2023/QĐ-UBND "
            "NGÀY 11/8/2023 CỦA ỦY BAN NHÂN DÂN TỈNH\n")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("15/2020/QĐ-UBND", "replaces"), ("09/2023/QĐ-UBND", "replaces")]


def test_a_change_coordinated_after_a_nested_subject_belongs_to_the_enclosing_decision() -> None:
    text = ("Bãi bỏ Quyết định số 09/2023/QĐ-UBND ngày 11/8/2023 của UBND tỉnh sửa đổi Quy định ban hành kèm "
            "theo Quyết định số 15/2020/QĐ-UBND quy định về quản lý chợ đêm và bãi bỏ một phần Quyết định số "
            "21/2021/QĐ-UBND ngày 05/7/2021 của UBND tỉnh.\n")
    edges = cited_edges(text)
    assert ("21/2021/QĐ-UBND", "replaces", "bac-giang/09/2023/QĐ-UBND") in edges
    assert ("15/2020/QĐ-UBND", "amends", "bac-giang/09/2023/QĐ-UBND") in edges


def test_a_former_issuer_note_keeps_the_subject_and_its_regulation_nested() -> None:
    text = ("Bãi bỏ Quyết định số 15/2020/QĐ-UBND ngày 04/3/2020 của UBND tỉnh Hà Tây (cũ) về việc ban hành "
            "Quy chế phối hợp quản lý cụm công nghiệp của tỉnh.\n")
    _, rules = cited(text)
    assert rules.source == "ha-tay/15/2020/QĐ-UBND"  # the issuer named, not the citing province


def test_procedures_repealed_in_a_cited_decisions_list_are_a_partial_repeal_of_it() -> None:
    text = ("Bãi bỏ: 03 thủ tục hành chính tại số thứ tự 4, 5, 9 Mục II Danh mục thủ tục hành chính ban hành "
            "kèm theo Quyết định số 812/QĐ-UBND ngày 02/4/2025 của Chủ tịch UBND tỉnh.\n"
            "Bãi bỏ nội dung công bố của các thủ tục có thứ tự B.1, B.4 tại Danh mục ban hành kèm theo Quyết "
            "định số 930/QĐ-UBND ngày 15/5/2025.\n")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("812/QĐ-UBND", "replaces"), ("930/QĐ-UBND", "replaces")]


def test_a_change_made_as_another_decision_says_only_cites_it() -> None:
    text = ("Bãi bỏ các thủ tục hành chính về đất đai theo quy định tại Quyết định số 812/QĐ-UBND ngày "
            "02/4/2025.\nSở Nội vụ tham mưu bãi bỏ các nội dung tại Quyết định số 930/QĐ-UBND ngày "
            "15/5/2025.\n")
    assert [c.relation for c in cited(text)] == ["cites", "cites"]


def test_the_enactment_sentence_above_the_first_article_repeals_what_it_names() -> None:
    text = ("Ủy ban nhân dân tỉnh ban hành Quyết định bãi bỏ Quyết định số 15/2020/QĐ-UBND ngày 04/3/2020 "
            "của Ủy ban nhân dân tỉnh về việc ban hành quy định về quản lý chợ đêm và Quyết định số "
            "09/2023/QĐ-UBND ngày 11/8/2023 của Ủy ban nhân dân tỉnh.\nĐiều 1. Bãi bỏ các Quyết định sau:\n")
    edges = cited_edges(text)
    assert ("15/2020/QĐ-UBND", "replaces", SELF) in edges
    assert ("09/2023/QĐ-UBND", "replaces", SELF) in edges


def test_a_duty_to_issue_a_replacing_decision_above_an_article_replaces_nothing_yet() -> None:
    text = ("Sở Tư pháp tham mưu ban hành Quyết định thay thế Quyết định số 15/2020/QĐ-UBND ngày 04/3/2020.\n"
            "Điều 1. Giao Sở Tư pháp theo dõi.\n")
    assert [c.relation for c in cited(text)] == ["cites"]


def test_a_change_named_in_a_repealed_decisions_subject_in_the_enactment_sentence_is_that_decisions() -> None:
    text = ("Ủy ban nhân dân tỉnh ban hành Quyết định bãi bỏ Quyết định số 09/2023/QĐ-UBND ngày 11/8/2023 "
            "của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quy định về quản lý chợ đêm ban hành "
            "kèm theo Quyết định số 15/2020/QĐ-UBND ngày 04/3/2020.\nĐiều 1. Bãi bỏ toàn bộ Quyết định.\n")
    edges = cited_edges(text)
    assert ("09/2023/QĐ-UBND", "replaces", SELF) in edges
    assert ("Quy định về quản lý chợ đêm", "amends", "bac-giang/09/2023/QĐ-UBND") in edges
    assert ("15/2020/QĐ-UBND", "amends", "bac-giang/09/2023/QĐ-UBND") in edges


def test_documents_listed_over_lines_closed_by_semicolons_all_end_in_force() -> None:
    text = ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Các thủ tục đã công bố tại các Quyết định số 101/QĐ-BNV ngày 02/3/2023;\n"
            "Quyết định số 205/QĐ-BNV ngày 14/6/2024;\n"
            "Quyết định số 318/QĐ-BNV ngày 20/9/2024 hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n")
    assert [c.relation for c in cited(text)] == ["replaces", "replaces", "replaces"]


def test_lettered_items_closed_by_semicolons_keep_their_own_relations() -> None:
    text = ("Điều 2. Xử lý các văn bản sau:\n"
            "a) Quyết định số 101/QĐ-BNV ngày 02/3/2023 tiếp tục được áp dụng;\n"
            "b) Quyết định số 318/QĐ-BNV ngày 20/9/2024 hết hiệu lực kể từ ngày Quyết định này có "
            "hiệu lực.\n")
    assert [c.relation for c in cited(text)] == ["cites", "replaces"]


def test_a_procedure_a_cited_decision_issues_is_nested_like_a_regulation() -> None:
    procedure = "Quy trình phối hợp giải quyết hồ sơ đăng ký biến động đất đai trên địa bàn tỉnh Bắc Giang"
    text = (f"Quyết định này thay thế Quyết định số 25/2019/QĐ-UBND ngày 03 tháng 5 năm 2019 của Ủy ban nhân "
            f"dân tỉnh ban hành {procedure}.\n")
    assert cited_edges(text) == [("25/2019/QĐ-UBND", "replaces", SELF),
                            (procedure, "cites", "bac-giang/25/2019/QĐ-UBND")]


def test_a_procedure_changed_by_its_title_is_the_one_its_decision_issued() -> None:
    procedure = "Quy trình luân chuyển hồ sơ cấp phép khai thác nước mặt"
    text = (f"1. Quyết định số 31/2021/QĐ-UBND ngày 10/6/2021 của Ủy ban nhân dân tỉnh ban hành "
            f"{procedure}.\n"
            f"2. Sửa đổi, bổ sung một số điều của {procedure} ban hành kèm theo Quyết định số "
            "31/2021/QĐ-UBND ngày 10/6/2021.\n")
    edges = cited_edges(text)
    assert (procedure, "cites", "bac-giang/31/2021/QĐ-UBND") in edges
    assert (procedure, "amends", SELF) in edges


def test_a_title_the_name_reader_cut_at_of_or_and_gives_way_to_the_issued_title() -> None:
    for title in ("Quy chế thẩm định dự án của doanh nghiệp", "Quy chế Quản lý chợ và siêu thị"):
        text = f"Căn cứ Quyết định số 31/2011/QĐ-TTg ngày 3/5/2011 của Thủ tướng Chính phủ ban hành {title};"
        assert [c.key for c in cited(text)] == ["31/2011/QĐ-TTg", title]


def test_a_provision_of_a_regulation_named_before_its_issuing_decision_cites_the_regulation() -> None:
    text = ("Điều 1. Sửa đổi khoản 3 Điều 7 Quy chế quản lý bến thủy nội địa trên sông Hồng ban hành kèm "
            "theo Quyết định số 88/2006/QĐ-UBND ngày 02 tháng 3 năm 2006 của Ủy ban nhân dân tỉnh như sau:")
    keys = [c.key for c in cited(text)]
    assert keys == ["Quy chế quản lý bến thủy nội địa trên sông Hồng", "88/2006/QĐ-UBND"]


def test_a_provision_of_a_regulation_without_its_issuing_decision_names_no_new_document() -> None:
    text = "Thực hiện theo Điều 7 Quy chế làm việc của cơ quan trong năm 2010."
    assert cited(text) == []


def test_a_chapter_of_a_regulation_repealed_names_the_regulation_and_its_issuing_decision() -> None:
    text = ("2. Bãi bỏ Chương III Quy chế hoạt động của Cụm công nghiệp Tân Phú, tỉnh Bình Phước ban hành "
            "kèm theo Quyết định số 12/2010/QĐ-UBND ngày 3 tháng 4 năm 2010 của Ủy ban nhân dân tỉnh.")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("Quy chế hoạt động của Cụm công nghiệp Tân Phú, tỉnh Bình Phước", "replaces"),
        ("12/2010/QĐ-UBND", "replaces"),
    ]


def test_the_title_a_cited_decision_issued_written_again_names_that_regulation() -> None:
    title = "Quy chế quản lý cảng cá, bến cá"
    text = (f"Căn cứ Quyết định số 45/2012/QĐ-UBND ngày 3/5/2012 của Ủy ban nhân dân tỉnh ban hành {title};\n"
            f"Sở Nông nghiệp hướng dẫn thi hành {title} như sau:\n"
            f"1. Các đơn vị thực hiện {title} của Ủy ban nhân dân tỉnh và lập báo cáo gửi về Sở trước ngày "
            "15 tháng 3 hằng năm.\n")
    found = cited(text)
    assert [(c.key, c.relation) for c in found] == [
        ("45/2012/QĐ-UBND", "based_on"), (title, "cites"), (title, "implements"), (title, "implements")]
    assert "15 tháng 3" not in found[-1].text


def test_a_title_the_citing_document_issues_itself_is_no_citation_again() -> None:
    title = "Quy chế quản lý cảng cá, bến cá"
    text = (f"Căn cứ Quyết định số 45/2012/QĐ-UBND ngày 3/5/2012 của Ủy ban nhân dân tỉnh ban hành {title};\n"
            f"Điều 1. Ban hành kèm theo Quyết định này {title}.\n"
            f"Điều 2. Các đơn vị thực hiện {title}.\n")
    assert [c.key for c in cited(text)] == ["45/2012/QĐ-UBND", title]


def test_a_title_in_a_numbered_decisions_own_subject_is_no_new_mention() -> None:
    title = "Quy định về quản lý vỉa hè trên địa bàn thành phố"
    text = (f"Căn cứ Quyết định số 45/2012/QĐ-UBND ngày 3/5/2012 của Ủy ban nhân dân thành phố ban hành "
            f"{title};\nĐiều 3. Bãi bỏ Quyết định số 45/2012/QĐ-UBND ngày 3/5/2012 {title}.\n")
    assert [c.key for c in cited(text)] == ["45/2012/QĐ-UBND", title, "45/2012/QĐ-UBND"]


def test_a_titled_regulation_before_its_issuing_decision_is_a_mention_anywhere() -> None:
    # in a cited circular's subject: the regulation it guides is carried out, and its issuing decision with it
    found = cite("Căn cứ Thông tư số 41/2008/TT-BTC ngày 3/5/2008 của Bộ Tài chính hướng dẫn thực hiện một "
                 "số điều của Quy chế quản lý quỹ bảo trì ban hành kèm theo Quyết định số 77/2007/QĐ-TTg "
                 "ngày 1/6/2007 của Thủ tướng Chính phủ;")
    assert [(c.key, c.relation) for c in found] == [
        ("41/2008/TT-BTC", "based_on"), ("Quy chế quản lý quỹ bảo trì", "implements"),
        ("77/2007/QĐ-TTg", "implements")]
    assert found[1].source == found[2].source == "tw/41/2008/TT-BTC"
    # an internal procedure listed in an annex is a part of it, no titled document
    assert [c.key for c in cite("Quy trình nội bộ có số thứ tự 3, 4 Mục I Phụ lục II ban hành kèm theo Quyết "
                                "định số 210/QĐ-UBND ngày 2/4/2025 hết hiệu lực.")] == ["210/QĐ-UBND"]


def test_a_submission_proposes_the_regulation_it_names_and_issues_none() -> None:
    found = cite("Xét đề nghị của Sở Xây dựng tại Tờ trình số 95/TTr-SXD ngày 2/3/2024 về việc ban hành "
                 "Quy định về quản lý chợ trên địa bàn tỉnh,\nQuyết định:\nĐiều 1. Ban hành kèm theo "
                 "Quyết định này Quy định về quản lý chợ trên địa bàn tỉnh.")
    assert [c.key for c in found] == ["95/TTr-SXD"]


def test_coordinated_change_cues_with_annulment_name_the_changed_regulation() -> None:
    rules = "Quy định về quản lý bến thủy nội địa trên địa bàn huyện Tân Phú"
    text = (f"Căn cứ Quyết định số 21/2006/QĐ-UBND ngày 03/5/2006 của Ủy ban nhân dân tỉnh "
            f"ban hành {rules};\n"
            "Điều 1. Sửa đổi, bổ sung và hủy bỏ một số điều của quy định về quản lý bến thủy nội địa "
            "trên địa "
            "bàn huyện Tân Phú ban hành kèm theo Quyết định số 21/2006/QĐ-UBND ngày 03/5/2006.\n")
    edges = cited_edges(text)
    assert (rules, "cites", "bac-giang/21/2006/QĐ-UBND") in edges
    assert (rules, "amends", SELF) in edges


def test_the_older_spelling_qui_names_the_same_regulation() -> None:
    rules = "Quy định về việc cấp phép khai thác cát sỏi lòng sông"
    text = (f"Căn cứ Quyết định số 30/2005/QĐ-UBND ngày 02/6/2005 của Ủy ban nhân dân tỉnh "
            f"ban hành {rules};\n"
            "Căn cứ Quyết định số 44/2007/QĐ-UBND ngày 09/8/2007 của Ủy ban nhân dân tỉnh về việc "
            "sửa đổi, bổ "
            "sung một số điều của Qui định về việc cấp phép khai thác cát sỏi lòng sông ban hành kèm theo "
            "Quyết định số 30/2005/QĐ-UBND ngày 02/6/2005;\n")
    edges = cited_edges(text)
    assert (rules, "amends", "bac-giang/44/2007/QĐ-UBND") in edges
    assert not any(key.startswith("Qui ") for key, _, _ in edges)
