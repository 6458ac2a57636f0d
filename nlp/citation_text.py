"""The text citations are read from: footnote markers blanked, Cyrillic look-alike letters read as
Latin (`BТС` typed with a Cyrillic `Т`, `С`: R38); its wrapped lines are already joined (the Doc's
text, nlp.wrapped_lines).

Both changes keep every offset, so spans found in the working text are spans of the original.
"""

from policylink.core.vietnamese import CharacterMap
from policylink.ingest.footnotes import SUPERSCRIPT_DIGITS

# Footnote markers (`18-NQ/TW¹`) would otherwise count as part of a symbol.
_SUPERSCRIPTS = CharacterMap(SUPERSCRIPT_DIGITS, " " * len(SUPERSCRIPT_DIGITS))
# Cyrillic capitals drawn like Latin ones (a symbol typed on a Russian keyboard layout); Vietnamese
# documents hold no Cyrillic words, so each is read as the Latin letter it shows.
_CYRILLIC_LOOK_ALIKES = CharacterMap("АВСЕНІЈКМОРЅТХУ", "ABCEHIJKMOPSTXY")


def working_text(text: str) -> str:
    """`text` with footnote markers as spaces and Cyrillic look-alikes as Latin."""
    return _CYRILLIC_LOOK_ALIKES(_SUPERSCRIPTS(text))
