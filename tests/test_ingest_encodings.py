"""Legacy Vietnamese encodings, Windows-1258 and UTF-16 files.

The legacy texts are made here from Unicode by encoders written from the code charts (the
inverse of the tables in `ingest.legacy`), and checked against strings typed by hand from the
charts so that a wrong table entry cannot hide behind the round trip.
"""

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_fixtures import CONCLUSION

from policylink.ingest.legacy import (
    TCVN3_TO_UNICODE,
    VNI_TO_UNICODE,
    detect_legacy,
    repair_legacy,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from policylink.ingest.pipeline import ingest_bytes, ingest_file

MAX = 10 * 1024 * 1024
_TCVN3_FROM_UNICODE = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}
_VNI_FROM_UNICODE: dict[str, str] = {}
for _code, _letter in VNI_TO_UNICODE.items():
    _VNI_FROM_UNICODE.setdefault(_letter, _code)


def to_tcvn3(text: str) -> str:
    """Unicode -> TCVN3 font codes (as Latin-1 characters). Capital toned letters have no code of
    their own: all-capital words use the lowercase codes, as the `.VnTimeH` capital font does."""
    return "".join(_TCVN3_FROM_UNICODE.get(ch, _TCVN3_FROM_UNICODE.get(ch.lower(), ch)) for ch in text)


def to_vni(text: str) -> str:
    return "".join(_VNI_FROM_UNICODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_windows_1258(text: str) -> bytes:
    """Windows-1258 keeps base letters with circumflex/breve/horn and writes tones as combining marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = "".join(mark for mark in decomposed if mark in _TONES)
            base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in _TONES))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def test_tables_match_the_code_charts():
    assert tcvn3_to_unicode("Ban Th\xadêng vô TØnh ñy") == "Ban Thường vụ Tỉnh ủy"
    assert tcvn3_to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert tcvn3_to_unicode("§éc lËp - Tù do - H¹nh phóc") == "Độc lập - Tự do - Hạnh phúc"
    assert vni_to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert vni_to_unicode("Ñoäc laäp - Töï do - Haïnh phuùc") == "Độc lập - Tự do - Hạnh phúc"
    assert vni_to_unicode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert vni_to_unicode("thôøi kyø ñaàu tö, ñaëc bieät, hoïc taäp") == "thời kỳ đầu tư, đặc biệt, học tập"
    assert len(TCVN3_TO_UNICODE) == 14 + 12 * 5  # 14 base letters + 12 vowels x 5 tones


def _encodable_lines() -> list[str]:
    """Conclusion lines TCVN3 can hold exactly: no word starting with a capital toned letter."""
    lines = [line for line in CONCLUSION.read_text(encoding="utf-8").split("\n") if line.strip()]
    return [line for line in lines if to_tcvn3(line) != line and tcvn3_to_unicode(to_tcvn3(line)) == line]


def test_tcvn3_file_converts_back_to_the_exact_unicode(tmp_path: Path):
    original = "\n".join(_encodable_lines()) + "\n"
    assert len(original) > 5000
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(to_tcvn3(original).encode("cp1252"))  # the font codes, with Windows quotes
    assert repair_legacy(path.read_bytes().decode("cp1252"))[0] == original
    doc = ingest_file(path, max_bytes=MAX)
    assert "converted from the legacy TCVN3 encoding" in doc.warnings
    assert "Ban Thường vụ Tỉnh ủy" in doc.text


def test_tcvn3_capital_words_are_restored():
    header = "TỈNH ỦY BẮC GIANG\nBAN THƯỜNG VỤ\nĐẢNG CỘNG SẢN VIỆT NAM\nvề phát triển kết cấu hạ tầng"
    assert repair_legacy(to_tcvn3(header)) == (header, "tcvn3")


def test_vni_text_converts_back_to_the_exact_unicode():
    original = CONCLUSION.read_text(encoding="utf-8")
    legacy = to_vni(original)
    assert "Ban Thöôøng vuï Tænh uûy" in legacy
    assert detect_legacy(legacy) == "vni"
    assert repair_legacy(legacy)[0] == original


def test_vni_in_a_docx_like_unicode_string_goes_through_the_pipeline():
    text = to_vni("KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển đô thị\n\n1. Giao Sở Xây dựng chủ trì.")
    doc = ingest_bytes(text.encode("utf-8"), "vni.txt", max_bytes=MAX)
    assert doc.header.issuer == "Ban Thường vụ Tỉnh ủy" and doc.header.doc_type == "Kết luận"
    assert "1. Giao Sở Xây dựng chủ trì." in doc.text


def test_detection_does_not_fire_on_unicode_text():
    assert detect_legacy(CONCLUSION.read_text(encoding="utf-8")) is None
    assert detect_legacy("Café crème brûlée à la française, naïve Müller, Ångström") is None
    assert detect_legacy("Plain ASCII text with no accents at all.") is None
    doc = ingest_file(CONCLUSION, max_bytes=MAX)
    assert doc.warnings == ()


def test_windows_1258_file_is_read_and_normalised_to_nfc(tmp_path: Path):
    original = CONCLUSION.read_text(encoding="utf-8")
    data = to_windows_1258(original)
    assert b"\xf2" in data  # the combining dot below, Windows-1258 style
    path = tmp_path / "cp1258.txt"
    path.write_bytes(data)
    doc = ingest_file(path, max_bytes=MAX)
    reference = ingest_file(CONCLUSION, max_bytes=MAX)
    assert doc.text == reference.text
    assert unicodedata.is_normalized("NFC", doc.text)
    assert "decoded as windows-1258" in doc.warnings


def test_utf16_with_and_without_bom_and_utf8_bom(tmp_path: Path):
    reference = ingest_file(CONCLUSION, max_bytes=MAX)
    original = CONCLUSION.read_text(encoding="utf-8")
    for name, data in (
        ("utf16.txt", original.encode("utf-16")),
        ("utf16le.txt", original.encode("utf-16-le")),
        ("utf16be.txt", original.encode("utf-16-be")),
        ("utf8bom.txt", b"\xef\xbb\xbf" + original.encode("utf-8")),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        doc = ingest_file(path, max_bytes=MAX)
        assert doc.text == reference.text, name
        assert doc.header == reference.header, name


def test_nfd_input_is_normalised(tmp_path: Path):
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", CONCLUSION.read_text(encoding="utf-8")), encoding="utf-8")
    assert ingest_file(path, max_bytes=MAX).text == ingest_file(CONCLUSION, max_bytes=MAX).text


_ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu",
           "s", "t", "th", "tr", "v", "x"]
_NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "uy", "ươ", "iê", "ai", "ôi",
           "ưa"]
_CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
_TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


@st.composite
def syllables(draw) -> str:
    nucleus = draw(st.sampled_from(_NUCLEI))
    tone = draw(st.sampled_from(_TONES))
    toned = nucleus[:-1] + unicodedata.normalize("NFC", nucleus[-1] + tone) if tone else nucleus
    word = draw(st.sampled_from(_ONSETS)) + toned + draw(st.sampled_from(_CODAS))
    return word.upper() if draw(st.booleans()) and len(word) > 1 else word


@settings(max_examples=300, deadline=None)
@given(st.lists(syllables(), min_size=1, max_size=30))
def test_property_legacy_round_trip(words):
    text = unicodedata.normalize("NFC", " ".join(words))
    assert vni_to_unicode(to_vni(text)) == text
    lower = text.lower()
    assert tcvn3_to_unicode(to_tcvn3(lower)) == lower
