"""Relations: how the citing document stands to each cited one (`cites`, `implements`, `amends`,
`replaces`, `based_on`), from the cue before the mention (`thực hiện`, `sửa đổi, bổ sung`, `thay
thế`, `căn cứ`), the contents it carries out (`các mục tiêu, nhiệm vụ ... đề ra tại`), a `Căn cứ`
line or heading, and the cue a coordinated sibling, a version note or an alias shares.
"""

import re

from policylink.ingest.footnotes import SUPERSCRIPT_DIGITS, anchor_pattern
from policylink.nlp.citation_mention import Mention, inside
from policylink.nlp.citation_patterns import ALIAS_BEFORE, ALIAS_CLAUSE, TYPE_ALTERNATION, VERSION_NOTE
from policylink.nlp.citation_tables import based_on_cells
from policylink.nlp.new_titles import new_document_titles

_CUES = (
    ("amends",
     r"(?:sửa đổi\s*,?\s*bổ sung|sửa đổi|bổ sung)(?:\s+một số (?:điều|điểm|khoản|nội dung)(?:\s+của)?)?"),
    ("replaces", r"thay thế|bãi bỏ|hủy bỏ|huỷ bỏ"),
    ("implements", r"thực hiện|triển khai|cụ thể hóa|cụ thể hoá"),
    ("based_on", r"căn cứ(?:\s+(?:vào|theo))?"),
)
# Words after a cue that start another phrase: the cue no longer governs what follows them.
_PART_WORD = r"(?:mục|điểm|khoản|điều|phần|chương|tiết)"
_FILLER_BREAK = (
    # `thay thế nội dung tại mục 3 Công văn số ...`: `tại` before a part of the document keeps the cue
    rf"(?:theo|tại(?!\s+{_PART_WORD}\s)|của|với|trong|về|được|đã|như|là|so|giữa|quán triệt|tuyên truyền"
    r"|phổ biến|học tập|bám sát|nghiên cứu)(?!\w)"
)
# a numbered part (`khoản 3, 4 Điều 5`), or an annex or list with or without its number (`tại Phụ lục`)
_PARTS = (
    rf"(?:\s+(?:tại\s+)?(?:{_PART_WORD}\s+[\w.]+(?:\s*,\s*[\w.]+)*|(?:phụ lục|danh mục)(?:\s+[IVX\d]+)?))"
)
_CUE_BEFORE = [
    # up to seven words between the cue and the document (`Bãi bỏ Điều 3 Nghị quyết ...`, `thực hiện
    # nghiêm túc, hiệu quả các Nghị quyết ...`), part references before or after them (`Bãi bỏ khoản 3
    # Điều 5 của Quyết định ...`), and the regulation a decision issued (`Sửa đổi khoản 2 Điều 4 Quy
    # định ban hành kèm theo Quyết định ...`)
    (relation, re.compile(
        rf"(?:{pattern}){_PARTS}*(?:,?\s+(?!{_FILLER_BREAK})\w+){{0,7}}(?:{_PARTS}+(?:\s+của)?)?"
        r"(?:\s+(?:được\s+)?(?:ban hành\s+)?kèm\s+theo)?\s*$",
        re.IGNORECASE))
    for relation, pattern in _CUES
]
# Before an amending or replacing cue, what shows that no amending document exists yet: a draft's
# type word (`dự thảo Nghị quyết thay thế ...`), or a duty to make the amendment or replacement
# (`rà soát, sửa đổi, bổ sung Quy chế ...`, `tham mưu thay thế Quyết định ...`; DECISIONS-3, -5).
# `khi có Quyết định thay thế ...` awaits a document; `tham mưu UBND tỉnh trình HĐND tỉnh sửa đổi, bổ
# sung ...` is a duty to propose one, whoever it is proposed to.
_NOT_YET_MADE_BEFORE_CUE = re.compile(
    rf"(?:(?:dự thảo|xây dựng|soạn thảo|ban hành|trình)\s+(?:{TYPE_ALTERNATION})"
    rf"|(?:khi|đến khi|chưa|chờ)\s+(?:có\s+)?(?:văn bản|{TYPE_ALTERNATION})(?:\s+mới)?"
    r"|(?:tham mưu|đề xuất|kiến nghị)(?:\s+(?!(?:đã|được)(?!\w))[^\s;:.()]+){1,8}?"
    r"\s+(?:trình\s+[^\s;:.()]+(?:\s+tỉnh)?)?"
    # `hoàn thiện sửa đổi, bổ sung ...`, `triển khai sửa đổi, bổ sung Luật ...`: the amendment is work to do
    r"|(?:rà soát|nghiên cứu|đề xuất|tham mưu|kiến nghị|xem xét|chuẩn bị|tiến hành|hoàn thiện|triển khai"
    r"|thực hiện|cần|phải|sẽ)"
    r"(?:\s*,|\s+và|\s+việc)?)\s*$",
    re.IGNORECASE,
)
# A decree or circular that details or guides a law carries it out: `Nghị định ... quy định chi tiết
# (thi hành) một số điều của Luật ...`, `Thông tư ... hướng dẫn thi hành Luật ...` (said of the
# enclosing citation, so only for a nested mention).
_DETAILS_CUE = re.compile(
    r"(?:quy định chi tiết|hướng dẫn|thi hành)(?:\s+(?:và\s+)?(?:hướng dẫn\s+)?thi hành)?"
    r"(?:\s+(?:một số|các)\s+(?:điều|nội dung|khoản)(?:\s+và\s+biện pháp(?:\s+thi hành)?)?)?(?:\s+của)?\s*$",
    re.IGNORECASE,
)
# `xây dựng Đề án là cần thiết nhằm cụ thể hóa ...`: a clause after the type word, no title of a new document
_CLAUSE_IN_TITLE = re.compile(r"\s(?:là|nhằm|để|góp phần)(?!\w)")
# `các nghị định`, `những thông tư`: a class of documents named by a plural and its type word
_CLASS_BEFORE = re.compile(rf"(?:các|những)\s+(?:{TYPE_ALTERNATION})\s*$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[;:.()\n]")
_BASED_ON_LINE = re.compile(r"(?:^|\n)\s*(?:[-+•]\s*)?Căn cứ(?!\w)[^\n]*$")
# `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH` and the bullets under it: each bullet is a `căn cứ` line.
_BASED_ON_HEADING = re.compile(
    r"^(?:[IVXLC]+\.|\d+\.)?[ \t]*(?:CĂN CỨ|Căn cứ)[^\n;.]{0,60}:?\n", re.MULTILINE
)
_BULLET_LINES = re.compile(r"(?:[ \t]*\n|[ \t]*[-+•][ \t][^\n]*(?:\n|$))*")
_CUE_WINDOW = 80
_CONTENT_WINDOW = 300
_IMPLEMENTS_CUE = re.compile(r"thực hiện|triển khai|cụ thể hóa|cụ thể hoá", re.IGNORECASE)
_CONTENT_NOUN = re.compile(
    r"quan điểm|mục tiêu|nhiệm vụ|giải pháp|nội dung|chủ trương|tinh thần|định hướng"
    r"|quy định(?= +(?:tại|của))"
)
# `Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số ...`: the direction given in the
# cited document is what is carried out (`kết quả thực hiện năm 2023 và chỉ đạo ... tại` is not).
_DIRECTION_CARRIED_OUT = re.compile(
    r"(?:thực hiện|triển khai)\s+(?:(?:ý kiến|văn bản)\s+)?chỉ đạo\s+(?:của\s+[^;:.()\n]{1,80}?\s+)?tại\s*$",
    re.IGNORECASE,
)
# The content noun is the object of the cue: only modifiers stand between them (`triển khai thực
# hiện có hiệu quả các mục tiêu, ...`); in `thực hiện thủ tục chấp thuận chủ trương đầu tư theo ...`
# the object is `thủ tục`, and the law is only what the procedure follows (DECISIONS-4).
_CUE_MODIFIER = (
    r"(?:các|những|toàn bộ|đầy đủ|có hiệu quả|hiệu quả|tốt|nghiêm túc|nghiêm|đồng bộ|kịp thời|thắng lợi"
    r"|quyết liệt|thực hiện|triển khai|tiếp tục)"
)
_CONTENT_OBJECT = re.compile(rf"(?:\s*,?\s+{_CUE_MODIFIER}(?!\w))*\s*,?\s+(?:{_CONTENT_NOUN.pattern})(?!\w)")
# `thực hiện các nhiệm vụ, giải pháp theo Nghị quyết ...`: what is done `theo` a document only follows it
_CONTENT_LINK = re.compile(r"(?:của|tại|trong)\s*$")
# `Đề án ... được phê duyệt tại Quyết định số ...`: the document that approved or issued the one
# just cited is carried out as that one is.
_ISSUED_IN = re.compile(  # also in brackets: `Đề án ... (được phê duyệt tại Quyết định số ...)`
    r"[ \t]*[,(]?[ \t]*(?:đã[ \t]+)?(?:được[ \t]+)?(?:phê duyệt|ban hành)(?:[ \t]+kèm theo)?"
    r"(?:[ \t]+(?:tại|theo)|(?<=kèm theo))[ \t]+",
    re.IGNORECASE,
)
# `A và B`, `A; B`, `A (về ...), B`: what may stand between two coordinated citations.
# A tab ends a table cell: the next cell's document is no sibling of a list (R30).
_COORDINATION = re.compile(r" *(?:\([^()\n\t]*\))? *\)? *[,;]? *(?:và +)?(?:(?:các|những) +)?")


# `thay thế các Quyết định: số 10/2019/QĐ-UBND ...; số 22/2020/QĐ-UBND ...`: the numbers after a colon
# share the type word before it, and the cue before that word (R32)
_SHARED_TYPE_HEAD = re.compile(
    rf"(?:các|những)\s+(?:{TYPE_ALTERNATION})[^;:.()\n]{{0,80}}:\s*$", re.IGNORECASE
)


def _clause_before(text: str, mention: Mention, width: int) -> str:
    """The text before `mention` back to the start of its clause (and not before its parent's subject);
    for a number listed after `các <type word> ...:`, the clause of that type word."""
    floor = (mention.parent.subject_start or 0) if mention.parent else 0
    start = mention.start
    listed = text.startswith("số", start)
    if listed and (head := _SHARED_TYPE_HEAD.search(text, max(floor, start - width), start)) is not None:
        start = head.start()
    before = text[max(floor, start - width) : start]
    return _CLAUSE_START.split(before)[-1]


def _based_on_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the bullet lists under a `Căn cứ ...` heading."""
    blocks = []
    for heading in _BASED_ON_HEADING.finditer(text):
        bullets = _BULLET_LINES.match(text, heading.end())
        if bullets is not None and bullets.end() > heading.end():
            blocks.append((heading.end(), bullets.end()))
    return blocks


# `Điều 1. Bổ sung các cửa khẩu sau vào danh sách ... nêu tại Điều 2 Nghị quyết số ...`: an article that
# adds entries to a list of a cited document changes that document (R33).
_ADDS_INTO = re.compile(
    r"^[ \t]*(?:Điều[ \t]+\d+[.:][ \t]*)?(?:\d+[.)][ \t]*)?Bổ sung[ \t][^;:\n]*?[ \t]vào[ \t][^;:\n]*$",
    re.MULTILINE,
)


# `Thay thế cụm từ "..." bằng cụm từ "..." tại Điều 2 Quyết định số ...`: words of the document are
# replaced, which amends it (R34)
_WORDS_REPLACED = re.compile(
    r"(?<!\w)(?:thay thế|bãi bỏ|bỏ)\s+(?:các\s+|một số\s+)?(?:cụm từ|từ ngữ)(?!\w)[^;\n]*$", re.IGNORECASE
)


def _relation(
    text: str,
    mention: Mention,
    mentions: list[Mention],
    based_on_blocks: list[tuple[int, int]],
    new_titles: list[tuple[int, int]],
) -> str:
    if mention.parent is None and inside(mention.start, based_on_blocks):
        return "based_on"
    line_start = text.rfind("\n", 0, mention.start) + 1
    if mention.parent is None and _WORDS_REPLACED.search(text, line_start, mention.start):
        return "amends"
    near = _clause_before(text, mention, _CUE_WINDOW)
    if mention.parent is not None and (details := _DETAILS_CUE.search(near)) is not None:
        # `sửa đổi ... các nghị định quy định chi tiết thi hành Luật Đất đai`: a class of detailing
        # documents is what details the law, not the enclosing one (R41)
        return "cites" if _CLASS_BEFORE.search(near, 0, details.start()) else "implements"
    for relation, cue in _CUE_BEFORE:
        if (found := cue.search(near)) is None:
            continue
        # `dự thảo Nghị quyết thay thế Nghị quyết số 01-NQ/HU`: a document still to be made
        # does not yet replace or amend anything.
        cue_start = mention.start - len(near) + found.start()
        if relation in ("amends", "replaces") and _not_yet_made(text, cue_start, new_titles):
            return "cites"
        # `xây dựng Kế hoạch triển khai Nghị quyết số ...`: the cue is said in the title of a document
        # still to be made, which carries nothing out yet (R39, DECISIONS-3); in a cited document's
        # subject (`Nghị quyết số ... ban hành Kế hoạch thực hiện ...`) that plan exists
        if relation == "implements" and mention.parent is None and _in_new_title(text, cue_start, new_titles):
            return "cites"
        return relation
    if mention.parent is None and _ADDS_INTO.search(text, line_start, mention.start):
        return "amends"
    # `triển khai thực hiện ... các mục tiêu, nhiệm vụ ... đề ra tại Nghị quyết ...`: the contents of
    # the cited document are what is carried out (nouns inside an earlier citation's name do not count).
    clause = _clause_before(text, mention, _CONTENT_WINDOW)
    if _DIRECTION_CARRIED_OUT.search(clause):
        return "implements"
    clause_start = mention.start - len(clause)
    if _CONTENT_LINK.search(clause):
        floor = max([m.name_end - clause_start for m in mentions
                     if clause_start <= m.start and m.name_end <= mention.start], default=0)
        # the last cue governs: in `thực hiện nhiệm vụ ... và thực hiện trình tự ... tại` it is `trình tự`
        for implements in list(_IMPLEMENTS_CUE.finditer(clause))[-1:]:
            content = _CONTENT_OBJECT.match(clause, implements.end())
            if content is not None and content.end() > floor:
                return "implements"
    if mention.parent is None and _BASED_ON_LINE.search(text[max(0, mention.start - 400) : mention.start]):
        return "based_on"
    return "cites"


def _in_new_title(text: str, cue_start: int, new_titles: list[tuple[int, int]]) -> bool:
    """Does the cue at `cue_start` stand in the title of a document still to be made?"""
    return any(start < cue_start < end and not _CLAUSE_IN_TITLE.search(text, start, cue_start)
               for start, end in new_titles)


def _not_yet_made(text: str, cue_start: int, new_titles: list[tuple[int, int]]) -> bool:
    """Is the amending or replacing cue at `cue_start` said of a document still to be made? Its
    subject is a draft or one of the `new_titles` (`Ban hành Quy chế ... thay thế Quyết định số ...`),
    or the cue is a duty (`rà soát, sửa đổi, bổ sung ...`)."""
    if _NOT_YET_MADE_BEFORE_CUE.search(text, max(0, cue_start - _CUE_WINDOW), cue_start):
        return True
    return any(start < cue_start < end for start, end in new_titles)


# `2. Bãi bỏ các Nghị quyết sau:` and its items `a) Nghị quyết số ...`: each item is replaced (or
# amended) as the line above says.
# The items may also follow the colon on its own line: `Bãi bỏ các Nghị quyết ...: a) ...; b) ...`; and a
# head that ends the listed documents in force (`Các văn bản sau hết hiệu lực kể từ ngày ...:`) repeals
# them (R31), unless they already had (`đã hết hiệu lực`).
_ITEM_MARK = r"(?:[a-zđ]\)|[-+•]|\d+[.)])[ \t]"
_CUE_LIST_HEAD = re.compile(
    r"^[^\n]*?(?P<cue>sửa đổi\s*,?\s*bổ sung|thay thế|bãi bỏ|(?<!đã )(?:hết|không còn) hiệu lực)"
    rf"[^\n:;.]{{0,80}}:[ \t]*(?:\n|(?P<inline>(?={_ITEM_MARK})))",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_ITEMS = re.compile(rf"(?:[ \t]*{_ITEM_MARK}[^\n]*(?:\n|$))*")


def _cue_lists(text: str) -> list[tuple[int, int, str]]:
    """Spans of the items listed under a line that amends or replaces `các ... sau:`, with the relation."""
    lists = []
    for head in _CUE_LIST_HEAD.finditer(text):
        relation = "amends" if head["cue"].lower().startswith("sửa") else "replaces"
        if head["inline"] is not None:
            line_end = text.find("\n", head.end())
            lists.append((head.end(), len(text) if line_end < 0 else line_end, relation))
            continue
        items = _LIST_ITEMS.match(text, head.end())
        if items is not None and items.end() > head.end():
            lists.append((head.end(), items.end(), relation))
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
    for relation, pattern in _CUES
]


def _footnote_relations(original: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    """A document listed in a footnote is cited as the clause its anchor ends says: the footnote to
    `Thực hiện các kế hoạch ...¹` lists plans the citing document carries out."""
    result = list(relations)
    for line, anchor in _footnotes(original):
        clause = _CLAUSE_START.split(original[max(0, anchor.start() - _CUE_WINDOW * 2) : anchor.start()])[-1]
        relation = next((r for r, cue in _CUE_TO_ANCHOR if cue.search(clause)), None)
        for i, mention in enumerate(mentions):
            inside_note = line.start() <= mention.start < line.end() and mention.parent is None
            if relation and inside_note and result[i] == "cites":
                result[i] = relation
    return result


def _coordinated_relations(text: str, mentions: list[Mention], relations: list[str],
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
        if shares or (result[i] == "cites" and _COORDINATION.fullmatch(gap)):
            result[i] = result[previous]
    return result


# `Quyết định số X ... hết hiệu lực kể từ ngày Quyết định này có hiệu lực`: the citing document ends X,
# as a repeal does (R31); said of the documents its sentence opens with, not of those in their subjects.
_ENDS_IN_FORCE = re.compile(
    r"\s(?:hết|không còn)\s+hiệu lực(?:\s+thi hành)?\s+(?:kể\s+)?từ\s+(?:ngày|khi)(?!\w)", re.IGNORECASE
)


def _ended_relations(text: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    result = list(relations)
    for ends in _ENDS_IN_FORCE.finditer(text):
        sentence_start = max(text.rfind("\n", 0, ends.start()), text.rfind(". ", 0, ends.start())) + 1
        for i, mention in enumerate(mentions):
            if mention.parent is None and sentence_start <= mention.start < ends.start():
                result[i] = "replaces"
    return result


def _aliases(text: str, mentions: list[Mention]) -> set[int]:
    """The indices of the mentions that are aliases (`sau đây gọi tắt là Nghị quyết 18`) of another."""
    return {i for i, m in enumerate(mentions)
            if m.referent in mentions and ALIAS_BEFORE.search(text, 0, m.start) is not None}


def _alias_relations(mentions: list[Mention], relations: list[str], aliases: set[int]) -> list[str]:
    """An alias is cited as its referent is."""
    result = list(relations)
    for i in sorted(aliases):
        result[i] = result[mentions.index(mentions[i].referent)]
    return result


# `Luật A được sửa đổi, bổ sung bởi Luật số B` (not in brackets, which is a version note): B amends A.
_AMENDED_BY = re.compile(
    r"(?:đã\s+)?được\s+(?:sửa đổi\s*,?\s*bổ sung|sửa đổi|bổ sung)(?:\s+một số (?:điều|khoản|điểm))?"
    r"\s+(?:bởi|tại|theo)\s+$",
    re.IGNORECASE,
)
_AMENDED_BY_WIDTH = 80


def _amended(text: str, mentions: list[Mention], b: Mention, phrase_start: int) -> Mention | None:
    """The document `A` of `A được sửa đổi, bổ sung bởi B`: the mention that ends just before the
    phrase, else the one whose subject holds it; where that one is of another type than B, the nearest
    enclosing mention of B's type (`Nghị định A ... thi hành Luật X được sửa đổi ... bởi Nghị định B`:
    a decree amends a decree, not a law; R28)."""
    before = [m for m in mentions if m is not b and m.end <= phrase_start
              and not text[m.end : phrase_start].strip(" ,")]
    holding = b.parent if b.parent is not None and b.parent.start < phrase_start else None
    a = before[-1] if before else holding
    if a is None:
        return None
    kind = b.doc_type.split()[0]
    enclosing = a
    while enclosing is not None and enclosing.doc_type.split()[0] != kind:
        enclosing = enclosing.parent
    return enclosing or a


def amended_later(text: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    """`A được sửa đổi, bổ sung bởi B`: A is cited by B, which amends it (A's parent becomes B, A's
    subject stops before the phrase), and B is cited as A was, from where A stands. Returns the
    relations; parents and spans are set in place."""
    result = list(relations)
    for j, b in enumerate(mentions):
        phrase = _AMENDED_BY.search(text, max(0, b.start - _AMENDED_BY_WIDTH), b.start)
        if phrase is None or text[: phrase.start()].rstrip(" ,").endswith("("):
            continue
        a = _amended(text, mentions, b, phrase.start())
        if a is None or a is b:
            continue
        i = mentions.index(a)
        if a.end > phrase.start():
            a.end = len(text[: phrase.start()].rstrip(" ,"))
        b.parent, a.parent = a.parent, b
        result[j], result[i] = result[i], "amends"
    return result


# A quotation: `“...”` or `"..."`, over lines (a new article quoted whole); a quoted title right after its
# type word (`Đề án “...”`) or an alias (`gọi tắt là “...”`) is no quotation of another text.
# Straight quotes have no direction: over lines only where the quotation opens a line or follows a colon
# (a quoted article), so that a stray `"` does not pair with one far away.
_QUOTATION = re.compile(
    r"“[^”]{1,3000}”|(?:^|(?<=:))[ \t]*\"[^\"]{1,3000}\"|(?<![\w\"])\"[^\"\n]{1,500}\"", re.MULTILINE
)
_TITLE_OR_ALIAS_BEFORE = re.compile(rf"(?:(?:{TYPE_ALTERNATION})|{ALIAS_CLAUSE})\s*$", re.IGNORECASE)


def _quoted_relations(text: str, mentions: list[Mention], relations: list[str]) -> list[str]:
    """A document named inside quoted text (`Sửa đổi Điều 13 như sau: "... Luật Đất đai năm 2024 ..."`,
    `giao "... theo Kế hoạch số ..."`) is cited by the citing document, whatever cue the quotation
    reproduces (R36): `cites`. A mention nested in another (a quoted title in a cited document's
    subject, a decree's law inside the quotation) keeps its relation."""
    result = list(relations)
    for quote in _QUOTATION.finditer(text):
        if _TITLE_OR_ALIAS_BEFORE.search(text, max(0, quote.start() - 40), quote.start()):
            continue
        for i, mention in enumerate(mentions):
            if quote.start() < mention.start < quote.end() and mention.parent is None:
                result[i] = "cites"
    return result


def relations(text: str, mentions: list[Mention], original: str | None = None) -> list[str]:
    """The relation of each of `mentions` (parents attached), in their order; `original` is the text
    with its footnote markers (`text` has them blanked). A footnote giving a subject nests its
    documents here (parents set in place)."""
    if original:
        nest_footnote_subjects(text, original, mentions)
    blocks, new_titles = _based_on_blocks(text) + based_on_cells(text), new_document_titles(text)
    own = [_relation(text, m, mentions, blocks, new_titles) for m in mentions]
    for start, end, relation in _cue_lists(text):
        own = [relation if m.parent is None and start <= m.start < end and r == "cites" else r
               for m, r in zip(mentions, own, strict=True)]
    aliases = _aliases(text, mentions)
    shared = _coordinated_relations(text, mentions, own, aliases)
    noted = _footnote_relations(original, mentions, shared) if original else shared
    aliased = _alias_relations(mentions, _ended_relations(text, mentions, noted), aliases)
    return _quoted_relations(text, mentions, aliased)
