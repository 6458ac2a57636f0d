"""`nlp.scan.scanning`: the look-ahead it adds finds the same matches as the pattern alone."""

import re

from policylink.nlp.scan import scanning

TEXTS = [
    "Căn cứ Nghị quyết số 18-NQ/TW, CHỈ THỊ 05-CT/TU và chỉ thị số 12/CT-UBND; hằng năm, HÀNG QUÝ báo cáo.",
    "ngày 5 hằng tháng, mỗi năm một lần; Kế hoạch 3/KH-UBND; đề án, Đề Án",
    "",
    "xxxx nghị quyếtnghị quyết Nghị Quyết",
]


def test_a_case_insensitive_alternation_gets_a_lookahead_with_the_same_matches() -> None:
    pattern = re.compile(r"(?P<type>nghị quyết|chỉ thị|(?-i:KH)|đề án)(?:\s+số)?", re.IGNORECASE)
    scanned = scanning(pattern)
    assert scanned.pattern.startswith("(?=[")
    for text in TEXTS:
        assert [(m.span(), m.groupdict()) for m in scanned.finditer(text)] == [
            (m.span(), m.groupdict()) for m in pattern.finditer(text)
        ]


def test_look_behinds_and_optional_words_count_in_the_first_characters() -> None:
    pattern = re.compile(r"(?<!\w)(?:(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)|báo cáo|đề án)",
                         re.IGNORECASE)
    scanned = scanning(pattern)
    assert scanned is not pattern
    for text in TEXTS:
        assert [m.span() for m in scanned.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_patterns_the_engine_scans_well_or_that_say_too_little_are_kept() -> None:
    for pattern in (
        re.compile(r"nghị quyết|chỉ thị|đề án"),  # case-sensitive: the engine finds the first letters
        re.compile(r"nghị quyết|chỉ thị", re.IGNORECASE),  # two alternatives
        re.compile(r"(?:\w+|x|y)\s+số", re.IGNORECASE),  # any word character first
        re.compile(r"(?:a|b|c)?\d", re.IGNORECASE),  # may start with what follows the optional part
    ):
        assert scanning(pattern) is pattern
