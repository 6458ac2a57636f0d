"""Format detection by content: the extension only decides between text flavours."""

import io
import zipfile

from policylink.ingest.model import IngestError

_TEXT_CONTROL = {9, 10, 11, 12, 13, 27}
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")


def looks_utf16(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and (odd.count(0) > 0.3 * len(odd) or even.count(0) > 0.3 * len(even))


def _looks_binary(head: bytes) -> bool:
    if looks_utf16(head):
        return False
    control = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROL)
    return control > max(2, len(head) // 100)


def _zip_format(data: bytes, name: str) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as exc:
        raise IngestError(name, "tệp là gói ZIP/DOCX bị hỏng",
                          "Mở văn bản bằng Word hoặc LibreOffice, lưu lại rồi nạp tệp mới") from exc
    if "word/document.xml" in names:
        return "docx"
    raise IngestError(name, "tệp là gói ZIP nhưng không phải văn bản Word (.docx)",
                      "Giải nén rồi nạp từng văn bản (txt, md, pdf, docx, html)")


def detect_format(data: bytes, name: str) -> str:
    """`pdf`, `docx`, `html`, `md` or `txt`; raises IngestError for what cannot be read."""
    if not data.strip():
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
    if head.startswith(_IMAGE_MAGIC):
        raise IngestError(name, "tệp là ảnh, không phải văn bản",
                          "Ghép các trang quét vào một tệp PDF rồi nạp với --ocr")
    if _looks_binary(head):
        raise IngestError(name, "tệp là dữ liệu nhị phân không rõ định dạng",
                          "Hãy nạp tệp văn bản (.txt, .md), PDF, Word .docx hoặc HTML")
    lowered = head.lower().replace(b"\x00", b"")
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if b"<html" in lowered or b"<!doctype html" in lowered or (suffix in {"html", "htm"} and b"<" in lowered):
        return "html"
    return "md" if suffix in {"md", "markdown"} else "txt"
