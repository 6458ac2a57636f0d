"""Collective names a document defines for a list of bodies (`Kính gửi: A; B; C (Sau đây viết tắt là
BHXH các tỉnh)`): a duty of the alias is a duty of each listed body (RULINGS R83: a name the text itself
defines is written out). Only a capitalised alias, a body's name that the listed bodies' names share
their head word with (`Bảo hiểm xã hội ...`); a common noun (`các đơn vị`, `đơn vị được ủy nhiệm thu`)
stays as written (RULINGS R10), and so does a name over a list of other bodies (`Hội đồng nhân dân và
Ủy ban nhân dân xã (sau đây gọi chung là Ủy ban nhân dân cấp xã)`).
"""

import re

from policylink.nlp.citation_patterns import ALIAS_CLAUSE
from policylink.nlp.model import Body

# (also read by nlp.body_chains: the alias is no member of the list it closes)
ALIAS_NOTE = re.compile(
    rf"\(\s*(?:(?:sau|dưới)\s+đây\s+)?{ALIAS_CLAUSE}(?P<alias>[^()]+?)\s*\)", re.IGNORECASE
)
_LIST_GAP = re.compile(r"[\s,;.\-–]*(?:(?:và|cùng)[\s,;.\-–]*)?", re.IGNORECASE)
_COMMON_START = re.compile(r"(?i:các\s+|những\s+)?[^\W\d_]")


def defined_aliases(text: str, bodies: list[Body]) -> dict[str, list[str]]:
    """The canonical name of each alias -> the canonical names of the bodies it stands for."""
    out: dict[str, list[str]] = {}
    for m in ALIAS_NOTE.finditer(text):
        alias = next((b for b in bodies if m.start("alias") <= b.start and b.end <= m.end("alias")), None)
        word = _COMMON_START.match(m["alias"])
        if alias is None or word is None or not word.group()[-1].isupper():
            continue
        members = _listed_before(text, bodies, m.start())
        head = alias.canonical.split()[0]
        if (len(members) >= 2 and alias.canonical not in members
                and all(member.split()[0] == head for member in members)):
            out.setdefault(alias.canonical, members)
    return out


def _listed_before(text: str, bodies: list[Body], end: int) -> list[str]:
    """The bodies listed right before `end`, nothing but separators between them."""
    listed: list[Body] = []
    for body in sorted((b for b in bodies if b.end <= end), key=lambda b: -b.end):
        if not _LIST_GAP.fullmatch(text, body.end, end):
            break
        listed.append(body)
        end = body.start
    return list(dict.fromkeys(b.canonical for b in reversed(listed)))


def expand_aliases(names: list[str], aliases: dict[str, list[str]]) -> list[str]:
    """`names` with each alias replaced by the bodies it stands for, each once."""
    return list(dict.fromkeys(n for name in names for n in aliases.get(name, [name])))
