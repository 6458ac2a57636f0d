"""Relations one mention passes to others: the items of a list under an amending or replacing line,
the documents of a footnote, coordinated siblings and version notes, an alias and its referent, the
documents a sentence ends in force (R31), and quoted text, where every document is only cited (R36).
"""

import re

from policylink.ingest.footnotes import SUPERSCRIPT_DIGITS, anchor_pattern
from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_patterns import (
    ALIAS_BEFORE,
    ALIAS_CLAUSE,
    CLAUSE_START,
    CUE_WINDOW,
    RELATION_CUES,
    TYPE_ALTERNATION,
    VERSION_NOTE,
)

# `Đề án ... được phê duyệt tại Quyết định số ...`: the document that approved or issued the one
# just cited is carried out as that one is.
_ISSUED_IN = re.compile(  # also in brackets: `Đề án ... (được phê duyệt tại Quyết định số ...)`
    r"[ \t]*[,(]?[ \t]*(?:đã[ \t]+)?(?:được[ \t]+)?(?:phê duyệt|ban hành)(?:[ \t]+kèm theo)?"
    r"(?:[ \t]+(?:tại|theo)|(?<=kèm theo))[ \t]+",
    re.IGNORECASE,
)
# `A và B`, `A; B`, `A (về ...), B`: what may stand between two coordinated citations.
# A tab ends a table cell: the next cell's document is no sibling of a list (R30).
# `... của Luật A và Điều 77 Luật B`: a part of the next document may open the next item.
# `Chỉ thị số A ... về "..."; Chỉ thị số B`: a quoted subject is the previous document's (its mention stops
# before the quotation), so it may stand first in the gap.
_COORDINATION = re.compile(
    r" *(?:[“\"][^”\"\n\t;]{1,300}[”\"])?"
    r" *(?:\([^()\n\t]*\))? *\)? *[,;]? *(?:(?i:và) +)?(?:(?:các|những) +)?"
    r"(?:(?:Điều|khoản|điểm) +\d+[a-zđ]?(?: +(?:Điều|khoản) +\d+)* +(?:của +)?)?"
)


# `2. Bãi bỏ các Nghị quyết sau:` and its items `a) Nghị quyết số ...`: each item is replaced (or
# amended) as the line above says.
# The items may also follow the colon on its own line: `Bãi bỏ các Nghị quyết ...: a) ...; b) ...`; and a
# head that ends the listed documents in force (`Các văn bản sau hết hiệu lực kể từ ngày ...:`) repeals
# them (R31), unless they already had (`đã hết hiệu lực`). A cue whose object is documents in the plural
# (`các văn bản`, `các quyết định`) may describe them at length (`Bãi bỏ các văn bản do ... ban hành trong
# lĩnh vực ..., cụ thể như sau:`), and as an article's heading needs no colon (`Điều 1. Bãi bỏ toàn bộ các
# quyết định` over its numbered items); an article amending provisions (`Điều 1. Sửa đổi, bổ sung một số
# điều của Quy định ... như sau:`) lists changed provisions, not documents.
_ITEM_MARK = r"(?:[a-zđ]\)|[-+•]|\d+[.)])[ \t]"
_CUE_LIST_HEAD = re.compile(
    r"^(?:(?P<article>[ \t]*Điều[ \t]+\d+[.:][ \t]*)|[^\n]*?)"
    r"(?P<cue>sửa đổi\s*,?\s*bổ sung|thay thế|bãi bỏ|(?<!đã )(?:hết|không còn) hiệu lực)"
    rf"(?P<plural>\s+(?:toàn bộ\s+|một số\s+)?(?:các|những)\s+(?:văn bản|{TYPE_ALTERNATION})(?!\w))?"
    rf"[^\n:;.]{{0,200}}?(?:(?P<colon>:)[ \t]*(?:\n|(?P<inline>(?={_ITEM_MARK})))|[ \t]*\n)",
    re.IGNORECASE | re.MULTILINE,
)
_SHORT_HEAD = 80  # characters from the cue to the colon of a head whose object is not documents in the plural
# An item runs on over the lines its text wraps to, until a line ends it (`;`, `.`, `:`) or a line opens an
# item, an article or a chapter; a page number printed between two items (`2` alone on its line) ends no list.
_ITEM_LINE = rf"(?![ \t]*(?:{_ITEM_MARK}|Điều[ \t]+\d|Chương[ \t]))[^\n]*"
_LIST_ITEMS = re.compile(
    rf"(?:(?:[ \t]*\d{{1,3}}[ \t]*\n(?=[ \t]*{_ITEM_MARK}))?[ \t]*{_ITEM_MARK}[^\n]*"
    rf"(?:(?<![;.:])\n{_ITEM_LINE})*(?:\n|$))*"
)


def _quoted(before: str) -> bool:
    """Does a quotation opened in `before` still run (`Tại cột “Tên văn bản quy định nội dung sửa đổi ...”`:
    the cue is a quoted label's word)?"""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def cue_lists(text: str) -> list[tuple[int, int, str, int]]:
    """Spans of the items listed under a line that amends or replaces `các ... sau:`, with the relation
    and where the head's cue stands."""
    lists = []
    for head in _CUE_LIST_HEAD.finditer(text):
        short = head["colon"] is not None and head.start("colon") - head.end("cue") <= _SHORT_HEAD
        if not (short or head["plural"] and (head["colon"] or head["article"])):
            continue
        if _quoted(text[head.start() : head.start("cue")]):
            continue
        relation = "amends" if head["cue"].lower().startswith("sửa") else "replaces"
        if head["inline"] is not None:
            line_end = text.find("\n", head.end())
            lists.append((head.end(), len(text) if line_end < 0 else line_end, relation, head.start("cue")))
            continue
        items = _LIST_ITEMS.match(text, head.end())
        if items is not None and items.end() > head.end():
            lists.append((head.end(), items.end(), relation, head.start("cue")))
    return lists


_FOOTNOTE_LINE = re.compile(
    rf"^(?P<marker>[{SUPERSCRIPT_DIGITS}]+|\[\d{{1,3}}\]|\(\d{{1,3}}\))[ \t]*(?P<note>\S[^\n]*)$",
    re.MULTILINE,
)
# `[3] Về kết quả thực hiện Kết luận số ...`: a footnote that gives the subject of the document its
# anchor follows, not a list of documents (R37).
_SUBJECT_NOTE = re.compile(r"(?:Về|V/v)\s", re.IGNORECASE)


def _footnotes(original: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """Each footnote line with its anchor in the running text before it."""
    found = []
    for line in _FOOTNOTE_LINE.finditer(original):
        anchor = anchor_pattern(line["marker"]).search(original, 0, line.start())
        if anchor is not None:
            found.append((line, anchor))
    return found


def nest_footnote_subjects(text: str, original: str, mentions: list[Mention]) -> None:
    """`Báo cáo số 2554/BC-TTCP ...[3]` with `[3] Về kết quả thực hiện Kết luận số 77-KL/TW`: the
    footnote is the report's subject, so its documents nest in the report (set in place) and take
    their own cue (R37)."""
    for line, anchor in _footnotes(original):
        if not _SUBJECT_NOTE.match(line["note"]):
            continue
        anchored = [m for m in mentions if m.parent is None and m.start < anchor.start()
                    and (anchor.start() <= m.end or not text[m.end : anchor.start()].strip())]
        if not anchored:
            continue
        for mention in mentions:
            if mention.parent is None and line.start() <= mention.start < line.end():
                mention.parent = anchored[-1]
# A cue and the words up to a footnote anchor: `Thực hiện các kế hoạch của Ủy ban nhân dân tỉnh¹`; a
# passive cue is said of another document (`..., được cụ thể hóa trong các văn bản của Tỉnh ủy¹`).
_CUE_TO_ANCHOR = [
    (relation, re.compile(rf"(?<!được )(?:{pattern})(?:\s+[^\s;:.()]+){{0,20}}\s*$", re.IGNORECASE))
    for relation, pattern in RELATION_CUES
]


def footnote_relations(original: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    """A document listed in a footnote is cited as the clause its anchor ends says: the footnote to
    `Thực hiện các kế hoạch ...¹` lists plans the citing document carries out."""
    result = list(relations)
    for line, anchor in _footnotes(original):
        clause = CLAUSE_START.split(original[max(0, anchor.start() - CUE_WINDOW * 2) : anchor.start()])[-1]
        relation = next((r for r, cue in _CUE_TO_ANCHOR if cue.search(clause)), None)
        for i, mention in enumerate(mentions):
            inside_note = line.start() <= mention.start < line.end() and mention.parent is None
            if relation and inside_note and result[i] == "cites":
                result[i] = relation
    return result


def coordinated_relations(text: str, mentions: list[Mention], relations: list[str],
                           aliases: set[int]) -> list[str]:
    """`Thực hiện A và B`, `Thực hiện A; B; C`: a citation listed right after its previous sibling
    (same enclosing citation) shares that sibling's cue, as does the amending document of a version
    note (`A (được sửa đổi, bổ sung tại B)`). An alias (`aliases`, by index) is cited as its referent,
    not as a sibling of a list."""
    result = list(relations)
    for i, mention in enumerate(mentions):
        siblings = [j for j in range(i) if mentions[j].parent is mention.parent and j not in aliases]
        if not siblings:
            continue
        previous = siblings[-1]
        gap = text[mentions[previous].end : mention.start]
        # the note's own `sửa đổi` is no cue of the citing document
        shares = VERSION_NOTE.fullmatch(gap) or (result[i] == "cites" and _ISSUED_IN.fullmatch(gap))
        if shares or (result[i] == "cites" and (
                _COORDINATION.fullmatch(gap) or _same_type_after_subject(gap, mentions[previous], mention)
                or (result[previous] == "based_on" and _bases_between(gap)))):
            result[i] = result[previous]
    return result


# `căn cứ Luật A và Nghị định B; quy định về chức năng, nhiệm vụ ...; Quy chế C và ...`: `căn cứ` governs the
# bases it lists between semicolons, documents or not, until a new lead word opens an item (DECISIONS-4,
# DECISIONS-8): a cue, or an adverbial that is none (`theo`, `trên cơ sở`, `bám sát`, `quán triệt`).
_BASIS_ITEMS = re.compile(r" *;(?: *[^;:.()\n\t]{1,200};)+ *(?:(?:các|những) +)?")
_LEAD_WORD = re.compile(rf" *(?:{'|'.join(pattern for _, pattern in RELATION_CUES)}"
                        r"|theo|trên cơ sở|bám sát|quán triệt|tại|để|nhằm)(?!\w)", re.IGNORECASE)


def _bases_between(gap: str) -> bool:
    """Whether `gap` only lists bases of no document between semicolons, none opened by a lead word."""
    return _BASIS_ITEMS.fullmatch(gap) is not None and not any(
        _LEAD_WORD.match(item) for item in gap.split(";")[1:-1])


# `thay thế Quyết định số A ngày ... của UBND tỉnh phân cấp ... và Quyết định số B`: a document of the
# previous one's type joined by `và` or a comma after words no subject was read from (no clause break, no cue)
_AFTER_SUBJECT = re.compile(r"[^;:.()\n\t]{1,300}?(?:,? +và|,) +(?:các +)?")
_ANY_CUE = re.compile("|".join(pattern for _, pattern in RELATION_CUES), re.IGNORECASE)


def _same_type_after_subject(gap: str, previous: Mention, mention: Mention) -> bool:
    return (previous.doc_type == mention.doc_type and previous.subject_start is None
            and _AFTER_SUBJECT.fullmatch(gap) is not None and _ANY_CUE.search(gap) is None)


# `Quyết định số X ... hết hiệu lực (toàn bộ) kể từ ngày Quyết định này có hiệu lực`: the citing document
# ends X, as a repeal does (R31); said of the documents its sentence opens with, not of those in their
# subjects. `X còn hiệu lực đối với ... . Các nội dung khác hết hiệu lực kể từ ngày ...` ends the rest of X,
# which counts as ending it (R31): a sentence about `the other contents` is said of the one before it.
_ENDS_IN_FORCE = re.compile(
    r"\s(?:hết|không còn)\s+hiệu lực(?:\s+(?:toàn bộ|một phần))?(?:\s+thi hành)?"
    r"\s+(?:kể\s+)?từ\s+(?:ngày|khi)(?!\w)",
    re.IGNORECASE,
)
_THE_REST = re.compile(
    r"\s*(?:các|những)\s+(?:nội dung|quy định|điều khoản|phần)\s+(?:khác|còn lại)", re.IGNORECASE
)


# `Các thủ tục ... đã công bố tại các Quyết định số A ...;` / `Quyết định số B ...;` / `... hết hiệu lực
# ...`: a sentence whose list of documents the text breaks into lines, each closed by `;` (no items of their
# own, which a dash, number or letter opens)
_ITEM_MARK = re.compile(r"[ \t]*(?:[-+•]|\d+[.)]|[a-zđ]\))")


def _listed_lines_start(text: str, start: int) -> int:
    """The start of the lines closed by `;` that run on into the line starting at `start`."""
    while start > 0 and text[start - 1] == "\n":
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start - 1]
        if not line.rstrip().endswith(";") or _ITEM_MARK.match(line):
            break
        start = previous
    return start


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts on its line (after `. `; a line start otherwise)."""
    return max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1


def ended_relations(text: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    result = list(relations)
    for ends in _ENDS_IN_FORCE.finditer(text):
        sentence_start = _sentence_start(text, ends.start())
        if text[sentence_start - 1 : sentence_start] == "." and _THE_REST.match(text, sentence_start):
            sentence_start = _sentence_start(text, sentence_start - 1)
        sentence_start = _listed_lines_start(text, sentence_start)
        for i, mention in enumerate(mentions):
            if mention.parent is None and sentence_start <= mention.start < ends.start():
                result[i] = "replaces"
    return result


def aliases(text: str, mentions: list[Mention]) -> set[int]:
    """The indices of the mentions that are aliases (`sau đây gọi tắt là Nghị quyết 18`) of another."""
    return {i for i, m in enumerate(mentions)
            if m.referent in mentions and ALIAS_BEFORE.search(text, 0, m.start) is not None}


def alias_relations(mentions: list[Mention], relations: list[str], aliases: set[int]) -> list[str]:
    """An alias is cited as its referent is."""
    result = list(relations)
    for i in sorted(aliases):
        result[i] = result[mentions.index(mentions[i].referent)]
    return result


# A quotation: `“...”` or `"..."`, over lines (a new article quoted whole); a quoted title right after its
# type word (`Đề án “...”`) or an alias (`gọi tắt là “...”`) is no quotation of another text.
# Straight quotes have no direction: over lines only where the quotation opens a line or follows a colon
# (a quoted article), so that a stray `"` does not pair with one far away.
# A quoted chapter or section (`“Chương IV` opening a line ... `”.` closing one) may run far longer.
_QUOTATION = re.compile(
    r"^“(?=(?:Chương|Mục|Điều)\s)[^“”]{3000,30000}”(?=\.?$)"
    r"|“[^”]{1,3000}”|(?:^|(?<=:))[ \t]*\"[^\"]{1,3000}\"|(?<![\w\"])\"[^\"\n]{1,500}\"", re.MULTILINE
)
_TITLE_OR_ALIAS_BEFORE = re.compile(rf"(?:(?:{TYPE_ALTERNATION})|{ALIAS_CLAUSE})\s*$", re.IGNORECASE)


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted text that reproduces other wording (no quoted title or alias)."""
    return [(quote.start(), quote.end()) for quote in _QUOTATION.finditer(text)
            if not _TITLE_OR_ALIAS_BEFORE.search(text, max(0, quote.start() - 40), quote.start())]


# `... của UBND tỉnh về “Triển khai Nghị quyết số ...”`: a quotation opening a cited document's subject is
# its title
_SUBJECT_BEFORE = re.compile(r"(?<!\w)về(?:\s+việc)?\s*$", re.IGNORECASE)


def quoted_relations(text: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    """A document named inside quoted text (`Sửa đổi Điều 13 như sau: "... Luật Đất đai năm 2024 ..."`,
    `giao "... theo Kế hoạch số ..."`, `Khoản 2 Điều 3 của Thông tư số A quy định: “... Nghị định số B ...
    thi hành Luật C”`) is cited by the citing document, whatever cue the quotation reproduces and whatever
    document it stands in (R36): `cites`, unnested (parents set in place). A quoted title (the quotation
    opens with the document's type word, `ban hành “Quy chế ...”`, or a cited document's subject, `về
    “Triển khai Nghị quyết ...”`) is a name, no quoted text: what nests in it keeps its nesting and
    relation."""
    result = list(relations)
    for start, end in quotations(text):
        quoted = [i for i, m in enumerate(mentions) if start < m.start < end]
        title = _SUBJECT_BEFORE.search(text, max(0, start - 20), start) is not None or any(
            not text[start + 1 : mentions[i].start].strip() for i in quoted)
        for i in quoted:
            if not title:
                mentions[i].parent = None
            if mentions[i].parent is None:
                result[i] = "cites"
    return result
