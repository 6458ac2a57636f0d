"""OCR for PDFs without a text layer: pages rendered by pypdfium2, read by Tesseract (`vie`).

The recognised words, with their boxes, go through the same layout step as a PDF text layer.
Tesseract runs with OMP_THREAD_LIMIT=1: on few cores its OpenMP threads make it ~10x slower.
"""

import os

import pypdfium2
import pytesseract

from policylink.ingest.layout import dominant_size, page_text
from policylink.ingest.model import IngestError
from policylink.ingest.pdf_reader import PDFIUM_LOCK

_DPI = 300
_POINTS_PER_PIXEL = 72 / _DPI


def _words(image) -> list[dict]:
    data = pytesseract.image_to_data(image, lang="vie", output_type=pytesseract.Output.DICT)
    words = []
    for text, left, top, width, height, confidence in zip(
        data["text"], data["left"], data["top"], data["width"], data["height"], data["conf"], strict=True
    ):
        if text.strip() and float(confidence) >= 0:
            words.append({
                "text": text.strip(),
                "x0": left * _POINTS_PER_PIXEL,
                "x1": (left + width) * _POINTS_PER_PIXEL,
                "top": top * _POINTS_PER_PIXEL,
                "bottom": (top + height) * _POINTS_PER_PIXEL,
                "size": height * _POINTS_PER_PIXEL,
            })
    return words


def ocr_pdf(data: bytes, name: str) -> str:
    """Text of a scanned PDF, pages separated by `\\f`."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        with PDFIUM_LOCK:
            document = pypdfium2.PdfDocument(data)
            page_count = len(document)
    except pypdfium2.PdfiumError as exc:
        raise IngestError(
            name, "không dựng được trang PDF để nhận dạng chữ (OCR)", "Xuất lại bản quét ra PDF"
        ) from exc
    try:
        pages = []
        for number in range(page_count):
            with PDFIUM_LOCK:  # one page rendered at a time; Tesseract reads it outside the lock
                page = document[number]
                image, width = page.render(scale=_DPI / 72).to_pil(), page.get_width()
                page.close()
            pages.append((_words(image), width))
    except pytesseract.TesseractNotFoundError as exc:
        raise IngestError(name, "nhận dạng chữ (OCR) cần Tesseract nhưng máy chưa cài",
                          "Cài các gói Debian tesseract-ocr và tesseract-ocr-vie") from exc
    finally:
        with PDFIUM_LOCK:
            document.close()
    size = dominant_size([words for words, _ in pages])
    return "\f".join(
        page_text(words, size, width, first_page=number == 0) for number, (words, width) in enumerate(pages)
    )
