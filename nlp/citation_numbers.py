"""Numbered mentions: a type word, then a number and symbol (`Nghị quyết số 113-NQ/TU`,
`Quyết định 1234/QĐ-UBND`, `QĐ số 1234/QĐ-UBND`); several numbers under one type or one symbol
(`Nghị định số 101/2024/NĐ-CP, 102/2024/NĐ-CP`, `Nghị quyết số 18, 19-NQ/TW`); a law named
between its type word and its number (`Luật Đất đai số 31/2024/QH15`); and short back-references
to a document cited in full elsewhere (`Nghị quyết 18`).
"""

import re

from policylink.core.doc_types import DOC_TYPE_TABLE, TYPE_CODES
from policylink.core.identity import normalize_key
from policylink.core.issuer_codes import CENTRAL_STATE_CODES, LOCAL_STATE_CODES
from policylink.nlp.citation_mention import Mention, inside, nearest
from policylink.nlp.citation_patterns import (
    ABBREVIATED_TYPE,
    KNOWN_LAW_NAME,
    NUMBERED_LAW_NEXT,
    TYPE_ALTERNATION,
    TYPE_CODE,
    canonical_type,
)
from policylink.nlp.scan import matches, scanning

# `SVHTT&DL`: an ampersand joins two codes inside a symbol part; so does a dot before a code in capitals
# (`CCTKV.VIII-CNTK`, a unit and its number), not one before the next sentence (`QĐ-UBND.Căn cứ`)
_SYMBOL_PART = r"[A-ZĐƯ](?:[A-Za-zĐđƯư0-9]|&(?=[A-ZĐ])|\.(?=[A-ZĐ][A-ZĐ0-9]*(?![a-zà-ỹđ])))*"
# typed documents often have an en dash: `55–KL/TU`, `12/KH–UBND`; a tab ends a table cell, the symbol with it
_DASH = r"[^\S\t]?[-–][^\S\t]?"
_PARTY_NUMBER = (
    rf"(?P<pnum>\d+[a-z]?){_DASH}(?P<psym>{_SYMBOL_PART}(?:\s?/\s?{_SYMBOL_PART}(?:[-–]{_SYMBOL_PART})*)+)"
)
# `3954/TTr. UBND`: a dot and a space between the type code and the issuer code; `117/2007/TTLT /
# BTC-BLĐTBXH`: the issuers after a further slash (a joint circular). Both are kept, spaces removed (R38).
_STATE_SYMBOL = rf"{_SYMBOL_PART}(?:{_DASH}{_SYMBOL_PART})*"
_STATE_NUMBER = (
    rf"(?P<snum>\d+(?:\.\d+)?[a-z]?)\s?/\s?(?P<ssym>(?:\d{{4}}\s?/\s?)?(?:{TYPE_CODE}\. ?(?=[A-ZĐ]))?"
    rf"{_STATE_SYMBOL}(?:\s?/\s?{_STATE_SYMBOL})?)"
)
# `Nghị quyết số 18, 19-NQ/TW`: several numbers before one symbol.
_SHARED_NUMBERS = (
    r"(?P<numbers>\d+[a-z]?(?:(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?:số\s*)?\d+[a-z]?)+)"
    rf"(?={_DASH}{_SYMBOL_PART}\s?/|\s?/\s?(?:\d{{4}}\s?/\s?)?{_SYMBOL_PART})"
)
# lower-case words between type and number, case-sensitive: `Báo cáo giải trình, tiếp thu số 471/BC-UBND`;
# no other type word (`Nghị quyết thay thế nghị quyết số 61/2021/NQ-HĐND` cites the second)
_QUALIFIER_WORD = rf"(?:,?\s+(?!(?i:{TYPE_ALTERNATION})(?!\w))[a-zđà-ỹ]+)"
# A longer run of them describes the document before its printed `số` (`Quyết định chấp thuận điều chỉnh chủ
# trương đầu tư đồng thời chấp thuận nhà đầu tư số 140/QĐ-BQLCKCN`): no kind of document, the type word's own.
_QUALIFIER_WORDS = 4
_DESCRIPTION_WORDS = 16
_TYPE_AND_QUALIFIER = (
    rf"(?P<type>{TYPE_ALTERNATION}|{ABBREVIATED_TYPE})"
    rf"(?P<qualifier>(?-i:{_QUALIFIER_WORD}{{0,{_QUALIFIER_WORDS}}}?"
    rf"|{_QUALIFIER_WORD}{{{_QUALIFIER_WORDS + 1},{_DESCRIPTION_WORDS}}}?(?=\s+số\s*:?\s*\d)))"
    r"\s*(?:số\s*:?\s*)?"
)
_NUMBERED = scanning(re.compile(
    rf"{_TYPE_AND_QUALIFIER}(?:{_SHARED_NUMBERS}|(?:{_PARTY_NUMBER}|{_STATE_NUMBER})(?![\w/-]))",
    re.IGNORECASE,
))
_NUMBER_IN_LIST = re.compile(r"\d+[a-z]?")
_NUMBER_AND_SYMBOL = re.compile(rf"(?:{_PARTY_NUMBER}|{_STATE_NUMBER})(?![\w/-])")
# `Luật Ngân sách nhà nước số 83/2015/QH13`: a law's name may stand between the type and the number.
# The name holds no other law and no year (`Luật Đất đai năm 2013 đến khi Luật Đất đai số ...`); its
# `pháp luật` is no law (`Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15`).
_NAMED_LAW = re.compile(
    rf"(?<!\w)(?P<type>Bộ [Ll]uật|Luật|Pháp lệnh)"
    rf"(?P<name>(?:(?:, +(?=[a-zđà-ỹ])| +)(?!(?:số|về|ngày|năm|Luật)(?!\w)|(?<!pháp )luật(?!\w)"
    r"|của +[A-ZĐÀ-Ỹ]|(?:được|đã|bởi|theo|sửa đổi|ban hành|quy định|hướng dẫn)(?!\w)"
    # another document's type word, unless the name runs on to the law's own number (`Luật Quy hoạch đô
    # thị và nông thôn số 47/2024/QH15`)
    rf"|(?:{TYPE_ALTERNATION})(?!\w)(?!(?:(?!\ssố\s)[^;:\n]){{0,100}}?\ssố\s*:?\s*\d+/\d{{4}}/QH\d))"
    r"\w+){1,20}?)"
    rf"\s+số\s*:?\s*{_STATE_NUMBER}(?![\w/-])"
)
# `Luật sửa đổi, bổ sung một số điều của Luật X số 87/2025/QH15`: the number is the amending law's
# (R27); the law it amends is named in its subject, `của Luật X`, and found as a named mention. The subject
# may list ten laws and more (`của Luật A, Luật B, ..., Luật K số 56/2024/QH15`), over lines a PDF reader
# left unjoined before a capital.
_AMENDING_LAW = re.compile(
    r"(?<!\w)(?P<type>Bộ luật|Luật)"
    r"(?P<subject> +sửa đổi(?:,?\s+bổ sung)?(?:(?: +|[ \t]*\n[ \t]*)(?!ngày(?!\w))[^\s;:()]+){1,80}?)"
    rf"\s+số\s*:?\s*{_STATE_NUMBER}(?![\w/-])"
)
# In that subject, a type word other than a law's belongs to another mention: the number is not the law's.
_OTHER_TYPE = re.compile(rf"(?<!\w)(?!(?:Bộ luật|Luật|Pháp lệnh)(?!\w))(?:{TYPE_ALTERNATION})(?!\w)")
_NUMBER_AFTER_LAW_NAME = re.compile(rf"\s+số\s*:?\s*{_STATE_NUMBER}(?![\w/-])")
# `Nghị quyết 18`, `Chỉ thị số 05`: a short back-reference to a document cited in full elsewhere; its
# type code may stand for the type word, glued to the number (`QĐ270`).
_SHORT_REFERENCE = re.compile(
    rf"(?<!\w)(?:(?P<type>{TYPE_ALTERNATION})\s+|(?P<code>{TYPE_CODE})\s*)(?:số\s+)?(?P<number>\d+[a-z]?)"
    r"(?![\w/–-]|\s?[-–/]\s?[A-ZĐ\d])",
    re.IGNORECASE,
)
_MORE_NUMBERS = re.compile(
    rf"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?P<number>(?:số\s*)?(?:{_PARTY_NUMBER}|{_STATE_NUMBER}))(?![\w/-])"
)


# `22/2023/OH15`: a Latin `O` printed for the `Q` of the National Assembly's code (R38); no issuer is
# coded `OH`.
_ASSEMBLY_MISPRINT = re.compile(r"(?<=\d{4}/)OH(?=\d{1,2}$)")


def _restore_q(symbol: str) -> str:
    return _ASSEMBLY_MISPRINT.sub("QH", symbol)


def _number_key(m: re.Match[str]) -> tuple[str, str, str]:
    """(number, symbol, key) of a `_PARTY_NUMBER` / `_STATE_NUMBER` match."""
    if m.groupdict().get("pnum"):
        number, symbol = m["pnum"], normalize_key(m["psym"].replace("–", "-"))
        return number, symbol, f"{number}-{symbol}"
    number, symbol = m["snum"], _restore_q(normalize_key(m["ssym"].replace("–", "-")))
    return number, symbol, f"{number}/{symbol}"


# A state symbol whose hyphen between the type code and the issuer code was dropped: `2025/NĐCP`, and
# `2025/TTBNN MT` with a space inside the issuer code (R38). Repaired only where the leading code is
# the mention's own type code, so `QĐ-UBND`-less keys of other shapes are left as printed.
_CODES_OF_TYPE = {t.name: t.codes for t in DOC_TYPE_TABLE}
_JOINED_CODES = re.compile(r"(?:(?P<year>\d{4}/)|^)(?P<codes>[A-ZĐ][A-Za-zĐđ]+)$")
# without a year (`1626/QĐTTg`) only a known state body's code after the type code is read as its issuer
_STATE_CODES = {code.upper() for code in (*CENTRAL_STATE_CODES, *LOCAL_STATE_CODES)}
_SPLIT_CODE_TAIL = re.compile(r" (?P<tail>[A-ZĐ]{1,4})(?![\w/&-])")


# `1480/2003/QĐ.UB`: a dot printed for that hyphen. A symbol with its year is a normative act's, whose type
# and issuer codes a hyphen joins; one without (`3954/TTr.UBND`) is left as printed. A title line rebuilt in
# small letters writes it so too (`77/2006/qđ.ubnd`).
_DOTTED_CODE = re.compile(r"(?<=\d{4}/)(?P<code>[A-ZĐ][A-Za-zĐđ]*)\.(?=[A-ZĐ])", re.IGNORECASE)


def _restore_hyphen(text: str, doc_type: str, symbol: str, end: int) -> tuple[str, int]:
    """(symbol, end) with the dropped hyphen after `doc_type`'s code put back (see `_JOINED_CODES`), or the
    dot printed for it replaced (see `_DOTTED_CODE`)."""
    dotted = _DOTTED_CODE.search(symbol)
    if dotted is not None and dotted["code"].upper() in _CODES_OF_TYPE.get(doc_type, ()):
        return f"{symbol[: dotted.end('code')]}-{symbol[dotted.end():]}", end
    joined = _JOINED_CODES.search(symbol)
    if joined is None:
        return symbol, end
    codes = joined["codes"]
    for code in _CODES_OF_TYPE.get(doc_type, ()):
        issuer = codes[len(code):]
        if codes.startswith(code) and len(issuer) >= 2 and issuer[0].isupper() and (
                joined["year"] or issuer.upper() in _STATE_CODES):
            if tail := _SPLIT_CODE_TAIL.match(text, end):
                issuer, end = issuer + tail["tail"], tail.end()
            return f"{symbol[: joined.start('codes')]}{code}-{issuer}", end
    return symbol, end


# `270/QD-TTg`: a Latin `D` printed for the `Đ` of a type code (R44); restored where the printed code is
# none and the restored one is (`HD`, a code of its own, stays).
_LEADING_CODE = re.compile(r"(?P<year>\d{4}/)?(?P<code>[A-Z]+)(?=[-/]|$)")


def _restore_d(symbol: str) -> str:
    found = _LEADING_CODE.match(symbol)
    if found is None or found["code"] in TYPE_CODES or "D" not in found["code"]:
        return symbol
    restored = found["code"].replace("D", "Đ")
    if restored not in TYPE_CODES:
        return symbol
    return symbol[: found.start("code")] + restored + symbol[found.end("code") :]


# `Thông tư số 03/2025/NĐ-VPCP`, `Nghị định số 180/2007/NQQ-CP`: a normative act's symbol (year, type code,
# hyphen, issuer) whose type code contradicts the printed type word: another type's code, or one letter off
# a code; the key is the document's symbol, so the type word's own code is restored (R38). A code that
# extends the type word's (`Thông tư số .../TTLT-...`) or a type word of several codes is left as printed.
_YEAR_CODE_ISSUER = re.compile(r"(?P<year>\d{4}/)(?P<code>[A-ZĐ][A-Za-zĐđ]*)(?=-[A-ZĐ])")


def one_letter_off(a: str, b: str) -> bool:
    """Is `a` `b` with one letter changed, added or dropped?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _restore_type_code(doc_type: str, symbol: str) -> str:
    found = _YEAR_CODE_ISSUER.match(symbol)
    own = _CODES_OF_TYPE.get(doc_type, ())
    if found is None or len(own) != 1 or found["code"].upper() == own[0].upper():
        return symbol
    code = found["code"]
    printed_type = TYPE_CODES.get(code)
    if printed_type is not None and (printed_type.startswith(doc_type) or doc_type.startswith(printed_type)):
        return symbol
    if printed_type is None and not any(one_letter_off(code.upper(), known.upper()) for known in TYPE_CODES):
        return symbol
    return symbol[: found.start("code")] + own[0] + symbol[found.end("code") :]


_LOWER_LAW_NAME_WORDS = 2  # one lower-case word before `số` is no name (`Luật này số ...`)


def _named_laws(text: str) -> list[Mention]:
    """`Luật Đất đai số 31/2024/QH15`: the number is the key."""
    mentions = []
    for amending in matches(_AMENDING_LAW, text):
        if _OTHER_TYPE.search(amending["subject"]) or NUMBERED_LAW_NEXT.match(text, amending.end()):
            continue
        subject = amending.start("subject")
        mention = _law_with_number(text, amending["type"], amending.start(), subject, amending)
        mention.name_end, mention.subject_start = amending.end("subject"), amending.start("subject") + 1
        # its name is the whole amending title, never the name of a law it amends (R27)
        mention.law_name = " ".join(text[amending.start() : amending.end("subject")].split())
        mentions.append(mention)
    amending_spans = [(m.start, m.end) for m in mentions]
    for known in matches(KNOWN_LAW_NAME, text):
        m = _NUMBER_AFTER_LAW_NAME.match(text, known.end())
        if m is not None and not inside(known.start(), amending_spans):
            doc_type = canonical_type(" ".join(known["law_type"].split()))
            mentions.append(_law_with_number(text, doc_type, known.start(), known.end(), m))
    taken = [(m.start, m.end) for m in mentions]
    for m in matches(_NAMED_LAW, text):
        # `Luật thuế thu nhập doanh nghiệp số 67/2025/QH15`: a name in lower case, closed by its number
        named = m["name"].strip()[:1].isupper() or len(m["name"].split()) >= _LOWER_LAW_NAME_WORDS
        if named and not inside(m.start(), taken):
            name_end = m.start("name") + len(m["name"])
            mentions.append(_law_with_number(text, canonical_type(m["type"]), m.start(), name_end, m))
    return sorted(mentions, key=lambda m: m.start)


def _law_with_number(text: str, doc_type: str, start: int, name_end: int, m: re.Match[str]) -> Mention:
    number, symbol, key = _number_key(m)
    law_name = " ".join(text[start:name_end].split())
    return Mention(start, m.end(), m.end(), doc_type, number, symbol, key, None, None, None,
                   law_name=law_name)


def _same_number(a: str, b: str) -> bool:
    """`05` and `5` are the same document number."""
    return a.lstrip("0") == b.lstrip("0")


def short_references(text: str, numbered: list[Mention]) -> list[Mention]:
    """`Nghị quyết 18`, `Chỉ thị số 05`: the document of that type and number cited in full."""
    taken = [(m.start, m.end) for m in numbered]
    mentions = []
    for m in matches(_SHORT_REFERENCE, text):
        if inside(m.start(), taken):
            continue
        doc_type = canonical_type(m["type"] or m["code"])
        same = [f for f in numbered if f.referent is None and f.doc_type.startswith(doc_type)
                and f.number is not None and _same_number(f.number, m["number"])]
        full = nearest(same, m.start())
        if full is not None:
            mentions.append(Mention(m.start(), m.end(), m.end(), full.doc_type, full.number, full.symbol,
                                     full.key, None, None, None, referent=full))
    return mentions


# `tại các văn bản số A ngày ..., số B ngày ...`, `các Quyết định của Bộ trưởng ...: số A ...; số B ...`,
# `... số A ngày ... và số B ngày ...`: after a type word that a list shares, each later `số` opens a mention
# of that type (R32); so does the first one, right after the shared type and its issuer (`các Nghị định của
# Chính phủ số A ...`). A colon goes on in the next line (`các Tờ trình:` / `Số A ...`, a hard-wrapped PDF).
_LISTED_NUMBER = re.compile(
    r"(?:(?<=[,;:])[ \t]*(?:và[ \t]+)?|(?<=:)[ \t]*\n[ \t]*|(?<=\w)[ \t]+(?P<joined>và[ \t]+)?)"
    rf"(?P<start>[sS]ố)[ \t]*(?:{_PARTY_NUMBER}|{_STATE_NUMBER})(?![\w/-])"
)
_SHARED_TYPE = re.compile(rf"(?<!\w)(?:các|những)\s+(?P<type>{TYPE_ALTERNATION})(?!\w)", re.IGNORECASE)
_SHARED_TYPE_AND_ISSUER = re.compile(
    rf"{_SHARED_TYPE.pattern}(?:\s+của\s+[^;:.()\n]{{1,60}}?)?\s*$", re.IGNORECASE
)


def listed_numbers(text: str, numbered: list[Mention]) -> list[Mention]:
    """Mentions `số B`, `số C` that follow a shared type word on the same line, or on the line before when
    that one ends on the list's colon (see `_LISTED_NUMBER`)."""
    taken = [(m.start, m.head_end) for m in numbered]
    mentions = []
    for m in _LISTED_NUMBER.finditer(text):
        if inside(m.start("start"), taken):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        unpunctuated = text[m.start() - 1] not in ",;:" and m["joined"] is None
        if unpunctuated and not _SHARED_TYPE_AND_ISSUER.search(text, line_start, m.start()):
            continue
        earlier = [f for f in numbered + mentions if line_start <= f.start < m.start() and f.number]
        shared = list(_SHARED_TYPE.finditer(text, line_start, m.start()))
        # the nearer of an earlier mention and a shared type word (`Tờ trình số A; các Văn bản ...: Số B`)
        if shared and (not earlier or shared[-1].start() > earlier[-1].start):
            doc_type = canonical_type(shared[-1]["type"])
        elif earlier:
            doc_type = earlier[-1].doc_type
        else:
            continue
        number, symbol, key = _number_key(m)
        mentions.append(Mention(m.start("start"), m.end(), m.end(), doc_type, number, symbol, key,
                                 None, None, None))
    return mentions


def numbered_mentions(text: str) -> list[Mention]:
    """Mentions with a number and symbol: named laws first, then a type word and its number(s)."""
    mentions = _named_laws(text)
    taken = [(m.start, m.end) for m in mentions]
    for m in matches(_NUMBERED, text):
        # `hướng dẫn Luật Nhà ở số 27/2023/QH15`: a verb-type word before a law named with its number
        if inside(m.start(), taken) or any(m.start() < end and start < m.end() for start, end in taken):
            continue
        doc_type = canonical_type(m["type"])
        qualifier = m["qualifier"].strip()
        if qualifier and qualifier.islower() and len(qualifier.split()) <= _QUALIFIER_WORDS:
            doc_type = f"{doc_type} {qualifier}"
        if m["numbers"]:
            mentions += _shared_symbol(text, m, doc_type)
            continue
        number, symbol, key = _number_key(m)
        symbol, end = _restore_hyphen(text, doc_type, symbol, m.end())
        if m["snum"]:
            symbol = _restore_type_code(doc_type, _restore_d(symbol))
        if end != m.end() or symbol not in key:
            key = f"{number}/{symbol}"
        mentions.append(Mention(m.start(), end, end, doc_type, number, symbol, key, None, None, None))
        # `Nghị định số 101/2024/NĐ-CP, 102/2024/NĐ-CP và số 103/2024/NĐ-CP`: one type, several documents.
        pos = m.end()
        while more := _MORE_NUMBERS.match(text, pos):
            number, symbol, key = _number_key(more)
            start = more.start("number")
            mentions.append(Mention(start, more.end(), more.end(), doc_type, number, symbol, key,
                                     None, None, None))
            pos = more.end()
    _unify_dotted(mentions)
    return mentions


# the slash after a year's type code (`57/2002/NĐ / CP`), printed where the codes take a hyphen
_SLASHED_CODES = re.compile(r"(?<=\d{4}/)(?P<code>[A-ZĐ][A-Za-zĐđ]*)/(?=[A-ZĐ])")


def _unify_dotted(mentions: list[Mention]) -> None:
    """`77/2006/QĐ.UBND` or `57/2002/NĐ / CP` beside `77/2006/QĐ-UBND`, `57/2002/NĐ-CP` in the same text: a
    dot or a slash printed for the hyphen between the codes; the mention takes the hyphenated key
    (GUIDELINES: the key names the document). Without such a twin the print stands (R38)."""
    keys = {m.key for m in mentions}
    for mention in mentions:
        if not mention.symbol:
            continue
        for hyphenated in (mention.key.replace(".", "-"), _SLASHED_CODES.sub(r"\g<code>-", mention.key)):
            if hyphenated != mention.key and hyphenated in keys:
                number_part = mention.key[: len(mention.key) - len(mention.symbol)]
                mention.key, mention.symbol = hyphenated, hyphenated[len(number_part) :]
                break


def _shared_symbol(text: str, m: re.Match[str], doc_type: str) -> list[Mention]:
    """`Nghị quyết số 18, 19-NQ/TW`: one mention per number, each with the symbol written once."""
    numbers = list(_NUMBER_IN_LIST.finditer(text, m.start("numbers"), m.end("numbers")))
    last = _NUMBER_AND_SYMBOL.match(text, numbers[-1].start())
    if last is None:
        return []
    symbol_text = text[numbers[-1].end() : last.end()]
    number, symbol, key = _number_key(last)
    final = Mention(numbers[-1].start(), last.end(), last.end(), doc_type, number, symbol, key,
                    None, None, None)
    mentions = []
    for index, found in enumerate(numbers[:-1]):
        written = _NUMBER_AND_SYMBOL.fullmatch(found.group() + symbol_text)
        if written is None:
            continue
        number, symbol, key = _number_key(written)
        start = m.start() if index == 0 else found.start()
        mentions.append(Mention(start, found.end(), found.end(), doc_type, number, symbol, key,
                                 None, None, None, shares_with=final))
    return [*mentions, final]
