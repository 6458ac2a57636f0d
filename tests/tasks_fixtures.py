"""Shared by the tasks board tests: a plan of a provincial people's committee written for them (its
departments act, one task is recurring, two have dates), stored beside the shipped conclusion."""

from pathlib import Path

from policylink.api import service
from policylink.api.settings import Settings
from policylink.ingest.pipeline import ingest_file
from policylink.store.database import open_store, writing

REPO = Path(__file__).resolve().parents[1]
CONCLUSION_FILE = REPO / "corpus" / "ket-luan-btv-tinh-uy-bac-giang-2024-ket-cau-ha-tang.txt"
PLAN_ID = "bac-giang/45/KH-UBND/2025"
PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 45/KH-UBND
Bắc Giang, ngày 10 tháng 02 năm 2025

KẾ HOẠCH
triển khai đầu tư hạ tầng giao thông năm 2025

Để triển khai các nhiệm vụ về hạ tầng giao thông, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng cân đối, bố trí nguồn vốn cho các dự án giao thông \
trọng điểm, hoàn thành trước ngày 30/6/2025.

2. Sở Giao thông vận tải tổng hợp tiến độ các dự án, báo cáo Ủy ban nhân dân tỉnh hằng quý.

3. Công an tỉnh phối hợp với Sở Giao thông vận tải bảo đảm an toàn giao thông trên các tuyến đường \
đang thi công, hoàn thành trong tháng 9/2026.

4. Ủy ban nhân dân tỉnh tổ chức sơ kết việc thực hiện Kế hoạch trong tháng 12/2025.
"""


def write_plan(folder: Path) -> Path:
    path = folder / "ke-hoach-45.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def store_files(settings: Settings, paths: list[Path]) -> None:
    """Read, extract and store files as `policylink ingest` does, leaving the search index to the
    queue (the board reads the store only)."""
    for path in paths:
        doc = ingest_file(path, max_bytes=settings.max_file_bytes)
        with writing(open_store(settings.database_url)) as conn:
            service.store_document(conn, doc)
