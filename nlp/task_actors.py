"""Who a unit assigns: the bodies it names, else those the structure around it names.

A unit names its actors as its subject, after `Giao`/`Đề nghị`/`Yêu cầu`, or as a topic (`Đối
với X: ...`). Otherwise they are inherited, nearest scope first: a heading that only names bodies,
then the addressees of an introduction (`... yêu cầu X, Y thực hiện ... sau:`), then the subject of a
duty predicate opening the item's lead-in (`1. Sở X chịu trách nhiệm ...` over `a)`, `b)`), finally `Kính
gửi`. The same scopes tell whether a unit sits under a goal or principles heading, and which
`TỔ CHỨC THỰC HIỆN` parts assign the duties body by body.
"""

import re
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Token

from policylink.core.doc_types import DOC_TYPES
from policylink.core.vietnamese import match_key
from policylink.ingest.model import Section
from policylink.nlp.body_chains import BRACKET_NOTE, after_role, body_chain
from policylink.nlp.duty_subject import acting_subject, duty_subject, named_doers, predicate_follows
from policylink.nlp.gazetteer import UPPER_CLASS
from policylink.nlp.head_titles import bare_chair, chaired_bodies
from policylink.nlp.model import Body
from policylink.nlp.public_addressees import addressed_to_public
from policylink.nlp.task_narration import report_year
from policylink.nlp.task_units import (
    Structure,
    Unit,
    content_start,
    line_spans,
)

# Words that open an assessment or a statement of goals, and the headings over them.
# (targets and the vision of a plan are its goals: `b) Các chỉ tiêu chủ yếu:`, `Tầm nhìn đến năm 2045`)
ASSESSMENT = (r"mục tiêu|chỉ tiêu|tầm nhìn|mục đích|quan điểm|kết quả|tình hình|đánh giá|hạn chế|nguyên nhân"
              r"|bài học")
LABEL = re.compile(r"[^:\n]{1,60}:\s*")
_GOAL_HEADING = re.compile(
    # (`II. Về kết quả công tác năm 2024`, `1. Những kết quả tích cực:`, `Các hạn chế` head the same parts;
    # `I. Về đánh giá kết quả thực hiện` heads the evaluation asked of bodies)
    r"^(?:về\s+(?!đánh giá))?(?:những\s+|các\s+)?"
    # (`II. Mục tiêu, nhiệm vụ ...` heads the tasks as well as the goals)
    r"(?!(?:mục|chỉ) tiêu\s*(?:,|và)\s*(?:các\s+)?(?:nhiệm vụ|giải pháp))"
    rf"(?:{ASSESSMENT}|yêu cầu|phạm vi|đối tượng|giải thích"
    # background parts of an Đề án or a plan (`1. Sự cần thiết`, `Thực trạng ...`): they argue, not assign
    r"|sự cần thiết|thực trạng|bối cảnh|cơ sở pháp lý|cơ sở thực tiễn"
    # a description of goods or of a thing (`2. Tóm tắt mô tả hàng hóa ...`, `Thông số kỹ thuật`): how
    # it works and how it is used are no one's duty
    r"|(?:tóm tắt\s+)?mô tả|thông số|đặc điểm kỹ thuật"
    # the documents listed under `CĂN CỨ XÂY DỰNG KẾ HOẠCH` (not `Căn cứ X, UBND huyện ...`)
    r"|căn cứ(?:\s+(?:xây dựng|ban hành|pháp lý)[^,.;:]{0,40})?\s*:?$)\b"
)
# A heading over what a plan still to be made must contain (`II. Về nội dung kế hoạch 5 năm`) or the
# orientations it sets (`2. Định hướng phát triển và các nhiệm vụ chủ yếu:`): no one is directed yet. Only
# a section's heading: such a line introducing a list may stand far above the parts that assign the work.
_CONTENTS_HEADING = re.compile(
    r"^(?:định hướng|(?:về\s+)?(?:những\s+|các\s+)?nội dung(?:\s+chủ yếu)?(?:\s+của)?\s+"
    r"(?:kế hoạch|chương trình|đề án))\b")
# `Điều 3. Nguyên tắc phối hợp`: its items state principles (`Bảo đảm sự thống nhất ...`); only an
# item naming its own actors (`Các sở, ngành ... có trách nhiệm trả lời ...`) assigns a duty.
_PRINCIPLE_HEADING = re.compile(r"^nguyên tắc\b")
# (`3. Đối với Ủy ban nhân dân các xã` over its items names their doer as `Trách nhiệm của ...` does;
# `Trách nhiệm của Bộ X trong việc cấp giấy phép ...` names the field of the duties that follow)
_QUALIFIER = re.compile(r"(?:[^\W\d_]+\s*){0,4}:?|trong\s+(?:việc|công tác)\s[^:]*:?")
# (a note in brackets may end a heading's bodies: `4. Các Trung tâm X cấp tỉnh (thuộc các Đài Y):`)
_NOTE_AT_END = re.compile(rf"{BRACKET_NOTE}:?[^\S\n]*$")
# (`Nhiệm vụ và quyền hạn của Chi cục X`, `Nhiệm vụ cụ thể của Sở Y` name the doer as `Trách nhiệm của` does;
# so does `Trách nhiệm chung của các cơ quan, đơn vị`, the duties all of them share before each one's own)
# (`Thẩm quyền và trách nhiệm của X`, `Quyền hạn, nhiệm vụ của X`: powers named with the duties)
_DUTY_HEADING = re.compile(
    r"^(?:(?:(?:thẩm quyền|quyền hạn)\s*(?:,|và)\s*)?"
    r"(?:trách nhiệm|nhiệm vụ)(?:\s*(?:,|và)\s*(?:quyền hạn|nhiệm vụ|trách nhiệm)"
    r"|\s+(?:cụ thể|chủ yếu|chung))?"
    r"(?:\s+của)?|đối với)\s+")
# `Chỉ đạo X ...` is not here: the one who directs X is the actor (guidelines, Tasks). The verb `chỉ thị`
# (`UBND thành phố chỉ thị Thủ trưởng các sở ... thực hiện:`) asks as `yêu cầu` does; in lower case only
# (`Chỉ thị Ban Bí thư` names a document).
_ADDRESSING_VERB = r"(?:yêu cầu|đề nghị|giao(?:\s+cho)?|(?-i:chỉ thị))\s+"
_ADDRESSING = re.compile(rf"(?<!\w){_ADDRESSING_VERB}", re.IGNORECASE)
# A report's proposal heading (`1. Kiến nghị Bộ X`, `Kiến nghị với Bộ X:`) names the body its items ask
# to act, as `Đề nghị X` does (DECISIONS-2); inside a sentence `kiến nghị` reports what the writer proposed.
_PROPOSAL_HEADING = re.compile(r"kiến nghị\s+(?:với\s+)?", re.IGNORECASE)
# (`Ban Chỉ đạo của Chính phủ đề nghị ...`: a qualifier of a few words may follow the writer's name)
_ADDRESSING_AFTER = re.compile(rf"(?:\s+của(?:\s+[^\s,.;:]+){{1,5}}?)?\s+{_ADDRESSING_VERB}", re.IGNORECASE)
# The subject of an introduction who asks others or speaks to them (`Thủ tướng Chính phủ yêu cầu:`,
# `Cục X có ý kiến như sau:`), or who lays down the rules that follow (the enacting line of a circular,
# `Bộ X quy định chi tiết thi hành ... như sau:`, `Bộ Y hướng dẫn ... như sau:`), is not their doer.
# Issuers of a joint document speak together (`Bộ A, Bộ B và Tòa án C thống nhất hướng dẫn như sau:`).
# So does the issuer that enacts the plan it opens (`..., UBND tỉnh ban hành Kế hoạch ... như sau:`): the
# plan's own parts say who does its items.
_REQUESTS = re.compile(
    r"\s+(?:(?:cùng|thống nhất|liên tịch)\s+)?"
    r"(?:yêu cầu|đề nghị|giao|chỉ thị|có ý kiến|thông báo|kết luận|trả lời|quy định|hướng dẫn"
    r"|ban hành)(?!\w)",
    re.IGNORECASE)
# An introduction may open with its purpose or basis before its subject (`Để khắc phục tình trạng trên,
# các sở, ngành cần thực hiện tốt các nhiệm vụ sau:`): the subject follows one of its commas.
_INTRO_ADVERBIAL = re.compile(r"(?:để|nhằm|trên cơ sở|căn cứ|thực hiện|qua)(?!\w)", re.IGNORECASE)
_COMMA = re.compile(r",\s*")
# A label of a few words that introduces a list (`Cụ thể:`, `Trong đó:`, `Cụ thể như sau:`)
_BARE_LABEL = re.compile(r"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*:[^\S\n]*")
# `Đối với UBND các xã: khẩn trương rà soát ...`: the topic names the actor; so does `Riêng X ...`
# (`Riêng Công an tỉnh chỉ đạo ...`, `Riêng đối với X: ...`), which singles one doer out.
_TOPIC = re.compile(r"(?<!\w)(?:riêng(?:\s+đối với)?|đối với)\s+", re.IGNORECASE)
# Where a topic (`Đối với ...`) ends and its actor is named: a colon, or a comma and an addressing verb.
_TOPIC_END = re.compile(rf"[^.;\n]*?(?::\s*|,\s*{_ADDRESSING_VERB})", re.IGNORECASE)
# `Đối với hồ sơ chưa đủ điều kiện thì cơ quan X trả lại ...`, `Khi có yêu cầu thì A hoặc B thực hiện ...`:
# `thì` opens the main clause after a condition or a topic, and its subject follows, perhaps past a
# time limit (`thì trong thời hạn 03 ngày làm việc, A ...`).
_THEN = re.compile(r"[^.;:\n]*?(?<!\w)thì[^\S\n]+", re.IGNORECASE)
_CONNECTIVE = re.compile(r"(?:[^\W\d_]+[^\S\n]+){0,2}[^\W\d_]+[^\S\n]*,[^\S\n]*")
# ... unless it tells what the body did or is doing (`Hiện nay, Cục Thuế đang nâng cấp ...`)
_TOLD = re.compile(r"\s+(?:đã|đang)(?!\w)")
# A condition may also end at a comma (`Trường hợp có khó khăn, vướng mắc, các sở báo cáo ngay ...`), and so
# may the time from which a limit runs (`Kể từ ngày nhận đủ hồ sơ, Sở X có trách nhiệm ...`).
_CONDITION = re.compile(r"(?:trong\s+)?(?:trường hợp|khi|nếu|sau khi|kể từ)(?!\w)[^.;:\n]*", re.IGNORECASE)
_TIME_LIMIT = re.compile(
    r"(?:trong|sau|trước)\s+(?:(?:thời gian|thời hạn|vòng)\s+)?(?:(?:tối đa|không quá)\s+)?\d+\s+"
    r"(?:ngày|giờ|tháng)(?:\s+làm việc)?(?:\s+kể từ[^,.;\n]{0,80}?(?=,))?\s*,?\s*", re.IGNORECASE)
# A unit may open with the limit it sets before its subject (`Chậm nhất là ngày 05 tháng 3 năm 2026, Ủy ban
# bầu cử tỉnh gửi ...`, `Trước ngày 15/12, Sở X tổng hợp ...`, `Trong tháng 11, các xã rà soát ...`): the
# subject follows its comma, or the comma of an adverbial after it (`..., căn cứ kết quả hiệp thương, Ủy
# ban X ...`).
# A comma followed by anything else (`Trước ngày 15/12, báo cáo kết quả về Sở A, UBND tỉnh`) ends the search:
# the unit names no subject, and the bodies after it are the ones it reports to.
_DEADLINE_OPENING = re.compile(
    r"(?:chậm nhất|muộn nhất|trước|trong|đến hết|đến)(?:\s+là)?\s+(?:(?:thời hạn|thời gian)\s+)?"
    r"(?:(?:\d{1,2}\s+giờ(?:\s+\d{1,2})?|\d+)\s+)?(?:ngày|tháng|quý|năm|tuần)(?!\w)[^.;:\n]*",
    re.IGNORECASE)
_ADVERBIAL_AFTER_LIMIT = re.compile(r"(?:căn cứ|trên cơ sở|theo|sau khi|khi)(?!\w)", re.IGNORECASE)
# `Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính ...`, `Về hồ sơ: Sở X tiếp nhận ...`: a label of a
# few words names the item's matter, its subject follows the colon. (A label closed by a preposition,
# `Phối hợp với: Sở A`, names partners, no subject.)
_ITEM_LABEL = re.compile(
    r"[^\W_]+(?:[^\S\n]+[^\W_]+){0,4}(?<!\wvới)(?<!\wcho)(?<!\wđến)(?<!\wgửi)(?<!\wvề)[^\S\n]*:[^\S\n]*")
# (`Phân công và tiến độ ...` names the assignment, a heading)
# (`Giao trách nhiệm cho Giám đốc Sở X ...`: the duty named before `cho` the body it is handed to)
GIAO = re.compile(
    r"(?<!\w)(?:giao|phân công)(?:\s+(?:trách nhiệm|nhiệm vụ)(?=\s+cho\s))?(?:\s+cho)?\s+(?!và(?!\w))",
    re.IGNORECASE)
# `các nhiệm vụ do Thủ tướng Chính phủ giao cho các bộ`, `nhiệm vụ được giao`: a `giao` inside a
# relative clause tells who was assigned before, not whom this unit assigns.
# `bàn giao cho`, `chuyển giao cho`, `để giao cho X`: a `giao` that hands a thing over (a compound verb, or a
# purpose after `để`) names where the thing goes, no doer charged.
_PASSIVE_GIAO = re.compile(
    r"(?<!\w)(?:được|đã|do(?!\s+(?:đó|vậy)(?!\w))(?:\s+[^\W\d_]+){1,8}|bàn|chuyển|để)\s+$", re.IGNORECASE)
# `Luật X và Nghị định số Y ... giao Bộ Z chủ trì ...`: a sentence whose subject is a cited document tells
# what that document assigned, not whom this unit assigns (as a quoted provision does, RULINGS R20).
_TYPE_NAMES = "|".join(sorted(map(re.escape, DOC_TYPES), key=len, reverse=True))
_CITED_SUBJECT = re.compile(rf"(?:{_TYPE_NAMES})[^\S\n]+(?!này(?!\w))(?:số[^\S\n]|\d|[A-ZĐÀ-Ỹ])")
_SENTENCE_OPENING = re.compile(r"[.;:][^\S\n]+(?=\S)|\n")
_QUOTING = re.compile(
    r"^(?:tại|theo|căn cứ)\b.{0,200}?\b(?:điều|khoản|điểm|nghị định|thông tư|luật|quyết định)\b"
    r".{0,300}(?:quy định|hướng dẫn|nêu rõ)(?: như sau| cụ thể)?\s*:$"
    # the new wording of an amended provision (`Sửa đổi, bổ sung điểm a khoản 1 Điều 3 như sau:`, RULINGS
    # R24, R36): a norm of the amended document, not a duty this one assigns
    r"|^(?:sửa đổi|bổ sung)\b[^:]{0,200}?\b(?:điều|khoản|điểm)\b[^:]{0,200}\bnhư sau\s*:$")
# ... and the person's name after the title (`Phó Thủ tướng Chính phủ Lê Văn Bình kiểm tra`)
_DEPUTY_PM = re.compile(r"(?i:(?:các\s+)?(?:đồng chí\s+)?Phó Thủ tướng(?:\s+Chính phủ)?)(?!\w)"
                        rf"(?:[^\S\n]+{UPPER_CLASS}\w*){{0,4}}")
TIME_LINE = re.compile(
    r"^(?:(?:thời gian|thời hạn)(?: thực hiện)?(?: hoàn thành)?\b|hoàn thành (?:trước|trong|chậm nhất)\b)")
# `3. Công an tỉnh: chủ động nắm tình hình ...`: a body and its duty on one line. (`IV. Trách nhiệm thực
# hiện đề án` heads the same part; a scan may lose the hook of `ổ`: `IV. TÔ CHỨC THỰC HIỆN`.)
_IMPLEMENTATION_HEADING = re.compile(r"^(?:t[ổô] chức|trách nhiệm) thực hiện\b")
# The parts of a plan that list its areas of work and its targets (`III. NHIỆM VỤ, GIẢI PHÁP`, `Các nhiệm
# vụ, dự án ưu tiên`, `2. Mục tiêu cụ thể`, `II. NỘI DUNG TRIỂN KHAI`): where an assignment table names the
# doers row by row, their items are areas, not duties (DECISIONS-7). Where a body-by-body `Tổ chức thực
# hiện` names them, an item is an area only when no rule finds it a doer anywhere (DECISIONS-4, -7): the own
# held-out plan that lists `Nhiệm vụ và phân công thực hiện` names each item's doer inside the item (`a) Tổ
# chức phổ biến ...: Sở X chủ trì ...`), and those items are tasks. In an Đề án every such item is an area
# (below).
_PLAN_AREA_HEADING = re.compile(r"^(?:các\s+)?(?:nhiệm vụ|giải pháp|mục tiêu|nội dung)\b")
# An Đề án (a scheme) lists its tasks and solutions as what the scheme is to achieve, and says who does them
# in its implementation part: where that part assigns the duties body by body, the listed tasks and
# solutions direct no one (DECISIONS-7). The document is one when it approves the scheme in its title or
# first article (`Điều 1. Phê duyệt “Đề án ...`), or is the scheme itself (its title line `ĐỀ ÁN`). A Kế
# hoạch or a resolution keeps those of its listed tasks for which a rule finds a doer (above), and all of
# them where its implementation part hands the whole to one body (`Giao UBND tỉnh tổ chức thực hiện` and the
# council's supervision: the ext-dev Nghị quyết of Bến Tre), not sharing the duties out (`_SHARED_OUT`).
_SCHEME = re.compile(r"^(?:Điều 1\.\s*)?(?i:phê duyệt)\s*[\"“]?\s*(?i:đề án)\b|^ĐỀ ÁN\s*$", re.MULTILINE)
_SECOND_ARTICLE = re.compile(r"^Điều 2\b", re.MULTILINE)


def is_scheme(text: str) -> bool:
    """Whether the document is an Đề án or approves one (its title or first article says so)."""
    second = _SECOND_ARTICLE.search(text)
    return _SCHEME.search(text, 0, second.start() if second else len(text)) is not None


def heading_bodies(text: str, bodies: list[Body], start: int, end: int) -> list[Body] | None:
    """Bodies of a heading line that only names them (`2.3. Ban cán sự đảng UBND tỉnh:`,
    `Trách nhiệm của Sở Xây dựng`, `Đề nghị UBND các xã`), perhaps before a note in brackets, else None."""
    found = _heading_bodies(text, bodies, start, end)
    if found is None and (note := _NOTE_AT_END.search(text, start, end)):
        found = _heading_bodies(text, bodies, start, note.start())
    return found


def _heading_bodies(text: str, bodies: list[Body], start: int, end: int) -> list[Body] | None:
    pos = content_start(text, start, end)
    line = text[pos:end].rstrip()
    heading = _DUTY_HEADING.match(match_key(line))
    # (`2. Đề nghị UBND các xã, phường` heads their items as `Giao X` does)
    duty = heading or GIAO.match(line) or _ADDRESSING.match(line) or _PROPOSAL_HEADING.match(line)
    if duty:
        pos += duty.end()
    chain = body_chain(bodies, text, pos, end)
    if not chain:
        return None
    rest = match_key(text[chain[-1].end : end]).strip()
    rest = re.sub(r"^(?:có trách nhiệm|thực hiện(?: các| một số)? nhiệm vụ(?: sau)?)", "", rest)
    if heading and _QUALIFIER.fullmatch(rest):
        return chain  # `Đối với UBND các xã ven biển`: a few words qualify the bodies the heading names
    return chain if rest.strip() in ("", ":", ".") else None


def heading_doers(text: str, bodies: list[Body], start: int, end: int) -> list[Body] | None:
    """The doers a heading line names over its items: the bodies it only names (`heading_bodies`),
    else the open-class doer of a duty heading (`Trách nhiệm của Công an đơn vị, địa phương`, `Đối với
    cơ sở giáo dục:`), which no rule knows by name."""
    found = heading_bodies(text, bodies, start, end)
    if found is not None:
        return found
    pos = content_start(text, start, end)
    duty = _DUTY_HEADING.match(match_key(text[pos:end]))
    if duty is None:
        return None
    if note := _NOTE_AT_END.search(text, pos, end):
        end = note.start()
    return named_doers(text, bodies, pos + duty.end(), end) or None


def deputy_prime_minister(text: str, pos: int, end: int) -> list[Body]:
    """`Giao Phó Thủ tướng Trần Hồng Hà ...`: a deputy prime minister acts for the Government
    (RULINGS R2), whose name the text need not print."""
    m = _DEPUTY_PM.match(text, pos, end)
    return [Body(m.start(), m.end(), m.group(), "Chính phủ", "state", "central")] if m else []


# `Tỉnh căn cứ ...`, `Về việc X: Tỉnh thực hiện ...`: in a notice about one province, the capitalised
# `Tỉnh` (`Thành phố`) as a subject is the provincial body the notice is sent to for action, `Văn phòng
# Chính phủ thông báo để Ủy ban nhân dân tỉnh X ... biết, thực hiện` (RULINGS R11).
_PROVINCE_SUBJECT = re.compile(r"(?:[^:\n]{1,200}:[^\S\n]*)?(?-i:Tỉnh|Thành phố)[^\S\n]+(?!ủy|(?-i:[A-ZĐ]))")
_NOTIFIED = re.compile(r"(?<!\w)thông báo (?:để|cho)\s+")


def province_subject(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The provincial body a notice is sent to, where `Tỉnh` is the subject at `start`."""
    if not _PROVINCE_SUBJECT.match(text, start, end):
        return []
    for m in _NOTIFIED.finditer(text):
        found = [b for b in body_chain(bodies, text, m.end(), len(text)) if b.level == "province"]
        if found:
            return found[:1]
    return []


def stated_bodies(text: str, bodies: list[Body], unit: Unit, pos: int,
                  tokens: Sequence[Token]) -> list[Body]:
    """Bodies the unit names as its actors: `Giao X ...`, `Đề nghị X ...`, or its subject (its words,
    `tokens`, tagged)."""
    giao = next((m for m in GIAO.finditer(text, pos, unit.end)
                 if not _PASSIVE_GIAO.search(text, max(pos, m.start() - 80), m.start())
                 and not _cited_document_assigns(text, pos, m.start())), None)
    if giao and (deputy := deputy_prime_minister(text, giao.end(), unit.end)):
        return deputy
    if giao:
        chain = body_chain(bodies, text, giao.end(), unit.end)
        if chain:
            return chain
    head = _ADDRESSING.match(text, pos, unit.end) or _TOPIC.match(text, pos, unit.end)
    start = head.end() if head else pos
    topic_end = _TOPIC_END.match(text, start, unit.end) if head and head.re is _TOPIC else None
    if topic_end and (chain := body_chain(bodies, text, topic_end.end(), unit.end)):
        return chain  # `Đối với X: Cơ quan thuế ... có trách nhiệm`, `Đối với X, yêu cầu các Bộ: A; B ...`
    # the subject of a duty predicate; a body named at the start (`Bộ trưởng, Thủ trưởng ...` is the class
    # `Bộ`), else past a role
    subject = duty_subject(text, bodies, start, unit.end, tokens) or body_chain(
        bodies, text, start, unit.end) or deputy_prime_minister(
        text, start, unit.end) or body_chain(
        bodies, text, after_role(text, start, unit.end), unit.end)
    if not subject:
        subject = _main_clause_subject(text, bodies, start, unit.end)
    if not subject and (label := _ITEM_LABEL.match(text, start, unit.end)):
        subject = body_chain(bodies, text, after_role(text, label.end(), unit.end), unit.end)
    if not subject:
        subject = acting_subject(text, bodies, start, unit.end, tokens)
    return addressed_by(text, bodies, subject, unit.end)


def _cited_document_assigns(text: str, pos: int, giao: int) -> bool:
    """Whether the sentence holding the `giao` at `giao` opens with a cited document as its subject."""
    opening = max((m.end() for m in _SENTENCE_OPENING.finditer(text, pos, giao)), default=pos)
    return _CITED_SUBJECT.match(text, opening, giao) is not None


def addressed_by(text: str, bodies: list[Body], subject: list[Body], end: int) -> list[Body]:
    """The bodies a `subject` asks to act, when it does (`Ban Thường vụ Huyện ủy đề nghị UBND huyện chỉ
    đạo ...`: the addressed body acts, not the writer); else the subject itself."""
    addressed = _ADDRESSING_AFTER.match(text, subject[-1].end, end) if subject else None
    if addressed and (chain := body_chain(bodies, text, addressed.end(), end)):
        return chain
    return subject


def _main_clause_subject(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The subject of the main clause after a condition or a topic: past `thì` and a time limit, past a
    connective of a few words (`Đồng thời, X ...`, `Ngoài ra, X ...`), or past a comma of a `Trường hợp`
    / `Khi` / `Nếu` clause."""
    if then := _THEN.match(text, start, end):
        at = then.end()
        if limit := _TIME_LIMIT.match(text, at, end):
            at = limit.end()
        return body_chain(bodies, text, after_role(text, at, end), end)
    connective = _CONNECTIVE.match(text, start, end)
    chain = body_chain(bodies, text, after_role(text, connective.end(), end), end) if connective else []
    if chain and not _TOLD.match(text, chain[-1].end, end):
        return chain
    condition = _CONDITION.match(text, start, end)
    if condition:
        return _subject_after_a_comma(text, bodies, start, condition.end(), end)
    limit = _DEADLINE_OPENING.match(text, start, end)
    return _subject_after_a_limit(text, bodies, start, limit.end(), end) if limit else []


def _subject_after_a_comma(text: str, bodies: list[Body], start: int, stop: int, end: int) -> list[Body]:
    """The bodies written first after one of the commas between `start` and `stop` (past a title)."""
    for comma in _COMMA.finditer(text, start, stop):
        if chain := body_chain(bodies, text, after_role(text, comma.end(), end), end):
            return chain
    return []


def _subject_after_a_limit(text: str, bodies: list[Body], start: int, stop: int, end: int) -> list[Body]:
    """The bodies right after the comma that closes an opening limit (`_DEADLINE_OPENING`), or after
    the comma of an adverbial that follows it."""
    for comma in _COMMA.finditer(text, start, stop):
        if chain := body_chain(bodies, text, after_role(text, comma.end(), end), end):
            return chain
        if not _ADVERBIAL_AFTER_LIMIT.match(text, comma.end(), end):
            return []
    return []


def _lead_in_subject(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """`1. Sở X chịu trách nhiệm trước UBND tỉnh thực hiện chức năng ...` + `a) ...`, `b) ...`: the subject
    of a duty predicate opening an item's lead-in does the points under it that name no doer."""
    content = content_start(text, start, end)
    chain = body_chain(bodies, text, content, end) or body_chain(
        bodies, text, after_role(text, content, end), end)
    return chain if chain and predicate_follows(text, chain[-1].end, end) else []


def _intro_subject(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The subject of an introduction (`UBND huyện chỉ đạo các phòng, ban chuyên môn:`, `Chủ tịch UBND các
    tỉnh tổ chức ..., trong đó:`, `Để ..., các sở, ngành cần ...:`)."""
    content = content_start(text, start, end)
    subject = body_chain(bodies, text, content, end) or body_chain(
        bodies, text, after_role(text, content, end), end)
    if not subject and _INTRO_ADVERBIAL.match(text, content, end):
        subject = _subject_after_a_comma(text, bodies, content, end, end)
    return subject


def _speaks(text: str, bodies: list[Body], subject: list[Body], start: int, end: int) -> bool:
    """Whether the introduction's `subject` speaks rather than acts (`Thủ tướng Chính phủ yêu cầu:`, `UBND
    tỉnh giao các cơ quan sau:`, `Ban Thường trực ... ban hành kế hoạch như sau:`). A list speaks through
    the verb after its last member (`A, B và C thống nhất hướng dẫn:`)."""
    return bool(subject) and any(
        b.canonical == subject[-1].canonical and start <= b.start and b.end <= end
        and _REQUESTS.match(text, b.end, end) for b in bodies)


def _intro_speakers(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The subject of an introduction that speaks: the body the document speaks for."""
    subject = _intro_subject(text, bodies, start, end)
    return subject if _speaks(text, bodies, subject, start, end) else []


def _instruction_addressees(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """Addressees of an introduction `... yêu cầu X, Y thực hiện ... sau:` (or its subject, unless it
    only speaks: who asks or answers does not act)."""
    for m in _ADDRESSING.finditer(text, start, end):
        chain = body_chain(bodies, text, m.end(), end)
        if chain:
            return chain
    subject = _intro_subject(text, bodies, start, end)
    if _speaks(text, bodies, subject, start, end):
        return []
    if subject:
        return subject
    content = content_start(text, start, end)
    label = LABEL.match(text, content, end)  # `Nhiệm vụ, giải pháp chủ yếu: UBND tỉnh chỉ đạo ...`
    return body_chain(bodies, text, label.end(), end) if label else []


class Resolver:
    """Responsible bodies inherited from the structure, nearest scope first."""

    def __init__(self, structure: Structure, bodies: list[Body], *, table_assigns: bool = False,
                 report: bool = False) -> None:
        self.structure = structure
        self.bodies = bodies
        # a Báo cáo (its header's type): its account of what was done is no duty (nlp.task_narration)
        self.report = report
        first = min((s.start for s in structure.sections), default=len(structure.text))
        self.report_year = report_year(structure.text, first) if report else None
        shares = _duty_sections(structure, bodies)
        self.duty_sections = list(shares)
        self.table_assigns = table_assigns  # an assignment table names the document's doers row by row
        self.scheme_assigns = bool(self.duty_sections) and is_scheme(structure.text)
        # (the implementation part shares the duties out among several bodies, not `Giao UBND tỉnh tổ chức
        # thực hiện` and a council's supervision, which hand the whole document to one body)
        self.shares_out = any(items >= _SHARED_OUT for items in shares.values())
        # the letter is addressed to enterprises, organisations or persons alone (RULINGS R26)
        self.to_public = addressed_to_public(structure.text, bodies, structure.by_id.get("addressees"))
        # (the rules and the duty model's features ask both of a unit more than once)
        self._goal: dict[Unit, bool] = {}
        self._inherited: dict[Unit, list[Body]] = {}

    def in_plan_area(self, unit: Unit, doers: Callable[[], list[Body]]) -> bool:
        """An item of a plan's areas of work or targets, which names no doer of its own and inherits none,
        where an assignment table names the plan's doers or an Đề án's implementation part assigns the
        duties body by body (`scheme_assigns`); in any other document whose implementation part assigns
        them body by body, one for which no rule finds a doer either (`doers`, asked last: the
        responsible the task would take)."""
        if not (self.table_assigns or self.duty_sections) or unit.place is not None:
            return False
        if any(s.start <= unit.start < s.end for s in self.duty_sections):
            return False
        if not any(_PLAN_AREA_HEADING.match(self.structure.line_key(first))
                   for first in self._headings_above(unit)) or self.inherited(unit):
            return False
        return self.table_assigns or self.scheme_assigns or (self.shares_out and not doers())

    def in_goal_context(self, unit: Unit) -> bool:
        if unit not in self._goal:
            self._goal[unit] = self._in_goal_context(unit)
        return self._goal[unit]

    def _in_goal_context(self, unit: Unit) -> bool:
        if any((_GOAL_HEADING.match(key := self.structure.line_key(first)) or _CONTENTS_HEADING.match(key))
               and not self._addresses_bodies(first) for first in self._headings_above(unit)):
            return True
        intros = (self._intro(scope, unit) for scope in self.structure.scopes(unit.section))
        # (`Yêu cầu Giám đốc các Sở: A, B thực hiện các nội dung sau:` directs bodies: no goal)
        return any(intro and _GOAL_HEADING.match(self.structure.line_key(intro))
                   and not self._addresses_bodies(intro) for intro in intros)

    def under_principles(self, unit: Unit) -> bool:
        return any(_PRINCIPLE_HEADING.match(self.structure.line_key(first))
                   for first in self._headings_above(unit))

    def nearest_heading(self, unit: Unit) -> str | None:
        """The compared form of the heading line right above `unit` (not its own first line), None where
        none stands above it."""
        first = next((line for line in self._headings_above(unit) if line[1] <= unit.start), None)
        return self.structure.line_key(first) if first is not None else None

    def _headings_above(self, unit: Unit) -> Iterator[tuple[int, int]]:
        """The first line of each section around `unit` that starts before it."""
        text = self.structure.text
        for scope in self.structure.scopes(unit.section):
            if scope is not None and scope.start < unit.start:
                first = next(line_spans(text, scope.start, scope.end), None)
                if first:
                    yield first

    def _addresses_bodies(self, line: tuple[int, int]) -> bool:
        """`1. Yêu cầu các chi bộ tổ chức ...` directs bodies; `1. Mục đích, yêu cầu` is a heading."""
        text = self.structure.text
        start = content_start(text, *line)
        verb = _ADDRESSING.match(text, start, line[1])
        return verb is not None and bool(body_chain(self.bodies, text, verb.end(), line[1]))

    def _intro(self, scope: Section | None, unit: Unit) -> tuple[int, int] | None:
        text = self.structure.text
        intros = [
            (s, e) for s, e in self.structure.own_lines(scope)
            if e <= unit.start and text[s:e].rstrip().endswith(":")
        ]
        return intros[-1] if intros else None

    def section_intro(self, unit: Unit) -> tuple[int, int] | None:
        """The nearest introduction to `unit`'s list inside the sections around it (not one of the
        document's own lines, which may stand far above)."""
        for scope in self.structure.scopes(unit.section):
            if scope is None:
                return None
            if intro := self._intro(scope, unit):
                return intro
        return None

    def under_quoted_provision(self, unit: Unit) -> bool:
        """Items under `Tại khoản 3 Điều 7 Nghị định số ... quy định:` quote another document's
        provisions: they assign nothing here (RULINGS R20)."""
        text = self.structure.text
        line_start = text.rfind("\n", 0, unit.start) + 1
        if content_start(text, line_start, unit.end) == line_start:
            return False  # a paragraph of the letter's own, not an item of the quote
        intro = next((i for i in self.intros(unit) if text[i[0] : i[1]].rstrip().endswith(":")), None)
        return intro is not None and bool(_QUOTING.match(self.structure.line_key(intro)))

    def intros(self, unit: Unit) -> Iterator[tuple[int, int]]:
        """The lines that set a limit for `unit`'s item, nearest first: the introductions over it
        (`..., hoàn thành trong tháng 11, cụ thể:`) and a time line closing its item (`Thời gian
        hoàn thành trước ngày ...` after the last bullet, RULINGS R12)."""
        for scope in self.structure.scopes(unit.section):
            intro = self._intro(scope, unit)
            if intro:
                yield intro
            if scope is not None:
                closing = [(s, e) for s, e in self.structure.own_lines(scope)
                           if s >= unit.end and TIME_LINE.match(self.structure.line_key((s, e)))]
                yield from closing[:1]

    def scope_lines(self, unit: Unit) -> Iterator[tuple[str, tuple[int, int]]]:
        """The lines above `unit` that may name its doers, nearest scope first: each scope's heading
        (`"heading"`) and its introduction to the unit's list (`"intro"`)."""
        for first in self._headings_above(unit):
            if first[1] <= unit.start:  # (an item's own first line is the unit, not a heading over it)
                yield "heading", first
        for scope in self.structure.scopes(unit.section):
            intro = self._intro(scope, unit)
            if intro:
                yield "intro", intro

    def inherited(self, unit: Unit) -> list[Body]:
        if unit not in self._inherited:
            self._inherited[unit] = self._inherited_by(unit)
        return self._inherited[unit]

    def _inherited_by(self, unit: Unit) -> list[Body]:
        text = self.structure.text
        # (`5. Các Phó Chủ tịch phụ trách lĩnh vực ...`: the committee the outer doer's chair heads)
        chaired = False
        found: list[Body] = []
        for scope in self.structure.scopes(unit.section):
            first = None
            if scope is not None and scope.start < unit.start:
                first = next(line_spans(text, scope.start, scope.end))
                heading = heading_doers(text, self.bodies, *first)
                if heading:
                    found = heading
                    break
                chaired = chaired or bare_chair(text, content_start(text, *first), first[1], self.bodies)
            intro = self._intro(scope, unit)
            if intro:
                found = _instruction_addressees(text, self.bodies, *intro) or self._before_label(scope, intro)
                if found:
                    break
            if first is not None and first[1] <= unit.start and self._item_under(scope, unit):
                found = _lead_in_subject(text, self.bodies, *first)
                if found:
                    break
        else:
            addressees = self.structure.by_id.get("addressees")
            if addressees:
                found = [b for b in self.bodies if addressees.start <= b.start < addressees.end]
        return self._chaired(unit, found) if chaired else found

    def chaired(self, unit: Unit) -> list[Body]:
        """The committee a bare chair in `unit`'s doer field heads (`Đơn vị chủ trì: Phó Chủ tịch ...`)."""
        return self._chaired(unit, self.inherited(unit))

    def _chaired(self, unit: Unit, doers: list[Body]) -> list[Body]:
        """The committee a bare chair heads: that of the doers around `unit`, else of the body the document
        speaks for (`Ban Thường trực Ủy ban MTTQ ... ban hành kế hoạch như sau:`, doer of no item itself)."""
        return chaired_bodies(doers or self._speakers(unit))

    def _speakers(self, unit: Unit) -> list[Body]:
        text = self.structure.text
        intros = (self._intro(scope, unit) for scope in self.structure.scopes(unit.section))
        return next((found for intro in intros if intro
                     if (found := _intro_speakers(text, self.bodies, *intro))), [])

    def _item_under(self, scope: Section, unit: Unit) -> bool:
        """Whether `unit` is an item under `scope`'s lead-in: a point of its own (`a)`, `b)`) or a marked
        line (`- ...`), not an unmarked paragraph going on with the lead-in's own item (`d) Tòa án X có
        trách nhiệm thông báo ...` + `Ở những tỉnh không có ... thì thông báo gửi ...`): part of its duty."""
        text = self.structure.text
        line_start = text.rfind("\n", 0, unit.start) + 1
        return scope is not unit.section or content_start(text, line_start, unit.end) > line_start

    def _before_label(self, scope: Section | None, intro: tuple[int, int]) -> list[Body]:
        """`3. Các bộ, ngành ... tổ chức thực hiện ... phụ trách.` + `Cụ thể:`: a bare label introducing the
        list (a few words in sentence case, no body) goes on with the sentence right before it, whose
        subject does the items."""
        text = self.structure.text
        start = content_start(text, *intro)
        if (not _BARE_LABEL.fullmatch(text, start, intro[1]) or text[start:intro[1]].isupper()
                or any(start <= b.start < intro[1] for b in self.bodies)):
            return []
        before = [line for line in self.structure.own_lines(scope) if line[1] < intro[0]]
        if not before:
            return []
        if text[before[-1][1] : intro[0]].strip():
            return self._listed_before(scope, before[-1], intro)
        line_start, line_end = before[-1]
        content = content_start(text, line_start, line_end)
        return body_chain(self.bodies, text, content, line_end) or body_chain(
            self.bodies, text, after_role(text, content, line_end), line_end)

    def _listed_before(self, scope: Section | None, lead: tuple[int, int],
                       label: tuple[int, int]) -> list[Body]:
        """`Giao các sở chuyên ngành gồm:` + `- Sở A (đối với ...);` `- Sở B ...` + `Có trách nhiệm:`: the
        bare label goes on with the list of bodies above it, each item opening with bodies; they do the
        items that follow the label."""
        text = self.structure.text
        if not text[lead[0] : lead[1]].rstrip().endswith(":"):
            return []
        items = [c for c in self.structure.children(scope) if lead[1] <= c.start and c.end <= label[0] + 1]
        found: list[Body] = []
        for item in items:
            line = next(line_spans(text, item.start, item.end), None)
            chain = body_chain(self.bodies, text, content_start(text, *line), line[1]) if line else []
            if not chain:
                return []
            found.extend(chain)
        return found


def _duty_sections(structure: Structure, bodies: list[Body]) -> dict[Section, int]:
    """`TỔ CHỨC THỰC HIỆN` sections that assign the duties body by body, with how many of their items
    are headed by a body (`1. Phòng Văn hóa và Thông tin huyện`, `3. Công an huyện: chủ trì ...`)."""
    text = structure.text
    found = {}
    for section in structure.sections:
        first = next(line_spans(text, section.start, section.end), None)
        if first is None or not _IMPLEMENTATION_HEADING.match(structure.line_key(first)):
            continue
        firsts = (next(line_spans(text, c.start, c.end), None) for c in structure.children(section))
        headed = sum(1 for line in firsts
                     if line and body_chain(bodies, text, content_start(text, *line), line[1]))
        if headed:
            found[section] = headed
    return found


_SHARED_OUT = 3  # body-headed items of an implementation part that share its duties out
