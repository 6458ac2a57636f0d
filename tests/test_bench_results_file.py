"""A benchmark run rewrites its report and keeps the notes written under it."""

import importlib.util
from pathlib import Path

# `bench` is run from the checkout (`python -m bench`), not installed: load its module from the file
_SPEC = importlib.util.spec_from_file_location(
    "results_file", Path(__file__).resolve().parents[1] / "bench" / "results_file.py")
assert _SPEC is not None and _SPEC.loader is not None
results_file = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(results_file)
write_report = results_file.write_report

NOTES = "\n## Session one\n\nbefore 1.0x, after 1.1x\n"


def test_a_new_run_replaces_the_report_and_keeps_the_sections_below(tmp_path: Path) -> None:
    path = tmp_path / "results" / "extract.md"
    write_report(path, "# Bench\n\nRun 1\n\n| a |\n")
    assert path.read_text(encoding="utf-8") == "# Bench\n\nRun 1\n\n| a |\n"
    path.write_text(path.read_text(encoding="utf-8") + NOTES, encoding="utf-8")
    write_report(path, "# Bench\n\nRun 2\n\n| b |\n")
    assert path.read_text(encoding="utf-8") == "# Bench\n\nRun 2\n\n| b |\n" + NOTES
