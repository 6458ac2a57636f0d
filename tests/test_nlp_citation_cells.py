"""Laws named in procedure lists' legal-basis cells, on sentences of our own: a cell's list item opened by
a dash after the tab, a law name with inner commas closed by its year and then met again unclosed in a
cited decree's subject, and group headings between the rows of a basis column."""

from citation_fixtures import SELF, cited

_LAW = "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025"


def test_a_dash_after_a_tab_opens_a_list_item_of_the_cell_not_a_compound_name() -> None:
    text = ("Tên thủ tục\tCăn cứ pháp lý\n"
            f"1. Cấp giấy chứng nhận\t- {_LAW}. - Nghị định số 268/2025/NĐ-CP ngày 14/10/2025.")
    assert [(c.key, c.relation) for c in cited(text)] == [
        (_LAW, "based_on"), ("268/2025/NĐ-CP", "based_on")]


def test_a_dash_between_words_joined_by_spaces_still_makes_a_compound_name() -> None:
    assert cited("Giao Phòng Tài chính - Kế hoạch huyện Hiệp Hòa theo dõi.") == []


def test_a_law_name_closed_by_its_year_is_read_whole_where_it_recurs_unclosed() -> None:
    text = (f"Căn cứ {_LAW};\nCăn cứ Nghị định số 268/2025/NĐ-CP ngày 14/10/2025 của Chính phủ quy định chi "
            "tiết một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo về đổi mới sáng tạo;")
    law, decree, detailed = cited(text)
    assert law.key == detailed.key == _LAW
    assert (detailed.relation, detailed.source) == ("implements", "tw/268/2025/NĐ-CP")
    assert decree.key == "268/2025/NĐ-CP"


def test_an_unclosed_law_name_with_a_comma_stays_short_without_a_closed_mention() -> None:
    (law,) = cited("Theo Luật Cán bộ, công chức và các văn bản hướng dẫn.")
    assert law.key == "Luật Cán bộ, công chức"


def test_group_headings_between_rows_keep_the_basis_column() -> None:
    text = ("Số TT\tTên thủ tục\tCăn cứ pháp lý\nLĨNH VỰC: CHỨNG THỰC\nI. THỦ TỤC CẤP XÃ\n"
            "1\tChứng thực di chúc\t- Nghị định số 23/2015/NĐ-CP ngày 16/02/2015\n"
            "II. THỦ TỤC CẤP TỈNH\n1\tCấp bản sao\tThông tư số 01/2020/TT-BTP ngày 03/3/2020")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("23/2015/NĐ-CP", "based_on"), ("01/2020/TT-BTP", "based_on")]


def test_a_heading_followed_by_prose_ends_the_table() -> None:
    text = ("Số TT\tTên thủ tục\tCăn cứ pháp lý\n1\tCấp bản sao\tNghị định số 23/2015/NĐ-CP\n"
            "ĐIỀU KHOẢN THI HÀNH\nCác đơn vị thực hiện theo Thông tư số 01/2020/TT-BTP ngày 03/3/2020.\n"
            "2\tCấp lại\tx\ty")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("23/2015/NĐ-CP", "based_on"), ("01/2020/TT-BTP", "cites")]


def test_a_row_short_of_the_header_after_a_heading_still_reaches_the_basis_column() -> None:
    text = ("STT\tTên thủ tục\tPhí\tCăn cứ pháp lý\tGhi chú\nA. THỦ TỤC ÁP DỤNG CHUNG\n"
            "01\tCấp bản sao\tKhông\tNghị định số 23/2015/NĐ-CP ngày 16/02/2015")
    assert [(c.key, c.relation) for c in cited(text)] == [("23/2015/NĐ-CP", "based_on")]


def test_a_column_of_legal_documents_by_another_name_after_a_glued_heading_is_a_basis_column() -> None:
    text = ("2. Danh mục thủ tục bị bãi bỏ\tStt\tTên thủ tục\tTên VBQPPL quy định việc bãi bỏ TTHC\n"
            "1\tCấp lại\tThông tư số 01/2020/TT-BTP ngày 03/3/2020")
    assert [(c.key, c.relation) for c in cited(text)] == [("01/2020/TT-BTP", "based_on")]


def test_a_basis_cell_opening_on_the_line_after_its_row_takes_the_list_items_there() -> None:
    text = ("STT\tTên thủ tục\tPhí\tCăn cứ pháp lý\tGhi chú\n"
            "1\tCấp bản sao\tKhông\n+ Nghị định số 23/2015/NĐ-CP ngày 16/02/2015;\n"
            "+ Thông tư số 01/2020/TT-BTP ngày 03/3/2020.")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("23/2015/NĐ-CP", "based_on"), ("01/2020/TT-BTP", "based_on")]


def test_a_basis_cell_after_a_fee_cells_lines_takes_the_document_items_that_follow_them() -> None:
    # the row stops two columns before the basis: the fee cell's lines come first, then the basis items
    text = ("STT\tTên thủ tục\tThời hạn\tPhí\tCăn cứ pháp lý\n"
            "1\tCấp phép khai thác cát\t30 ngày\nMức thu theo giá trị hồ sơ:\n"
            "- Đến 5 tỷ đồng: 2 triệu đồng.\n"
            "- Luật Khoáng sản số 60/2010/QH12 ngày 17/11/2010;\n"
            "- Nghị định số 51/2021/NĐ-CP ngày 01/4/2021 của Chính phủ.")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("60/2010/QH12", "based_on"), ("51/2021/NĐ-CP", "based_on")]


def test_list_items_after_a_row_whose_last_cell_is_not_the_basis_are_no_basis() -> None:
    text = ("STT\tTên thủ tục\tCăn cứ pháp lý\tPhí\n1\tCấp bản sao\tKhông có\tMức thu:\n"
            "+ Thông tư số 226/2016/TT-BTC ngày 11/11/2016 quy định mức thu.")
    assert [(c.key, c.relation) for c in cited(text)] == [("226/2016/TT-BTC", "cites")]


def test_an_amender_named_after_a_nested_decree_is_a_version_note_taking_the_lines_cue() -> None:
    text = ("Căn cứ Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều "
            "của Nghị định số 23/2015/NĐ-CP về cấp bản sao, chứng thực hợp đồng, giao dịch, được sửa đổi, "
            "bổ sung bởi Nghị định số 07/2025/NĐ-CP;")
    assert [(c.key, c.relation, c.source) for c in cited(text)] == [
        ("280/2025/NĐ-CP", "based_on", SELF),
        ("23/2015/NĐ-CP", "amends", "tw/280/2025/NĐ-CP"),
        ("07/2025/NĐ-CP", "based_on", SELF),
    ]


def test_a_decree_detailing_an_article_of_a_law_without_a_quantifier_implements_it() -> None:
    (_, law) = cited("Tại khoản 7 Điều 39 Nghị định số 126/2020/NĐ-CP của Chính phủ quy định chi tiết điều "
                     "Luật Quản lý thuế:")
    assert (law.key, law.relation, law.source) == ("Luật Quản lý thuế", "implements", "tw/126/2020/NĐ-CP")


def test_a_decree_setting_out_a_policy_under_a_resolution_implements_the_resolution() -> None:
    (_, resolution) = cited("Căn cứ Nghị định số 72/2024/NĐ-CP của Chính phủ quy định chính sách giảm thuế "
                            "giá trị gia tăng theo Nghị quyết số 142/2024/QH15 của Quốc hội.")
    assert (resolution.relation, resolution.source) == ("implements", "tw/72/2024/NĐ-CP")


def test_a_circular_guiding_some_provisions_of_a_decree_implements_it() -> None:
    text = ("Căn cứ Thông tư số 05/2024/TT-BNV ngày 2/5/2024 của Bộ trưởng Bộ Nội vụ hướng dẫn thi hành "
            "một số quy định của Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ;")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("05/2024/TT-BNV", "based_on"), ("33/2023/NĐ-CP", "implements")]


def test_a_second_law_named_after_an_article_number_shares_the_detailing_cue() -> None:
    text = ("Căn cứ Nghị định số 20/2025/NĐ-CP ngày 3/2/2025 của Chính phủ quy định chi tiết một số điều của "
            "Luật Đường sắt và Điều 12 Luật Trật tự, an toàn giao thông đường bộ;")
    relations = [(c.key, c.relation) for c in cited(text)]
    assert relations[1:] == [("Luật Đường sắt", "implements"),
                             ("Luật Trật tự, an toàn giao thông đường bộ", "implements")]


def test_a_header_written_one_cell_to_a_line_finds_the_basis_column() -> None:
    text = ("Số TT\nTên thủ tục\nThời hạn giải quyết\nCơ sở pháp lý\nGhi chú\nA\nTHỦ TỤC CẤP TỈNH\n"
            "1\tCấp giấy phép biểu diễn\t05 ngày\t- Nghị định số 44/2021/NĐ-CP ngày 3/4/2021\t\n"
            "II\tLĨNH VỰC ĐIỆN ẢNH\n2\tGia hạn giấy phép\t03 ngày\tLuật Điện ảnh năm 2022\tMới\n"
            "Lưu ý: các thủ tục trên theo Nghị định số 01/2020/NĐ-CP.")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("44/2021/NĐ-CP", "based_on"), ("Luật Điện ảnh năm 2022", "based_on"), ("01/2020/NĐ-CP", "cites")]


def test_short_lines_of_prose_are_no_stacked_header() -> None:
    text = ("TT\nGhi chú\nCơ sở vật chất của các đơn vị còn thiếu.\n"
            "Nghị định số 01/2020/NĐ-CP ngày 3/1/2020 của Chính phủ nêu rõ việc này.")
    assert [(c.key, c.relation) for c in cited(text)] == [("01/2020/NĐ-CP", "cites")]


def test_a_header_glued_after_the_empty_cells_of_the_row_above_keeps_its_columns() -> None:
    text = ("1\tCấp phép\t- Nghị định số 44/2021/NĐ-CP ngày 3/4/2021\t\t\n"
            "\t\t\tII. THỦ TỤC BỊ BÃI BỎ\tSố TT\tTên thủ tục\tTên VBQPPL quy định việc bãi bỏ\n"
            "01\tGia hạn giấy phép\tNghị định số 12/2025/NĐ-CP ngày 2/2/2025")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("44/2021/NĐ-CP", "cites"), ("12/2025/NĐ-CP", "based_on")]


def test_a_note_spelling_out_a_basis_columns_documents_gives_them_as_basis() -> None:
    text = ("Ghi chú: tại cột “Văn bản quy phạm pháp luật quy định nội dung sửa đổi” là các văn bản sau:\n"
            "- Thông tư số 15/2025/TT-BTC ngày 30/6/2025 của Bộ trưởng Bộ Tài chính quy định mức thu phí.\n"
            "Tại cột “Thời hạn giải quyết” là văn bản sau:\n- Quyết định số 12/QĐ-UBND ngày 3/3/2025.")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("15/2025/TT-BTC", "based_on"), ("12/QĐ-UBND", "cites")]
