"""Plain text and Markdown: decode, drop Markdown decoration that is not part of the wording."""

import re

from policylink.ingest.decode import decode_text

_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def read_text(data: bytes, *, markdown: bool) -> tuple[str, str]:
    """(raw text, encoding name)."""
    text, encoding = decode_text(data)
    if markdown:
        text = _MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", text))
    return text, encoding
