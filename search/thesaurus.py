"""Query expansion from a thesaurus: the words people use -> the words directive documents use.

`thesaurus.tsv` holds one concept a line: everyday, colloquial or regional forms and
abbreviations, a tab, the administrative forms the documents write (`trà` -> `chè`, `nhà cho
công nhân` -> `nhà ở xã hội`, `UBND` -> `ủy ban nhân dân`). A query phrase matches an everyday
form on whole words: the query is segmented as the lexical analyzer segments it, and a form must
start and end on a word boundary, so `xã` does not match inside `xã hội` nor `bộ` inside `cán
bộ`. A query typed without diacritics is matched after its diacritics are restored (the caller
passes the restored text); forms of two or more syllables also match folded, which covers a
restoration that chose the wrong accents.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policylink.core.vietnamese import fold, match_key
from policylink.nlp.pipeline import word_segmenter

THESAURUS = Path(__file__).with_name("thesaurus.tsv")
_SYLLABLE = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"(?<=[.;:!?])\s+|\n+")

Key = tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """An everyday phrase found in a query: its syllable span and the formal forms it stands for."""

    start: int
    end: int
    formal: tuple[str, ...]


@dataclass(frozen=True)
class Expansion:
    """What a query's everyday phrases stand for: the formal forms (each once, in query order),
    and the query rewritten with each phrase replaced by its first formal form."""

    formal: tuple[str, ...]
    rewritten: str

    def __bool__(self) -> bool:
        return bool(self.formal)


def _key(text: str) -> Key:
    return tuple(_SYLLABLE.findall(match_key(text)))


class Thesaurus:
    def __init__(self, concepts: list[tuple[list[str], list[str]]]) -> None:
        self.accented: dict[Key, tuple[str, ...]] = {}
        self.folded: dict[Key, tuple[str, ...]] = {}
        for everyday, formal in concepts:
            for form in everyday:
                key = _key(form)
                # a formal form that is the everyday form itself adds nothing
                wanted = tuple(f for f in formal if _key(f) != key)
                if not key or not wanted:
                    continue
                self.accented[key] = tuple(dict.fromkeys(self.accented.get(key, ()) + wanted))
                if len(key) > 1:
                    folded = tuple(fold(s) for s in key)
                    self.folded[folded] = tuple(dict.fromkeys(self.folded.get(folded, ()) + wanted))
        self.longest = max((len(k) for k in self.accented), default=0)

    def __len__(self) -> int:
        return len(self.accented)

    def _lookup(self, syllables: list[str]) -> tuple[str, ...] | None:
        key = tuple(syllables)
        found = self.accented.get(key)
        if found is None and len(key) > 1:
            found = self.folded.get(tuple(fold(s) for s in key))
        return found

    def matches(self, query: str) -> list[Match]:
        """Everyday phrases of the query, longest first at each word boundary, not overlapping."""
        syllables, boundaries = _segmented(query)
        found: list[Match] = []
        i = 0
        while i < len(syllables):
            if i in boundaries:
                for n in range(min(self.longest, len(syllables) - i), 0, -1):
                    if i + n in boundaries and (formal := self._lookup(syllables[i : i + n])):
                        found.append(Match(i, i + n, formal))
                        i += n
                        break
                else:
                    i += 1
            else:
                i += 1
        return found

    def expand(self, query: str) -> Expansion:
        matches = self.matches(query)
        if not matches:
            return Expansion((), query)
        syllables, _ = _segmented(query)
        formal = tuple(dict.fromkeys(f for m in matches for f in m.formal))
        parts: list[str] = []
        i = 0
        for m in matches:
            parts += syllables[i : m.start] + [m.formal[0]]
            i = m.end
        parts += syllables[i:]
        return Expansion(formal, " ".join(parts))


def _segmented(query: str) -> tuple[list[str], set[int]]:
    """The query's syllables (tone-normalised, lower case) and the positions where a word
    starts or ends."""
    tokenize = word_segmenter()
    syllables: list[str] = []
    boundaries = {0}
    for sentence in _SENTENCE_BREAK.split(match_key(query)):
        if not sentence.strip():
            continue
        for word in tokenize(sentence):
            syllables += _SYLLABLE.findall(word)
            boundaries.add(len(syllables))
    return syllables, boundaries


def parse(text: str) -> list[tuple[list[str], list[str]]]:
    """(everyday forms, formal forms) for each concept line; `#` starts a comment line."""
    concepts = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            raise ValueError(
                f"thesaurus line {number}: expected everyday forms, a tab, formal forms: {line!r}"
            )
        everyday, formal = ([f.strip() for f in c.split("|") if f.strip()] for c in columns)
        concepts.append((everyday, formal))
    return concepts


@lru_cache(maxsize=1)
def default_thesaurus() -> Thesaurus:
    return Thesaurus(parse(THESAURUS.read_text(encoding="utf-8")))
