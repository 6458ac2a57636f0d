"""Removal of page furniture: page numbers and running headers/footers.

Readers mark page breaks with `\f`. Only lines at the top or bottom edge of a page are
candidates, so a number or a repeated phrase inside the body is never touched.
"""

import re

_EDGE_DEPTH = 2  # how many non-blank lines at each page edge may be furniture
_RUNNING_MAX = 100  # running headers/footers are short lines; a repeated paragraph is not one
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*(?:/|trên)\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.IGNORECASE
)


def _edge_indexes(lines: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:_EDGE_DEPTH] + filled[-_EDGE_DEPTH:]))


def _furniture_key(line: str) -> str:
    """Running lines differ only by their page number: compare with digits blanked."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().casefold()))


def _running_keys(pages: list[list[str]]) -> set[str]:
    counts: dict[str, int] = {}
    for lines in pages:
        for key in {_furniture_key(lines[i]) for i in _edge_indexes(lines)}:
            counts[key] = counts.get(key, 0) + 1
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in counts.items() if count >= needed and 0 < len(key) <= _RUNNING_MAX}


def remove_page_furniture(pages: list[str]) -> list[str]:
    """Drop page numbers and lines repeated at page edges; a single page is returned as is."""
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    running = _running_keys(split)
    cleaned = []
    for lines in split:
        drop = {
            i
            for i in _edge_indexes(lines)
            if _PAGE_NUMBER.match(lines[i]) or _furniture_key(lines[i]) in running
        }
        cleaned.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return cleaned
