"""Plain text and Markdown: decode, drop Markdown decoration that is not part of the wording, and
read columns aligned with spaces or written with `|` between cells as the readers' table cells."""

import re

from policylink.ingest.decode import decode_text

_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# `Số: 12/KH-UBND      Hà Nam, ngày 20 tháng 6 năm 2023`: a two-column header typed as plain text
# aligns its columns with a run of spaces; that run is a cell boundary, a tab in the reader convention.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
# `|---|:---:|`: a Markdown table's rule under its header, no row.
_RULE_CELL = re.compile(r"\s*:?-+:?\s*")


def read_text(data: bytes, *, markdown: bool) -> tuple[str, str]:
    """(raw text, encoding name)."""
    text, encoding = decode_text(data)
    if markdown:
        text = _MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", text))
    return "\n".join(_cell_lines(text.split("\n"))), encoding


def _cell_lines(lines: list[str]) -> list[str]:
    """Each line with its cells tab-separated: a bar table's rows (`_bar_runs`) split at their bars,
    the gaps inside their cells being no boundary; other lines split at their space-aligned gaps."""
    out = [_COLUMN_GAP.sub("\t", line) for line in lines]
    for start, end in _bar_runs(lines):
        rows = [line.split("|") for line in lines[start:end]]
        # `| a | b |`: bars around every row are the table's frame, not empty edge cells.
        first = 1 if all(not row[0].strip() for row in rows) else 0
        last = -1 if all(not row[-1].strip() for row in rows) else None
        out[start:end] = ["\t".join(" ".join(cell.split()) for cell in row[first:last])
                          if not all(_RULE_CELL.fullmatch(cell) for cell in row[first:last]) else None
                          for row in rows]
    return [line for line in out if line is not None]


def _bar_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of two or more adjacent lines split by `|` into the same number of
    cells: a table exported with bars between cells (`TT | Tên nhiệm vụ | Cơ quan chủ trì`, a numbering
    row `| (1) | (2)`, an empty last cell ending a row on `|`). A bar in a line of its own is prose."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines) + 1):
        cells = lines[i - 1].count("|")
        if i < len(lines) and cells and lines[i].count("|") == cells:
            continue
        if cells and i - start >= 2:
            runs.append((start, i))
        start = i
    return runs
