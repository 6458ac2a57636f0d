"""`A được sửa đổi, bổ sung bởi B` (outside brackets): B amends A, and B is cited as A was (R28). Where A
is nested in another document's subject (`Nghị định C sửa đổi ... Nghị định A ..., được sửa đổi, bổ sung bởi
Nghị định B`), the phrase is a version note: B takes the cue of the line, A keeps its own (R51)."""

import re

from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_patterns import ALIAS_CLAUSE, AMENDED_PARTS
from policylink.nlp.citation_shared_relations import quotations

# `Luật A được sửa đổi, bổ sung bởi Luật số B` (not in brackets, which is a version note): B amends A;
# after the parts amended, the passive takes `của` for its agent too (`A đã được sửa đổi, bổ sung một số
# điều của B`); a date closing A may join it by `và` (`A số ..., ngày 25/6/2015 và được sửa đổi, bổ sung
# một số điều tại Luật số B`); several amenders follow a plural (`bởi các Luật số B, số C`).
_AMENDED_BY = re.compile(
    rf"(?:và\s+)?(?:đã\s+)?được\s+(?:sửa đổi\s*,?\s*bổ sung|sửa đổi|bổ sung)"
    rf"(?:\s+{AMENDED_PARTS}\s+của|(?:\s+{AMENDED_PARTS})?\s+(?:bởi|tại|theo))\s+(?:các\s+)?$",
    re.IGNORECASE,
)
_AMENDED_BY_WIDTH = 80


def _amended(text: str, mentions: list[Mention], b: Mention, phrase_start: int) -> Mention | None:
    """The document `A` of `A được sửa đổi, bổ sung bởi B`: the mention that ends just before the
    phrase, else the one whose subject holds it, else the one whose subject runs over the phrase; where
    that one is of another type than B, the nearest enclosing mention of B's type (`Nghị định A ... thi
    hành Luật X được sửa đổi ... bởi Nghị định B`: a decree amends a decree, not a law; R28)."""
    before = [m for m in mentions if m is not b and m.end <= phrase_start
              and not text[m.end : phrase_start].strip(" ,")]
    holding = b.parent if b.parent is not None and b.parent.start < phrase_start else None
    # a subject that ran on over the phrase to its line's end, B opening the next line
    running = [m for m in mentions if m.start < phrase_start < m.end <= b.start]
    a = before[-1] if before else holding or (running[-1] if running else None)
    if a is None:
        return None
    kind = b.doc_type.split()[0]
    enclosing = a
    while enclosing is not None and enclosing.doc_type.split()[0] != kind:
        enclosing = enclosing.parent
    return enclosing or a


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")


def _listed_after(text: str, mentions: list[Mention], j: int) -> list[int]:
    """The indexes of the mentions of `mentions[j]`'s type listed right after it (`B, C và D`)."""
    listed, last = [], mentions[j]
    for k in range(j + 1, len(mentions)):
        m = mentions[k]
        if m.doc_type != last.doc_type or not _LIST_JOIN.fullmatch(text, last.end, m.start):
            break
        listed.append(k)
        last = m
    return listed


def amended_later(text: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    """`A được sửa đổi, bổ sung bởi B`: A is cited by B, which amends it (A's parent becomes B, A's
    subject stops before the phrase), and B is cited as A was, from where A stands. Returns the
    relations; parents and spans are set in place."""
    result = list(relations)
    quoted = quotations(text)
    for j, b in enumerate(mentions):
        phrase = _AMENDED_BY.search(text, max(0, b.start - _AMENDED_BY_WIDTH), b.start)
        if phrase is None or text[: phrase.start()].rstrip(" ,").endswith("("):
            continue
        # quoted wording (a new article) only cites what it names, the amenders too, whatever they amend (R36)
        if any(start < b.start < end for start, end in quoted):
            for k in (j, *_listed_after(text, mentions, j)):
                mentions[k].parent, result[k] = None, "cites"
            continue
        a = _amended(text, mentions, b, phrase.start())
        if a is None or a is b:
            continue
        i = mentions.index(a)
        if a.parent is not None:
            root = a.parent
            while root.parent is not None:
                root = root.parent
            b.parent, result[j] = None, result[mentions.index(root)]
            # `bởi Luật số B, Luật số C và Luật số D`: each amender takes the cue (R28)
            for k in _listed_after(text, mentions, j):
                mentions[k].parent, result[k] = None, result[j]
            continue
        if a.end > phrase.start():
            a.end = len(text[: phrase.start()].rstrip(" ,"))
        b.parent, a.parent = a.parent, b
        cue, result[j], result[i] = result[i], result[i], "amends"
        # `bởi Luật số B, Luật số C và Luật số D`: each amender takes the cue (R28)
        listed = _listed_after(text, mentions, j)
        for k in listed:
            result[k] = cue
        # `A được sửa đổi, bổ sung bởi B, C (sau đây gọi là A')`: the alias is cited as A is (DECISIONS-3)
        last = mentions[listed[-1]] if listed else b
        for k, m in enumerate(mentions):
            if m.key == a.key and m.start > last.end and _ALIAS_OPENS.fullmatch(text, last.end, m.start):
                m.parent, result[k] = b, "amends"
    return result


_ALIAS_OPENS = re.compile(rf"\s*\(\s*(?:sau đây\s+)?{ALIAS_CLAUSE}", re.IGNORECASE)
