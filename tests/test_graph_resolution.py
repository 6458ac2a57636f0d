"""Identity and resolution on plain data: keys are scoped and dated, and nothing is guessed."""

from dataclasses import replace

from graph_fixtures import Mention, known, make_extraction

from policylink.core.identity import jurisdiction_named_in
from policylink.graph.link import plan_links
from policylink.graph.resolve import Catalogue
from policylink.nlp.model import Citation

BTV = "Ban Thường vụ Tỉnh ủy"


def _plan(jurisdiction, mentions, catalogue=None, key="10-KH/TU"):
    extraction = make_extraction(
        key=key, jurisdiction=jurisdiction, date="2024-05-02", doc_type="Kế hoạch", mentions=mentions
    )
    return plan_links(extraction, catalogue or Catalogue())


def test_two_provinces_55_kl_tu_stay_apart():
    mention = Mention(
        "Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ Tỉnh ủy",
        "55-KL/TU",
        "Kết luận",
        "2021-03-07",
        BTV,
    )
    bac_giang = _plan("Bắc Giang", [mention])
    lang_son = _plan("Lạng Sơn", [mention])
    assert [e.target_id for e in bac_giang.edges] == ["bac-giang/55-KL/TU/2021"]
    assert [e.target_id for e in lang_son.edges] == ["lang-son/55-KL/TU/2021"]
    assert bac_giang.new_ids == ["bac-giang/55-KL/TU/2021"]


def test_citation_naming_another_province_is_scoped_there():
    mention = Mention(
        "Kết luận số 55-KL/TU ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy Lạng Sơn về phát triển đô thị",
        "55-KL/TU",
        "Kết luận",
        "2021-05-10",
        "Ban Thường vụ Tỉnh ủy Lạng Sơn",
        subject="về phát triển đô thị",
    )
    plan = _plan("Bắc Giang", [mention])
    assert plan.edges[0].target_id == "lang-son/55-KL/TU/2021"
    assert plan.facts[0].jurisdiction == "Lạng Sơn"


def test_the_two_06_nq_tw_stay_apart_and_an_undated_mention_is_ambiguous():
    mentions = [
        Mention(
            "Nghị quyết số 06-NQ/TW ngày 24/01/2022 của Bộ Chính trị",
            "06-NQ/TW",
            "Nghị quyết",
            "2022-01-24",
            "Bộ Chính trị",
        ),
        Mention(
            "Nghị quyết số 06-NQ/TW ngày 05/11/2016 của Ban Chấp hành Trung ương",
            "06-NQ/TW",
            "Nghị quyết",
            "2016-11-05",
        ),
        Mention("Nghị quyết số 06-NQ/TW", "06-NQ/TW", "Nghị quyết"),
    ]
    plan = _plan("Bắc Giang", mentions)
    resolved = sorted(e.target_id for e in plan.edges if e.target_id)
    assert resolved == ["tw/06-NQ/TW/2016", "tw/06-NQ/TW/2022"]
    assert len(plan.unresolved) == 1
    ambiguous = plan.unresolved[0]
    assert ambiguous.status == "ambiguous"
    assert ambiguous.candidates == ("tw/06-NQ/TW/2016", "tw/06-NQ/TW/2022")
    # The unresolved mention is still written, with no target, so that it can be listed.
    assert [e.target_key for e in plan.edges if e.target_id is None] == ["06-NQ/TW"]


def test_undated_mention_resolves_only_to_the_unique_known_document():
    catalogue = Catalogue(
        [known("bac-giang/113-NQ/TU/2016", "113-NQ/TU", "2016-07-22", jurisdiction="Bắc Giang")]
    )
    mention = Mention("Nghị quyết số 113-NQ/TU", "113-NQ/TU", "Nghị quyết", relation="implements")
    plan = _plan("Bắc Giang", [mention], catalogue)
    assert [(e.target_id, e.relation) for e in plan.edges] == [("bac-giang/113-NQ/TU/2016", "implements")]
    # Known in another province only: unknown here, never borrowed from there.
    elsewhere = _plan("Lạng Sơn", [mention], catalogue)
    assert elsewhere.edges[0].target_id is None
    assert elsewhere.unresolved[0].status == "unknown"
    assert elsewhere.new_ids == []


def test_nested_citation_hangs_on_the_enclosing_document():
    mentions = [
        Mention(
            "Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ Tỉnh ủy "
            "về tiếp tục thực hiện Nghị quyết số 113-NQ/TU",
            "55-KL/TU",
            "Kết luận",
            "2021-03-07",
            BTV,
        ),
        Mention(
            "Nghị quyết số 113-NQ/TU ngày 22/7/2016",
            "113-NQ/TU",
            "Nghị quyết",
            "2016-07-22",
            relation="implements",
            nested_in=0,
        ),
    ]
    plan = _plan("Bắc Giang", mentions)
    edges = {(e.source_id, e.target_id, e.relation) for e in plan.edges}
    assert edges == {
        ("bac-giang/10-KH/TU/2024", "bac-giang/55-KL/TU/2021", "cites"),
        ("bac-giang/55-KL/TU/2021", "bac-giang/113-NQ/TU/2016", "implements"),
    }


def test_state_keys_carry_their_year_and_are_central():
    mention = Mention("Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP", "Nghị định", relation="based_on")
    plan = _plan("Bắc Giang", [mention])
    assert [(e.target_id, e.relation) for e in plan.edges] == [("tw/30/2020/NĐ-CP", "based_on")]
    assert plan.edges[0].evidence.startswith("Căn cứ tình hình, Nghị định số 30/2020/NĐ-CP")


def test_unnumbered_document_gets_a_stable_id_from_its_name():
    mention = Mention("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX", None, "Nghị quyết")
    first, second = _plan("Bắc Giang", [mention]), _plan("Bắc Giang", [mention], key="11-KH/TU")
    assert first.edges[0].target_id == second.edges[0].target_id
    assert first.edges[0].target_id.startswith("bac-giang/nghi-quyet/")


def test_place_named_in_a_body_name():
    assert jurisdiction_named_in("Ban Chấp hành Đảng bộ tỉnh Bắc Ninh") == "Bắc Ninh"
    assert jurisdiction_named_in("Ban Thường vụ Tỉnh uỷ") is None
    assert jurisdiction_named_in("Ủy ban nhân dân thành phố Hải Phòng") == "Hải Phòng"


def test_nested_citation_in_an_undated_enclosing_one_is_placed_by_its_span():
    text = "Thực hiện Kết luận số 55-KL/TU về tiếp tục thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2016."
    outer_start, inner_start = text.index("Kết luận"), text.index("Nghị quyết")
    base = make_extraction(
        key="12-KH/TU", jurisdiction="Bắc Giang", date="2024-05-02", doc_type="Kế hoạch", mentions=[]
    )
    doc_id = base.document.id
    outer = Citation(
        outer_start,
        len(text) - 1,
        text[outer_start:-1],
        "Kết luận",
        "55",
        "KL/TU",
        "55-KL/TU",
        None,
        None,
        text[text.index("về") : -1],
        "implements",
        doc_id,
        None,
    )
    inner = Citation(
        inner_start,
        len(text) - 1,
        text[inner_start:-1],
        "Nghị quyết",
        "113",
        "NQ/TU",
        "113-NQ/TU",
        "2016-07-22",
        None,
        None,
        "implements",
        "bac-giang/55-KL/TU",
        "bac-giang/113-NQ/TU/2016",
    )
    extraction = replace(base, document=replace(base.document, text=text), citations=[outer, inner])
    catalogue = Catalogue(
        [known("bac-giang/55-KL/TU/2021", "55-KL/TU", "2021-03-07", jurisdiction="Bắc Giang")]
    )
    edges = {(e.source_id, e.target_id, e.relation) for e in plan_links(extraction, catalogue).edges}
    assert edges == {
        (doc_id, "bac-giang/55-KL/TU/2021", "implements"),
        ("bac-giang/55-KL/TU/2021", "bac-giang/113-NQ/TU/2016", "implements"),
    }
    # Without the enclosing document known, the nested one is only "mentioned" by the plan itself.
    alone = {(e.source_id, e.target_id, e.relation) for e in plan_links(extraction, Catalogue()).edges}
    assert (doc_id, "bac-giang/113-NQ/TU/2016", "cites") in alone
