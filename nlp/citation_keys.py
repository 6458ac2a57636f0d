"""One key per document within a text.

A document is often named in full once (`Đề án phát triển ... giai đoạn 2022 - 2025, tầm nhìn
đến năm 2030`) and then shorter: without its period, or by an alias (`sau đây gọi tắt là Đề án
06`). Every mention takes the key of the fullest name the text gives that document; a law named
by name takes the number the text gives it (`Luật Đất đai` beside `Luật Đất đai số 31/2024/QH15`).
"""

import re

from policylink.core.identity import key_carries_year, year_of
from policylink.core.vietnamese import fold, match_key
from policylink.nlp.citation_law_names import misprinted_name
from policylink.nlp.citation_mention import Mention, nearest
from policylink.nlp.citation_patterns import (
    ALIAS_BEFORE,
    ALIAS_CLAUSE,
    KNOWN_LAW_NAME,
    LAW_NAME_YEAR,
    LAW_TYPES,
    NAME_PERIOD,
    TYPE_ALTERNATION,
    canonical_type,
    spelled_as,
)
from policylink.nlp.citation_titles import approving_decision, title_key
from policylink.nlp.scan import matches

# The period that closes a full name: `... giai đoạn 2021 - 2030`. A law's year is no such
# period: `Luật Đất đai` may be another law than the `Luật Đất đai năm 2013` cited beside it.
_CLOSING_PERIOD = re.compile(rf"(?:{NAME_PERIOD.pattern})$")
# another period after a shorter name, or a span of years (`Kế hoạch phát triển ... 5 năm`)
_OTHER_PERIOD = re.compile(rf"(?: +\d+)?{NAME_PERIOD.pattern}| +\d+ +năm(?!\w)")
_ALIAS = re.compile(rf"{ALIAS_CLAUSE}(?P<alias>\w+(?:\s+\w+)?\s+\d+[a-z]?)(?![\w/-])")


def unify_named_keys(text: str, mentions: list[Mention]) -> list[Mention]:
    """A named mention that is a fuller name without its closing period takes the fuller key,
    and its span ends where that shorter name ends (`... miền núi trên địa bàn tỉnh` stops
    before the locative). Such shorter names not found yet become mentions; they are returned."""
    full_by_stem: dict[str, set[str]] = {}
    for mention in mentions:
        closing = _CLOSING_PERIOD.search(mention.key) if mention.number is None else None
        # `Kế hoạch năm 2006-2010`: a type word alone before the period is no name to meet again
        stem = mention.key[: closing.start()] if closing is not None else ""
        if len(stem.split()) > len(mention.doc_type.split()):
            full_by_stem.setdefault(stem, set()).add(mention.key)
    stems = [(stem, keys.pop()) for stem, keys in full_by_stem.items() if len(keys) == 1]
    by_start = {m.start: m for m in mentions}
    added = []
    for stem, full in sorted(stems, key=lambda item: len(item[0]), reverse=True):
        doc_type = next(m.doc_type for m in mentions if m.key == full)
        for found in spelled_as(stem).finditer(text):
            # `... kinh tế - xã hội 5 năm 2011-2015` (or `... 5 năm`) beside `... kinh tế - xã hội giai đoạn
            # 2006-2010`: the stem closed by another period or span names another document
            if _OTHER_PERIOD.match(text, found.end()):
                continue
            mention = by_start.get(found.start())
            if mention is None and not any(m.start <= found.start() < m.end for m in mentions + added):
                added.append(Mention(found.start(), found.end(), found.end(), doc_type, None, None, full,
                                     None, None, None))
            elif mention is not None and mention.number is None and not _CLOSING_PERIOD.search(mention.key):
                mention.key = full
                mention.head_end = mention.name_end = mention.end = found.end()
    return added


# A law name read on through this many lower-case words past a shorter law name of the text ran into its
# sentence (one word more may be another law: `Luật Đầu tư` and `Luật Đầu tư công`).
_RUN_ON_WORDS = 2
_DATE_AFTER = re.compile(r"\s+ngày\s+\d")
_YEAR_OR_PERIOD = re.compile(rf"{LAW_NAME_YEAR.pattern}|{_CLOSING_PERIOD.pattern}")


def cut_run_on_law_names(text: str, mentions: list[Mention]) -> None:
    """`... Điều 79 Luật Quản lý thuế trừ cá nhân nhận thừa kế` beside `Luật Quản lý thuế` named elsewhere in
    the text: an unnumbered law name with no year that runs on through lower-case words past a shorter law
    name of the same text is that law, its name cut where the shorter one ends. Runs before
    `adopt_fuller_names`, which would otherwise give the run-on key to every mention of the law."""
    laws = [m for m in mentions if m.number is None and m.doc_type in LAW_TYPES]
    names = {match_key(m.key): m.key for m in laws}
    for mention in laws:
        words = mention.key.split()
        if LAW_NAME_YEAR.search(mention.key) or mention.end - mention.start != len(mention.key):
            continue
        # `Luật Đầu tư theo phương thức đối tác công tư` beside `Luật Đầu tư`: a known name is whole
        if KNOWN_LAW_NAME.fullmatch(mention.key):
            continue
        # `Luật Doanh nghiệp nhà nước ngày 26 tháng 11 năm 2003`: a name its adoption date closes is whole
        if _DATE_AFTER.match(text, mention.end):
            continue
        for size in range(len(words) - _RUN_ON_WORDS, 1, -1):
            shorter = names.get(match_key(" ".join(words[:size])))
            if shorter is None:
                continue
            found = spelled_as(shorter).match(text, mention.start)
            if all(w.islower() for w in words[size:]) and found:
                mention.key = shorter
                mention.head_end = mention.name_end = mention.end = found.end()
            break


def adopt_fuller_names(text: str, mentions: list[Mention]) -> None:
    """A named mention whose words begin exactly one fuller name of the same type in the text
    takes that key (`Quy hoạch tỉnh` beside `Quy hoạch tỉnh Bắc Ninh thời kỳ 2021-2030, ...`;
    `Hiến pháp` beside `Hiến pháp năm 2013`). Two fuller names leave it as written: `Luật Đất
    đai` beside `Luật Đất đai năm 2003` and `... năm 2013` could be either. A name the text
    also dates by itself is whole against a name with more words: `Luật Doanh nghiệp ngày 29 tháng 11
    năm 2005` beside `Luật Doanh nghiệp nhà nước ngày ...` is another law (beside `... năm 2005`, the
    same one). One name spelled two ways (`title_key`) takes its first spelling."""
    # a law the text also names with a number is `resolve_law_names`' to key: a name it left is no one's
    numbered_laws = {_law_name_key(m.law_name) for m in mentions if m.law_name}
    named = [m for m in mentions if m.number is None]
    # one name however its dashes are spaced or its letters cased (`2021 - 2030`, `2021–2030`): the first
    # spelling stands for it
    first: dict[str, str] = {}
    for m in named:
        m.key = first.setdefault(title_key(m.key), m.key)
    dated = {m.key for m in named if _DATE_AFTER.match(text, m.end)}
    approved = {m.key: decision for m in named if (decision := approving_decision(text, m.end, mentions))}
    # Every key a mention takes here is one of these, so each is folded once.
    folded = {m.key: title_key(m.key) for m in named}  # `Đề án “A”` begins `Đề án “A giai đoạn ...”`
    for mention in named:
        if mention.doc_type in LAW_TYPES and _law_name_key(mention.key) in numbered_laws:
            continue
        prefix = folded[mention.key] + " "
        # one fuller name however its letters are cased (`Luật Bầu cử đại biểu Quốc hội ...` and `Luật bầu cử
        # đại biểu Quốc hội ...`): the first spelling stands for it
        fuller: dict[str, str] = {}
        for m in named:
            if m.doc_type == mention.doc_type and folded[m.key].startswith(prefix):
                fuller.setdefault(folded[m.key], m.key)
        if mention.key in dated:
            fuller = {f: key for f, key in fuller.items() if _YEAR_OR_PERIOD.fullmatch(key, len(mention.key))}
        # `Quy hoạch A đã được phê duyệt tại Quyết định số X` beside `Quy hoạch A làm vật liệu xây dựng đã
        # được phê duyệt tại Quyết định số Y`: each approving decision identifies a document of its own
        if (own := approved.get(mention.key)) is not None:
            fuller = {f: key for f, key in fuller.items() if approved.get(key, own) == own}
        if len(fuller) == 1:
            mention.key = fuller.popitem()[1]


def alias_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """`(sau đây gọi tắt là Đề án 06)` and every later `Đề án 06`: mentions of the document the
    alias clause follows. Mentions already found at those places are re-keyed in place."""
    added: list[Mention] = []
    # `(sau đây gọi tắt là Nghị quyết số 57-NQ/TW)`: an alias written with the full number.
    for mention in mentions:
        if mention.number and ALIAS_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            earlier = [m for m in mentions if m.start < mention.start and m.key == mention.key]
            if earlier and mention.referent is None:
                mention.referent = earlier[-1].referent or earlier[-1]
    for clause in matches(_ALIAS, text):
        alias = clause["alias"]
        before = [m for m in mentions
                  if m.start < clause.start() and alias.lower().startswith(m.doc_type.lower())]
        if not before:
            continue
        referent = before[-1].referent or before[-1]
        for found in spelled_as(alias).finditer(text, clause.start("alias")):
            at = next((m for m in mentions if m.start == found.start()), None)
            if at is not None:
                if at.number is None:
                    at.key, at.referent = referent.key, referent
                    at.head_end = at.name_end = at.end = found.end()
                continue
            if any(m.start <= found.start() < m.end for m in mentions):
                continue
            added.append(Mention(found.start(), found.end(), found.end(), referent.doc_type, referent.number,
                                 referent.symbol, referent.key, None, None, None, referent=referent))
    return added


# `Quy chế báo bão, lũ (sau đây gọi tắt là Quy chế)`: the type word alone as the alias of the document named
# right before the bracket
_BARE_ALIAS = re.compile(
    rf"[ \t]*\([ \t]*(?:sau đây[ \t]+)?{ALIAS_CLAUSE}(?P<alias>{TYPE_ALTERNATION})[ \t]*[”\"]?[ \t]*\)"
)


def bare_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """The alias a bare type word gives (see `_BARE_ALIAS`): a mention of the document it follows
    (DECISIONS-2). Where the text uses that type word alone again is left as bare anaphora."""
    found = []
    for mention in mentions:
        clause = _BARE_ALIAS.match(text, mention.end)
        if clause is not None and canonical_type(clause["alias"]) == mention.doc_type:
            referent = mention.referent or mention
            start, end = clause.start("alias"), clause.end("alias")
            found.append(Mention(start, end, end, referent.doc_type, referent.number, referent.symbol,
                                 referent.key, None, None, None, referent=referent))
    return found


def _law_year(law: Mention) -> int | None:
    """The year of a numbered law: from its key (`31/2024/QH15`), else from its date."""
    if key_carries_year(law.key):
        return int(law.key.split("/")[1])
    return year_of(law.date)


def _law_name_key(name: str) -> str:
    """A law's name for matching: `Luật Tố tụng hình sự` is how a text shortens `Bộ luật Tố tụng hình sự`."""
    key = " ".join(re.sub(r"\s*-\s*", " và ", match_key(name)).split())  # `phí-lệ phí`: `phí và lệ phí`
    return key.removeprefix("bộ ")


def _spells(law: Mention, name: str) -> bool:
    """Does the numbered `law` bear the name `name`, as spelled or one letter misprinted?"""
    printed = _law_name_key(law.law_name or "")
    return printed == name or misprinted_name(printed, name)


def resolve_law_names(mentions: list[Mention]) -> None:
    """A law named by name takes the number the text gives it (GUIDELINES, *key*): `Luật Đất
    đai` and `Luật Đất đai năm 2024` beside `Luật Đất đai số 31/2024/QH15`, whose year agrees,
    take `31/2024/QH15`; `Luật Đất đai năm 2013` beside it is another law and keeps its name. A name
    the text gives two numbers (`Luật Thuế GTGT số 48/2024/QH15` for now, `Luật Thuế GTGT số
    31/2013/QH13` for before) says by itself neither: it keeps its name; so does a bare name the text
    also gives another law, dated by a year of its own (`Luật Hải quan` beside `Luật Hải quan số
    29/2001/QH10` and `Luật Hải quan năm 2014`)."""
    laws = [m for m in mentions if m.law_name]
    names = {_law_name_key(LAW_NAME_YEAR.sub("", m.key)) for m in mentions
             if m.number is None and m.doc_type in LAW_TYPES}
    named_years: dict[str, set[int]] = {}
    for mention in mentions:
        if mention.number is None and (year := LAW_NAME_YEAR.search(mention.key)):
            named_years.setdefault(_law_name_key(mention.key[: year.start()]), set()).add(int(year["year"]))
    for mention in mentions:
        if mention.number is not None or mention.doc_type not in LAW_TYPES:
            continue
        year = LAW_NAME_YEAR.search(mention.key)
        name = _law_name_key(mention.key[: year.start()] if year else mention.key)
        dated = [law for law in laws if year is None or _law_year(law) == int(year["year"])]
        same = [law for law in dated if _law_name_key(law.law_name or "") == name]
        if not same:
            # `Luật Bầu cử ... và dại biểu ...` where the text gives its number, `Luật Bầu cử ... và đại biểu
            # ...` everywhere else: a typing slip of a mark (`d` for `đ`, a lost tone) leaves the name the
            # same without marks
            same = [law for law in dated if fold(_law_name_key(law.law_name or "")) == fold(name)]
        if not same:
            # `Luật Địa chất và koáng sản số 54/2024/QH15`, `Luật Địa chất và khoáng sản` elsewhere (and once
            # `... khoán sản`): one letter dropped, added or mistyped in one word, against a text spelling
            spellings = {name} | {n for n in names if misprinted_name(n, name)}
            same = [law for law in dated if any(_spells(law, n) for n in spellings)]
        if year is None and named_years.get(name, set()) - {_law_year(law) for law in same}:
            continue
        if len({law.key for law in same}) == 1 and (full := nearest(same, mention.start)) is not None:
            mention.name_key = mention.key
            mention.number, mention.symbol, mention.key = full.number, full.symbol, full.key
            mention.referent = full


def keep_names_in_older_subjects(mentions: list[Mention]) -> None:
    """`Nghị định số 209/2013/NĐ-CP ... hướng dẫn thi hành Luật Thuế giá trị gia tăng` beside `Luật Thuế giá
    trị gia tăng số 48/2024/QH15`: a document of 2013 names a law in force then, not one made later, so the
    name nested in its subject keeps its name (set in place; parents attached)."""
    for mention in mentions:
        if mention.name_key is None or mention.parent is None or mention.referent is None:
            continue
        parent = mention.parent
        parent_year = int(parent.key.split("/")[1]) if key_carries_year(parent.key) else year_of(parent.date)
        law_year = _law_year(mention.referent)
        if parent_year is not None and law_year is not None and parent_year < law_year:
            mention.number = mention.symbol = mention.referent = None
            mention.key, mention.name_key = mention.name_key, None


def date_named_laws(mentions: list[Mention]) -> None:
    """`Luật Tổ chức chính quyền địa phương` written again without its year refers to the one dated
    earlier in the text (`... ngày 19 tháng 6 năm 2015`) when the text dates it only one way."""
    named = [m for m in mentions if m.number is None and m.doc_type in LAW_TYPES]
    for mention in named:
        if mention.date or mention.referent or LAW_NAME_YEAR.search(mention.key):
            continue
        dated = [m for m in named if m.start < mention.start and m.key == mention.key and m.date]
        if dated and len({year_of(m.date) for m in dated}) == 1:
            mention.referent = dated[0]


_YEAR_FIRST = re.compile(r"(?P<year>\d{4})/(?P<codes>.+)$")


def complete_yearless_symbols(mentions: list[Mention]) -> None:
    """`Quyết định số 2751/QĐ-UB ngày 23/8/2002` beside `Quyết định số 2751/2002/QĐ-UB` in the same text: the
    year a normative act's symbol carries was left out of one print. The mention takes the full key when its
    number, type and codes are the full symbol's and its date falls in the year that symbol carries."""
    full: dict[tuple[str, str, str, int], set[str]] = {}
    for m in mentions:
        if m.number and m.symbol and (year := _YEAR_FIRST.match(m.symbol)):
            same = (m.doc_type, m.number, year["codes"].upper(), int(year["year"]))
            full.setdefault(same, set()).add(m.symbol)
    for m in mentions:
        if not (m.number and m.symbol) or _YEAR_FIRST.match(m.symbol):
            continue
        if m.date is None:
            # an undated print (`trong thời gian Nghị quyết số 66/NQ-CP có hiệu lực`) has no year to check: it
            # takes the full symbol when the text gives only one for that number, type and codes
            symbols = {s for (t, n, c, _), found in full.items() if (t, n, c) == (m.doc_type, m.number,
                       m.symbol.upper()) for s in found}
        else:
            symbols = full.get((m.doc_type, m.number, m.symbol.upper(), year_of(m.date) or 0), set())
        if len(symbols) == 1:
            m.symbol = symbols.pop()
            m.key = f"{m.number}/{m.symbol}"


_CODE_BREAK = re.compile(r"[-/]")


def complete_short_symbols(mentions: list[Mention]) -> None:
    """`Nghị quyết liên tịch số 102/2025/NQLT` beside `... số 102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN`, `thông
    tư 03/TTLT` beside `Thông tư liên tịch số 03/2006/TTLT-BYT-BTC-BLĐTB&XH`: a symbol cut short after a code
    (its year left out too) is the one full symbol of the text with that number and type that it begins."""
    full = [m for m in mentions if m.number and m.symbol]
    for m in full:
        short = m.symbol.upper() if m.symbol else ""
        symbols = set()
        for other in full:
            if other.number != m.number or other is m:
                continue
            if not (other.doc_type.startswith(m.doc_type) or m.doc_type.startswith(other.doc_type)):
                continue
            symbol = other.symbol.upper() if other.symbol else ""
            if not _YEAR_FIRST.match(short) and (year := _YEAR_FIRST.match(symbol)):
                symbol = year["codes"]
            if symbol.startswith(short) and _CODE_BREAK.match(symbol, len(short)):
                symbols.add(other.symbol)
        if len(symbols) == 1:
            m.symbol = symbols.pop()
            m.key = f"{m.number}/{m.symbol}"
