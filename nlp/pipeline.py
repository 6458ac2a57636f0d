"""The Vietnamese spaCy pipeline: one `Doc` per text over underthesea word segmentation.

`doc.text` equals the (NFC) input exactly; a multi-syllable word (`Nghị quyết`, `kết cấu hạ tầng`)
is one token containing a space; `pos_tag(token)` is underthesea's POS tag (`has_pos(token, "V")` asks
whether it is one of some tags, often without tagging the words around it). Extractors put their
results in `doc.spans` groups ("citations", "deadlines", "horizons", "bodies", "tasks") so that
`displacy.render(doc, style="span", options={"spans_key": ...})` can show them.
"""

import re
from collections.abc import Callable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from policylink.core.doc_types import DOC_TYPES
from policylink.core.once import once
from policylink.core.vietnamese import nfc, normalize_tones
from policylink.ingest.sniff import MAX_TEXT_CHARS, thousands
from policylink.nlp.pos_tags import LazyTags
from policylink.nlp.segmenter import segment_text, segment_texts

TOKENIZER_NAME = "policylink.vietnamese_tokenizer.v1"
# underthesea is about twice as fast on short strings: segment line by line, and long lines at
# sentence ends (a full stop, semicolon, ... followed by white space).
_CHUNK_END = re.compile(r"(?<=[.;!?])[ \t]+|\n+")
_SYLLABLE_OR_MARK = re.compile(r"\w+|[^\w\s]")
_TEXT = "policylink.text"  # the key of the Doc's text in `doc.user_data`
_TAGS = "policylink.tags"  # ... and of its POS tags (nlp.pos_tags.LazyTags)


def word_segmenter() -> Callable[[str], list[str]]:
    """underthesea's `word_tokenize` (the same words, its CRF's scores worked out by nlp.segmenter)."""
    return segment_text


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, chunk) for each line/sentence of `text` that holds something besides spaces."""
    start = 0
    for match in _CHUNK_END.finditer(text):
        if text[start : match.start()].strip():
            yield start, text[start : match.start()]
        start = match.end()
    if text[start:].strip():
        yield start, text[start:]


def _align(chunk: str, words: list[str]) -> list[tuple[int, int]] | None:
    """(start, end) in `chunk` of each of underthesea's `words`, or None when they do not line up.

    underthesea rewrites some characters (tone placement, look-alike letters) one for one, so a
    word is matched by length syllable by syllable rather than by equality. It also puts a space
    where the text has none (`VBQPPL[10]` gives the word `VBQPPL [`, `0,4kV` gives `0,4 kV`): the
    word is then two words of the text, split where the space was put.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for word in words:
        while pos < len(chunk) and chunk[pos].isspace():
            pos += 1
        start = pos
        for i, syllable in enumerate(word.split(" ")):
            if i:
                if pos >= len(chunk):
                    return None
                if not chunk[pos].isspace():
                    spans.append((start, pos))
                    start = pos
                while pos < len(chunk) and chunk[pos].isspace():
                    pos += 1
            pos += len(syllable)
        if pos > len(chunk):
            return None
        spans.append((start, pos))
    if chunk[pos:].strip():
        return None
    return spans


def _chunk_words(chunk: str, words: list[str]) -> list[tuple[int, int]]:
    aligned = _align(chunk, words)
    return aligned if aligned is not None else [m.span() for m in _SYLLABLE_OR_MARK.finditer(chunk)]


def chunk_words(chunk: str) -> list[tuple[int, int]]:
    """(start, end) in `chunk` of its words."""
    # Tones are moved to the new style (length-preserving) so underthesea sees the spelling its
    # model was trained on; the words are then sliced from the author's own text.
    return _chunk_words(chunk, segment_text(normalize_tones(chunk)))


def _word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of its words. The text's chunks are segmented together
    (nlp.segmenter), a chunk repeated in the text (a table's cells, a recurring heading: a sixth
    of the real documents' text) once: underthesea segments each chunk on its own, so its words do
    not depend on where it stands."""
    placed = list(chunks(text))
    distinct = list(dict.fromkeys(chunk for _, chunk in placed))
    segmented = {chunk: _chunk_words(chunk, words) for chunk, words in zip(
        distinct, segment_texts([normalize_tones(chunk) for chunk in distinct]), strict=True)}
    spans: list[tuple[int, int]] = []
    for offset, chunk in placed:
        spans.extend((offset + start, offset + end) for start, end in segmented[chunk])
    return spans


def segment(text: str) -> list[str]:
    """Words of `text` (multi-syllable words joined by their spaces), as slices of `text`."""
    return [text[start:end] for start, end in _word_spans(text)]


def _words_and_spaces(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """spaCy's words and trailing-space flags for `text` from its word offsets: one space after a
    word is its flag, other white space between words a token of its own (what
    `spacy.util.get_words_and_spaces` makes, without searching the text for each word)."""
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            words.append(text[pos:start])
            spaces.append(False)
        words.append(text[start:end])
        pos = end
        spaced = text.startswith(" ", pos)
        spaces.append(spaced)
        pos += spaced
    if pos < len(text):
        words.append(text[pos:])
        spaces.append(False)
    return words, spaces


class VietnameseTokenizer:
    """spaCy tokenizer: underthesea words, `Doc(words, spaces)` rebuilt so `doc.text == text`."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = _words_and_spaces(text, _word_spans(text))
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[_TEXT] = text
        doc.user_data[_TAGS] = LazyTags(words)
        return doc


def pos_tag(token: Token) -> str:
    """underthesea's POS tag of `token` (`_SP` for white space), as tagging the whole document gives
    it; the stretch around it is tagged on first use (nlp.pos_tags): the rules read the tags of a
    few words per unit."""
    return _lazy_tags(token.doc).tag(token.i)


def _lazy_tags(doc: Doc) -> LazyTags:
    data = doc.user_data
    if _TAGS not in data:  # a Doc this pipeline did not make
        data[_TAGS] = LazyTags([t.text for t in doc])
    return data[_TAGS]


def has_pos(token: Token, *tags: str) -> bool:
    """Whether `token`'s POS tag (as `pos_tag` gives it) is one of `tags`; told from the word's own
    features where they rule the tags in or out (nlp.pos_tags), else by tagging its stretch."""
    return _lazy_tags(token.doc).has(token.i, tags)


def possible_pos(token: Token) -> tuple[str, ...]:
    """The POS tags `token` may have judged from its own features (nlp.pos_tags): `pos_tag(token)`
    is one of them; it alone once known."""
    return _lazy_tags(token.doc).possible(token.i)


def own_pos(token: Token) -> tuple[str, ...]:
    """The POS tags `token`'s own features allow (nlp.pos_tags), whatever its context made it."""
    return _lazy_tags(token.doc).own(token.i)


_TYPE_NAMES = frozenset(DOC_TYPES)
_LOWERED = "policylink.lowered"  # the key of the tags read with a word's capital lowered, by token index
_LOWERED_CONTEXT = 4  # words after the word that its lowered reading is tagged with


def lowered_pos(token: Token) -> str | None:
    """The POS tag `token` gets read with its first letter lowered, tagged with the words after it: a
    capital that opens a sentence or an item leans the tagger to a name (`Kết nối, tích hợp ...`,
    `Trình Chính phủ ...` tagged N, their lower-case forms V). None where it opens with no capital, is
    all capitals (an acronym), is followed by no lower-case word, or names a type of document (`Quy
    định này có hiệu lực ...`: the capital marks the document's name, not a sentence's start)."""
    text = token.text
    if not text[:1].isupper() or text.isupper() or text in _TYPE_NAMES:
        return None
    cache = token.doc.user_data.setdefault(_LOWERED, {})
    if token.i not in cache:
        after = [t.text for t in token.doc[token.i + 1 : token.i + 1 + 2 * _LOWERED_CONTEXT]
                 if not t.is_space][:_LOWERED_CONTEXT]
        # a sentence goes on in lower case; capitals and marks alone after it make a name (`Lê Đức Tiến`)
        # or a note (`Lưu: VT, ...`)
        cache[token.i] = LazyTags([text[0].lower() + text[1:], *after]).tag(0) if any(
            word[:1].islower() for word in after) else None
    return cache[token.i]


def text_of(doc: Doc) -> str:
    """`doc.text`, which spaCy joins again from every token on each access: the extractors read
    the text the tokenizer was given (kept with the Doc), else join it once."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return doc.user_data[_TEXT]


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_vietnamese_tokenizer():  # type: ignore[no-untyped-def]
    def make(nlp: Language) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab)

    return make


@once
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
