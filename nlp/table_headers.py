"""Which column of a tab-separated table plays which role, read from the header row's words, not from the
column's place: one reader for the assignment tables (task, responsible, coordinating, deadline, ...) and the
procedure lists' legal-basis column (`based_on`, R30, R62).
"""

import re

from policylink.core.vietnamese import match_key

# `Căn cứ pháp lý`, `Cơ sở pháp lý`, or a column naming the legal documents a row rests on: `Tên VBQPPL là căn
# cứ sửa đổi, bổ sung`, `Tên VBQPPL quy định việc bãi bỏ TTHC`, `Văn bản quy phạm pháp luật …` (R62)
_BASIS_HEADER = re.compile(
    r"(?:căn cứ|cơ sở)(?:\s+pháp lý)?(?!\w)|(?:tên\s+)?(?:vbqppl|văn bản quy phạm pháp luật)(?!\w)"
)
ROLE_WORDS = (  # (column role, header words), checked in this order, after the basis
    ("number", ("stt", "tt", "số tt")),
    ("deadline", ("thời gian", "thời hạn", "hoàn thành", "tiến độ", "thời điểm")),
    ("coordinating", ("phối hợp",)),
    ("product", ("sản phẩm", "kết quả")),
    ("responsible", ("chủ trì", "thực hiện", "trách nhiệm", "phụ trách", "xử lý", "đơn vị", "cơ quan")),
    ("task", ("nội dung", "nhiệm vụ", "công việc", "đề án", "giải pháp", "đề xuất", "kiến nghị")),
)
HEADER_CELL_MAX = 60  # a header cell is a short label, not a sentence
# `Tỉnh kiến nghị`, `Đơn vị đề xuất`: the column naming who proposed the row, not who does it.
_SOURCE_HEADER = re.compile(
    r"(?:tỉnh|địa phương|đơn vị|cơ quan|bộ|ngành|sở)(?:\s*,\s*\w+)*\s+(?:kiến nghị|đề xuất|đề nghị|gửi)$"
)

# `Đơn vị tính` (`ĐVT`), also inside a label (`Số lượng và đơn vị tính`): the unit a figure is counted
# in (`người/ngày`, `triệu đồng`), not a body.
_MEASURE_HEADER = re.compile(r"(?:đơn vị tính|đvt)(?!\w)")


def column_roles(cells: list[str]) -> dict[str, int]:
    """The role of each labelled cell of a header row (the first cell of each role), by its words: `basis`
    for the legal-basis column, else one of `ROLE_WORDS`. Cells longer than a label play none."""
    roles: dict[str, int] = {}
    for index, cell in enumerate(match_key(c).strip() for c in cells):
        if (not cell or len(cell) > HEADER_CELL_MAX or _SOURCE_HEADER.match(cell)
                or _MEASURE_HEADER.search(cell)):
            continue
        if _BASIS_HEADER.match(cell):
            roles.setdefault("basis", index)
            continue
        for role, words in ROLE_WORDS:
            hit = cell in words if role == "number" else any(w in cell for w in words)
            if hit and role not in roles:
                roles[role] = index
                break
    return roles
