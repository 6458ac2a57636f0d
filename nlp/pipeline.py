"""The Vietnamese spaCy pipeline: one `Doc` per text over underthesea word segmentation.

`doc.text` equals the (NFC) input exactly; a multi-syllable word (`Nghị quyết`, `kết cấu hạ tầng`)
is one token containing a space; `token.tag_` is underthesea's POS tag. Extractors put their
results in `doc.spans` groups ("citations", "deadlines", "horizons", "bodies", "tasks") so that
`displacy.render(doc, style="span", options={"spans_key": ...})` can show them.
"""

import re
import threading
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

from policylink.core.vietnamese import nfc, normalize_tones
from policylink.ingest.sniff import MAX_TEXT_CHARS, thousands

TOKENIZER_NAME = "policylink.vietnamese_tokenizer.v1"
# underthesea is about twice as fast on short strings: segment line by line, and long lines at
# sentence ends (a full stop, semicolon, ... followed by white space).
_CHUNK_END = re.compile(r"(?<=[.;!?])[ \t]+|\n+")
_SYLLABLE_OR_MARK = re.compile(r"\w+|[^\w\s]")
_TEXT = "policylink.text"  # the key of the Doc's text in `doc.user_data`


@cache
def _pos_model():  # type: ignore[no-untyped-def]
    """underthesea's fast CRF POS model (the one `pos_tag(model="v2.0")` uses), loaded once.

    `pos_tag` itself would segment the text a second time and only returns v2.0 tags on its
    first call, so the model is driven directly with the words already segmented.
    """
    import underthesea.pipeline.pos_tag as pos_package
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    model = FastCRFSequenceTagger()
    model.load(str(Path(pos_package.__file__).parent / "models" / "pos_crf_vlsp2013_20230303"))
    return model


_MODEL_LOAD = threading.Lock()


@cache
def word_segmenter() -> Callable[[str], list[str]]:
    """underthesea's `word_tokenize`, its model loaded under a lock: the library's lazy first load
    publishes the model before loading it, so a second thread calling at once fails."""
    from underthesea import word_tokenize

    with _MODEL_LOAD:
        word_tokenize("khởi động")
    return word_tokenize


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, chunk) for each line/sentence of `text` that holds something besides spaces."""
    start = 0
    for match in _CHUNK_END.finditer(text):
        if text[start : match.start()].strip():
            yield start, text[start : match.start()]
        start = match.end()
    if text[start:].strip():
        yield start, text[start:]


def _align(chunk: str, words: list[str]) -> list[str] | None:
    """Slices of `chunk` that correspond to underthesea's `words`, or None when they do not line up.

    underthesea rewrites some characters (tone placement, look-alike letters) one for one, so a
    word is matched by length syllable by syllable rather than by equality.
    """
    pieces: list[str] = []
    pos = 0
    for word in words:
        while pos < len(chunk) and chunk[pos].isspace():
            pos += 1
        start = pos
        for i, syllable in enumerate(word.split(" ")):
            if i:
                if pos >= len(chunk) or not chunk[pos].isspace():
                    return None
                while pos < len(chunk) and chunk[pos].isspace():
                    pos += 1
            pos += len(syllable)
        if pos > len(chunk):
            return None
        pieces.append(chunk[start:pos])
    if chunk[pos:].strip():
        return None
    return pieces


def segment(text: str) -> list[str]:
    """Words of `text` (multi-syllable words joined by their spaces), as slices of `text`."""
    word_tokenize = word_segmenter()
    words: list[str] = []
    for _, chunk in _chunks(text):
        # Tones are moved to the new style (length-preserving) so underthesea sees the spelling
        # its model was trained on; the words are then sliced from the author's own text.
        segmented = word_tokenize(normalize_tones(chunk))
        aligned = _align(chunk, segmented)
        words.extend(aligned if aligned is not None else _SYLLABLE_OR_MARK.findall(chunk))
    return words


class VietnameseTokenizer:
    """spaCy tokenizer: underthesea words, `Doc(words, spaces)` rebuilt so `doc.text == text`."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = get_words_and_spaces(segment(text), text)
        tags = _tags(words)
        doc = Doc(self.vocab, words=words, spaces=spaces, tags=tags)
        doc.user_data[_TEXT] = text
        return doc


def text_of(doc: Doc) -> str:
    """`doc.text`, which spaCy joins again from every token on each access: the extractors read
    the text the tokenizer was given (kept with the Doc), else join it once."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return doc.user_data[_TEXT]


def _tags(words: list[str]) -> list[str]:
    """POS tags per word; white-space tokens (added by `get_words_and_spaces`) are tagged `_SP`."""
    tags = ["_SP"] * len(words)
    content = [i for i, w in enumerate(words) if w.strip()]
    if content:
        predicted = _pos_model().predict([[words[i]] for i in content])
        for i, tag in zip(content, predicted, strict=True):
            tags[i] = tag.removeprefix("B-").removeprefix("I-")
    return tags


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_vietnamese_tokenizer():  # type: ignore[no-untyped-def]
    def make(nlp: Language) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab)

    return make


@cache
def vietnamese_nlp() -> Language:
    """The blank Vietnamese pipeline with the underthesea tokenizer, built once per process."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    # one limit for the whole system: ingestion refuses longer texts with a message that states it
    nlp.max_length = MAX_TEXT_CHARS
    return nlp


class TextTooLong(ValueError):
    """A text over `MAX_TEXT_CHARS`; the message (Vietnamese) states the limit."""


def vietnamese_doc(text: str) -> Doc:
    """Segment and tag `text` (normalised to NFC first: offsets are into the NFC text)."""
    text = nfc(text)
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLong(
            f"Văn bản dài {thousands(len(text))} ký tự; giới hạn là {thousands(MAX_TEXT_CHARS)} ký tự. "
            "Hãy tách thành các phần nhỏ hơn."
        )
    return vietnamese_nlp()(text)
