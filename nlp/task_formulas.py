"""Closing formulas (RULINGS R7): a unit that only asks its doers to implement what precedes, or to apply a
document, with no step of its own, is no task."""

import re

from spacy.tokens import Token

from policylink.core.vietnamese import match_key
from policylink.nlp.body_chains import body_chain
from policylink.nlp.model import Body
from policylink.nlp.pipeline import has_pos
from policylink.nlp.task_actors import GIAO
from policylink.nlp.task_units import Unit

# A request addressed to a body (`đề nghị Sở X rà soát ...`, `yêu cầu Giám đốc Sở Y báo cáo ...`).
REQUEST = re.compile(r"(?:đề nghị|yêu cầu)\s+", re.IGNORECASE)
# Asked only to implement what precedes, with no action of its own (`đề nghị các cơ quan khẩn trương, nghiêm
# túc triển khai thực hiện theo đúng quy định`).
_FORMULA = re.compile(
    r"(?:(?:quan tâm|chỉ đạo|khẩn trương|nghiêm túc|tổ chức|triển khai|thực hiện|và)[\s,]*)+"
    r"(?:$|\.|theo (?:đúng )?(?:quy định|thẩm quyền)|đầy đủ các nội dung|các nội dung (?:chỉ đạo )?nêu trên"
    # (`... yêu cầu thủ trưởng các sở ... tổ chức thực hiện nghiêm túc chỉ thị này.`)
    r"|(?:chỉ thị|quyết định|nghị quyết|kế hoạch|kết luận|thông báo|công văn|công điện) này(?:\.|$))"
)
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


def closing_formula(text: str, unit: Unit, tokens: list[Token], bodies: list[Body],
                    stated: list[Body]) -> bool:
    """Whether the unit only asks its doers to implement what precedes or to apply a document (R7)."""
    if _FORMULA.fullmatch(match_key(text[unit.start : unit.end]).strip(" ./;")):
        return True  # only the formula's words (`Tổ chức thực hiện.`): a heading, no action on anything
    if _CATCH_ALL.match(match_key(text[stated[-1].end if stated else unit.start : unit.end]).strip(" ,")):
        return True
    request = REQUEST.search(text, unit.start, unit.end)
    if request is None:
        # (`Giao UBND tỉnh căn cứ Nghị quyết này để tổ chức triển khai thực hiện.` hands the resolution's
        # execution to a body, as `Giao UBND tỉnh tổ chức thực hiện Nghị quyết này.` does)
        rest = match_key(text[stated[-1].end : unit.end]).strip(" ,") if stated else ""
        assigned = GIAO.match(text, unit.start, unit.end)
        return bool(_APPLY_FORMULA.match(rest)) and not assigned and not _own_step(text, unit, tokens)
    addressees = body_chain(bodies, text, request.end(), unit.end)
    rest = match_key(text[addressees[-1].end if addressees else request.end() : unit.end]).strip(" ,")
    return bool(_FORMULA.match(rest) or (_APPLY_FORMULA.match(rest) and not _own_step(text, unit, tokens)))


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
