"""Snippets with the query's words marked, matched with or without diacritics."""

import re
from dataclasses import dataclass
from functools import lru_cache

from policylink.core.vietnamese import fold, match_key
from policylink.nlp.pipeline import chunk_words, chunks, word_segmenter
from policylink.search.lexical import document_keys

MARK_OPEN, MARK_CLOSE = "**", "**"
# A marked match in a snippet; group 1 holds the matched words, for a page or a terminal to show.
MARKED = re.compile(f"{re.escape(MARK_OPEN)}(.+?){re.escape(MARK_CLOSE)}", re.DOTALL)
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


def _same(query_syllable: str, text_syllable: str) -> bool:
    """An accented query syllable matches only the same accents (any tone style), an unaccented
    one matches any accents."""
    return text_syllable == query_syllable or fold(text_syllable) == query_syllable == fold(query_syllable)


@lru_cache(maxsize=64)
def _query_words(query: str) -> tuple[tuple[str, ...], ...]:
    """The query's underthesea words, each as its syllables (`giải phóng`, `mặt bằng`); a query
    typed without diacritics segments into single syllables, which the marks join again. Kept per
    query: every result's snippet asks again for the same query."""
    out = []
    for token in word_segmenter()(match_key(query)):
        syllables = tuple(_WORD.findall(token))
        if syllables and not (len(syllables) == 1 and fold(syllables[0]) in _COMMON):
            out.append(syllables)
    return tuple(out)


@lru_cache(maxsize=16384)
def _chunk_compounds(chunk: str) -> frozenset[int]:
    """Where the chunk's own multi-syllable words start and continue (offsets of syllables in it),
    from the pipeline's own words of the chunk. Kept per chunk text: segmenting is most of a snippet's
    cost, and the passages a search returns (and a line repeated in many of them) come back."""
    return frozenset(
        start + m.start()
        for start, end in chunk_words(chunk)
        if " " in chunk[start:end]
        for m in _WORD.finditer(chunk[start:end])
    )


def _inside_compound(keyed: str, starts: list[int]) -> set[int]:
    """Which of `starts` (syllable offsets in `keyed`) lie inside a multi-syllable word. Only the
    chunks holding one are segmented, chunked as the pipeline chunks a text for underthesea."""
    found: set[int] = set()
    for offset, chunk in chunks(keyed):
        wanted = [a for a in starts if offset <= a < offset + len(chunk)]
        if wanted:
            compound = _chunk_compounds(chunk)
            found.update(a for a in wanted if a - offset in compound)
    return found


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[str, str, tuple[tuple[int, int, str], ...], tuple[str, ...]]:
    """The passage keyed for matching and folded (both as long as `text`), its syllables (start,
    end, keyed) and their folded forms. Kept per passage text, as its segmentation is."""
    keyed = match_key(text)
    folded = fold(keyed)
    syllables = tuple((m.start(), m.end(), m.group(0)) for m in _WORD.finditer(keyed))
    return keyed, folded, syllables, tuple(folded[a:b] for a, b, _ in syllables)


def matched_spans(query: str, text: str) -> list[tuple[int, int]]:
    """Ranges of `text` holding the query's words and phrases. A query word matches a run of the
    passage's syllables; neighbouring matches join into one mark (`giải phóng mặt bằng`). A mark of
    one syllable is kept only where the passage shares no longer phrase with the query, the syllable
    is no digit and it is a word of its own there (`giải` inside `giải pháp` is not)."""
    keyed, folded, syllables, plain = _read(text)
    spans = []
    for word in _query_words(query):
        width, first = len(word), fold(word[0])
        for i in range(len(syllables) - width + 1):
            if plain[i] != first:  # `_same` needs the folded syllables equal: most positions stop here
                continue
            run = syllables[i : i + width]
            joined = all(not keyed[a[1] : b[0]].strip() for a, b in zip(run, run[1:], strict=False))
            if joined and all(_same(q, t[2]) for q, t in zip(word, run, strict=True)):
                spans.append((run[0][0], run[-1][1]))
    merged = _merge(sorted(spans), text)
    lone = [(a, b) for a, b in merged if _WORD.fullmatch(keyed[a:b])]
    if lone:
        phrases = len(lone) < len(merged)
        # segmenting is asked only for a mark that neither a longer phrase nor being a digit decides
        undecided = [] if phrases else [a for a, b in lone if not keyed[a:b].isdigit()]
        compound = _inside_compound(keyed, undecided) if undecided else set()
        drop = {(a, b) for a, b in lone if phrases or keyed[a:b].isdigit() or a in compound}
        merged = [span for span in merged if span not in drop]
    keys = [
        (m.start(), m.end()) for k in set(document_keys(query)) for m in re.finditer(re.escape(k), folded)
    ]
    return _merge(sorted(merged + keys), text)


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
