"""Patterns that open with a long alternation (`Nghị quyết|Chỉ thị|...`, `hằng năm|hằng quý|...`),
made quicker to scan for.

Python's regex engine skips ahead to a pattern's possible first characters only when it can tell
them from the pattern's first item (a literal, a character class, outside IGNORECASE). Otherwise it
tries the pattern at every position of the text, and an alternation there costs one test per
alternative. `scanning` prefixes such a pattern with a look-ahead for the characters any of its
matches can start with (one class test per position): the same matches, found sooner.
"""

import re
import threading
from collections.abc import Iterator
from functools import cache
from re import _casefix
from re import _constants as sre_constants
from re import _parser as sre_parse

_MIN_ALTERNATIVES = 3  # a shorter alternation is tried about as fast as the look-ahead itself
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_MAX_RANGE = 256  # a wider class (`\w`-like ranges) says too little to be worth the look-ahead


def _first_characters(items: list) -> tuple[set[str] | None, bool]:
    """(the characters a match of `items` can start with, or None when not known; whether the items
    can match the empty string)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.LITERAL:
            return found | {chr(av)}, False
        if op is sre_constants.IN:
            for item_op, item in av:
                if item_op is sre_constants.LITERAL:
                    found.add(chr(item))
                elif item_op is sre_constants.RANGE and item[1] - item[0] < _MAX_RANGE:
                    found.update(map(chr, range(item[0], item[1] + 1)))
                else:
                    return None, False
            return found, False
        if op is sre_constants.SUBPATTERN:
            alternatives = [av[3]]
        elif op is sre_constants.BRANCH:
            alternatives = av[1]
        elif op in _REPEATS:
            alternatives = [av[2]]
        else:
            return None, False
        empty = op in _REPEATS and av[0] == 0
        for alternative in alternatives:
            chars, can_be_empty = _first_characters(alternative)
            if chars is None:
                return None, False
            found |= chars
            empty = empty or can_be_empty
        if not empty:
            return found, False
    return found, True


def _alternatives(items: list) -> int:
    """How many alternatives the pattern's first item (through groups, past look-arounds) holds."""
    while items:
        op, av = items[0]
        if op in _ZERO_WIDTH:
            items = items[1:]
        elif op is sre_constants.SUBPATTERN:
            items = av[3]
        elif op is sre_constants.BRANCH:
            return len(av[1])
        else:
            return 1
    return 0


def first_characters(pattern: re.Pattern[str]) -> set[str] | None:
    """The characters (as written) a match of `pattern` can start with, or None when they cannot be
    told (a wide class like `\\w`, an item that may be empty)."""
    chars, can_be_empty = _first_characters(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    return None if can_be_empty else chars


def scanning(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, with a look-ahead for its first characters where it is case-insensitive and opens
    with an alternation of at least three; the pattern itself otherwise (a case-sensitive pattern's
    first literals the engine finds by itself) or where the characters cannot be told."""
    if not pattern.flags & re.IGNORECASE:
        return pattern
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:  # (a compiled pattern parses again; kept for safety)
        return pattern
    if _alternatives(list(parsed)) < _MIN_ALTERNATIVES:
        return pattern
    chars, can_be_empty = _first_characters(list(parsed))
    if chars is None or can_be_empty:
        return pattern
    cased = {c for ch in chars for c in (ch, ch.lower(), ch.upper()) if len(c) == 1}
    try:
        return re.compile(f"(?=[{re.escape(''.join(sorted(cased)))}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global flags inside the pattern cannot follow the look-ahead
        return pattern


# Characters that re.IGNORECASE matches other than by their lower case (`ı` and `i`, `ſ` and `s`):
# a text or prefix holding one is scanned the ordinary way.
_ODD_CASES = frozenset(chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v) if c > 127)
_MAX_PREFIXES = 64


def _prefixes(items: list) -> tuple[set[str], set[str]] | None:
    """The strings (as written) every match of `items` starts with: (those after which the match
    goes on otherwise than literally, those that are whole matches of `items`); None when there are
    too many to be worth it."""
    stopped: set[str] = set()
    found = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.LITERAL:
            found = {p + chr(av) for p in found}
            continue
        if op is sre_constants.SUBPATTERN:
            alternatives = [av[3]]
        elif op is sre_constants.BRANCH:
            alternatives = av[1]
        elif op in _REPEATS and (av[0], av[1]) == (0, 1):  # an optional part: with it or without
            alternatives = [av[2], []]
        else:
            return stopped | found, set()
        grown: set[str] = set()
        for alternative in alternatives:
            sub = _prefixes(alternative)
            if sub is None:
                return None
            stopped |= {p + s for p in found for s in sub[0]}
            grown |= {p + s for p in found for s in sub[1]}
        found = grown
        if len(stopped) + len(found) > _MAX_PREFIXES:
            return None
    return stopped, found


def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` starts with (in lower case), or
    None when there are none to tell (a match may start with a class, or with nothing). Read once
    per pattern (keyed by its source: a compiled pattern hashes its whole program)."""
    return _literal_prefixes(pattern.pattern, pattern.flags)


@cache
def _literal_prefixes(source: str, flags: int) -> frozenset[str] | None:
    parsed = _prefixes(list(sre_parse.parse(source, flags)))
    prefixes = parsed[0] | parsed[1] if parsed is not None else {""}
    if "" in prefixes or any(c in _ODD_CASES or len(c.lower()) != 1 for p in prefixes for c in p):
        return None
    lowered = {p.lower() for p in prefixes}
    # (a prefix that another one begins adds no position: `ủy ban` covers `ủy ban nhân dân`)
    return frozenset(p for p in lowered if not any(q != p and p.startswith(q) for q in lowered))


class Starts:
    """Where each literal prefix occurs in a text (found once per text, shared by the patterns
    that ask): the positions from which a pattern with `literal_prefixes` can match at all."""

    def __init__(self, text: str) -> None:
        lowered = text.lower()
        usable = len(lowered) == len(text) and _ODD_CASES.isdisjoint(text)
        self._lowered = lowered if usable else None
        self._found: dict[str, list[int]] = {}

    def of(self, prefixes: frozenset[str]) -> list[int] | None:
        """The positions, in order, where one of `prefixes` starts; None where the text cannot
        tell (a character that changes length or matches oddly in lower case)."""
        if self._lowered is None:
            return None
        if len(prefixes) == 1:
            return self._positions(next(iter(prefixes)))
        return sorted({i for p in prefixes for i in self._positions(p)})

    def _positions(self, prefix: str) -> list[int]:
        if prefix not in self._found:
            text, positions = self._lowered, []
            i = text.find(prefix)  # type: ignore[union-attr]
            while i >= 0:
                positions.append(i)
                i = text.find(prefix, i + 1)  # type: ignore[union-attr]
            self._found[prefix] = positions
        return self._found[prefix]


_RECENT = 4  # texts whose Starts a thread keeps: the rules over one document scan a few texts in turn
_recent = threading.local()


def starts_of(text: str) -> Starts:
    """The `Starts` of `text`, kept for the last few texts (this very string object, per thread): the
    rules of one document scan the same texts one pattern after another."""
    kept: list[tuple[str, Starts]] = _recent.__dict__.setdefault("kept", [])
    for seen, starts in kept:
        if seen is text:
            return starts
    starts = Starts(text)
    kept.insert(0, (text, starts))
    del kept[_RECENT:]
    return starts


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, the pattern tried only where one of its `literal_prefixes` occurs
    (`starts_of(text)`): the same matches, since each starts with one, is not empty, and the next is
    looked for from its end."""
    prefixes = literal_prefixes(pattern)
    at = starts_of(text).of(prefixes) if prefixes is not None else None
    if at is None:
        yield from pattern.finditer(text)
        return
    pos = 0
    for start in at:
        if start >= pos and (m := pattern.match(text, start)) is not None:
            yield m
            pos = m.end()
