"""POS tags on demand (nlp.pos_tags): each word gets the tag that tagging the whole document gives."""

import random
from pathlib import Path

import pytest

from policylink.core.vietnamese import nfc
from policylink.nlp.pipeline import has_pos, pos_tag, vietnamese_doc
from policylink.nlp.pos_tags import LazyTags, pos_model, weights

ROOT = Path(__file__).parents[1]
GOLD_TEXTS = sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
# Words whose tags depend on context (`tổ chức`, `báo cáo`, `kế hoạch`: noun or verb), in runs
# with and without punctuation between them.
_SENTENCES = (
    "Sở Tài chính chủ trì, phối hợp với các sở, ngành tổ chức kiểm tra việc thực hiện kế hoạch",
    "Ủy ban nhân dân các huyện báo cáo kết quả thực hiện trước ngày 15/12/2025.",
    "Tổ chức hội nghị quán triệt nghị quyết; báo cáo tình hình tổ chức thực hiện kế hoạch",
    "Các cơ quan đơn vị tăng cường công tác tuyên truyền nâng cao nhận thức của cán bộ đảng viên",
)


def _built_text(seed: int) -> str:
    rng = random.Random(seed)
    lines = [rng.choice(_SENTENCES) for _ in range(40)]
    return "\n".join(" ".join(lines[i : i + rng.randint(1, 3)]) for i in range(0, 40, 3))


def _whole_document_tags(tokens: list[str]) -> list[str]:
    words = [[t] for t in tokens if not t.isspace()]
    return [t.removeprefix("B-") for t in pos_model().predict(words)] if words else []


def _texts() -> list[tuple[str, str]]:
    texts = [(p.name, nfc(p.read_text(encoding="utf-8"))) for p in GOLD_TEXTS]
    return texts + [(f"built-{seed}", _built_text(seed)) for seed in range(3)]


@pytest.mark.parametrize(("name", "text"), _texts(), ids=lambda v: v if len(v) < 80 else "")
def test_tags_asked_in_any_order_are_those_of_the_whole_document(name: str, text: str) -> None:
    doc = vietnamese_doc(text)
    words = [t for t in doc if not t.is_space]
    whole = _whole_document_tags([t.text for t in doc])
    assert len(words) == len(whole) > 0
    shuffled = list(range(len(words)))
    random.Random(name).shuffle(shuffled)
    asked = {i: pos_tag(words[i]) for i in shuffled}
    assert [asked[i] for i in range(len(words))] == whole
    backwards = vietnamese_doc(text)
    assert [pos_tag(t) for t in reversed(backwards) if not t.is_space] == whole[::-1]


def test_one_word_tags_only_the_stretch_between_cuts_around_it() -> None:
    tokens = [t.text for t in vietnamese_doc(_built_text(7))]
    lazy = LazyTags(tokens)
    middle = next(i for i, t in enumerate(tokens) if t == "báo cáo" and i > len(tokens) // 2)
    assert lazy.tag(middle) == _whole_document_tags(tokens)[lazy.index[middle]]
    tagged = [i for i, tag in enumerate(lazy.tags) if tag is not None]
    assert 0 < len(tagged) < len(lazy.words) // 4
    # the stretch is contiguous, holds the word and ends at cuts (or the document's ends)
    assert tagged == list(range(tagged[0], tagged[-1] + 1))
    assert tagged[0] <= lazy.index[middle] <= tagged[-1]
    assert tagged[0] == 0 or not lazy.words[tagged[0]][:1].isalnum()


def test_without_punctuation_the_whole_document_is_one_stretch() -> None:
    tokens = [t.text for t in vietnamese_doc(_SENTENCES[3] + " " + _SENTENCES[0].replace(",", ""))]
    lazy = LazyTags(tokens)
    assert lazy.tag(len(tokens) // 2) == _whole_document_tags(tokens)[lazy.index[len(tokens) // 2]]
    assert None not in lazy.tags


def test_white_space_is_tagged_sp_and_the_weights_are_the_taggers() -> None:
    doc = vietnamese_doc("Giao Sở Tài chính\n\nchủ trì.")
    assert [pos_tag(t) for t in doc if t.is_space] == ["_SP"]
    assert weights().labels == pos_model().estimator.labels()
    comma = pos_model().featurizer.process([[["chủ trì"], [","], ["phối hợp"]]])[0][1]
    assert weights().forces_tag(comma)


@pytest.mark.parametrize(("name", "text"), _texts()[:4] + _texts()[-1:],
                         ids=lambda v: v if len(v) < 80 else "")
def test_whether_a_word_has_a_tag_is_what_its_tag_says(name: str, text: str) -> None:
    # asked first (before any stretch is tagged), in random order, for the tag sets the rules ask
    doc = vietnamese_doc(text)
    words = [t for t in doc if not t.is_space]
    whole = _whole_document_tags([t.text for t in doc])
    asked = [(i, tags) for i in range(len(words)) for tags in (("V",), ("E",), ("A", "R"), ("N", "Np"))]
    random.Random(name).shuffle(asked)
    lazy = LazyTags([t.text for t in doc])
    assert all(lazy.has(words[i].i, tags) == (whole[i] in tags) for i, tags in asked)
    # asked whether each is a preposition, most words answer from their own features: no tag known
    fresh = LazyTags([t.text for t in doc])
    assert [fresh.has(t.i, ("E",)) for t in words] == [tag == "E" for tag in whole]
    assert sum(tag is None for tag in fresh.tags) > len(words) / 8
    assert has_pos(doc[0], whole[0]) and not has_pos(doc[0], "_SP")
