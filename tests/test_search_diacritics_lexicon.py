"""The word-list background of diacritics restoration: underthesea's real Viet74K list, counted
into SQLite beside a real corpus Vocabulary, read only where the corpus has no evidence."""

import pytest

from policylink.search.diacritics import Vocabulary, lexicon, restore, word_list

PASSAGES = [
    "Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác phòng, chống thiên tai năm 2024.",
    "Đầu tư nâng cấp ba con đường liên xã trước mùa mưa lũ.",
    "Sở Tài chính chủ trì thẩm định dự toán, báo cáo Ủy ban nhân dân tỉnh.",
]


@pytest.fixture(scope="module")
def vocabularies(tmp_path_factory):
    """A corpus vocabulary of three sentences and an empty one, in the same folder (one lexicon)."""
    folder = tmp_path_factory.mktemp("search")
    corpus, empty = Vocabulary(folder / "vocabulary.sqlite"), Vocabulary(folder / "empty.sqlite")
    corpus.set_document("huyen", "v1", PASSAGES)
    yield corpus, empty
    corpus.close()
    empty.close()


def test_word_list_is_found_inside_the_underthesea_package():
    path = word_list()
    assert path.name == "Viet74K.txt" and path.parent.parent.parent.name == "underthesea"
    assert len(path.read_text(encoding="utf-8").splitlines()) > 70_000


def test_a_question_word_the_corpus_never_saw_gets_the_word_list_accent(vocabularies):
    corpus, _ = vocabularies
    assert corpus.forms(["gio", "sao"]) == {}  # neither syllable is in the three sentences
    assert restore("hoi nghi tong ket to chuc bao gio", corpus) == "hội nghị tổng kết tổ chức bao giờ"
    assert restore("Vi sao phai tong ket cong tac phong chong thien tai", corpus) == (
        "Vì sao phải tổng kết công tác phòng chống thiên tai"
    )


def test_the_corpus_form_wins_where_the_word_list_disagrees(vocabularies):
    corpus, empty = vocabularies
    # the word list alone reads `bà con` (kinsfolk) and `số` (number) ...
    assert restore("ba con duong lien xa", empty) == "bà con đường liên xã"
    assert restore("so tai chinh tham dinh du toan", empty).startswith("số ")
    # ... the corpus has seen `ba con đường` (three roads) and `Sở Tài chính` (the department)
    assert restore("ba con duong lien xa", corpus) == "ba con đường liên xã"
    assert restore("So tai chinh tham dinh du toan", corpus) == "Sở tài chính thẩm định dự toán"


def test_a_syllable_in_neither_stays_as_typed(vocabularies):
    corpus, empty = vocabularies
    assert lexicon(corpus.folder).forms(["xyzzy", "qwrtz"]) == {}
    assert restore("qwrtz xyzzy", corpus) == "qwrtz xyzzy"
    assert restore("hoi nghi xyzzy bao gio", corpus) == "hội nghị xyzzy bao giờ"
    assert restore("xyzzy bao gio", empty) == "xyzzy bao giờ"


def test_the_word_list_is_counted_once_beside_the_vocabulary(vocabularies):
    corpus, empty = vocabularies
    restore("bao gio", corpus)
    background = lexicon(corpus.folder)
    assert (corpus.folder / "lexicon.sqlite").is_file()
    assert lexicon(empty.folder) is background and background.documents() == 1
    # syllables and within-word bigrams only: `hợp tác xã` gives no trigram, and the hyphens of
    # the transliterated `a-ba-giua` split it into syllables
    found = background.forms(["khi nao", "hop tac", "tac xa"])
    assert {key: sorted(forms) for key, forms in found.items()} == {
        "khi nao": ["khi nào"],
        "hop tac": ["hợp tác"],
        "tac xa": ["tác xã"],
    }
    assert background.forms(["hop tac xa", "ba giua"]) == {}
    assert "giua" in background.forms(["giua"])["giua"]
    reopened = Vocabulary(corpus.folder / "lexicon.sqlite", max_order=2)
    assert reopened.syllables() == background.syllables() > 100_000
    reopened.close()
