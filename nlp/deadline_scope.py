"""Which bare recurrences (`hằng năm`, `mỗi tháng`) say how often an action is done (issue 12).

`hằng năm` after a noun may name a kind of thing rather than a time of doing: `tiền thuê đất hằng
năm` (annual land rent, against a rent paid at once), `cây hằng năm` (annual crops), `hạn ngạch thuế
quan mỗi năm`. Inside a duty it times the duty (`bố trí trong dự toán ngân sách hằng năm`, `báo cáo
... hằng quý`); outside every duty it is kept only where it times an action by its form: it opens a
clause (`; mỗi năm kiểm tra ...`, a table cell `Hằng quý`), follows a verb (`do Bộ X công bố hằng
năm`) or qualifies the product of a working cycle, made, allotted or paid each period: a plan, a
budget, an estimate, an allowance, a report, a rating (`kế hoạch hằng năm`, `dự toán ngân sách hằng
năm`, `phụ cấp hằng tháng`, `xếp loại chất lượng hằng năm`; RULINGS R47). `định kỳ hằng năm`, `ngày
20 hằng tháng` and a clock time of every day are times of an action whatever stands around them
(their own rules in nlp.deadline_rules) and are not judged here.
"""

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc

from policylink.nlp.deadline_patterns import QUARTER_WORD
from policylink.nlp.model import Deadline, Task
from policylink.nlp.pipeline import has_pos, text_of

_BARE = re.compile(rf"(?:hằng|hàng|mỗi)\s+(?:năm|{QUARTER_WORD}|tháng|tuần|ngày|kỳ)", re.IGNORECASE)
# the start of a clause, a list item or a table cell before the recurrence
_CLAUSE_START = re.compile(r"(?:^|[\n\t;:,.(]|[-–+•*]|\b(?:\d{1,2}|[a-zđ])[.)])[^\S\n\t]*$", re.IGNORECASE)
# the product of a working cycle (a plan, a budget, a payment, a rating) before the recurrence
_CYCLE_PRODUCT = re.compile(
    r"(?<!\w)(?:kế\s+hoạch|ngân\s+sách|dự\s+toán|dự\s+trù|quyết\s+toán|kinh\s+phí|phụ\s+cấp|trợ\s+cấp|lương"
    r"|mức\s+đóng|báo\s+cáo|bản\s+tin|xếp\s+loại|đánh\s+giá|chỉ\s+số)"
    # its qualifiers, a table cell's wrapped lines included (`phụ cấp ưu\nđãi theo\nnghề hằng\ntháng`), and
    # the periods coordinated with the recurrence (`kế hoạch ... trung hạn và hằng năm`, `dài hạn, 05 năm và
    # hằng năm`)
    r"(?:(?:[^\S\t]+|,[^\S\t]*)\w+){0,7}[^\S\t]*$", re.IGNORECASE)
_CYCLE_REACH = 50
# `thu nhập bình quân hằng tháng`, `kinh phí thực hiện bình quân mỗi năm`: an average per period, a value
_AVERAGE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình)[^\S\t]*$", re.IGNORECASE)
# `ít nhất mỗi quý`, `tối thiểu hằng năm`: how often at least, a frequency whatever stands around it
_AT_LEAST = re.compile(r"(?<!\w)(?:ít\s+nhất|tối\s+thiểu)[^\S\t]*(?:là[^\S\t]+)?$", re.IGNORECASE)


def of_actions(doc: Doc, deadlines: Sequence[Deadline], tasks: Sequence[Task]) -> list[Deadline]:
    """`deadlines` without the bare recurrences that classify a noun (not a cycle's product) outside every
    task."""
    text = text_of(doc)
    starts: list[int] = []  # the tokens' offsets, listed once a recurrence needs them
    kept = []
    for d in deadlines:
        if (_BARE.fullmatch(d.text) and not any(t.start <= d.start < t.end for t in tasks)
                and not _CLAUSE_START.search(text, max(0, d.start - 12), d.start)
                and not _AT_LEAST.search(text, max(0, d.start - 16), d.start)
                and (_AVERAGE.search(text, max(0, d.start - 16), d.start)
                     or not _CYCLE_PRODUCT.search(text, max(0, d.start - _CYCLE_REACH), d.start))):
            starts = starts or [t.idx for t in doc]
            if not _after_verb(doc, bisect_left(starts, d.start)):
                continue
        kept.append(d)
    return kept


def _after_verb(doc: Doc, index: int) -> bool:
    """Whether the word before token `index` is a verb."""
    before = next((doc[i] for i in range(index - 1, -1, -1) if not doc[i].is_space), None)
    return before is not None and has_pos(before, "V")
