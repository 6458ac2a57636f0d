"""Helpers shared by the deadline tests: the deadlines and horizons found in a sentence of our own
(its title blocks found by ingestion's rule, as an ingested document carries them)."""

from policylink.ingest.title_block import title_blocks
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.model import Deadline
from policylink.nlp.pipeline import vietnamese_doc


def times(text: str, exclude: list[tuple[int, int]] | None = None) -> tuple[list[Deadline], list[Deadline]]:
    return find_deadlines(vietnamese_doc(text), exclude=exclude or [], title_blocks=title_blocks(text))


def time_tuples(text: str) -> tuple[list[tuple], list[tuple]]:
    """(text, due, period_start, recurrence) of each deadline, (text, due, period_start) of each horizon."""
    found, horizons = times(text)
    return (
        [(d.text, d.due, d.period_start, d.recurrence) for d in found],
        [(h.text, h.due, h.period_start) for h in horizons],
    )


def deadlines(text: str) -> list[tuple]:
    """(text, due, period_start, recurrence) of each deadline in `text`."""
    return time_tuples(text)[0]
