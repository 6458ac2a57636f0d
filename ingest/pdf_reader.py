"""PDF text layer (pdfplumber) to the reader conventions of `ingest.clean`, via `ingest.layout`.

A PDF without a text layer is refused unless OCR is asked for.
"""

import io

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException
from policylink.ingest.layout import dominant_size, page_text
from policylink.ingest.model import IngestError


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
    if not any(pages_words):
        if not ocr:
            raise IngestError(name, "PDF không có lớp chữ (có vẻ là bản quét)",
                              "Chạy lại với --ocr để nhận dạng chữ trên ảnh các trang bằng Tesseract")
        from policylink.ingest.ocr import ocr_pdf

        return ocr_pdf(data, name)
    size = dominant_size(pages_words)
    pages = [
        page_text(words, size, width, first_page=number == 0)
        for number, (words, width) in enumerate(zip(pages_words, widths, strict=True))
    ]
    return "\f".join(pages)
