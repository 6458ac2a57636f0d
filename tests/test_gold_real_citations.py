"""Citation gold on the real documents: every anchor quotes its real text, every record is well formed,
and the eval scores citations and relation edges only where a file lists `citations` in `annotated:`."""

from policylink.nlp.evaluate import Match, citation_key, extract_gold, score_document
from policylink.nlp.gold import REAL_SPLITS, GoldDocument, load_split

RELATIONS = {"cites", "implements", "based_on", "amends", "replaces"}


def _with_citations(split: str) -> list[GoldDocument]:
    return [gold for gold in load_split(split) if gold.annotated and "citations" in gold.annotated]


def test_both_real_splits_have_citation_gold() -> None:
    for split in REAL_SPLITS:
        documents = _with_citations(split)
        assert len(documents) >= 10, split
        assert sum(len(gold.citations) for gold in documents) >= 100, split


def test_every_citation_anchor_is_found_in_its_real_text() -> None:
    for split in REAL_SPLITS:
        for gold in _with_citations(split):
            text = " ".join(gold.source.read_text(encoding="utf-8").split())
            for record in gold.citations:
                anchor = str(record["text"])
                assert len(anchor) < 80 and " ".join(anchor.split()) in text, (gold.name, anchor)


def test_citation_records_are_well_formed() -> None:
    for split in REAL_SPLITS:
        for gold in _with_citations(split):
            keys = {str(record["key"]) for record in gold.citations}
            for record in gold.citations:
                assert record["relation"] in RELATIONS, (gold.name, record)
                source = str(record["source"])
                # a nested mention's source is the key of another citation of the same document
                nested = source in keys and source != str(record["key"])
                assert source == "self" or nested, (gold.name, record)
                date = record.get("date")
                assert date is None or (isinstance(date, str) and len(date) == 10), (gold.name, record)


def test_real_citation_gold_is_scored_for_citations_and_edges() -> None:
    [gold, *_] = _with_citations("real-dev")
    report = score_document(gold, extract_gold(gold))
    citations, edges = report.matches["citations"], report.matches["relation_edges"]
    assert citations.tp + citations.fn == len(gold.citations)
    gold_edges = {
        (str(c["source"]) if c["source"] == "self" else citation_key(str(c["source"])), c["relation"],
         citation_key(str(c["key"])))
        for c in gold.citations
    }
    assert edges.tp + edges.fn == len(gold_edges)
    assert citations != Match() and edges != Match()
