"""A department's name that goes on with its field after `về`: `Cục Cảnh sát quản lý hành chính về trật
tự xã hội có trách nhiệm`, `(qua Cục X về Y)`, `Tổng cục X về trật tự, an toàn xã hội:`.

The open-class rules end a name at `về`, which mostly opens a complement (`báo cáo Cục X về kết quả`).
A department named by its function (a head noun and lower-case words, `Cục Quản lý thị trường`) takes
the field after `về` where lower-case words only follow, and then the clause closes at once: the duty
the name bears (`có trách nhiệm`, `chịu trách nhiệm`), a closing bracket, or a colon after a name that
heads its line.
"""

import re
from dataclasses import replace

from policylink.nlp.body_candidates import Candidate

# Heads of departments named by their function (`Cục`, `Tổng cục`, `Vụ`, `Phòng`, `Chi cục`).
_FUNCTION_HEAD = re.compile(r"(?:Tổng cục|Chi cục|Cục|Vụ|Phòng)[^\S\n]+\w+(?:[^\S\n]+\w+)*$")
_FIELD = re.compile(
    r"[^\S\n]+về[^\S\n]+(?!việc(?!\w))(?P<field>\w+(?:[^\S\n]*,?[^\S\n]+\w+){0,6}?)"
    r"(?=[^\S\n]*(?P<close>[:)])|[^\S\n]+(?:có|chịu)[^\S\n]+trách[^\S\n]+nhiệm(?!\w))"
)
# A colon closes the name of a line's head only (`- Cục trưởng Cục X về Y:`), not a complement before a
# list (`báo cáo Cục X về các nội dung sau:`).
_LINE_HEAD = re.compile(r"(?:^|\n)[^\S\n]*(?:[-+•]|[\dIVX.]+|[a-zđ][.)])?(?:[^\S\n]*\w+){0,3}[^\S\n]*$")


def _described(name: str) -> bool:
    """A head and words of which some are lower case: named by its function, not by a proper name."""
    return bool(_FUNCTION_HEAD.fullmatch(name)) and any(w.islower() for w in name.split()[1:])


def with_remit(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Each department name followed by its field (module doc) runs to the field's end."""
    out: list[Candidate] = []
    for i, c in enumerate(chosen):
        limit = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
        m = _FIELD.match(text, c.end, limit)
        lower = m is not None and all(w.islower() for w in re.findall(r"\w+", m["field"]))
        if (m and lower and _described(text[c.start : c.end])
                and (m["close"] != ":" or _LINE_HEAD.search(text, max(0, c.start - 40), c.start))):
            c = replace(c, end=m.end(), canonical=f"{c.canonical} {' '.join(text[c.end : m.end()].split())}")
        out.append(c)
    return out
