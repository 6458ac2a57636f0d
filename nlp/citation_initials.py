"""Laws named by initials: `Luật BHYT`, `Luật MTTQ Việt Nam`.

A text that names a law in full (`Luật Bảo hiểm y tế (BHYT)`, `Luật bảo hiểm y tế số 25/2008/QH12 ...
(sau đây gọi là Luật BHYT)`) often writes it later with part of its name as capital initials. Such a
mention names the law whose words the initials spell, when the text names exactly one.
"""

import re

from policylink.core.vietnamese import fold
from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_patterns import LAW_TYPES

# `BHYT`, `MTTQ`, `HĐND&UBND`: two or more capitals, no small letter
_INITIALS = re.compile(r"[A-ZĐ]{2,}")


def _name_pattern(name: str) -> re.Pattern[str] | None:
    """The folded words a name with initials stands for: each capital a word it begins; None without
    initials."""
    parts, initials = [], False
    for word in name.split():
        if _INITIALS.fullmatch(word):
            initials = True
            parts += [rf"{re.escape(fold(letter))}\S*" for letter in word]
        else:
            parts.append(re.escape(fold(word)))
    return re.compile(" ".join(parts)) if initials else None


def _folded(name: str) -> str:
    return " ".join(fold(name).split())


def expand_law_initials(mentions: list[Mention]) -> None:
    """A law named with initials takes the one full name of the text its initials spell (set in place),
    so that the law's number, if the text gives one, follows (`citation_keys.resolve_law_names`). Two
    names the initials could spell leave it as written."""
    laws = [m for m in mentions if m.doc_type in LAW_TYPES]
    names: dict[str, tuple[str, str]] = {}  # folded full name -> (type, spelling)
    for law in laws:
        name = law.law_name or (law.key if law.number is None else None)
        if name and not any(_INITIALS.fullmatch(w) for w in name.split()):
            names.setdefault(_folded(name), (law.doc_type, name))
    # `Luật Thuế GTGT số 48/2024/QH15`: a name the text numbers as written is the number's to key
    numbered = {_folded(law.law_name) for law in laws if law.law_name}
    for mention in laws:
        pattern = _name_pattern(mention.key) if mention.number is None else None
        if pattern is None or _folded(mention.key) in numbered:
            continue
        spelled = [name for folded, (doc_type, name) in names.items()
                   if doc_type == mention.doc_type and pattern.fullmatch(folded)]
        if len(spelled) == 1:
            mention.key = spelled[0]
