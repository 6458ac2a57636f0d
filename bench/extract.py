"""Extraction throughput (characters/s, documents/s) on the shipped conclusion, on a batch of the
gold documents repeated and on the real documents (../shared/real/docs), beside underthesea word
segmentation alone on the same texts in the same run.

    .venv/bin/python -m bench.extract [--repeat 3] [--rounds 3] [--real-dir ../shared/real]
        [--out bench/results/extract.md]

Ingestion is done once before timing: the figures are for `nlp.extract.extract` (spaCy Doc over
underthesea + citations, deadlines, bodies, tasks, POS tags where the task rules read them). The
baseline is the floor any Vietnamese pipeline pays: `underthesea.word_tokenize` line by line.
`vietnamese_doc` alone (segmentation, the spaCy Doc) is shown between the two.

The segmenter keeps what each syllable, pair and triple met contributes to the CRF's scores
(nlp.segmenter), across documents as a long ingest does: extraction runs on each document before
`vietnamese_doc` does, so that it finds in the tables only what earlier documents left there.
`--fresh` empties the tables before each extraction and each Doc (every document as the first of
a process).
"""

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import spacy
import underthesea

from bench.machine import describe
from bench.results_file import write_report
from policylink.ingest.model import IngestedDocument
from policylink.ingest.pipeline import ingest_file
from policylink.nlp.extract import default_document_id, extract
from policylink.nlp.pipeline import vietnamese_doc
from policylink.nlp.segmenter import forget

ROOT = Path(__file__).resolve().parents[1]
MAX_BYTES = 50 * 1024 * 1024


def _segment_lines(text: str) -> None:
    for line in text.split("\n"):
        if line.strip():
            underthesea.word_tokenize(line)


def _extract(document: IngestedDocument) -> None:
    extract(document, default_document_id(document))


def _timed(documents: list[IngestedDocument], works: dict[str, Callable[[IngestedDocument], None]],
           rounds: int) -> dict[str, float]:
    """Median over `rounds` passes of each work's CPU seconds over `documents`. The works take turns
    on each document and CPU time (not wall time) is counted, so that other jobs on a shared
    machine, and changes in its load during the run, fall on all of them alike."""
    samples: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(rounds):
        spent = dict.fromkeys(works, 0.0)
        for document in documents:
            for name, work in works.items():
                start = time.process_time()
                work(document)
                spent[name] += time.process_time() - start
        for name, seconds in spent.items():
            samples[name].append(seconds)
    return {name: statistics.median(values) for name, values in samples.items()}


def _fresh(work: Callable[[IngestedDocument], None]) -> Callable[[IngestedDocument], None]:
    def run(document: IngestedDocument) -> None:
        forget()
        work(document)

    return run


def measure(name: str, documents: list[IngestedDocument], rounds: int, fresh: bool = False) -> dict:
    characters = sum(len(d.text) for d in documents)
    works: dict[str, Callable[[IngestedDocument], None]] = {
        "baseline": lambda d: _segment_lines(d.text),
        "extract": _extract,
        "doc": lambda d: vietnamese_doc(d.text),
    }
    if fresh:
        works.update(extract=_fresh(_extract), doc=_fresh(works["doc"]))
    timings = _timed(documents, works, rounds)
    row = {"workload": name, "documents": len(documents), "characters": characters}
    for key, seconds in timings.items():
        row[f"{key}_s"] = seconds
        row[f"{key}_chars_per_s"] = characters / seconds
        row[f"{key}_docs_per_s"] = len(documents) / seconds
    return row


def machine() -> str:
    return describe(f"spaCy {spacy.__version__}", f"underthesea {underthesea.__version__}")


def report(rows: list[dict], rounds: int, fresh: bool) -> str:
    lines = [
        "# Extraction benchmark",
        "",
        f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} by `python -m bench.extract`, median of "
        f"{rounds} passes; CPU seconds of this process, the three works taking turns on each document.",
        f"Machine: {machine()}. The machine is shared with other jobs; compare columns of one row.",
        "",
        "Extract = `nlp.extract.extract` (one spaCy Doc per document, then citations, deadlines, bodies,",
        "tasks; POS tags for the stretches of text the task rules read). Doc = `nlp.pipeline.vietnamese_doc`",
        "alone (underthesea's words per line/sentence, a line repeated in the document once, the CRF scored",
        "by `nlp.segmenter` for all of a document's lines at once; spaCy Doc; no POS tags), run after the",
        "extraction of the same document. Baseline = `underthesea.word_tokenize` line by line (every line),",
        "nothing else. The segmenter's tables of n-gram contributions "
        + ("were emptied before each extraction and Doc." if fresh else "hold what earlier documents left."),
        "",
        "| workload | documents | characters | extract chars/CPU s | extract docs/CPU s | doc chars/CPU s "
        "| baseline chars/CPU s | extract / baseline time |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['workload']} | {r['documents']} | {r['characters']:,} | {r['extract_chars_per_s']:,.0f} "
            f"| {r['extract_docs_per_s']:.2f} | {r['doc_chars_per_s']:,.0f} "
            f"| {r['baseline_chars_per_s']:,.0f} "
            f"| {r['extract_s'] / r['baseline_s']:.2f}× |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="copies of the gold set in the batch")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--real-dir", type=Path, default=ROOT.parent / "shared" / "real",
                        help="the real documents (docs/*.txt); a missing folder leaves their row out")
    parser.add_argument("--fresh", action="store_true", help="empty the segmenter's tables before each work")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "extract.md")
    args = parser.parse_args(argv)
    conclusion = [ingest_file(p, max_bytes=MAX_BYTES) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    gold = [
        ingest_file(p, max_bytes=MAX_BYTES)
        for split in ("dev", "heldout")
        for p in sorted((ROOT / "tests" / "gold" / split).glob("*"))
        if p.suffix in {".txt", ".docx"}
    ]
    real = [ingest_file(p, max_bytes=MAX_BYTES) for p in sorted((args.real_dir / "docs").glob("*.txt"))]
    _extract(conclusion[0])  # load the models before timing (underthesea's own for the baseline)
    _segment_lines(conclusion[0].text)
    rows = [
        measure("conclusion (corpus/)", conclusion[:1], args.rounds, args.fresh),
        measure(f"gold documents × {args.repeat}", gold * args.repeat, args.rounds, args.fresh),
    ]
    if real:
        rows.append(measure("real documents (../shared/real)", real, args.rounds, args.fresh))
    for row in rows:
        print(row, flush=True)
    write_report(args.out, report(rows, args.rounds, args.fresh))
    print(report(rows, args.rounds, args.fresh))


if __name__ == "__main__":
    main()
