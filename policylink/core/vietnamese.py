"""Vietnamese text normalisation shared by every stage.

Every function here except `nfc` and `slugify` preserves string length, so offsets computed on a
normalised form are valid offsets into the original (NFC) text.
"""

import re
import unicodedata
from functools import lru_cache

# o + à/è or u + ỳ (and their tones), at a syllable's end and not after q. The pattern opens with the
# vowel's character class, not a look-behind, so the regex engine skips ahead to the next o or u
# instead of trying every position (it runs on every text and on the words the rules compare).
_OLD_STYLE_TONE = re.compile(
    r"([oOuU])(?<![qQ][oOuU])"
    r"(?:(?<=[oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|(?<=[uU])([ỳýỷỹỵỲÝỶỸỴ]))(?![\wÀ-ỹ])"
)
_TONE_MARKS = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _move_tone(first: str, second: str) -> str:
    decomposed = unicodedata.normalize("NFD", second)
    tone = "".join(ch for ch in decomposed if ch in _TONE_MARKS)
    bare_second = nfc("".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return nfc(first + tone) + bare_second


def normalize_tones(text: str) -> str:
    """Rewrite old-style tone placement (`hoá`, `thuỷ`) to the new style (`hóa`, `thủy`).

    Only open syllables ending in oa/oe/uy differ between the two styles; `qu` + y keeps the
    mark on y in both, so it is left alone. Expects NFC input.
    """

    def repl(m: re.Match[str]) -> str:
        groups = [g for g in m.groups() if g is not None]
        return _move_tone(groups[0], groups[1])

    return _OLD_STYLE_TONE.sub(repl, text)


def _strip_char(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    base = unicodedata.normalize("NFD", ch)[0]
    return base


class _BaseLetters(dict):
    """Code point -> `_strip_char` of it, for `str.translate`, filled as characters are met.
    Only code points below 0x2000 (Latin, Vietnamese, combining marks) are kept, so hostile text
    full of distinct rare characters cannot grow it."""

    def __missing__(self, code: int) -> str:
        base = _strip_char(chr(code)) if code > 127 else chr(code)
        if code < 0x2000:
            self[code] = base
        return base


_BASE_LETTERS = _BaseLetters()


def strip_diacritics(text: str) -> str:
    """`Bắc Giang` -> `Bac Giang`, one output character per input character. (A table lookup
    per character: folding runs on every passage a search ranks and marks.)"""
    return text.translate(_BASE_LETTERS)


class CharacterMap:
    """`str.translate` by a table of single characters, for the texts that hold any of them: the
    table is looked up for every character of a text, a search for the characters is a fast scan
    (most documents hold none of them)."""

    def __init__(self, source: str, target: str) -> None:
        self._table = str.maketrans(source, target)
        self._any = re.compile(f"[{re.escape(source)}]")

    def __call__(self, text: str) -> str:
        return text.translate(self._table) if self._any.search(text) else text


def match_key(text: str) -> str:
    """Accent-keeping form for matching: NFC, new-style tones, lower case."""
    return _word_key(text) if len(text) <= _CACHED_KEY_LENGTH else normalize_tones(nfc(text)).lower()


_CACHED_KEY_LENGTH = 32  # words and short phrases: the task rules key each token of a unit, again and again


@lru_cache(maxsize=1 << 14)
def _word_key(text: str) -> str:
    return normalize_tones(nfc(text)).lower()


def fold(text: str) -> str:
    """Accent-free form for matching diacritic-less input: `Uỷ ban` -> `uy ban`."""
    return strip_diacritics(nfc(text)).lower()


def slugify(text: str) -> str:
    """`Bắc Giang` -> `bac-giang`, for identifiers."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
