"""Limits on what a file may expand to, and the test for decoded "text" that is binary noise.

A DOCX is a ZIP: its declared member sizes are checked before any member is inflated (a ZIP
bomb of under 1 MB can expand to gigabytes). `zipfile` stops reading a member at its declared
size, so the declared sizes bound what parsing can allocate.
"""

import unicodedata
import zipfile

from policylink.ingest.model import IngestError

MAX_ZIP_MEMBERS = 5_000
MAX_XML_BYTES = 64 * 1024 * 1024  # all XML parts of a DOCX together, inflated
MAX_EXPANDED_BYTES = 256 * 1024 * 1024  # every member together, inflated (images included)
MAX_TEXT_CHARS = 1_000_000  # characters one document may have (~300 pages; spaCy's own default)
NOISE_LIMIT = 0.02  # share of control / private-use / unassigned / replacement characters

_ALLOWED_CONTROLS = set("\t\n\r\f\v\x00")  # NULs are stripped with a warning instead
_NOISE_CATEGORIES = {"Cc", "Co", "Cs", "Cn"}


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def thousands(number: int) -> str:
    """`1071000` -> `1.071.000`, the Vietnamese way."""
    return f"{number:,}".replace(",", ".")


def check_zip_expansion(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a DOCX whose parts would inflate past the limits, before inflating any of them."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise IngestError(name, f"gói DOCX có {len(members)} thành phần, vượt giới hạn {MAX_ZIP_MEMBERS}",
                          "Tệp không giống văn bản Word thông thường; mở bằng Word và lưu lại")
    total = sum(member.file_size for member in members)
    xml = sum(m.file_size for m in members if m.filename.endswith((".xml", ".rels")))
    if total > MAX_EXPANDED_BYTES or xml > MAX_XML_BYTES:
        packed = sum(member.compress_size for member in members)
        raise IngestError(
            name,
            f"gói DOCX nén {_megabytes(packed)} nhưng giải nén ra {_megabytes(total)} "
            f"(phần chữ XML {_megabytes(xml)}), vượt giới hạn {_megabytes(MAX_EXPANDED_BYTES)} "
            f"(XML {_megabytes(MAX_XML_BYTES)}) — có thể là tệp 'bom nén'",
            "Mở văn bản bằng Word, bỏ nội dung thừa hoặc tách thành nhiều tệp rồi nạp lại",
        )


def check_text_length(text: str, name: str) -> None:
    """Refuse a text longer than `MAX_TEXT_CHARS` (stated in the message) before extraction."""
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(
            name,
            f"văn bản dài {thousands(len(text))} ký tự, vượt giới hạn {thousands(MAX_TEXT_CHARS)} ký tự "
            "(khoảng 300 trang)",
            "Tách văn bản thành các tệp nhỏ hơn (mỗi phần, phụ lục một tệp) rồi nạp từng tệp",
        )


def _is_noise(char: str) -> bool:
    if char in _ALLOWED_CONTROLS:
        return False
    return char == "\ufffd" or unicodedata.category(char) in _NOISE_CATEGORIES


def noise_share(text: str, sample: int = 200_000) -> float:
    """Share of characters no text has: controls, private use, surrogates, unassigned, U+FFFD."""
    head = text[:sample]
    return sum(map(_is_noise, head)) / len(head) if head else 0.0


def check_noise(text: str, name: str) -> None:
    share = noise_share(text)
    if share > NOISE_LIMIT:
        raise IngestError(
            name,
            f"{share:.0%} ký tự của tệp là ký tự điều khiển, ký tự riêng hoặc không giải mã được "
            "— đây là dữ liệu nhị phân hoặc tệp hỏng, không phải văn bản",
            "Kiểm tra đã chọn đúng tệp; nếu là văn bản, mở bằng trình soạn thảo và lưu lại dạng UTF-8",
        )
