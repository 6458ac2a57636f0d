"""Tasks: assigned action units (tests/gold/GUIDELINES.md, "Tasks").

A unit is a paragraph (bullet, numbered item, article clause), a `Giao X ...` sentence inside a
paragraph, or a row of a plan table. A unit is a task when it directs action: after its stated
subject and an opening adverbial (`Trên cơ sở ..., `) it starts with a verb, and it is neither an
introduction to a list (ends with `:`), nor a heading naming a body, nor an assessment, goal or
decision, nor under a goal heading. Responsible bodies come from the unit itself, else from the
structure around it, nearest scope first: a heading that names bodies, then the addressees of an
instruction introducing the list (`... yêu cầu X, Y thực hiện ... sau:`), finally `Kính gửi`.

Units come from nlp.task_units (table rows from nlp.task_tables), their actors from nlp.task_actors,
whether they direct an action from nlp.task_actions (the action itself from nlp.task_verbs), a table
row's deadline from nlp.time_cells;
this module puts each task's fields together.
"""

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from policylink.ingest.model import Attachment, Section
from policylink.nlp.body_aliases import defined_aliases, expand_aliases
from policylink.nlp.body_chains import after_role, body_chain
from policylink.nlp.cell_tables import cell_table_units
from policylink.nlp.deadline_context import in_purpose
from policylink.nlp.duty_model import Decider, learned_decide
from policylink.nlp.head_titles import bare_chair
from policylink.nlp.labelled_fields import LabelledFields, fields_of, labelled_runs
from policylink.nlp.model import Body, Deadline, Task
from policylink.nlp.office_holders import office_holders, share_level
from policylink.nlp.pipeline import has_pos, text_of
from policylink.nlp.task_actions import ACCEPTING, LIMITED_LEAD_IN, shares_lead_in, verdict
from policylink.nlp.task_actors import Resolver, addressed_by, province_subject, stated_bodies
from policylink.nlp.task_features import UnitContext
from policylink.nlp.task_formulas import CONCLUDING, QUALIFYING_VERB, REQUEST
from policylink.nlp.task_narration import REPORT_TYPE
from policylink.nlp.task_reports import report_to
from policylink.nlp.task_tables import procedure_steps, table_units
from policylink.nlp.task_units import (
    Structure,
    Unit,
    content_start,
    line_spans,
    paragraph_units,
)
from policylink.nlp.task_verbs import Tokens, action_phrase, after_adverbial, directs, fronted_action
from policylink.nlp.time_cells import cell_deadline

SPANS_KEY = "tasks"
# `Ban Chấp hành Đảng bộ tỉnh khóa XIX lãnh đạo ...`: the term belongs to the subject, not the action.
_TERM = re.compile(r"[^\S\n]+(?:khóa|khoá|nhiệm kỳ)[^\S\n]+(?:[IVXLC]+|\d{4}\s*[-–]\s*\d{4})(?!\w)")
# `Thường trực HĐND tỉnh, các Ban của HĐND tỉnh và đại biểu HĐND tỉnh giám sát`: people listed
# after the bodies are part of the subject; the action starts at the verb after them.
_PEOPLE_AFTER = re.compile(
    r"\s*(?:,|và)\s+(?:các\s+)?(?:đại biểu|thành viên|người đứng đầu|cán bộ|đảng viên)(?!\w)", re.IGNORECASE
)
# `UBND các xã; các đơn vị sự nghiệp công lập thuộc tỉnh thực hiện ...`: a class no rule names, listed
# after the bodies, is part of the subject too, and so is the area it acts in (`Các cơ quan báo chí trên
# địa bàn tỉnh tăng cường ...`); the verbs that qualify it (`thuộc`, `có liên quan`) are not its action.
_CLASS_AFTER = re.compile(r"[^\S\n]*[,;][^\S\n]*các[^\S\n]+[a-zđà-ỹ]|[^\S\n]+và[^\S\n]+các[^\S\n]+[a-zđà-ỹ]"
                          r"|[^\S\n]+trên[^\S\n]+địa[^\S\n]+bàn(?!\w)")
# `Ủy ban bầu cử cấp hiệp thương chuyển ...`, `UBND cấp có thẩm quyền quyết định ...`: a level named by what
# the body does there qualifies a subject of no level yet; `cấp` is no action (grant) there. A body of a
# level goes on with its action (`Sở X cấp giấy phép`).
_LEVEL_AFTER = re.compile(r"[^\S\n]+cấp[^\S\n]+(?=[a-zđà-ỹ])")
_PEOPLE_WORDS = 10  # tokens searched for the verb after such people
# `UBND các xã và các cơ quan, tổ chức, cá nhân có liên quan căn cứ ... thi hành`: the persons named
# with the agencies close the subject (they are no body, RULINGS R15).
_PERSONS_AFTER = re.compile(
    r"\s*(?:,|và)\s+(?:các\s+)?(?:tổ chức\s*(?:,|và)\s*)?cá nhân(?:\s+(?:có\s+)?liên quan)?(?!\w)",
    re.IGNORECASE)
# `Sở Nội vụ (cơ quan thường trực) theo dõi ...`: a bracketed aside after the subject (or the bracket
# closing a unit named in it, `Văn phòng UBND tỉnh (Trung tâm X)`) is no part of the action.
_ASIDE = re.compile(r"[^\S\n]*(?:\)|\([^()\n]{1,80}\))")
# (`phối hợp cùng X` is `phối hợp với X`)
_COORDINATION = re.compile(r"(?<!\w)phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+", re.IGNORECASE)
_LEAD = re.compile(r"(?<!\w)chủ trì\s*[,;]?\s*(?:và\s+)?")
# `Bộ A chủ trì cùng Bộ B ...` is `chủ trì, phối hợp với Bộ B` (RULINGS R17)
_LEAD_WITH = re.compile(r"(?<!\w)chủ trì\s+cùng(?:\s+với)?\s+")
_COORDINATING_SUBJECT = re.compile(r"\s+(?:cùng\s+)?phối hợp(?!\w)")
_SUBJECT_COLON = re.compile(r"[^\S\n]*:[^\S\n]*")
# `Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng khẩn trương ...`: the members a collective's colon
# names (capitalised, joined by `,` and `và`) belong to the subject; the action starts at the first word in
# lower case after them. Only after a collective: `Sở Y tế: Chủ trì ...` opens its action capitalised.
_COLLECTIVE = re.compile(r"(?<!\w)các\s", re.IGNORECASE)
_LIST_WORD = re.compile(r"[^\S\n]*(?:,|và(?!\w)|([^\W\d_][\w-]*))")


def _members_end(text: str, pos: int) -> int:
    end = pos
    while (word := _LIST_WORD.match(text, pos)) is not None:
        if word.group(1) is not None:
            if not word.group(1)[0].isupper():
                break
            end = word.end()
        pos = word.end()
    return end


_APPENDIX = re.compile(r"phụ lục", re.IGNORECASE)
_APPENDIX_MENTION = re.compile(r"(?<!\w)Phụ lục(?!\w)")


def _names(bodies: list[Body]) -> list[str]:
    """Canonical names, each once, in order of first mention."""
    return list(dict.fromkeys(body.canonical for body in bodies))


def _intro_deadline(
    text: str, deadlines: list[Deadline], intro: tuple[int, int]
) -> tuple[Deadline | None, str | None]:
    """The limit an introduction sets for its items; a time in the purpose it opens with is not one."""
    return _deadline([d for d in deadlines if not in_purpose(text, intro[0], d.start)], *intro)


def _deadline(deadlines: list[Deadline], start: int, end: int) -> tuple[Deadline | None, str | None]:
    inside = [d for d in deadlines if start <= d.start < end]
    completion = [d for d in inside if d.due and not d.recurrence]
    dated = [d for d in inside if d.due]
    recurrence = next((d.recurrence for d in inside if d.recurrence), None)
    chosen = (completion or dated or [None])[0]
    return chosen, recurrence


def find_tasks(
    doc: Doc, sections: list[Section], bodies: list[Body], deadlines: list[Deadline],
    *, attachments: Sequence[Attachment] = (), title_blocks: Sequence[tuple[int, int]] = (),
    notes_start: int | None = None, decide: Decider = learned_decide, doc_type: str | None = None,
) -> list[Task]:
    """Tasks of `doc` in order; also stored as `doc.spans["tasks"]` (label: section id). `sections`,
    `attachments`, `title_blocks` and where the footnotes start (`notes_start`) as ingestion found
    them (IngestedDocument: none when left out). `decide` says which units are tasks: the learned
    duty model by default (nlp.duty_model), `rules_decide` for the rules alone. `doc_type` is the header's
    document type (a report's narration is no task: nlp.task_narration)."""
    text = text_of(doc)
    structure = Structure(text, sections)
    cell_rows, cell_tables = cell_table_units(text, structure, bodies)
    rows = [*table_units(text, structure), *cell_rows]
    resolver = Resolver(structure, bodies, table_assigns=any(
        u.responsible_cell is not None and text[slice(*u.responsible_cell)].strip() for u in rows),
        report=doc_type == REPORT_TYPE)
    paragraphs = [u for u in paragraph_units(text, structure, bodies, notes_start)
                  if not any(a <= u.start < b for a, b in cell_tables)]  # a cell's lines are no paragraph
    units = sorted([*paragraphs, *rows], key=lambda u: u.start)
    doc_tokens = Tokens(doc)
    attachment_starts = tuple(a.title_start for a in attachments if a.title_start < a.title_end)
    table_limit = _table_limit(text, deadlines, sections)
    runs = labelled_runs(text)
    skipped = [*title_blocks, *procedure_steps(text), *((run.start, run.end) for run in runs)]
    tasks: list[Task] = []
    judged: list[tuple[Unit, list[Body], list[Token], str]] = []
    for unit in units:
        if any(a <= unit.start < b for a, b in skipped):
            continue  # the document's own title names it, or a procedure's steps: it assigns nothing
        tokens = doc_tokens.between(unit.start, unit.end)
        subject = unit.subject_start or unit.start
        stated = stated_bodies(text, bodies, unit, subject, tokens)
        stated_end = stated[-1].end if stated else subject
        if stated and (term := _TERM.match(text, stated_end)):
            stated_end = term.end()
        if stated and (aside := _ASIDE.match(text, stated_end)):
            stated_end = aside.end()
        if stated and (persons := _PERSONS_AFTER.match(text, stated_end)):
            stated_end = persons.end()
        if stated and (colon := _SUBJECT_COLON.match(text, stated_end)):
            collective = _COLLECTIVE.search(stated[-1].text)
            stated_end = _members_end(text, colon.end()) if collective else colon.end()
        after_subject = [t for t in tokens if t.idx >= stated_end]
        level = bool(stated) and stated[-1].level is None and _LEVEL_AFTER.match(text, stated_end) is not None
        if stated and (level or _PEOPLE_AFTER.match(text, stated_end)
                       or _CLASS_AFTER.match(text, stated_end)):
            verb = next((i for i, t in enumerate(after_subject[:_PEOPLE_WORDS])
                         if i >= level and has_pos(t, "V") and not QUALIFYING_VERB.match(text, t.idx)), None)
            after_subject = after_subject[verb:] if verb is not None else after_subject
        content = after_adverbial(text, after_subject)
        if not stated and content and content is not after_subject:
            # `Căn cứ kết quả rà soát, Ủy ban Kiểm tra Huyện ủy kiểm tra ...`: the subject follows
            # the opening adverbial
            # the opening adverbial, and a subject asking others to act (`Trên đây là ..., Ban Chỉ đạo
            # đề nghị các Bộ ...`: the bodies addressed act)
            after = content[0].idx
            stated = addressed_by(text, bodies, body_chain(bodies, text, after, unit.end) or _addressed(
                text, bodies, after, unit.end) or _subject_after_comma(
                text, bodies, subject, after, unit.end), unit.end)
            if stated:
                content = [t for t in content if t.idx >= stated[-1].end]
        if not stated and not directs(content) and (
                asked := _asked_after_clause(text, bodies, subject, unit.end)):
            # `Nội dung này, đề nghị Bộ X có văn bản hướng dẫn ...`: the bodies asked act
            stated = asked
            content = [t for t in content if t.idx >= stated[-1].end]
        judged.append((unit, stated, content, verdict(
            text, unit, content, resolver, bodies, stated,
            lambda unit=unit, stated=stated, content=content: _responsible(
                text, unit, stated, content, resolver, bodies, fields_of(unit, structure, runs)))))
    limited = set(_limited_lead_ins(text, resolver, judged))
    aliases = defined_aliases(text, bodies)
    for unit, stated, content, reason in judged:
        reason = LIMITED_LEAD_IN if unit in limited else reason
        context = UnitContext(text, unit, content, stated, reason, resolver, deadlines, attachment_starts)
        if not decide(context):
            continue
        task = _task(text, unit, len(tasks) + 1, stated, content, resolver, bodies,
                     deadlines, table_limit, fields_of(unit, structure, runs))
        tasks.append(replace(task, responsible=expand_aliases(task.responsible, aliases),
                             coordinating=expand_aliases(task.coordinating, aliases)))
    doc.spans[SPANS_KEY] = [
        span for t in tasks
        if (span := doc.char_span(t.start, t.end, label=t.section or "",
                                  alignment_mode="expand")) is not None
    ]
    return tasks


def _limited_lead_ins(text: str, resolver: Resolver,
                      judged: list[tuple[Unit, list[Body], list[Token], str]]) -> list[Unit]:
    """Lead-ins that name their doer and act (`Cơ quan thuế chủ trì ..., ban hành các Thông báo ...
    đúng thời gian quy định, cụ thể:`) whose items only state the limits of that action: some item
    states a time limit or a case it applies in, and none is a duty by the rules (RULINGS R81); or
    whose items, naming no doer, only list what that action covers (`... rà soát, thống kê, báo cáo
    về một số nội dung sau:` + `- Số hộ có nhà bị sập ...`, RULINGS R8), unless it only introduces
    duties (`thực hiện các nhiệm vụ sau:`)."""
    items: dict[tuple[int, int], list[tuple[str, bool]]] = {}
    for unit, stated, _, reason in judged:
        intro = next((i for i in resolver.intros(unit) if text[i[0] : i[1]].rstrip().endswith(":")), None)
        if intro is not None:
            items.setdefault(intro, []).append((reason, bool(stated)))

    def limits(found: list[tuple[str, bool]]) -> bool:
        reasons = {reason for reason, _ in found}
        return bool({"limit-item", "case-item"} & reasons) and not ACCEPTING.intersection(reasons)

    def contents(found: list[tuple[str, bool]]) -> bool:
        unnamed = {reason for reason, named in found if not named}
        return unnamed == {"no-action"}

    return [
        unit for unit, stated, content, reason in judged
        if reason == "lead-in" and stated and directs(content)
        and any(s <= unit.start < e and (limits(found) or (contents(found) and not _INTRODUCES.match(
            text, content[0].idx))) for (s, e), found in items.items())
    ]


# A lead-in's action that only introduces the duties listed under it (RULINGS R13).
_INTRODUCES = re.compile(
    r"(?:thực hiện|triển khai|tập trung)(?:\s+(?:thực hiện|tốt|nghiêm túc))*\s+(?:các|những|một số)\s+"
    r"(?:nhiệm vụ|nội dung|công việc|giải pháp|việc)(?!\w)", re.IGNORECASE)


_RESPONSIBLE_FOR = r"(?:có|chịu)\s+trách\s+nhiệm"
# What a subject bears in the closing sentence of an article (`... chịu trách nhiệm thi hành`, `... căn
# cứ Quyết định thi hành`); not any responsibility (`A giám sát B có trách nhiệm vận hành ...`).
_BEARS = re.compile(rf"(?<!\w)(?:{_RESPONSIBLE_FOR}(?:\s+tổ\s+chức)?\s+(?:thi\s+hành|thực\s+hiện)"
                    r"|căn\s+cứ)(?!\w)", re.IGNORECASE)
# ... and any duty it bears, right after a chain of bodies that opens a line (`Các sở, ngành có trách nhiệm`).
_BEARS_RIGHT_AFTER = re.compile(rf"\s*(?:{_RESPONSIBLE_FOR}|căn\s+cứ)(?!\w)", re.IGNORECASE)
# Words that end a list of bodies: a clause between two of them (`A chủ trì, phối hợp với B`). In lower
# case only: capitalised, they belong to a name (`Ban Chỉ đạo ...`).
_CLAUSE_WORD = re.compile(
    r"(?<!\w)(?:chủ trì|phối hợp|với|chỉ đạo|hướng dẫn|báo cáo|gửi|về|đề nghị|yêu cầu|của|tại"
    r"|cho|theo|để|thực hiện|xem xét|tổng hợp|có ý kiến|nhận được)(?!\w)")
# A body that qualifies the one before it (`đơn vị sự nghiệp thuộc UBND tỉnh`), not a bearer of its own.
_QUALIFYING = re.compile(r"(?<!\w)(?:thuộc|của|trừ)\s*$", re.IGNORECASE)


def _bearers(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The bodies of a subject that bears the duty, written from `start` up to `chịu trách nhiệm thi
    hành` in the same sentence: `Chánh Văn phòng A; Giám đốc các Sở; Thủ trưởng <a class no rule names>, B
    và C chịu trách nhiệm thi hành`. The list may hold titles and names the body rules do not know
    (they break a chain of bodies, nlp.body_chains.body_chain), but no clause (`_CLAUSE_WORD`: `A chủ
    trì, phối hợp với B`); a body after `thuộc`, `của` or `trừ` qualifies another."""
    stops = [i for i in (text.find(". ", start, end), text.find("\n", start, end)) if i >= 0]
    bears = _BEARS.search(text, start, min(stops, default=end))
    if not bears:
        return []
    if listed := office_holders(text, bodies, start, bears.start()):
        return listed
    inside = [b for b in bodies if start <= b.start and b.end <= bears.start()]
    pos, outside = start, []
    for body in sorted(inside, key=lambda b: b.start):
        outside.append(text[pos : max(pos, body.start)])
        pos = max(pos, body.end)
    outside.append(text[pos : bears.start()])
    if _CLAUSE_WORD.search(" ".join(outside)):
        return []
    bearers = [b for b in inside if not _QUALIFYING.search(text, max(start, b.start - 20), b.start)]
    return share_level(text, bearers)


def _duty_bearers_below(text: str, bodies: list[Body], unit: Unit) -> list[Body]:
    """`Điều 3. Hiệu lực và trách nhiệm thi hành` + a line on the entry into force + `Chánh Văn phòng
    ..., Giám đốc ... chịu trách nhiệm thi hành`: an item whose first line names no doer and inherits
    none, whose later line opens with bodies that bear the duty."""
    for start, end in list(line_spans(text, unit.start, unit.end))[1:]:
        start = content_start(text, start, end)
        if found := _bearers(text, bodies, start, end):
            return found
        chain = body_chain(bodies, text, start, end)
        if chain:
            persons = _PERSONS_AFTER.match(text, chain[-1].end)
            if _BEARS_RIGHT_AFTER.match(text, persons.end() if persons else chain[-1].end):
                return chain
    return []


_SENTENCE_BREAK = re.compile(r"(?:[.:;])[^\S\n]+|\n")


def _later_subject(text: str, bodies: list[Body], unit: Unit) -> list[Body]:
    """A unit whose first sentence names no doer and inherits none, whose later sentence opens with
    one, past a role or an opening adverbial: `Trường hợp ... chưa có quy định: Chủ tịch UBND tỉnh
    quyết định`, `... Hằng năm, trước ngày 15/12, các cơ quan chủ trì gửi báo cáo ...`."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, unit.start, unit.end)]
    for start, stop in zip(breaks, [*breaks[1:], unit.end], strict=False):
        start = content_start(text, start, stop)
        found = body_chain(bodies, text, after_role(text, start, stop), stop) or _subject_after_comma(
            text, bodies, start, stop, stop)
        if found:
            return found
    return []


def _opening_subject(text: str, bodies: list[Body], unit: Unit) -> list[Body]:
    """A later paragraph of an article or item that names no doer of its own, whose first sentence opens
    with one (`Điều 2. Sở X có trách nhiệm rà soát ...` + `Trường hợp ... thì cung cấp thông tin ...`):
    the same doer goes on (RULINGS R9)."""
    section = unit.section
    if section is None or section.start >= unit.start:
        return []
    line_end = text.find("\n", section.start, unit.start)
    if line_end < 0:
        return []
    start = content_start(text, section.start, line_end)
    return body_chain(bodies, text, after_role(text, start, line_end), line_end)


def _fronted_bodies(text: str, bodies: list[Body], unit: Unit, content: list[Token]) -> list[Body]:
    """`Trường hợp ... thì Văn phòng Sở X gửi ...`: the bodies that open the subject after the unit's
    opening adverbial (nlp.task_verbs.fronted_action)."""
    found = fronted_action(text, content_start(text, unit.start, unit.end), content, bodies)
    return body_chain(bodies, text, *found) if found else []


def _subject_after_comma(text: str, bodies: list[Body], start: int, stop: int, end: int) -> list[Body]:
    """`Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì, phối hợp ...`: the subject right after a
    comma of the opening adverbial, which ended at a later comma."""
    for comma in re.finditer(r",\s*", text[start:stop]):
        chain = body_chain(bodies, text, start + comma.end(), end)
        if chain:
            return chain
    return []


# A request that opens a clause of the first sentence after what leads to it: a comma (`Nội dung này, đề nghị
# ...`, `Tại điểm a ... quy định về hồ sơ ..., kính đề nghị ...`), or a connective drawing a conclusion
# (`..., do vậy đề nghị ...`).
_CLAUSE_REQUEST = re.compile(
    rf"(?:,|(?<!\w){CONCLUDING})[^\S\n]*(?:kính[^\S\n]+)?(?:đề nghị|yêu cầu)[^\S\n]+",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")


def _asked_after_clause(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The bodies a request asks to act where it opens a later clause of a unit's first sentence whose
    opening directs nothing (`Nội dung này, đề nghị Bộ X có văn bản hướng dẫn ...`); none when another
    clause is asked first or no body follows the request."""
    stop = m.start() if (m := _SENTENCE_END.search(text, start, end)) else end
    request = _CLAUSE_REQUEST.search(text, start, stop)
    return body_chain(bodies, text, after_role(text, request.end(), end), end) if request else []


def _addressed(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """`Để kịp tổng hợp, đề nghị Sở X gửi ...`: the bodies a request after the opening adverbial
    addresses."""
    request = REQUEST.match(text, start, end)
    return body_chain(bodies, text, after_role(text, request.end(), end), end) if request else []


def _partners(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The bodies after `phối hợp (với)` in `text[start:end]`, and those that are the subject of their
    own `phối hợp` after the lead's `chủ trì` (`Sở A chủ trì, Sở B và Sở C phối hợp ...`)."""
    after = [b for pattern in (_COORDINATION, _LEAD_WITH) for m in pattern.finditer(text, start, end)
             for b in body_chain(bodies, text, m.end(), end)]
    before = [chain for m in _LEAD.finditer(text, start, end)
              if (chain := body_chain(bodies, text, m.end(), end))
              and _COORDINATING_SUBJECT.match(text, chain[-1].end, end)]
    return [b for chain in before for b in chain] + after


def _lead_in_partners(text: str, bodies: list[Body], intro: tuple[int, int]) -> list[Body]:
    """The partners a lead-in names for its doer; not those of the purpose it opens with (`Để thi hành
    Luật ...; phối hợp với Tòa án ... quản lý ..., Bộ trưởng chỉ thị:` states the issuer's remit)."""
    return [b for b in _partners(text, bodies, *intro) if not in_purpose(text, intro[0], b.start)]


def _in_cell(bodies: list[Body], cell: tuple[int, int] | None) -> list[Body]:
    if cell is None:
        return []
    return [b for b in bodies if cell[0] <= b.start and b.end <= cell[1]]


def _table_limit(text: str, deadlines: list[Deadline], sections: list[Section]) -> Deadline | None:
    """The limit the body text sets for the work listed in an appendix table (`... xử lý các kiến
    nghị (Phụ lục kèm theo), hoàn thành trước ngày 15/12/2025`): a dated deadline in the sentence
    that refers to the appendix, outside the appendix itself."""
    appendices = [(s.start, s.end) for s in sections if _APPENDIX.match(s.id)]
    for m in _APPENDIX_MENTION.finditer(text):
        if any(a <= m.start() < b for a, b in appendices):
            continue
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        stop = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
        end = min(stop, default=len(text))
        dated = [d for d in deadlines if start <= d.start < end and d.due and not d.recurrence]
        if dated:
            return dated[0]
    return None


def _responsible(text: str, unit: Unit, stated: list[Body], content: list[Token], resolver: Resolver,
                 bodies: list[Body], labels: LabelledFields | None) -> list[Body]:
    """The bodies responsible for `unit`'s work: its own, else those the structure around it names."""
    subject = content_start(text, unit.subject_start or unit.start, unit.end)
    bearers = _bearers(text, bodies, subject, unit.end)
    if stated and bearers[:1] != stated[:1]:
        bearers = []  # the subject the rules found does not open the list of bearers
    doers = labels.value("responsible") if labels else None
    return (_in_cell(bodies, unit.responsible_cell) or bearers or stated
            or (body_chain(bodies, text, *doers) if doers else [])
            or (resolver.chaired(unit) if doers and bare_chair(text, *doers, bodies) else [])
            or province_subject(text, bodies, subject, unit.end) or resolver.inherited(unit)
            or _duty_bearers_below(text, bodies, unit) or _later_subject(text, bodies, unit)
            or _opening_subject(text, bodies, unit) or _fronted_bodies(text, bodies, unit, content))


def _task(text: str, unit: Unit, number: int, stated: list[Body], content: list[Token],
          resolver: Resolver, bodies: list[Body], deadlines: list[Deadline],
          table_limit: Deadline | None = None, labels: LabelledFields | None = None) -> Task:
    responsible = _responsible(text, unit, stated, content, resolver, bodies, labels)
    doers = labels.value("responsible") if labels else None
    if labels is not None:
        # the item's own partners, and those its doers' line names (`Sở A chủ trì, phối hợp với Sở B`)
        partners = labels.value("coordinating")
        coordinating = [*_partners(text, bodies, unit.start, unit.end),
                        *(_partners(text, bodies, *doers) if doers else []), *_in_cell(bodies, partners)]
    elif unit.coordinating_cell is not None or unit.place is not None:
        # a table row's partners are those of its `phối hợp` column, if it has one
        coordinating = _in_cell(bodies, unit.coordinating_cell)
    else:
        coordinating = _partners(text, bodies, unit.start, unit.end)
        if not coordinating and (not stated or shares_lead_in(text, unit, stated, resolver)):
            # the lead-in that names the item's doer names its partners too (RULINGS R1:
            # `1. Bộ X chủ trì, phối hợp với các Bộ, cơ quan liên quan:` + `a) Rà soát ...`), and so
            # does the one whose action an item naming its doers shares (`- Sở X đối với ...;`)
            coordinating = next((found for intro in resolver.intros(unit)
                                 if (found := _lead_in_partners(text, bodies, intro))), [])
    reported = report_to(text, bodies, unit.start, unit.end)
    cell = unit.deadline_cell
    time = labels.value("deadline") if labels else None
    if time is not None and any(d for d in _deadline(deadlines, *time)):
        deadline, recurrence = _deadline(deadlines, *time)
    elif cell is not None and cell[0] < cell[1]:
        # the row's time cell says when (RULINGS R42), even by a period that elsewhere is a horizon
        deadline = cell_deadline(text, *cell, deadlines)
        recurrence = _deadline(deadlines, *cell)[1]
    else:
        deadline, recurrence = _deadline(deadlines, unit.start, unit.end)
    if deadline is None and unit.place is not None:
        deadline = table_limit
    if deadline is None and recurrence is None:
        # a limit the introduction sets holds for its items (RULINGS R23)
        deadline, recurrence = next(
            (found for intro in resolver.intros(unit)
             if (found := _intro_deadline(text, deadlines, intro))[0]),
            (None, None))
    return Task(
        id=f"t{number}",
        start=unit.start,
        end=unit.end,
        text=text[unit.start : unit.end],
        section=unit.place or (unit.section.id if unit.section else None),
        action=action_phrase(text, content, bodies),
        responsible=_names(responsible),
        coordinating=_names(coordinating),
        report_to=_names(reported),
        deadline=deadline,
        recurrence=recurrence,
    )
