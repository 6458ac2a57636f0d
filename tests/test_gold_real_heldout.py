"""The held-out real gold loads, lists the fields it annotates, and quotes its real documents."""

from policylink.ingest.pipeline import ingest_file
from policylink.nlp.gold import load_split

ANNOTATED = {"document", "tasks", "bodies", "deadlines", "horizons", "citations"}
REQUIRED = {"document", "tasks"}  # long documents may leave bodies, deadlines, horizons or citations out


def test_heldout_real_gold_loads_and_its_anchors_quote_the_documents() -> None:
    documents = load_split("real-heldout")
    assert len(documents) >= 10
    for gold in documents:
        assert gold.annotated is not None and REQUIRED <= gold.annotated <= ANNOTATED, gold.name
        text = ingest_file(gold.source, max_bytes=10 * 1024 * 1024).text
        anchors = [str(task["anchor"]) for task in gold.tasks]
        assert all(len(anchor) < 80 for anchor in anchors), gold.name
        assert [a for a in anchors if a not in text] == [], gold.name
        assert all(str(record["text"]) in " ".join(text.split()) for record in gold.deadlines), gold.name
