"""Snippets with the query's words marked, matched with or without diacritics."""

import re
from dataclasses import dataclass

from policylink.search.lexical import document_keys

from policylink.core.vietnamese import fold, match_key

MARK_OPEN, MARK_CLOSE = "**", "**"
SNIPPET_CHARS = 260
# Function syllables that would light up every passage; never highlighted alone.
_COMMON = frozenset(
    {
        "va",
        "cac",
        "cua",
        "co",
        "la",
        "de",
        "trong",
        "cho",
        "voi",
        "duoc",
        "nhung",
        "theo",
        "den",
        "tu",
        "tai",
        "ve",
        "mot",
        "nhu",
        "khi",
        "thi",
        "ma",
        "o",
        "nay",
        "do",
        "da",
        "se",
        "cung",
        "bi",
        "hay",
        "hoac",
        "vao",
        "ra",
        "len",
    }
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Snippet:
    text: str  # window of the passage with matches wrapped in MARK_OPEN/MARK_CLOSE
    spans: list[tuple[int, int]]  # matched character ranges in the whole passage text


def matched_spans(query: str, text: str) -> list[tuple[int, int]]:
    """Ranges of `text` whose syllables occur in the query: an accented query syllable matches
    only the same accents (any tone style), an unaccented one matches any accents."""
    exact, loose = set(), set()
    for syllable in _WORD.findall(match_key(query)):
        if fold(syllable) in _COMMON:
            continue
        (loose if fold(syllable) == syllable else exact).add(syllable)
    keyed = match_key(text)  # same length as text
    spans = [
        (m.start(), m.end())
        for m in _WORD.finditer(keyed)
        if m.group(0) in exact or fold(m.group(0)) in loose
    ]
    folded = fold(keyed)
    for key in set(document_keys(query)):
        spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(key), folded))
    return _merge(sorted(spans), text)


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join neighbouring matches separated only by spaces, so `kết cấu hạ tầng` is one mark."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip(" ")):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(query: str, text: str, width: int = SNIPPET_CHARS) -> Snippet:
    spans = matched_spans(query, text)
    start, end = _best_window(text, spans, width)
    out, cursor = [], start
    for a, b in spans:
        if a < start or b > end:
            continue
        out.append(text[cursor:a])
        out.append(f"{MARK_OPEN}{text[a:b]}{MARK_CLOSE}")
        cursor = b
    out.append(text[cursor:end])
    body = "".join(out).strip()
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return Snippet(f"{prefix}{body}{suffix}", spans)


def _best_window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    if len(text) <= width:
        return 0, len(text)
    best_start, best_cover = 0, -1
    for a, _ in spans or [(0, 0)]:
        start = max(0, a - width // 4)
        cover = sum(min(e, start + width) - s for s, e in spans if s >= start and s < start + width)
        if cover > best_cover:
            best_start, best_cover = start, cover
    start = _word_boundary(text, best_start, backwards=True)
    end = _word_boundary(text, min(len(text), start + width), backwards=False)
    return start, end


def _word_boundary(text: str, position: int, *, backwards: bool) -> int:
    if position <= 0 or position >= len(text):
        return max(0, min(position, len(text)))
    step = -1 if backwards else 1
    while 0 < position < len(text) and not text[position - 1].isspace():
        position += step
    return position
