"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI-Windows) back to Unicode.

Text typed with `.VnTime` (TCVN3) or `VNI-Times` fonts is stored as 8-bit font codes; read as
Latin-1 it shows as mojibake (`Ban Th­êng vô TØnh ñy`, `Coäng hoøa`). The tables below follow
the two code charts: TCVN3 gives every lowercase toned letter (and the seven base capitals
Ă Â Ê Ô Ơ Ư Đ) its own byte; VNI writes a base letter followed by a mark byte.
"""

import re
import unicodedata

from policylink.core.vietnamese import nfc

_TONES = {"": "", "grave": "\u0300", "acute": "\u0301", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}
_TONE_ORDER = ("grave", "hook", "tilde", "acute", "dot")  # TCVN3 orders each vowel's five forms so


def _toned(base: str, tone: str) -> str:
    return nfc(base + _TONES[tone])


def _tcvn3_table() -> dict[str, str]:
    table = {chr(0xA1 + i): letter for i, letter in enumerate("ĂÂÊÔƠƯĐăâêôơưđ")}
    # Code positions of each lowercase vowel's five toned forms (grave, hook, tilde, acute, dot).
    positions = {
        "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
        "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB), "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
        "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
        "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
        "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE), "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
        "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
    }
    for base, codes in positions.items():
        for tone, code in zip(_TONE_ORDER, codes, strict=True):
            table[chr(code)] = _toned(base, tone)
    return table


def _vni_table() -> dict[str, str]:
    plain_marks = {"ø": "grave", "ù": "acute", "û": "hook", "õ": "tilde", "ï": "dot"}
    circumflex_marks = {"â": "", "á": "acute", "à": "grave", "å": "hook", "ã": "tilde", "ä": "dot"}
    breve_marks = {"ê": "", "é": "acute", "è": "grave", "ú": "hook", "ü": "tilde", "ë": "dot"}
    table = {"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ", "î": "ỵ", "Î": "Ỵ"}
    table |= dict(zip("ìíæóòÌÍÆÓÒ", "ìíỉĩịÌÍỈĨỊ", strict=True))  # i with its tones: one byte each
    for marks_case in (str.lower, str.upper):
        for base in "aeouyAEOUY" + "ôöÔÖ":
            letter = table.get(base, base)
            for mark, tone in plain_marks.items():
                table.setdefault(base + marks_case(mark), _toned(letter, tone))
        for base in "aeoAEO":
            for mark, tone in circumflex_marks.items():
                table.setdefault(base + marks_case(mark), _toned(_toned(base, "") + "\u0302", tone))
        for base in "aA":
            for mark, tone in breve_marks.items():
                table.setdefault(base + marks_case(mark), _toned(base + "\u0306", tone))
    return table


TCVN3_TO_UNICODE = _tcvn3_table()
VNI_TO_UNICODE = _vni_table()
_VIETNAMESE_ONLY = re.compile(r"[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")


def tcvn3_to_unicode(text: str) -> str:
    return "".join(TCVN3_TO_UNICODE.get(ch, ch) for ch in text)


def vni_to_unicode(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if len(pair) == 2 and pair in VNI_TO_UNICODE:
            out.append(VNI_TO_UNICODE[pair])
            i += 2
        else:
            out.append(VNI_TO_UNICODE.get(text[i], text[i]))
            i += 1
    return "".join(out)


_CONVERTERS = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}
# Latin-1 letters that Vietnamese uses; any other Latin-1 character inside a word is mojibake.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_FOREIGN = "".join(chr(code) for code in range(0xA0, 0x100) if chr(code) not in _VIETNAMESE_LATIN1)
_WORD = re.compile(rf"[^\W\d_]*[{re.escape(_FOREIGN)}][^\s]*|[^\W\d_]+")
_FOREIGN_CHAR = re.compile(f"[{re.escape(_FOREIGN)}]")


_NUCLEI = {
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "âu", "ay", "ây", "eo",
    "êu", "ia", "iê", "iu", "iêu", "oa", "oă", "oai", "oao", "oay", "oe", "oeo", "oi", "ôi", "ơi", "oo", "ua",
    "uâ", "uây", "uê", "ui", "uô", "uôi", "uơ", "uy", "uya", "uyê", "uyu", "ưa", "ưi", "ươ", "ươi", "ươu",
    "ưu", "yê", "yêu",
}
_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)(ng|nh|ch|[cmnpt])?$"
)
_TONE_MARKS = set("\u0300\u0301\u0303\u0309\u0323")


def is_vietnamese_syllable(word: str) -> bool:
    """Onset + a known vowel nucleus + coda, with at most one tone mark (`thường`, `nghĩa`)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONE_MARKS for ch in decomposed) > 1:
        return False
    bare = nfc("".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    match = _SYLLABLE.match(bare)
    if not match:
        return False
    nucleus = match.group(2)
    if match.group(1) in {"gi", "qu"} and nucleus not in _NUCLEI:
        nucleus = nucleus[1:] if len(nucleus) > 1 else nucleus
    return nucleus in _NUCLEI or (match.group(1) == "gi" and nucleus in {"", "a"})


def text_quality(text: str) -> float:
    """How much `text` reads as Unicode Vietnamese, in [-1, 1]: words with diacritics that are
    valid syllables count for, mojibake signs and impossible syllables count against."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    score = 0
    for word in words:
        if word.isascii():
            continue
        good = not _FOREIGN_CHAR.search(word) and is_vietnamese_syllable(word)
        score += 1 if good else -1
    return score / len(words)


def best_legacy_quality(text: str) -> float:
    return max(text_quality(convert(text)) for convert in _CONVERTERS.values())


def _restore_capitals(text: str) -> str:
    """TCVN3 capitals come from a second font (`.VnTimeH`) using the lowercase codes: `TỉNH` -> `TỈNH`.

    A line whose plain letters are all capitals is a capital line; elsewhere a word is one when
    a letter after its first is a capital.
    """
    plain = [ch for ch in text if ch.isascii() and ch.isalpha()]
    if len(plain) >= 3 and all(ch.isupper() for ch in plain):
        return text.upper()

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if any(ch.isupper() for ch in word[1:]) and all(ch.isupper() or ord(ch) > 127 for ch in word):
            return word.upper()
        return word

    return re.sub(r"[^\W\d_]+", fix, text)


def detect_legacy(text: str) -> str | None:
    """`tcvn3`, `vni`, or None when the text is not legacy-encoded (e.g. ordinary Unicode)."""
    if len(_FOREIGN_CHAR.findall(text)) < 0.05 * (text.count(" ") + 1):  # cheap: mojibake signs per word
        return None
    qualities = {name: text_quality(convert(text)) for name, convert in _CONVERTERS.items()}
    name, quality = max(qualities.items(), key=lambda item: item[1])
    return name if quality > text_quality(text) + 0.1 else None


def repair_legacy(text: str) -> tuple[str, str | None]:
    """Convert legacy-encoded lines to Unicode (NFC); lines already in Unicode Vietnamese are kept."""
    encoding = detect_legacy(text)
    if encoding is None:
        return text, None
    convert = _CONVERTERS[encoding]
    lines = text.split("\n")
    repaired = [line if _VIETNAMESE_ONLY.search(line) else _restore_capitals(convert(line)) for line in lines]
    return nfc("\n".join(repaired)), encoding
