"""Rows of a table of measures, as a PDF reader prints them: an indicator (`12.1 Tần số nhịp tim trung
bình ... (nhịp/phút).`) followed by its scale's cells, numeric bands one or a few a line (`< 74`, `74 - 80
81 - 85`, `Tới 10 >10 - 20 > 20 - 30`). The indicator says what is measured and how, a norm that charges
no body (RULINGS R24), whatever verb it opens with (`Tăng thời gian ...`, `lấy bình quân ...`)."""

import re

_NUMBER = r"\d+(?:[.,]\d+)?"
# A numeric band: a bound after a comparison sign or word (`< 74`, `≥ 51`, `Tới 10`, `Dưới 5`), or a span
# (`74 - 80`, `1 -<2`) other than a period of years (`2011 - 2015`).
_SPAN = rf"[ \t]*-[ \t]*<?[ \t]*{_NUMBER}"
_BAND = re.compile(
    rf"(?:[<>≤≥]=?[ \t]*|(?<!\w)(?:Tới|Dưới|Trên)[ \t]+){_NUMBER}(?:{_SPAN})?"
    rf"|(?<![\w.,])(?!(?:19|20)\d\d\b){_NUMBER}{_SPAN}")
_BAND_LINE = re.compile(rf"[ \t]*(?:(?:{_BAND.pattern})[ \t]*)+$")
_MIN_BANDS = 3  # a sentence may give one or two spans (`từ 5 - 7%`); a scale gives more


def measure_row(text: str, start: int, end: int) -> bool:
    """Whether the unit `text[start:end]` is a measure's row: it holds a scale's bands, or the line right
    after it holds nothing but bands."""
    if len(_BAND.findall(text, start, end)) >= _MIN_BANDS:
        return True
    line_start = text.find("\n", end) + 1
    if not line_start:
        return False
    line_end = text.find("\n", line_start)
    return bool(_BAND_LINE.match(text[line_start : line_end if line_end >= 0 else len(text)]))
