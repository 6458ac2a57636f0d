"""Property tests of the cleaner: page furniture and page breaks leave the text as written."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policylink.ingest.clean import clean

_SYLLABLES = [
    "phát", "triển", "kết", "cấu", "hạ", "tầng", "giao", "thông", "đô", "thị", "tỉnh", "nhiệm", "vụ", "quy",
    "hoạch", "đầu", "tư", "công", "nghiệp", "bảo", "đảm", "đồng", "bộ", "hiện", "đại", "và",
]
_MARKERS = ["", "", "1. ", "2.1. ", "- ", "+ ", "a) ", "Điều 3. "]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@st.composite
def paragraphs(draw) -> str:
    words = draw(st.lists(st.sampled_from(_SYLLABLES), min_size=16, max_size=40))
    first = words[0][0].upper() + words[0][1:]
    end = draw(st.sampled_from([".", ";", ":"]))
    return draw(st.sampled_from(_MARKERS)) + " ".join([first, *words[1:]]) + end


@st.composite
def paginated(draw) -> tuple[str, str]:
    """(the text as written, the same text laid out on pages with furniture and one paragraph split by a
    page break after at least a printed line of it, ~45 characters)."""
    units = draw(st.lists(paragraphs(), min_size=3, max_size=12, unique=True))
    split_at = draw(st.integers(0, len(units) - 1))
    words = units[split_at].split(" ")
    first_line = next(i for i in range(1, len(words)) if len(" ".join(words[:i])) >= 45)
    cut = draw(st.integers(first_line, len(words) - 1))
    pieces = units[:split_at] + [" ".join(words[:cut]), " ".join(words[cut:])] + units[split_at + 1:]
    page_starts = sorted(set(draw(st.lists(st.integers(1, len(pieces) - 1), max_size=4))) | {split_at + 1})
    running = draw(st.sampled_from(["", "TỈNH ỦY BẮC GIANG", "Kết luận số 12-KL/TU - Trang"]))
    number_style = draw(st.sampled_from(["{}", "- {} -", "Trang {}", "{}/9"]))
    pages = []
    bounds = zip([0, *page_starts], [*page_starts, len(pieces)], strict=True)
    for number, (start, end) in enumerate(bounds, start=1):
        top = f"{running} {number}\n\n" if running else ""
        pages.append(top + "\n\n".join(pieces[start:end]) + "\n\n" + number_style.format(number))
    return "\n\n".join(units), "\f".join(pages)


@settings(max_examples=150, deadline=None)
@given(paginated())
def test_furniture_removed_and_split_paragraph_rejoined(case):
    written, laid_out = case
    assert clean(laid_out).text.split("\n\n") == clean(written).text.split("\n\n")
    assert _squash(clean(written).text) == _squash(written)


@settings(max_examples=100, deadline=None)
@given(st.lists(paragraphs(), min_size=1, max_size=10))
def test_cleaning_is_idempotent(units):
    once = clean("\n\n".join(units)).text
    assert clean(once).text == once
