"""Plain text and Markdown: decode, drop Markdown decoration that is not part of the wording, and
read columns aligned with spaces as the readers' table cells."""

import re

from policylink.ingest.decode import decode_text

_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# `Số: 12/KH-UBND      Hà Nam, ngày 20 tháng 6 năm 2023`: a two-column header typed as plain text
# aligns its columns with a run of spaces; that run is a cell boundary, a tab in the reader convention.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def read_text(data: bytes, *, markdown: bool) -> tuple[str, str]:
    """(raw text, encoding name)."""
    text, encoding = decode_text(data)
    if markdown:
        text = _MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", text))
    return _COLUMN_GAP.sub("\t", text), encoding
