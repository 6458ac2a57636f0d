"""Document types: their names, the codes their symbols carry, and where each may appear.

One table for every stage: a header's type line (`QUYẾT ĐỊNH`), the type code in a key
(`12/QĐ-UBND`, `55-KL/TU`), the type word that starts a citation (`Nghị quyết số ...`) and the
abbreviation before a number (`QĐ số 1234/QĐ-UBND`).
"""

from dataclasses import dataclass

from policylink.core.vietnamese import fold


@dataclass(frozen=True)
class DocType:
    name: str
    codes: tuple[str, ...] = ()  # as written in symbols (`QĐi`, `CTr`); matched case-insensitively
    heads: bool = True  # may stand as a header's type line; False: only ever cited by this name


DOC_TYPE_TABLE = (
    DocType("Nghị quyết", ("NQ",)),
    DocType("Nghị quyết liên tịch", ("NQLT",)),
    DocType("Kết luận", ("KL",)),
    DocType("Chỉ thị", ("CT",)),
    DocType("Kế hoạch", ("KH",)),
    DocType("Công văn", ("CV",)),
    DocType("Công điện", ("CĐ",)),
    DocType("Quyết định", ("QĐ",)),
    DocType("Thông báo", ("TB",)),
    # a Thông báo's type line is `THÔNG BÁO`; `KẾT LUẬN CỦA ...` under it is its title
    DocType("Thông báo kết luận", heads=False),
    DocType("Quy định", ("QĐi", "QyĐ")),
    DocType("Hướng dẫn", ("HD",)),
    DocType("Báo cáo", ("BC",)),
    DocType("Chương trình", ("CTr",)),
    DocType("Chương trình hành động"),
    DocType("Đề án", ("ĐA",)),
    DocType("Luật"),
    DocType("Bộ luật"),
    DocType("Pháp lệnh"),
    DocType("Hiến pháp"),
    DocType("Nghị định", ("NĐ",)),
    DocType("Thông tư", ("TT",)),
    DocType("Thông tư liên tịch", ("TTLT",)),
    DocType("Tờ trình", ("TTr",)),
    DocType("Quy chế", ("QC",)),
    DocType("Thông tri"),
    DocType("Điều lệ"),
    DocType("Quy hoạch"),
    DocType("Chiến lược"),
    DocType("Cương lĩnh"),
    DocType("Văn kiện", heads=False),
    DocType("Văn bản", heads=False),
)

DOC_TYPES = tuple(t.name for t in DOC_TYPE_TABLE)
HEADER_DOC_TYPES = tuple(t.name for t in DOC_TYPE_TABLE if t.heads)
# Codes as written: `QĐ` -> Quyết định (also the abbreviation typed before a number: `QĐ số ...`).
TYPE_CODES = {code: t.name for t in DOC_TYPE_TABLE for code in t.codes}
_TYPE_BY_FOLDED_CODE = {fold(code): name for code, name in TYPE_CODES.items()}


def type_for_code(code: str) -> str | None:
    """`QĐ` / `qđ` -> Quyết định, `QĐI` -> Quy định; None for a code that names no type."""
    return _TYPE_BY_FOLDED_CODE.get(fold(code))
