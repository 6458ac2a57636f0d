"""Task units: the paragraphs, `Giao X ...` sentences and plan-table rows a task may be.

A unit's text starts past its item marker (`1.`, `a)`, `-`, `Điều 5.`). An item whose first line
is a short title followed by text of its own is one unit anchored on the title, and so is an item
whose first line names its doers (`2. Sở X, Sở Y`, `1. Sở X chủ trì, phối hợp với Sở Y:`) over one
paragraph; a container's title (its body lists sub-items, a `... sau:` introduction or a table) is
none. A bullet goes on over the sentences printed one per line between it and the next bullet; lettered
points written in a row after a doer's duty lead-in are a unit each. A plan
table gives one unit per row under a header row naming its columns (nlp.task_tables). `Structure` holds the
sections around a unit; the bodies written one after another that name a unit's actors are
nlp.body_chains'.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import takewhile

from policylink.core.vietnamese import match_key
from policylink.ingest.model import Section
from policylink.nlp.body_chains import after_role, body_chain
from policylink.nlp.model import Body
from policylink.nlp.task_verbs import DIRECTIVE_WORDS

_MARKER = re.compile(  # used with .match(text, pos): anchored at pos
    r"[ \t]*(?:[-+•*–][ \t]+|(?:Điều|Khoản|Mục)[ \t]+\d+[.:]?[ \t]*|(?:\d+\.)+\d*[ \t]+(?:[-–][ \t]+)?"
    r"|\(?\d+\)\.?[ \t]+|\((?:[ivx]+|[a-zđ])\)[ \t]+|[IVXLC]+\.[ \t]+|[a-zđ]\)[ \t]+)"
)
_ADDRESSING_TITLE = re.compile(r"(?:giao|đề nghị|kiến nghị|yêu cầu)\s+", re.IGNORECASE)
_TITLE_MAX = 160  # a numbered item's title line (`1. Nâng cao nhận thức ...`) is short
# Lettered points written in a row after a lead-in that charges its doer (`... có trách nhiệm: a. Hướng dẫn
# ...; b. Phối hợp ...`), the crawl having joined their lines.
_FIRST_INLINE_POINT = re.compile(r"(?<!\w)(?:có|chịu)\s+(?:trách nhiệm|nhiệm vụ)\s*:\s*a\.\s+(?=[A-ZĐÀ-Ỹ])")
_NEXT_INLINE_POINT = re.compile(r";\s+([a-zđ])\.\s+(?=[A-ZĐÀ-Ỹ])")
_POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"
# A bullet (`- Đầu tư ...`), and a lettered part's heading (`B. Nhiệm vụ và giải pháp`)
_BULLET = re.compile(r"[ \t]*[-+•*–][ \t]")
# The kinds of list item a sentence printed on the next lines may go on: a bullet, a lettered point
# (`a)`, `(b)`), a numbered item (`2.`, `(3)`); the next item of the same kind ends the sentences.
_ITEM_KINDS = (
    _BULLET,
    re.compile(r"[ \t]*\(?[a-zđ]\)[ \t]"),
    re.compile(r"[ \t]*(?:\d+\.)+\d*[ \t]"),
    re.compile(r"[ \t]*\(?\d+\)[ \t]"),
)
_LETTER_HEADING = re.compile(r"[A-ZĐ]\.\s")
# A line that only dates the item above it (`Thời hạn hoàn thành: ...`) adds no paragraph of its own.
_TIME_LINE = re.compile(r"(?:thời hạn|thời gian)(?!\w)", re.IGNORECASE)
# A due date a paragraph sets for its own duty (`... trình UBND tỉnh trong quý 2`, `trước ngày 30/3`).
_OWN_DUE = re.compile(r"(?<!\w)(?:trước|chậm nhất|trong)\s+(?:ngày|tháng|quý|quí)\s+[^\s,.;]*\d",
                      re.IGNORECASE)
_CLOSING = re.compile(r"trên[^\S\n]+đây(?!\w)", re.IGNORECASE)
# Where a sentence of a paragraph may hand a duty to a doer of its own: after `.` or `;`.
_SENTENCE_BREAK = re.compile(r"(?<=[.;])[^\S\n]+(?=\w)")
# ... opening with an assignment or a request (`Giao Sở X ...`, `Đề nghị Bộ Y ...`)
_ADDRESSING_SENTENCE = re.compile(r"(?:Giao|Đề nghị|Yêu cầu)\s")
# An opening adverbial of a few words before a sentence's subject (`Trên cơ sở đó, Sở X ...`).
_SHORT_OPENING = re.compile(r"[^.,;:\n]{1,40},\s*")
# A frequency adverbial may open a sentence without a comma before its subject (`Hằng năm Sở X lập ...`,
# `Định kỳ 6 tháng, hằng năm cấp ủy cơ sở phải ...`).
_FREQUENCY = re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày)\s+", re.IGNORECASE)
# A scope (`từ tỉnh đến cơ sở`) may come between a subject and its predicate.
_SCOPE = re.compile(r"\s+từ\s[^,.;]{1,30}?\sđến\s[^,.;\s]+(?:\s[^,.;\s]+)?")
# A subject's predicate opens with a lower-case word that is no joint of a longer name, nor a mark of
# what was, is being or will be done (`Theo đó, Cục Thuế đã nâng cấp ...`), nor a request the writer
# makes of others (`Thủ tướng Chính phủ đề nghị các đồng chí ...`, a closing formula, R7) or an
# accountability (`... chịu trách nhiệm (toàn diện) trước Chính phủ`).
_PREDICATE = re.compile(r"\s+(?!(?:và|của|thuộc|tại|về|trực thuộc|với|đã|đang|sẽ|vẫn|cũng|là|đề nghị|yêu cầu"
                        r"|chịu trách nhiệm(?:\s+toàn diện)?\s+trước)\b)[a-zđà-ỹ]")


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    section: Section | None
    responsible_cell: tuple[int, int] | None = None
    coordinating_cell: tuple[int, int] | None = None
    deadline_cell: tuple[int, int] | None = None
    subject_start: int | None = None  # where the actors are named, when not at `start`
    place: str | None = None  # the printed place when no section names it (`Phụ lục I, dòng 4`)


class Structure:
    """Sections, their children and their own text (before the first child). Section ids may repeat
    (`Điều 1.1` in part I and in part III of an attached plan): a parent is the section of that id
    around its child."""

    def __init__(self, text: str, sections: list[Section]) -> None:
        self.text = text
        self.sections = list(sections)
        self.by_id = {s.id: s for s in self.sections}
        self._named: dict[str, list[Section]] = {}
        for s in self.sections:
            self._named.setdefault(s.id, []).append(s)
        self._parent: dict[Section, Section | None] = {s: self._find_parent(s) for s in self.sections}
        self._children: dict[Section | None, list[Section]] = {}
        for s in self.sections:
            self._children.setdefault(self._parent[s], []).append(s)
        self._own_lines: dict[Section | None, list[tuple[int, int]]] = {}
        self._line_keys: dict[tuple[int, int], str] = {}

    def _find_parent(self, section: Section) -> Section | None:
        if not section.parent:
            return None
        named = [s for s in self._named.get(section.parent, []) if s is not section]
        around = [s for s in named if s.start <= section.start < s.end]
        return min(around, key=lambda s: s.end - s.start) if around else (named[-1] if named else None)

    def children(self, section: Section | None) -> list[Section]:
        return self._children.get(section, [])

    def deepest(self, offset: int) -> Section | None:
        containing = [s for s in self.sections if s.start <= offset < s.end]
        return min(containing, key=lambda s: s.end - s.start, default=None)

    def scopes(self, section: Section | None) -> Iterator[Section | None]:
        while section is not None:
            yield section
            section = self._parent.get(section)
        yield None

    def own_lines(self, scope: Section | None) -> list[tuple[int, int]]:
        """Lines of `scope` outside its children (the document outside sections for None),
        computed once per scope: every unit asks for the lines of each scope around it."""
        if scope not in self._own_lines:
            self._own_lines[scope] = self._find_own_lines(scope)
        return self._own_lines[scope]

    def line_key(self, line: tuple[int, int]) -> str:
        """`line_key` of a line of the text, computed once: every unit asks for the headings and
        introductions around it."""
        if line not in self._line_keys:
            self._line_keys[line] = line_key(self.text, line)
        return self._line_keys[line]

    def _find_own_lines(self, scope: Section | None) -> list[tuple[int, int]]:
        if scope is None:
            start, end = 0, len(self.text)
        else:
            start, end = scope.start, scope.end
        kids = sorted((c.start, c.end) for c in self.children(scope))
        lines = []
        for ls, le in line_spans(self.text, start, end):
            if not any(ks <= ls < ke for ks, ke in kids):
                lines.append((ls, le))
        return lines


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^\n]+", text[start:end]):
        if m.group().strip():
            yield start + m.start(), start + m.end()


def line_key(text: str, line: tuple[int, int]) -> str:
    """The comparable form of a line's content, past its item marker."""
    return match_key(text[content_start(text, *line) : line[1]])


def content_start(text: str, start: int, end: int) -> int:
    m = _MARKER.match(text, start, end)
    pos = m.end() if m else start
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _item_body(text: str, structure: Structure, section: Section | None,
               start: int, end: int) -> list[tuple[int, int]] | None:
    """The body lines of an item whose first line (`start`..`end`) is a title: a short line
    without closing punctuation, followed by text of the item's own. None for other lines; an
    empty list for a container (its body lists the tasks: sub-items, `... sau:`, a table)."""
    if section is None or text[section.start : start].strip() or section.id in ("recipients", "addressees"):
        return None
    title = text[content_start(text, start, end) : end].strip()
    if not title or len(title) > _TITLE_MAX or title[-1] in ".;:!?" or title.isupper():
        return None
    body = [(s, e) for s, e in structure.own_lines(section) if s > start]
    if not body and not structure.children(section):
        return None
    if structure.children(section) or any(
        text[s:e].rstrip().endswith(":") or "\t" in text[s:e] for s, e in body
    ):
        return []
    return body


# A sub-item numbered under its item (`1.1.`, `2.3.`).
_SUB_NUMBER = re.compile(r"[ \t]*\d+\.\d+\.?[ \t]")


def _group_title(text: str, structure: Structure, bodies: list[Body], section: Section | None,
                 start: int, end: int) -> bool:
    """Whether the line is the whole own text of a numbered item with numbered sub-items, naming no doer
    (`1. Tiếp tục đẩy mạnh công tác ...; nâng cao chất lượng ...` + `1.1. Tham mưu ...` + `1.2. ...`): a
    sentence that sums up the duties its sub-items state, however long, is no duty besides them."""
    if section is None or text[section.start : start].strip():
        return False
    children = structure.children(section)
    if not children or not all(_SUB_NUMBER.match(text, c.start, c.end) for c in children):
        return False  # bullets under a duty detail it (`3. Nắm bắt ...` + `- Đầu mối hỗ trợ: ...`)
    content = content_start(text, start, end)
    if content == start or text[start:end].rstrip().endswith(":"):
        return False  # not an item, or an introduction (`..., trong đó:` may state its own action, R13)
    if any(s > start for s, _ in structure.own_lines(section)):
        return False  # text of its own besides the line
    return not body_chain(bodies, text, after_role(text, content, end), end)


def _doer_paragraph_end(text: str, structure: Structure, bodies: list[Body], section: Section | None,
                        start: int, end: int) -> int | None:
    """Where the one paragraph under a doer's heading or lead-in ends: the item's first line names
    its doers (`Sở X, Sở Y`, `Sở X chủ trì, phối hợp với Sở Y:`) and its own text is a single
    unmarked paragraph, besides lines that only date it. None for other lines: a doer over several
    paragraphs or items heads each of them (a container)."""
    if section is None or text[section.start : start].strip() or structure.children(section):
        return None
    content = content_start(text, start, end)
    if content == start or not body_chain(bodies, text, after_role(text, content, end), end):
        return None  # not a numbered item, or not opening with its doers
    if not text[content:end].rstrip().endswith(":") and not _names_only(text, bodies, content, end):
        return None  # a duty of its own (`Sở X tổ chức ...`), not a heading over one
    body = [(s, e) for s, e in structure.own_lines(section) if s > start]
    # (the last item runs on to the document's closing `Trên đây là Kế hoạch ...`: no paragraph of its own)
    body = list(takewhile(lambda line: not _CLOSING.match(text, *line), body))
    paragraphs = [(s, e) for s, e in body if not _TIME_LINE.match(text, s, e)]
    if len(paragraphs) != 1 or any(content_start(text, s, e) > s or "\t" in text[s:e] for s, e in body):
        return None
    return body[-1][1]


def _names_only(text: str, bodies: list[Body], start: int, end: int) -> bool:
    """Whether the line only names doers (`Sở X, Sở Y`, `Giám đốc các sở: A, B`)."""
    chain = body_chain(bodies, text, after_role(text, start, end), end)
    return bool(chain) and not text[chain[-1].end : end].strip(" ,")


def paragraph_units(text: str, structure: Structure, bodies: list[Body],
                    notes_start: int | None = None) -> Iterator[Unit]:
    """Paragraph units of the body; the footnotes (from `notes_start` on, as ingestion moved them
    to the end) and table rows are none."""
    merged_until = -1
    for start, end in line_spans(text, 0, len(text) if notes_start is None else notes_start):
        line = text[start:end]
        if start < merged_until:
            continue
        section = structure.deepest(start)
        if "\t" in line or _inside_table(text, start, end):
            continue
        if section is not None and section.id in ("recipients", "addressees"):
            continue
        content = content_start(text, start, end)
        if (doer_end := _doer_paragraph_end(text, structure, bodies, section, start, end)) is not None:
            # `2. Sở X chủ trì, phối hợp với Sở Y:` or `3. Sở X, Sở Y` + one paragraph: one task
            # anchored at the doer (RULINGS H15)
            merged_until = doer_end
            yield Unit(content, doer_end, section)
            continue
        item_body = _item_body(text, structure, section, start, end)
        if item_body == [] or _group_title(text, structure, bodies, section, start, end):
            continue  # a container's title is not a task; its parts are
        if item_body and not body_chain(bodies, text, content, end):
            # `1. Nâng cao nhận thức ...` + a paragraph: one task, anchored on the title
            merged_until = item_body[-1][1]
            # `1.1. Giao Sở X` + its duties: the title names the actor
            subject = None if _ADDRESSING_TITLE.match(text, content, end) else item_body[0][0]
            # a later paragraph that asks a body for something (`Theo đó, ..., đề nghị cơ quan thuế cấp
            # tỉnh rà soát ...`) is a duty of its own, with the paragraphs after it up to the next one (R9)
            asks = sorted({*(s for s, e in item_body[1:]
                             if _asks_a_body(text, bodies, s, e) or _adds_a_duty(text, s, e)),
                           *_other_doers(text, bodies, item_body)})
            yield Unit(content, text.rfind("\n", 0, asks[0]) if asks else merged_until, section,
                       subject_start=subject)
            for ask, following in zip(asks, [*asks[1:], None], strict=False):
                yield Unit(ask, text.rfind("\n", 0, following) if following else merged_until, section)
            continue
        if (listed := _listed_subject_end(text, structure, bodies, section, content, end)) is not None:
            # `Chánh Văn phòng UBND tỉnh;` + `Giám đốc Sở X; ... chịu trách nhiệm thi hành ...`
            merged_until = listed
            yield Unit(content, listed, section)
            continue
        stop = _continued_end(text, structure, bodies, section, start, end) if content > start else end
        merged_until = stop
        if points := _inline_points(text, content, end):
            # `1. Cục X có trách nhiệm: a. Hướng dẫn ...; b. Phối hợp ...`: a duty each, of the doer named
            # before the points
            yield Unit(content, points[0][0], section)
            ends = [s for s, _ in points[1:]] + [stop]
            for (_, point_start), point_end in zip(points, ends, strict=True):
                yield Unit(point_start, point_end, section, subject_start=content)
            continue
        pieces = [content, *_doer_sentences(text, structure, bodies, section, content, end), stop]
        for piece_start, piece_end in zip(pieces, pieces[1:], strict=False):
            yield Unit(piece_start, piece_end, section)


def _other_doers(text: str, bodies: list[Body], paragraphs: list[tuple[int, int]]) -> list[int]:
    """The paragraphs of a titled item's body that open with acting doers other than those before them
    (`1. Nâng cao chất lượng ...` + `Các cấp uỷ, chi bộ cần ...` + `Hằng tháng, chi bộ chỉ nên chọn ...`):
    the first doers named are the item's, each later change of doers opens a duty of its own (RULINGS R9), and
    so does a later paragraph whose doers set their duty a due date of its own (R9: `Sở X tổng hợp ... trình
    UBND tỉnh trong quý 2`); the same doers' paragraph without one goes on their duty."""
    found, doers = [], None
    for start, end in paragraphs:
        if not (chain := _acting_subject(text, bodies, start, end)):
            continue
        names = {match_key(b.canonical) for b in chain}
        if (doers is not None and names != doers) or (
                start != paragraphs[0][0] and _OWN_DUE.search(text, start, end)):
            found.append(start)
        doers = names
    return found


def _inline_points(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the points after the first start (their `; b. ` mark, their text), when a line lists its
    doer's duties as lettered points in a row (`X có trách nhiệm: a. ...; b. ...; c. ...`); none otherwise."""
    first = _FIRST_INLINE_POINT.search(text, start, end)
    if first is None:
        return []
    found = []
    marks = _NEXT_INLINE_POINT.finditer(text, first.end(), end)
    for letter, m in zip(_POINT_LETTERS[1:], marks, strict=False):
        if m.group(1) != letter:
            break
        found.append((m.start(), m.end()))
    return found


def _continued_end(text: str, structure: Structure, bodies: list[Body], section: Section | None,
                   start: int, end: int) -> int:
    """Where a list item goes on over the sentences printed one per line between it and the next item of
    its kind (`- Đầu tư cơ sở vật chất ...` + `Phấn đấu thực hiện bằng được các chỉ tiêu ...` + `- Thực hiện
    ...`; `a) Niêm yết ...` + `Khi thu ... phải cấp biên lai ...` + `b) ...`): unmarked lines of its own
    section or of the one around it, each a full sentence that introduces no list. A sentence that opens
    with a doer of its own or states a time limit is a duty of its own (RULINGS R9): the item ends before
    it. `end` for other lines, and where such sentences end the list (a paragraph after the last item is
    no part of it)."""
    kind = next((k for k in _ITEM_KINDS if k.match(text, start, end)), None)
    if kind is None or not text[start:end].rstrip().endswith((".", ";")):
        return end
    around = {section, _parent(structure, section)}
    stop = end
    for ls, le in line_spans(text, end, len(text)):
        line = text[ls:le].rstrip()
        if kind.match(line):
            return stop
        if (structure.deepest(ls) not in around or _MARKER.match(text, ls, le) or _LETTER_HEADING.match(line)
                or "\t" in line or _inside_table(text, ls, le) or not line.endswith((".", ";"))):
            return end
        if (_TIME_LINE.search(line) or _ADDRESSING_SENTENCE.match(line)
                or _acting_subject(text, bodies, ls, le)
                or body_chain(bodies, text, after_role(text, ls, le), le)):
            # a duty of its own, with its doer or its time limit (R9): the sentences before it go on the item
            return stop if kind.match(text, _next_item(text, le)) else end
        stop = le
    return end


def _next_item(text: str, pos: int) -> int:
    """Where the next marked line after `pos` starts (the text's end when none)."""
    for ls, le in line_spans(text, pos, len(text)):
        if _MARKER.match(text, ls, le) or _LETTER_HEADING.match(text, ls, le):
            return ls
    return len(text)


def _parent(structure: Structure, section: Section | None) -> Section | None:
    """The section around `section` (None at the top)."""
    scopes = list(structure.scopes(section))
    return scopes[1] if len(scopes) > 1 else None


# A request to a body in a paragraph's first sentence, perhaps after an opening adverbial.
_FIRST_SENTENCE_REQUEST = re.compile(r"[^.\n]*?(?<!\w)(?:đề nghị|yêu cầu)\s+", re.IGNORECASE)
# A connective adding to what the paragraphs before it asked (`Đồng thời, ...`, `Ngoài ra, ...`).
_ADDITIVE = re.compile(r"(?:Đồng thời|Ngoài ra|Bên cạnh đó)\s*,\s*")
# An assignment to a name opening a paragraph (`Giao Sở X ...`); `giao` later in a sentence is mostly
# `được giao`, and `Giao nhiệm vụ ...` names its doer later.
_ASSIGNING = re.compile(r"Giao\s+(?=[A-ZĐÀ-Ỹ])")


def _asks_a_body(text: str, bodies: list[Body], start: int, end: int) -> bool:
    """Whether the paragraph's first sentence asks a body it names to act (`Để ..., đề nghị Sở X ...`) or
    the paragraph assigns a duty to a name (`Giao Ban X chủ trì ...`, a body no rule may know yet)."""
    if _ASSIGNING.match(text, start, end):
        return True
    request = _FIRST_SENTENCE_REQUEST.match(text, start, end)
    return request is not None and bool(body_chain(bodies, text, after_role(text, request.end(), end), end))


def _adds_a_duty(text: str, start: int, end: int) -> bool:
    """Whether a paragraph opens with a connective that adds a further duty, its directive verb next
    (`Đồng thời, chủ trì phối hợp với ...`): a duty of its own, as a later paragraph with a doer of its
    own is."""
    added = _ADDITIVE.match(text, start, end)
    return added is not None and any(
        text.startswith(word, added.end()) and not text[added.end() + len(word):][:1].isalnum()
        for word in DIRECTIVE_WORDS)


def _doer_sentences(text: str, structure: Structure, bodies: list[Body], section: Section | None,
                    start: int, end: int) -> Iterator[int]:
    """Where a sentence inside a paragraph opens a duty of its own: it assigns (`Giao X ...`) or
    names, after a full stop, an acting doer other than the one opening the sentence before it, or than
    those of the headings over it where the paragraph opens with none (`... để thực hiện. Bộ Y có trách
    nhiệm ...`). A sentence naming no doer, or the same one (`... Ban Thường vụ kiểm điểm tiến độ hằng
    tháng.` under a heading naming it), stays with the one before it; after `;` the names more likely
    continue a list of doers (`Chánh Văn phòng; Giám đốc Sở X; ... chịu trách nhiệm thi hành`). A paragraph
    opening with its own doer under a heading naming several (`Bộ B gửi ... . Bộ A, Bộ B thống nhất ...`
    under `2. Bộ A chủ trì, phối hợp với Bộ B ...:`): a sentence of a heading's other doer is a duty of its
    own (RULINGS R9)."""
    doers = (body_chain(bodies, text, after_role(text, start, end), end)
             or _heading_doers(text, structure, bodies, section, start))
    clause = start  # where the clause before the break opens
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        pos = m.end()
        if _ADDRESSING_SENTENCE.match(text, pos, end):
            yield pos
        elif _ends_sentence(text, bodies, clause, m.start()) and text[pos].isupper() and (
                chain := _acting_subject(text, bodies, pos, end)
        ) and not any(_same_body(chain[0], doer) for doer in doers):
            yield pos
            doers = [*doers, *chain]
        clause = pos


def _ends_sentence(text: str, bodies: list[Body], clause: int, mark: int) -> bool:
    """Whether the clause from `clause` to the break at `mark` ends a sentence: a full stop, or a `;`
    after a clause whose own subject acts (`Bộ X có trách nhiệm phân bổ ...; Ủy ban nhân dân cấp tỉnh
    trình ...`). After other clauses `;` more likely continues a list of doers sharing the predicate
    that follows (`Chánh Văn phòng UBND tỉnh; Giám đốc Sở X; ... chịu trách nhiệm ...`, `các Bộ: Nông
    nghiệp và Môi trường; Xây dựng xây dựng phương án ...`)."""
    if text[mark - 1] == ".":
        return True
    return text[mark - 1] == ";" and bool(_acting_subject(text, bodies, clause, mark - 1))


def _acting_subject(text: str, bodies: list[Body], pos: int, end: int) -> list[Body]:
    """The bodies a sentence starting at `pos` opens with, perhaps after a short opening adverbial or a
    frequency, when a predicate of their own follows them (RULINGS R9); none otherwise."""
    opening = _SHORT_OPENING.match(text, pos, end)
    starts = [pos, *([opening.end()] if opening else [])]
    for at in [*starts]:
        if frequency := _FREQUENCY.match(text, at, end):
            starts.append(frequency.end())
    for at in starts:
        chain = body_chain(bodies, text, after_role(text, at, end), end)
        if chain:
            scope = _SCOPE.match(text, chain[-1].end, end)
            if _PREDICATE.match(text, scope.end() if scope else chain[-1].end, end):
                return chain
    return []


def _heading_doers(text: str, structure: Structure, bodies: list[Body], section: Section | None,
                   start: int) -> list[Body]:
    """The bodies named on the heading lines of the sections around a paragraph that starts at `start`
    (lines that end without `.` or `;`)."""
    spans = []
    for scope in structure.scopes(section):
        line_end = text.find("\n", scope.start, start) if scope is not None else -1
        if scope is not None and line_end >= 0 and text[scope.start : line_end].rstrip()[-1:] not in ".;":
            spans.append((scope.start, line_end))  # (a heading, not an article's first sentence)
    return [b for b in bodies if any(a <= b.start < z for a, z in spans)]


def _same_body(one: Body, other: Body) -> bool:
    """The same body, one name perhaps longer (`Ban Thường vụ Huyện ủy` and `... Huyện ủy Đại Từ`).
    A class written as one word (`Bộ` of `Các đồng chí Bộ trưởng ...`) is not any body of that class
    (`Trên cơ sở đó, Bộ Tư pháp tổng hợp ...` hands a duty to one of them, RULINGS R9)."""
    a, b = match_key(one.canonical), match_key(other.canonical)
    shorter, longer = sorted((a, b), key=len)
    return a == b or (" " in shorter and longer.startswith(shorter))


def _inside_table(text: str, start: int, end: int) -> bool:
    """A line between two table rows continues a cell that the crawl broke (`- Niêm yết công khai
    ...` between a row's time cell and the next row)."""
    before = text.rfind("\n", 0, max(start - 1, 0))
    after = text.find("\n", end + 1)
    return "\t" in text[before + 1 : start] and "\t" in text[end : after if after >= 0 else len(text)]


def _listed_subject_end(text: str, structure: Structure, bodies: list[Body], section: Section | None,
                        content: int, end: int) -> int | None:
    """Where a subject written one body per line ends its sentence: lines that only name bodies
    (after their roles) and end with `;` or `,` continue on the next lines of their section."""
    stop = end
    while True:
        chain = body_chain(bodies, text, after_role(text, content, stop), stop)
        if not chain or text[chain[-1].end : stop].strip() not in (";", ","):
            return stop if stop != end else None
        following = next(line_spans(text, stop, len(text)), None)
        if following is None or structure.deepest(following[0]) is not section:
            return stop if stop != end else None
        content, stop = following
        if _MARKER.match(text, content, stop) and _MARKER.match(text, content, stop).end() > content:
            return None  # an item of its own

