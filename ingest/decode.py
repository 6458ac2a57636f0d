"""Bytes of a text file to `str`: UTF-8 (with or without BOM), UTF-16, Windows-1258, legacy 8-bit.

Legacy TCVN3/VNI files are decoded byte for byte (Latin-1) so that `ingest.legacy` can map
their font codes back to Vietnamese letters.
"""

import codecs

from policylink.core.vietnamese import nfc
from policylink.ingest.detect import looks_utf16
from policylink.ingest.legacy import best_legacy_quality, text_quality


def _utf16(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    return data.decode("utf-16-le" if odd_zeros >= even_zeros else "utf-16-be", errors="replace")


def _legacy_bytes(data: bytes) -> str:
    """8-bit font codes one character per byte: Windows punctuation (“ ” –) where defined, else Latin-1."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _mostly_utf8(replaced: str) -> bool:
    """UTF-8 with a few bad bytes (a file cut mid-letter, a damaged tail) rather than an 8-bit
    encoding: well-formed multi-byte letters outnumber the bad bytes twenty to one."""
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for char in replaced if ord(char) > 127) - bad
    return 0 < bad <= multibyte // 20


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name); the text is NFC."""
    if data.startswith(codecs.BOM_UTF8):
        return nfc(data[3:].decode("utf-8", errors="replace")), "utf-8-sig"
    if looks_utf16(data[:4096]):
        return nfc(_utf16(data)), "utf-16"
    try:
        return nfc(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(replaced := data.decode("utf-8", errors="replace")):
        return nfc(replaced), "utf-8"  # a cut or damaged stretch: reported from its U+FFFD marks
    byte_text = _legacy_bytes(data)
    try:
        windows = nfc(data.decode("cp1258"))
    except UnicodeDecodeError:
        return byte_text, "8-bit"
    if text_quality(windows) >= best_legacy_quality(byte_text):
        return windows, "windows-1258"
    return byte_text, "8-bit"
