"""Names written by their initials where the document writes them out too (nlp.body_initials), names
that end at a table's cell boundary (nlp.bodies), units named by a role in a workflow table
(nlp.body_roles); documents of our own."""

from nlp_fixtures import body_names

from policylink.nlp.body_initials import expand_code, written_out


def test_the_initials_of_a_name_written_out_spell_its_code() -> None:
    codes = written_out(["Trung tâm Dịch vụ việc làm tỉnh Hòa Bình", "Viện Nghiên cứu và Phát triển"])
    assert codes["TTDVVL"] == "Trung tâm Dịch vụ việc làm"
    assert codes["VNC&PT"] == codes["VNCPT"] == "Viện Nghiên cứu và Phát triển"
    assert expand_code("DVVL", "Trung tâm", codes) == "Trung tâm Dịch vụ việc làm"
    assert expand_code("DVVL", "Viện", codes) is None  # the head must be the name's own
    assert expand_code("NCPT", "", codes) is None  # a code alone spells the whole name's initials


def test_a_code_after_a_head_noun_is_the_name_written_out_elsewhere() -> None:
    text = ("Giao Trung tâm Dịch vụ việc làm tỉnh chủ trì thực hiện.\n"
            "Nơi nhận:\n- Trung tâm DVVL tỉnh;")
    assert body_names(text) == ["Trung tâm Dịch vụ việc làm tỉnh", "Trung tâm Dịch vụ việc làm tỉnh"]


def test_a_code_after_one_tier_of_a_sector_spells_the_field_written_out_under_another() -> None:
    text = ("Cục Dự trữ Nhà nước khu vực báo cáo tình hình.\n"
            "Tổng cục DTNN tổng hợp, đề xuất phương án. Trung tâm DTNN thì không.")
    assert body_names(text)[1] == "Tổng cục Dự trữ Nhà nước"
    codes = written_out(["Cục Thi hành án dân sự tỉnh"])
    assert expand_code("THADS", "Tổng cục", codes) == "Tổng cục Thi hành án dân sự"  # (`án`: A, unmarked)
    assert expand_code("THADS", "Viện", codes) is None  # no tier of the sector


def test_a_code_alone_is_a_body_with_its_level_word_or_in_a_table_cell() -> None:
    text = ("Hồ sơ nộp tại Trung tâm Dịch vụ việc làm tỉnh Hòa Bình.\n"
            "B1\tTiếp nhận hồ sơ\tTTDVVL tỉnh\t0,5 ngày\n"
            "B2\tTrả kết quả\tTTDVVL\t0,5 ngày\n")
    assert body_names(text) == ["Trung tâm Dịch vụ việc làm tỉnh Hòa Bình", "Trung tâm Dịch vụ việc làm tỉnh",
                                "Trung tâm Dịch vụ việc làm"]


def test_a_code_in_a_document_symbol_or_a_filing_line_is_no_body() -> None:
    text = ("Trung tâm Dịch vụ việc làm tỉnh báo cáo theo Quyết định số 12/QĐ-TTDVVL.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, TTDVVL.")
    assert body_names(text) == ["Trung tâm Dịch vụ việc làm tỉnh"]


def test_a_code_no_name_of_the_document_spells_is_left_alone() -> None:
    assert body_names("B1\tTiếp nhận hồ sơ\tTTDVVL\t0,5 ngày") == []


def test_a_name_ends_at_a_table_cell_boundary() -> None:
    assert body_names("B3\tXem xét, trình lãnh đạo Sở\tVăn bản trình ký\t1 ngày") == ["Sở"]
    assert body_names("Cửa khẩu\tChi cục Hải quan Lào Cai\tTỉnh Lào Cai") == ["Chi cục Hải quan Lào Cai"]


def test_a_role_over_a_unit_in_a_workflow_table_gives_the_unit() -> None:
    text = ("Bước 1\tBàn giao hồ sơ về phòng chuyên môn\tVăn thư Sở\t0,5 ngày\n"
            "Bước 2\tPhân công thụ lý\tLãnh đạo phòng Quản lý Di sản và Bảo tàng (QLDS&BT)\t0,5 ngày\n"
            "Bước 3\tThẩm định hồ sơ\tChuyên viên phòng QLDS&BT\t2 ngày\n"
            "Bước 4\tXem xét\tLãnh đạo phòng\t0,5 ngày\n"
            "Bước 5\tPhê duyệt\tLãnh đạo Sở\t0,5 ngày\n")
    assert body_names(text) == ["Phòng chuyên môn", "Sở", "Phòng Quản lý Di sản và Bảo tàng",
                                "Phòng Quản lý Di sản và Bảo tàng", "Phòng", "Sở"]


def test_in_running_text_a_role_over_a_unit_is_people() -> None:
    assert body_names("Đề nghị lãnh đạo phòng, lãnh đạo sở quan tâm chỉ đạo.") == []


def test_a_standing_organ_abbreviation_after_a_head_noun_is_a_code() -> None:
    text = ("Nơi nhận:\n- VP UBND tỉnh: LĐVP, Trung tâm TT, KTN;\n- Trung tâm TT ứng dụng khoa học;\n"
            "- Ban NVT;")
    assert body_names(text) == ["Văn phòng Ủy ban nhân dân tỉnh", "Ban NVT"]


def test_a_name_written_in_other_case_spells_the_same_code() -> None:
    codes = written_out(["Văn phòng Đăng ký đất đai", "Văn phòng đăng ký đất đai tỉnh"])
    assert codes["VPĐKĐĐ"] == "Văn phòng Đăng ký đất đai"


def test_a_branch_of_a_body_is_a_body_of_its_own() -> None:
    text = ("Hồ sơ nộp tại Văn phòng Đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai khu vực.\n"
            "Khi có yêu cầu thì Văn phòng ĐKĐĐ hoặc Chi nhánh Văn phòng ĐKĐĐ thực hiện đo đạc. "
            "Chi nhánh số 2 Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ.")
    assert body_names(text)[2:] == [
        "Văn phòng Đăng ký đất đai", "Chi nhánh Văn phòng Đăng ký đất đai",
        "Chi nhánh số 2 Trung tâm Phục vụ hành chính công tỉnh"]


def test_a_code_in_brackets_after_its_name_is_that_mention() -> None:
    text = "Trực tiếp tại Bộ phận Một cửa (BPMC) bất kỳ.\nNộp hồ sơ\tBộ phận một cửa\tBPMC"
    assert body_names(text) == ["Bộ phận Một cửa", "Bộ phận một cửa", "Bộ phận Một cửa"]


def test_a_website_written_with_the_code_of_a_body_the_document_names() -> None:
    text = ("CỤC THUẾ\nCục Thuế nhận được công văn của Thuế tỉnh.\n"
            "Nơi nhận:\n- Như trên;\n- Website CT;\n- Lưu: VT, CS.")
    assert body_names(text)[-1] == "Website Cục Thuế"
    # a code no body of the document spells stays a distribution mark
    assert "Website" not in " ".join(body_names("Nơi nhận:\n- Website TCT;\n- Lưu: VT."))
