"""A document mention under construction (see nlp.citations), and where mentions stand."""

import re
from dataclasses import dataclass


@dataclass
class Mention:
    """One document mention while citations are being found; offsets are into the text."""

    start: int
    head_end: int  # end of type + number (or name) + date + issuer
    end: int  # end including the subject
    doc_type: str
    number: str | None
    symbol: str | None
    key: str
    date: str | None
    issuer: str | None
    subject_start: int | None
    parent: "Mention | None" = None
    name_end: int = 0  # end of the type + number or name, before date and issuer
    referent: "Mention | None" = None  # the full mention a back-reference (`Nghị quyết 18`) points to
    law_name: str | None = None  # `Luật Đất đai` of `Luật Đất đai số 31/2024/QH15`
    shares_with: "Mention | None" = None  # `18` of `số 18, 19-NQ/TW` takes the date of `19-NQ/TW`
    name_key: str | None = None  # the name a law named by name had before it took a number

    def __post_init__(self) -> None:
        self.name_end = self.name_end or self.head_end


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Does `pos` fall in one of the half-open `spans` (a place an earlier pass already took)?"""
    return any(start <= pos < end for start, end in spans)


def nearest(candidates: list[Mention], pos: int) -> Mention | None:
    """The closest full mention before `pos`, else the first one after it."""
    before = [m for m in candidates if m.start < pos]
    return before[-1] if before else (candidates[0] if candidates else None)


def reached_from_last(text: str, pos: int, numbered: list[Mention], between: re.Pattern[str]) -> bool:
    """Does the text from the end of the last numbered mention before `pos` up to `pos` read as `between`
    (the cited decision's date, issuer and the verb that names what stands at `pos`)?"""
    before = [m for m in numbered if m.head_end <= pos]
    if not before:
        return False
    last = max(before, key=lambda m: m.head_end)
    return between.fullmatch(text, last.head_end, pos) is not None
