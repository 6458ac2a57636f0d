"""`Quyết định số 866/QĐ-Tg` that `Thủ tướng Chính phủ` approved: an issuer code printed one letter off a
central body's code is restored where the mention's own clause names that body (R38: the key is the
document's symbol, the text keeps the print)."""

import re

from policylink.core.issuer_codes import CENTRAL_STATE_CODES, LOCAL_STATE_CODES
from policylink.core.vietnamese import match_key
from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_numbers import one_letter_off

_LAST_CODE = re.compile(r"(?<=-)(?P<code>[A-ZĐ][A-Za-zĐđ]*)$")
_KNOWN_CODES = {code.upper() for code in (*CENTRAL_STATE_CODES, *LOCAL_STATE_CODES)}
_CLAUSE_BREAK = re.compile(r"[.;:\n]")
_CLAUSE_REACH = 120  # characters back from the mention to look for the body that issued it


def restore_issuer_codes(text: str, mentions: list[Mention]) -> None:
    """Set in place: the symbol and key of a mention whose last code is no known code but one letter off
    exactly one central body's code that its clause (or its issuer) names."""
    for mention in mentions:
        found = _LAST_CODE.search(mention.symbol or "") if mention.number else None
        if found is None or found["code"].upper() in _KNOWN_CODES or _department_code(mention.symbol or ""):
            continue
        before = text[max(0, mention.start - _CLAUSE_REACH) : mention.start]
        clause = _CLAUSE_BREAK.split(before)[-1]
        named = match_key(f"{clause} {mention.issuer or ''}")
        codes = [code for code, body in CENTRAL_STATE_CODES.items()
                 if one_letter_off(found["code"].upper(), code.upper())
                 and re.search(rf"(?<!\w){re.escape(match_key(body))}(?!\w)", named)]
        if len(codes) == 1 and mention.symbol is not None:
            mention.symbol = mention.symbol[: found.start()] + codes[0]
            mention.key = f"{mention.number}/{mention.symbol}"


def _department_code(symbol: str) -> bool:
    """Whether the last code follows a known issuer's code (`VPCP-CN`, `UBND-KT`): a department of that body,
    whose codes no table lists, not a misprinted issuer."""
    parts = symbol.split("-")
    return len(parts) >= 2 and parts[-2].upper() in _KNOWN_CODES
