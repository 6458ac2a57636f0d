"""Part-of-speech tags on demand: underthesea's POS CRF over the stretch of words a rule reads.

The CRF tags a document as one sequence (its features see two words either side, its best path
runs end to end), so a word's tag may depend on words far from it: a sentence tagged alone may get
other tags. A word is a *cut* when its own features make one tag best whatever tags stand either
side of it (for every pair of neighbouring tags, or none): the best path of the whole document
passes through that tag there, and between two cuts it is the best path of that stretch alone.
Tagging from the cut before a word to the cut after it, with features computed from the real
neighbours, therefore gives the tag that tagging the whole document gives. Only punctuation is
tested (a comma always is a cut); without one the stretch runs to the document's end.

A rule often asks only whether a word has some tag (`V`, `E`). A tag z is *ruled out* at a word when
another tag y beats it there whatever tags stand either side (y's own score, less z's, plus the
least the transitions can take back, > 0): swapping z for y on any path scores higher, so the best
path never has z there. When every tag asked about is ruled out the answer is no, when one tag
alone is left it is the word's tag (the word is a cut), and only otherwise is the stretch tagged.

The test needs the model's weights, read from its model file (nlp.crf_file).
"""

from dataclasses import dataclass
from itertools import compress
from pathlib import Path

import numpy

from policylink.core.once import once
from policylink.nlp.crf_file import CrfFile

_CONTEXT = 2  # words either side that the model's features read (T[-2] .. T[2])
_MARGIN = 1e-6  # how much the forced tag must beat every other (sums in another order round apart)
SPACE_TAG = "_SP"  # white space between words, which the model does not tag


def _model_dir() -> Path:
    import underthesea.pipeline.pos_tag as pos_package

    return Path(pos_package.__file__).parent / "models" / "pos_crf_vlsp2013_20230303"


@once
def pos_model():  # type: ignore[no-untyped-def]
    """underthesea's fast CRF POS model (the one `pos_tag(model="v2.0")` uses), loaded once.

    `pos_tag` itself would segment the text a second time and only returns v2.0 tags on its
    first call, so the model is driven directly with the words already segmented.
    """
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    model = FastCRFSequenceTagger()
    model.load(str(_model_dir()))
    return model


def _tag_name(label: str) -> str:
    return label.removeprefix("B-").removeprefix("I-")


@dataclass(frozen=True)
class Weights:
    """The CRF's weights per attribute and tag, and what the weights between tags allow: for tags
    y, z, `separation[y, z]` is the least by which y scores above z through its transitions, over
    every tag (or none) before and after."""

    labels: list[str]
    attributes: dict[str, int]
    state: numpy.ndarray  # (attributes, labels)
    separation: numpy.ndarray  # (labels, labels)
    tags: tuple[str, ...]  # the labels without their `B-`/`I-` prefix

    @classmethod
    def read(cls, path: Path) -> "Weights":
        model = CrfFile.read(path)
        labels, transition = model.labels, model.transition
        before = numpy.vstack([transition, numpy.zeros(len(labels))])  # (tag before or none, tag)
        after = numpy.hstack([transition, numpy.zeros((len(labels), 1))])  # (tag, tag after or none)
        separation = ((before[:, :, None] - before[:, None, :]).min(axis=0)
                      + (after[:, None, :] - after[None, :, :]).min(axis=2))
        return cls(labels, {name: i for i, name in enumerate(model.attributes)}, model.state, separation,
                   tuple(_tag_name(label) for label in labels))

    def _own(self, features: list[str]) -> numpy.ndarray:
        rows = [i for name in features if (i := self.attributes.get(name)) is not None]
        return self.state[rows].sum(axis=0)

    def forces_tag(self, features: list[str]) -> bool:
        """Whether a word with these features gets one tag whatever tags (or none) surround it:
        its best tag beats each other tag whatever the transitions either side."""
        own = self._own(features)
        best = int(own.argmax())
        gaps = own[best] - own + self.separation[best]
        gaps[best] = numpy.inf
        return bool(gaps.min() > _MARGIN)

    def possible(self, features: list[str]) -> tuple[str, ...]:
        """The tags (`B-` label prefix dropped) a word with these features may get, in the labels'
        order: those that no other tag beats whatever tags (or none) surround it."""
        own = self._own(features)
        beaten = (own[:, None] + self.separation).max(axis=0) - own > _MARGIN  # by some other tag
        return tuple(self.tags[i] for i in numpy.flatnonzero(~beaten).tolist())


@once
def weights() -> Weights:
    return Weights.read(_model_dir() / "models.bin")


class LazyTags:
    """The tags of a document's words (its tokens, white space included), each stretch between
    cuts tagged when one of its words is first asked for."""

    def __init__(self, tokens: list[str]) -> None:
        space = numpy.fromiter(map(str.isspace, tokens), dtype=bool, count=len(tokens))
        self.words: list[str] = list(compress(tokens, (~space).tolist()))
        index = numpy.cumsum(~space) - 1
        index[space] = -1
        self.index: list[int] = index.tolist()  # per token, its word's position (-1 for white space)
        self.tags: list[str | None] = [None] * len(self.words)
        self._cuts: dict[int, bool] = {}
        self.features: list[list[str] | None] = [None] * len(self.words)
        self._possible: dict[int, tuple[str, ...]] = {}

    def tag(self, token: int) -> str:
        """The tag of the token at position `token`."""
        word = self.index[token]
        if word < 0:
            return SPACE_TAG
        if self.tags[word] is None and len(self._possible_tags(word)) > 1:
            self._tag_stretch(word)
        return self.tags[word]  # type: ignore[return-value]

    def has(self, token: int, tags: tuple[str, ...]) -> bool:
        """Whether the token at position `token` has one of `tags`: the tags ruled out there, or the
        one left, tell without tagging the stretch around it where they can."""
        word = self.index[token]
        if word < 0:
            return SPACE_TAG in tags
        if self.tags[word] is None:
            possible = self._possible_tags(word)
            if not any(t in tags for t in possible):
                return False
            if all(t in tags for t in possible):
                return True
            if self.tags[word] is None:
                self._tag_stretch(word)
        return self.tags[word] in tags

    def possible(self, token: int) -> tuple[str, ...]:
        """The tags the token at position `token` may have: those not ruled out, or its tag once known."""
        word = self.index[token]
        if word < 0:
            return (SPACE_TAG,)
        known = self.tags[word]
        return (known,) if known is not None else self._possible_tags(word)

    def own(self, token: int) -> tuple[str, ...]:
        """The tags the token at position `token` may have by its own features, whatever its stretch's
        tagging gave it (`tổ chức` may be a noun where the tagger read it as a verb)."""
        word = self.index[token]
        return (SPACE_TAG,) if word < 0 else self._possible_tags(word)

    def _possible_tags(self, word: int) -> tuple[str, ...]:
        """The tags not ruled out at `word` (its own features read in context); where one is left,
        it is the word's tag, kept."""
        if word not in self._possible:
            self._featurise(word, word + 1)
            self._possible[word] = possible = weights().possible(self.features[word])  # type: ignore[arg-type]
            if len(possible) == 1:
                self.tags[word] = possible[0]
        return self._possible[word]

    def _tag_stretch(self, word: int) -> None:
        """Tag from the cut before `word` to the cut after it (or the document's ends)."""
        start, end = self._bound(word, -1), self._bound(word, 1)
        predicted = pos_model().estimator.tag(self.features[start : end + 1])
        self.tags[start : end + 1] = [_tag_name(label) for label in predicted]

    def _bound(self, word: int, step: int) -> int:
        """The cut nearest `word` (itself included) in direction `step` (-1 or 1), else the
        document's end that way; the words up to it featurised."""
        edge = 0 if step < 0 else len(self.words) - 1
        while True:
            mark = word  # the next punctuation, the only words tested as cuts
            while mark != edge and self.words[mark][:1].isalnum():
                mark += step
            self._featurise(min(word, mark), max(word, mark) + 1)
            if mark == edge or self._is_cut(mark):
                return mark
            word = mark + step

    def _featurise(self, start: int, end: int) -> None:
        """The model's features of words `start`..`end` (exclusive), read in their context, those
        not made before."""
        while start < end and self.features[start] is not None:
            start += 1
        while end > start and self.features[end - 1] is not None:
            end -= 1
        if start < end:
            first = max(0, start - _CONTEXT)
            window = [[word] for word in self.words[first : end + _CONTEXT]]
            made = pos_model().featurizer.process([window])[0]
            self.features[start:end] = made[start - first : end - first]

    def _is_cut(self, word: int) -> bool:
        """Whether the (featurised) punctuation at `word` is a cut."""
        if word not in self._cuts:
            self._cuts[word] = weights().forces_tag(self.features[word])  # type: ignore[arg-type]
        return self._cuts[word]
