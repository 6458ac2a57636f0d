"""Ingest throughput for txt, PDF and DOCX, beside a raw-extraction baseline in the same run.

    .venv/bin/python -m bench.ingest [--docs 200] [--pdf-docs 8] [--out bench/results/ingest.md]

Documents are generated from the shipped conclusion with the test builders
(tests/ingest_fixtures.py): the PDF has a running header, page numbers, a footnote in a smaller
font and paragraphs crossing page breaks; the DOCX has a real footnote and a task table. Each
generated document differs (its section numbers are shifted) so nothing is cached by accident.
Baselines: txt — UTF-8 decode + NFC; pdf — pdfplumber `extract_text` of every page; docx —
python-docx paragraph texts. The system is `ingest.pipeline.ingest_bytes` (read, legacy
encoding check, cleaning, header, section tree). For PDF the run also times, in pages per second,
the reader before PDFium (pdfplumber words through the layout step,
`ingest_fixtures.pdfplumber_layout_text`) against the PDFium reader on the same files, and checks
their texts are equal character for character.
"""

import argparse
import io
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import docx
import pdfplumber
import pypdfium2

from bench.machine import describe
from policylink.ingest.pdf_reader import read_pdf
from policylink.ingest.pipeline import ingest_bytes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import ingest_fixtures  # noqa: E402  (the document builders shared with the tests)

MAX_BYTES = 200 * 1024 * 1024


def _variant(blocks: list[list[str]], number: int) -> list[list[str]]:
    """The conclusion with a distinct title line, so every generated document differs."""
    out = [list(block) for block in blocks]
    out[0][-1] = f"{out[0][-1]} (bản {number})"
    return out


def _generate(folder: Path, docs: int, pdf_docs: int) -> dict[str, list[bytes]]:
    blocks = ingest_fixtures.read_blocks()
    breaks = {i for i, b in enumerate(blocks) if i and (b[0][0].islower() or b[0][0] == "(")}
    layout = ingest_fixtures.PdfLayout(running_header="TỈNH ỦY BẮC GIANG - Nội bộ", break_before=breaks)
    joined = ingest_fixtures.join_blocks(blocks, breaks)
    tasks = [["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"], ["1", "Xây dựng Đề án", "UBND tỉnh", "Quý IV/2024"]]
    text = ingest_fixtures.CONCLUSION.read_text(encoding="utf-8")
    files: dict[str, list[bytes]] = {"txt": [], "pdf": [], "docx": []}
    title_end = "trên địa bàn tỉnh từ năm 2010 đến nay\n"
    for n in range(docs):
        files["txt"].append(text.replace(title_end, f"{title_end[:-1]} (bản {n})\n", 1).encode())
    for n in range(pdf_docs):
        path = ingest_fixtures.build_pdf(_variant(blocks, n), folder / f"{n}.pdf", layout)
        files["pdf"].append(path.read_bytes())
    for n in range(max(pdf_docs, docs // 4)):
        path = ingest_fixtures.build_docx(
            _variant(joined, n), folder / f"{n}.docx", table_after=len(joined) - 3, table_rows=tasks
        )
        files["docx"].append(path.read_bytes())
    return files


def _baseline_txt(data: bytes) -> None:
    unicodedata.normalize("NFC", data.decode("utf-8"))


def _baseline_pdf(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        "\f".join(page.extract_text() or "" for page in pdf.pages)


def _baseline_docx(data: bytes) -> None:
    "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def _system(fmt: str) -> Callable[[bytes], None]:
    def run(data: bytes) -> None:
        ingest_bytes(data, f"bench.{fmt}", max_bytes=MAX_BYTES)

    return run


def _measure(run: Callable[[bytes], None], files: list[bytes]) -> dict[str, float]:
    run(files[0])  # warm-up: imports, font caches
    times = []
    for data in files:
        start = time.perf_counter()
        run(data)
        times.append(time.perf_counter() - start)
    total = sum(times)
    size_mb = sum(len(d) for d in files) / 1e6
    return {"docs_s": len(files) / total, "mb_s": size_mb / total, "p50_ms": statistics.median(times) * 1000}


BASELINES = {"txt": _baseline_txt, "pdf": _baseline_pdf, "docx": _baseline_docx}
BASELINE_NAMES = {
    "txt": "UTF-8 decode + NFC",
    "pdf": "pdfplumber extract_text",
    "docx": "python-docx paragraphs",
}


def _pdf_readers(files: list[bytes]) -> dict:
    """Pages per second of the reader before (pdfplumber words) and the PDFium reader; same text."""
    for data in files:
        if read_pdf(data, "bench.pdf") != ingest_fixtures.pdfplumber_layout_text(data):
            raise SystemExit("the PDFium reader's text differs from the pdfplumber reader's")
    pages = sum(len(pypdfium2.PdfDocument(data)) for data in files)
    before = _measure(ingest_fixtures.pdfplumber_layout_text, files)
    now = _measure(lambda data: read_pdf(data, "bench.pdf"), files)
    system = _measure(_system("pdf"), files)
    return {
        "pages": pages,
        "before": pages / len(files) * before["docs_s"],
        "now": pages / len(files) * now["docs_s"],
        "system": pages / len(files) * system["docs_s"],
    }


def run_benchmark(docs: int, pdf_docs: int) -> tuple[list[dict], dict]:
    with tempfile.TemporaryDirectory() as tmp:
        files = _generate(Path(tmp), docs, pdf_docs)
    readers = _pdf_readers(files["pdf"])
    print(f"pdf pages/s: pdfplumber reader {readers['before']:.1f}, PDFium reader {readers['now']:.1f}, "
          f"system {readers['system']:.1f}", flush=True)
    rows = []
    for fmt, payloads in files.items():
        baseline = _measure(BASELINES[fmt], payloads)
        system = _measure(_system(fmt), payloads)
        avg_kb = sum(len(d) for d in payloads) / len(payloads) / 1024
        rows.append(
            {"format": fmt, "docs": len(payloads), "avg_kb": avg_kb, "baseline": baseline, "system": system}
        )
        print(f"{fmt}: {len(payloads)} docs, system {system['docs_s']:.1f} docs/s, "
              f"baseline {baseline['docs_s']:.1f} docs/s", flush=True)
    return rows, readers


def _report(rows: list[dict], readers: dict, args: argparse.Namespace) -> str:
    lines = [
        "# Ingest throughput",
        "",
        f"Run {datetime.now(UTC).isoformat(timespec='seconds')} by "
        f"`python -m bench.ingest --docs {args.docs} --pdf-docs {args.pdf_docs}`.",
        "",
        f"Machine: {describe(f'pdfplumber {pdfplumber.__version__}, pypdfium2 {pypdfium2.PYPDFIUM_INFO}')}; "
        "one process, one document at a "
        "time. Other jobs may have shared the cores.",
        "",
        "Documents: the shipped conclusion (~22 KB of text, 26 sections, 1 footnote) generated as txt, "
        "as an A4 PDF (DejaVu Serif 12 pt, running header, page numbers, footnote at 8 pt, paragraphs "
        "crossing page breaks) and as a DOCX (real footnote, task table). System = `ingest_bytes` (read + "
        "legacy-encoding check + clean + header + sections); baseline = raw text extraction only.",
        "",
        "| format | docs | avg size KB | baseline | baseline docs/s | baseline MB/s | system docs/s | "
        "system MB/s | system p50 ms | system / baseline time |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        b, s = row["baseline"], row["system"]
        lines.append(
            f"| {row['format']} | {row['docs']} | {row['avg_kb']:.1f} | {BASELINE_NAMES[row['format']]} | "
            f"{b['docs_s']:.1f} | {b['mb_s']:.2f} | {s['docs_s']:.1f} | {s['mb_s']:.2f} | "
            f"{s['p50_ms']:.1f} | {b['docs_s'] / s['docs_s']:.2f}× |"
        )
    lines += [
        "",
        f"PDF pages per second, same {readers['pages']} pages in the same run (texts equal character for "
        "character):",
        "",
        "| PDF reader | pages/s |",
        "|---|---|",
        f"| before: pdfplumber words → layout | {readers['before']:.1f} |",
        f"| now: PDFium characters → pdfplumber's word rules → layout | {readers['now']:.1f} |",
        f"| now, whole `ingest_bytes` (read + clean + header + sections) | {readers['system']:.1f} |",
        f"| speed-up of the reader | {readers['now'] / readers['before']:.1f}× |",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="txt documents (DOCX: a quarter of this)")
    parser.add_argument("--pdf-docs", type=int, default=8, help="PDF documents (each ~8 pages)")
    parser.add_argument("--out", type=Path, default=Path("bench/results/ingest.md"))
    args = parser.parse_args(argv)
    report = _report(*run_benchmark(args.docs, args.pdf_docs), args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
