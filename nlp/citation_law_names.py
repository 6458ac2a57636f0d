"""Law names the text closes or gives: a name that runs to its adoption date, number or year whatever
words it holds (`Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025`), the same name met again
without what closes it, and a capitalised name met again in small letters.
"""

import re

from policylink.core.vietnamese import fold
from policylink.nlp.citation_mention import Mention, inside
from policylink.nlp.citation_numbers import one_letter_off
from policylink.nlp.citation_patterns import LAW_NAME_YEAR, LAW_TYPES, TYPE_ALTERNATION, TYPE_WORD, spelled_as
from policylink.nlp.scan import matches

# A law's name may hold commas and function words (`Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của
# người nước ngoài tại Việt Nam ngày ...`, `Luật Địa chất và khoáng sản;`) when what closes it follows:
# its adoption date, its number, its year or the next law of a list. The words between
# are lower case after a comma, and none opens a new phrase (a verb, a plural, `của` + an issuer).
_LAW_NAME_CLOSE = re.compile(r" +(?:ngày|số) *\d| +và +(?:Bộ luật|Luật)(?!\w)")
LAW_NAME_YEAR_CLOSE = re.compile(r" +năm +\d{4}(?!\d)")
_LAW_NAME_WORD = re.compile(r"(?P<comma>,)? +(?P<word>\w+)")
_LAW_NAME_BREAK = re.compile(
    r" +(?:các|những|mọi|được|đã|đang|sẽ|về|để|nhằm|theo|do|với|trên|trong|đến|tới|từ|sau|trước|là|có|này"
    r"|đó|thì|mà|khi|quy định"
    # `của Quốc hội`: the law's issuer (another organ after `của` is what the law is about: `Luật Ban hành
    # văn bản quy phạm pháp luật của Hội đồng nhân dân, Uỷ ban nhân dân ngày ...`)
    r"|hướng dẫn|ban hành|thực hiện|triển khai|phê duyệt|sửa đổi|bổ sung"
    r"|của +(?:Quốc hội|(?:Ủy|Uỷ) ban [Tt]hường vụ|Chủ tịch nước|Chính phủ)"
    # another document's type word (`Luật X và Nghị định số ...`)
    rf"|{TYPE_ALTERNATION})(?!\w)"
)
_MAX_LAW_NAME_WORDS = 20
_CAPITALISED_PAIR_CLOSED = re.compile(
    r", +[A-ZĐÀ-Ỹ]\w*(?: +\w+)?(?=(?: +(?:ngày|số) *\d| +năm +\d{4}(?!\d)))"
)


def closed_law_name_end(text: str, pos: int) -> int | None:
    """End of a law's name starting at `pos` that runs to what closes it (see `_LAW_NAME_CLOSE`)."""
    end = pos
    organs = False  # after `của`, the organs a law is about may be listed by commas (`..., Uỷ ban nhân dân`)
    for _ in range(_MAX_LAW_NAME_WORDS):
        if end > pos and (year := LAW_NAME_YEAR_CLOSE.match(text, end)):
            return year.end()
        if end > pos and _LAW_NAME_CLOSE.match(text, end):
            return end
        word = _LAW_NAME_WORD.match(text, end)
        if word is None or _LAW_NAME_BREAK.match(text, end + (1 if word["comma"] else 0)):
            return None
        if word["comma"] and not (word["word"][0].islower() or organs):
            # `Luật Thi đua, Khen thưởng ngày ...`: one or two capitalised words after the comma, then
            # what closes the name
            if (pair := _CAPITALISED_PAIR_CLOSED.match(text, end)) is None:
                return None
            end = pair.end()
            continue
        organs = organs or word["word"] == "của"
        end = word.end()
    return None


def closed_law_names(text: str) -> list[str]:
    """The names of laws that the text closes somewhere by their date, number or year (`Luật Khoa học, công
    nghệ và đổi mới sáng tạo năm 2025`), without what closes them."""
    names = []
    for m in matches(TYPE_WORD, text):
        if m["type"] in LAW_TYPES and (end := closed_law_name_end(text, m.end())):
            name = text[m.start() : end]
            year = LAW_NAME_YEAR.search(name)
            names.append(name[: year.start()] if year else name)
    return names


# a misprint is read as such in a word this long or longer (`thu` / `thuế` may be two words)
_MISPRINT_WORD = 5


def misprinted_name(printed: str, name: str) -> bool:
    """Is `printed` the name `name` with one letter of one long word changed, added or dropped (`Luật Địa chất
    và koáng sản` for `Luật Địa chất và khoáng sản`)? Marks are not compared."""
    words, others = fold(printed).split(), fold(name).split()
    if len(words) != len(others):
        return False
    differing = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    return (len(differing) == 1 and max(map(len, differing[0])) >= _MISPRINT_WORD
            and one_letter_off(*differing[0]))


def given_law_name_end(text: str, start: int, given: list[str]) -> int | None:
    """`... thi hành Luật Địa chất và khoáng sản;` beside `Luật Địa chất và Khoáng sản số 54/2024/QH15`, `...
    của Luật Khoa học, công nghệ và đổi mới sáng tạo về ...` beside the same name closed by its year: a law
    named as the text names it where its number, date or year closes it runs through that whole name,
    whatever words it holds (the longest such name at `start`), also where one of them is misprinted."""
    ends = []
    for name in given:
        if same := (spelled_as(name, r"(?!\w)", re.IGNORECASE).match(text, start)
                    or _misprint_of(text, start, name)):
            year = LAW_NAME_YEAR_CLOSE.match(text, same.end())  # `... năm 2012` stays in the name
            ends.append(year.end() if year else same.end())
    return max(ends, default=None)


def _misprint_of(text: str, start: int, name: str) -> re.Match[str] | None:
    """As many words at `start` as `name` holds, where they misprint it (`misprinted_name`)."""
    words = re.compile(rf"\w+(?:[ \t]+\w+){{{len(name.split()) - 1}}}(?!\w)").match(text, start)
    return words if words is not None and misprinted_name(words.group(), name) else None


# `pháp luật đất đai` (land legislation), `bộ luật`: `luật` inside a noun names no law
_LAW_WORD_IN_NOUN = re.compile(r"(?:\w|(?i:pháp|bộ|dự án) )$")


def small_letter_law_names(text: str, mentions: list[Mention], given: list[str],
                            taken: list[tuple[int, int]]) -> list[Mention]:
    """`Chỉ thị về triển khai thực hiện luật trách nhiệm bồi thường của nhà nước`: a law the text names with
    capitals elsewhere (`Luật Trách nhiệm bồi thường của Nhà nước`), written all in small letters (a title
    line set in small letters): a mention of that law, keyed by its name as the text capitalises it."""
    names = {m.key for m in mentions if m.number is None and m.doc_type in LAW_TYPES} | set(given)
    spans = taken + [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        if name.islower() or name.split()[0] not in LAW_TYPES:
            continue
        for m in spelled_as(name.lower()).finditer(text):
            in_noun = _LAW_WORD_IN_NOUN.search(text, max(0, m.start() - 8), m.start())
            if in_noun is None and not inside(m.start(), spans):
                found.append(Mention(m.start(), m.end(), m.end(), name.split()[0], None, None, name,
                                     None, None, None))
                spans.append((m.start(), m.end()))
    return found
