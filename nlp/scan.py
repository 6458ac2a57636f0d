"""Patterns that open with a long alternation (`Nghị quyết|Chỉ thị|...`, `hằng năm|hằng quý|...`),
made quicker to scan for.

Python's regex engine skips ahead to a pattern's possible first characters only when it can tell
them from the pattern's first item (a literal, a character class, outside IGNORECASE). Otherwise it
tries the pattern at every position of the text, and an alternation there costs one test per
alternative. `scanning` prefixes such a pattern with a look-ahead for the characters any of its
matches can start with (one class test per position): the same matches, found sooner.
"""

import re
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


def _prefixes(items: list) -> tuple[set[str], bool] | None:
    """(strings one of which every match of `items` starts with, as written; whether each is a
    whole match), or None where a match may start otherwise."""
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
        else:
            return found, False
        whole = True
        joined: set[str] = set()
        for alternative in alternatives:
            sub = _prefixes(alternative)
            if sub is None:
                return None
            joined |= {p + s for p in found for s in sub[0]}
            whole = whole and sub[1]
        if len(joined) > _MAX_PREFIXES:
            return None
        found = joined
        if not whole:
            return found, False
    return found, True


def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` starts with (in lower case), or
    None when there are none to tell (a match may start with a class, or with nothing)."""
    parsed = _prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    if parsed is None or "" in parsed[0] or any(c in _ODD_CASES for p in parsed[0] for c in p):
        return None
    if any(len(p.lower()) != len(p) for p in parsed[0]):
        return None
    return frozenset(p.lower() for p in parsed[0])


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
