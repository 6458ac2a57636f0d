"""PDF text layer (pypdfium2) to the reader conventions of `ingest.clean`, via `ingest.layout`.

PDFium gives each character with its origin, font, size and matrix; the character gets the box
pdfminer draws for it, and `ingest.pdf_words` groups characters into words by pdfplumber's rules,
so the layout step sees the words pdfplumber's `extract_words` gave (the reader before this one,
kept as the tests' reference) at a fraction of the cost: pdfminer's content parsing dominated it.
A ruled data table is read row by row (`ingest.pdf_tables`). A PDF without a text layer is
refused unless OCR is asked for.
"""

import ctypes
import threading

import pypdfium2
import pypdfium2.raw as pdfium

from policylink.ingest.layout import dominant_size
from policylink.ingest.model import IngestError
from policylink.ingest.pdf_tables import MIN_RULES, data_tables, page_with_tables
from policylink.ingest.pdf_words import Char, page_words

# PDFium is not thread-safe (the API server reads uploads in worker threads): one call at a time
# in the process, for reading here and for rendering pages to OCR (`ingest.ocr`).
PDFIUM_LOCK = threading.Lock()


def _encrypted(name: str) -> IngestError:
    return IngestError(name, "PDF được mã hóa (có mật khẩu)",
                       "Gỡ mật khẩu (in ra PDF mới hoặc lưu bản không khóa) rồi nạp lại")


def _open(data: bytes, name: str) -> pypdfium2.PdfDocument:
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if exc.err_code in (pdfium.FPDF_ERR_PASSWORD, pdfium.FPDF_ERR_SECURITY):
            raise _encrypted(name) from exc
        raise IngestError(name, "PDF bị hỏng, không đọc được",
                          "Xuất lại văn bản ra PDF, hoặc nạp bản .docx gốc") from exc


def _page_chars(page: pypdfium2.PdfPage, advances: dict[tuple[bytes, float, int], float]) -> list[Char]:
    """The page's characters in content order, each with the box pdfminer gives it.

    In glyph space the box runs from (0, descent) to (advance, descent + font size); the
    character's matrix (text matrix with horizontal scaling, times the page transform) takes it to
    the page. Font, size and matrix belong to the character's text object and are asked once per
    object; advances are cached by (font, size, character) across the document.
    """
    left, _, _, top_edge = page.get_bbox()  # inherited boxes too (get_mediabox falls back to Letter)
    textpage = page.get_textpage()
    raw = textpage.raw
    x, y, out = ctypes.c_double(), ctypes.c_double(), ctypes.c_float()
    matrix = pdfium.FS_MATRIX()
    chars: list[Char] = []
    current = None
    try:
        for index in range(pdfium.FPDFText_CountChars(raw)):
            code = pdfium.FPDFText_GetUnicode(raw, index)
            text = chr(code)
            if text.isspace() and pdfium.FPDFText_IsGenerated(raw, index):
                continue  # a space or line break PDFium infers, not in the text layer
            text_object = pdfium.FPDFText_GetTextObject(raw, index)
            if (handle := bytes(text_object)) != current:
                current = handle
                font = pdfium.FPDFTextObj_GetFont(text_object)
                font_key = bytes(font)
                size = pdfium.FPDFText_GetFontSize(raw, index)
                pdfium.FPDFFont_GetDescent(font, ctypes.c_float(size), out)
                descent = out.value
                pdfium.FPDFText_GetMatrix(raw, index, matrix)
                a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
                upright = a * d > 0 and b * c <= 0
            advance_key = (font_key, size, code)
            if advance_key not in advances:
                pdfium.FPDFFont_GetGlyphWidth(font, code, ctypes.c_float(size), out)
                advances[advance_key] = out.value
            advance = advances[advance_key]
            pdfium.FPDFText_GetCharOrigin(raw, index, x, y)
            x_low, y_low = x.value + c * descent, y.value + d * descent
            x_high = x.value + a * advance + c * (descent + size)
            y_high = y.value + b * advance + d * (descent + size)
            x0, x1 = sorted((x_low - left, x_high - left))
            top, bottom = sorted((top_edge - y_high, top_edge - y_low))
            height = abs(b * advance + d * size)  # exact for a run of upright characters: one size
            chars.append(Char(text, x0, x1, top, bottom, height, upright))
    finally:
        textpage.close()
    return chars


def _draws_rules(page: pypdfium2.PdfPage) -> bool:
    """Whether the page draws enough lines and boxes to hold a ruled table."""
    paths = page.get_objects(filter=[pdfium.FPDF_PAGEOBJ_PATH], max_depth=1)
    return sum(1 for _ in zip(range(MIN_RULES), paths, strict=False)) >= MIN_RULES


def _pages_chars(data: bytes, name: str) -> tuple[list[list[Char]], list[float], list[int]]:
    """Every page's characters and width, and the numbers of the pages that draw rules."""
    advances: dict[tuple[bytes, float, int], float] = {}
    pages_chars, widths, ruled = [], [], []
    with PDFIUM_LOCK:
        document = _open(data, name)
        try:
            for page in document:
                pages_chars.append(_page_chars(page, advances))
                if _draws_rules(page):
                    ruled.append(len(pages_chars) - 1)
                left, _, right, _ = page.get_bbox()
                widths.append(right - left)
                page.close()
        finally:
            document.close()
    return pages_chars, widths, ruled


def read_pdf(data: bytes, name: str, *, ocr: bool = False) -> str:
    """Raw text of a PDF: pages separated by `\\f`."""
    pages_chars, widths, ruled = _pages_chars(data, name)
    pages_words = [page_words(chars) for chars in pages_chars]
    if not any(pages_words):
        if not ocr:
            raise IngestError(name, "PDF không có lớp chữ (có vẻ là bản quét)",
                              "Chạy lại với --ocr để nhận dạng chữ trên ảnh các trang bằng Tesseract")
        from policylink.ingest.ocr import ocr_pdf

        return ocr_pdf(data, name)
    size = dominant_size(pages_words)
    tables = data_tables(data, [number for number in ruled if pages_words[number]])
    pages = [
        page_with_tables(words, tables.get(number, []), size, width, first_page=number == 0)
        for number, (words, width) in enumerate(zip(pages_words, widths, strict=True))
    ]
    return "\f".join(pages)
