"""Format detection by content: the extension only decides between text flavours.

Executables, archives, media and databases are refused by their magic numbers before any
decoding is tried, so that none of them is read as UTF-16 or 8-bit "text".
"""

import io
import zipfile

from policylink.ingest.model import IngestError
from policylink.ingest.sniff import check_zip_expansion

_TEXT_CONTROL = {0, 9, 10, 11, 12, 13, 27}  # NUL is stripped later with a warning, not refused here
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
_PROGRAM = ("tệp là chương trình máy tính ({kind}), không phải văn bản",
            "Không nạp tệp chạy được; hãy chọn tệp văn bản (.txt, .md), PDF, Word .docx hoặc HTML")
_ARCHIVE = ("tệp là gói nén {kind}, không phải văn bản",
            "Giải nén rồi nạp từng văn bản (txt, md, pdf, docx, html)")
_MEDIA = ("tệp là {kind}, không phải văn bản",
          "Hãy chọn tệp văn bản (.txt, .md), PDF, Word .docx hoặc HTML")
# (magic at offset 0, what it is, message pair)
_REFUSED_MAGIC = (
    (b"\x7fELF", "ELF, Linux/Unix", _PROGRAM),
    (b"\xcf\xfa\xed\xfe", "Mach-O, macOS", _PROGRAM),
    (b"\xce\xfa\xed\xfe", "Mach-O, macOS", _PROGRAM),
    (b"\xca\xfe\xba\xbe", "Mach-O/Java class", _PROGRAM),
    (b"\x00asm", "WebAssembly", _PROGRAM),
    (b"\x1f\x8b", "gzip", _ARCHIVE),
    (b"BZh", "bzip2", _ARCHIVE),
    (b"\xfd7zXZ\x00", "xz", _ARCHIVE),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip", _ARCHIVE),
    (b"Rar!\x1a\x07", "RAR", _ARCHIVE),
    (b"\x28\xb5\x2f\xfd", "zstd", _ARCHIVE),
    (b"SQLite format 3\x00", "cơ sở dữ liệu SQLite", _MEDIA),
    (b"OggS", "tệp âm thanh/video Ogg", _MEDIA),
    (b"ID3", "tệp âm thanh MP3", _MEDIA),
    (b"fLaC", "tệp âm thanh FLAC", _MEDIA),
)


def looks_utf16(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if len(head) < 4:
        return False
    # UTF-16 puts its zero bytes on one side of each pair; a run of NULs (a zero-padded file)
    # puts them on both
    even, odd = head[0::2].count(0) / len(head[0::2]), head[1::2].count(0) / len(head[1::2])
    return max(even, odd) > 0.3 and min(even, odd) < max(even, odd) / 2


def _looks_binary(head: bytes) -> bool:
    if looks_utf16(head):
        return False
    control = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROL)
    return control > max(2, len(head) // 100)


def _refuse_known_binary(head: bytes, name: str) -> None:
    """Executables, archives, media and databases by their magic numbers."""
    for magic, kind, (problem, remedy) in _REFUSED_MAGIC:
        if head.startswith(magic):
            raise IngestError(name, problem.format(kind=kind), remedy)
    if head.startswith(b"MZ") and b"\x00" in head[2:64]:  # DOS/Windows header: binary fields follow
        raise IngestError(name, _PROGRAM[0].format(kind="Windows .exe/.dll"), _PROGRAM[1])
    if head[257:262] == b"ustar":
        raise IngestError(name, _ARCHIVE[0].format(kind="tar"), _ARCHIVE[1])
    if head[4:8] == b"ftyp":
        raise IngestError(name, _MEDIA[0].format(kind="tệp video/âm thanh MP4"), _MEDIA[1])


def _zip_format(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise IngestError(name, "tệp là gói ZIP/DOCX bị hỏng",
                          "Mở văn bản bằng Word hoặc LibreOffice, lưu lại rồi nạp tệp mới") from exc
    if "word/document.xml" not in names:
        raise IngestError(name, "tệp là gói ZIP nhưng không phải văn bản Word (.docx)",
                          "Giải nén rồi nạp từng văn bản (txt, md, pdf, docx, html)")
    check_zip_expansion(archive, name)
    return "docx"


def detect_format(data: bytes, name: str) -> str:
    """`pdf`, `docx`, `html`, `md` or `txt`; raises IngestError for what cannot be read."""
    if not data.replace(b"\x00", b"").strip():
        raise IngestError(name, "tệp rỗng", "Kiểm tra đã chọn đúng tệp và tệp đã được sao chép đầy đủ")
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(data, name)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(name, "tệp là văn bản Word .doc kiểu cũ (hoặc tệp Office cũ khác)",
                          "Chuyển sang .docx trước, ví dụ: `soffice --headless --convert-to docx TỆP`")
    if head.startswith(b"{\\rtf"):
        raise IngestError(name, "chưa hỗ trợ tệp RTF",
                          "Lưu văn bản dưới dạng .docx hoặc .pdf rồi nạp tệp đó")
    if head.startswith(_IMAGE_MAGIC) or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        raise IngestError(name, "tệp là ảnh, không phải văn bản",
                          "Ghép các trang quét vào một tệp PDF rồi nạp với --ocr")
    _refuse_known_binary(head, name)
    if _looks_binary(head):
        raise IngestError(name, "tệp là dữ liệu nhị phân không rõ định dạng",
                          "Hãy nạp tệp văn bản (.txt, .md), PDF, Word .docx hoặc HTML")
    lowered = head.lower().replace(b"\x00", b"")
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if b"<html" in lowered or b"<!doctype html" in lowered or (suffix in {"html", "htm"} and b"<" in lowered):
        return "html"
    return "md" if suffix in {"md", "markdown"} else "txt"
