"""Canonical body names (guidelines, `canonical`), and the kind and level a name's suffix gives.

`các UBND tỉnh có liên quan` is `Ủy ban nhân dân tỉnh`: the determiner and `có liên quan` go,
abbreviations are written out, a name in capitals is written in sentence case. A level word
(`tỉnh`, `huyện`) gives the level; a committee (`Tỉnh ủy`, `Ủy ban MTTQ tỉnh`) gives the kind and
level of the organ named before it.
"""

import re
import unicodedata
from functools import lru_cache

from policylink.core.vietnamese import normalize_tones
from policylink.nlp.body_rules import FLAGS, body_rules
from policylink.nlp.gazetteer import UPPER_CLASS, abbreviation_key

TRAILING_RELATED = re.compile(r"\s+(?:có\s+)?(?:liên|hữu)\s+quan(?!\w)", FLAGS)  # (`hữu quan`: related)
# A Vietnamese syllable without its marks: in a line of capitals an abbreviation that spells one
# (`TƯ`, `TU`) is that word (`BỘ TƯ PHÁP`), not the abbreviation.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_WORD = re.compile(r"[^\W\d_]+")
_AND_BEFORE_CODE = re.compile(r"(?<=[^\W\d_])(?<![A-ZĐ])[^\S\n]*&[^\S\n]*(?=[A-ZĐ]{2,}(?!\w))")
_LAST_WORD = re.compile(r"(\w+)[^\S\n]*$")
_FIRST_WORD = re.compile(r"[^\S\n]+(\w+)")
# An initialism defined inside a name that goes on after it (`Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam xã`,
# `Ủy ban nhân dân (UBND) tỉnh Nam Định`): one name, the bracket aside.
_INNER_ALIAS = re.compile(r"[^\S\n]*\(((?-i:[A-ZĐ]{2,8}))\)(?=[^\S\n]+(\w+))")


def spells_a_word(abbreviation: str) -> bool:
    """`TƯ`, `HU` spell Vietnamese syllables; `UBND`, `TW` do not."""
    bare = unicodedata.normalize("NFD", abbreviation.lower().replace("đ", "d"))
    return _SYLLABLE.fullmatch("".join(c for c in bare if not unicodedata.combining(c))) is not None


def in_capitals(text: str, start: int, end: int) -> bool:
    """The word at `start:end` stands beside a word of a heading's line: one in capitals that is no
    abbreviation (`PHÁP` of `TƯ PHÁP`, not `HĐND` of `TU, HĐND`)."""
    before = _LAST_WORD.search(text, max(0, start - 30), start)
    after = _FIRST_WORD.match(text, end)
    return any(w is not None and _heading_word(w[1]) for w in (before, after))


def _heading_word(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not is_abbreviation(word)


def is_abbreviation(word: str) -> bool:
    return abbreviation_key(word) in body_rules().gazetteer.expansions


def inner_aliases_blanked(text: str) -> str:
    """`text` with each initialism in brackets that spells the words right before it and is followed by more
    of the name (a capitalised word or a level word) written as spaces (same length, so offsets hold)."""
    return _INNER_ALIAS.sub(lambda m: " " * len(m.group()) if _inner_alias(text, m) else m.group(), text)


def _inner_alias(text: str, m: re.Match[str]) -> bool:
    letters = _initial(m[1])
    words = _WORD.findall(text, max(0, m.start() - 60), m.start())[-len(letters):]
    follows = m[2]
    return ("".join(_initial(w[0]) for w in words) == letters
            and (follows[0].isupper() or follows.lower() in body_rules().gazetteer.levels))


def _initial(word: str) -> str:
    bare = unicodedata.normalize("NFD", word.upper().replace("Đ", "D"))
    return "".join(c for c in bare if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _organ_dot() -> re.Pattern[str]:
    organs = "|".join(sorted(body_rules().gazetteer.organ_abbreviations, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{organs})\.(?=[^\S\n]*(?-i:{UPPER_CLASS}))")


def organ_dots_as_spaces(text: str) -> str:
    """`TT.TU`, `TT. HĐND tỉnh`, `VP.UBND tỉnh`: the dot after an organ's abbreviation written before its
    body read as a space (same length, so offsets hold)."""
    return _organ_dot().sub(lambda m: m.group()[:-1] + " ", text)


@lru_cache(maxsize=4096)
def canonical_name(text: str) -> str:
    """`các UBND tỉnh có liên quan` -> `Ủy ban nhân dân tỉnh` (guidelines, `canonical`)."""
    rules = body_rules()
    name = normalize_tones(" ".join(organ_dots_as_spaces(inner_aliases_blanked(text)).split()))
    name = re.sub(r"^(?:các|những|mọi)\s+", "", name, flags=FLAGS)
    name = re.sub(r"(?<!\w)TP\.(?= )", "TP", name, flags=FLAGS)  # `TP. Hà Nội`, `Tp. Hồ Chí Minh`
    name = TRAILING_RELATED.sub("", name)
    # a heading in capitals (`SỞ TƯ PHÁP`), not a name of abbreviations alone (`BTV TU`, `TN&MT`)
    capitals = all(w.isupper() for w in _WORD.findall(name)) and any(
        _heading_word(w) for w in _WORD.findall(rules.abbreviation.sub(" ", name)))
    # (`Nông nghiệp & PTNT`: `&` before a field written short is `và`; `Công nhân & Công đoàn` stays)
    name = _AND_BEFORE_CODE.sub(" và ", name)
    name = rules.abbreviation.sub(
        lambda m: m.group() if capitals and spells_a_word(m.group())
        else rules.gazetteer.expansions[abbreviation_key(m.group())], name
    )
    if capitals:
        name = name.lower()
    return name[:1].upper() + name[1:]


def level_of_suffix(suffix_text: str) -> str | None:
    rules = body_rules()
    words = canonical_name(suffix_text).lower().removeprefix("các ")  # (`TP` -> `thành phố`)
    m = rules.leading_level.match(words)
    return rules.gazetteer.levels[m.group()] if m else None


def bloc_level(suffix_text: str) -> str | None:
    """The level of the bloc a suffix names (`Ban Chấp hành Đảng bộ Khối`), else None."""
    rules = body_rules()
    if not rules.bloc_suffix.fullmatch(suffix_text):
        return None
    return committee_of(f"{rules.gazetteer.bloc_committee} {suffix_text.strip()}")[1]


def committee_of(suffix_text: str) -> tuple[str, str | None]:
    rules = body_rules()
    m = rules.leading_committee.match(canonical_name(suffix_text).lower())
    return rules.gazetteer.committees[m.group()] if m else ("party", None)
