"""Bodies as a person types them, matched against the canonical names of the extractions, and the
standing structure that puts one body under another (`Sở Tài chính` under `Ủy ban nhân dân tỉnh`).

A name is compared as folded words (no case, no diacritics) with the gazetteer's abbreviations
expanded, on both sides alike: `ubnd tinh`, `UBND tỉnh` and `Ủy ban nhân dân tỉnh` are the same
words. Abbreviations of one or two letters (`TU`, `TT`, `TW`) are ordinary syllables when typed in
lower case (`tu`, `tư`), so those are expanded only in capitals, as the extractor does.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from policylink.core.vietnamese import fold
from policylink.nlp.bodies import canonical_name
from policylink.nlp.gazetteer import load_gazetteer

Words = tuple[str, ...]


@dataclass(frozen=True)
class _Head:
    """A body named with `head` (and of `kind` and `level` where the extraction knows them) sits
    under `parent` when its name does not already say whose it is."""

    head: str
    kind: str
    level: str | None
    parent: str


# Who answers to whom where the name does not say it: departments to the people's committee of
# their level, ministries to the Government, district party committees to the provincial one.
_HEADS = (
    _Head("Sở", "state", "province", "Ủy ban nhân dân tỉnh"),
    _Head("Phòng", "state", "district", "Ủy ban nhân dân huyện"),
    _Head("Bộ", "state", "central", "Chính phủ"),
    _Head("Ủy ban nhân dân huyện", "state", "district", "Ủy ban nhân dân tỉnh"),
    _Head("Huyện ủy", "party", "district", "Tỉnh ủy"),
    _Head("Thị ủy", "party", "district", "Tỉnh ủy"),
    _Head("Thành ủy", "party", "district", "Tỉnh ủy"),
)
_LONGEST_ABBREVIATION = 3  # words an abbreviation spans when typed with spaces (`bcs dang`)


def _folded_words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


@cache
def _expansions() -> dict[str, Words]:
    """Folded abbreviation (`ubnd`, `bcsdang`, `tnmt`) -> the folded words of its full form."""
    return {
        "".join(_folded_words(key)): tuple(_folded_words(full))
        for key, full in load_gazetteer().expansions.items()
        if len("".join(_folded_words(key))) > 2
    }


@lru_cache(maxsize=4096)  # bodies' names repeat; typed filters must not grow it without bound
def name_words(text: str) -> Words:
    """`ubnd tinh`, `các UBND tỉnh` -> ('uy', 'ban', 'nhan', 'dan', 'tinh')."""
    words = _folded_words(canonical_name(text)) if text.strip() else []
    expansions, out, i = _expansions(), [], 0
    while i < len(words):
        for span in range(min(_LONGEST_ABBREVIATION, len(words) - i), 0, -1):
            full = expansions.get("".join(words[i : i + span]))
            if full:
                out.extend(full)
                i += span
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def contains(name: Words, query: Words) -> bool:
    """True when `query`'s words stand together in `name` (`uy ban nhan dan tinh` in the words of
    `Ban cán sự đảng Ủy ban nhân dân tỉnh`)."""
    width = len(query)
    return width > 0 and any(name[i : i + width] == query for i in range(len(name) - width + 1))


class BodyTree:
    """The bodies the tasks name, each with the bodies above it."""

    def __init__(self, names: Iterable[str], kinds: dict[str, tuple[str, str | None]]) -> None:
        """`kinds`: canonical name -> (kind, level), as the extractions' body mentions give them."""
        self._kinds = kinds
        self._names = set(names) | {head.parent for head in _HEADS}
        self._by_words = {name_words(name): name for name in sorted(self._names)}
        self._parents = {name: self._parent(name) for name in self._names}

    def _parent(self, name: str) -> str | None:
        """The body whose name ends `name` (`Thanh tra Sở Tài chính` -> `Sở Tài chính`), the longest
        such; else the one the heads table gives."""
        words = name_words(name)
        for start in range(1, len(words)):
            parent = self._by_words.get(words[start:])
            if parent is not None:
                return parent
        kind, level = self._kinds.get(name, (None, None))
        for head in _HEADS:
            head_words = name_words(head.head)
            if (
                words[: len(head_words)] == head_words
                and words != name_words(head.parent)
                and kind in (None, head.kind)
                and level in (None, head.level)
            ):
                return head.parent
        return None

    def ancestors(self, name: str) -> list[str]:
        """The bodies above `name`, nearest first."""
        chain, parent = [], self._parents.get(name)
        while parent is not None and parent not in chain and parent != name:
            chain.append(parent)
            parent = self._parents.get(parent)
        return chain

    def under(self, name: str, query: Words) -> bool:
        """`name` is the body asked for, or names it, or sits under a body that does."""
        return any(contains(name_words(n), query) for n in [name, *self.ancestors(name)])

    def above(self, query: Words) -> set[str]:
        """The bodies above every body the query names (whose tasks reach it from above)."""
        named = [n for n in self._names if contains(name_words(n), query)]
        return {parent for n in named for parent in self.ancestors(n)} - set(named)


def query_key(text: str) -> str:
    """A typed body as one keyword: its name's words joined (`ubnd tinh` -> `uy ban nhan dan tinh`)."""
    return " ".join(name_words(text))


def filter_keys(names: Iterable[str], tree: BodyTree) -> list[str]:
    """Every `query_key` that finds these bodies: each run of adjacent words of their names and of
    the names of the bodies above them, so a keyword filter matches a body by part of its name,
    by an abbreviation, or by a body it answers to (`ubnd tinh` finds `Sở Tài chính`)."""
    keys: set[str] = set()
    for name in names:
        for n in [name, *tree.ancestors(name)]:
            words = name_words(n)
            keys.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return sorted(keys)
