"""Ids: the cited document's scope and year, and the citing document's own mentions
(nlp.citation_ids)."""

from citation_fixtures import cite

from policylink.core.identity import document_id


def test_local_symbols_take_the_named_province_or_the_citing_jurisdiction() -> None:
    own, named, central = cite(
        "Kết luận số 55-KL/TU ngày 07/3/2021; Nghị quyết số 12-NQ/TU ngày 1/2/2020 của Tỉnh ủy Bắc Ninh; "
        "Kết luận số 72-KL/TW."
    )
    assert own.target_id == "bac-giang/55-KL/TU/2021"
    assert named.target_id == "bac-ninh/12-NQ/TU/2020"
    assert central.target_id is None  # no year: the graph stage resolves it against the store


def test_a_district_or_city_named_by_the_issuer_scopes_its_local_symbol() -> None:
    district, city = cite("Nghị quyết số 01-NQ/HU ngày 2/3/2023 của Huyện ủy Yên Dũng; Kế hoạch số "
                          "12/KH-UBND ngày 5/6/2024 của UBND thành phố Hải Phòng.")
    assert (district.target_id, city.target_id) == ("yen-dung/01-NQ/HU/2023", "hai-phong/12/KH-UBND/2024")


def test_an_issuer_that_runs_past_its_place_names_no_scope() -> None:
    # the issuer runs on into the capitalised title after it: `Đà Nẵng Quản lý chợ` is no place, so the
    # citing document's jurisdiction scopes the symbol
    (found,) = cite("Quyết định số 08/2023/QĐ-UBND ngày 1/2/2023 của UBND thành phố Đà Nẵng Quản lý chợ "
                    "trên địa bàn.")
    assert found.target_id == "bac-giang/08/2023/QĐ-UBND"


def test_a_capitalised_verb_of_the_title_ends_the_issuer() -> None:
    found, amended = cite("Quyết định số 08/2023/QĐ-UBND ngày 1/2/2023 của UBND thành phố Đà Nẵng Sửa đổi, "
                          "bổ sung Quy định quản lý chợ.")
    assert (found.issuer, found.target_id) == ("UBND thành phố Đà Nẵng", "da-nang/08/2023/QĐ-UBND")
    assert found.subject == "Sửa đổi, bổ sung Quy định quản lý chợ"
    # the regulation the subject changes is cited by the decision (R59)
    assert (amended.key, amended.relation, amended.source) == (
        "Quy định quản lý chợ", "amends", "da-nang/08/2023/QĐ-UBND")


def test_the_document_itself_written_with_its_number_is_no_citation() -> None:
    own = document_id(key="12/2024/QĐ-UBND", jurisdiction="Bắc Giang", year=2024)
    text = ("QUY ĐỊNH\nVề quản lý chợ trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số 12/2024/QĐ-UBND "
            "ngày 03 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Bắc Giang)\n"
            "Điều 1. Quy định này cụ thể hóa Nghị định số 60/2024/NĐ-CP ngày 5/6/2024 của Chính phủ.")
    assert [(c.key, c.relation) for c in cite(text, self_id=own)] == [("60/2024/NĐ-CP", "implements")]
    # another document with the same number, of another year, is still cited
    other = "thay thế Quyết định số 12/2019/QĐ-UBND ngày 4/4/2019 của UBND tỉnh."
    assert [c.key for c in cite(other, self_id=own)] == ["12/2019/QĐ-UBND"]


def test_a_document_said_to_be_amended_by_the_citing_one_is_still_cited() -> None:
    # a form laid down by the decree reproduces its heading: the decree amends the older one, which stands
    # outside it, and the law in the older one's subject stays nested there; the decree itself is no citation
    found = cite("Thực hiện Nghị định số 40/2021/NĐ-CP ngày 2/4/2021 của Chính phủ quy định chi "
                 "tiết Luật Thủy lợi được sửa đổi, bổ sung bởi Nghị định số 12/2025/NĐ-CP ngày 3/3/2025 "
                 "của Chính phủ.",
                 self_id="tw/12/2025/NĐ-CP")
    assert [c.key for c in found] == ["40/2021/NĐ-CP", "Luật Thủy lợi"]
    assert found[0].source == "tw/12/2025/NĐ-CP"
