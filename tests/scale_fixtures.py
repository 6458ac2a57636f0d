"""Many documents of realistic shape for the checks at real sizes (tests and `bench.pages`): the
provincial directive of web_fixtures and the plan of tasks_fixtures, rewritten with other numbers,
dates, provinces and subjects. Each directive carries out a central resolution (a pool of them,
known only by citation), each plan carries out a directive of its province issued before it, so
the store's citation graph has both kinds of node and chains of edges."""

from dataclasses import dataclass
from pathlib import Path

from tasks_fixtures import PLAN, store_files
from web_fixtures import DIRECTIVE

from policylink.api.settings import Settings
from policylink.store.database import open_store, writing
from policylink.store.index_queue import dequeue, waiting

PROVINCES = ("Thái Nguyên", "Bắc Ninh", "Hà Nam", "Nghệ An", "Lào Cai")
SUBJECTS = (
    "tăng cường công tác giải phóng mặt bằng",
    "đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
    "phát triển hạ tầng giao thông nông thôn",
    "nâng cao chất lượng giáo dục phổ thông",
    "bảo vệ môi trường lưu vực sông",
    "phòng, chống thiên tai và tìm kiếm cứu nạn",
    "cải cách hành chính và nâng cao chỉ số năng lực cạnh tranh",
    "phát triển du lịch cộng đồng",
)
_DIRECTIVE_CITATION = "Nghị quyết số 13-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương"
_PLAN_OPENING = "Để triển khai các nhiệm vụ về hạ tầng giao thông, Ủy ban nhân dân tỉnh"


@dataclass(frozen=True)
class Generated:
    path: Path
    key: str
    doc_type: str  # Chỉ thị | Kế hoạch
    province: str
    subject: str
    issue_date: str  # ISO


def _date(index: int, count: int) -> tuple[int, int, int]:
    """Issue dates spread evenly from 2016 to 2025, growing with the index (what a document
    cites was issued before it)."""
    day_number = 40 + index * (3600 // max(count, 1))
    year, rest = 2016 + day_number // 360, day_number % 360
    return year, rest // 30 + 1, rest % 28 + 1


def _central(index: int) -> str:
    number, year = 10 + index * 3, 2012 + index % 8
    return f"Nghị quyết số {number}-NQ/TW ngày {index % 27 + 1:02d}/0{index % 9 + 1}/{year} của Bộ Chính trị"


def _directive(number: int, province: str, date: tuple[int, int, int], subject: str, central: str) -> str:
    year, month, day = date
    text = DIRECTIVE.replace("THÁI NGUYÊN", province.upper()).replace("Thái Nguyên", province)
    text = text.replace("Số 21-CT/TU", f"Số {number}-CT/TU")
    text = text.replace("ngày 05 tháng 3 năm 2025", f"ngày {day:02d} tháng {month} năm {year}")
    text = text.replace("về tăng cường công tác giải phóng mặt bằng", f"về {subject}")
    return text.replace(_DIRECTIVE_CITATION, central)


def _plan(number: int, province: str, date: tuple[int, int, int], subject: str, directive: Generated) -> str:
    year, month, day = date
    d_year, d_month, d_day = (int(part) for part in directive.issue_date.split("-"))
    text = PLAN.replace("BẮC GIANG", province.upper()).replace("Bắc Giang", province)
    text = text.replace("Số: 45/KH-UBND", f"Số: {number}/KH-UBND")
    text = text.replace("ngày 10 tháng 02 năm 2025", f"ngày {day:02d} tháng {month:02d} năm {year}")
    text = text.replace("triển khai đầu tư hạ tầng giao thông năm 2025", f"thực hiện {subject}")
    opening = (
        f"Thực hiện {directive.doc_type} số {directive.key} ngày {d_day:02d}/{d_month:02d}/{d_year} "
        "của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh"
    )
    return text.replace(_PLAN_OPENING, opening)


def generate(folder: Path, count: int, central: int = 20) -> list[Generated]:
    """`count` documents written to `folder`: directives and plans in turn, over five provinces
    and eight subjects, citing `central` resolutions known only by citation."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Generated] = []
    last_directive: dict[str, Generated] = {}
    directives = 0  # so far: the resolutions are cited in turn
    for index in range(count):
        province, subject = PROVINCES[index % len(PROVINCES)], SUBJECTS[index % len(SUBJECTS)]
        date = _date(index, count)
        iso = f"{date[0]}-{date[1]:02d}-{date[2]:02d}"
        number = 100 + index
        directive = last_directive.get(province)
        if index % 2 == 0 or directive is None:
            key, doc_type = f"{number}-CT/TU", "Chỉ thị"
            text = _directive(number, province, date, subject, _central(directives % central))
        else:
            key, doc_type = f"{number}/KH-UBND", "Kế hoạch"
            text = _plan(number, province, date, subject, directive)
        path = folder / f"{index:04d}.txt"
        path.write_text(text, encoding="utf-8")
        made.append(Generated(path, key, doc_type, province, subject, iso))
        if doc_type == "Chỉ thị":
            last_directive[province] = made[-1]
            directives += 1
    return made


def store_generated(settings: Settings, documents: list[Generated]) -> None:
    """Read, extract, store and link them as `policylink ingest` does, and leave them out of the
    search index: the list and the graph read the store only, and a server started over the
    folder must not spend the timed minutes embedding them (their entries leave the index queue)."""
    store_files(settings, [d.path for d in documents])
    with writing(open_store(settings.database_url)) as conn:
        for entry in waiting(conn):
            dequeue(conn, entry)
