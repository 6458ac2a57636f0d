"""Attachments printed after a document's body: an attached Quy chế, Kế hoạch, Phụ lục ...

A Quyết định ban hành Quy chế (phê duyệt Kế hoạch, ...) prints the attached text after its
recipients and signature, with its own header block (issuer lines, Quốc hiệu) and title block
(type line, subject lines, `(Ban hành kèm theo Quyết định số ...)`), then its own numbering
(`Chương I`, `Điều 1.`, `I.`). An attachment is recognised by that structure:
- a type line (`QUY CHẾ`, `KẾ HOẠCH`, `PHỤ LỤC II`) with a `kèm theo` line in its title block;
- a `PHỤ LỤC` line (an appendix is always an attached part);
- after `Nơi nhận:`, numbering that starts again (`Chương`, `Điều`, `I.`).
"""

import re
from collections.abc import Iterator

from policylink.core.vietnamese import fold
from policylink.ingest.header import DOC_TYPES, header_end
from policylink.ingest.markers import ARTICLE, CHAPTER, RECIPIENTS, ROMAN, is_structural, is_upper_line
from policylink.ingest.model import Attachment

_ATTACHED_BY = re.compile(
    r"^\(?\s*(?:được\s+)?(?:ban\s+hành\s+kèm\s+theo|ban\s+hành\s+theo|kèm\s+theo|đính\s+kèm)\s+\S", re.I
)
_APPENDIX = re.compile(r"^phu luc(?: [ivxlc\d]+)?\b")
_TYPE_WORDS = tuple(fold(name) for name in (*DOC_TYPES, "Phụ lục", "Danh mục"))
_SIGNATURE = re.compile(r"^(?:T/M|T\.M\.?|TM\.?|K/T|KT\.?|TL\.?|T/L|TUQ\.?|Q\.)\s", re.I)
_MOTTO = re.compile(r"cong hoa xa hoi chu nghia|doc lap - tu do|dang cong san viet nam")
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*\S", re.I)
_PLACE_DATE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|ngày\s+\d{1,2}/\d{1,2}/\d{4}", re.I)
_BLOCK_END = re.compile(r"\s*(?:[-*_=]{3,}\s*)?|.*[.:;]\s*")
TITLE_LINES = 6  # a title block holds a few lines at most
_LOOK_BACK = 8  # how far above a `kèm theo` line or a restarted number its type line may stand


Line = tuple[int, str]  # (offset of the line in the text, the line)


def text_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of `text[start:end]` with their offsets."""
    lines: list[Line] = []
    offset = start
    for line in text[start:end].split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _is_type_line(line: str) -> bool:
    if not is_upper_line(line):
        return False
    folded = fold(line.strip())
    return any(folded == name or folded.startswith(name + " ") for name in _TYPE_WORDS)


def _header_like(line: str) -> bool:
    """A line of a repeated header block: issuer lines, Quốc hiệu, number, place and date."""
    for part in (p.strip() for p in line.split("\t")):
        if not part or not any(ch.isalpha() for ch in part):
            continue
        if _SIGNATURE.match(part):
            return False
        printed_header = is_upper_line(part) or _NUMBER_LINE.match(part) or _PLACE_DATE.search(part)
        if not (printed_header or _MOTTO.search(fold(part))):
            return False
    return True


def ends_title_block(line: str) -> bool:
    """A title block holds title lines only: it ends before a blank line, a rule, a line that ends
    a sentence, a table row (cells split by tabs, the header row included) or a numbered item, so
    that a `PHỤ LỤC` title printed right above its table leaves the table's rows to the body."""
    return bool(_BLOCK_END.fullmatch(line)) or "\t" in line or is_structural(line)


def _title_end(lines: list[Line], type_index: int) -> int:
    """Index of the last line of the title block that starts at `type_index`."""
    last = type_index
    for index in range(type_index + 1, min(len(lines), type_index + 1 + TITLE_LINES)):
        line = lines[index][1]
        if _ATTACHED_BY.match(line):
            return index
        if ends_title_block(line):
            break
        last = index
    return last


def _type_above(lines: list[Line], index: int, floor: int) -> int | None:
    """The nearest type line above `index` (at most _LOOK_BACK lines up, not above `floor`)."""
    for above in range(index - 1, max(floor, index - _LOOK_BACK) - 1, -1):
        if _is_type_line(lines[above][1]):
            return above
    return None


def _header_start(lines: list[Line], type_index: int, floor: int) -> int:
    """Index of the first line of the header block printed above a type line."""
    start = type_index
    for above in range(type_index - 1, floor - 1, -1):
        if not _header_like(lines[above][1]):
            break
        if lines[above][1].strip():
            start = above
    return start


def _anchor(lines: list[Line], index: int, after_recipients: bool) -> bool:
    line = lines[index][1]
    if _ATTACHED_BY.match(line) or (_is_type_line(line) and _APPENDIX.match(fold(line.strip()))):
        return True
    return after_recipients and any(p.match(line) for p in (CHAPTER, ARTICLE, ROMAN))


_NUMERAL = re.compile(r"^(?:[IVXLC]+|\d+)$")


def attachment_name(text: str, attachment: Attachment) -> str:
    """What the attachment is called, for the ids of its sections: the document type its type line
    prints and the numeral after it (`QUY CHẾ ...` → `Quy chế`, `PHỤ LỤC II` → `Phụ lục II`); an
    attachment with no type line is `Đính kèm`."""
    words = attachment.type_line(text).split()
    folded = fold(" ".join(words))
    name = max((n for n in _TYPE_WORDS if folded == n or folded.startswith(n + " ")), key=len, default=None)
    if name is None or attachment.title_start == attachment.body_start:
        return "Đính kèm"
    count = len(name.split())
    numeral = words[count : count + 1]
    printed = " ".join(words[:count]).lower()
    return " ".join([printed[:1].upper() + printed[1:], *(n for n in numeral if _NUMERAL.match(n))])


_ATTACHMENT_HEAD = re.compile(
    "^(?:" + "|".join(re.escape(name) for name in (*_TYPE_WORDS, "dinh kem")) + r")(?: (?:[ivxlc]+|\d+))*$"
)


def split_section_id(section_id: str) -> tuple[str | None, str]:
    """(attachment name, id inside it): `Quy chế.Điều 3.2` → (`Quy chế`, `Điều 3.2`); a section of
    the document itself → (None, its id)."""
    head, dot, local = section_id.partition(".")
    if dot and local and _ATTACHMENT_HEAD.match(fold(head)):
        return head, local
    return None, section_id


def find_attachments(lines: list[Line]) -> Iterator[Attachment]:
    """The attachments among `lines` (the body of a document, past its own title block)."""
    floor = 0
    after_recipients = False
    index = 0
    while index < len(lines):
        line = lines[index][1]
        if RECIPIENTS.match(line):
            after_recipients, floor = True, index + 1
        elif _anchor(lines, index, after_recipients):
            type_index = index if _is_type_line(line) else _type_above(lines, index, floor)
            if type_index is None and not after_recipients:
                index += 1
                continue
            if type_index is None:  # numbering restarts with no title block
                offset = lines[index][0]
                yield Attachment(offset, offset, offset, offset)
                after_recipients, floor = False, index
                index += 1
                continue
            last = _title_end(lines, type_index)
            head = _header_start(lines, type_index, floor)
            title_end = lines[last][0] + len(lines[last][1])
            body_start = lines[last + 1][0] if last + 1 < len(lines) else title_end
            yield Attachment(lines[head][0], lines[type_index][0], title_end, body_start)
            after_recipients, floor = False, last + 1
            index = last + 1
            continue
        index += 1



def document_attachments(text: str) -> tuple[Attachment, ...]:
    """The attachments of a cleaned document text: searched once, from the end of its header block
    (ingest.header.header_end) on. The footnote lines at the end of the text start with their
    marker, so none of them opens an attachment."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: header_end(lines)])
    return tuple(find_attachments(text_lines(text, min(start, len(text)))))
