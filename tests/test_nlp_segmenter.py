"""Word segmentation scored here (nlp.segmenter) gives underthesea's `word_tokenize` words."""

import random
from pathlib import Path

import pytest
from underthesea import word_tokenize
from underthesea.pipeline.word_tokenize import regex_tokenize

from policylink.core.vietnamese import nfc, normalize_tones
from policylink.nlp import segmenter
from policylink.nlp.pipeline import chunks
from policylink.nlp.segmenter import _CHECKED, _library, _model, _syllables, decoded, forget, segment_texts

ROOT = Path(__file__).parents[1]
GOLD = sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
# Odd spacing, URLs, e-mail, numbers (a 32-bit integer or not), dates, abbreviations, look-alike
# letters, capitals, one-syllable chunks, old tone placement, symbols.
ODD = [
    "Xem   tại\thttps://thuvienphapluat.vn/van-ban/Nghi-dinh-123.aspx?x=(1) hoặc www.chinhphu.vn/ .",
    "Liên hệ: vanthu@sonla.gov.vn; ĐT 0212.3852.168 - 02439411232 - 2147483647 - 2147483648 - 1.600m-2.000m",
    "Ngày 02/05/2014, 20.08.2014, 2014/08/20, 10:20:50; 60.542.000 đồng; 4.123,2 tấn; 100,000,000; 3x4",
    "TP.HCM, T.Ư, UBND, NĐ-CP, H'Mông, N’Thôn Hạ, Th.S Nguyễn Văn A, v.v... e-mail ==> => -> >> °C",
    "ÐẢNG CỘNG SẢN VIỆT NAM ðồng chí QUYẾT ĐỊNH", "Uỷ ban nhân dân tỉnh cụ thể hoá, thuỷ lợi, hoà bình",
    "a", "12", "Điều", ".", "I. II. III. IV", "43H-0530 4K 1/2 5-10 %, +, ×, ÷, ^, _ :) <3 ♥‿♥ ʺ",
    "Quyết định số 1234/QĐ-UBND ngày 15 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh",
    "ª º ĸ ß ẞ ǅ ǆ Ǆ ﬁ İ i̇ ² ¹ ½ Ⅻ", "Москва and Ελλάδα ΑΣ", "emoji 🎉 nhé",
]


def _gold_chunks() -> list[str]:
    found: dict[str, None] = {}
    for path in GOLD:
        for _, chunk in chunks(nfc(path.read_text(encoding="utf-8"))):
            found.setdefault(normalize_tones(chunk))
    return list(found)


def _random_texts(seed: int) -> list[str]:
    """Syllables of the odd texts and of random characters from the scripts the module scores."""
    rng = random.Random(seed)
    pool = [s for text in ODD for s in text.split()]
    letters = [chr(c) for c in (*range(0x21, 0x370), *range(0x1E00, 0x1F00), *range(0x2000, 0x2C00))]
    pool += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 3))) for _ in range(300)]
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(300)]


def test_gold_and_odd_texts_get_underthesea_words() -> None:
    gold = _gold_chunks()
    texts = gold + ODD + _random_texts(1)
    _library()
    assert segment_texts(texts) == [word_tokenize(text) for text in texts]
    ours = decoded(texts)
    assert sum(words is not None for words in ours[: len(gold)]) > 0.99 * len(gold)  # scored here
    assert ours[texts.index("Москва and Ελλάδα ΑΣ")] is None  # a script not checked: underthesea's


def test_syllables_are_those_of_underthesea_tokeniser() -> None:
    for text in _gold_chunks()[:400] + ODD + _random_texts(2):
        assert _syllables(text) == regex_tokenize.tokenize(text), text


def _features(syllables: list[str]) -> list[set[str]]:
    """The feature strings of each syllable as the model's placements and value functions make them."""
    model, out = _model(), []
    for i in range(len(syllables)):
        features = set()
        for length, placements in model.placements.items():
            for first, templates in placements:
                start, end = i + first, i + first + length
                gram = " ".join(syllables[start:end])
                for template, function in templates:
                    value = "BOS" if start < 0 else "EOS" if end > len(syllables) else function(gram)
                    features.add(f"{template}={value}")
        out.append(features)
    return out


@pytest.mark.parametrize("seed", [3, 4])
def test_feature_values_are_those_of_underthesea_featuriser(seed: int) -> None:
    _library()
    from underthesea.pipeline.word_tokenize import word_tokenize_model

    texts = _gold_chunks()[:300] + ODD + _random_texts(seed)
    sequences = [s for s in map(_syllables, texts) if s and not _CHECKED.search(" ".join(s))]
    made = word_tokenize_model.featurizer.process([[[s] for s in syllables] for syllables in sequences])
    for syllables, theirs in zip(sequences, made, strict=True):
        assert _features(syllables) == [set(f) for f in theirs], syllables


def test_every_character_scored_here_has_the_featuriser_features() -> None:
    _library()
    from underthesea.pipeline.word_tokenize import word_tokenize_model

    scored = [chr(c) for c in range(0x110000) if chr(c).split() == [chr(c)] and not _CHECKED.search(chr(c))]
    assert 4000 < len(scored) < 4500
    for sequences in ([[c] for c in scored], [["A" + c, c + "a"] for c in scored]):
        made = word_tokenize_model.featurizer.process([[[s] for s in syllables] for syllables in sequences])
        for syllables, theirs in zip(sequences, made, strict=True):
            assert _features(syllables) == [set(f) for f in theirs], syllables


def test_scores_are_the_sum_of_the_features_weights() -> None:
    model = _model()
    syllables = _syllables("Ủy ban nhân dân tỉnh ban hành Quyết định số 12/QĐ-UBND.")
    (begin, inside), = model.scores([syllables])
    for i, features in enumerate(_features(syllables)):
        weights = [model.weights[t].get(v, (0.0, 0.0)) for t, _, v in (f.partition("=") for f in features)]
        assert begin[i] == pytest.approx(sum(w[0] for w in weights), abs=1e-9)
        assert inside[i] == pytest.approx(sum(w[1] for w in weights), abs=1e-9)


def test_tables_started_afresh_give_the_same_words(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _gold_chunks()[:200]
    before = segment_texts(texts)
    monkeypatch.setattr(segmenter, "_KEEP", 500)  # the tables start afresh every few chunks
    assert [segment_texts([chunk])[0] for chunk in texts] == before
    forget()
    assert segment_texts(texts) == before
    forget()
    assert [segment_texts(texts[i : i + 5]) for i in range(0, len(texts), 5)] == [
        before[i : i + 5] for i in range(0, len(texts), 5)]
    most = max(sum(len(_syllables(chunk)) for chunk in texts[i : i + 5]) for i in range(0, len(texts), 5))
    assert all(table.size <= 500 + most for table in segmenter._model().tables.values())
