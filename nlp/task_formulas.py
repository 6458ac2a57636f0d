"""Closing formulas (RULINGS R7): a unit that only asks its doers to implement what precedes, or to apply a
document, with no step of its own, is no task."""

import re

from spacy.tokens import Token

from policylink.core.vietnamese import match_key
from policylink.nlp.body_chains import body_chain
from policylink.nlp.body_rules import OFFICE_TITLE
from policylink.nlp.model import Body
from policylink.nlp.pipeline import has_pos
from policylink.nlp.task_actors import GIAO
from policylink.nlp.task_units import Unit

# A request addressed to a body (`đề nghị Sở X rà soát ...`, `yêu cầu Giám đốc Sở Y báo cáo ...`).
REQUEST = re.compile(r"(?:đề nghị|yêu cầu)\s+", re.IGNORECASE)
# ... not one named as the ground of an action (`giải quyết thủ tục theo đề nghị của cơ quan, tổ chức`).
_CITED_REQUEST = re.compile(r"theo\s+(?:đề nghị|yêu cầu)|(?:đề nghị|yêu cầu)\s+của", re.IGNORECASE)
# A connective drawing a conclusion before a request (`Do đó, đề nghị ...`, `..., vì vậy kính đề nghị ...`).
CONCLUDING = r"(?:do đó|do vậy|vì vậy|vì thế)"
# Asked only to implement what precedes, or to take part in implementing it, with no action of its own
# (`đề nghị các cơ quan khẩn trương, nghiêm túc triển khai thực hiện theo đúng quy định`, `đề nghị UBND các xã
# quan tâm, phối hợp thực hiện`).
_FORMULA = re.compile(
    r"(?:(?:quan tâm|chỉ đạo|khẩn trương|nghiêm túc|chịu trách nhiệm|tổ chức|triển khai|thực hiện|và"
    r"|phối hợp(?=[\s,]+(?:tổ chức|triển khai|thực hiện)))[\s,]*)+"
    r"(?:$|\.|;|theo (?:đúng )?(?:quy định|thẩm quyền)|đầy đủ các nội dung|các nội dung (?:chỉ đạo )?nêu trên"
    # (`... yêu cầu thủ trưởng các sở ... tổ chức thực hiện nghiêm túc chỉ thị này.`)
    r"|(?:chỉ thị|quyết định|nghị quyết|kế hoạch|kết luận|thông báo|công văn|công điện) này(?:\.|$))"
)
# The manner a request asks for opens its formula (`các đơn vị khai thác khoáng sản nghiêm túc thực hiện`),
# after the addressees (no comma among them).
_MANNER = re.compile(r"^[^,.;:]*?(?<!\w)(?=(?:quan tâm|khẩn trương|nghiêm túc)(?!\w))")
# ... or told to apply a document (`X căn cứ nội dung Quyết định để triển khai thực hiện ...`, `căn cứ các
# quy định nêu trên để thực hiện theo quy định`): the basis is what it names, the action only "implement".
_APPLY_FORMULA = re.compile(
    r"căn cứ\b[^.;:]{0,100}?\bđể (?:tổ chức )?(?:triển khai |hướng dẫn )?(?:thực hiện|thi hành)\b"
    r"(?! (?:các |những )?(?:nhiệm vụ|nội dung|việc) sau)")
# ... or charged with whatever else comes (`Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực ...`,
# `thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này`): the duties are those assigned elsewhere, no
# step is named.
_CATCH_ALL = re.compile(
    r"(?:thực hiện|làm|đảm nhận) (?:các |những )?(?:nhiệm vụ|công việc|việc)"
    r"(?: khác\b| (?:được giao )?theo (?:sự )?phân công\b)[^.;:]*[.;]?$")
_PURPOSE = re.compile(r"(?<!\w)để(?!\w)", re.IGNORECASE)
# Verbs that qualify the doers named before them (`các đơn vị có liên quan`, `các sở thuộc tỉnh`): no action.
QUALIFYING_VERB = re.compile(r"(?:trực\s+)?thuộc(?!\w)|có\s+liên\s+quan|liên\s+quan")
# An office-holder's title among the doers (`Thủ trưởng các sở`, `người đứng đầu các cơ quan`): the tagger
# may take `trưởng`, `đứng` for verbs.
_TITLE = re.compile(rf"(?:{OFFICE_TITLE})(?!\w)", re.IGNORECASE)
# The "if problems arise" clause (R7): `Trong quá trình (triển khai) thực hiện, nếu phát sinh khó khăn, vướng
# mắc (vượt thẩm quyền), ...`, then its doers only report them to someone who settles them.
_TROUBLE = r"(?:khó khăn|vướng mắc)"
_PROBLEMS_IF = re.compile(
    r"(?:(?:trong )?quá trình[^,.;]{0,40}?,?\s*)?(?:nếu|trường hợp)\s+(?:(?:có|phát sinh|gặp)\s+)*"
    rf"{_TROUBLE}(?:\s*(?:,|và|hoặc)\s*{_TROUBLE})?[^,.;]{{0,60}}?,\s*")
_REPORTS = re.compile(r"(?:kịp thời,?\s+)?(?:có văn bản\s+)?(?:báo cáo|gửi|phản ánh|liên hệ|trao đổi)(?!\w)")
# ... and what goes on reporting them (`Đồng thời gửi Sở Tài chính để theo dõi.`)
_REPORTS_TOO = re.compile(r"đồng thời,?\s+(?:báo cáo|gửi|phản ánh)(?!\w)")
_SENTENCE_END = re.compile(r"[.;](?:\s+|$)")
# An opening adverbial set off before the doers (`Căn cứ văn bản này, ...`): without it or a request, a body
# told to implement a document is handed its execution (`UBND tỉnh tổ chức thực hiện Nghị quyết này.`).
_SET_OFF = re.compile(r"[^,.;:\n]+,\s*")


def closing_formula(text: str, unit: Unit, tokens: list[Token], bodies: list[Body],
                    stated: list[Body]) -> bool:
    """Whether the unit only asks its doers to implement what precedes or to apply a document (R7)."""
    if _FORMULA.fullmatch(match_key(text[unit.start : unit.end]).strip(" ./;")):
        return True  # only the formula's words (`Tổ chức thực hiện.`): a heading, no action on anything
    if _CATCH_ALL.match(match_key(text[stated[-1].end if stated else unit.start : unit.end]).strip(" ,")):
        return True
    if _only_formula_and_problems(text, unit, tokens, stated):
        return True
    request = REQUEST.search(text, unit.start, unit.end)
    if request is None:
        # (`Giao UBND tỉnh căn cứ Nghị quyết này để tổ chức triển khai thực hiện.` hands the resolution's
        # execution to a body, as `Giao UBND tỉnh tổ chức thực hiện Nghị quyết này.` does)
        rest = match_key(text[stated[-1].end : unit.end]).strip(" ,") if stated else ""
        assigned = GIAO.match(text, unit.start, unit.end)
        return bool(_APPLY_FORMULA.match(rest)) and not assigned and not _own_step(text, unit, tokens)
    return _requests_formula(text, request, unit.end, bodies) or _applies_formula(
        text, request, unit, tokens, bodies)


def _requests_formula(text: str, request: re.Match[str], end: int, bodies: list[Body]) -> bool:
    """Whether the request at `request`, and each request after it in a clause of its own (`yêu cầu các
    đơn vị nghiêm túc thực hiện; đề nghị UBND các xã quan tâm, phối hợp thực hiện`), only asks its
    addressees to implement what precedes."""
    addressees = body_chain(bodies, text, request.end(), end)
    start = _addressees_end(text, addressees[-1].end if addressees else request.end(), end)
    rest = match_key(text[start:end])
    formula = _FORMULA.match(rest.lstrip(" ,"))
    if formula is None or not formula.group().rstrip().endswith(";"):
        return formula is not None
    after = start + len(rest) - len(rest.lstrip(" ,")) + formula.end()
    following = REQUEST.match(text, after + len(text[after:end]) - len(text[after:end].lstrip()), end)
    return following is not None and _requests_formula(text, following, end, bodies)


def _addressees_end(text: str, start: int, end: int) -> int:
    """Where the addressees from `start` end: at a word of manner that opens the formula in the same
    clause, past words no rule knows as bodies (`các đơn vị khai thác khoáng sản nghiêm túc thực hiện`,
    `UBND các xã trên địa bàn tỉnh quan tâm, ...`), else at `start`."""
    manner = _MANNER.search(match_key(text[start:end]))
    return start + manner.end() if manner else start


def _applies_formula(text: str, request: re.Match[str], unit: Unit, tokens: list[Token],
                     bodies: list[Body]) -> bool:
    """Whether the request only tells its addressees to apply a document (`_APPLY_FORMULA`)."""
    addressees = body_chain(bodies, text, request.end(), unit.end)
    rest = match_key(text[addressees[-1].end if addressees else request.end() : unit.end]).strip(" ,")
    return bool(_APPLY_FORMULA.match(rest)) and not _own_step(text, unit, tokens)


def _own_step(text: str, unit: Unit, tokens: list[Token]) -> bool:
    """Whether a step of the doer's own follows the basis before `để` (`căn cứ nhiệm vụ được giao tại Kế
    hoạch này, xây dựng kế hoạch cụ thể để tổ chức thực hiện`): a verb after a comma, other than the
    formula's own words (R7: a closing sentence with its own concrete action is a task)."""
    purpose = _PURPOSE.search(text, unit.start, unit.end)
    stop = purpose.start() if purpose else unit.end
    for token in tokens:
        if token.idx >= stop:
            return False
        after_comma = text[max(unit.start, token.idx - 3) : token.idx].rstrip().endswith(",")
        if after_comma and has_pos(token, "V") and not _FORMULA.match(match_key(token.text)):
            return True
    return False


def _only_formula_and_problems(text: str, unit: Unit, tokens: list[Token], stated: list[Body]) -> bool:
    """Whether, past a request or a basis and the doers it names, the unit only says to implement what
    precedes (`Căn cứ văn bản này, các cơ quan liên quan triển khai thực hiện.`, `Yêu cầu Thủ trưởng các sở;
    người đứng đầu các đơn vị nghiêm túc tổ chức thực hiện.`), then at most reports its problems in a
    sentence or `;` clause of their own, or only reports them. A body charged by `giao`, or named with no
    basis before it, is handed the execution."""
    if not tokens:
        return False
    start = unit.subject_start or unit.start
    unit_tokens = list(tokens[0].doc.char_span(start, unit.end, alignment_mode="expand") or ())
    if _problems(text, start, unit.end, unit_tokens):
        return True
    request = next((r for r in REQUEST.finditer(text, start, unit.end) if not _CITED_REQUEST.search(
        text, max(start, r.start() - 5), r.end() + 4)), None)
    based = bool(stated) and _SET_OFF.fullmatch(text, start, stated[0].start) is not None
    doers = request.end() if request else stated[0].start if based else None
    if doers is None or GIAO.match(text, start, unit.end):
        return False
    action = _doers_end(text, unit_tokens, doers, unit.end)
    if action is None:
        return False
    key = match_key(text[action : unit.end])
    formula = _FORMULA.match(key.split(";", 1)[0])  # the formula's own clause
    if formula is None or len(key) != unit.end - action:
        return False
    rest = key[formula.end() :]
    if not rest.strip(" ./"):
        return True
    closed = key[: formula.end()].rstrip().endswith((".", ";")) or rest.lstrip().startswith((".", ";"))
    after = action + formula.end() + len(rest) - len(rest.lstrip(" .;"))
    return closed and _problems(text, after, unit.end, unit_tokens)


def _problems(text: str, start: int, end: int, tokens: list[Token]) -> bool:
    """Whether text[start:end] is only the "if problems arise" clause (R7): its condition, its doers, a verb
    that reports the problems to someone (whatever that one does with them), and sentences that report them
    on (`Đồng thời gửi ...`)."""
    key = match_key(text[start:end])
    condition = _PROBLEMS_IF.match(key)
    if condition is None or len(key) != end - start:
        return False
    step = _doers_end(text, tokens, start + condition.end(), end)
    if step is None or not _REPORTS.match(key, step - start):
        return False
    sentences = _SENTENCE_END.split(key[step - start :])
    return all(_REPORTS_TOO.match(s) or not s.strip(" ./") for s in sentences[1:])


def _doers_end(text: str, tokens: list[Token], start: int, end: int) -> int | None:
    """Where the doers named from `start` end: at the first verb or adjective that is no office-holder's
    title, no verb qualifying them (`có liên quan`), no request to them (`đề nghị`), or None."""
    skip_to = start
    for token in tokens:
        if token.idx < skip_to or token.idx >= end:
            continue
        held = _TITLE.match(text, token.idx) or QUALIFYING_VERB.match(text, token.idx) or REQUEST.match(
            text, token.idx)
        if held:
            skip_to = held.end()
        elif has_pos(token, "V", "A"):
            return token.idx
    return None
