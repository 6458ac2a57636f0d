"""Project roles: doers that are no bodies.

A regulation on a project's work lays duties on the parties to it: the investor (`chủ đầu tư`), the
contractor (`nhà thầu`, `đơn vị thi công`), the hired supervisor or consultant (`đơn vị giám sát, kiểm
tra`, `đơn vị tư vấn`) and the person on site (`người trực tiếp giám sát`). Whoever holds the role is a
firm, a person or the investor's own unit: a role, no body (RULINGS R15, R83; DECISIONS-2), yet its duties
are tasks with no responsible body (H20). A role is written `đơn vị` / `người` + the activity the party is
hired for; `đơn vị` + any other word (`đơn vị sự nghiệp`, `đơn vị chủ trì`) stays a class of bodies.
"""

import re

from spacy.tokens import Token

from policylink.core.vietnamese import match_key
from policylink.nlp.task_verbs import directs

_S = r"[^\S\n]+"
# The activities a party to a project is hired or charged for; after the first, the supervisor's
# checking and appraising join it (`đơn vị giám sát, kiểm tra`).
_HIRED = r"(?:thi công|giám sát|tư vấn|thiết kế|khảo sát)"
_JOINED = rf"(?:[^\S\n]*,[^\S\n]*|{_S}và{_S})(?:{_HIRED}|kiểm tra|thẩm định|đánh giá)(?!\w)"
# A role's noun phrase, in the compared form (nlp.core match_key: lower case).
ROLE = (rf"(?:chủ{_S}đầu{_S}tư|nhà{_S}thầu|(?:đơn{_S}vị|người(?:{_S}trực{_S}tiếp)?){_S}{_HIRED}(?!\w)"
        rf"(?:{_JOINED})*)")
# One role or several (`chủ đầu tư hoặc đơn vị giám sát, kiểm tra`) opening a clause, with a bracket note.
_ROLES = re.compile(rf"(?:các{_S})?{ROLE}(?:{_S}(?:hoặc|và){_S}{ROLE})*(?:{_S}\([^()\n]*\))?{_S}")
# Where a clause may open: the unit's start, after an opening adverbial's comma or its `thì`.
_CLAUSE_OPENING = re.compile(r",[^\S\n]*|(?<!\w)thì[^\S\n]+")
# What a role does not do itself: a passive, a definition, a state, a permission (nlp.task_verbs).
_NOT_ACTING = re.compile(r"(?:được|bị|là|đã|đang|có thể|không|chưa|chịu sự)(?!\w)")
_ROLE_BEFORE = re.compile(rf"{ROLE}$")
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")
_DUTY = re.compile(r"(?:có|chịu)[^\S\n]+trách[^\S\n]+nhiệm(?!\w)")


def role_duty(text: str, start: int, end: int, tokens: list[Token]) -> bool:
    """Whether the first sentence of `text[start:end]` (its words after any opening adverbial: `tokens`,
    tagged) lays a duty on a role: a role opens a clause, at the start or after an opening adverbial
    (`Trước khi kiểm tra, đơn vị thi công phải thông báo ...`), and a directed verb or `có trách nhiệm`
    follows it (`Chủ đầu tư sử dụng tổ chức chuyên môn ...`)."""
    key = match_key(text[start:end])
    stop = next((m.start() for m in _SENTENCE_END.finditer(key)), len(key))
    # (a comma after a role lists roles, `của đơn vị thi công, chủ đầu tư`: no clause opens there)
    openings = [m.end() for m in _CLAUSE_OPENING.finditer(key, 0, stop)
                if not _ROLE_BEFORE.search(key, 0, m.start())]
    for at in [0, *openings]:
        role = _ROLES.match(key, at, stop)
        if role is None or _NOT_ACTING.match(key, role.end(), stop):
            continue
        if _DUTY.match(key, role.end(), stop) or directs(
                [t for t in tokens if role.end() <= t.idx - start < stop]):
            return True
    return False
