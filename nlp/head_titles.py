"""A doer named by a bare head's title: `Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh
vực ...`, a heading `5. Các Phó Chủ tịch phụ trách lĩnh vực ...` over its duties. The title prints no body,
so the holder heads the body the document speaks for (RULINGS R2: an office-holder is the body he heads; as
`Phó Thủ tướng` with no body printed is `Chính phủ`). A chair heads a committee, not its standing board: under
`Ban Thường trực Ủy ban MTTQ xã` the holder's body is `Ủy ban MTTQ xã`.
"""

import re
from dataclasses import replace

from policylink.nlp.model import Body

# `(Các) (đồng chí|đ/c) (Phó) Chủ tịch (Thường trực)`, then nothing, or what the holder is in charge of
_BARE_CHAIR = re.compile(
    r"[^\S\n]*(?:(?:các|những)[^\S\n]+)?(?:(?:đồng[^\S\n]+chí|đ/c)[^\S\n]+)?(?:phó[^\S\n]+)?chủ[^\S\n]+tịch"
    r"(?:[^\S\n]+thường[^\S\n]+trực)?[^\S\n]*(?:$|[,;.]|(?=[^\S\n]+phụ[^\S\n]+trách(?!\w)))", re.IGNORECASE)
_STANDING_BOARD = re.compile(r"(?:Ban[^\S\n]+)?Thường[^\S\n]+trực[^\S\n]+(?=Ủy ban|Hội đồng|Hội(?!\w))")


def bare_chair(text: str, start: int, end: int, bodies: list[Body]) -> bool:
    """Whether `start`..`end` names a chair or vice-chair and no body (what the holder is in charge of may
    name some: `phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng`)."""
    title = _BARE_CHAIR.match(text, start, end)
    return title is not None and not any(start <= b.start < title.end() for b in bodies)


def chaired_bodies(speakers: list[Body]) -> list[Body]:
    """The bodies the chair of `speakers` (the document's doer) heads: a standing board's committee."""
    return [replace(b, canonical=_STANDING_BOARD.sub("", b.canonical, count=1)) for b in speakers]
