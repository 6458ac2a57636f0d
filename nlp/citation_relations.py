"""Relations: how the citing document stands to each cited one (`cites`, `implements`, `amends`,
`replaces`, `based_on`), from the cue before the mention (`thực hiện`, `sửa đổi, bổ sung`, `thay
thế`, `căn cứ`), the contents it carries out (`các mục tiêu, nhiệm vụ ... đề ra tại`), a `Căn cứ`
line or heading; then the cues other mentions pass on (`citation_shared_relations`).
"""

import re

from policylink.nlp.citation_details import amended_list_type
from policylink.nlp.citation_mention import Mention, inside
from policylink.nlp.citation_patterns import (
    CLAUSE_START,
    CUE_WINDOW,
    PERIOD_NAMED_TYPES,
    RELATION_CUES,
    TYPE_ALTERNATION,
)
from policylink.nlp.citation_shared_relations import (
    alias_relations,
    aliases,
    coordinated_relations,
    cue_lists,
    ended_relations,
    footnote_relations,
    nest_footnote_subjects,
    quoted_relations,
)
from policylink.nlp.citation_tables import based_on_cells, based_on_notes
from policylink.nlp.new_titles import new_document_titles

# Words after a cue that start another phrase: the cue no longer governs what follows them.
_PART_WORD = r"(?:mục|điểm|khoản|điều|phần|chương|tiết)"
_FILLER_BREAK = (
    # `thay thế nội dung tại mục 3 Công văn số ...`: `tại` before a part of the document keeps the cue
    rf"(?:theo|tại(?!\s+{_PART_WORD}\s)|của|với|trong|về|được|đã|như|là|so|giữa|quán triệt|tuyên truyền"
    r"|phổ biến|học tập|bám sát|nghiên cứu)(?!\w)"
)
# a numbered part (`khoản 3, 4 Điều 5`), or an annex or list with or without its number (`tại Phụ lục`);
# parts listed with `và` or a comma (`điểm a và điểm b khoản 1 Điều 3, khoản 1 Điều 4`) run on
_PARTS = (
    rf"(?:(?:\s*,|\s+và)?\s+(?:tại\s+)?(?:{_PART_WORD}\s+[\w.]+(?:\s*,\s*[\w.]+)*"
    r"|(?:phụ lục|danh mục)(?:\s+[IVX\d]+)?))"
)
# the part references right before a mention, which do not count towards the cue's window
_PARTS_RUN = re.compile(rf"(?:{_PARTS})+(?:\s+của)?\s*$", re.IGNORECASE)
_PARTS_RUN_REACH = 240
_CUE_BEFORE = [
    # up to seven words between the cue and the document (`Bãi bỏ Điều 3 Nghị quyết ...`, `thực hiện
    # nghiêm túc, hiệu quả các Nghị quyết ...`), part references before or after them (`Bãi bỏ khoản 3
    # Điều 5 của Quyết định ...`), and the regulation a decision issued, its parts' owner after `của` too
    # (`Sửa đổi khoản 2 Điều 4 (của) Quy định ban hành kèm theo Quyết định ...`)
    # A comma printed right after the cue (`Thực hiện, Luật ...`) leaves it governing the document.
    (relation, re.compile(
        rf"(?:{pattern})(?:\s*,(?=\s*$)|(?:{_PARTS}+\s+của)?{_PARTS}*(?:,?\s+(?!{_FILLER_BREAK})\w+){{0,7}}"
        rf"(?:{_PARTS}+(?:\s+của)?)?"
        r"(?:\s+(?:được\s+)?(?:ban hành\s+)?kèm\s+theo)?)\s*$",
        re.IGNORECASE))
    for relation, pattern in RELATION_CUES
]
# Before an amending or replacing cue, what shows that no amending document exists yet: a draft's
# type word (`dự thảo Nghị quyết thay thế ...`), or a duty to make the amendment or replacement
# (`rà soát, sửa đổi, bổ sung Quy chế ...`, `tham mưu thay thế Quyết định ...`; DECISIONS-3, -5).
# `khi có Quyết định thay thế ...` awaits a document; `tham mưu UBND tỉnh trình HĐND tỉnh sửa đổi, bổ
# sung ...` is a duty to propose one, whoever it is proposed to.
_NOT_YET_MADE_BEFORE_CUE = re.compile(
    # a bill (`dự án Luật sửa đổi, bổ sung ...`) and the policies a law still to be made is to carry (`chính
    # sách của Luật sửa đổi, bổ sung ...`, the subject of a Government resolution on a law proposal)
    # (its cue may be split where a line broke: `Luật sửa đổi,\nbổ sung`)
    rf"(?:(?:dự thảo|dự án|xây dựng|soạn thảo|ban hành|trình|chính sách của)\s+(?:{TYPE_ALTERNATION})"
    r"(?:\s+sửa đổi\s*,)?"
    rf"|(?:khi|đến khi|chưa|chờ)\s+(?:có\s+)?(?:văn bản|{TYPE_ALTERNATION})(?:\s+mới)?"
    r"|(?:tham mưu|đề xuất|kiến nghị)(?:\s+(?!(?:đã|được)(?!\w))[^\s;:.()]+){1,8}?"
    r"\s+(?:trình\s+[^\s;:.()]+(?:\s+tỉnh)?)?"
    # `hoàn thiện sửa đổi, bổ sung ...`, `triển khai sửa đổi, bổ sung Luật ...`: the amendment is work to do
    # `đề nghị bổ sung Dự án Luật ... vào Chương trình ...`: an addition proposed, not made
    r"|(?:rà soát|nghiên cứu|đề xuất|đề nghị|tham mưu|kiến nghị|xem xét|chuẩn bị|tiến hành|hoàn thiện"
    r"|triển khai|thực hiện|cần|phải|sẽ"
    # `Thống nhất chủ trương sửa đổi, bổ sung Hiến pháp`, `Cơ bản thống nhất nội dung sửa đổi, bổ sung Quy
    # định số ...` (to be completed and issued later): a body agrees on a policy or a draft's content; the
    # amendment is still to be made
    r"|chủ trương|(?:thống nhất|nhất trí)\s+nội dung)"
    r"(?:\s*,|\s+và|\s+việc)?)\s*$",
    re.IGNORECASE,
)
# A decree or circular that details or guides a law carries it out: `Nghị định ... quy định chi tiết
# (thi hành) một số điều của Luật ...`, `Thông tư ... hướng dẫn thi hành Luật ...` (said of the
# enclosing citation, so only for a nested mention).
# `quy định chi tiết điều Luật ...` (the quantifier left out) too; `Nghị định ... quy định chính sách giảm
# thuế ... theo Nghị quyết số ...` sets out the policy a resolution decided, so carries it out as well (R49).
_DETAILS_CUE = re.compile(
    r"(?:(?:quy định chi tiết|hướng dẫn|thi hành)(?:\s+(?:và\s+)?(?:hướng dẫn\s+)?thi hành)?"
    r"(?:\s+(?:(?:một số|các)\s+)?(?:điều|nội dung|khoản|quy định)(?:\s+và\s+biện pháp(?:\s+thi hành)?)?"
    # the parts detailed may be named (`quy định chi tiết khoản 3 Điều 37 và Điều 39 của Luật ...`)
    rf"|(?:{_PARTS})+)?"
    r"(?:\s+của)?"
    r"|quy định chính sách[^;:.()\n]{0,80}?\s+theo)\s*$",
    re.IGNORECASE,
)
# `Thông tư này quy định chi tiết thi hành một số điều của Nghị định số ...`, `Bộ Công an hướng dẫn thi
# hành Nghị định số ... như sau`: the citing document details or guides the one cited, so carries it out;
# only the strong forms (bare `hướng dẫn` is also `theo hướng dẫn của`), and not when the detailing
# documents are others (`theo quy định chi tiết của`, `các văn bản quy định chi tiết`)
_OWN_DETAILS_CUE = re.compile(
    r"(?<!\w)(?:quy định chi tiết|hướng dẫn chi tiết|hướng dẫn thi hành)"
    r"(?:\s+(?:và\s+)?(?:hướng dẫn\s+)?thi hành)?"
    # the parts detailed may be named (`quy định chi tiết khoản 3 Điều 160 Luật ...`)
    rf"(?:\s+(?:(?:một số|các)\s+)?(?:điều|nội dung|khoản)|(?:{_PARTS})+)?(?:\s+của)?\s*$",
    re.IGNORECASE,
)
_OTHERS_DETAIL = re.compile(rf"(?:theo|tại|các|những|văn bản|{TYPE_ALTERNATION})\s+$", re.IGNORECASE)
# `xây dựng Đề án là cần thiết nhằm cụ thể hóa ...`: a clause after the type word, no title of a new document
_CLAUSE_IN_TITLE = re.compile(r"\s(?:là|nhằm|để|góp phần)(?!\w)")
# `các nghị định`, `những thông tư`: a class of documents named by a plural and its type word
_CLASS_BEFORE = re.compile(rf"(?:các|những)\s+(?:{TYPE_ALTERNATION})\s*$", re.IGNORECASE)
# `các Quyết định sửa đổi, bổ sung Quyết định số ...`, `các văn bản của tỉnh hướng dẫn thực hiện Thông tư
# ...`, `các Quyết định có liên quan bổ sung cho ...`: the cue's subject is a class of other documents, which
# amend or carry out the one named; the citing document only cites it (R41, R89). A few modifiers may stand
# between the class and its cue, no comma or second verb of the citing document (`và`, `hoặc` join another
# object; `quán triệt các Nghị quyết của Trung ương, thực hiện ...` is the citing document's own cue).
_CLASS_SUBJECT = re.compile(
    rf"(?<!\w)(?:các|những)\s+(?:văn bản|{TYPE_ALTERNATION})(?!\w)"
    r"(?:\s+(?!(?:và|hoặc)(?!\w))[^\s,;:.()]+){0,5}\s*$",
    re.IGNORECASE,
)
# `Căn cứ các quy định trên, ... theo Nghị quyết số ...`: a line resting on what was said above names no
# basis of its own; nor does one resting on an outcome or a situation (`Căn cứ vào kết quả hiệp thương, Ủy ban
# ... điều chỉnh ... theo quy định tại Điều 40 của Luật ...`): the documents its main clause names take
# that clause's own cue
_BASED_ON_LINE = re.compile(
    r"(?:^|\n)\s*(?:[-+•]\s*)?Căn cứ(?!\w)"
    r"(?!\s+(?:vào\s+)?(?:các\s+|những\s+)?(?:quy định|nội dung|hướng dẫn|văn bản)\s+(?:nêu\s+|nói\s+)?trên)"
    r"(?!\s+(?:vào\s+)?(?:kết quả|tình hình|thực tế|thực trạng)(?!\w))"
    r"[^\n]*$"
)
# `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH` and the bullets under it: each bullet is a `căn cứ` line.
_BASED_ON_HEADING = re.compile(
    r"^(?:[IVXLC]+\.|\d+\.)?[ \t]*(?:CĂN CỨ|Căn cứ)[^\n;.]{0,60}:?\n", re.MULTILINE
)
_BULLET_LINES = re.compile(r"(?:[ \t]*\n|[ \t]*[-+•][ \t][^\n]*(?:\n|$))*")
_CONTENT_WINDOW = 300
_IMPLEMENTS_CUE = re.compile(r"thực hiện|triển khai|cụ thể hóa|cụ thể hoá", re.IGNORECASE)
_CONTENT_NOUN = re.compile(
    r"quan điểm|mục tiêu|nhiệm vụ|giải pháp|nội dung|chủ trương|tinh thần|định hướng"
    r"|quy định(?= +(?:tại|của))"
)
# The content noun is the object of the cue: only modifiers stand between them (`triển khai thực
# hiện có hiệu quả các mục tiêu, ...`); in `thực hiện thủ tục chấp thuận chủ trương đầu tư theo ...`
# the object is `thủ tục`, and the law is only what the procedure follows (DECISIONS-4).
_CUE_MODIFIER = (
    r"(?:các|những|toàn bộ|đầy đủ|có hiệu quả|hiệu quả|tốt|nghiêm túc|nghiêm|đúng|đồng bộ|kịp thời|thắng lợi"
    r"|quyết liệt|thực hiện|triển khai|tiếp tục)"
)
# `Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số ...`, `thực hiện nghiêm các ý kiến chỉ đạo
# ... tại các Thông báo ...`: the direction given in the cited document is what is carried out (`kết quả
# thực hiện năm 2023 và chỉ đạo ... tại` is not).
_DIRECTION_CARRIED_OUT = re.compile(
    rf"(?:thực hiện|triển khai)(?:\s+{_CUE_MODIFIER}(?!\w))*\s+(?:(?:ý kiến|văn bản)\s+)?chỉ đạo"
    r"\s+(?:của\s+[^;:.()\n]{1,80}?\s+)?tại(?:\s+(?:các|những))?\s*$",
    re.IGNORECASE,
)
# modifiers may be joined by `và` (`thực hiện đúng và đầy đủ các quy định của ...`)
_CONTENT_OBJECT = re.compile(
    rf"(?:\s*,?\s+(?:và\s+)?{_CUE_MODIFIER}(?!\w))*\s*,?\s+(?:{_CONTENT_NOUN.pattern})(?!\w)"
)
# `thực hiện các nhiệm vụ, giải pháp theo Nghị quyết ...`: what is done `theo` a document only follows it;
# so does `thực hiện nhiệm vụ, quyền hạn theo quy định tại Luật ...` (a `theo` between the contents and the
# link: the law is what the duties follow, not whose contents are carried out)
_FOLLOWED = re.compile(r"\stheo\s")
# the contents may be those of the citing document and the cited one together (`... đề ra trong Nghị quyết này
# và Đề án ...`)
_CONTENT_LINK = re.compile(rf"(?:của|tại|trong)(?:\s+(?:{TYPE_ALTERNATION})\s+này\s*(?:,|và))?\s*$")


# A relation cue (its verb awaiting its object) ending a line.
_CUE_AT_LINE_END = re.compile(
    rf"(?<!\w)(?:{'|'.join(cue for _, cue in RELATION_CUES)})[ \t]*$", re.IGNORECASE
)


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
    clause = CLAUSE_START.split(before)[-1]
    line_end = len(before) - len(clause) - 1
    if (not clause.strip() and line_end > 0 and before[line_end] == "\n"
            and _CUE_AT_LINE_END.search(before, 0, line_end)):
        # `... có hiệu lực ... và thay thế\nThông tư ...`: a cue ending a line (a wrapped line left
        # unjoined before a capital) governs the document that opens the next one
        clause = CLAUSE_START.split(before[:line_end])[-1] + " " + clause
    return clause


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


# `Quyết định số ... phê duyệt điều chỉnh Quy hoạch tỉnh ...`: a cited decision that adjusts a plan,
# programme or scheme named right after the cue amends it, as `sửa đổi, bổ sung` does (R73); the citing
# document's own `tích hợp vào điều chỉnh Quy hoạch ...` names work on the plan, no made change, and `phạm
# vi điều chỉnh của Nghị định` (the scope a law governs) names no plan. Written `phê duyệt Điều chỉnh Quy
# hoạch ...`, the capital opens the title of what was approved, the plan as adjusted, which the decision
# only cites (real-dev gold)
_PLAN_ADJUSTED = re.compile(r"(?<!\w)điều chỉnh(?:\s+cục bộ)?(?:\s*,\s*bổ sung)?\s*$")


_PASSIVE_BEFORE = re.compile(r"(?<!\w)(?:được|bị)\s+$", re.IGNORECASE)


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
    parts = _PARTS_RUN.search(text, max(0, mention.start - _PARTS_RUN_REACH), mention.start)
    near = _clause_before(text, mention, CUE_WINDOW + (parts.end() - parts.start() if parts else 0))
    if mention.parent is not None and (details := _DETAILS_CUE.search(near)) is not None:
        # `sửa đổi ... các nghị định quy định chi tiết thi hành Luật Đất đai`: a class of detailing
        # documents is what details the law, not the enclosing one (R41)
        return "cites" if _CLASS_BEFORE.search(near, 0, details.start()) else "implements"
    if _in_amended_list(text, mention, mentions):
        return "amends"
    own_details = _OWN_DETAILS_CUE.search(near) if mention.parent is None else None
    # `Chính phủ ban hành Nghị định quy định chi tiết ...` closing the preamble, or `Thông tư quy định chi
    # tiết ...` opening the text (a title without its header block): the type word is the citing document's
    # own (R29), not another detailing one
    others = _OTHERS_DETAIL.search(near, 0, own_details.start()) if own_details is not None else None
    if own_details is not None and (others is None or _in_enactment_sentence(text, mention.start)
                                    or not text[: mention.start - len(near) + others.start()].strip()):
        return "implements"
    adjusted = _PLAN_ADJUSTED.search(near) if mention.doc_type in PERIOD_NAMED_TYPES else None
    if (mention.parent is not None and adjusted is not None
            and not _not_yet_made(text, mention.start - len(near) + adjusted.start(), new_titles)):
        return "amends"
    for relation, cue in _CUE_BEFORE:
        if (found := cue.search(near)) is None:
            continue
        # `dự thảo Nghị quyết thay thế Nghị quyết số 01-NQ/HU`: a document still to be made
        # does not yet replace or amend anything.
        cue_start = mention.start - len(near) + found.start()
        if _CLASS_SUBJECT.search(near, 0, found.start()):
            return "cites"
        # `A được sửa đổi, bổ sung bởi B`: a passive change names its agent, which changes A, not what the
        # citing document changes (its cue comes from A's, `citation_amended`)
        if relation in ("amends", "replaces") and _PASSIVE_BEFORE.search(near, 0, found.start()):
            continue
        if relation in ("amends", "replaces") and (
                _not_yet_made(text, cue_start, new_titles) or _proposed_in(mention.parent)):
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
            if content is not None and content.end() > floor and not _FOLLOWED.search(clause, content.end()):
                return "implements"
    if mention.parent is None and _BASED_ON_LINE.search(text[max(0, mention.start - 400) : mention.start]):
        return "based_on"
    part = (_PART_CHANGED.search(text, max(0, mention.start - _PART_WINDOW), mention.start)
            or _LISTED_PART_CHANGED.search(text, line_start, mention.start))
    if mention.parent is None and part is not None and not _not_yet_made(text, part.start(), new_titles):
        return "replaces" if part["cue"].lower() in ("bãi bỏ", "thay thế") else "amends"
    if mention.parent is None and _amended_part_head(text, line_start, mention):
        return "amends"
    return "cites"


# `2. Khoản 1 Điều 20 Quy chế ... ban hành kèm theo Quyết định số ... được sửa đổi, bổ sung như sau:`: a line
# that opens with a part of a document and closes with the passive cue and its colon heads the new wording
# the citing document gives that part, so it amends the documents the line names (the regulation and the
# decision that issued it); `được sửa đổi, bổ sung bởi ...` names the amender instead (R28).
_PART_HEAD = re.compile(r"[ \t]*(?:[a-zđ\d]{1,3}[.)][ \t]*)?(?:Điều|Khoản|Điểm|Mục|Chương|Phần|Phụ lục)[ \t]",
                        re.IGNORECASE)
_PASSIVE_AMENDING_TAIL = re.compile(
    r"[^;:\n]{0,300}?\s(?:được|bị)\s+(?:sửa đổi(?:\s*,\s*bổ sung)?|bổ sung|thay thế)\s+như sau\s*:",
    re.IGNORECASE,
)


def _amended_part_head(text: str, line_start: int, mention: Mention) -> bool:
    """Does `mention` stand in a line heading the new wording of one of its parts (see above)?"""
    return (_PART_HEAD.match(text, line_start) is not None
            and _PASSIVE_AMENDING_TAIL.match(text, mention.end) is not None)


def _in_amended_list(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """`Nghị định số A về sửa đổi, bổ sung một số điều của các Nghị định hướng dẫn thi hành Luật X và Nghị
    định số B`: a document of the type the enclosing subject amends, listed in it, is amended by the
    enclosing one (not by the coordination's last document, here Luật X); one dated after the enclosing
    document is no part of what it amends."""
    parent = mention.parent
    if parent is None or parent.subject_start is None or (
            mention.date is not None and parent.date is not None and mention.date > parent.date):
        return False
    first = next((m for m in mentions if m.parent is parent), None)
    return amended_list_type(text, parent.subject_start, first) == mention.doc_type


# `Bãi bỏ: 06 thủ tục hành chính tại số thứ tự 17, 18 Mục I Danh mục ... ban hành kèm theo Quyết định số ...`,
# `Bãi bỏ nội dung công bố cho các thủ tục có thứ tự A.2, A.3 tại Danh mục ... ban hành kèm theo ...`: the
# cue governs its object, a part of the document named after `tại`, `của` or `trong`, however long that
# object is, within the sentence and naming no other document (R31); `theo quy định tại` names what the
# change follows, not what it changes. A quoted name in the object is one word, whatever documents it
# names (`Bãi bỏ thủ tục: “... theo Thông tư số ...” tại Quyết định số ...`), and what the document
# published or issued is a part of it (`sửa đổi, bổ sung các thủ tục được công bố kèm theo Quyết định ...`).
# a passive cue describes what was changed (`thủ tục được sửa đổi, bổ sung ... đã công bố tại ...`), it
# changes nothing itself. `(cho) phù hợp với`, `thống nhất với quy định tại ...` names the standard the change
# is to meet, not its object (`đối với` only narrows the object).
_PART_CUE = r"(?<!\w)(?<!được )(?<!bị )(?P<cue>bãi bỏ|thay thế|sửa đổi(?:\s*,\s*bổ sung)?)(?!\w)"
# `chế độ ... quy định tại khoản 3 Điều 1 của Quyết định ...`: `quy định tại` is the verb (prescribed at), no
# type word of another document in the object
_OTHER_DOCUMENT = rf"(?!quy định\s+(?:tại|về)\s)(?:{TYPE_ALTERNATION})"
_PART_OBJECT = (
    r"(?:[“«][^”»\n]{1,200}[”»]"
    rf"|(?!\s(?:theo|căn cứ|đã được|được)\s|(?<!đối)\svới\s|{_OTHER_DOCUMENT})[^;\n]){{1,250}}?"
    r"\s(?:tại|của|trong"
    r"|(?:đã\s+)?(?:được\s+)?(?:công bố|ban hành|phê duyệt)\s+(?:kèm\s+theo|tại))\s"
    rf"(?:(?!{_OTHER_DOCUMENT})[^;\n]){{0,160}}?(?<!\svà)(?:\s(?:được\s+)?(?:ban hành\s+)?kèm\s+theo)?\s*$"
)
_PART_CHANGED = re.compile(rf"{_PART_CUE}\s*:?{_PART_OBJECT}", re.IGNORECASE)
# `Bãi bỏ: 06 thủ tục ... tại Quyết định số A ...; thủ tục số 01, 02 mục A - Danh mục ... kèm theo Quyết định
# số B ...`: the objects a cue's colon opens, one after another on its line, are each changed. The cue opens
# its sentence (a command); `Nội dung sửa đổi: ...; mẫu đơn tại Thông tư ...` only describes a change.
_LISTED_PART_CHANGED = re.compile(
    rf"(?:^|(?<=\.[ \t])|(?<=\t)){_PART_CUE}\s*:[^\n\t]*;\s*{_PART_OBJECT}", re.IGNORECASE | re.MULTILINE
)
_PART_WINDOW = 420


# `Tờ trình số ... về việc bãi bỏ Quyết định số ...`: a proposal's subject says what it asks for; the
# proposal changes nothing, it cites what it would have changed
_PROPOSAL_TYPES = frozenset({"Tờ trình"})


def _proposed_in(parent: Mention | None) -> bool:
    return parent is not None and parent.doc_type in _PROPOSAL_TYPES


def _in_new_title(text: str, cue_start: int, new_titles: list[tuple[int, int]]) -> bool:
    """Does the cue at `cue_start` stand in the title of a document still to be made?"""
    return any(start < cue_start < end and not _CLAUSE_IN_TITLE.search(text, start, cue_start)
               for start, end in new_titles)


def _not_yet_made(text: str, cue_start: int, new_titles: list[tuple[int, int]]) -> bool:
    """Is the amending or replacing cue at `cue_start` said of a document still to be made? Its
    subject is a draft or one of the `new_titles` (`Ban hành Quy chế ... thay thế Quyết định số ...`),
    or the cue is a duty (`rà soát, sửa đổi, bổ sung ...`)."""
    if _in_enactment_sentence(text, cue_start):
        return False
    if _NOT_YET_MADE_BEFORE_CUE.search(text, max(0, cue_start - CUE_WINDOW), cue_start):
        return True
    return any(start < cue_start < end for start, end in new_titles)


def _in_enactment_sentence(text: str, pos: int) -> bool:
    """Is `pos` in the enactment sentence (`Ủy ban nhân dân tỉnh ban hành Quyết định bãi bỏ ...`) right above
    `Điều 1.`? Its document is the citing one itself (R29), made: its cues change what they name."""
    line_start, line_end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    if line_end < 0 or _ARTICLES_START.match(text, line_end + 1) is None:
        return False
    enacting = _ENACTING.search(text, line_start, pos)
    return enacting is not None and _PROPOSING.search(text, line_start, enacting.start()) is None


_ENACTING = re.compile(rf"\sban hành\s+(?:{TYPE_ALTERNATION})(?!\w)")
# `Sở Tư pháp tham mưu ban hành Quyết định thay thế ...`: a document proposed, not enacted
_PROPOSING = re.compile(
    r"(?<!\w)(?:tham mưu|đề xuất|kiến nghị|đề nghị|trình|xây dựng|soạn thảo|dự thảo|chuẩn bị"
    r"|nghiên cứu)(?!\w)",
    re.IGNORECASE,
)
# What follows the enactment sentence: the first article or chapter (blank lines between), or the enacting
# word (`QUYẾT ĐỊNH:`)
_ARTICLES_START = re.compile(
    r"\s*(?:Điều[ \t]+1\s*[.:]|Chương[ \t]+(?:I|1)[ \t]*\n|QUYẾT ĐỊNH\s*:|QUYẾT NGHỊ\s*:)"
)


# `Tờ trình số 390/TTr-UBND ... về việc đề nghị ban hành Nghị quyết thay thế Nghị quyết số 61/2021/...`: the
# title of a document proposed or drafted (the citing one, or one still to be made) in a cited document's
# subject; what that title names is cited by the citing document itself (R39).
# A bill or a law whose policies are proposed (`về chính sách của Luật sửa đổi, bổ sung ...`) is such a
# title too.
_PROPOSED_TITLE = re.compile(
    r"(?:dự thảo|dự án|chính sách của|(?:đề nghị|đề xuất|trình)\s+(?:ban hành|thông qua|phê duyệt))\s+"
    rf"(?:{TYPE_ALTERNATION})(?!\w)[^;:.()\n\t]*$",
    re.IGNORECASE,
)


def _unnest_proposed_titles(text: str, mentions: list[Mention]) -> None:
    """A mention in a proposed title inside a cited document's subject loses its parent (set in place)."""
    for mention in mentions:
        parent = mention.parent
        if parent is not None and parent.subject_start is not None and _PROPOSED_TITLE.search(
                text, parent.subject_start, mention.start):
            mention.parent = None


def relations(text: str, mentions: list[Mention], original: str | None = None) -> list[str]:
    """The relation of each of `mentions` (parents attached), in their order; `original` is the text
    with its footnote markers (`text` has them blanked). A footnote giving a subject nests its
    documents here, and a proposed title in a subject unnests them (parents set in place)."""
    if original:
        nest_footnote_subjects(text, original, mentions)
    _unnest_proposed_titles(text, mentions)
    blocks = _based_on_blocks(text) + based_on_cells(text) + based_on_notes(text)
    new_titles = new_document_titles(text)
    own = [_relation(text, m, mentions, blocks, new_titles) for m in mentions]
    for start, end, relation, cue_start in cue_lists(text):
        # `Rà soát, sửa đổi, bổ sung các văn bản sau:`: work to do, nothing amended yet
        if _not_yet_made(text, cue_start, new_titles):
            continue
        own = [relation if m.parent is None and start <= m.start < end and r == "cites" else r
               for m, r in zip(mentions, own, strict=True)]
    alias_indices = aliases(text, mentions)
    shared = coordinated_relations(text, mentions, own, alias_indices)
    noted = footnote_relations(original, mentions, shared) if original else shared
    aliased = alias_relations(mentions, ended_relations(text, mentions, noted), alias_indices)
    return quoted_relations(text, mentions, aliased)
