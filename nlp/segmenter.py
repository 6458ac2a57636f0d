"""Word segmentation: underthesea's `word_tokenize` (its regex tokeniser, then its CRF over the
syllables) with the CRF's scores worked out here, giving the same words.

underthesea featurises each chunk through its Rust featuriser, 43 feature strings per syllable
handed back to Python and looked up again by the tagger: two thirds of segmentation's time. Every
feature template reads a syllable or a run of two or three (`T[0]`, `T[-1,0].lower`,
`T[0,2].is_in_dict`, ...) at a fixed offset from the syllable scored, so a syllable's score is the
sum of what the syllables, pairs and triples around it contribute at their offsets. A contribution
is worked out once per distinct syllable, pair or triple from the model's weights (nlp.crf_file)
and kept; a document's chunks are scored together (numpy) and each decoded by Viterbi with the
library's choices (the earlier label on a tie).

Exactness. The feature values are the featuriser's (`lower`, `isdigit` = an `i32` number,
`istitle` = each space-separated part starts with a character its upper case leaves alone,
`is_in_dict` = lower case in the model's dictionary; BOS/EOS outside the chunk), checked against
it in the tests; a chunk holding a character outside the scripts checked (Latin, Vietnamese,
punctuation and symbols) is segmented by underthesea itself. The scores are summed in another
order than the library's, so they may differ in the last bits: when any choice of the decoding
is closer than `_MARGIN`, the chunk is segmented by underthesea too.
"""

import re
import threading
from collections.abc import Callable
from pathlib import Path

import numpy

from policylink.core.once import once
from policylink.nlp.crf_file import CrfFile

_MARGIN = 1e-6  # a closer choice goes to underthesea (our sums round apart from its own)
_PAD = 2  # syllables either side that the features read
_KEEP = 100_000  # rows kept per n-gram length before a table starts afresh (~50 MiB in all)
# The characters whose features the tests compare with the featuriser's (Latin, Vietnamese,
# punctuation, symbols), less two whose upper case the featuriser's Unicode has and Python's lacks.
_CHECKED = re.compile("[^\u0000-\u036f\u1e00-\u1eff\u2000-\u2bff]|[\u019b\u0264]")
_INT = re.compile(r"[+-]?[0-9]+")
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")


def _isdigit(text: str) -> str:
    """The featuriser's `isdigit`: the text reads as a 32-bit signed integer."""
    return str(_INT.fullmatch(text) is not None and -(2**31) <= int(text) < 2**31)


def _istitle(text: str) -> str:
    """The featuriser's `istitle`: each space-separated part starts with a character that upper-casing
    leaves alone (a capital, a digit, a mark)."""
    return str(all(part[:1] == part[:1].upper() for part in text.split(" ")))


class _Model:
    """The word-segmentation CRF's weights arranged per n-gram placement."""

    def __init__(self, directory: Path) -> None:
        import joblib

        crf = CrfFile.read(directory / "models.bin")
        if crf.labels != ["B-W", "I-W"]:
            raise ValueError(f"{directory}: labels {crf.labels}, expected B-W, I-W")
        state = numpy.where(numpy.abs(crf.state) > 1e-10, crf.state, 0.0)  # what the library keeps
        # per feature template, the weights (B-W, I-W) of each value it takes
        self.weights: dict[str, dict[str, tuple[float, float]]] = {}
        for name, row in zip(crf.attributes, state.tolist(), strict=True):
            if any(row):
                template, _, value = name.partition("=")
                self.weights.setdefault(template, {})[value] = (row[0], row[1])
        self.transition: tuple[float, ...] = tuple(crf.transition.ravel().tolist())  # 00, 01, 10, 11
        dictionary: set[str] = joblib.load(directory / "dictionary.bin")
        self.values: dict[str, Callable[[str], str]] = {
            "": str, "lower": str.lower, "isdigit": _isdigit, "istitle": _istitle,
            "is_in_dict": lambda text: str(text.lower() in dictionary)}
        # per n-gram length: its placements (offset of its first syllable, template names, functions)
        self.placements: dict[int, list[tuple[int, list[tuple[str, Callable[[str], str]]]]]] = {}
        spans: dict[tuple[int, int], list[tuple[str, Callable[[str], str]]]] = {}
        for template in joblib.load(directory / "features.bin"):
            match = _TEMPLATE.fullmatch(template)
            if match is None or (match[3] or "") not in self.values or template not in self.weights:
                raise ValueError(f"{directory}: feature template {template!r} not known")
            first = int(match[1])
            last = int(match[2]) if match[2] is not None else first
            spans.setdefault((first, last), []).append((template, self.values[match[3] or ""]))
        for (first, last), templates in sorted(spans.items()):
            self.placements.setdefault(last - first + 1, []).append((first, templates))
        self.tables = {n: _Table(self, n) for n in self.placements}
        self.lock = threading.Lock()  # the tables grow as n-grams are met

    def sum(self, templates: list[tuple[str, Callable[[str], str]]],
            value: Callable[[Callable[[str], str]], str]) -> tuple[float, float]:
        """The weights (B-W, I-W) of `templates` summed, each with the value `value` gives for its
        function."""
        begin = inside = 0.0
        for template, function in templates:
            weight = self.weights[template].get(value(function))
            if weight is not None:
                begin += weight[0]
                inside += weight[1]
        return begin, inside

    def scores(self, sequences: list[list[str]]) -> list[tuple[list[float], list[float]]]:
        """Per (non-empty) sequence, its syllables' B-W scores and I-W scores."""
        if not sequences:
            return []
        total = None
        for length, table in self.tables.items():
            with self.lock:
                rows = table.rows(table.ids(sequences))
            count = len(rows) - 2 * _PAD
            for column, (first, _) in enumerate(self.placements[length]):
                part = rows[_PAD + first : _PAD + first + count, 2 * column : 2 * column + 2]
                total = part if total is None else total + part
        begin, inside = total[:, 0].tolist(), total[:, 1].tolist()  # type: ignore[index]
        out, at = [], 0
        for syllables in sequences:  # each sequence's rows, then the 2 * _PAD rows of its edges
            out.append((begin[at : at + len(syllables)], inside[at : at + len(syllables)]))
            at += len(syllables) + 2 * _PAD
        return out

    def decode(self, scores: tuple[list[float], list[float]]) -> list[bool] | None:
        """Viterbi over (B-W, I-W) scores: per syllable whether it continues the word before; None
        when a choice is too close to be sure it is the library's."""
        t00, t01, t10, t11 = self.transition
        begin, inside = scores[0][0], scores[1][0]
        back: list[tuple[bool, bool]] = []
        for own_begin, own_inside in zip(scores[0][1:], scores[1][1:], strict=True):
            from_begin, from_inside = begin + t00, inside + t10
            to_begin, to_inside = begin + t01, inside + t11
            if abs(from_begin - from_inside) < _MARGIN or abs(to_begin - to_inside) < _MARGIN:
                return None
            came_begin, came_inside = from_inside > from_begin, to_inside > to_begin
            back.append((came_begin, came_inside))
            begin = (from_inside if came_begin else from_begin) + own_begin
            inside = (to_inside if came_inside else to_begin) + own_inside
        if abs(begin - inside) < _MARGIN:
            return None
        label = inside > begin
        labels = [label]
        for came in reversed(back):
            label = came[label]
            labels.append(label)
        labels.reverse()
        return labels


class _Table:
    """What each n-gram of one length contributes to the (B-W, I-W) scores of the syllable at each
    of its placements: one row per n-gram met (row 0 = reaching before the sequence, 1 = after),
    kept across documents up to `_KEEP` rows."""

    def __init__(self, model: _Model, length: int) -> None:
        self.model, self.length = model, length
        self.placements = model.placements[length]
        self.functions = list(dict.fromkeys(
            function for _, templates in self.placements for _, function in templates))
        self.start()

    def start(self) -> None:
        self.index: dict[str, int] = {}  # n-gram (its syllables joined by spaces) -> row
        self.table = numpy.zeros((1024, 2 * len(self.placements)))
        self.table[0] = self._row(lambda _: "BOS")
        self.table[1] = self._row(lambda _: "EOS")
        self.size = 2

    def _row(self, value: Callable[[Callable[[str], str]], str]) -> list[float]:
        row: list[float] = []
        for _, templates in self.placements:
            row.extend(self.model.sum(templates, value))
        return row

    def ids(self, sequences: list[list[str]]) -> list[int]:
        """Row ids for each sequence: 2 * _PAD edge rows around its n-grams and its last syllables
        (those with fewer than `length` syllables left), which read past its end."""
        if self.size + sum(map(len, sequences)) > _KEEP:
            self.start()
        index, length, new = self.index, self.length, []
        ids: list[int] = []
        for syllables in sequences:
            ids += (0,) * _PAD
            for gram in map(" ".join, zip(*(syllables[i:] for i in range(length)), strict=False)):
                found = index.get(gram)
                if found is None:
                    found = index[gram] = self.size + len(new)
                    new.append(gram)
                ids.append(found)
            ids += (1,) * (len(syllables) + _PAD - max(0, len(syllables) - length + 1))
        if new:
            if self.size + len(new) > len(self.table):
                grown = numpy.zeros((2 * (self.size + len(new)), self.table.shape[1]))
                grown[: self.size] = self.table[: self.size]
                self.table = grown
            self.table[self.size : self.size + len(new)] = [self._new(gram) for gram in new]
            self.size += len(new)
        return ids

    def _new(self, gram: str) -> list[float]:
        values = {function: function(gram) for function in self.functions}
        return self._row(values.__getitem__)

    def rows(self, ids: list[int]) -> numpy.ndarray:
        return self.table[numpy.array(ids, dtype=numpy.intp)]


@once
def _model() -> _Model:
    import underthesea.pipeline.word_tokenize as package

    return _Model(Path(package.__file__).parent / "models" / "ws_crf_vlsp2013_20230727")


def forget() -> None:
    """Start the tables of contributions afresh (as in a new process): for measurements."""
    model = _model()
    with model.lock:
        for table in model.tables.values():
            table.start()


@once
def _library() -> Callable[[str], list[str]]:
    """underthesea's `word_tokenize`, its model loaded by one thread (`once`): the library's lazy
    first load publishes the model before loading it, so a second thread calling at once fails."""
    from underthesea import word_tokenize

    word_tokenize("khởi động")
    return word_tokenize


_NORMAL: dict[str, str] = {}  # syllable -> what underthesea's `token_normalize` makes of it


def _syllables(text: str) -> list[str]:
    """underthesea's regex tokeniser, `tokenize(text)`: every alternative of its pattern is one named
    group spanning the match, so the syllable is the match itself; normalised syllables are kept."""
    from underthesea.pipeline.text_normalize import token_normalize
    from underthesea.pipeline.word_tokenize import regex_tokenize

    syllables = [match.group() for match in regex_tokenize.patterns.finditer(
        regex_tokenize.normalize_characters_in_text(text))]
    normal = _NORMAL
    if len(normal) > _KEEP:
        normal.clear()
    out = []
    for syllable in syllables:
        found = normal.get(syllable)
        if found is None:
            found = normal[syllable] = token_normalize(syllable)
        out.append(found)
    return out


def _words(syllables: list[str], continues: list[bool]) -> list[str]:
    words: list[str] = []
    for syllable, inside in zip(syllables, continues, strict=True):
        if inside and words:
            words[-1] = words[-1] + " " + syllable
        else:
            words.append(syllable)
    return words


def decoded(texts: list[str]) -> list[list[str] | None]:
    """`underthesea.word_tokenize(text)` for each of `texts`, scored together; None for a text this
    module leaves to underthesea (a character not checked, a choice too close)."""
    model = _model()
    syllables = [_syllables(text) for text in texts]
    ours = [i for i, (text, found) in enumerate(zip(texts, syllables, strict=True))
            if found and _CHECKED.search(text) is None]
    out: list[list[str] | None] = [[] if not found else None for found in syllables]
    for i, scores in zip(ours, model.scores([syllables[i] for i in ours]), strict=True):
        continues = model.decode(scores)
        if continues is not None:
            out[i] = _words(syllables[i], continues)
    return out


def segment_texts(texts: list[str]) -> list[list[str]]:
    """`underthesea.word_tokenize(text)` for each of `texts`."""
    return [words if words is not None else _library()(text)
            for text, words in zip(texts, decoded(texts), strict=True)]


def segment_text(text: str) -> list[str]:
    """`underthesea.word_tokenize(text)`."""
    return segment_texts([text])[0]
