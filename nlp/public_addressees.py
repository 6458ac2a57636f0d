"""Whether a letter is addressed to the public alone: enterprises, organisations and persons.

Enterprises, organisations and persons are no bodies (GUIDELINES, Bodies), and advice or guidance to
them assigns no body a task (RULINGS R26): `Đề nghị Công ty căn cứ ...`, a department's letter `Kính
gửi: Các tổ chức, cá nhân hoạt động khai thác khoáng sản` whose items tell the licensees what to do.
A project's runner (`chủ đầu tư`, `nhà thầu`, `nhà đầu tư`) is not counted here: the duties a decision's
articles lay on it stay tasks (H20), and it is often a body's own project board.
"""

import re

from policylink.core.vietnamese import match_key
from policylink.ingest.model import Section
from policylink.nlp.model import Body

# The head of a mention of the public, in its compared form (core.vietnamese.match_key): organisations
# only together with persons (`tổ chức` alone is also the verb "organise"), enterprises of any form, a
# household, a taxpayer or other person (not `người đứng đầu`, who stands for a body), `Ông`/`Bà`.
PUBLIC = (r"(?:tổ chức\s*(?:,|và|hoặc)\s*cá nhân|cá nhân|doanh nghiệp|(?:tổng\s+)?công ty|hợp tác xã"
          r"|hộ|thương nhân|người(?!\s+đứng đầu)|nnt|ông|bà)(?!\w)")
# One addressee: past a bullet and a determiner (`- Các`, `Quý`), a mention of the public.
_PUBLIC_ADDRESSEE = re.compile(rf"[\s\-+•–]*(?:(?:các|những|quý)\s+)?{PUBLIC}")
_KINH_GUI = re.compile(r"\s*kính\s+gửi\s*:?", re.IGNORECASE)
# Where one addressee ends and the next begins: a `;`, or a new line opening with a bullet (a line with
# none goes on with a wrapped name: `Các tổ chức, cá nhân khai thác khoáng sản` + `trên địa bàn tỉnh.`).
_NEXT = re.compile(r";|\n(?=[ \t]*[-+•–])")
# An addressee's address or tax number (`(Đ/c: ...)`, `Mã số thuế: 0123`): details of it, no addressee.
_BRACKETED = re.compile(r"\([^()]*\)?")
_LABELLED = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*:.*", re.DOTALL)


def addressed_to_public(text: str, bodies: list[Body], block: Section | None) -> bool:
    """Whether the `Kính gửi` list (`block`, as ingest.addressees reads it) names only the public: every
    addressee is a mention of it (`PUBLIC`) and the list holds no body the rules know (`Tổng công ty X`
    of the state, where they name it) outside the brackets of an address."""
    if block is None:
        return False
    start = block.start
    if (opening := _KINH_GUI.match(text, start)) is not None:
        start = opening.end()
    end = block.end
    cuts = list(_NEXT.finditer(text, start, end))
    pieces = zip([start, *(m.end() for m in cuts)], [*(m.start() for m in cuts), end], strict=True)
    named = [_BRACKETED.sub("", text[s:e]).strip(" \t\n.,") for s, e in pieces]
    # (a labelled detail, `Mã số thuế: ...`, is no addressee; the bodies in it still count below)
    addressees = [n for n in named if n and not _LABELLED.fullmatch(n)]
    return (bool(addressees) and all(_PUBLIC_ADDRESSEE.match(match_key(n)) for n in addressees)
            and not any(start <= b.start < end and not _in_brackets(text, start, b.start) for b in bodies))


def _in_brackets(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside a bracket opened after `start` (an address: `(Đ/c: Trung tâm X ...)`)."""
    return text.rfind("(", start, pos) > text.rfind(")", start, pos)
