"""Diacritics restored to a query typed without them, learnt from the indexed passages.

The embedding model learnt accented Vietnamese: `giai phong mat bang` embeds far from
`giải phóng mặt bằng`. The vocabulary counts every accented syllable n-gram (n ≤ MAX_ORDER) of
the indexed passages under its folded form; a plain query is restored by the most probable
accented sequence under a trigram model read from those counts (`restore`), so the dense leg can
embed what the user meant. The lexical leg needs none of this: it matches folded terms.

The model has no tuned constant. At each syllable the probability of an accented form is its
share among the forms that follow the same accented history *and* fold to the typed syllable;
the longest history with any such evidence is used (trigram, then bigram, then the syllable
alone).

Queries are questions and paraphrases, so their words are often absent from official documents
(`khi nào`, `bà con`, `nâng đỡ`). underthesea's Vietnamese word list (`lexicon`) backs the corpus
up. It is counted exactly like a corpus in which every word occurs once (syllables and
within-word bigrams), and read only where the corpus is silent: the forms of a syllable the
corpus never saw (and the count of any form it never saw), and the word-internal bigrams of a
pair of syllables the corpus never saw together in any form, which then stand at the bigram level
of the backoff. The two are never mixed under a weight: for each piece of evidence exactly one
source speaks, the corpus first. A query whose syllables and pairs the corpus has all seen
restores as from the corpus alone. Syllables in neither stay as typed.

Counts live in SQLite beside the index, per document (to take a document's counts back out when
it is re-indexed or deleted) and summed per n-gram (what restoration reads), so a query costs a
few primary-key look-ups whatever the corpus size.
"""

import functools
import hashlib
import importlib.util
import json
import math
import re
import sqlite3
import threading
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from policylink.core.vietnamese import fold, match_key

MAX_ORDER = 3
LEXICON_ORDER = 2  # the word list is read for syllables and within-word bigrams only
WORD_LIST = ("corpus", "data", "Viet74K.txt")  # inside the underthesea package
BACKOFF = 0.4  # stupid backoff's published constant (Brants et al. 2007), not tuned here
_SYLLABLE = re.compile(r"[^\W_]+")
_PHRASE_BREAK = re.compile(r"[^\w\s]+")  # punctuation ends an n-gram context
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS documents ("
    " document_id TEXT PRIMARY KEY, signature TEXT NOT NULL, syllables INTEGER NOT NULL,"
    " counts BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ngrams ("
    " folded TEXT NOT NULL, accented TEXT NOT NULL, count INTEGER NOT NULL,"
    " PRIMARY KEY (folded, accented)) WITHOUT ROWID",
)


def is_plain(text: str) -> bool:
    """Typed without any diacritic (and has letters): `giai phong`, not `giải phong` or `2025`."""
    return fold(text) == text.lower() and any(ch.isalpha() for ch in text)


def ngram_counts(texts: Iterable[str], max_order: int = MAX_ORDER) -> Counter[str]:
    """Accented syllable n-grams (n ≤ max_order, lower case, new-style tones) with their counts;
    n-grams do not cross punctuation (nor the hyphens of transliterated words)."""
    counts: Counter[str] = Counter()
    for text in texts:
        for phrase in _PHRASE_BREAK.split(match_key(text)):
            syllables = _SYLLABLE.findall(phrase)
            for n in range(1, max_order + 1):
                for i in range(len(syllables) - n + 1):
                    counts[" ".join(syllables[i : i + n])] += 1
    return counts


class Vocabulary:
    """Accented n-gram counts of the indexed documents, in SQLite (`path`, or memory when None:
    for an index that lives only as long as the process)."""

    def __init__(self, path: Path | None = None, max_order: int = MAX_ORDER) -> None:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self.folder = path.parent if path else None
        self.max_order = max_order
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        for statement in _SCHEMA:
            self._db.execute(statement)
        self._db.commit()

    def set_document(self, document_id: str, signature: str, texts: Iterable[str]) -> None:
        """Make the document's counts those of `texts`; nothing is done when `signature` (any
        string that changes with the texts) is the stored one."""
        with self._lock:
            row = self._db.execute(
                "SELECT signature FROM documents WHERE document_id = ?", (document_id,)
            ).fetchone()
            if row and row[0] == signature:
                return
        counts = ngram_counts(texts, self.max_order)  # outside the lock: the only costly step
        with self._lock, self._db:
            self._remove(document_id)
            self._add(counts, +1)
            self._db.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?)",
                (
                    document_id,
                    signature,
                    sum(n for gram, n in counts.items() if " " not in gram),
                    zlib.compress(json.dumps(counts, ensure_ascii=False).encode()),
                ),
            )

    def delete_document(self, document_id: str) -> None:
        with self._lock, self._db:
            self._remove(document_id)

    def _remove(self, document_id: str) -> None:
        row = self._db.execute(
            "SELECT counts FROM documents WHERE document_id = ?", (document_id,)
        ).fetchone()
        if row is None:
            return
        touched = self._add(Counter(json.loads(zlib.decompress(row[0]))), -1)
        self._db.execute("DELETE FROM documents WHERE document_id = ?", (document_id,))
        # only the n-grams just decremented can have reached 0: primary-key look-ups, no table scan
        self._db.executemany("DELETE FROM ngrams WHERE folded = ? AND accented = ? AND count <= 0", touched)

    def _add(self, counts: Counter[str], sign: int) -> list[tuple[str, str]]:
        """Add `sign` × `counts` to the summed n-grams; returns the (folded, accented) keys."""
        rows = [(fold(gram), gram, sign * n) for gram, n in counts.items()]
        self._db.executemany(
            "INSERT INTO ngrams VALUES (?, ?, ?)"
            " ON CONFLICT (folded, accented) DO UPDATE SET count = count + excluded.count",
            rows,
        )
        return [(folded, gram) for folded, gram, _ in rows]

    def forms(self, folded: Iterable[str]) -> dict[str, dict[str, int]]:
        """Folded n-gram -> {accented form: count} for those seen in the indexed documents."""
        wanted = sorted(set(folded))
        found: dict[str, dict[str, int]] = {}
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT folded, accented, count FROM ngrams WHERE folded IN ({marks})", chunk
                ).fetchall()
                for key, accented, count in rows:
                    found.setdefault(key, {})[accented] = count
        return found

    def syllables(self) -> int:
        """How many syllables the indexed documents hold."""
        with self._lock:
            return self._db.execute("SELECT COALESCE(SUM(syllables), 0) FROM documents").fetchone()[0]

    def documents(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def signature(parts: Iterable[str]) -> str:
    """An order-free fingerprint of a document's passages (their ids)."""
    return hashlib.sha256("\n".join(sorted(parts)).encode()).hexdigest()


_fold = functools.lru_cache(maxsize=1 << 16)(fold)  # Viterbi folds the same few n-grams at every step
_LEXICONS: dict[Path | None, Vocabulary] = {}
_LEXICONS_LOCK = threading.Lock()


def word_list() -> Path:
    """underthesea's Vietnamese word list (73,901 words with their diacritics), found without
    importing underthesea (its import loads models)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        raise RuntimeError("underthesea is not installed: run `.venv/bin/pip install -e .` in the project")
    return Path(spec.origin).parent.joinpath(*WORD_LIST)


def lexicon(folder: Path | None) -> Vocabulary:
    """The word list's counts as a Vocabulary (each word one document line), opened once per
    process: kept in `folder/lexicon.sqlite` (beside the corpus vocabulary; counting the list
    takes seconds, so it is done at first use and again only when the list changes), or in memory
    for an in-memory vocabulary."""
    with _LEXICONS_LOCK:
        if folder not in _LEXICONS:
            words = word_list().read_text(encoding="utf-8")
            found = Vocabulary(folder / "lexicon.sqlite" if folder else None, max_order=LEXICON_ORDER)
            found.set_document(WORD_LIST[-1], signature([words]), words.splitlines())
            _LEXICONS[folder] = found
        return _LEXICONS[folder]


@dataclass(frozen=True)
class _Counts:
    """The counts read for one query from a Vocabulary: folded n-gram -> {accented form: count},
    and how many syllables the counted text holds."""

    forms: dict[str, dict[str, int]]
    total: int

    def knows(self, folded: str) -> bool:
        return folded in self.forms

    def count(self, gram: str) -> int:
        return self.forms.get(_fold(gram), {}).get(gram, 0)


def _runs(query: str) -> list[list[re.Match[str]]]:
    """The query's syllables, in runs not broken by punctuation (as n-grams were counted)."""
    runs: list[list[re.Match[str]]] = []
    start = 0
    for brk in [*_PHRASE_BREAK.finditer(query), None]:
        end = brk.start() if brk else len(query)
        run = list(_SYLLABLE.finditer(query, start, end))
        if run:
            runs.append(run)
        start = brk.end() if brk else end
    return runs


def _log_score(context: tuple[str, ...], form: str, corpus: _Counts, lexicon: _Counts) -> float:
    """log S(form | context) under stupid backoff: the relative frequency of the form after the
    longest context seen followed by it, times BACKOFF for each context syllable dropped. Where
    the corpus never saw the last two syllables together in any form, the word list's bigram is
    that evidence; where it never saw the form, the word list's count of it is (at least one, so
    a syllable in neither still scores)."""
    penalty = 0.0
    for order in range(len(context), 0, -1):
        history = " ".join(context[-order:])
        gram = f"{history} {form}"
        if seen := corpus.count(gram):
            return penalty + math.log(seen / corpus.count(history))
        if order == 1 and not corpus.knows(_fold(gram)) and (seen := lexicon.count(gram)):
            return penalty + math.log(seen / lexicon.count(history))
        penalty += math.log(BACKOFF)
    if seen := corpus.count(form):
        return penalty + math.log(seen / corpus.total)
    return penalty + math.log(max(lexicon.count(form), 1) / max(lexicon.total, 1))


def _candidates(typed: list[str], corpus: _Counts, lexicon: _Counts) -> list[list[str]]:
    """Each folded syllable's accented forms, most frequent first: the corpus's, or the word
    list's for a syllable the corpus never saw, or the typed form for one in neither; plus the
    forms of the word list's words that spell a pair of syllables the corpus never saw together."""
    options: list[dict[str, None]] = []
    for syllable in typed:
        counts = (corpus if corpus.knows(syllable) else lexicon).forms.get(syllable, {syllable: 0})
        options.append(dict.fromkeys(sorted(counts, key=lambda f, c=counts: (-c[f], f))))
    for i in range(len(typed) - 1):
        pair = f"{typed[i]} {typed[i + 1]}"
        if not corpus.knows(pair):
            for word in sorted(lexicon.forms.get(pair, {})):
                first, second = word.split(" ")
                options[i].setdefault(first)
                options[i + 1].setdefault(second)
    return [list(forms) for forms in options]


def _decode(typed: list[str], corpus: _Counts, lexicon: _Counts) -> list[str]:
    """The best-scoring accented sequence for folded syllables (Viterbi; the state is the last
    MAX_ORDER − 1 forms)."""
    beams: dict[tuple[str, ...], tuple[float, list[str]]] = {(): (0.0, [])}
    for options in _candidates(typed, corpus, lexicon):
        advanced: dict[tuple[str, ...], tuple[float, list[str]]] = {}
        for context, (score, path) in beams.items():
            for form in options:
                value = score + _log_score(context, form, corpus, lexicon)
                state = (*context, form)[-(MAX_ORDER - 1) :]
                if state not in advanced or value > advanced[state][0]:
                    advanced[state] = (value, [*path, form])
        beams = advanced
    return max(beams.values(), key=lambda beam: beam[0])[1]


def _cased(form: str, typed: str) -> str:
    """The accented form with the typed letter case (`Bac` -> `Bắc`); both have one character
    per folded character."""
    return "".join(ch.upper() if t.isupper() else ch for ch, t in zip(form, typed, strict=True))


def restore(query: str, vocabulary: Vocabulary) -> str:
    """A query typed without diacritics with the most probable ones under the corpus, backed up
    by the word list (`lexicon`, loaded at the first such query); any other query unchanged."""
    if not is_plain(query):
        return query
    runs = _runs(query)
    typed_runs = [[m.group().lower() for m in run] for run in runs]
    wanted = {
        " ".join(typed[i : i + n])
        for typed in typed_runs
        for n in range(1, MAX_ORDER + 1)
        for i in range(len(typed) - n + 1)
    }
    words = lexicon(vocabulary.folder)
    corpus = _Counts(vocabulary.forms(wanted), vocabulary.syllables())
    short = [gram for gram in wanted if gram.count(" ") < LEXICON_ORDER]
    background = _Counts(words.forms(short), words.syllables())
    pieces, cursor = [], 0
    for run, typed in zip(runs, typed_runs, strict=True):
        for match, form in zip(run, _decode(typed, corpus, background), strict=True):
            pieces += [query[cursor : match.start()], _cased(form, match.group())]
            cursor = match.end()
    return "".join(pieces) + query[cursor:]
