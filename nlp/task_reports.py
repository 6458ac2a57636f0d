"""Whom a task reports to (GUIDELINES `report_to`, RULINGS R2, R5).

A body after the verb `báo cáo` (`báo cáo UBND tỉnh`, `báo cáo ... về Sở X`), and one a named report is
sent to (`gửi Báo cáo về Văn phòng Chính phủ`, `gửi báo cáo Bộ X`, `gửi Bộ X báo cáo tình hình`, `Các
Báo cáo trên gửi Bộ X`, RULINGS R5). Where the unit sends its report to a body `để tổng hợp, báo cáo Y`,
that body, not the unit, reports to Y. A deputy prime minister reported to stands for the Government,
whose name the text need not print (`báo cáo Phó Thủ tướng Trần Hồng Hà`, R2).
"""

import re

from policylink.nlp.body_chains import after_role, body_chain
from policylink.nlp.model import Body
from policylink.nlp.task_actors import deputy_prime_minister

# `báo cáo` in lower case: the verb, not the title of a `Báo cáo` document; its addressee after the first
# `với|về|lên|cho` of the clause that a body follows (`báo cáo số liệu về tổ chức ... về Bộ Nội vụ`), or after
# a `gửi` that sends the report (`báo cáo kế hoạch ... gửi Bộ Tài chính`); not a partner (`phối hợp với`).
# The clause ends before a purpose (`để kịp thời đề xuất, kiến nghị gửi X`) or the next report; a body sent
# the report to compile it for an onward report (`gửi X tổng hợp, báo cáo Y`) is not reported to.
_REPORT = re.compile(r"(?<!\w)báo cáo\b")
_REPORT_CLAUSE = re.compile(r".*?(?=[;.\n]|(?<!\w)(?:để|báo cáo)(?!\w)|$)", re.DOTALL)
_ONWARD_REPORT = re.compile(r"[^;.\n]*?(?<!\w)báo cáo(?!\w)")
_REPORT_TO = re.compile(
    r"(?<!\w)(?:(?<!hợp )(?<!cùng )(?i:với)|(?i:về|lên|cho)|gửi(?:\s+(?:về|đến|lên|tới|cho))?)\s+")
# `báo cáo Ban Thường vụ Tỉnh ủy trước ngày ...`: the addressee right after the verb.
# (`báo cáo, đề xuất Ban Chỉ đạo ...`: the body both verbs address)
_REPORT_DIRECT = re.compile(r"(?<!\w)báo cáo(?:\s*,\s*(?:đề xuất|kiến nghị))?\s+")
_REPORT_NOUN = r"(?:các\s+)?(?i:báo\s+cáo)(?:\s+(?:kết\s+quả|trên|này))?"
# `gửi Báo cáo về X`, `gửi báo cáo kết quả X`: a named report sent, its addressee after it.
_SEND_REPORT = re.compile(rf"(?<!\w)gửi\s+{_REPORT_NOUN}\s+(?:(?:về|đến|lên|tới|cho)\s+)?")
# `Các Báo cáo trên gửi X`: the report is the subject of `gửi`.
_REPORT_SENT = re.compile(rf"(?<!\w){_REPORT_NOUN}\s+gửi\s+(?:(?:về|đến|lên|tới|cho)\s+)?")
# `gửi X báo cáo tình hình ...`: the addressee first, the report right after it.
_SEND = re.compile(r"(?<!\w)gửi\s+(?:(?:về|đến|lên|tới|cho)\s+)?")
_THEN_REPORT = re.compile(r"\s+(?i:báo\s+cáo)(?!\w)")
# `... để tổng hợp, báo cáo Thủ tướng Chính phủ`: the onward report of the body sent to.
_ONWARD = re.compile(r"(?<!\w)để\s+tổng\s+hợp\s*,?\s*$")
_JOINT = re.compile(r"\s*(?:,|và)\s*")


def _addressees(text: str, bodies: list[Body], pos: int, end: int) -> list[Body]:
    """The bodies right after the verb, and a deputy prime minister first or listed after them
    (`báo cáo Thủ tướng Chính phủ, Phó Thủ tướng phụ trách lĩnh vực`)."""
    chain = body_chain(bodies, text, after_role(text, pos, end), end)
    if not chain:
        return deputy_prime_minister(text, pos, end)
    joint = _JOINT.match(text, chain[-1].end, end)
    return chain + (deputy_prime_minister(text, joint.end(), end) if joint else [])


def _sent_to(text: str, bodies: list[Body], start: int, end: int) -> list[tuple[int, list[Body]]]:
    """(where the sending clause ends, the bodies) of each named report the unit sends."""
    found = []
    for pattern in (_SEND_REPORT, _REPORT_SENT):
        for m in pattern.finditer(text, start, end):
            if chain := body_chain(bodies, text, after_role(text, m.end(), end), end):
                found.append((m.start(), chain))
    for m in _SEND.finditer(text, start, end):
        chain = body_chain(bodies, text, after_role(text, m.end(), end), end)
        if chain and _THEN_REPORT.match(text, chain[-1].end, end):
            found.append((m.start(), chain))
    return found


def _onward(text: str, bodies: list[Body], recipients: list[Body], verb: int, *, named: bool) -> bool:
    """Whether the `báo cáo` at `verb` is the onward report of the bodies something was sent to: `gửi X
    ... để tổng hợp, báo cáo Y` (whatever is sent), or, when a named report was sent, a later sentence
    of theirs (`Các Báo cáo trên gửi Bộ X. Trên cơ sở đó, Bộ X tổng hợp, báo cáo Y`)."""
    after = recipients[-1].end
    if verb < after:
        return False
    names = {b.canonical for b in recipients}
    return bool(_ONWARD.search(text, after, verb)) or named and any(
        after <= b.start and b.end <= verb and b.canonical in names for b in bodies)


def _clause_addressees(text: str, bodies: list[Body], verb_end: int, end: int) -> list[Body]:
    """The bodies after the first preposition or `gửi` of the report's clause that a body follows."""
    clause_end = _REPORT_CLAUSE.match(text, verb_end, end).end()
    for to in _REPORT_TO.finditer(text, verb_end, clause_end):
        if addressees := _addressees(text, bodies, to.end(), end):
            compiles = to.group().startswith("gửi") and _ONWARD_REPORT.match(text, addressees[-1].end, end)
            return [] if compiles else addressees
    return []


def report_to(text: str, bodies: list[Body], start: int, end: int) -> list[Body]:
    """The bodies `text[start:end]` reports to, in order of mention."""
    sent = _sent_to(text, bodies, start, end)
    found: list[tuple[int, Body]] = [(at, b) for at, chain in sent for b in chain]
    # (`xây dựng kịch bản, gửi Bộ X trước ngày ... để tổng hợp báo cáo Y`: no report is sent, none is made)
    plain = [chain for m in _SEND.finditer(text, start, end)
             if (chain := body_chain(bodies, text, after_role(text, m.end(), end), end))]
    for pattern in (_REPORT, _REPORT_DIRECT):
        for m in pattern.finditer(text, start, end):
            if any(_onward(text, bodies, chain, m.start(), named=True) for _, chain in sent) or any(
                    _onward(text, bodies, chain, m.start(), named=False) for chain in plain):
                continue
            addressees = (_addressees(text, bodies, m.end(), end) if pattern is _REPORT_DIRECT
                          else _clause_addressees(text, bodies, m.end(), end))
            found.extend((m.start(), b) for b in addressees)
    return [b for _, b in sorted(found, key=lambda pair: pair[0])]
