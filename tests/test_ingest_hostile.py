"""Hostile input: executables, archives, binary noise, NULs, cut UTF-8, ZIP bombs and texts over
the stated length are refused (or repaired) with a Vietnamese message, never a traceback."""

import gzip
import io
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from ingest_fixtures import CONCLUSION, build_docx

from policylink.ingest.model import IngestError
from policylink.ingest.pipeline import ingest_bytes
from policylink.ingest.sniff import MAX_TEXT_CHARS, MAX_XML_BYTES
from policylink.nlp.pipeline import TextTooLong, vietnamese_doc

MAX = 50 * 1024 * 1024
TEXT = CONCLUSION.read_text(encoding="utf-8")
HEADER = ingest_bytes(TEXT.encode(), "goc.txt", max_bytes=MAX).header


def _refusal(data: bytes, name: str) -> IngestError:
    with pytest.raises(IngestError) as caught:
        ingest_bytes(data, name, max_bytes=MAX)
    assert caught.value.problem and caught.value.remedy and name in str(caught.value)
    return caught.value


def _windows_executable() -> bytes:
    """A DOS stub and PE header as a linker writes them, then code bytes."""
    stub = bytearray(b"MZ" + bytes(58) + (128).to_bytes(4, "little"))
    stub += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21This program cannot be run in DOS mode.\r\r\n$" + bytes(7)
    return bytes(stub.ljust(128, b"\x00")) + b"PE\x00\x00\x4c\x01" + bytes(range(256)) * 40


def test_linux_executable_named_txt_is_refused_not_read_as_utf16():
    error = _refusal(Path(sys.executable).resolve().read_bytes()[:200_000], "ghi-chu.txt")
    assert "chương trình" in error.problem and "ELF" in error.problem


def test_windows_executable_is_refused():
    assert "Windows" in _refusal(_windows_executable(), "bao-cao.txt").problem


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (gzip.compress(TEXT.encode()), "gzip"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(256)) * 8, "7-Zip"),
        (b"Rar!\x1a\x07\x01\x00" + bytes(range(256)) * 8, "RAR"),
    ],
)
def test_archives_are_refused_with_advice_to_unpack(data: bytes, kind: str):
    error = _refusal(data, "van-ban.txt")
    assert kind in error.problem and "Giải nén" in error.remedy


def test_tar_archive_is_refused():
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("van-ban.txt")
        info.size = len(TEXT.encode())
        tar.addfile(info, io.BytesIO(TEXT.encode()))
    assert "tar" in _refusal(buffer.getvalue(), "van-ban.txt").problem


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe" + bytes((i * 40503) % 251 for i in range(60_000)),  # UTF-16 mark, then noise
        bytes(0 if i % 2 else (i * 7919) % 251 for i in range(60_000)),  # every other byte zero
    ],
)
def test_utf16_looking_noise_is_refused_by_its_share_of_unprintable_characters(data: bytes):
    error = _refusal(data, "rac.txt")
    assert "ký tự điều khiển" in error.problem or "nhị phân" in error.problem


def test_nul_characters_are_stripped_with_a_warning():
    data = TEXT.encode().replace(b"\n", b"\x00\n", 40)
    doc = ingest_bytes(data, "co-nul.txt", max_bytes=MAX)
    assert "\x00" not in doc.text
    assert doc.header == HEADER
    assert any("40 ký tự NUL" in warning for warning in doc.warnings)


def test_file_of_only_nul_bytes_is_empty():
    assert "rỗng" in _refusal(bytes(5000), "khong.txt").problem


def test_cut_utf8_tail_keeps_the_header_and_is_reported():
    data = TEXT.encode()[:-1] + "ế".encode()[:2] + b"\xff\xfe\x80"
    doc = ingest_bytes(data, "cat-cut.txt", max_bytes=MAX)
    assert doc.header == HEADER and doc.header.doc_type == "Kết luận"
    report = [w for w in doc.warnings if "không giải mã được" in w]
    assert report and f"dòng {TEXT[:-1].count(chr(10)) + 1}" in report[0]


def test_text_over_the_stated_length_is_refused_before_extraction():
    """A 1.07M-character single line (Markdown): over spaCy's default too, so never E088."""
    long_line = ("Giao Sở Xây dựng chủ trì thực hiện. " * (MAX_TEXT_CHARS // 36 + 10)).encode()
    error = _refusal(long_line, "mot-dong.md")
    assert "văn bản dài 1.000.332 ký tự, vượt giới hạn 1.000.000 ký tự" in error.problem
    assert "Tách" in error.remedy


def test_pipeline_refuses_text_over_the_limit_with_a_vietnamese_message():
    with pytest.raises(TextTooLong, match="giới hạn là 1.000.000 ký tự"):
        vietnamese_doc("a " * (MAX_TEXT_CHARS // 2 + 1))


def _bomb_docx(tmp_path: Path, member_bytes: int) -> bytes:
    """A real DOCX plus one customXml part of `member_bytes` spaces, deflated to almost nothing."""
    source = build_docx([["KẾT LUẬN"], ["1. Giao Sở Xây dựng chủ trì."]], tmp_path / "goc.docx").read_bytes()
    out = io.BytesIO()
    original = zipfile.ZipFile(io.BytesIO(source))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in original.infolist():
            bomb.writestr(item, original.read(item))
        with bomb.open("customXml/item99.xml", "w") as part:
            chunk = b" " * (1024 * 1024)
            for _ in range(member_bytes // len(chunk)):
                part.write(chunk)
    return out.getvalue()


def test_zip_bomb_docx_is_refused_before_inflating(tmp_path: Path):
    data = _bomb_docx(tmp_path, MAX_XML_BYTES + 2 * 1024 * 1024)
    assert len(data) < 1024 * 1024
    error = _refusal(data, "bom.docx")
    assert "bom nén" in error.problem and "vượt giới hạn" in error.problem


def test_docx_with_one_paragraph_over_lxml_text_limit_is_not_called_damaged(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("KẾT LUẬN")
    document.add_paragraph("Giao Sở Xây dựng chủ trì. " * 420_000)  # 10.9 MB in one XML text node
    path = tmp_path / "dai.docx"
    document.save(str(path))
    error = _refusal(path.read_bytes(), path.name)
    assert "hỏng" not in error.problem and "vượt giới hạn 1.000.000 ký tự" in error.problem
