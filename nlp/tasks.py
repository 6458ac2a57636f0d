"""Tasks: assigned action units (tests/gold/GUIDELINES.md, "Tasks").

A unit is a paragraph (bullet, numbered item, article clause), a `Giao X ...` sentence inside a
paragraph, or a row of a plan table. A unit is a task when it directs action: after its stated
subject and an opening adverbial (`Trên cơ sở ..., `) it starts with a verb, and it is neither an
introduction to a list (ends with `:`), nor a heading naming a body, nor an assessment, goal or
decision, nor under a goal heading. Responsible bodies come from the unit itself, else from the
structure around it, nearest scope first: a heading that names bodies, then the addressees of an
instruction introducing the list (`... yêu cầu X, Y thực hiện ... sau:`), finally `Kính gửi`.
"""

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from policylink.ingest.model import Section
from policylink.nlp.deadlines import EVERY
from policylink.nlp.layout import title_blocks
from policylink.nlp.model import Body, Deadline, Task
from spacy.tokens import Doc, Token

from policylink.core.vietnamese import match_key

SPANS_KEY = "tasks"
_MARKER = re.compile(  # used with .match(text, pos): anchored at pos
    r"[ \t]*(?:[-+•*–][ \t]+|(?:Điều|Khoản|Mục)[ \t]+\d+[.:]?[ \t]*|(?:\d+\.)+\d*[ \t]+"
    r"|\d+\)[ \t]+|[IVXLC]+\.[ \t]+|[a-zđ]\)[ \t]+)"
)
_FOOTNOTE_LINE = re.compile(r"^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(\d+\))")
# A role heads the body named after it (`Giám đốc các sở: A, B`, `Chủ tịch, các Phó Chủ tịch UBND tỉnh`).
_HEAD_ROLE = (
    r"(?:(?:phó\s+)?chủ tịch(?:\s*,\s*(?:các\s+)?phó chủ tịch)?|(?:phó\s+)?giám đốc|thủ trưởng"
    r"|người đứng đầu|(?:phó\s+)?(?:chánh|trưởng)(?=\s+(?:văn phòng|thanh tra|ban)(?!\w))"
    # `Trưởng ban Ban Quản lý ...`: the title written out before the board's name
    r"|(?:phó\s+)?trưởng\s+ban)"
    r"(?:\s+(?:các\s+)?(?:sở|bộ|phòng|ban)\s*:)?\s+"
)
_CONNECTOR = re.compile(rf"\s*(?:,|;|và|cùng|với)?\s*(?:{_HEAD_ROLE})?", re.IGNORECASE)
_LEADING_ROLE = re.compile(rf"\s*{_HEAD_ROLE}", re.IGNORECASE)
# Agreement with what was reported (`Cơ bản nhất trí với báo cáo ...`) assigns nothing.
_AGREEMENT = r"cơ bản nhất trí|nhất trí|đồng ý"
# Words that open an assessment or a statement of goals, and the headings over them.
_ASSESSMENT = r"mục tiêu|mục đích|quan điểm|kết quả|tình hình|đánh giá|hạn chế|nguyên nhân|bài học"
_NOT_TASK_START = re.compile(
    rf"^(?:{_AGREEMENT}|{_ASSESSMENT}|thống nhất với|tuy nhiên"
    r"|qua\b|bên cạnh|nhìn chung|sau khi|từ năm|những năm qua|thời gian qua|năm qua|ngày \d"
    # closing formulas and the articles that decide rather than assign
    r"|trên đây|quá trình thực hiện, nếu|trong quá trình thực hiện, nếu|nơi nhận"
    r"|sửa đổi|bãi bỏ|thay thế|thông qua|phê duyệt|ban hành kèm theo|áp dụng"
    r"|(?:nghị quyết|quyết định|chỉ thị|kế hoạch|hướng dẫn|quy định|quy chế|chương trình|kết luận"
    r"|thông báo|văn bản|công văn) này (?:có hiệu lực|thay thế|sửa đổi|bổ sung|bãi bỏ)"
    # a cited document listed (`Thông báo số 12-TB/TU ...`): a type word that is also a verb
    r"|(?:thông báo|báo cáo|hướng dẫn|quyết định|kết luận|quy định|chỉ thị|kế hoạch|công văn) số \d)"
)
# A recurrence opening the unit (`Định kỳ hằng tháng tổ chức ...`, `Hằng quý kiểm tra ...`), also
# two periods of reports (`Định kỳ 6 tháng, năm báo cáo ...`): the action follows them.
_RECURRENCE_OPENING = re.compile(
    rf"(?:định kỳ\s*)?(?:(?:\d+\s+tháng(?:\s*,\s*(?:{EVERY}\s+)?năm)?|{EVERY}\s+\w+)(?:\s*,\s*|\s+))?",
    re.IGNORECASE,
)
# `Ban Chấp hành Đảng bộ tỉnh khóa XIX lãnh đạo ...`: the term belongs to the subject, not the action.
_TERM = re.compile(r"[^\S\n]+(?:khóa|khoá|nhiệm kỳ)[^\S\n]+(?:[IVXLC]+|\d{4}\s*[-–]\s*\d{4})(?!\w)")
# `Thường trực HĐND tỉnh, các Ban của HĐND tỉnh và đại biểu HĐND tỉnh giám sát`: people listed
# after the bodies are part of the subject; the action starts at the verb after them.
_PEOPLE_AFTER = re.compile(
    r"\s*(?:,|và)\s+(?:các\s+)?(?:đại biểu|thành viên|người đứng đầu|cán bộ|đảng viên)(?!\w)", re.IGNORECASE
)
_PEOPLE_WORDS = 8  # tokens searched for the verb after such people
_LABEL = re.compile(r"[^:\n]{1,60}:\s*")
_TITLE_MAX = 160  # a numbered item's title line (`1. Nâng cao nhận thức ...`) is short
_GOAL_HEADING = re.compile(
    rf"^(?:{_ASSESSMENT}|yêu cầu|phạm vi|đối tượng|giải thích"
    # background parts of an Đề án or a plan (`1. Sự cần thiết`, `Thực trạng ...`): they argue, not assign
    r"|sự cần thiết|thực trạng|bối cảnh|cơ sở pháp lý|cơ sở thực tiễn"
    # the documents listed under `CĂN CỨ XÂY DỰNG KẾ HOẠCH` (not `Căn cứ X, UBND huyện ...`)
    r"|căn cứ(?:\s+(?:xây dựng|ban hành|pháp lý)[^,.;:]{0,40})?\s*:?$)\b"
)
# `Điều 3. Nguyên tắc phối hợp`: its items state principles (`Bảo đảm sự thống nhất ...`); only an
# item naming its own actors (`Các sở, ngành ... có trách nhiệm trả lời ...`) assigns a duty.
_PRINCIPLE_HEADING = re.compile(r"^nguyên tắc\b")
_DUTY = re.compile(r"\b(?:có|chịu) trách nhiệm\b")
_DUTY_HEADING = re.compile(r"^(?:trách nhiệm|nhiệm vụ)(?:\s+của)?\s+")
# `Chỉ đạo X ...` is not here: the one who directs X is the actor (guidelines, Tasks).
_ADDRESSING_VERB = r"(?:yêu cầu|đề nghị|giao(?:\s+cho)?)\s+"
_ADDRESSING = re.compile(rf"(?<!\w){_ADDRESSING_VERB}", re.IGNORECASE)
_ADDRESSING_AFTER = re.compile(rf"\s+{_ADDRESSING_VERB}", re.IGNORECASE)
# `Đối với UBND các xã: khẩn trương rà soát ...`: the topic names the actor.
_TOPIC = re.compile(r"(?<!\w)đối với\s+", re.IGNORECASE)
_GIAO = re.compile(r"(?<!\w)giao(?:\s+cho)?\s+", re.IGNORECASE)
_GIAO_SENTENCE = re.compile(r"(?<=[.;])\s+(?=Giao\s)")
_COORDINATION = re.compile(r"(?<!\w)phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+", re.IGNORECASE)
# `báo cáo` in lower case: the verb, not the title of a `Báo cáo` document.
_REPORT = re.compile(r"(?<!\w)báo cáo\b[^;.\n]*?(?<!\w)(?i:với|về|lên|cho)\s+")
# `báo cáo Ban Thường vụ Tỉnh ủy trước ngày ...`: the addressee right after the verb.
_REPORT_DIRECT = re.compile(r"(?<!\w)báo cáo\s+")
# `theo` opens an adverbial (`Theo chức năng, ...`) but `theo dõi` is a verb (monitor).
_OPENING_ADVERBIAL = re.compile(r"^(?:trên cơ sở|căn cứ|để|đối với|trong|nhằm|theo(?! dõi)|qua)\b")
# `Thời gian tới, Đảng ủy xã cần ...`: a time still to come opens the sentence before its subject.
_TIME_OPENING = re.compile(
    r"(?:trong\s+)?(?:thời gian|năm|giai đoạn|thời kỳ)\s+(?:tới|sắp tới|tiếp theo)\s*,|sắp tới\s*,",
    re.IGNORECASE,
)
# `căn cứ chức năng, nhiệm vụ được giao chủ động ...`: the body's own remit, no document; its inner
# comma does not end the adverbial.
_REMIT_OPENING = re.compile(
    r"(?:căn cứ(?:\s+vào)?|theo|trong phạm vi)\s+chức năng,?\s+nhiệm vụ(?:,?\s+quyền hạn)?"
    r"(?:\s+(?:được giao|của (?:mình|đơn vị|ngành|cơ quan)))?\s*,?",
    re.IGNORECASE,
)
# `X cần tiếp tục ...`, `X phải ...`: a modal before the directed verb.
_MODALS = {"cần", "phải", "cần phải"}
# A subject followed by an assessment or by the closing formula (`... thông báo để các cơ quan
# biết, thực hiện`) assigns nothing.
_NOT_TASK_ACTION = re.compile(
    rf"^(?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh|khen ngợi|{_AGREEMENT}"
    r"|thông báo (?:để|cho|đến|tới)\b)"
)
# `3. Công an tỉnh: chủ động nắm tình hình ...`: a body and its duty on one line.
_IMPLEMENTATION_HEADING = re.compile(r"^tổ chức thực hiện\b")
_SUBJECT_COLON = re.compile(r"[^\S\n]*:[^\S\n]*")
_DIRECTIVE_WORDS = {
    "giao", "đề nghị", "yêu cầu", "chỉ đạo", "tiếp tục", "tập trung", "tăng cường", "đẩy mạnh",
    "nghiên cứu", "chủ trì", "phối hợp", "xây dựng", "rà soát", "huy động", "quán triệt",
    "tổ chức", "thực hiện", "ban hành", "triển khai", "kiểm tra", "bố trí", "hoàn thiện",
    "tham mưu", "nâng cao", "đổi mới", "phát huy", "quan tâm", "ưu tiên", "bảo đảm", "đảm bảo",
    "chủ động", "tích cực", "kịp thời", "khẩn trương", "theo dõi", "đôn đốc", "hướng dẫn",
    "lãnh đạo", "giám sát", "vận động", "hỗ trợ", "đề xuất", "cung cấp", "nắm bắt", "nắm",
}
# Tagged as nouns, but actions after an opening adverbial (`Trong thời hạn 05 ngày ..., báo cáo
# Sở X về ...`). Not directive words: inside the adverbial they would hide the subject before
# them, and a unit that starts with one may be a document's title (`Báo cáo kết quả ...`).
_ACTION_NOUNS = {"báo cáo"}
_ADVERBIAL_WORDS = 16  # tokens searched for the action after an opening adverbial without a comma
_ASSIGNMENT_WORDS = {"chủ trì", "phối hợp", "với", ",", "có", "liên quan", "chặt chẽ"}
_HEADER_WORDS = (  # (column role, header words), checked in this order
    ("number", ("stt", "tt", "số tt")),
    ("deadline", ("thời gian", "thời hạn", "hoàn thành", "tiến độ", "thời điểm")),
    ("coordinating", ("phối hợp",)),
    ("responsible", ("chủ trì", "thực hiện", "trách nhiệm", "đơn vị", "cơ quan")),
    ("task", ("nội dung", "nhiệm vụ", "công việc", "đề án", "giải pháp")),
)


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    section: Section | None
    responsible_cell: tuple[int, int] | None = None
    coordinating_cell: tuple[int, int] | None = None
    deadline_cell: tuple[int, int] | None = None
    subject_start: int | None = None  # where the actors are named, when not at `start`


class _Structure:
    """Sections, their children and their own text (before the first child)."""

    def __init__(self, text: str, sections: list[Section]) -> None:
        self.text = text
        self.sections = list(sections)
        self.by_id = {s.id: s for s in self.sections}
        self.children: dict[str | None, list[Section]] = {}
        for s in self.sections:
            self.children.setdefault(s.parent, []).append(s)
        self._own_lines: dict[str | None, list[tuple[int, int]]] = {}

    def deepest(self, offset: int) -> Section | None:
        containing = [s for s in self.sections if s.start <= offset < s.end]
        return min(containing, key=lambda s: s.end - s.start, default=None)

    def scopes(self, section: Section | None) -> Iterator[Section | None]:
        while section is not None:
            yield section
            section = self.by_id.get(section.parent) if section.parent else None
        yield None

    def own_lines(self, scope: Section | None) -> list[tuple[int, int]]:
        """Lines of `scope` outside its children (the document outside sections for None),
        computed once per scope: every unit asks for the lines of each scope around it."""
        key = scope.id if scope else None
        if key not in self._own_lines:
            self._own_lines[key] = self._find_own_lines(scope)
        return self._own_lines[key]

    def _find_own_lines(self, scope: Section | None) -> list[tuple[int, int]]:
        if scope is None:
            start, end = 0, len(self.text)
        else:
            start, end = scope.start, scope.end
        kids = sorted((c.start, c.end) for c in self.children.get(scope.id if scope else None, []))
        lines = []
        for ls, le in _lines(self.text, start, end):
            if not any(ks <= ls < ke for ks, ke in kids):
                lines.append((ls, le))
        return lines


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^\n]+", text[start:end]):
        if m.group().strip():
            yield start + m.start(), start + m.end()


def _line_key(text: str, line: tuple[int, int]) -> str:
    """The comparable form of a line's content, past its item marker."""
    return match_key(text[_content_start(text, *line) : line[1]])


def _content_start(text: str, start: int, end: int) -> int:
    m = _MARKER.match(text, start, end)
    pos = m.end() if m else start
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _chain(bodies: list[Body], text: str, pos: int, limit: int) -> list[Body]:
    """Bodies written one after another from `pos` (joined by `,`, `và`, ...), in order."""
    found: list[Body] = []
    for body in sorted(bodies, key=lambda b: b.start):
        if body.start < pos or body.end > limit:
            continue
        gap = text[pos : body.start]
        if _CONNECTOR.fullmatch(gap) and (found or not gap.strip()):
            found.append(body)
            pos = body.end
        elif body.start > pos:
            break
    return found


def _names(bodies: list[Body]) -> list[str]:
    names: list[str] = []
    for body in bodies:
        if body.canonical not in names:
            names.append(body.canonical)
    return names


def _heading_bodies(text: str, bodies: list[Body], start: int, end: int) -> list[Body] | None:
    """Bodies of a heading line that only names them (`2.3. Ban cán sự đảng UBND tỉnh:`,
    `Trách nhiệm của Sở Xây dựng`), else None."""
    pos = _content_start(text, start, end)
    line = text[pos:end].rstrip()
    duty = _DUTY_HEADING.match(match_key(line))
    if duty:
        pos += duty.end()
    chain = _chain(bodies, text, pos, end)
    if not chain:
        return None
    rest = match_key(text[chain[-1].end : end]).strip()
    rest = re.sub(r"^(?:có trách nhiệm|thực hiện(?: các| một số)? nhiệm vụ(?: sau)?)", "", rest)
    return chain if rest.strip() in ("", ":", ".") else None


def _stated(text: str, bodies: list[Body], unit: _Unit, pos: int) -> list[Body]:
    """Bodies the unit names as its actors: `Giao X ...`, `Đề nghị X ...`, or its subject."""
    giao = _GIAO.search(text, pos, unit.end)
    if giao:
        chain = _chain(bodies, text, giao.end(), unit.end)
        if chain:
            return chain
    head = _ADDRESSING.match(text, pos, unit.end) or _TOPIC.match(text, pos, unit.end)
    start = head.end() if head else pos
    subject = _chain(bodies, text, _after_role(text, start, unit.end), unit.end)
    # `Ban Thường vụ Huyện ủy đề nghị UBND huyện chỉ đạo ...`: the addressed body acts
    addressed = _ADDRESSING_AFTER.match(text, subject[-1].end, unit.end) if subject else None
    if addressed and (chain := _chain(bodies, text, addressed.end(), unit.end)):
        return chain
    return subject


def _after_role(text: str, pos: int, end: int) -> int:
    """Past a head role (`báo cáo Chủ tịch UBND huyện`): the role stands for its body."""
    role = _LEADING_ROLE.match(text, pos, end)
    return role.end() if role else pos


def _instruction_addressees(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """Addressees of an introduction `... yêu cầu X, Y thực hiện ... sau:` (or its subject)."""
    for m in _ADDRESSING.finditer(text, start, end):
        chain = _chain(bodies, text, m.end(), end)
        if chain:
            return chain
    content = _content_start(text, start, end)
    subject = _chain(bodies, text, content, end)  # `UBND huyện chỉ đạo các phòng, ban chuyên môn:`
    if subject:
        return subject
    label = _LABEL.match(text, content, end)  # `Nhiệm vụ, giải pháp chủ yếu: UBND tỉnh chỉ đạo ...`
    return _chain(bodies, text, label.end(), end) if label else []


class _Resolver:
    """Responsible bodies inherited from the structure, nearest scope first."""

    def __init__(self, structure: _Structure, bodies: list[Body]) -> None:
        self.structure = structure
        self.bodies = bodies
        self.duty_sections = _duty_sections(structure, bodies)

    def in_goal_context(self, unit: _Unit) -> bool:
        text = self.structure.text
        if any(_GOAL_HEADING.match(_line_key(text, first)) and not self._addresses_bodies(first)
               for first in self._headings_above(unit)):
            return True
        intros = (self._intro(scope, unit) for scope in self.structure.scopes(unit.section))
        return any(intro and _GOAL_HEADING.match(_line_key(text, intro)) for intro in intros)

    def under_principles(self, unit: _Unit) -> bool:
        text = self.structure.text
        return any(_PRINCIPLE_HEADING.match(_line_key(text, first)) for first in self._headings_above(unit))

    def _headings_above(self, unit: _Unit) -> Iterator[tuple[int, int]]:
        """The first line of each section around `unit` that starts before it."""
        text = self.structure.text
        for scope in self.structure.scopes(unit.section):
            if scope is not None and scope.start < unit.start:
                first = next(_lines(text, scope.start, scope.end), None)
                if first:
                    yield first

    def _addresses_bodies(self, line: tuple[int, int]) -> bool:
        """`1. Yêu cầu các chi bộ tổ chức ...` directs bodies; `1. Mục đích, yêu cầu` is a heading."""
        text = self.structure.text
        start = _content_start(text, *line)
        verb = _ADDRESSING.match(text, start, line[1])
        return verb is not None and bool(_chain(self.bodies, text, verb.end(), line[1]))

    def _intro(self, scope: Section | None, unit: _Unit) -> tuple[int, int] | None:
        text = self.structure.text
        intros = [
            (s, e) for s, e in self.structure.own_lines(scope)
            if e <= unit.start and text[s:e].rstrip().endswith(":")
        ]
        return intros[-1] if intros else None

    def inherited(self, unit: _Unit) -> list[Body]:
        text = self.structure.text
        for scope in self.structure.scopes(unit.section):
            if scope is not None and scope.start < unit.start:
                first = next(_lines(text, scope.start, scope.end))
                heading = _heading_bodies(text, self.bodies, *first)
                if heading:
                    return heading
            intro = self._intro(scope, unit)
            if intro:
                addressees = _instruction_addressees(text, self.bodies, *intro)
                if addressees:
                    return addressees
        addressees = self.structure.by_id.get("addressees")
        if addressees:
            return [b for b in self.bodies if addressees.start <= b.start < addressees.end]
        return []


class _Tokens:
    """The doc's non-space tokens with their offsets, built once: a unit's tokens by bisection
    (iterating the whole Doc per unit made task finding quadratic)."""

    def __init__(self, doc: Doc) -> None:
        self.tokens = [t for t in doc if not t.is_space]
        self.starts = [t.idx for t in self.tokens]

    def between(self, start: int, end: int) -> list[Token]:
        return self.tokens[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _after_adverbial(text: str, tokens: list[Token]) -> list[Token]:
    """Tokens after an opening adverbial (`Trên cơ sở ..., kịp thời chỉ đạo`): it ends at the
    first comma followed by a directive word, else at the first comma. An opening recurrence
    (`Định kỳ 6 tháng báo cáo`) is skipped."""
    if tokens:
        recurrence = _RECURRENCE_OPENING.match(text, tokens[0].idx)
        if recurrence and recurrence.end() > tokens[0].idx:
            rest = [t for t in tokens if t.idx >= recurrence.end()]
            tokens = rest or tokens
    if tokens:
        fixed = _REMIT_OPENING.match(text, tokens[0].idx) or _TIME_OPENING.match(text, tokens[0].idx)
        if fixed:
            return [t for t in tokens if t.idx >= fixed.end()]
    if not tokens or not (
        tokens[0].tag_ == "E" or _OPENING_ADVERBIAL.match(match_key(tokens[0].text))
    ):
        return tokens
    commas = [i for i, t in enumerate(tokens[:60]) if t.text == ","]
    for i in commas:
        if i + 1 < len(tokens) and match_key(tokens[i + 1].text) in _DIRECTIVE_WORDS:
            return tokens[i + 1 :]
    if commas:
        return tokens[commas[0] + 1 :]
    # no comma (`căn cứ nội dung Kết luận này xây dựng kế hoạch`): the first directive word
    directive = next((i for i, t in enumerate(tokens[1:_ADVERBIAL_WORDS], 1)
                      if match_key(t.text) in _DIRECTIVE_WORDS), None)
    return tokens[directive:] if directive is not None else tokens


def _directs(tokens: list[Token]) -> bool:
    while tokens and match_key(tokens[0].text) in _MODALS:
        tokens = tokens[1:]
    if not tokens:
        return False
    first = match_key(tokens[0].text)
    if first in _DIRECTIVE_WORDS or tokens[0].tag_ == "V":
        return True
    return tokens[0].tag_ in ("A", "R") and any(t.tag_ == "V" for t in tokens[1:3])


def _action(text: str, tokens: list[Token], bodies: list[Body]) -> str | None:
    """The first verb phrase: from the first verb to a clause break or a new `, verb + body`."""
    body_starts = {b.start for b in bodies}
    while tokens and (match_key(tokens[0].text) in _ASSIGNMENT_WORDS
                      or any(b.start <= tokens[0].idx < b.end for b in bodies)):
        tokens = tokens[1:]  # `chủ trì, phối hợp với X` names roles, the action follows
    verbs = [i for i, t in enumerate(tokens) if t.tag_ == "V" or match_key(t.text) in _DIRECTIVE_WORDS]
    if not verbs:
        return None
    first = verbs[0]
    last = first
    for i in range(first + 1, len(tokens)):
        t = tokens[i]
        if t.text in (";", ".", ":", "(", "?", "!"):
            break
        if t.text == "," and i + 2 < len(tokens) and tokens[i + 1].tag_ == "V" and (
            tokens[i + 2].idx in body_starts or i - first >= 12
        ):
            break
        last = i
    start, end = tokens[first].idx, tokens[last].idx + len(tokens[last].text)
    return text[start:end].strip(" ,") or None


def _deadline(deadlines: list[Deadline], start: int, end: int) -> tuple[Deadline | None, str | None]:
    inside = [d for d in deadlines if start <= d.start < end]
    completion = [d for d in inside if d.due and not d.recurrence]
    dated = [d for d in inside if d.due]
    recurrence = next((d.recurrence for d in inside if d.recurrence), None)
    chosen = (completion or dated or [None])[0]
    return chosen, recurrence


def _table_units(text: str, structure: _Structure) -> Iterator[_Unit]:
    """Rows of plan tables: tab-separated lines under a header row naming the columns."""
    columns: dict[str, int] | None = None
    for start, end in _lines(text, 0, len(text)):
        line = text[start:end]
        if "\t" not in line:
            columns = None
            continue
        cells = _cells(line, start)
        header = _header_columns([match_key(text[s:e]).strip() for s, e in cells])
        if header is not None:
            columns = header
            continue
        if columns is None or columns["task"] >= len(cells):
            continue
        task_start, task_end = cells[columns["task"]]
        task_text = text[task_start:task_end].strip()
        if not task_text or task_text.isupper():
            continue
        yield _Unit(task_start, end, structure.deepest(start),
                    *(_cell(cells, columns.get(role))
                      for role in ("responsible", "coordinating", "deadline")))


def _cell(cells: list[tuple[int, int]], index: int | None) -> tuple[int, int] | None:
    return cells[index] if index is not None and index < len(cells) else None


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    cells, pos = [], offset
    for part in line.split("\t"):
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return cells


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for role, words in _HEADER_WORDS:
            hit = cell in words if role == "number" else any(w in cell for w in words)
            if hit and role not in columns:
                columns[role] = index
                break
    if "task" in columns and ("responsible" in columns or "deadline" in columns):
        return columns
    return None


def _item_body(text: str, structure: _Structure, section: Section | None,
               start: int, end: int) -> list[tuple[int, int]] | None:
    """The body lines of an item whose first line (`start`..`end`) is a title: a short line
    without closing punctuation, followed by text of the item's own. None for other lines; an
    empty list for a container (its body lists the tasks: sub-items, `... sau:`, a table)."""
    if section is None or text[section.start : start].strip() or section.id in ("recipients", "addressees"):
        return None
    title = text[_content_start(text, start, end) : end].strip()
    if not title or len(title) > _TITLE_MAX or title[-1] in ".;:!?" or title.isupper():
        return None
    body = [(s, e) for s, e in structure.own_lines(section) if s > start]
    if not body and not structure.children.get(section.id):
        return None
    if structure.children.get(section.id) or any(
        text[s:e].rstrip().endswith(":") or "\t" in text[s:e] for s, e in body
    ):
        return []
    return body


def _paragraph_units(text: str, structure: _Structure, bodies: list[Body]) -> Iterator[_Unit]:
    merged_until = -1
    for start, end in _lines(text, 0, len(text)):
        if start < merged_until:
            continue
        line = text[start:end]
        section = structure.deepest(start)
        if "\t" in line or _FOOTNOTE_LINE.match(line):
            continue
        if section is not None and section.id in ("recipients", "addressees"):
            continue
        content = _content_start(text, start, end)
        item_body = _item_body(text, structure, section, start, end)
        if item_body == []:
            continue  # a container's title is not a task; its parts are
        if item_body and not _chain(bodies, text, content, end):
            # `1. Nâng cao nhận thức ...` + a paragraph: one task, anchored on the title
            merged_until = item_body[-1][1]
            yield _Unit(content, merged_until, section, subject_start=item_body[0][0])
            continue
        pieces = [content, *(m.end() for m in _GIAO_SENTENCE.finditer(text, content, end)), end]
        for piece_start, piece_end in zip(pieces, pieces[1:], strict=False):
            yield _Unit(piece_start, piece_end, section)


def _duty_sections(structure: _Structure, bodies: list[Body]) -> list[Section]:
    """`TỔ CHỨC THỰC HIỆN` sections that assign the duties body by body: their items are headed by
    a body (`1. Phòng Văn hóa và Thông tin huyện`, `3. Công an huyện: chủ trì ...`)."""
    text = structure.text
    found = []
    for section in structure.sections:
        first = next(_lines(text, section.start, section.end), None)
        if first is None or not _IMPLEMENTATION_HEADING.match(_line_key(text, first)):
            continue
        for child in structure.children.get(section.id, []):
            line = next(_lines(text, child.start, child.end), None)
            start = _content_start(text, *line) if line else child.end
            if line and _chain(bodies, text, start, line[1]):
                found.append(section)
                break
    return found


def _is_area_item(text: str, unit: _Unit, bodies: list[Body], duty_sections: list[Section]) -> bool:
    """`1. Phát triển hạ tầng số: 100% thôn ...`: an area and its targets, outside the part that
    assigns the duties body by body, directs no one (DECISIONS-4)."""
    if not duty_sections or any(s.start <= unit.start < s.end for s in duty_sections):
        return False
    label = _LABEL.match(text, unit.start, unit.end)
    return label is not None and not any(unit.start <= b.start < label.end() for b in bodies)


def _is_task(text: str, unit: _Unit, tokens: list[Token], resolver: _Resolver,
             bodies: list[Body], stated: list[Body]) -> bool:
    body_text = text[unit.start : unit.end].strip()
    letters = [c for c in body_text if c.isalpha()]
    if not letters or all(c.isupper() for c in letters) or body_text.endswith(":"):
        return False
    if _NOT_TASK_START.match(match_key(body_text)):
        return False
    if _heading_bodies(text, bodies, unit.start, unit.end) is not None:
        return False
    if resolver.in_goal_context(unit) or (not stated and resolver.under_principles(unit)):
        return False
    if tokens and _NOT_TASK_ACTION.match(match_key(text[tokens[0].idx : unit.end])):
        return False
    if _is_area_item(text, unit, bodies, resolver.duty_sections):
        return False
    if unit.responsible_cell is not None or _GIAO.match(body_text):
        return True
    if unit.section is None and not stated:  # header block, preamble: only with a named actor
        return False
    return _directs(tokens) or _acts_after_adverbial(text, unit, tokens) \
        or bool(_DUTY.search(match_key(body_text)))


def _acts_after_adverbial(text: str, unit: _Unit, tokens: list[Token]) -> bool:
    """`Trong thời hạn ..., báo cáo X`: an action noun right after the adverbial's comma."""
    return bool(tokens) and tokens[0].idx > unit.start and match_key(tokens[0].text) in _ACTION_NOUNS \
        and text[unit.start : tokens[0].idx].rstrip().endswith(",")


def find_tasks(
    doc: Doc, sections: list[Section], bodies: list[Body], deadlines: list[Deadline]
) -> list[Task]:
    """Tasks of `doc` in order; also stored as `doc.spans["tasks"]` (label: section id)."""
    text = doc.text
    structure = _Structure(text, sections)
    resolver = _Resolver(structure, bodies)
    units = sorted([*_paragraph_units(text, structure, bodies), *_table_units(text, structure)],
                   key=lambda u: u.start)
    doc_tokens = _Tokens(doc)
    titles = title_blocks(text)
    tasks: list[Task] = []
    for unit in units:
        if any(a <= unit.start < b for a, b in titles):
            continue  # the document's own title names it; it assigns nothing
        tokens = doc_tokens.between(unit.start, unit.end)
        subject = unit.subject_start or unit.start
        stated = _stated(text, bodies, unit, subject)
        stated_end = stated[-1].end if stated else subject
        if stated and (term := _TERM.match(text, stated_end)):
            stated_end = term.end()
        if stated and (colon := _SUBJECT_COLON.match(text, stated_end)):
            stated_end = colon.end()
        after_subject = [t for t in tokens if t.idx >= stated_end]
        if stated and _PEOPLE_AFTER.match(text, stated_end):
            verb = next((i for i, t in enumerate(after_subject[:_PEOPLE_WORDS]) if t.tag_ == "V"), None)
            after_subject = after_subject[verb:] if verb is not None else after_subject
        content = _after_adverbial(text, after_subject)
        if not stated and content and content is not after_subject:
            # `Căn cứ kết quả rà soát, Ủy ban Kiểm tra Huyện ủy kiểm tra ...`: the subject follows
            # the opening adverbial
            stated = _chain(bodies, text, content[0].idx, unit.end)
            if stated:
                content = [t for t in content if t.idx >= stated[-1].end]
        if not _is_task(text, unit, content, resolver, bodies, stated):
            continue
        tasks.append(_task(text, unit, len(tasks) + 1, stated, content, resolver, bodies,
                           deadlines))
    doc.spans[SPANS_KEY] = [
        span for t in tasks
        if (span := doc.char_span(t.start, t.end, label=t.section or "",
                                  alignment_mode="expand")) is not None
    ]
    return tasks


def _in_cell(bodies: list[Body], cell: tuple[int, int] | None) -> list[Body]:
    if cell is None:
        return []
    return [b for b in bodies if cell[0] <= b.start and b.end <= cell[1]]


def _task(text: str, unit: _Unit, number: int, stated: list[Body], content: list[Token],
          resolver: _Resolver, bodies: list[Body], deadlines: list[Deadline]) -> Task:
    responsible = _in_cell(bodies, unit.responsible_cell) or stated or resolver.inherited(unit)
    if unit.coordinating_cell is not None:
        coordinating = _in_cell(bodies, unit.coordinating_cell)
    else:
        coordinating = [
            b for m in _COORDINATION.finditer(text, unit.start, unit.end)
            for b in _chain(bodies, text, m.end(), unit.end)
        ]
    report_to = [
        b for pattern in (_REPORT, _REPORT_DIRECT) for m in pattern.finditer(text, unit.start, unit.end)
        for b in _chain(bodies, text, _after_role(text, m.end(), unit.end), unit.end)
    ]
    cell = unit.deadline_cell
    deadline, recurrence = _deadline(deadlines, *(cell or (unit.start, unit.end)))
    if deadline is None and cell is not None:
        deadline, recurrence = _deadline(deadlines, unit.start, unit.end)
    return Task(
        id=f"t{number}",
        start=unit.start,
        end=unit.end,
        text=text[unit.start : unit.end],
        section=unit.section.id if unit.section else None,
        action=_action(text, content, bodies),
        responsible=_names(responsible),
        coordinating=_names(coordinating),
        report_to=_names(report_to),
        deadline=deadline,
        recurrence=recurrence,
    )

