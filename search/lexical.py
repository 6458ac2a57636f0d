"""Sparse lexical vectors: terms of diacritic-folded, tone-normalised text, hashed to indices.

Three analyzers are kept so they can be compared on the retrieval gold (bench/results/search.md):
`syllable` (folded syllables), `word` (underthesea words, folded, plus the syllables, so a
query segmented differently or typed without diacritics still meets the passage), and
`edge-bm25` (Qdrant Edge's built-in BM25, multilingual tokenizer, ASCII folding). The index
applies IDF; the vectors carry BM25-saturated term frequencies. Document keys (`113-NQ/TU`,
`30/2020/NĐ-CP`) are one term each.
"""

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from policylink.core.identity import normalize_key
from policylink.core.vietnamese import fold, match_key, nfc
from policylink.nlp.pipeline import word_segmenter

ANALYZERS = ("syllable", "word", "edge-bm25")
DEFAULT_ANALYZER = "word"
_K1, _B, _AVG_TERMS = 1.2, 0.75, 80.0
_DOC_KEY = re.compile(r"\b\d{1,5}(?:/\d{4})?[-/](?:[A-ZĐƯ]{1,8}[-/])*[A-ZĐƯ]{1,8}(?:-[A-ZĐƯ]{1,8})*\b")
_SYLLABLE = re.compile(r"[0-9a-z]+")
_SENTENCE_BREAK = re.compile(r"(?<=[.;:!?])\s+|\n+")


@dataclass(frozen=True)
class SparseTerms:
    indices: list[int]
    values: list[float]


def term_index(term: str) -> int:
    """A stable 31-bit index for a term (the same in every process and version)."""
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=4).digest(), "big") & 0x7FFFFFFF


def document_keys(text: str) -> list[str]:
    """Document keys written in the text, normalised (`55 - KL/TƯ` -> `55-kl/tw`)."""
    return [fold(normalize_key(m.group(0))) for m in _DOC_KEY.finditer(nfc(text))]


def syllables(text: str) -> list[str]:
    return _SYLLABLE.findall(fold(match_key(text)))


def words(text: str) -> list[str]:
    """Multi-syllable underthesea words, folded and joined by `_` (`ket_cau_ha_tang`).

    Segmentation runs on the accented, tone-normalised text: on folded text underthesea finds no
    compounds at all. A query typed without diacritics still meets these passages through their
    syllable terms. Segmenting per sentence is ~2x faster than one call (STACK-NOTES)."""
    tokenize = word_segmenter()
    out: list[str] = []
    for sentence in _SENTENCE_BREAK.split(match_key(text)):
        if not sentence.strip():
            continue
        for word in tokenize(sentence):
            parts = _SYLLABLE.findall(fold(word))
            if len(parts) > 1:
                out.append("_".join(parts))
    return out


def terms(text: str, analyzer: str) -> list[str]:
    keys = [f"key:{k}" for k in document_keys(text)]
    if analyzer == "syllable":
        return syllables(text) + keys
    if analyzer == "word":
        return syllables(text) + words(text) + keys
    raise ValueError(f"unknown lexical analyzer {analyzer!r}; expected one of {', '.join(ANALYZERS)}")


@lru_cache(maxsize=2)
def _edge_bm25(for_query: bool):
    from qdrant_edge import Bm25, Bm25Config, TokenizerType

    model = Bm25(Bm25Config(tokenizer=TokenizerType.Multilingual, ascii_folding=True, lowercase=True))
    return model.embed_query if for_query else model.embed_document


def _edge_vector(text: str, for_query: bool) -> SparseTerms:
    vector = _edge_bm25(for_query)(match_key(text))
    indices, values = list(vector.indices), [float(v) for v in vector.values]
    for key in set(document_keys(text)):
        indices.append(term_index(f"key:{key}"))
        values.append(1.0 if for_query else 2.0)
    return SparseTerms(indices, values)


def _weights(counts: Counter, total: int) -> SparseTerms:
    norm = _K1 * (1 - _B + _B * total / _AVG_TERMS)
    merged: dict[int, float] = {}
    for term, tf in counts.items():
        index = term_index(term)
        merged[index] = merged.get(index, 0.0) + tf * (_K1 + 1) / (tf + norm)
    return SparseTerms(list(merged), list(merged.values()))


def passage_vector(text: str, analyzer: str = DEFAULT_ANALYZER) -> SparseTerms:
    if analyzer == "edge-bm25":
        return _edge_vector(text, for_query=False)
    found = terms(text, analyzer)
    return _weights(Counter(found), len(found))


def query_vector(
    text: str,
    analyzer: str = DEFAULT_ANALYZER,
    borrowed: str = "",
    borrowed_weight: float = 0.0,
    expansions: Sequence[str] = (),
    expansion_weight: float = 0.0,
) -> SparseTerms:
    """The query's terms at weight 1. With `expansions` (the documents' words for the query's
    everyday phrases, from the thesaurus), their terms join at `expansion_weight`; with `borrowed`
    (the corpus's own text nearest the query in meaning), that text's words join at
    `borrowed_weight`. Either way a query asked in other words than the documents' also meets
    their words (measured: bench/results/search.md). A term keeps the first weight it gets."""
    if analyzer == "edge-bm25":
        return _edge_vector(text, for_query=True)
    merged: dict[int, float] = {}
    for term in set(terms(text, analyzer)):
        merged[term_index(term)] = 1.0
    for term in {t for form in expansions for t in terms(form, analyzer)}:
        merged.setdefault(term_index(term), expansion_weight)
    for term in set(words(borrowed)) if borrowed else ():
        merged.setdefault(term_index(term), borrowed_weight)
    return SparseTerms(list(merged), list(merged.values()))
