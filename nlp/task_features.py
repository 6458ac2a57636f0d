"""What the learned duty model (nlp.duty_model) sees of a task unit: named binary features.

The rules' own decision is one of them (`verdict=...`, the check of nlp.task_actions.verdict that
decided), beside facts the rules use one at a time and in a fixed order: where the unit sits (its
item marker, section, an attached regulation, a duty part), who it names (a stated subject, bodies
inherited from the structure), how it reads (the first word's part of speech, a directive word, a
modal or a permission, its length, its closing mark) and whether it holds a deadline. Every
feature is a readable name, so the trained weights in duty_model.json say what the model learned.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from policylink.core.vietnamese import match_key
from policylink.ingest.model import Section
from policylink.nlp.model import Body, Deadline
from policylink.nlp.pipeline import has_pos, lowered_pos, pos_tag, possible_pos
from policylink.nlp.task_actions import DUTY
from policylink.nlp.task_actors import Resolver
from policylink.nlp.task_units import Unit
from policylink.nlp.task_verbs import DIRECTIVE_WORDS, directs

_MARKERS = (  # (name, pattern at the start of the unit's line), first match wins
    ("article", re.compile(r"[ \t]*(?:Điều|Khoản|Mục)[ \t]+\d")),
    ("roman", re.compile(r"[ \t]*[IVXLC]+\.[ \t]")),
    ("number", re.compile(r"[ \t]*(?:\d+\.)+\d*[ \t]")),
    ("paren-number", re.compile(r"[ \t]*\(?\d+\)[ \t]")),
    ("paren-letter", re.compile(r"[ \t]*\((?:[ivx]+|[a-zđ])\)[ \t]")),
    ("letter", re.compile(r"[ \t]*[a-zđ]\)[ \t]")),
    ("dash", re.compile(r"[ \t]*[-+•*–][ \t]")),
)
_MODAL = re.compile(r"(?<!\w)(?:phải|cần)(?!\w)")
# `được thu`, `được hưởng`: a permission or an entitlement, which norms grant (RULINGS R24).
_PERMISSION = re.compile(r"(?<!\w)được(?!\w)")
_REQUEST = re.compile(r"^(?:giao|đề nghị|yêu cầu)(?!\w)")
_OPENING_WORDS = 6  # tokens after the subject where a modal or a permission counts
_LENGTHS = (8, 20, 50, 100)  # token counts that bound the length buckets


@dataclass(frozen=True)
class UnitContext:
    """What find_tasks knows about a unit when it decides: the rules' verdict and its inputs."""

    text: str
    unit: Unit
    content: list[Token]  # tokens after the stated subject and an opening adverbial
    stated: list[Body]
    verdict: str
    resolver: Resolver
    deadlines: list[Deadline]
    attachment_starts: tuple[int, ...]  # where attached documents' title blocks start


def unit_features(ctx: UnitContext) -> list[str]:
    """The names of the features that hold for the unit (the others are absent, i.e. 0)."""
    return features_with(ctx)(_first_tag(ctx.content[0]) if ctx.content else "none", no_verb(ctx))


def no_verb(ctx: UnitContext) -> bool:
    """Whether no content word is tagged a verb (the `no-verb` feature)."""
    return not any(has_pos(t, "V") for t in ctx.content)


def first_tags(ctx: UnitContext) -> tuple[str, ...]:
    """The tags the first content word may have, judged from its own features (nlp.pos_tags): its
    `first-tag` is one of them."""
    if not ctx.content:
        return ("none",)
    lowered = lowered_pos(ctx.content[0])
    return (lowered,) if lowered is not None else possible_pos(ctx.content[0])


def _first_tag(token: Token) -> str:
    """The first content word's tag, read with its capital lowered where it has one (nlp.pipeline)."""
    return lowered_pos(token) or pos_tag(token)


def features_with(ctx: UnitContext) -> Callable[[str, bool], list[str]]:
    """`unit_features` for a `first-tag` and a `no-verb` given: the duty model reads the tags they
    come from only where its decision turns on them."""
    text, unit = ctx.text, ctx.unit
    line_start = text.rfind("\n", 0, unit.start) + 1
    marker = next((name for name, p in _MARKERS if p.match(text, line_start, unit.end)), "none")
    unit_key = match_key(text[unit.start : unit.end].strip())
    opening = " ".join(match_key(t.text) for t in ctx.content[:_OPENING_WORDS])
    tokens = len(ctx.content)
    section = unit.section
    head = [
        f"verdict={ctx.verdict}",
        f"marker={marker}",
        f"ends={unit_key[-1:] if unit_key[-1:] in ('.', ';', ':', ',') else 'other'}",
        f"length<={next((b for b in _LENGTHS if tokens <= b), 'more')}",
        f"stated={min(len(ctx.stated), 2)}",
    ]
    depth = f"section-depth={min(_depth(ctx.resolver, section), 3)}"
    # the flags that hold, in their order, before and after `no-verb`
    before = [name for name, on in {
        "table-row": unit.place is not None,
        "subject-at-start": bool(ctx.stated) and ctx.stated[0].start <= unit.start + 1,
        "inherits-bodies": not ctx.stated and bool(ctx.resolver.inherited(unit)),
        "request-opening": bool(_REQUEST.match(unit_key)),
        "directs": directs(ctx.content),
        "directive-word": any(match_key(t.text) in DIRECTIVE_WORDS for t in ctx.content),
    }.items() if on]
    after = [name for name, on in {
        "modal": bool(_MODAL.search(opening)),
        "permission": bool(_PERMISSION.search(opening)),
        "duty-phrase": bool(DUTY.search(unit_key)),
        "deadline": any(unit.start <= d.start < unit.end for d in ctx.deadlines),
        "in-attachment": any(s <= unit.start for s in ctx.attachment_starts),
        "in-duty-part": any(s.start <= unit.start < s.end for s in ctx.resolver.duty_sections),
        "goal-context": ctx.resolver.in_goal_context(unit),
        "starts-upper": bool(ctx.content) and ctx.content[0].text[:1].isupper(),
    }.items() if on]
    return lambda first_tag, verbless: [*head, f"first-tag={first_tag}", depth, *before,
                                        *(["no-verb"] if verbless else []), *after]


def _depth(resolver: Resolver, section: Section | None) -> int:
    return sum(1 for scope in resolver.structure.scopes(section) if scope is not None)
