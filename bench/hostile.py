"""Hostile input, tried for real: files through `ingest_bytes` and requests through the app in
process; each outcome with its message, and any traceback counted.

    .venv/bin/python -m bench.hostile [--out bench/results/hostile-input.md]

Every input is built here from real parts: the running Python's own ELF binary, archives made
with the standard library, DOCX files made with python-docx, a SQLite database, PDFs from the
test builders. An outcome is "refused" (IngestError or an HTTP 4xx with a Vietnamese detail),
"accepted" (with the warnings it produced) or "TRACEBACK" (anything else: a failure).
"""

import argparse
import bz2
import gzip
import io
import lzma
import random
import sqlite3
import sys
import tarfile
import tempfile
import traceback
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import docx
from fastapi.testclient import TestClient

from bench.machine import describe
from policylink.api.app import create_app
from policylink.api.settings import Settings
from policylink.ingest.model import IngestError
from policylink.ingest.pipeline import ingest_bytes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import ingest_fixtures  # noqa: E402  (the document builders shared with the tests)

MAX_BYTES = 50 * 1024 * 1024
TEXT = ingest_fixtures.CONCLUSION.read_text(encoding="utf-8")
NOISE = random.Random(15)


def _noise(size: int) -> bytes:
    return NOISE.randbytes(size)


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip_bomb(member_mb: int) -> bytes:
    """A real DOCX plus one XML part of `member_mb` MB of spaces (deflates ~1000:1)."""
    source = zipfile.ZipFile(io.BytesIO(_docx(["KẾT LUẬN", "1. Giao Sở Xây dựng chủ trì."])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item, source.read(item))
        with bomb.open("customXml/item99.xml", "w") as part:
            for _ in range(member_mb):
                part.write(b" " * (1024 * 1024))
    return out.getvalue()


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("van-ban.txt")
        info.size = len(TEXT.encode())
        tar.addfile(info, io.BytesIO(TEXT.encode()))
    return buffer.getvalue()


def _sqlite(folder: Path) -> bytes:
    path = folder / "kho.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table van_ban (id integer primary key, noi_dung text)")
        conn.execute("insert into van_ban (noi_dung) values (?)", (TEXT,))
    return path.read_bytes()


def _windows_exe() -> bytes:
    stub = bytearray(b"MZ" + bytes(58) + (128).to_bytes(4, "little"))
    stub += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    return bytes(stub.ljust(128, b"\x00")) + b"PE\x00\x00\x4c\x01" + _noise(20_000)


def files(folder: Path) -> Iterator[tuple[str, str, bytes]]:
    """(description, file name, bytes) of each hostile or broken file."""
    elf = Path(sys.executable).resolve().read_bytes()[:300_000]
    utf8 = TEXT.encode()
    yield "empty file", "rong.txt", b""
    yield "white space only", "trang.txt", b" \n\t\n  \n"
    yield "only NUL bytes (5,000)", "nul.txt", bytes(5000)
    yield "ELF executable (this Python) named .txt", "ghi-chu.txt", elf
    yield "ELF executable named .docx", "van-ban.docx", elf
    yield "ELF executable named .pdf", "van-ban.pdf", elf
    yield "Windows MZ/PE executable named .txt", "bao-cao.txt", _windows_exe()
    yield "Mach-O executable header", "app.txt", b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + _noise(4000)
    yield "WebAssembly module", "mo-dun.txt", b"\x00asm\x01\x00\x00\x00" + _noise(4000)
    yield "gzip of a text", "van-ban.txt.gz", gzip.compress(utf8)
    yield "bzip2 of a text", "van-ban.bz2", bz2.compress(utf8)
    yield "xz of a text", "van-ban.xz", lzma.compress(utf8)
    yield "7-Zip header", "goi.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + _noise(4000)
    yield "RAR header", "goi.rar", b"Rar!\x1a\x07\x01\x00" + _noise(4000)
    yield "zstd frame header", "goi.zst", b"\x28\xb5\x2f\xfd" + _noise(4000)
    yield "tar archive of a text", "goi.tar", _tar()
    yield "ZIP that is not a DOCX", "van-ban.docx", ingest_fixtures.not_word_zip()
    yield "ZIP bomb DOCX (80 MB XML part)", "bom.docx", _zip_bomb(80)
    yield "ZIP bomb DOCX (300 MB XML part)", "bom-lon.docx", _zip_bomb(300)
    whole_docx = _docx(["KẾT LUẬN", TEXT])
    yield "DOCX cut in half", "hong.docx", whole_docx[: len(whole_docx) // 2]
    yield "DOCX with one 10.9 MB paragraph", "dai.docx", _docx(["KẾT LUẬN", "Giao Sở chủ trì. " * 640_000])
    yield "legacy Word .doc (OLE2)", "cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)
    yield "RTF", "van-ban.rtf", b"{\\rtf1\\ansi " + utf8[:2000] + b"}"
    yield "PNG image", "anh.txt", b"\x89PNG\r\n\x1a\n" + _noise(4000)
    yield "JPEG image", "anh.jpg", b"\xff\xd8\xff\xe0" + _noise(4000)
    yield "GIF image", "anh.gif", b"GIF89a" + _noise(4000)
    yield "TIFF image", "anh.tif", b"II*\x00" + _noise(4000)
    yield "WebP image", "anh.webp", b"RIFF\x00\x10\x00\x00WEBPVP8 " + _noise(4000)
    yield "SQLite database", "kho.txt", _sqlite(folder)
    yield "MP4 video", "video.txt", b"\x00\x00\x00\x18ftypmp42" + _noise(4000)
    yield "MP3 audio", "am-thanh.txt", b"ID3\x04\x00" + _noise(4000)
    yield "Ogg audio", "am-thanh.ogg", b"OggS\x00\x02" + _noise(4000)
    yield "FLAC audio", "am-thanh.flac", b"fLaC\x00" + _noise(4000)
    yield "random bytes (64 KB)", "rac.txt", _noise(65536)
    yield "UTF-16 mark then random bytes", "rac16.txt", b"\xff\xfe" + _noise(60_000)
    half_zero = bytes(b if i % 2 else 0 for i, b in enumerate(_noise(60_000)))
    yield "random bytes, every other byte zero", "rac16b.txt", half_zero
    private = "".join(chr(0xE000 + i % 6000) for i in range(20_000))
    yield "text of private-use characters", "rieng.txt", private.encode()
    yield "text with C0 control characters mixed in", "dieu-khien.txt", b"".join(
        bytes([1 + i % 8]) + w.encode() for i, w in enumerate(TEXT.split(" ")))
    yield "lone surrogates (CESU-8 bytes)", "cesu.txt", b"\xed\xa0\x80" * 3000 + b"chu"
    yield "text with 40 NULs in its lines", "co-nul.txt", utf8.replace(b"\n", b"\x00\n", 40)
    yield "text padded with 100 KB of NULs", "dem-nul.txt", utf8 + bytes(100_000)
    yield "UTF-8 text cut inside a letter", "cat-cut.txt", utf8[:-1] + "ế".encode()[:2]
    yield "UTF-8 text with a binary tail", "duoi-hong.txt", utf8 + b"\xff\xfe\x80\x81" * 8
    yield "UTF-8 text with one bad byte mid-way", "mot-byte.txt", utf8[:3000] + b"\xc3" + utf8[3000:]
    yield "one 1,070,000-character line (Markdown)", "mot-dong.md", ("Giao Sở chủ trì. " * 63_000).encode()
    yield "1.6 MB Markdown of many lines", "dai.md", (("# Mục\n" + TEXT) * 60).encode()[:1_700_000]
    size = 49 * 1024 * 1024
    yield "49 MB text", "rat-lon.txt", (TEXT * (size // len(utf8) + 1)).encode()[:size]
    yield "51 MB text (over the file limit)", "qua-lon.txt", b"a" * (51 * 1024 * 1024)
    yield "PDF cut at a third", "hong.pdf", ingest_fixtures.build_pdf([["KẾT LUẬN"], ["1. Giao Sở."]],
                                                                    folder / "goc.pdf").read_bytes()[:600]
    yield "password-protected PDF", "mat-khau.pdf", ingest_fixtures.build_text_pdf(
        folder / "mk.pdf", user_password="bi-mat").read_bytes()
    yield "scanned PDF without a text layer", "scan.pdf", ingest_fixtures.build_image_only_pdf(
        folder / "scan.pdf").read_bytes()
    yield "HTML with only a script", "trang.html", b"<html><body><script>alert(1)</script></body></html>"


def _ingest_outcome(data: bytes, name: str) -> tuple[str, str]:
    try:
        doc = ingest_bytes(data, name, max_bytes=MAX_BYTES)
    except IngestError as exc:
        return "refused", str(exc)
    except Exception:  # noqa: BLE001 - what the benchmark exists to catch
        return "TRACEBACK", traceback.format_exc(limit=2).splitlines()[-1]
    return "accepted", "; ".join(doc.warnings) or "(no warning)"


def requests(client: TestClient, folder: Path) -> Iterator[tuple[str, Callable]]:
    """(description, a call returning a response) of each hostile request."""
    elf = Path(sys.executable).resolve().read_bytes()[:300_000]
    draft = b'{"text": "Thuc hien Nghi quyet so 06-NQ/TW"}'

    def chunked() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(960):
            yield b"x" * 65536
        yield b'"}'

    post, get = client.post, client.get
    for path in ("/api/v1/extract", "/api/v1/check-citations", "/api/v1/similar"):
        yield f"JSON sent as text/plain to {path}", lambda p=path: post(
            p, content=draft, headers={"content-type": "text/plain"})
        yield f"white-space text to {path}", lambda p=path: post(p, json={"text": " \n\t "})
        yield f"empty text to {path}", lambda p=path: post(p, json={"text": ""})
        yield f"JSON array instead of an object to {path}", lambda p=path: post(p, json=["text"])
        yield f"invalid UTF-8 in the JSON body to {path}", lambda p=path: post(
            p, content=b'{"text": "\xff\xfe"}', headers={"content-type": "application/json"})
    yield "no content type on /api/v1/extract", lambda: post("/api/v1/extract", content=draft)
    yield "20,000-character search query", lambda: get("/api/v1/search", params={"q": "giải phóng " * 2000})
    yield "white-space search query", lambda: get("/api/v1/search", params={"q": "   "})
    yield "search limit=1000", lambda: get("/api/v1/search", params={"q": "đất", "limit": 1000})
    yield "search year_from=abc", lambda: get("/api/v1/search", params={"q": "đất", "year_from": "abc"})
    yield "5 MB JSON to /check-citations", lambda: post(
        "/api/v1/check-citations", json={"text": "Giao Sở chủ trì. " * 300_000})
    yield "60 MB chunked body (no length) to /similar", lambda: post(
        "/api/v1/similar", content=chunked(), headers={"content-type": "application/json"})
    yield "1,000,001-character text to /extract", lambda: post(
        "/api/v1/extract", json={"text": "x" * 1_000_001})
    yield "ELF upload to /extract", lambda: post(
        "/api/v1/extract", files={"file": ("a.txt", elf, "text/plain")})
    yield "ZIP bomb upload to /extract", lambda: post(
        "/api/v1/extract", files={"file": ("bom.docx", _zip_bomb(300), "application/octet-stream")})
    yield "upload without the file field", lambda: post("/api/v1/extract", files={"tep": ("a.txt", b"abc")})
    yield "multipart body cut short", lambda: post(
        "/api/v1/extract",
        content=b'--b\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nab',
        headers={"content-type": "multipart/form-data; boundary=b"})
    yield "multipart without a boundary", lambda: post(
        "/api/v1/extract", content=b"abc", headers={"content-type": "multipart/form-data"})
    yield "unknown API address", lambda: get("/api/v1/khong-co")
    yield "GET on a POST-only endpoint", lambda: get("/api/v1/check-citations")
    yield "DELETE on the document list", lambda: client.delete("/api/v1/documents")
    yield "unknown page", lambda: get("/trang-khong-co")
    yield "unknown document page", lambda: get("/van-ban/khong/co/that")
    yield "search page with a 20,000-character query", lambda: get("/tra-cuu", params={"q": "a" * 20_000})
    yield "draft page with 200,000 characters", lambda: post("/soan-thao", data={"text": "a" * 200_000})
    yield "graph export in an unknown format", lambda: get("/api/v1/graph/export", params={"format": "exe"})


def _request_outcome(call: Callable) -> tuple[str, str]:
    try:
        response = call()
    except Exception:  # noqa: BLE001
        return "TRACEBACK", traceback.format_exc(limit=2).splitlines()[-1]
    if response.status_code >= 500:
        return f"HTTP {response.status_code} (server error)", response.text[:200]
    kind = response.headers.get("content-type", "").split(";")[0]
    if kind == "application/json":
        body = response.json()
        message = body.get("detail", "") if isinstance(body, dict) else str(body)[:100]
    else:
        message = f"({kind} page)" + (" — Vietnamese error page" if "Về danh sách" in response.text else "")
    return f"HTTP {response.status_code}", str(message)


def _row(number: int, description: str, outcome: str, message: str) -> str:
    message = message.replace("|", "\\|").replace("\n", " ")
    return f"| {number} | {description} | {outcome} | {message[:260]} |"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/hostile-input.md"))
    args = parser.parse_args(argv)
    rows, tracebacks, count = [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows += ["## Files (`ingest_bytes`, limit 50 MB)", "", "| # | Input | Outcome | Message |"]
        rows.append("|---|---|---|---|")
        for description, name, data in files(folder):
            outcome, message = _ingest_outcome(data, name)
            count += 1
            tracebacks += outcome == "TRACEBACK"
            rows.append(_row(count, f"{description} (`{name}`)", outcome, message))
            print(count, description, outcome, flush=True)
        settings = Settings.from_env(folder / "data")
        rows += ["", "## Requests (the app in process, file limit 50 MB)", "",
                 "| # | Request | Outcome | Message |", "|---|---|---|---|"]
        with TestClient(create_app(settings)) as client:
            for description, call in requests(client, folder):
                outcome, message = _request_outcome(call)
                count += 1
                tracebacks += outcome == "TRACEBACK" or "server error" in outcome
                rows.append(_row(count, description, outcome, message))
                print(count, description, outcome, flush=True)
    header = [
        "# Hostile input",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m bench.hostile` on {describe()}.",
        "",
        f"**{count} distinct bad inputs, {tracebacks} tracebacks or server errors.**",
        "",
    ]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{count} inputs, {tracebacks} tracebacks -> {args.out}")


if __name__ == "__main__":
    main()
