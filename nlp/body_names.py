"""Canonical body names (guidelines, `canonical`), and the kind and level a name's suffix gives.

`các UBND tỉnh có liên quan` is `Ủy ban nhân dân tỉnh`: the determiner and `có liên quan` go,
abbreviations are written out, a name in capitals is written in sentence case. A level word
(`tỉnh`, `huyện`) gives the level; a committee (`Tỉnh ủy`, `Ủy ban MTTQ tỉnh`) gives the kind and
level of the organ named before it.
"""

import re
from functools import lru_cache

from policylink.core.vietnamese import normalize_tones
from policylink.nlp.body_rules import FLAGS, body_rules
from policylink.nlp.gazetteer import abbreviation_key

TRAILING_RELATED = re.compile(r"\s+(?:có\s+)?liên\s+quan(?!\w)", FLAGS)


@lru_cache(maxsize=4096)
def canonical_name(text: str) -> str:
    """`các UBND tỉnh có liên quan` -> `Ủy ban nhân dân tỉnh` (guidelines, `canonical`)."""
    rules = body_rules()
    name = normalize_tones(" ".join(text.split()))
    name = re.sub(r"^(?:các|những|mọi)\s+", "", name, flags=FLAGS)
    name = TRAILING_RELATED.sub("", name)
    name = rules.abbreviation.sub(
        lambda m: rules.gazetteer.expansions[abbreviation_key(m.group())], name
    )
    name = re.sub(r"(?<=\w)\s*[-–]\s*(?=\w)", " - ", name)
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):  # a heading in capitals
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
