"""Helpers shared by the citation tests: the citations found in a sentence of our own, read as
ingestion gives a text (its hard-wrapped lines joined)."""

from policylink.ingest.wrapped_lines import unwrapped
from policylink.nlp.citations import find_citations
from policylink.nlp.model import Citation
from policylink.nlp.pipeline import vietnamese_doc

SELF = "bac-giang/self"  # the citing document's id


def cite(text: str, jurisdiction: str | None = "Bắc Giang", *, self_id: str = SELF) -> list[Citation]:
    return find_citations(vietnamese_doc(unwrapped(text)), self_id=self_id, jurisdiction=jurisdiction)


def keys_and_relations(text: str) -> list[tuple[str, str]]:
    """(key, relation) of each citation in `text`."""
    return [(c.key, c.relation) for c in cite(text)]


def cited(text: str) -> list[Citation]:
    """The citations in `text`, each checked to be cut from `text` at its own offsets."""
    found = cite(text)
    for c in found:
        assert c.text == unwrapped(text)[c.start : c.end]
    return found


def cited_edges(text: str) -> list[tuple[str, str, str]]:
    """(key, relation, source) of each citation in `text`, each cut from `text` at its own offsets."""
    return [(c.key, c.relation, c.source) for c in cited(text)]
