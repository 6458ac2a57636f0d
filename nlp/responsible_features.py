"""What the learned responsible chooser (nlp.responsible_model) sees of a task's candidate bodies.

The candidates are the bodies the rules chose (nlp.tasks) and every body detected where a task's
doers are written: the unit itself (a table row's cells), the headings and introductions over it
(nlp.task_actors.Resolver.scope_lines) and the `Kính gửi` lines. Bodies written one after another
(`A, B và C`, `Giám đốc các Sở: A, B; Chủ tịch UBND các xã`) form a list; a candidate's features
are those of the lists it stands in, named by what they hold across wordings rather than by words
of one document: where the list is (zone), what introduces it (`giao`, `đề nghị`, `phối hợp với`,
an office-holder's title, nothing: the subject), what follows it (`chủ trì`, `chịu trách nhiệm`,
a colon), whether the rules chose a body of that list, and the body's kind, level and whether its
name is a class (`các cơ quan, đơn vị`) rather than a proper name.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from policylink.core.vietnamese import match_key
from policylink.nlp.body_rules import OFFICE_TITLE
from policylink.nlp.model import Body
from policylink.nlp.task_actors import Resolver
from policylink.nlp.task_units import Unit, content_start

_LIST_WORDS = 8  # words a gap between two bodies of one list may hold (titles, `các`, `có liên quan`)
# Words that end a list: a clause between two bodies (`A chủ trì, phối hợp với B`). In lower case
# only: capitalised, they belong to a name (`Ban Chỉ đạo ...`).
CLAUSE_WORD = re.compile(
    r"(?<!\w)(?:chủ trì|phối hợp|với|chỉ đạo|hướng dẫn|báo cáo|gửi|về|đề nghị|yêu cầu|của|tại"
    r"|cho|theo|để|thực hiện|xem xét|tổng hợp|có ý kiến|nhận được)(?!\w)")
_LEADS = (  # (name, pattern at the end of the words before a list), first match wins
    ("giao", re.compile(r"(?<!\w)(?:giao|phân công)(?:\s+cho)?\s*$")),
    ("request", re.compile(r"(?<!\w)(?:đề nghị|yêu cầu)\s*$")),
    ("coordinate", re.compile(r"(?<!\w)(?:phối hợp|cùng|với)\s*$")),
    ("report", re.compile(r"(?<!\w)(?:báo cáo|gửi|về|trình|lên)(?:\s+\w+){0,2}\s*$")),
    ("direct", re.compile(r"(?<!\w)(?:chỉ đạo|hướng dẫn|đôn đốc|giúp|hỗ trợ|tham mưu)\s*$")),
    ("of", re.compile(r"(?<!\w)(?:của|thuộc|tại|do|cho)\s*$")),
    ("title", re.compile(rf"(?<!\w)(?:{OFFICE_TITLE}|thủ trưởng)(?:\s+các)?\s*:?\s*$")),
    ("topic", re.compile(r"(?<!\w)đối với\s*$")),
)
_AFTERS = (  # (name, pattern right after a list)
    ("leads", re.compile(r"\s*(?:chủ trì|là cơ quan chủ trì)(?!\w)")),
    ("bears", re.compile(r"[^.;\n]{0,60}?(?<!\w)(?:chịu|có)\s+trách\s+nhiệm(?!\w)")),
    ("colon", re.compile(r"\s*:")),
    ("acts", re.compile(r"\s*(?:khẩn trương|tiếp tục|chủ động|tổ chức|triển khai|thực hiện|rà soát|"
                        r"xây dựng|tăng cường|theo dõi|nghiên cứu|kiểm tra|căn cứ)(?!\w)")),
)
_LEAD_CHARS = 40  # what is read before a list
_LATE = 200  # a list starting further into the unit than this is far from its subject


@dataclass(frozen=True)
class ResponsibleContext:
    """What find_tasks knows when it names a task's responsible bodies."""

    text: str
    bodies: list[Body]
    unit: Unit
    stated: list[Body]  # the bodies the unit names as its actors (nlp.task_actors.stated_bodies)
    rules: list[Body]  # the rules' responsible bodies
    resolver: Resolver


@dataclass(frozen=True)
class Candidate:
    canonical: str
    features: frozenset[str]


def _zones(ctx: ResponsibleContext) -> Iterable[tuple[str, int, int]]:
    unit = ctx.unit
    yield "unit", unit.start, unit.end
    for kind, (start, end) in ctx.resolver.scope_lines(unit):
        yield kind, start, end
    addressees = ctx.resolver.structure.by_id.get("addressees")
    if addressees:
        yield "addressees", addressees.start, addressees.end


def _lists(text: str, found: list[Body]) -> list[list[Body]]:
    """`found` (in order) cut into lists of bodies written one after another."""
    lists: list[list[Body]] = []
    for body in found:
        if lists:
            gap = text[lists[-1][-1].end : body.start]
            if (body.start >= lists[-1][-1].end and len(gap.split()) <= _LIST_WORDS
                    and not re.search(r"[.:\n]", gap) and not CLAUSE_WORD.search(gap)):
                lists[-1].append(body)
                continue
        lists.append([body])
    return lists


def _generic(body: Body) -> bool:
    """A class of bodies (`Cơ quan, đơn vị`, `Sở`), not a proper name: no capital past its first word."""
    return not any(word[:1].isupper() for word in body.canonical.split()[1:])


def candidates(ctx: ResponsibleContext) -> list[Candidate]:
    """The candidate bodies of a task, each canonical name once, in order of first mention (the
    rules' choice first), with the features that hold for it."""
    text, unit = ctx.text, ctx.unit
    rule_names = {match_key(b.canonical) for b in ctx.rules}
    stated = {match_key(b.canonical) for b in ctx.stated}
    features: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for body in ctx.rules:
        features.setdefault(match_key(body.canonical), set())
        names.setdefault(match_key(body.canonical), body.canonical)
    subject_start = content_start(text, unit.subject_start or unit.start, unit.end)
    for zone, start, end in _zones(ctx):
        found = sorted((b for b in ctx.bodies if start <= b.start and b.end <= end), key=lambda b: b.start)
        zone_start = subject_start if zone == "unit" else content_start(text, start, end)
        for index, group in enumerate(_lists(text, found)):
            lead_text = text[max(zone_start, group[0].start - _LEAD_CHARS) : group[0].start]
            lead_key = match_key(lead_text)
            lead = ("start" if not lead_text.strip() else
                    next((name for name, p in _LEADS if p.search(lead_key)), "other"))
            after = [name for name, p in _AFTERS if p.match(text, group[-1].end, end)]
            with_rules = any(match_key(b.canonical) in rule_names for b in group)
            shared = {f"zone={zone}", f"lead={lead}", f"{zone}:lead={lead}",
                      *(f"after={a}" for a in after), *(f"{zone}:after={a}" for a in after)}
            if index == 0:
                shared.add(f"{zone}:first-list")
            if with_rules:
                shared.add("list-with-rules")
            if zone == "unit" and group[0].start - zone_start > _LATE:
                shared.add("unit:late")
            for body in group:
                key = match_key(body.canonical)
                names.setdefault(key, body.canonical)
                own = features.setdefault(key, set())
                own |= shared
                for name, cell in (("responsible", unit.responsible_cell),
                                   ("coordinating", unit.coordinating_cell)):
                    if cell and cell[0] <= body.start and body.end <= cell[1]:
                        own.add(f"cell={name}")
                own |= {f"kind={body.kind}", f"level={body.level}"}
                if _generic(body):
                    own.add("generic")
    result = []
    for key, own in features.items():
        own.add("rules" if key in rule_names else "not-rules")
        if not rule_names:
            own.add("rules-empty")
        if key in stated:
            own.add("stated")
        result.append(Candidate(names[key], frozenset(own)))
    return result
