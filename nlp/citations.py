"""Citations: mentions of other documents, with number/symbol, date, issuer, subject and relation.

A mention starts at a document-type word. It is a citation when a number/symbol follows
(`Nghị quyết số 113-NQ/TU`, `Quyết định 1234/QĐ-UBND`), or when a capitalised type word is
followed by a proper name (`Luật Đất đai năm 2024`, `Hiến pháp`). The steps, one module each:
- `citation_text`: the text read (footnote markers blanked, wrapped lines rejoined);
- `citation_numbers`, `citation_named`: the mentions, numbered and named (a named one's end from
  `citation_name_ends`, a law's name the text closes or gives from `citation_law_names`);
- `citation_subject_plans`: plans named in lower case in a cited decision's subject or after a change;
- `citation_initials`: a law named by initials (`Luật BHYT`) takes the full name they spell;
- `citation_keys`: one key per document within the text (fullest name, alias, a law's number);
- `citation_lists`, `citation_regulations`: the lists and regulations a cited document issues;
- `citation_to_make`: names the text also gives a document still to be made;
- `citation_dossiers`: the items of a dossier list, which name kinds of papers;
- `citation_details`: date, issuer and subject of each mention, and which one nests in which;
- `citation_relations`, `citation_shared_relations`: the relation the citing document has to each,
  from its own cue or one a list, sibling, footnote, alias or quotation passes on;
- `citation_amended`: for `A được sửa đổi, bổ sung bởi B`, the one B has to A;
- `citation_ids`: the ids of the cited and the citing document.
"""

from spacy.tokens import Doc, Span

from policylink.nlp.citation_amended import amended_later
from policylink.nlp.citation_details import (
    attach_dates_and_issuers,
    attach_parents,
    attach_subjects,
    written_by_enterprise,
)
from policylink.nlp.citation_dossiers import dossier_items
from policylink.nlp.citation_ids import own_document, source_id, target_id
from policylink.nlp.citation_initials import expand_law_initials
from policylink.nlp.citation_issuer_codes import restore_issuer_codes
from policylink.nlp.citation_keys import (
    adopt_fuller_names,
    alias_mentions,
    bare_aliases,
    complete_short_symbols,
    complete_yearless_symbols,
    cut_run_on_law_names,
    date_named_laws,
    keep_names_in_older_subjects,
    resolve_law_names,
    unify_named_keys,
)
from policylink.nlp.citation_lists import issued_lists
from policylink.nlp.citation_mention import Mention, inside
from policylink.nlp.citation_named import named_mentions
from policylink.nlp.citation_numbers import listed_numbers, numbered_mentions, short_references
from policylink.nlp.citation_regulations import issued_regulations
from policylink.nlp.citation_relations import relations
from policylink.nlp.citation_subject_plans import subject_plans
from policylink.nlp.citation_text import working_text
from policylink.nlp.citation_to_make import still_to_make
from policylink.nlp.model import Citation
from policylink.nlp.pipeline import text_of


def find_citations(doc: Doc, *, self_id: str, jurisdiction: str | None) -> list[Citation]:
    """Citations in `doc`, in order of appearance; also stored as `doc.spans["citations"]`."""
    original = text_of(doc)
    text = working_text(original)
    numbered = numbered_mentions(text)
    numbered += listed_numbers(text, numbered)
    numbered += short_references(text, numbered)
    mentions = sorted(numbered + named_mentions(text, numbered), key=lambda m: m.start)
    mentions = sorted(mentions + subject_plans(text, mentions), key=lambda m: m.start)
    expand_law_initials(mentions)
    resolve_law_names(mentions)
    mentions = sorted(mentions + unify_named_keys(text, mentions), key=lambda m: m.start)
    cut_run_on_law_names(text, mentions)
    adopt_fuller_names(text, mentions)
    mentions = sorted(mentions + alias_mentions(text, mentions), key=lambda m: m.start)
    mentions = sorted(mentions + issued_lists(text, mentions), key=lambda m: m.start)
    regulations, superseded = issued_regulations(text, mentions)
    mentions = sorted([m for m in mentions if m not in superseded] + regulations, key=lambda m: m.start)
    mentions = sorted(mentions + bare_aliases(text, mentions), key=lambda m: m.start)
    to_make = still_to_make(text, mentions)
    dossiers = dossier_items(text)
    mentions = [m for m in mentions
                if m.number is not None or (m.key not in to_make and not inside(m.start, dossiers))]
    attach_dates_and_issuers(text, mentions)
    restore_issuer_codes(text, mentions)
    complete_yearless_symbols(mentions)
    complete_short_symbols(mentions)
    mentions = [m for m in mentions if not written_by_enterprise(m)]
    date_named_laws(mentions)
    attach_subjects(text, mentions)
    attach_parents(mentions)
    keep_names_in_older_subjects(mentions)
    found_relations = amended_later(text, mentions, relations(text, mentions, original))
    own = own_document(text, mentions, self_id, jurisdiction)
    citations = [
        _citation(original, mention, relation, self_id, jurisdiction)
        for mention, relation in zip(mentions, found_relations, strict=True)
        if id(mention) not in own
    ]
    doc.spans["citations"] = [_span(doc, c.start, c.end, c.relation) for c in citations]
    return citations


def _citation(
    original: str, mention: Mention, relation: str, self_id: str, jurisdiction: str | None
) -> Citation:
    """The contract's citation for a finished mention; text and subject are cut from the original text."""
    subject = original[mention.subject_start : mention.end] if mention.subject_start is not None else None
    return Citation(
        start=mention.start,
        end=mention.end,
        text=original[mention.start : mention.end],
        doc_type=mention.doc_type,
        number=mention.number,
        symbol=mention.symbol,
        key=mention.key,
        date=mention.date,
        issuer=mention.issuer,
        subject=subject,
        relation=relation,
        source=source_id(mention, self_id, jurisdiction),
        target_id=target_id(mention, jurisdiction),
    )


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    assert span is not None, (start, end)
    return span
