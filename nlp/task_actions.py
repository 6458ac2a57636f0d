"""Whether a unit directs an action: the rules' verdict on it.

After its subject and an opening adverbial (`Trên cơ sở ..., `, `Định kỳ hằng quý`), a task
starts with a verb or a directive word (read by nlp.task_verbs); a request addressed to a body by
name (`đề nghị Sở X ...`) is a duty whatever word opens its step. A unit is no task when it
introduces a list (ends with `:`), names bodies as a heading, assesses, agrees, states a goal or a
principle, decides rather than assigns (`Quyết định này có hiệu lực ...`), lists a legal basis, or
only asks to apply a document (a formula).
"""

import re
from collections.abc import Callable

from spacy.tokens import Token

from policylink.core.doc_types import DOC_TYPES
from policylink.core.vietnamese import match_key
from policylink.ingest.model import Section
from policylink.nlp.body_chains import after_role
from policylink.nlp.model import Body
from policylink.nlp.public_addressees import PUBLIC
from policylink.nlp.quoted_provisions import in_line_quotation, opens_reproduction
from policylink.nlp.role_doers import role_duty
from policylink.nlp.task_actors import ASSESSMENT, GIAO, LABEL, TIME_LINE, Resolver, heading_bodies
from policylink.nlp.task_articles import (
    DUTY_LEAD_IN,
    delegates,
    in_amended_text,
    in_appendix_form,
    in_mandate_part,
    in_post_description,
    in_power_article,
    in_procedure_article,
    in_public_article,
    norm_clause,
)
from policylink.nlp.task_formulas import CONCLUDING, REQUEST, closing_formula
from policylink.nlp.task_measures import measure_row
from policylink.nlp.task_narration import narrates
from policylink.nlp.task_units import Unit, content_start
from policylink.nlp.task_verbs import DIRECTIVE_WORDS, TIME_OPENING, directs, fronted_action, modal_duty

# The document type words (`quyết định`, `thông tư`, ...) in their compared form.
_TYPE_WORDS = "|".join(sorted({re.escape(match_key(t)) for t in DOC_TYPES}, key=len, reverse=True))
# Agreement with what was reported (`Cơ bản nhất trí với báo cáo ...`) assigns nothing.
_AGREEMENT = r"cơ bản nhất trí|nhất trí|đồng ý"
# To whom a doer answers (`chịu trách nhiệm trước ...`): no work of its own (RULINGS R63).
_ANSWERS_TO = r"chịu trách nhiệm (?:toàn diện )?trước\b"
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
    rf"|{_ANSWERS_TO}"
    # the publishing items of a decision's Điều 1 (`Công bố 02 danh mục ...`, `Ban hành mới 16 thủ tục ...`)
    r"|(?:công bố|ban hành mới) (?:kèm theo|(?:\d+ )?(?:danh mục|thủ tục|quy trình))"
    # which rule applies, or where it does not (`Không áp dụng trong trường hợp thửa đất ...`)
    r"|sửa đổi|bãi bỏ|thay thế|thông qua|phê duyệt|ban hành kèm theo|(?:không )?áp dụng"
    # an amendment that adds a phrase or a provision (`Bổ sung cụm từ “...” trước cụm từ ...`, `Bổ sung
    # khoản 3 vào sau ...`): as `Sửa đổi ...`, no task (R24); `Bổ sung kinh phí ...` adds money, a step
    r"|bổ sung (?:các )?(?:cụm từ|từ ngữ"
    r"|(?:điểm [a-zđ]|khoản \d|điều \d|mục [ivx\d]|chương [ivx\d]|phụ lục)(?!\w))"
    # a sanction a decree sets (`Phạt tiền từ 10.000.000 đồng đến ... đối với hành vi ...`): a norm (R24)
    r"|phạt (?:tiền|cảnh cáo)\b"
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
# ... or a heading line of its own over them (`2. Trách nhiệm của chủ đầu tư.`, `3. Trách nhiệm của đơn vị thi
# công`), whoever the doer is, a body or a project's role (nlp.role_doers); `Quyền của ...` lists powers.
_DUTY_HEADING = re.compile(r"^(?:nhiệm vụ|trách nhiệm) của\b[^:;]*[.:]?$")
# Under such a heading a decision the doer must take (`Quyết định giải quyết những phát sinh ...`) is one of
# its duties, no power handed down (RULINGS R25 reads powers listed as such).
# ... but a heading line itself (`4. Quyền của đơn vị tư vấn`, `3. Trách nhiệm của chủ đầu tư`) is none.
_PART_HEADING = re.compile(r"^(?:quyền|nghĩa vụ|nhiệm vụ|trách nhiệm)\b[^:;.]*\bcủa\b[^:;]*[.:]?$")
_DECIDES = re.compile(r"^(?:trực tiếp )?quyết định\b")
# Items under `Các nội dung cần tập trung đánh giá bao gồm:`, `Nội dung kiểm tra:` list what one evaluation
# or inspection covers: they belong to that action's task (RULINGS R8).
_CONTENTS_INTRO = re.compile(
    r"nội dung (?:cần )?(?:tập trung )?(?:kiểm tra|đánh giá|thanh tra|giám sát|tổng kết|sơ kết)(?!\w)[^:]*:$")
# Items under `... trong các trường hợp sau đây:` list the cases in which the lead-in's action applies
# (`Theo yêu cầu của Bộ X.`, `Tố cáo mà ... có vi phạm pháp luật;`), under `... phải có đủ các điều kiện
# sau:` the conditions its subject must meet (`Có trình độ đại học trở lên ...`), under `... theo các hình
# thức (cơ chế, nguyên tắc, tiêu chí) sau:` the kinds its noun names (`Kiểm tra đột xuất ...`): no action of
# their own unless they name their doer; the lead-in that names its doer and acts is the task (nlp.tasks,
# as with a time limit, RULINGS R81).
_CASES_INTRO = re.compile(
    r"(?<!\w)(?:trường hợp|điều kiện|nguyên tắc|cơ chế|hình thức|phương thức|cách thức|tiêu chí|tiêu chuẩn)"
    r" (?:sau|dưới)(?: đây)?\s*:$")
# Items under `Chi đầu tư phát triển:`, `Nội dung chi gồm:`, `Kinh phí ... được sử dụng để chi cho các nội
# dung sau:` list what money may be spent on (`Mua sắm, sửa chữa tài sản ...;`): categories of spending,
# which a budget rule sets, not work a body is charged with (RULINGS R24: entitlements and norms are no
# tasks). Items naming their doer (`Sở X chi ...`) are judged as any other.
_SPENDING_INTRO = re.compile(
    r"^(?:(?:các\s+)?(?:nhiệm vụ|nội dung|khoản|mục)\s+)?chi(?:\s+(?:thường xuyên|đầu tư(?: phát triển)?"
    r"|sự nghiệp|viện trợ|hỗ trợ|khác))?(?:\s+(?:gồm|bao gồm))?(?:\s+(?:các|những))?"
    r"(?:\s+(?:nội dung|khoản|hoạt động))?(?:\s+sau(?: đây)?)?\s*:$"
    r"|^(?:các\s+)?(?:nội dung|khoản|nhiệm vụ) chi(?!\s*(?:tiết|phí|trả|nhánh|cục|bộ|hội|đoàn))\b[^:]*:$"
    r"|(?<!\w)(?:sử dụng|dùng) (?:để )?chi (?:cho |vào )?(?:các |những )?[^:]*:$")
# A named doer charged with issuing a document (`Bộ trưởng Bộ X ban hành quyết định quy định chức năng ... của
# các đơn vị thuộc Bộ`, `... trình Thủ tướng Chính phủ ban hành danh sách ...`): in a decision that sets a
# mandate it is the work the decision assigns, no power it lists (RULINGS R95).
_ISSUES = re.compile(r"(?:trình\b[^.;]{0,80}?)?ban hành\b")
# A summing-up that goes on to ask (`Trên đây là ..., đề nghị ...`) is a closing formula unless it names
# the bodies it asks (RULINGS R7); the formula check then tells a step of their own from "implement".
_SUMMING_UP = re.compile(r"^trên đây\b")
# A procedure's step (`Bước 2: ...`, a table row `Bước 1<tab>Kiểm tra hồ sơ<tab>Chuyên viên ...`).
_PROCEDURE_STEP = re.compile(r"bước\s*\d+\b", re.IGNORECASE)
# `X tổ chức theo dõi sát tình hình, tập trung khắc phục ..., trong đó:` states its own action
# before the items that detail part of it (RULINGS R13), also where `trong đó` opens a sentence of its own
# naming what the items stress (`X hoàn thiện ... trước ngày ... . Trong đó chú ý một số nội dung sau:`), and
# so does `X thực hiện các nhiệm vụ dưới đây và thông báo cho Y:` after the list it introduces; `... các nhiệm
# vụ sau:`, `cụ thể:` do not.
_OWN_ACTION_LEAD_IN = re.compile(r",\s*trong đó\s*:$|\.\s+(?i:trong đó)(?:\s[^:.;\n]{1,80})?:$"
                                 r"|(?<!\w)(?:sau|dưới đây)\s+và\s+[^:]+:$")
# `Chủ đầu tư lập hồ sơ kiểm tra ... . Hồ sơ bao gồm:`: a sentence of its own states the action before the
# last one introduces what a thing consists of (`X bao gồm:`, `Nội dung thẩm định gồm:`); the items list
# its components, not the duties the sentence before would introduce: that sentence is judged as any other.
_COMPONENTS_AFTER_SENTENCE = re.compile(
    r"[.;][^\S\n]+[A-ZĐÀ-Ỹ][^.;:\n]*(?<!\w)(?:bao gồm|gồm)(?:[^\S\n]+có)?(?:[^\S\n]+(?:các|những))?"
    r"(?:[^\S\n]+(?:nội dung|tài liệu|thành phần|giấy tờ))?(?:[^\S\n]+sau(?:[^\S\n]+đây)?)?[^\S\n]*:$")
# (`không có trách nhiệm` states none; `Ban Chỉ đạo có nhiệm vụ chỉ đạo ...` charges the body as
# `có trách nhiệm` does)
_TASKED = r"có (?:(?:hai|ba|các|những) )?nhiệm vụ"
DUTY = re.compile(rf"\b(?<!không )(?:(?:có|chịu) trách nhiệm|{_TASKED})\b")
# ... but answering for something (`... chịu trách nhiệm về tính chính xác của thông tin`, `... chịu trách
# nhiệm trước pháp luật`, `... chịu trách nhiệm trong việc quản lý ...`) states whom a subject answers to
# and for what, no work it is charged with: an action after the phrase (`có trách nhiệm kiểm tra ...`) is
# one.
_ACCOUNTABLE = re.compile(r"chịu trách nhiệm(?: hoàn toàn| toàn diện)? (?:về|trước|trong)\b")
# ... which names the work a subject no rule knows as a body has, even outside the document's sections (a
# press report: `Đoàn kiểm tra liên ngành có nhiệm vụ xây dựng kế hoạch ...`)
_HAS_TASKS = re.compile(rf"\b(?<!không ){_TASKED}\b")
# A subject followed by an assessment or by the closing formula (`... thông báo để các cơ quan
# biết, thực hiện`) assigns nothing.
_NOT_TASK_ACTION = re.compile(
    rf"^(?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh|khen ngợi|{_AGREEMENT}"
    r"|(?:thông báo|có ý kiến|trả lời) (?:để|cho|đến|tới)\b"
    # what was done (`Cục Thống kê đã có công văn ...`), thanks, powers handed down or kept (`UBND cấp xã
    # quyết định tiêu chuẩn ...`, R25)
    # a report's closing line (`UBND tỉnh trân trọng báo cáo Bộ X xem xét, giải quyết`: DECISIONS-2)
    r"|đã\b|(?:trân trọng )?cảm ơn|(?:kính|trân trọng) báo cáo\b"
    r"|phân cấp\b|(?:trực tiếp )?quyết định\b(?! số| này)"
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
# A named body's accountability alone (`Sở X chịu trách nhiệm trước UBND tỉnh về ...`, `... trước UBND tỉnh
# thực hiện chức năng quản lý nhà nước về ...`): to whom it answers, no work (RULINGS R63), unless another
# clause of the unit charges it (`...; không để tái lấn chiếm đất`) or a `Giao` hands it the charge.
_ACCOUNTABILITY = re.compile(rf"^{_ANSWERS_TO}[^;]*$")
# What a named body is (`Sở X là cơ quan chuyên môn thuộc ...`, `Công ty Y là công ty trách nhiệm hữu hạn
# ...`): a definition, no work, unless the role's work follows (`..., chủ trì ...`) or a duty is stated.
_STATUS = re.compile(r"^là\s")
# ... and what a subject is where the bodies found stop short of the whole noun phrase (`Cơ quan tham mưu về
# tổ chức bộ máy thuộc bộ là cơ quan thẩm định ...`, `Công ty X (sau đây gọi tắt là ...) là công ty ...`): a
# noun phrase with no comma, `là` and the class of unit it is; brackets are read past.
_UNNAMED_STATUS = re.compile(
    r"^[^,;:.()]{3,200}?\slà (?:một )?(?:cơ quan|tổ chức|đơn vị|công ty|doanh nghiệp|cơ sở|đầu mối)\s")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# Advice to an enterprise or the public in a reply (RULINGS R26): no duty of a body.
_ADVICE = re.compile(rf"(?:^|\s)đề nghị (?:(?:các|những|quý) )?{PUBLIC}")
# An item of a list of forms (`Quyết định giao đất/cho thuê đất: Mẫu số 06;`): which form serves a
# kind of paper is no duty (RULINGS R79, H21), even where the paper's name opens with a verb.
_FORM_ITEM = re.compile(r"^[^:;.]{3,}:\s*mẫu(?: số)?\s*\d+\w*\b")
# An item that only states a time limit (`Đối với hồ sơ X thì thời gian xác định ... là 05 ngày làm
# việc theo quy định tại ...`): it spells out the limits of its lead-in's action (RULINGS R81).
_LIMIT_ITEM = re.compile(
    r"^(?:(?:đối với|trường hợp)\b[^.;:]*?\bthì\s+)?(?:thời gian|thời hạn)\b[^.;:]*?\blà\s+"
    r"(?:không quá\s+|tối đa\s+)?\d+(?:,\d+)?\s+(?:ngày|giờ|tháng|năm)\b")
# A matter referred to the provision that governs it (`Thủ tục, trình tự kiểm tra thực hiện theo quy định tại
# khoản 1 Điều 79 Luật Hải quan.`, `Về điều kiện áp dụng: thực hiện theo quy định tại Thông tư ...`): which
# rule applies, no doer charged (RULINGS R20, R24); a clause that opens with a case (`Đối với ...`,
# `Trường hợp ...`) leads to a main clause of its own.
_RULE_REFERENCE = re.compile(
    r"^(?!đối với|trường hợp|khi|nếu|sau khi|trong)[^;]{3,150}?\s+thực hiện theo"
    r" (?:các )?(?:quy định|hướng dẫn)(?: (?:tại|của))?\s[^;]*[.;]?$")
# An activity said to be done, with no doer (`Việc phê duyệt học sinh nội trú được thực hiện trong kỳ tuyển
# sinh ...`, `Chậm nhất là ngày ..., việc xác minh ... phải được tiến hành xong.`): when or how the work is
# done, a norm or the limit of work charged elsewhere, no one's duty (RULINGS R12, R24).
_PASSIVE_ACTIVITY = re.compile(
    r"^(?:[^,;.]{0,100},\s*)?việc\s[^.;]*?(?<!\w)(?:phải\s+)?được\s+"
    r"(?:thực hiện|tiến hành|hoàn thành|tổ chức)(?!\w)")
# An instruction on filling in a form (`Ghi mức hưởng ... tại trường số 17 ...`, `Chọn “Thông tuyến” tại Mục
# 13 ...`): what to write in a field, addressed to whoever fills it, no body's duty.
_FORM_FIELD = re.compile(r"^(?:ghi|điền)\s(?!nhận|chép|nhớ|âm|hình|danh|công|lại)|^chọn\s*[“\"«]")
# An amount per head or period (`Dạy nghề ngắn hạn mức tối thiểu 500.000 đồng / người / khoá học`): an item of
# a list of rates or entitlements names what is paid for, no one's duty (RULINGS R24).
_RATE = re.compile(
    r"\d[\d.,]*\s*(?:triệu\s+)?(?:đồng|đ)\s*/\s*(?:người|tháng|đợt|năm|lần|khoá|khóa|đối tượng)\b")
# A prohibition laid on the doers (`Bộ phận Một cửa, cơ quan giải quyết hồ sơ ... không được yêu cầu
# người sử dụng đất nộp thêm ...`) limits how they act; it directs no action (RULINGS R63, R79).
_PROHIBITION = re.compile(r"^[^.;:]*(?<!\w)không\s+được(?!\w)[^.;:]*\.?$")
# The enactment sentence above the articles (`Hội đồng nhân dân ban hành Nghị quyết ...`).
_ENACTMENT = re.compile(r"^ban hành (?:nghị quyết|quyết định|thông tư|chỉ thị|nghị định)(?! số)")
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
_MIN_WORDS = 3  # a duty names at least an action and what it acts on


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
# A clause whose doer, named by no rule, follows its opening adverbial (nlp.task_verbs.fronted_action).
FRONTED_SUBJECT = "fronted-subject"
# A clause whose doer is a project's role (nlp.role_doers): a duty with no responsible body.
ROLE_DUTY = "role-duty"
# A finding, then a request it leads to in a sentence of its own (`Về quy hoạch X: phạm vi ... chồng lấn mỏ
# Y. Do đó, đề nghị xem xét, điều chỉnh ranh giới ...`): the request is a task, though the unit opens with no
# action.
LATER_REQUEST = "later-request"
_LATER_REQUEST = re.compile(
    rf"[.;]\s+(?:(?:{CONCLUDING}|theo đó)\s*,?\s*)?(?:kính\s+)?(?:đề nghị|yêu cầu)(?!\w)")
# The reasons `verdict` gives; a unit is a task by the rules when its reason is one of these.
ACCEPTING = frozenset({"table-row", "assigns", "duty-item", "requests", "directs", "adverbial-action",
                       "duty-phrase", "execution", "modal-duty", LIMITED_LEAD_IN, SHARED_ACTION,
                       FRONTED_SUBJECT, ROLE_DUTY, LATER_REQUEST})
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
            bodies: list[Body], stated: list[Body], doers: Callable[[], list[Body]]) -> str:
    """Why the rules take `unit` for a task or not: the first check that decides, as a short code
    (a task when it is in ACCEPTING). `doers` gives the responsible the unit would take as a task
    (asked only where it decides). The learned duty model (nlp.duty_model) reads it as a feature."""
    body_text = text[unit.start : unit.end].strip()
    letters = list(filter(str.isalpha, body_text))
    if not letters or all(map(str.isupper, letters)):
        return "no-lower-case"
    if len(re.findall(r"\w+", body_text)) < _MIN_WORDS:
        return "fragment"  # a mark or a cell of a form (`x`, `Có`), no action with its object
    if body_text.endswith(":") and not _OWN_ACTION_LEAD_IN.search(body_text) \
            and not _COMPONENTS_AFTER_SENTENCE.search(body_text):
        return "lead-in"
    if _PROCEDURE_STEP.match(body_text):
        return "not-task-start"  # a step of a procedure, in a table or not (RULINGS R20, R21)
    if unit.responsible_cell is not None and text[slice(*unit.responsible_cell)].strip():
        return "table-row"  # a row of an assignment table: its columns say who does the work
    body_key = match_key(body_text)
    action_key = match_key(text[tokens[0].idx : unit.end]) if tokens else ""
    checks = (
        ("not-task-start", lambda: (_NOT_TASK_START.match(body_key) and not _STEP_AFTER.match(body_key)
                                    and not (not stated and role_duty(text, unit.start, unit.end, tokens)))
         or (not stated and _SUMMING_UP.match(body_key))),
        ("question", lambda: body_text.endswith("?")),  # an interviewer's question: it asks, no one acts
        ("establishes", lambda: _ESTABLISHES.match(body_key) and _ARTICLE_LINE.match(
            text, text.rfind("\n", 0, unit.start) + 1, unit.start)),
        ("prohibition", lambda: stated and _PROHIBITION.match(body_key)),
        ("form-item", lambda: _FORM_ITEM.match(body_key)),
        ("form", lambda: unit.responsible_cell is None and in_appendix_form(text, unit)),
        ("limit-item", lambda: not stated and _LIMIT_ITEM.match(body_key)),
        # `Thời gian thực hiện trong quý I năm 2010.` under an item: the time limit of the work above it
        # (RULINGS R12), no work of its own; `Thời gian tới, ...` opens a duty
        ("time-line", lambda: not stated and TIME_LINE.match(body_key) and not TIME_OPENING.match(body_key)),
        ("rate", lambda: not stated and _RATE.search(body_key) and not DUTY.search(body_key)),
        ("rule-reference", lambda: not stated and _RULE_REFERENCE.match(body_key)),
        ("form-field", lambda: not stated and _FORM_FIELD.match(body_key)),
        ("passive-norm", lambda: not stated and _PASSIVE_ACTIVITY.match(body_key)),
        ("measure-row", lambda: not stated and measure_row(text, unit.start, unit.end)),
        ("heading", lambda: heading_bodies(text, bodies, unit.start, unit.end) is not None),
        ("plan-area", lambda: not stated and resolver.in_plan_area(unit, doers)),
        ("goal", lambda: resolver.in_goal_context(unit) or (not stated and resolver.under_principles(unit))),
        ("contents", lambda: not stated and (intro := resolver.section_intro(unit)) is not None
         and _CONTENTS_INTRO.search(resolver.structure.line_key(intro))),
        ("spending", lambda: not stated and (intro := resolver.section_intro(unit)) is not None
         and _SPENDING_INTRO.search(resolver.structure.line_key(intro))),
        ("case-item", lambda: not stated and (intro := resolver.section_intro(unit)) is not None
         and _CASES_INTRO.search(resolver.structure.line_key(intro))),
        ("not-task-action", lambda: tokens and _NOT_TASK_ACTION.match(action_key) and not (
            _DECIDES.match(action_key) and _under_duty_heading(resolver, unit, stated))),
        ("accountability", lambda: tokens and stated and not GIAO.match(body_text)
         and _ACCOUNTABILITY.match(action_key)),
        ("status", lambda: tokens and stated and not re.search(r"\w", text[unit.start : stated[0].start])
         and _STATUS.match(action_key) and not DUTY.search(action_key) and not _ROLE_WORK.search(action_key)
         or _unnamed_status(body_key)),
        ("enactment", lambda: tokens and unit.section is None and _ENACTMENT.match(action_key)),
        ("formula", lambda: closing_formula(text, unit, tokens, bodies, stated)),
        ("advice", lambda: _ADVICE.search(body_key)),
        # guidance in a letter to the public alone, in a unit that names no body to do it (RULINGS R26)
        ("to-public", lambda: resolver.to_public and not stated and not doers()),
        ("quoted", lambda: resolver.under_quoted_provision(unit) or in_line_quotation(text, unit.start)
         or opens_reproduction(text, unit.start)),
        ("amended", lambda: in_amended_text(text, resolver, unit)),
        ("area", lambda: _is_area_item(text, unit, bodies, resolver.duty_sections)
         and not _EXECUTION.search(body_key)),
        ("delegated", lambda: delegates(text) and not DUTY.search(body_key)
         and in_power_article(text, resolver, unit)),
        ("mandate", lambda: not GIAO.match(body_text) and not (stated and _ISSUES.match(action_key))
         and in_mandate_part(text, resolver, unit)),
        ("procedure", lambda: not _charges(body_key) and in_procedure_article(text, resolver, unit)),
        ("public-norm", lambda: not stated and in_public_article(text, resolver, unit)),
        ("post-description", lambda: not stated and in_post_description(text, resolver, unit)),
        # a report's account of what was done, or a heading of the outline it answers (nlp.task_narration)
        ("narrated", lambda: resolver.report and narrates(
            text, unit, bodies, resolver.report_year, resolver.section_intro(unit))),
        # (a role opening the clause is its doer, though no body: `Sau khi ..., đơn vị thi công phải lập ...`)
        (ROLE_DUTY, lambda: not stated and role_duty(text, unit.start, unit.end, tokens)),
        # (a clause whose doer no rule names follows its opening adverbial states a duty of that doer)
        (FRONTED_SUBJECT, lambda: not stated and not DUTY.search(body_key)
         and norm_clause(text, resolver, unit) and _fronted_duty(text, unit, tokens, bodies)),
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
    intro = None if stated else resolver.section_intro(unit)
    if not stated and (_under_duty_heading(resolver, unit, stated) or intro and (
            DUTY_LEAD_IN.search(text, *intro) or _DUTY_TITLE.match(resolver.structure.line_key(intro)))):
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
    if modal_duty(tokens):
        return "modal-duty"
    if _LATER_REQUEST.search(body_key):
        return LATER_REQUEST
    return "duty-phrase" if _charges(body_key) else "no-action"


def _under_duty_heading(resolver: Resolver, unit: Unit, stated: list[Body]) -> bool:
    """Whether `unit` names no doer and the heading right above it says whose duties its items are."""
    heading = resolver.nearest_heading(unit)
    return (not stated and heading is not None and _DUTY_HEADING.match(heading) is not None
            and not _PART_HEADING.match(resolver.structure.line_key((unit.start, unit.end))))


def _fronted_duty(text: str, unit: Unit, tokens: list[Token], bodies: list[Body]) -> bool:
    """Whether a doer follows the unit's opening adverbial with an action that is a task's (not a power,
    a permission or a rule that applies: _NOT_TASK_ACTION)."""
    found = fronted_action(text, content_start(text, unit.start, unit.end), tokens, bodies)
    return found is not None and not _NOT_TASK_ACTION.match(match_key(text[found[1] : unit.end]))


def _charges(key: str) -> bool:
    """Whether `key` (a unit's words) charges its subject with a duty: a duty phrase other than being
    answerable for something (`chịu trách nhiệm về tính chính xác ...`, _ACCOUNTABLE)."""
    return any(not _ACCOUNTABLE.match(key, m.start()) for m in DUTY.finditer(key))


def _unnamed_status(key: str) -> bool:
    """Whether `key` (a unit's words) says what its subject is, charging it with nothing (_UNNAMED_STATUS)."""
    unbracketed = _BRACKETS.sub("", key)
    m = _UNNAMED_STATUS.match(unbracketed)
    return m is not None and not DUTY.search(key) and not _ROLE_WORK.search(unbracketed, m.end())


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
