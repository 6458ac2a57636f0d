"""PDF text layer (pdfplumber) to the reader conventions of `ingest.clean`, via `ingest.layout`.

A ruled data table (more than 2×2 cells, found by pdfplumber) is read row by row, one line per row
with its cells separated by tabs, as the DOCX reader writes it; the words around it go through
the page layout. A PDF without a text layer is refused unless OCR is asked for.
"""

import io

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException
from policylink.ingest.layout import dominant_size, page_text
from policylink.ingest.model import IngestError

_Box = tuple[float, float, float, float]


def _encrypted(name: str) -> IngestError:
    return IngestError(name, "PDF được mã hóa (có mật khẩu)",
                       "Gỡ mật khẩu (in ra PDF mới hoặc lưu bản không khóa) rồi nạp lại")


def _open(data: bytes, name: str) -> pdfplumber.PDF:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages  # force the page tree to be parsed
        return pdf
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise _encrypted(name) from exc
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise _encrypted(name) from exc
        raise IngestError(name, "PDF bị hỏng, không đọc được",
                          "Xuất lại văn bản ra PDF, hoặc nạp bản .docx gốc") from exc


def read_pdf(data: bytes, name: str, *, ocr: bool = False) -> str:
    """Raw text of a PDF: pages separated by `\\f`."""
    with _open(data, name) as pdf:
        pages_words = [page.extract_words(extra_attrs=["size"]) for page in pdf.pages]
        widths = [float(page.width) for page in pdf.pages]
        pages_tables = [_data_tables(page) for page in pdf.pages] if any(pages_words) else []
    if not any(pages_words):
        if not ocr:
            raise IngestError(name, "PDF không có lớp chữ (có vẻ là bản quét)",
                              "Chạy lại với --ocr để nhận dạng chữ trên ảnh các trang bằng Tesseract")
        from policylink.ingest.ocr import ocr_pdf

        return ocr_pdf(data, name)
    size = dominant_size(pages_words)
    pages = [
        _page_with_tables(words, tables, size, width, first_page=number == 0)
        for number, (words, width, tables) in enumerate(zip(pages_words, widths, pages_tables, strict=True))
    ]
    return "\f".join(pages)


def _data_tables(page: pdfplumber.page.Page) -> list[tuple[_Box, list[str]]]:
    """(bounding box, tab-separated rows) of each ruled table larger than 2×2 cells, top to bottom."""
    found = []
    for table in page.find_tables():
        rows = [[" ".join((cell or "").split()) for cell in row] for row in table.extract()]
        if len(rows) > 2 or max((len(r) for r in rows), default=0) > 2:
            found.append((table.bbox, ["\t".join(row) for row in rows if any(row)]))
    return sorted(found, key=lambda t: t[0][1])


def _page_with_tables(words: list[dict], tables: list[tuple[_Box, list[str]]], size: float, width: float,
                      *, first_page: bool) -> str:
    """The page's text with each data table's rows in its place among the lines around it."""
    def inside(word: dict, box: _Box) -> bool:
        middle_x, middle_y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        return box[0] <= middle_x <= box[2] and box[1] <= middle_y <= box[3]

    flowing = [w for w in words if not any(inside(w, box) for box, _ in tables)]
    parts: list[str] = []
    above = float("-inf")
    for box, rows in [*tables, ((0.0, float("inf"), 0.0, float("inf")), [])]:
        chunk = [w for w in flowing if above <= w["top"] < box[1]]
        if chunk:
            parts.append(page_text(chunk, size, width, first_page=first_page and not parts))
        parts.extend(rows)
        above = box[3]
    return "\n".join(parts)
