"""Query expansion from the everyday-to-administrative thesaurus (search/thesaurus.py): matching
on whole words, accented or restored, and its use in the lexical and dense legs of hybrid search."""

import pytest
from search_fixtures import directive, shared_cache, shared_embedder  # noqa: F401

from policylink.nlp.extract import extract
from policylink.search.engine import engine_for
from policylink.search.index import EdgeIndex, IndexMeta
from policylink.search.lexical import DEFAULT_ANALYZER, query_vector, term_index
from policylink.search.retrieval import Searcher
from policylink.search.thesaurus import THESAURUS, Thesaurus, default_thesaurus, parse

SMALL = Thesaurus(
    parse(
        "# test concepts\n"
        "trà | đồi trà\tchè | cây chè\n"
        "xã\tcấp xã\n"
        "nhà cho công nhân\tnhà ở xã hội\n"
        "ubnd\tủy ban nhân dân\n"
        "ai lo\tchủ trì\n"
    )
)


def test_every_line_of_the_shipped_thesaurus_parses_into_hundreds_of_phrases():
    concepts = parse(THESAURUS.read_text(encoding="utf-8"))
    assert len(concepts) > 300
    assert all(everyday and formal for everyday, formal in concepts)
    assert len(default_thesaurus()) > 1000


def test_a_line_without_a_tab_is_a_clear_error():
    with pytest.raises(ValueError, match="line 2"):
        parse("# comment\ntrà chè\n")


def test_an_everyday_phrase_gives_the_documents_words_and_a_rewritten_query():
    expansion = SMALL.expand("Ai lo việc trồng trà ở vùng cao?")
    assert expansion.formal == ("chủ trì", "chè", "cây chè")
    assert expansion.rewritten.startswith("chủ trì việc trồng chè ở")


def test_a_phrase_matches_only_on_word_boundaries():
    # `xã` alone is a word; inside `xã hội` it is part of another word
    assert SMALL.expand("an sinh xã hội cho người lao động").formal == ()
    assert SMALL.expand("giúp đỡ người dân ở xã vùng sâu").formal == ("cấp xã",)


def test_abbreviations_and_longer_phrases_match_in_any_case_and_tone_style():
    assert SMALL.expand("UBND giao việc xây nhà cho công nhân").formal == ("ủy ban nhân dân", "nhà ở xã hội")
    assert SMALL.expand("Đồi Trà trên núi").formal == ("chè", "cây chè")


def test_multi_syllable_phrases_also_match_folded():
    # a query whose diacritics were restored wrongly (`chó` for `cho`) still meets a phrase of
    # several syllables
    assert SMALL.expand("nhà chó công nhân").formal == ("nhà ở xã hội",)
    assert SMALL.expand("tra").formal == ()  # one folded syllable is too ambiguous (`tra`, `trà`, `trả`)


def test_a_query_without_everyday_phrases_is_not_expanded():
    expansion = SMALL.expand("Sở Tài chính chủ trì thẩm định dự án")
    assert not expansion
    assert expansion.rewritten == "Sở Tài chính chủ trì thẩm định dự án"


def test_expansion_terms_join_the_lexical_query_below_its_own_words():
    terms = query_vector(
        "xây nhà cho công nhân", DEFAULT_ANALYZER, expansions=("nhà ở xã hội",), expansion_weight=0.5
    )
    weight = dict(zip(terms.indices, terms.values, strict=True))
    assert weight[term_index("cong_nhan")] == 1.0
    assert weight[term_index("xa_hoi")] == 0.5  # the documents' word, syllables and compound
    assert weight[term_index("hoi")] == 0.5
    assert weight[term_index("nha")] == 1.0  # a word the query already has keeps the query's weight


DIRECTIVES = [
    (
        "chi-thi-che-2023.txt",
        "7-CT/TU",
        "2023-04-02",
        [
            "Phát triển vùng chè tập trung gắn với chế biến sâu và xây dựng thương hiệu chè đặc sản.",
            "Sở Nông nghiệp và Môi trường hướng dẫn nông dân áp dụng quy trình sản xuất an toàn.",
        ],
    ),
    (
        "ke-hoach-nha-o-2024.txt",
        "15-KH/UBND",
        "2024-05-06",
        [
            "Đầu tư xây dựng nhà ở xã hội tại các khu công nghiệp, bảo đảm chỗ ở ổn định cho người lao động.",
            "Sở Xây dựng báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.",
        ],
    ),
    (
        "chi-thi-gpmb-2021.txt",
        "12-CT/TU",
        "2021-03-10",
        [
            "Tăng cường lãnh đạo công tác bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng các dự án.",
            "Ủy ban nhân dân tỉnh hoàn thành việc rà soát giá đất bồi thường trước ngày 30/6/2021.",
        ],
    ),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory, shared_embedder, shared_cache):  # noqa: F811
    meta = IndexMeta(shared_embedder.name, shared_embedder.dim, DEFAULT_ANALYZER)
    index = EdgeIndex(tmp_path_factory.mktemp("thesaurus"), meta)
    eng = engine_for(index, shared_embedder, shared_cache)
    for name, key, date, items in DIRECTIVES:
        doc, doc_id = directive(name, key, date, items)
        eng.index_document(doc, doc_id, extract(doc, doc_id), background=False)
    yield eng
    eng.wait()
    index.close()


def _first_source(searcher: Searcher, query: str) -> str:
    return searcher.ranked_hits(query, limit=3)[0].payload["source_name"]


def test_an_everyday_question_finds_the_passage_in_the_documents_words(engine):
    searcher = engine.searcher
    assert searcher.expansion("Ở đâu có đồi trà để làm hàng đặc sản?")
    assert _first_source(searcher, "Ở đâu có đồi trà để làm hàng đặc sản?") == "chi-thi-che-2023.txt"
    assert _first_source(searcher, "Xây nhà cho công nhân ở gần nhà máy") == "ke-hoach-nha-o-2024.txt"


def test_a_query_in_the_documents_words_ranks_as_without_the_thesaurus(engine):
    with_thesaurus = engine.searcher
    without = Searcher(
        with_thesaurus.index, with_thesaurus.embedder, with_thesaurus.vocabulary, Thesaurus([])
    )
    query = "rà soát giá đất bồi thường giải phóng mặt bằng"
    assert with_thesaurus.expansion(query)  # `đền bù` is not in it, but `giá đất` is a listed phrase
    ids = [h.id for h in with_thesaurus.ranked_hits(query, limit=5)]
    assert ids == [h.id for h in without.ranked_hits(query, limit=5)]
