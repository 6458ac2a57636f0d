"""A benchmark's results file: the run's generated report at its head, then the notes people wrote under it.

A bench whose report has no `## ` section of its own rewrites only the head: the sections below it (a
before/after comparison, a session's figures written by hand) stay, so a new run does not erase them.
"""

from pathlib import Path

_NOTES = "\n## "


def write_report(path: Path, report: str) -> None:
    """Write `report` to `path`, keeping the `## ` sections the file already holds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    notes = old[old.index(_NOTES):] if _NOTES in old else ""
    path.write_text(report.rstrip("\n") + "\n" + notes, encoding="utf-8")
