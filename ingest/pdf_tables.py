"""Ruled data tables of a PDF, read row by row as the DOCX reader writes them (cells separated by
tabs), and put back in their place among the page's lines.

pdfplumber finds a table from the ruling lines around its cells. Parsing a page with pdfplumber
costs far more than reading its text layer with PDFium, so only pages that draw lines are parsed.
"""

import io

import pdfplumber

from policylink.ingest.layout import page_text

Box = tuple[float, float, float, float]
Table = tuple[Box, list[str]]  # (bounding box, tab-separated rows), top to bottom on the page
MIN_RULES = 4  # a page drawing fewer path objects holds no ruled table


def data_tables(data: bytes, page_numbers: list[int]) -> dict[int, list[Table]]:
    """Each listed page's ruled tables larger than 2×2 cells."""
    if not page_numbers:
        return {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return {number: _page_tables(pdf.pages[number]) for number in page_numbers}


def _page_tables(page: pdfplumber.page.Page) -> list[Table]:
    found = []
    for table in page.find_tables():
        rows = [[" ".join((cell or "").split()) for cell in row] for row in table.extract()]
        if len(rows) > 2 or max((len(r) for r in rows), default=0) > 2:
            found.append((table.bbox, ["\t".join(row) for row in rows if any(row)]))
    return sorted(found, key=lambda t: t[0][1])


def page_with_tables(words: list[dict], tables: list[Table], size: float, width: float,
                     *, first_page: bool) -> str:
    """The page's text with each table's rows in its place; the words outside the tables go through
    the page layout in the stretches above, between and below them."""
    def inside(word: dict, box: Box) -> bool:
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
