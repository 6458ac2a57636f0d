"""Named documents (no number): lower-case names, and one key per document within a text.

A document is often named in full once (`Đề án phát triển ... giai đoạn 2022 - 2025, tầm nhìn
đến năm 2030`) and then shorter: without its period, or by an alias (`sau đây gọi tắt là Đề án
06`). Every mention takes the key of the fullest name the text gives that document.
"""

import re

from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_patterns import (
    AND_THEN,
    CLOSED_NAME_VERB,
    LOWER_NAME_STOP,
    LOWER_NAME_WORD,
    LOWER_NAME_WORD_OR_COMMA,
    MAX_CLOSED_NAME_WORDS,
    MAX_LOWER_NAME_WORDS,
    NAME_PERIOD,
    UNCLOSED_NAME_STOP,
)

from policylink.core.vietnamese import match_key

# The period that closes a full name: `... giai đoạn 2021 - 2030`. A law's year is no such
# period: `Luật Đất đai` may be another law than the `Luật Đất đai năm 2013` cited beside it.
_CLOSING_PERIOD = re.compile(rf"(?:{NAME_PERIOD.pattern})$")
_ALIAS = re.compile(r"gọi\s+(?:tắt\s+)?là\s*[“\"]?(?P<alias>\w+(?:\s+\w+)?\s+\d+[a-z]?)(?![\w/-])")


def lower_name_end(text: str, pos: int, *, needs_period: bool) -> int | None:
    """End of a lower-case name starting at `pos`: through the period that closes it (`... giai
    đoạn 2021-2025`), or, when no period is needed, through its last word before a stop."""
    end = pos
    word_pattern = LOWER_NAME_WORD_OR_COMMA if needs_period else LOWER_NAME_WORD
    for _ in range(MAX_CLOSED_NAME_WORDS if needs_period else MAX_LOWER_NAME_WORDS):
        if period := NAME_PERIOD.match(text, end):
            return period.end()
        if LOWER_NAME_STOP.match(text, end) and not (needs_period and CLOSED_NAME_VERB.match(text, end)):
            break
        if not needs_period and (
            UNCLOSED_NAME_STOP.match(text, end)
            or ((joined := AND_THEN.match(text, end)) and not joined["initial"].islower())
        ):
            break
        word = word_pattern.match(text, end)
        if word is None:
            break
        end = word.end()
    return None if needs_period or end == pos else end


def _words_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\w-])")


def unify_named_keys(text: str, mentions: list[Mention]) -> list[Mention]:
    """A named mention that is a fuller name without its closing period takes the fuller key,
    and its span ends where that shorter name ends (`... miền núi trên địa bàn tỉnh` stops
    before the locative). Such shorter names not found yet become mentions; they are returned."""
    full_by_stem: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.number is None and (closing := _CLOSING_PERIOD.search(mention.key)):
            full_by_stem.setdefault(mention.key[: closing.start()], set()).add(mention.key)
    stems = [(stem, keys.pop()) for stem, keys in full_by_stem.items() if len(keys) == 1]
    by_start = {m.start: m for m in mentions}
    added = []
    for stem, full in sorted(stems, key=lambda item: len(item[0]), reverse=True):
        doc_type = next(m.doc_type for m in mentions if m.key == full)
        for found in _words_pattern(stem).finditer(text):
            mention = by_start.get(found.start())
            if mention is None and not any(m.start <= found.start() < m.end for m in mentions + added):
                added.append(Mention(found.start(), found.end(), found.end(), doc_type, None, None, full,
                                     None, None, None))
            elif mention is not None and mention.number is None and not _CLOSING_PERIOD.search(mention.key):
                mention.key = full
                mention.head_end = mention.name_end = mention.end = found.end()
    return added


def adopt_fuller_names(mentions: list[Mention]) -> None:
    """A named mention whose words begin exactly one fuller name of the same type in the text
    takes that key (`Quy hoạch tỉnh` beside `Quy hoạch tỉnh Bắc Ninh thời kỳ 2021-2030, ...`;
    `Hiến pháp` beside `Hiến pháp năm 2013`). Two fuller names leave it as written: `Luật Đất
    đai` beside `Luật Đất đai năm 2003` and `... năm 2013` could be either."""
    named = [m for m in mentions if m.number is None]
    # Every key a mention takes here is one of these, so each is folded once.
    folded = {m.key: match_key(m.key) for m in named}
    for mention in named:
        prefix = folded[mention.key] + " "
        fuller = {m.key for m in named
                  if m.doc_type == mention.doc_type and folded[m.key].startswith(prefix)}
        if len(fuller) == 1:
            mention.key = fuller.pop()


def alias_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """`(sau đây gọi tắt là Đề án 06)` and every later `Đề án 06`: mentions of the document the
    alias clause follows. Mentions already found at those places are re-keyed in place."""
    added: list[Mention] = []
    for clause in _ALIAS.finditer(text):
        alias = clause["alias"]
        before = [m for m in mentions
                  if m.start < clause.start() and alias.lower().startswith(m.doc_type.lower())]
        if not before:
            continue
        referent = before[-1].referent or before[-1]
        for found in _words_pattern(alias).finditer(text, clause.start("alias")):
            at = next((m for m in mentions if m.start == found.start()), None)
            if at is not None:
                if at.number is None:
                    at.key, at.referent = referent.key, referent
                    at.head_end = at.name_end = at.end = found.end()
                continue
            if any(m.start <= found.start() < m.end for m in mentions):
                continue
            added.append(Mention(found.start(), found.end(), found.end(), referent.doc_type, referent.number,
                                 referent.symbol, referent.key, None, None, None, referent=referent))
    return added
