"""The section tree: ids per tests/gold/GUIDELINES.md, offsets into the cleaned text.

Each line of the body is either a marker line (opening a section) or a continuation that
belongs to the innermost open section. Nesting follows the marker kinds: Chương > Mục > Điều >
part (`I.`) > decimal item (`1.`, `2.2.1.`) > letter (`a)`) > bullet.
"""

import re
from dataclasses import dataclass, field

from policylink.ingest import markers
from policylink.ingest.addressees import addressees_end
from policylink.ingest.attachments import attachment_name, text_lines
from policylink.ingest.model import Attachment, Section

_RANK = {"chapter": 0, "subchapter": 1, "article": 2, "part": 3, "decimal": 4, "letter": 5, "bullet": 6}


@dataclass
class _Open:
    kind: str
    id: str
    rank: float
    heading: str | None
    start: int
    end: int
    parent: "_Open | None"
    bullet_char: str | None = None
    bullets: int = 0
    children: list["_Open"] = field(default_factory=list)

    @property
    def level(self) -> int:
        return 1 if self.parent is None else self.parent.level + 1


def _first_sentence(rest: str) -> str | None:
    match = re.match(r"(.+?[.:;])(?:\s|$)", rest)
    heading = (match.group(1) if match else rest).strip()
    return heading or None


def _classify(line: str) -> tuple[str, str, str] | None:
    """(kind, printed number, text after the marker) for a marker line."""
    table = (
        ("chapter", markers.CHAPTER), ("subchapter", markers.SUBCHAPTER), ("article", markers.ARTICLE),
        ("part", markers.ROMAN), ("decimal", markers.DECIMAL), ("letter", markers.LETTER),
        ("bullet", markers.BULLET),
    )
    for kind, pattern in table:
        match = pattern.match(line)
        if match:
            groups = match.groupdict()
            number = groups.get("num") or groups.get("num2") or groups.get("char")
            return kind, number, line[match.end():]
    return None


_PUNCTUATED_ARTICLE = re.compile(r"Điều\s+\d+\s*[.:]")
_SENTENCE_ENDS = ".!?:;…\"'”’»)]"


def _citation_tail(line: str, previous: str) -> bool:
    """Is an article marker line the wrapped end of a citation (`... theo quy định tại` / `Điều 4
    Quyết định này trong vòng 02 ngày.`)? A heading's number takes a `.` or `:`; one without them
    right under a line that stops mid-sentence (not a title in capitals nor a heading of its own) goes on
    that sentence."""
    if _PUNCTUATED_ARTICLE.match(line):
        return False
    previous = previous.rstrip()
    headings = (markers.ARTICLE, markers.CHAPTER, markers.SUBCHAPTER)
    return bool(previous) and previous[-1] not in _SENTENCE_ENDS and not markers.is_upper_line(previous) \
        and not any(pattern.match(previous) for pattern in headings)


def _ancestor(node: "_Open | None", kind: str) -> "_Open | None":
    while node is not None and node.kind != kind:
        node = node.parent
    return node


def _section_id(kind: str, number: str, parent: "_Open | None", prefix: str) -> str:
    """The id GUIDELINES give a printed number; `prefix` names the attachment it is in (`Quy
    chế.`), since an attachment's numbering starts again and ids must stay unique."""
    if kind == "chapter":
        return f"{prefix}Chương {number}"
    if kind == "subchapter":
        chapter = _ancestor(parent, "chapter")
        return f"{chapter.id}.Mục {number}" if chapter else f"{prefix}Mục {number}"
    if kind == "article":
        return f"{prefix}Điều {number}"
    if kind == "part":
        return f"{prefix}{number}"
    if kind == "decimal":
        scope = _ancestor(parent, "article") or _ancestor(parent, "part")
        return f"{scope.id}.{number}" if scope else f"{prefix}{number}"
    if kind == "letter":
        return f"{parent.id}.{number}" if parent else f"{prefix}{number}"
    raise ValueError(kind)


class _TreeBuilder:
    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self.roots: list[_Open] = []
        self.top_bullets = 0
        self.prefix = ""  # `Quy chế.` inside an attachment (`start_attachment`)
        self.attachments: list[str] = []

    def start_attachment(self, name: str) -> None:
        """An attachment starts its numbering again; its sections' ids carry its name (`Phụ lục
        2` for a second attachment of the same name)."""
        self.stack.clear()
        seen = self.attachments.count(name)
        self.attachments.append(name)
        self.prefix = f"{name} {seen + 1}." if seen else f"{name}."
        self.top_bullets = 0

    def _attach(self, node: _Open) -> None:
        (node.parent.children if node.parent else self.roots).append(node)
        self.stack.append(node)
        for open_node in self.stack:
            open_node.end = node.end

    def _pop_to(self, rank: float) -> None:
        while self.stack and self.stack[-1].rank >= rank:
            self.stack.pop()

    def open_numbered(self, kind: str, number: str, rest: str, start: int, end: int) -> None:
        rank = _RANK[kind] + (number.count(".") / 10 if kind == "decimal" else 0)
        self._pop_to(rank)
        parent = self.stack[-1] if self.stack else None
        sid = _section_id(kind, number, parent, self.prefix)
        self._attach(_Open(kind, sid, rank, _first_sentence(rest), start, end, parent))

    def open_bullet(self, char: str, rest: str, start: int, end: int) -> None:
        chars = [node.bullet_char for node in self.stack if node.kind == "bullet"]
        if char in chars:
            while self.stack[-1].bullet_char != char:
                self.stack.pop()
            self.stack.pop()
        elif self.stack and self.stack[-1].kind == "bullet" and not chars:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        if parent is None:
            self.top_bullets += 1
            sid = f"{self.prefix}b{self.top_bullets}"
        else:
            parent.bullets += 1
            sid = f"{parent.id}-b{parent.bullets}"
        node = _Open("bullet", sid, _RANK["bullet"] + len(chars), _first_sentence(rest), start, end, parent)
        node.bullet_char = char
        self._attach(node)

    def title_chapter(self, line: str) -> bool:
        """`Chương I` alone on its line, its title in capitals on the next (`QUY ĐỊNH CHUNG`): the
        title becomes the chapter's heading. Whether the line was taken so."""
        node = self.stack[-1] if self.stack else None
        if node is None or node.kind not in ("chapter", "subchapter") or node.heading or node.children:
            return False
        if not markers.is_upper_line(line):
            return False
        node.heading = line.strip()
        return True

    def extend(self, end: int, *, plain: bool) -> None:
        """A continuation line: a plain paragraph closes an open bullet (bullets are one paragraph)."""
        if plain:
            while self.stack and self.stack[-1].kind == "bullet":
                self.stack.pop()
        for node in self.stack:
            node.end = end


def _flatten(nodes: list[_Open], out: list[Section]) -> None:
    for node in nodes:
        parent = node.parent.id if node.parent else None
        out.append(Section(node.id, node.heading, node.level, node.start, node.end, parent))
        _flatten(node.children, out)


def _last_text_end(lines: list[tuple[int, str]], before: int, floor: int) -> int:
    """End offset of the last non-blank line that starts before offset `before`."""
    ends = [offset + len(line) for offset, line in lines if floor <= offset < before and line.strip()]
    return ends[-1] if ends else floor


def build_sections(
    text: str, body_start: int, body_end: int, attachments: tuple[Attachment, ...]
) -> tuple[tuple[Section, ...], tuple[str, ...]]:
    """Sections of `text[body_start:body_end]` and the recipients listed under `Nơi nhận`.

    An attachment after the body (`attachments`, ingest.attachments) starts its numbering again:
    its sections' ids are the printed ones under its name (`Quy chế.Điều 1`), its header and title
    blocks belong to no section, and the recipients section before it ends where its header block
    starts.
    """
    lines = text_lines(text, body_start, body_end)
    by_start = {a.start: a for a in attachments if body_start <= a.start < body_end}
    builder = _TreeBuilder()
    extra: list[Section] = []
    unnumbered: list[_UnnumberedPart | None] = []  # None: the recipients block closes the part
    recipients: tuple[str, ...] = ()
    index = 0
    while index < len(lines):
        start, line = lines[index]
        end = start + len(line)
        attachment = by_start.pop(start, None)
        if attachment is not None:  # its numbering starts again; its header and title hold no section
            builder.start_attachment(attachment_name(text, attachment))
            heading = attachment.type_line(text).strip()
            unnumbered.append(_UnnumberedPart(builder.prefix.rstrip("."), heading, attachment.body_start))
            index = next((i for i, (o, _) in enumerate(lines) if o >= attachment.body_start), len(lines))
            continue
        if markers.RECIPIENTS.match(line):
            unnumbered.append(None)
            following = min((a for a in by_start if a > start), default=body_end)
            recipients_end = _last_text_end(lines, following, start)
            extra.append(Section("recipients", "Nơi nhận:", 1, start, recipients_end, None))
            block = [item for item in lines[index + 1:] if item[0] < following]
            recipients = recipients or _list_items(line, block)
            index += 1 + len(block)
            continue
        if markers.ADDRESSEES.match(line):
            block_end = addressees_end(lines, index)
            extra.append(Section("addressees", "Kính gửi:", 1, start, block_end, None))
            index = next((i for i, (o, _) in enumerate(lines) if o > block_end), len(lines))
            continue
        kind = _classify(line) if line else None
        if kind and kind[0] == "article" and _citation_tail(line, lines[index - 1][1] if index else ""):
            builder.extend(end, plain=False)
        elif kind and kind[0] == "bullet":
            builder.open_bullet(kind[1], kind[2], start, end)
        elif kind:
            builder.open_numbered(kind[0], kind[1], kind[2], start, end)
        elif line:
            if not builder.stack and unnumbered and unnumbered[-1] is not None:
                unnumbered[-1].end = end
            builder.title_chapter(line) or builder.extend(end, plain=True)
        index += 1
    sections: list[Section] = []
    _flatten(builder.roots, sections)
    extra += [Section(p.name, p.heading, 1, p.start, p.end, None)
              for p in unnumbered if p and p.end > p.start]
    return tuple(sorted(sections + extra, key=lambda s: s.start)), recipients


@dataclass
class _UnnumberedPart:
    """Lines of an attachment outside its numbered items (a Phụ lục's table rows, printed under
    its title with no number): a section named after the attachment (`Phụ lục`), so that they do
    not fall under the part printed before it."""

    name: str
    heading: str
    start: int
    end: int = -1


def _list_items(first: str, following: list[tuple[int, str]]) -> tuple[str, ...]:
    """Recipients: the bullet lines after `Nơi nhận:` (or the rest of its own line)."""
    items = []
    inline = markers.RECIPIENTS.sub("", first).strip()
    if inline:
        items.append(inline)
    for _, line in following:
        match = markers.BULLET.match(line)
        if match:
            item = line[match.end():].split("\t")[0]  # a signature column may share the line
            items.append(item.strip().rstrip(",;.").strip())
        elif line and items and not inline:
            break
    return tuple(item for item in items if item)
