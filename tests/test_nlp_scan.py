"""`nlp.scan`: the look-ahead `scanning` adds, and a pattern tried only where its literal prefixes
occur (`matches`), find the same matches as the pattern alone."""

import re
from pathlib import Path

from policylink.core.vietnamese import normalize_tones
from policylink.nlp import citation_numbers
from policylink.nlp.body_rules import body_rules
from policylink.nlp.deadline_rules import deadline_rules
from policylink.nlp.scan import Starts, literal_prefixes, matches, scanning, starts_of

GOLD_TEXTS = sorted((Path(__file__).parent / "gold" / "dev").glob("*.txt"))

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


def test_literal_prefixes_cover_every_match_and_are_none_where_a_match_may_start_otherwise() -> None:
    pattern = re.compile(r"(?<![\w/])(?:Ban\s+Chấp\s+hành|(?-i:BCH))(?:\s+Đảng)?(?!\w)", re.IGNORECASE)
    assert literal_prefixes(pattern) == {"ban", "bch"}
    assert literal_prefixes(re.compile(r"(?:Ủy ban|Sở)(?: nhân dân)?", re.IGNORECASE)) == {"ủy ban", "sở"}
    assert literal_prefixes(re.compile(r"(?:tầm nhìn\s+)?đến\s+năm", re.IGNORECASE)) == {"tầm nhìn", "đến"}
    for loose in (r"\w+ ban", r"(?:ban)?\s+x", r"x*ban", r"[bB]an"):
        assert literal_prefixes(re.compile(loose, re.IGNORECASE)) is None


def test_matches_tried_at_the_starts_are_those_finditer_finds() -> None:
    # the gazetteer's names and rules, the deadline and citation patterns, over the gold texts and
    # texts that trip a lower-case index (the dotless `ı` that IGNORECASE matches to `i`, `İ` whose
    # lower case is two characters)
    rules = body_rules()
    texts = [normalize_tones(p.read_text(encoding="utf-8")) for p in GOLD_TEXTS]
    texts += ["BAN CHẤP HÀNH Đảng bộ; Ban Chấp Hành, BCH Đoàn, bch đoàn ban chấp hành",
              "Sở Tài chınh İ Sở Y tế", "xBan Chấp hành/Ban Chấp hành -Ban Chấp hành",
              "NGHỊ QUYẾT SỐ 18-NQ/TW, Luật Đất đai số 31/2024/QH15; định kỳ hằng năm, QUÝ IV/2025"]
    assert Starts(texts[-3]).of(frozenset({"sở"})) is None  # scanned the ordinary way
    bounded = [*rules.names, rules.fields, rules.board, rules.centre, rules.ministry_department]
    assert sum(literal_prefixes(p.pattern) is not None for p in bounded) > 100
    patterns = [p.pattern for p in bounded] + [p for p, _ in deadline_rules(())] + [
        citation_numbers._NUMBERED, citation_numbers._SHORT_REFERENCE, citation_numbers._NAMED_LAW]
    assert sum(literal_prefixes(p) is not None for p in patterns) > 120
    for text in texts:
        for pattern in patterns:
            found = [(m.span(), m.groupdict()) for m in matches(pattern, text)]
            assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        for rule in bounded:
            assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)]


def test_the_starts_are_kept_for_the_same_text_object_and_made_anew_for_another() -> None:
    text = "Ban Chấp hành Đảng bộ tỉnh; Ban Thường vụ Tỉnh ủy"
    same = starts_of(text)
    assert starts_of(text) is same
    equal = "".join(list(text))  # an equal string, another object
    assert equal is not text and starts_of(equal) is not same
    assert starts_of(equal).of(frozenset({"ban"})) == same.of(frozenset({"ban"})) == [0, 28]
    for other in ("a", "b", "c", "d", "e"):  # only the last few texts are kept
        starts_of(other)
    assert starts_of(text) is not same
