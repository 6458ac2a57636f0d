"""Three short directives written for the upload tests, each made into a real file of its own
format (TXT, PDF with fpdf2, DOCX with python-docx), with a word each that only it contains, so a
search can tell them apart; and the accounts the tests sign in with."""

from dataclasses import dataclass
from pathlib import Path

from ingest_fixtures import build_docx, build_pdf
from web_fixtures import policylink

EDITOR, VIEWER, PASSWORD = "bien-tap", "chi-xem", "mat-khau-dai-9"


@dataclass(frozen=True)
class Directive:
    key: str
    topic: str  # a phrase only this directive contains
    lines: list[list[str]]  # blocks of lines

    def text(self) -> str:
        return "\n\n".join("\n".join(block) for block in self.lines) + "\n"


def _directive(issuer: str, place: str, key: str, kind: str, day: str, topic: str, body: str) -> Directive:
    return Directive(
        key,
        topic,
        [
            [issuer, f"Số {key}", f"{place}, ngày {day}"],
            [kind, f"về {topic}"],
            [f"1. {body} chủ trì, phối hợp với Sở Tài chính triển khai {topic}, báo cáo Ban Thường vụ "
             "Tỉnh ủy trước ngày 30/11/2025."],
            ["2. Các huyện ủy, thành ủy quán triệt và tổ chức thực hiện trong quý I/2026."],
        ],
    )


TXT = _directive("TỈNH ỦY SƠN LA", "Sơn La", "07-CT/TU", "CHỈ THỊ", "12 tháng 5 năm 2025",
                 "phát triển vùng cà phê đặc sản", "Ban cán sự đảng UBND tỉnh chỉ đạo Sở Nông nghiệp")
PDF = _directive("TỈNH ỦY LÀO CAI", "Lào Cai", "15-KH/TU", "KẾ HOẠCH", "03 tháng 6 năm 2025",
                 "số hóa hồ sơ lưu trữ lịch sử", "Văn phòng Tỉnh ủy chỉ đạo Sở Nội vụ")
DOCX = _directive("TỈNH ỦY NAM ĐỊNH", "Nam Định", "09-NQ/TU", "NGHỊ QUYẾT", "20 tháng 7 năm 2025",
                  "bảo tồn nghệ thuật hát chèo", "Ban cán sự đảng UBND tỉnh chỉ đạo Sở Văn hóa")


def write_files(folder: Path) -> dict[str, Path]:
    """The three directives as files: {'txt': …, 'pdf': …, 'docx': …}."""
    folder.mkdir(parents=True, exist_ok=True)
    txt = folder / "chi-thi-07.txt"
    txt.write_text(TXT.text(), encoding="utf-8")
    return {
        "txt": txt,
        "pdf": build_pdf(PDF.lines, folder / "ke-hoach-15.pdf"),
        "docx": build_docx(DOCX.lines, folder / "nghi-quyet-09.docx"),
    }


def add_accounts(data_dir: Path) -> str:
    """An editor and a viewer (created by `policylink user add`) and an editor API key (by
    `policylink key add`), as an administrator would; returns the key."""
    for name, role in ((EDITOR, "editor"), (VIEWER, "viewer")):
        done = policylink(data_dir, "user", "add", name, "--role", role, stdin=f"{PASSWORD}\n{PASSWORD}\n")
        assert done.returncode == 0, done.stderr
    done = policylink(data_dir, "key", "add", "he-thong-van-thu")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
