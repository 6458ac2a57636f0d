"""Whether a unit directs an action, and the action it directs.

After its subject and an opening adverbial (`Trên cơ sở ..., `, `Định kỳ hằng quý`), a task
starts with a verb or a directive word; a request addressed to a body by name (`đề nghị Sở X ...`)
is a duty whatever word opens its step. A unit is no task when it introduces a list (ends with
`:`), names bodies as a heading, assesses, agrees, states a goal or a principle, decides rather
than assigns (`Quyết định này có hiệu lực ...`), lists a legal basis, or only asks to apply a
document (a formula).
"""

import re
from bisect import bisect_left

import numpy
from spacy.tokens import Doc, Token

from policylink.core.doc_types import DOC_TYPES
from policylink.core.vietnamese import match_key
from policylink.ingest.model import Section
from policylink.nlp.body_chains import after_role
from policylink.nlp.deadline_patterns import EVERY
from policylink.nlp.model import Body
from policylink.nlp.pipeline import has_pos
from policylink.nlp.quoted_provisions import in_line_quotation
from policylink.nlp.task_actors import ASSESSMENT, GIAO, LABEL, TIME_LINE, Resolver, heading_bodies
from policylink.nlp.task_articles import (
    DUTY_LEAD_IN,
    delegates,
    in_mandate_part,
    in_power_article,
    in_procedure_article,
    in_public_article,
    norm_clause,
)
from policylink.nlp.task_formulas import REQUEST, closing_formula
from policylink.nlp.task_units import Unit

# The document type words (`quyết định`, `thông tư`, ...) in their compared form.
_TYPE_WORDS = "|".join(sorted({re.escape(match_key(t)) for t in DOC_TYPES}, key=len, reverse=True))
# Agreement with what was reported (`Cơ bản nhất trí với báo cáo ...`) assigns nothing.
_AGREEMENT = r"cơ bản nhất trí|nhất trí|đồng ý"
_NOT_TASK_START = re.compile(
    rf"^(?:{_AGREEMENT}|{ASSESSMENT}|thống nhất với|tuy nhiên"
    r"|qua\b|bên cạnh|nhìn chung|sau khi|từ năm|những năm qua|thời gian qua|năm qua|ngày \d"
    # closing formulas and the articles that decide rather than assign
    # (`Trong quá trình thực hiện, nếu có vướng mắc, ... phản ánh về ...`; `nếu cần sửa đổi, Bộ X rà soát ...`
    # charges a body with a step of its own)
    # (`Trên đây là ..., Ban X đề nghị các Bộ ... báo cáo ...` asks bodies for a step: see _SUMMING_UP)
    r"|trên đây\b(?![^.;]*\b(?:đề nghị|yêu cầu)\b)"
    r"|(?:trong )?quá trình (?:tổ chức |triển khai )?thực hiện,? nếu có\b"
    r"|trường hợp có khó khăn|nơi nhận"
    # a procedure's step, a reply to a question, a note, a total row (RULINGS R20, R21)
    r"|bước \d|trả lời\s*:|ghi chú\s*:|lưu ý\s*:|tổng cộng\b"
    # an item of a mandate that only says to whom its doer answers (`- Chịu trách nhiệm trước Thủ trưởng
    # cơ quan mình về ...`); a body charged by name so (`Giao Sở X chịu trách nhiệm trước ...`) is charged
    r"|chịu trách nhiệm (?:toàn diện )?trước\b"
    # the publishing items of a decision's Điều 1 (`Công bố 02 danh mục ...`, `Ban hành mới 16 thủ tục ...`)
    r"|(?:công bố|ban hành mới) (?:kèm theo|(?:\d+ )?(?:danh mục|thủ tục|quy trình))"
    # which rule applies, or where it does not (`Không áp dụng trong trường hợp thửa đất ...`)
    r"|sửa đổi|bãi bỏ|thay thế|thông qua|phê duyệt|ban hành kèm theo|(?:không )?áp dụng"
    r"|(?:nghị quyết|quyết định|chỉ thị|kế hoạch|hướng dẫn|quy định|quy chế|chương trình|kết luận"
    r"|thông báo|văn bản|công văn) này (?:có hiệu lực|thay thế|sửa đổi|bổ sung|bãi bỏ)"
    # a legal basis listed in a reply (`- Căn cứ Thông tư số ... hướng dẫn ...;`): no clause of its own
    r"|căn cứ (?:vào )?(?:các )?(?:quy định (?:tại|của) )?(?:hiến pháp|bộ luật|luật|pháp lệnh|nghị định"
    r"|nghị quyết|thông tư|quyết định|chỉ thị|công văn|văn bản|kế hoạch|điều|khoản|điểm)\b[^,]*$"
    # a cited document listed (`Thông báo số 12-TB/TU ...`, `Quyết định 04/2017/QĐ-UBND ngày ...`): its type
    # word may be a verb (`quyết định`, `quy định`) and the issuer a subject
    rf"|(?:{_TYPE_WORDS}) (?:số \d|\d+[^\s/]*/))"
)
# An article that sets a body up (`Điều 1. Thành lập Ban Chỉ đạo ...`) decides; an item that tells a body
# to set one up (`- Thành lập hội đồng thẩm định ...`) is a duty.
_ESTABLISHES = re.compile(r"^thành lập\b")
_ARTICLE_LINE = re.compile(r"[ \t]*Điều[ \t]+\d+[.:]?[ \t]*$")
# ... but a lead-in that says what its subject is before its duties (`Trường X là đơn vị sự nghiệp có thu, có
# tư cách pháp nhân ... và có nhiệm vụ:`) lists the standing mandate of a unit a decision founds: what the
# unit is for, no work assigned (RULINGS R95). A body set up for a job is not defined so (`Ban Chỉ đạo có
# nhiệm vụ:`).
_FOUNDED_MANDATE = re.compile(r"(?<!\w)là\s+(?:một\s+)?(?:đơn vị|cơ quan|tổ chức)(?!\w)[^:]*(?<!\w)có\s+"
                              r"(?:chức năng,?\s+)?nhiệm vụ\s*:\s*$", re.IGNORECASE)
# ... or a heading over them that names whose duties they are (`Điều 3. Nhiệm vụ của Ban Chỉ đạo ...:`)
_DUTY_TITLE = re.compile(r"^(?:nhiệm vụ|trách nhiệm) của\b.*:$")
# Items under `Các nội dung cần tập trung đánh giá bao gồm:`, `Nội dung kiểm tra:` list what one evaluation
# or inspection covers: they belong to that action's task (RULINGS R8).
_CONTENTS_INTRO = re.compile(
    r"nội dung (?:cần )?(?:tập trung )?(?:kiểm tra|đánh giá|thanh tra|giám sát|tổng kết|sơ kết)(?!\w)[^:]*:$")
# Items under `... trong các trường hợp sau đây:` list the cases in which the lead-in's action applies
# (`Theo yêu cầu của Bộ X.`, `Tố cáo mà ... có vi phạm pháp luật;`), under `... phải có đủ các điều kiện
# sau:` the conditions its subject must meet (`Có trình độ đại học trở lên ...`): no action of their own
# unless they name their doer; the lead-in that names its doer and acts is the task (nlp.tasks, as with a
# time limit, RULINGS R81).
_CASES_INTRO = re.compile(r"(?<!\w)(?:trường hợp|điều kiện) (?:sau|dưới)(?: đây)?\s*:$")
# A summing-up that goes on to ask (`Trên đây là ..., đề nghị ...`) is a closing formula unless it names
# the bodies it asks (RULINGS R7); the formula check then tells a step of their own from "implement".
_SUMMING_UP = re.compile(r"^trên đây\b")
# A procedure's step (`Bước 2: ...`, a table row `Bước 1<tab>Kiểm tra hồ sơ<tab>Chuyên viên ...`).
_PROCEDURE_STEP = re.compile(r"bước\s*\d+\b", re.IGNORECASE)
# A recurrence opening the unit (`Định kỳ hằng tháng tổ chức ...`, `Hằng quý kiểm tra ...`), also
# two periods of reports (`Định kỳ 6 tháng, năm báo cáo ...`): the action follows them.
_RECURRENCE_OPENING = re.compile(
    rf"(?:định kỳ\s*)?(?:(?:\d+\s+tháng(?:\s*,\s*(?:{EVERY}\s+)?năm)?|{EVERY}\s+\w+)(?:\s*,\s*|\s+))?",
    re.IGNORECASE,
)
# `X tổ chức theo dõi sát tình hình, tập trung khắc phục ..., trong đó:` states its own action
# before the items that detail part of it (RULINGS R13), and so does `X thực hiện các nhiệm vụ dưới đây
# và thông báo cho Y:` after the list it introduces; `... các nhiệm vụ sau:`, `cụ thể:` do not.
_OWN_ACTION_LEAD_IN = re.compile(r",\s*trong đó\s*:$|(?<!\w)(?:sau|dưới đây)\s+và\s+[^:]+:$")
# (`không có trách nhiệm` states none; `Ban Chỉ đạo có nhiệm vụ chỉ đạo ...` charges the body as
# `có trách nhiệm` does)
_TASKED = r"có (?:(?:hai|ba|các|những) )?nhiệm vụ"
DUTY = re.compile(rf"\b(?<!không )(?:(?:có|chịu) trách nhiệm|{_TASKED})\b")
# ... which names the work a subject no rule knows as a body has, even outside the document's sections (a
# press report: `Đoàn kiểm tra liên ngành có nhiệm vụ xây dựng kế hoạch ...`)
_HAS_TASKS = re.compile(rf"\b(?<!không ){_TASKED}\b")
# `theo` opens an adverbial (`Theo chức năng, ...`) but `theo dõi` is a verb (monitor).
_OPENING_ADVERBIAL = re.compile(r"^(?:trên cơ sở|căn cứ|để|đối với|trong|nhằm|theo(?! dõi)|qua)\b")
# `Thời gian tới, Đảng ủy xã cần ...`: a time still to come opens the sentence before its subject.
_TIME_OPENING = re.compile(
    r"(?:trong\s+)?(?:thời gian|năm|giai đoạn|thời kỳ)\s+(?:tới|sắp tới|tiếp theo)\s*,|sắp tới\s*,",
    re.IGNORECASE,
)
# `căn cứ chức năng, nhiệm vụ được giao chủ động ...`, `theo chức năng, nhiệm vụ, thẩm quyền chủ động ...`:
# the body's own remit, no document; its inner commas do not end the adverbial.
_REMIT_OPENING = re.compile(
    r"(?:căn cứ(?:\s+vào)?|theo|trong phạm vi)\s+chức năng,?\s+nhiệm vụ"
    r"(?:,?\s+(?:và\s+)?(?:quyền hạn|thẩm quyền))*"
    r"(?:\s+(?:được giao|của (?:mình|đơn vị|ngành|cơ quan)))?\s*,?",
    re.IGNORECASE,
)
# `Trường hợp hồ sơ nộp tại Trung tâm X thì ...`: a condition closed by `thì` within its sentence; the
# action (or its doer) follows.
_CONDITION_THEN = re.compile(r"(?:trong\s+)?trường hợp\b[^.;:\n]*?\bthì\s+", re.IGNORECASE)
# `X cần tiếp tục ...`, `X phải ...`: a modal before the directed verb.
_MODALS = {"cần", "phải", "cần phải"}
# A subject followed by an assessment or by the closing formula (`... thông báo để các cơ quan
# biết, thực hiện`) assigns nothing.
_NOT_TASK_ACTION = re.compile(
    rf"^(?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh|khen ngợi|{_AGREEMENT}"
    r"|(?:thông báo|có ý kiến|trả lời) (?:để|cho|đến|tới)\b"
    # what was done (`Cục Thống kê đã có công văn ...`), thanks, powers handed down or kept (`UBND cấp xã
    # quyết định tiêu chuẩn ...`, R25)
    r"|đã\b|(?:trân trọng )?cảm ơn|phân cấp\b|(?:trực tiếp )?quyết định\b(?! số| này)"
    # a figure set by a power (`UBND cấp tỉnh quy định mức tỷ lệ ...`), a norm (R24)
    r"|quy định (?:mức|giá|tỷ lệ|tiêu chuẩn|định mức)\b"
    # which rule applies (`Trường hợp văn bản được dẫn chiếu ... được thay thế thì áp dụng theo văn bản mới`,
    # `... thì thực hiện theo quy định tại văn bản sửa đổi, bổ sung hoặc thay thế đó`)
    r"|áp dụng\b|thực hiện theo (?:quy định (?:tại|của) )?(?:các )?văn bản\b"
    # a permission granted (`Được sử dụng con dấu ...`, RULINGS R24); `được giao` hands a duty
    r"|được\b(?! giao| phân công)"
    # a seat on a board (`Thứ trưởng Bộ X làm Phó Trưởng ban.`): a role given, as `Giao X là ...` gives one
    r"|làm (?:phó )?(?:trưởng|tổ trưởng|chủ tịch|ủy viên|uỷ viên|thành viên|thư ký)\b"
    # the standing of a body a decision founds or regulates: under whose direction it works (`Sở X chịu sự
    # chỉ đạo, quản lý của ...`), the charter it operates under (`Trường X hoạt động theo Điều lệ ...`)
    r"|chịu sự\b|(?:tổ chức (?:và )?)?hoạt động theo (?:điều lệ|quy chế|quy định|luật|pháp luật)\b)"
)
# What a named body is (`Sở X là cơ quan chuyên môn thuộc ...`, `Công ty Y là công ty trách nhiệm hữu hạn
# ...`): a definition, no work, unless the role's work follows (`..., chủ trì ...`) or a duty is stated.
_STATUS = re.compile(r"^là\s")
# Advice to an enterprise or the public in a reply (RULINGS R26): no duty of a body.
_ADVICE = re.compile(
    r"(?:^|\s)đề nghị (?:các )?(?:doanh nghiệp|công ty|người nộp thuế|nnt|người khai hải quan"
    r"|tổ chức, cá nhân|ông|bà)\b")
# An item of a list of forms (`Quyết định giao đất/cho thuê đất: Mẫu số 06;`): which form serves a
# kind of paper is no duty (RULINGS R79, H21), even where the paper's name opens with a verb.
_FORM_ITEM = re.compile(r"^[^:;.]{3,}:\s*mẫu(?: số)?\s*\d+\w*\b")
# An item that only states a time limit (`Đối với hồ sơ X thì thời gian xác định ... là 05 ngày làm
# việc theo quy định tại ...`): it spells out the limits of its lead-in's action (RULINGS R81).
_LIMIT_ITEM = re.compile(
    r"^(?:(?:đối với|trường hợp)\b[^.;:]*?\bthì\s+)?(?:thời gian|thời hạn)\b[^.;:]*?\blà\s+"
    r"(?:không quá\s+|tối đa\s+)?\d+(?:,\d+)?\s+(?:ngày|giờ|tháng|năm)\b")
# An amount per head or period (`Dạy nghề ngắn hạn mức tối thiểu 500.000 đồng / người / khoá học`): an item of
# a list of rates or entitlements names what is paid for, no one's duty (RULINGS R24).
_RATE = re.compile(
    r"\d[\d.,]*\s*(?:triệu\s+)?(?:đồng|đ)\s*/\s*(?:người|tháng|đợt|năm|lần|khoá|khóa|đối tượng)\b")
# A prohibition laid on the doers (`Bộ phận Một cửa, cơ quan giải quyết hồ sơ ... không được yêu cầu
# người sử dụng đất nộp thêm ...`) limits how they act; it directs no action (RULINGS R63, R79).
_PROHIBITION = re.compile(r"^[^.;:]*(?<!\w)không\s+được(?!\w)[^.;:]*\.?$")
# The enactment sentence above the articles (`Hội đồng nhân dân ban hành Nghị quyết ...`).
_ENACTMENT = re.compile(r"^ban hành (?:nghị quyết|quyết định|thông tư|chỉ thị|nghị định)(?! số)")
DIRECTIVE_WORDS = {
    "giao", "đề nghị", "yêu cầu", "chỉ đạo", "tiếp tục", "tập trung", "tăng cường", "đẩy mạnh",
    "nghiên cứu", "chủ trì", "phối hợp", "xây dựng", "rà soát", "huy động", "quán triệt",
    "tổ chức", "thực hiện", "ban hành", "triển khai", "kiểm tra", "bố trí", "hoàn thiện",
    "tham mưu", "nâng cao", "đổi mới", "phát huy", "quan tâm", "ưu tiên", "bảo đảm", "đảm bảo",
    "chủ động", "tích cực", "kịp thời", "khẩn trương", "theo dõi", "đôn đốc", "hướng dẫn",
    "lãnh đạo", "giám sát", "vận động", "hỗ trợ", "đề xuất", "cung cấp", "nắm bắt", "nắm", "thi hành",
}
# `Giao Vụ X là đơn vị thường trực của Ban Chỉ đạo`: a role given, no action (unless the role's work
# follows, `Giao Sở X là cơ quan thường trực, theo dõi, đôn đốc ...`).
_DESIGNATION = re.compile(r"\s*,?\s*là\s")
_DIRECTIVE = "|".join(sorted(map(re.escape, DIRECTIVE_WORDS), key=len, reverse=True))
# `Sau khi Quy hoạch được duyệt, chỉ đạo các địa phương ...`: a step that follows an event, not an account
# of what happened after it (`Sau khi kiểm tra, đoàn đã ...`).
_STEP_AFTER = re.compile(rf"sau khi[^,.;:]*,\s*(?:{_DIRECTIVE})(?!\w)")
_ROLE_WORK = re.compile(rf"[,;]\s*(?:{_DIRECTIVE})(?!\w)")
# Tagged as nouns, but actions after an opening adverbial (`Trong thời hạn 05 ngày ..., báo cáo
# Sở X về ...`). Not directive words: inside the adverbial they would hide the subject before
# them, and a unit that starts with one may be a document's title (`Báo cáo kết quả ...`).
_ACTION_NOUNS = {"báo cáo"}
_ADVERBIAL_WORDS = 16  # tokens searched for the action after an opening adverbial without a comma
_MIN_WORDS = 3  # a duty names at least an action and what it acts on
_ASSIGNMENT_WORDS = {"chủ trì", "phối hợp", "với", ",", "có", "liên quan", "chặt chẽ"}


class Tokens:
    """The doc's non-space tokens by offset: a unit's tokens by bisection (iterating the whole Doc
    per unit made task finding quadratic). Offsets come from the Doc's arrays; Token objects are
    made only for the units asked for."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        words = numpy.flatnonzero(doc.to_array("IS_SPACE") == 0)
        self.indices: list[int] = words.tolist()
        self.starts: list[int] = doc.to_array("IDX")[words].tolist()

    def between(self, start: int, end: int) -> list[Token]:
        doc = self.doc
        return [doc[i] for i in self.indices[bisect_left(self.starts, start) : bisect_left(self.starts, end)]]


def after_adverbial(text: str, tokens: list[Token]) -> list[Token]:
    """Tokens after an opening adverbial (`Trên cơ sở ..., kịp thời chỉ đạo`): it ends at the
    first comma followed by a directive word, else at a colon, else at the first comma. An opening recurrence
    (`Định kỳ 6 tháng báo cáo`) is skipped."""
    set_off = (len(tokens) > 1 and tokens[0].text == ","
               and bool(_OPENING_ADVERBIAL.match(match_key(tokens[1].text))))
    if set_off:
        tokens = tokens[1:]  # `UBND tỉnh, căn cứ Thông tư ... để điều chỉnh ...`: set off after the subject
    if tokens:
        recurrence = _RECURRENCE_OPENING.match(text, tokens[0].idx)
        if recurrence and recurrence.end() > tokens[0].idx:
            rest = [t for t in tokens if t.idx >= recurrence.end()]
            tokens = rest or tokens
    if tokens:
        fixed = _REMIT_OPENING.match(text, tokens[0].idx) or _TIME_OPENING.match(
            text, tokens[0].idx) or _CONDITION_THEN.match(text, tokens[0].idx)
        if fixed:
            return [t for t in tokens if t.idx >= fixed.end()]
    if not tokens or not (
        _OPENING_ADVERBIAL.match(match_key(tokens[0].text)) or has_pos(tokens[0], "E")
    ):
        return tokens
    commas = [i for i, t in enumerate(tokens[:60]) if t.text == ","]
    for i in commas:
        if i + 1 < len(tokens) and match_key(tokens[i + 1].text) in DIRECTIVE_WORDS:
            return tokens[i + 1 :]
    if match_key(tokens[0].text) == "căn cứ" and (purpose := _purpose_action(tokens, set_off)) is not None:
        return tokens[purpose:]  # `căn cứ quy định và hồ sơ, tình hình thực tế để kịp thời hướng dẫn ...`
    colon = next((i for i, t in enumerate(tokens[:60]) if t.text == ":"), None)
    if colon is not None and colon + 1 < len(tokens):
        return tokens[colon + 1 :]  # `Đối với hồ sơ đã nộp, đủ điều kiện: Cơ quan thuế ...`
    if commas:
        return tokens[commas[0] + 1 :]
    # no comma (`căn cứ nội dung Kết luận này xây dựng kế hoạch`): the first directive word
    directive = next((i for i, t in enumerate(tokens[1:_ADVERBIAL_WORDS], 1)
                      if match_key(t.text) in DIRECTIVE_WORDS), None)
    return tokens[directive:] if directive is not None else tokens


def _purpose_action(tokens: list[Token], set_off: bool) -> int | None:
    """Where the action of a `căn cứ ...` adverbial starts when `để` + a directed verb closes a basis that
    holds commas of its own (`căn cứ quy định và hồ sơ, tình hình thực tế để kịp thời hướng dẫn ...`: the
    first comma does not end it) or that commas set off after the subject (`UBND tỉnh, căn cứ Thông tư số
    ... để điều chỉnh mức trợ cấp, ...`). Right after a subject with no comma (`UBND các xã căn cứ dự toán
    được giao để quyết định ...`) the purpose is part of the action. The index past `để`, or None."""
    comma = set_off
    for i, t in enumerate(tokens[1:_ADVERBIAL_WORDS * 2], 1):
        if t.text in (".", ";", ":"):
            return None
        comma = comma or t.text == ","
        if comma and match_key(t.text) == "để" and directs(tokens[i + 1 : i + 4]):
            return i + 1
    return None


# `X thuộc Y`, `X trực thuộc Y`: a verb that only places its subject in the body above it.
_MEMBERSHIP = {"thuộc", "trực thuộc"}


def directs(tokens: list[Token]) -> bool:
    """Whether the tokens after the subject and the adverbial open with a directed verb."""
    while tokens and match_key(tokens[0].text) in _MODALS:
        tokens = tokens[1:]
    if not tokens:
        return False
    first = match_key(tokens[0].text)
    if first in ("không", "chưa") and len(tokens) > 1 and match_key(tokens[1].text) == "có":
        return False  # `cơ quan thuế không có trách nhiệm ...` states what is not so
    if first in _MEMBERSHIP:
        return False  # `Trưởng Công an huyện ... thuộc tỉnh;`: where the subject belongs, no action
    if first in DIRECTIVE_WORDS or has_pos(tokens[0], "V"):
        return True
    if has_pos(tokens[0], "A", "R") and any(has_pos(t, "V") for t in tokens[1:3]):
        return True
    return _adjectives_with_object(tokens)


_MODAL_SUBJECT_WORDS = 12  # tokens of a subject no rule knows as a body, before its modal
_DISTRIBUTIVE = ("các", "từng", "mỗi")
_THINGS = ("khoản", "số", "loại", "văn bản", "hồ sơ", "nội dung")  # counted things, no doers


def _modal_duty(tokens: list[Token]) -> bool:
    """`Từng cơ quan, đơn vị phải chủ động rà soát ...`: a modal of obligation after a subject no rule names
    as a body, in the first clause, before a directed verb: the sentence lays a duty on that subject. Only a
    subject of doers counted out (`các`, `từng`, `mỗi`): after other nouns the modal qualifies a thing (`các
    khoản phải đóng góp`, `biên bản phải lập ...`, `số thuế phải nộp`)."""
    if len(tokens) < 2 or match_key(tokens[0].text) not in _DISTRIBUTIVE:
        return False
    if match_key(tokens[1].text) in _THINGS:
        return False
    for i, token in enumerate(tokens[:_MODAL_SUBJECT_WORDS]):
        if token.text in (".", ";", ":"):
            return False
        if i > 0 and match_key(token.text) in _MODALS:
            rest = tokens[i + 1 :]
            return bool(rest) and match_key(rest[0].text) != "được" and directs(rest)
    return False


def _adjectives_with_object(tokens: list[Token]) -> bool:
    """`Công khai, minh bạch danh mục ...`: coordinated adjectives taking a noun object act as verbs."""
    i = 0
    while i + 2 < len(tokens) and has_pos(tokens[i], "A") and (
            tokens[i + 1].text == "," or match_key(tokens[i + 1].text) == "và"
    ) and has_pos(tokens[i + 2], "A"):
        i += 2
    return i > 0 and i + 1 < len(tokens) and has_pos(tokens[i + 1], "N", "Np")


_DETERMINERS = ("các", "những", "mọi")


def _in_noun_phrase(tokens: list[Token], i: int) -> bool:
    """A verb's tag on a word of a noun phrase: after a determiner (`các tổ chức, cá nhân`) or in the
    qualifier `(có) liên quan`."""
    word = match_key(tokens[i].text)
    following = match_key(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    return (i > 0 and match_key(tokens[i - 1].text) in _DETERMINERS) or word == "liên quan" or (
        word == "có" and following == "liên quan")


def action_phrase(text: str, tokens: list[Token], bodies: list[Body]) -> str | None:
    """The first verb phrase: from the first verb to a clause break or a new `, verb + body`."""
    body_starts = {b.start for b in bodies}
    while tokens and (match_key(tokens[0].text) in _ASSIGNMENT_WORDS
                      or any(b.start <= tokens[0].idx < b.end for b in bodies)):
        tokens = tokens[1:]  # `chủ trì, phối hợp với X` names roles, the action follows

    def is_verb(i: int) -> bool:
        return (match_key(tokens[i].text) in DIRECTIVE_WORDS or has_pos(tokens[i], "V")) \
            and not _in_noun_phrase(tokens, i)

    # `..., tổ chức, cá nhân có liên quan chịu trách nhiệm`: the qualifier closes the doers' phrase
    # when the action follows it at once
    related = next((i for i, t in enumerate(tokens) if match_key(t.text) == "liên quan"), None)
    after_related = related is not None and related + 1 < len(tokens) and is_verb(related + 1) and not any(
        t.text in (";", ".", ":") for t in tokens[:related])
    # (the tags are read up to the first verb only: a stretch of the document is tagged on first use)
    first = next((i for i in range(related + 1 if after_related else 0, len(tokens)) if is_verb(i)), None)
    if first is None:
        return None
    last = first
    for i in range(first + 1, len(tokens)):
        t = tokens[i]
        if t.text in (";", ".", ":", "(", "?", "!"):
            break
        if t.text == "," and i + 2 < len(tokens) and (
            tokens[i + 2].idx in body_starts or i - first >= 12
        ) and has_pos(tokens[i + 1], "V"):
            break
        last = i
    start, end = tokens[first].idx, tokens[last].idx + len(tokens[last].text)
    # a table row's action stays in its cell
    return text[start:end].split("\t")[0].strip(" ,") or None


def _is_area_item(text: str, unit: Unit, bodies: list[Body], duty_sections: list[Section]) -> bool:
    """`1. Phát triển hạ tầng số: 100% thôn ...`: an area and its targets, outside the part that
    assigns the duties body by body, directs no one (DECISIONS-4)."""
    if not duty_sections or any(s.start <= unit.start < s.end for s in duty_sections):
        return False
    label = LABEL.match(text, unit.start, unit.end)
    return label is not None and not any(unit.start <= b.start < label.end() for b in bodies)


# A lead-in with a doer and its own action whose items only state its limits (`Cơ quan thuế chủ trì
# ... ban hành các Thông báo ... đúng thời gian quy định, cụ thể:` + `a) Đối với hồ sơ ... thì thời gian
# ... là 05 ngày`): the lead-in is the task (RULINGS R81); nlp.tasks gives this verdict.
LIMITED_LEAD_IN = "limited-lead-in"
# An item that names only its doers and what part of the work is theirs (`- Sở X đối với thủ tục số 03;`)
# under a lead-in that assigns the action (`Giao Sở X, Sở Y chủ trì ... xây dựng quy trình ..., cụ thể:`):
# the item is the task, with the lead-in's action (RULINGS R1, R13).
SHARED_ACTION = "shares-lead-in"
# The reasons `verdict` gives; a unit is a task by the rules when its reason is one of these.
ACCEPTING = frozenset({"table-row", "assigns", "duty-item", "requests", "directs", "adverbial-action",
                       "duty-phrase", "execution", "modal-duty", LIMITED_LEAD_IN, SHARED_ACTION})
# What may follow the doers in such an item: the part of the work that is theirs, no verb of its own.
_SHARE = re.compile(r"[,:]?\s*(?:(?:đối với|về)\s[^.;:]*)?[.;]?")
# The execution clause closing a decision (`Chánh Văn phòng ..., Giám đốc các Sở ... chịu trách nhiệm thi
# hành Quyết định này.`, `Các ông (bà): ...; Thủ trưởng các ngành ... căn cứ Quyết định thi hành.`): a duty of
# those it lists, however the list is written (RULINGS R95), even where no rule tells titles from bodies.
_ACT = r"(?:quyết định|nghị quyết|chỉ thị|thông tư)"
_EXECUTION = re.compile(
    rf"(?<!\w)(?:(?:chịu|có) trách nhiệm(?: tổ chức)?|căn cứ {_ACT}(?: này)?(?: để)?)"
    rf" thi hành(?: {_ACT} này)?\s*\.?$")
# A lead-in that hands out an action: `Giao X ...`, `X chủ trì ...`, `X có trách nhiệm ...`.
_ASSIGNING = re.compile(r"(?<!\w)(?:giao|phân công|chủ trì|(?:có|chịu) trách nhiệm)(?!\w)", re.IGNORECASE)


def verdict(text: str, unit: Unit, tokens: list[Token], resolver: Resolver,
            bodies: list[Body], stated: list[Body]) -> str:
    """Why the rules take `unit` for a task or not: the first check that decides, as a short code
    (a task when it is in ACCEPTING). The learned duty model (nlp.duty_model) reads it as a feature."""
    body_text = text[unit.start : unit.end].strip()
    letters = list(filter(str.isalpha, body_text))
    if not letters or all(map(str.isupper, letters)):
        return "no-lower-case"
    if len(re.findall(r"\w+", body_text)) < _MIN_WORDS:
        return "fragment"  # a mark or a cell of a form (`x`, `Có`), no action with its object
    if body_text.endswith(":") and not _OWN_ACTION_LEAD_IN.search(body_text):
        return "lead-in"
    if _PROCEDURE_STEP.match(body_text):
        return "not-task-start"  # a step of a procedure, in a table or not (RULINGS R20, R21)
    if unit.responsible_cell is not None and text[slice(*unit.responsible_cell)].strip():
        return "table-row"  # a row of an assignment table: its columns say who does the work
    body_key = match_key(body_text)
    action_key = match_key(text[tokens[0].idx : unit.end]) if tokens else ""
    checks = (
        ("not-task-start", lambda: (_NOT_TASK_START.match(body_key) and not _STEP_AFTER.match(body_key)) or (
            not stated and _SUMMING_UP.match(body_key))),
        ("question", lambda: body_text.endswith("?")),  # an interviewer's question: it asks, no one acts
        ("establishes", lambda: _ESTABLISHES.match(body_key) and _ARTICLE_LINE.match(
            text, text.rfind("\n", 0, unit.start) + 1, unit.start)),
        ("prohibition", lambda: stated and _PROHIBITION.match(body_key)),
        ("form-item", lambda: _FORM_ITEM.match(body_key)),
        ("limit-item", lambda: not stated and _LIMIT_ITEM.match(body_key)),
        # `Thời gian thực hiện trong quý I năm 2010.` under an item: the time limit of the work above it
        # (RULINGS R12), no work of its own; `Thời gian tới, ...` opens a duty
        ("time-line", lambda: not stated and TIME_LINE.match(body_key) and not _TIME_OPENING.match(body_key)),
        ("rate", lambda: not stated and _RATE.search(body_key) and not DUTY.search(body_key)),
        ("heading", lambda: heading_bodies(text, bodies, unit.start, unit.end) is not None),
        ("plan-area", lambda: not stated and resolver.in_plan_area(unit)),
        ("goal", lambda: resolver.in_goal_context(unit) or (not stated and resolver.under_principles(unit))),
        ("contents", lambda: not stated and (intro := resolver.section_intro(unit)) is not None
         and _CONTENTS_INTRO.search(resolver.structure.line_key(intro))),
        ("case-item", lambda: not stated and (intro := resolver.section_intro(unit)) is not None
         and _CASES_INTRO.search(resolver.structure.line_key(intro))),
        ("not-task-action", lambda: tokens and _NOT_TASK_ACTION.match(action_key)),
        ("status", lambda: tokens and stated and not re.search(r"\w", text[unit.start : stated[0].start])
         and _STATUS.match(action_key) and not DUTY.search(action_key) and not _ROLE_WORK.search(action_key)),
        ("enactment", lambda: tokens and unit.section is None and _ENACTMENT.match(action_key)),
        ("formula", lambda: closing_formula(text, unit, tokens, bodies, stated)),
        ("advice", lambda: _ADVICE.search(body_key)),
        ("quoted", lambda: resolver.under_quoted_provision(unit) or in_line_quotation(text, unit.start)),
        ("area", lambda: _is_area_item(text, unit, bodies, resolver.duty_sections)
         and not _EXECUTION.search(body_key)),
        ("delegated", lambda: delegates(text) and not DUTY.search(body_key)
         and in_power_article(text, resolver, unit)),
        ("mandate", lambda: not GIAO.match(body_text) and in_mandate_part(text, resolver, unit)),
        ("procedure", lambda: not DUTY.search(body_key) and in_procedure_article(text, resolver, unit)),
        ("public-norm", lambda: not stated and in_public_article(text, resolver, unit)),
        ("norm", lambda: not stated and not DUTY.search(body_key) and norm_clause(text, resolver, unit)),
    )
    for reason, check in checks:
        if check():
            return reason
    if GIAO.match(body_text) and stated and _designates(text, stated[-1].end, unit.end):
        return "designates"
    if unit.responsible_cell is not None or GIAO.match(body_text):
        return "assigns"
    if not stated and (intro := resolver.section_intro(unit)) and _FOUNDED_MANDATE.search(text, *intro):
        return "mandate"
    if not stated and (intro := resolver.section_intro(unit)) and (
            DUTY_LEAD_IN.search(text, *intro) or _DUTY_TITLE.match(resolver.structure.line_key(intro))):
        return "duty-item"  # `Nhóm giúp việc có nhiệm vụ:` + `- Làm đầu mối liên hệ ...`
    if stated and tokens and _requested(text, unit, stated):
        return "requests"  # asked of a body by name: what follows is the step, whatever word opens it
    if stated and shares_lead_in(text, unit, stated, resolver):
        return SHARED_ACTION
    if unit.section is None and not stated and not _HAS_TASKS.search(body_key):
        return "outside-sections"  # header block, preamble: only with a named actor or its tasks
    if directs(tokens):
        return "directs"
    if _acts_after_adverbial(text, unit, tokens):
        return "adverbial-action"
    if _EXECUTION.search(body_key) and "\n" not in body_text:
        return "execution"
    if _modal_duty(tokens):
        return "modal-duty"
    return "duty-phrase" if DUTY.search(body_key) else "no-action"


def _designates(text: str, start: int, end: int) -> bool:
    """Whether the words after an assignment's bodies only give them a role (`... là đơn vị thường trực`)."""
    role = _DESIGNATION.match(text, start, end)
    return role is not None and not _ROLE_WORK.search(match_key(text[role.end() : end]))


def shares_lead_in(text: str, unit: Unit, stated: list[Body], resolver: Resolver) -> bool:
    """Whether `unit` is an item naming only its doers (perhaps with their share of the work) under a
    lead-in that assigns the action (SHARED_ACTION)."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    if stated[0].start > unit.start + 1 or not text[line_start : unit.start].strip():
        return False  # not an item opening with its doers
    if not _SHARE.fullmatch(text[stated[-1].end : unit.end].strip()):
        return False
    intro = next((i for i in resolver.intros(unit) if text[i[0] : i[1]].rstrip().endswith(":")), None)
    return intro is not None and bool(_ASSIGNING.search(text, *intro))



def _requested(text: str, unit: Unit, stated: list[Body]) -> bool:
    """Whether a request verb addresses the stated doers (`Để ..., đề nghị Sở X gửi ...`)."""
    before = list(REQUEST.finditer(text, unit.start, stated[0].start))
    return bool(before) and after_role(text, before[-1].end(), unit.end) == stated[0].start


def _acts_after_adverbial(text: str, unit: Unit, tokens: list[Token]) -> bool:
    """`Trong thời hạn ..., báo cáo X`: an action noun right after the adverbial's comma."""
    return bool(tokens) and tokens[0].idx > unit.start and match_key(tokens[0].text) in _ACTION_NOUNS \
        and text[unit.start : tokens[0].idx].rstrip().endswith(",")
