"""The new wording an amending document quotes (`Điều 1. Sửa đổi, bổ sung điểm a khoản 3 Điều 5 như sau:`
then `“a) Trong thời hạn 07 ngày, … ”`): the quoted provision binds under the amended document, and its time
limits are not this document's deadlines (RULINGS R20, R24).
"""

import re

from policylink.nlp.scan import matches

# A line ending in `như sau:` and the quotation opening the next line, through its closing mark (it may
# run over several lines: the quoted points and paragraphs); a quotation opening again before it closes
# leaves the first unclosed, and nothing is taken.
_QUOTED_PROVISION = re.compile(r"như sau\s*:[^\S\n]*\n[^\S\n]*(“[^“”]*”)", re.IGNORECASE)


def quoted_provisions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted new wording, quotation marks included."""
    return [m.span(1) for m in matches(_QUOTED_PROVISION, text)]
