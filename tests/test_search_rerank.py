"""The paraphrase stages: question-type re-ranking and words borrowed from the nearest passage; the
accent bonus of the page."""

import random

from policylink.search.index import Hit
from policylink.search.lexical import query_vector, term_index
from policylink.search.rerank import BONUS, Wants, question_wants, rerank
from policylink.search.retrieval import ACCENT_BONUS, _accent_share, _accented_syllables, _with_accent_bonus


def test_question_words_say_what_is_asked_with_or_without_diacritics():
    assert question_wants("cơ quan nào hướng dẫn cấp phát chứng thư số") == Wants(body=True)
    assert question_wants("ai chiu trach nhiem ve tien do giai phong mat bang") == Wants(body=True)
    assert question_wants("báo cáo tháng gửi trước ngày nào") == Wants(deadline=True)
    assert question_wants("khi nao boc tham giao dat tai dinh cu") == Wants(deadline=True)
    assert question_wants("văn bản nào quy định chế độ báo cáo") == Wants(document=True)
    # topic words are not question words, nor are syllables that fold like one (`mọc` / `mốc`)
    assert not question_wants("hạ tầng logistics, cảng sông, cảng cạn").any()
    assert not question_wants("vườn gia vị mọc xen trong rừng").any()


def _hit(pid: str, score: float, **payload) -> Hit:
    return Hit(pid, score, {"text": "", **payload})


def test_a_passage_holding_the_asked_fact_moves_up_by_the_bonus_only():
    hits = [
        _hit("a", 0.09, text="tuyên truyền về đất đai"),
        _hit("b", 0.08, text="hoàn thành trong quý IV/2024", has_deadline=True),
        _hit("c", 0.05, text="báo cáo trước ngày 15/12", has_deadline=True),
    ]
    moved = rerank("khi nào hoàn thành", hits)
    assert [h.id for h in moved] == ["b", "a", "c"]  # c is too far down for the bonus
    assert moved[0].score == 0.08 + BONUS
    assert rerank("tuyên truyền đất đai", hits) == hits
    bodies = rerank("ai chủ trì", [hits[0], _hit("d", 0.08, bodies=["Sở Xây dựng"])])
    assert [h.id for h in bodies] == ["d", "a"]


def test_borrowed_words_join_the_query_at_their_weight():
    query = "nâng đỡ người trồng trà"
    plain = query_vector(query)
    borrowed = query_vector(query, borrowed="phát triển vùng chè đặc sản", borrowed_weight=0.3)
    weights = dict(zip(borrowed.indices, borrowed.values, strict=True))
    assert set(plain.indices) < set(borrowed.indices)
    assert weights[term_index("dac_san")] == 0.3 and weights[term_index("nang_do")] == 1.0
    # a borrowed word the query has keeps the query's weight
    again = query_vector("đặc sản", borrowed="vùng chè đặc sản", borrowed_weight=0.3)
    assert dict(zip(again.indices, again.values, strict=True))[term_index("dac_san")] == 1.0


def test_accent_bonus_reads_only_passages_that_can_reach_the_page() -> None:
    """The page with the bonus read for every candidate and the page with it read only above the
    floor are the same, on candidates whose scores sit within the bonus of each other."""
    chance = random.Random(7)
    query = "giải phóng mặt bằng"
    texts = ["giải phóng mặt bằng", "giai phong mat bang", "giải phóng", "mặt bằng sạch", "hạ tầng"]
    skipped: list[str] = []
    spread = 4 * ACCENT_BONUS
    for _ in range(200):
        hits = [
            Hit(f"p{i}", round(chance.uniform(0.1, 0.1 + spread), 4), {"text": chance.choice(texts)})
            for i in range(chance.randint(1, 40))
        ]
        limit = chance.randint(1, 12)
        accented = _accented_syllables(query)
        bonused = [
            Hit(h.id, h.score + ACCENT_BONUS * _accent_share(accented, h.payload["text"]), h.payload)
            for h in hits
        ]
        everyone = sorted(bonused, key=lambda h: -h.score)[:limit]
        page = _with_accent_bonus(query, hits, limit)
        assert [(h.id, h.score) for h in page] == [(h.id, h.score) for h in everyone]
        floor = sorted((h.score for h in hits), reverse=True)[min(limit, len(hits)) - 1]
        skipped += [h.id for h in hits if h.score + ACCENT_BONUS < floor]
    assert skipped  # candidates far below the page were there to skip
