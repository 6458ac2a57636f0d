"""What a mention says after its name: the cited document's date and issuer (`ngày 07/3/2021 của
Ban Thường vụ`), its subject (`về ...`, `thực hiện ...`), and which mention's subject holds which
(a citation nested in another one's subject is cited by that document, not by the citing one).
"""

import re

from policylink.nlp.body_rules import OFFICE_TITLE
from policylink.nlp.citation_mention import Mention
from policylink.nlp.citation_patterns import (
    ALIAS_CLAUSE,
    AMENDED_PARTS,
    CITING_CLAUSE,
    TYPE_ALTERNATION,
    VERSION_NOTE,
    canonical_type,
    capitals_end,
)
from policylink.nlp.dates import DAY_DATE, day_date_iso

# on the mention's line: `Ngày 28 tháng 11 ...` opening the next line is no date of the mention above
_DATE_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:ban hành[ \t]+)?{DAY_DATE}", re.IGNORECASE)
# the note that an issuer no longer exists as such (provinces merged), or what it is now (`(nay là Thuế
# thành phố Hồ Chí Minh)`): part of the issuer, before the subject
_FORMER_NOTE = re.compile(r"[ \t]*\((?:cũ|trước đây|trước sáp nhập|nay là[^()\n]{1,80})\)")
# `Quy chế ... của Thủ tướng Chính phủ và lập báo cáo ...`: after a document named by its title (no number, so
# no title line's small-letter organ names), a small-letter word after `và` opens the citing clause's next
# predicate
_NAMED_ISSUER_STOP = re.compile(r"\s+và\s+(?!(?:các|những)\s)(?=[a-zđà-ỹ])")
_ISSUER_AFTER = re.compile(r"\s*,?\s+(?i:của)\s+")
# `của Bộ trưởng\nBộ Tài chính quy định ...`: an office-holder's title is no issuer without the body it heads;
# a line ending on it (a wrapped line left unjoined before a capital) goes on into the next line.
_TITLE_AT_LINE_END = re.compile(rf"(?i:{OFFICE_TITLE}|thủ tướng|thống đốc)[ \t]*$")
# The verbs may be capitalised as in the cited title (`của Chính phủ Sửa đổi, bổ sung ...`).
_ISSUER_STOP = re.compile(
    r"\s+(?:(?i:về|thực hiện|triển khai|tiếp tục|cụ thể hóa|cụ thể hoá|quy định|hướng dẫn|phê duyệt|ban hành"
    r"|sửa đổi|bổ sung|thay thế|bãi bỏ|tại|đã|được|để)(?!\w)|và\s+(?=" + TYPE_ALTERNATION + r")|ngày\s+\d)"
    r"|[,;:.()\"“”\n]",
)
_SUBJECT_VERB = (
    r"(?:về|thực hiện|tiếp tục|triển khai|cụ thể hóa|cụ thể hoá|quy định|hướng dẫn|phê duyệt"
    r"|ban hành|sửa đổi|bổ sung|thay thế|bãi bỏ)(?!\w)"
)
# The verb opens the subject; right after the head also capitalised as in the cited title (`của Chính phủ
# Sửa đổi, bổ sung ...`), unless it is the type word of the next document (`Điều lệ Đảng, Quy định 124`).
_SUBJECT_START = re.compile(
    rf"(?:\s*,?\s*(?={_SUBJECT_VERB})"
    rf"|[ \t]+(?=(?i:{_SUBJECT_VERB}))(?!(?:{TYPE_ALTERNATION})\s+(?:số\s*)?\d))"
    # `Đề án ... ban hành kèm theo Quyết định số ...`: what follows names the issuing document, no subject
    r"(?!(?i:phê duyệt|ban hành)\s+(?i:kèm)\s+(?i:theo)(?!\w))"
)
# A later citation joined by these is a sibling in a list, not part of the subject.
# `... về A và các Quy định số 124, 144-QĐ/TW`: the plural before a type word opens a new item.
_SIBLING_JOIN = re.compile(r"(?:[,;]\s*(?:và\s+)?|\s+(?:và|hoặc)\s+)(?:(?:các|những)\s+)?$", re.IGNORECASE)
# Every character such a separator is made of: the separator ending a stretch lies in its last run of them.
_SIBLING_JOIN_CHARS = frozenset(",;vàhoặccácnhững" + "vàhoặccácnhững".upper())


_PART_BEFORE = re.compile(r"(?<!\w)(?:(?:Điều|khoản|điểm)\s+\d+[a-zđ]?\s+(?:của\s+)?)+$", re.IGNORECASE)
_PART_BEFORE_REACH = 60


def _before_part(text: str, start: int, end: int) -> int:
    """Where a part of the document at `end` starts (`Điều 3 Quyết định số B`), else `end`."""
    part = _PART_BEFORE.search(text, max(start, end - _PART_BEFORE_REACH), end)
    return end if part is None else part.start()


def _ends_with_join(text: str, start: int, end: int, *, parts: bool = False) -> bool:
    """Does `text[start:end]` end with a list separator (`, `, ` và `, `; các `)? Searched in the
    stretch's last run of separator characters only: searching the whole stretch again for every
    later mention made subjects quadratic in the number of citations. With `parts`, a part of the next
    document may stand after the separator (`Quyết định số A về ... và Điều 3 Quyết định số B`; asked
    for a document of A's type only: in `quy định chi tiết Điều 37 và Điều 39 của Luật ...` the parts
    are coordinated, not two documents)."""
    if parts:
        end = _before_part(text, start, end)
    run = end
    while run > start and (text[run - 1] in _SIBLING_JOIN_CHARS or text[run - 1].isspace()):
        run -= 1
    return _SIBLING_JOIN.search(text, run, end) is not None


def _date_after(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """A date at `pos` that ends before `limit` (the next mention)."""
    found = _DATE_AFTER.match(text, pos)
    return found if found and found.end() <= limit else None


# `của Bộ Chính trị, Ban Bí thư về ...`: further issuers after a comma, each a capitalised name, when the
# last of them is followed by the subject (`về`, `quy định` ...); `của UBND tỉnh, Sở Tài chính đề nghị`
# is the citing sentence going on.
_NEXT_ISSUER = re.compile(
    r",[ \t]+[A-ZĐÀ-Ỹ][^,;:.()\n\d]{0,60}?(?=,[ \t]+[A-ZĐÀ-Ỹ]|[ \t]+(?:về|quy định|hướng dẫn)(?!\w))"
)
_MAX_JOINT_ISSUERS = 4


def _joint_issuers_end(text: str, end: int, limit: int) -> int:
    """The end of the issuer that stopped at `end` with the further issuers named after it."""
    pos = end
    for _ in range(_MAX_JOINT_ISSUERS):
        found = _NEXT_ISSUER.match(text, pos)
        if found is None or found.end() > limit:
            break
        pos = found.end()
        if not text.startswith(",", pos):
            return pos
    return end


def _attach_date_and_issuer(text: str, mention: Mention, next_start: int) -> None:
    pos = mention.head_end
    if date_match := _date_after(text, pos, next_start):
        mention.date = day_date_iso(date_match)
        pos = date_match.end()
    issuer_match = _ISSUER_AFTER.match(text, pos)
    if issuer_match:
        stop = _ISSUER_STOP.search(text, issuer_match.end())
        if stop is not None and stop.group() == "\n" and _TITLE_AT_LINE_END.search(
                text, issuer_match.end(), stop.start()) and text[stop.end() : stop.end() + 1].isupper():
            stop = _ISSUER_STOP.search(text, stop.end())
        if mention.number is None and (clause := _NAMED_ISSUER_STOP.search(text, issuer_match.end())):
            stop = clause if stop is None or clause.start() < stop.start() else stop
        issuer_end = min(stop.start() if stop else len(text), next_start)
        issuer_end = _joint_issuers_end(text, issuer_end, next_start)
        issuer = " ".join(text[issuer_match.end() : issuer_end].split())
        if issuer and len(issuer.split()) <= 12:
            mention.issuer = issuer
            pos = issuer_match.end() + len(text[issuer_match.end() : issuer_end].rstrip())
            if former := _FORMER_NOTE.match(text, pos):  # `của UBND tỉnh Bắc Giang (cũ) về ...`
                pos = former.end()
    if mention.date is None and (date_match := _date_after(text, pos, next_start)):
        mention.date = day_date_iso(date_match)
        pos = date_match.end()
    mention.head_end = pos
    mention.end = pos


def _ends_subject(text: str, start: int, i: int) -> bool:
    """A closing quote opened before the subject, or a full stop / `...` ending the sentence."""
    ch = text[i]
    if ch in "”\"":
        return "“" not in text[start:i]
    return ch == "." and (text.startswith("...", i) or i + 1 == len(text) or text[i + 1] in " \n")


# A cited subject ends where the citing sentence goes on: `..., phấn đấu đến năm 2027 ...`, `... và
# được phổ biến đến chi bộ` (a predicate of the citing document, not words of the cited one).
_SUBJECT_CLAUSE_END = re.compile(
    r",\s+(?:phấn đấu|nhằm|để|đồng thời|góp phần|qua đó|từ đó)(?!\w)|,?\s+và\s+(?:được|đã|sẽ)(?!\w)"
    # `..., Bộ Nội vụ đã hướng dẫn ...`: a new clause with its own capitalised subject
    r"|,\s+(?=[A-ZĐÀ-Ỹ][^,;:\n]{0,60}?\s(?:đã|đang|sẽ)\s)"
)


# `... sửa đổi Quy định ban hành kèm theo Quyết định số A quy định về ... và bãi bỏ một phần Quyết định số B`:
# a change coordinated after a subject that changes nothing is said by the enclosing document, not by A.
_CHANGE_VERB = r"(?:sửa đổi|bổ sung|bãi bỏ|thay thế|hủy bỏ|huỷ bỏ)(?!\w)"
_COORDINATED_CHANGE = re.compile(rf",?\s+và\s+{_CHANGE_VERB}", re.IGNORECASE)
_CHANGING_SUBJECT = re.compile(rf"(?:về\s+việc\s+)?{_CHANGE_VERB}", re.IGNORECASE)

_FIRST_WORD = re.compile(r"\w+")
_TYPE_HEAD = re.compile(rf"(?:{TYPE_ALTERNATION})(?!\w)", re.IGNORECASE)


_ALIAS_NOTE = re.compile(rf"\(\s*(?:sau đây\s+)?{ALIAS_CLAUSE}", re.IGNORECASE)


def _subject_end(text: str, start: int, later: list[Mention], first_inner: int) -> int:
    """Where a subject starting at `start` stops: `;`, a line end, a sentence end, an unmatched
    closing bracket or quote, `...`, a version note, the alias clause of this mention (before
    `first_inner`, the first mention after `start`), or a later citation listed beside (not inside)
    this one."""
    depth = 0
    sibling_starts = [
        m.start for m in later if m.start > start and _ends_with_join(text, start, m.start, parts=True)
    ]
    limit = min(sibling_starts, default=len(text))
    changing = _CHANGING_SUBJECT.match(text, start) is not None
    i = start
    while i < limit:
        ch = text[i]
        if ch in ";\n\t":  # a tab ends a table cell
            break
        # a version note, or this mention's alias clause (`(sau đây viết tắt là ...)`), is no part of it
        if ch == "(" and (VERSION_NOTE.match(text, i) or (i < first_inner and _ALIAS_NOTE.match(text, i))):
            break
        if ch in ", " and (_SUBJECT_CLAUSE_END.match(text, i) or CITING_CLAUSE.match(text, i)
                           or not changing and _COORDINATED_CHANGE.match(text, i)):
            break
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        elif _ends_subject(text, start, i):
            break
        i += 1
    if i == limit and limit < len(text):
        limit = _before_part(text, start, limit)
        sibling = _SIBLING_JOIN.search(text[start:limit])
        i = start + sibling.start() if sibling else limit
    return i


# `sửa đổi, bổ sung một số điều của (các) ...`: a subject that names the documents it amends.
_AMENDED_LIST = re.compile(
    rf"(?:về\s+(?:việc\s+)?)?sửa đổi(?:\s*,?\s*bổ sung)?(?:\s+{AMENDED_PARTS})?(?:\s+của)?\s+(?:các\s+)?",
    re.IGNORECASE,
)
# `Thông tư ... hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số ...`: a subject that
# names the documents it guides or details; a later one is guided too when it ranks above the guiding
# document (a circular guides a decree; a decree details no other decree, which is then its sibling).
_RANK = {"Hiến pháp": 0, "Bộ luật": 1, "Luật": 1, "Pháp lệnh": 2, "Nghị định": 3, "Thông tư": 4}
_GUIDED_LIST = re.compile(
    r"(?:hướng dẫn(?:\s+thi hành)?|quy định chi tiết(?:\s+(?:và\s+)?hướng dẫn)?(?:\s+thi hành)?)"
    r"(?:\s+(?:một số|các)\s+(?:điều|nội dung))?(?:\s+của)?\s+(?:các\s+)?",
    re.IGNORECASE,
)


def _amends_too(text: str, mention: Mention) -> bool:
    """Does `mention`'s own subject amend a list of documents?"""
    subject = _SUBJECT_START.match(text, mention.head_end)
    return subject is not None and _AMENDED_LIST.match(text, subject.end()) is not None


def amended_list_type(text: str, subject_start: int, first: Mention | None) -> str | None:
    """The type of the documents a subject amends (`sửa đổi, bổ sung một số điều của Luật A, Luật B`), from
    its `first` inner mention or, for `sửa đổi ... của các Nghị định hướng dẫn ... và Nghị định số B`, the
    type word opening the list (a class, no mention of its own); None when the subject amends nothing."""
    if (amended := _AMENDED_LIST.match(text, subject_start)) is None:
        return None
    if first is not None and first.start == amended.end():
        return first.doc_type
    head = _TYPE_HEAD.match(text, amended.end())
    return canonical_type(head.group()) if head else None


def _ranks_above(mention: Mention, other: Mention) -> bool:
    """Does `mention`'s type rank above `other`'s among the legal documents (a law above a decree)?"""
    rank, other_rank = _RANK.get(mention.doc_type), _RANK.get(other.doc_type)
    return rank is not None and other_rank is not None and rank < other_rank


def _dated_after(mention: Mention, other: Mention) -> bool:
    return mention.date is not None and other.date is not None and mention.date > other.date


def attach_subjects(text: str, mentions: list[Mention]) -> None:
    """The subject after each mention's head (`về ...`, `thực hiện ...`), which widens its span."""
    for index, mention in enumerate(mentions):
        if mention.subject_start is not None:
            continue
        subject = _SUBJECT_START.match(text, mention.head_end)
        if subject is None:
            continue
        later = [m for m in mentions[index + 1 :] if m.start >= subject.end()]
        first_inner = min((m.start for m in later), default=len(text))
        # A later citation is a sibling only when nothing but a list separator precedes it; in `Luật
        # số ... sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C` the list is what is amended.
        first = later[0] if later else None
        amended_type = amended_list_type(text, subject.end(), first)
        guided = _GUIDED_LIST.match(text, subject.end())
        if guided and first and first.start == guided.end():
            later = [m for m in later if not _ranks_above(m, mention)]
        # a document dated after the amending one is no part of what it amends (`Thông tư A ngày 25/5/2006
        # sửa đổi Thông tư B ... và Thông tư C ngày 16/10/2006`: C is A's sibling)
        # so is one that amends in turn (`đính chính Thông tư A sửa đổi ... Thông tư C và Thông tư B sửa đổi
        # ...`: B is corrected beside A, not amended by it)
        later = [m for m in later
                 if _ends_with_join(text, subject.end(), m.start, parts=m.doc_type == mention.doc_type)
                 and (m.doc_type != amended_type or _dated_after(m, mention) or _amends_too(text, m))]
        end = _subject_end(text, subject.end(), later, first_inner)
        # an upper-case title line's subject runs as far as the capitals do (a line glued after it is not
        # the subject's)
        if (first_word := _FIRST_WORD.match(text, subject.end())) and first_word.group().isupper():
            end = capitals_end(text, subject.end(), end)
        while end > subject.end() and text[end - 1] in " ,":
            end -= 1
        if end > subject.end():
            mention.subject_start = subject.end()
            mention.end = end
    for mention in mentions:
        if (closing := _closing_document(mention, mentions)) is not None:
            mention.end = max(mention.end, closing.end)


def attach_parents(mentions: list[Mention]) -> None:
    """Each mention inside another one's subject takes the innermost such mention as its parent."""
    for mention in mentions:
        # the alias `(sau đây gọi tắt là Nghị quyết 18)` sits in its own referent's subject, or in another
        # mention of the same document: no document encloses a mention of itself
        enclosing = [
            m for m in mentions
            if m is not mention and m is not mention.referent and m.key != mention.key
            and m.subject_start is not None and m.subject_start <= mention.start < m.end
        ]
        if enclosing:
            mention.parent = max(enclosing, key=lambda m: m.subject_start or 0)
    # `Chương trình hành động ... thực hiện Nghị quyết số 57-NQ/TW`: the document that closes a name is
    # cited by the named one, inside whatever encloses both
    for mention in mentions:
        if (closing := _closing_document(mention, mentions)) is not None and closing.parent is mention.parent:
            closing.parent = mention


def _closing_document(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """`Chương trình hành động ... thực hiện Nghị quyết số 57-NQ/TW ngày ... về ...`: the document whose
    number ends `mention`'s name; the date, issuer and subject after it are that document's, and the
    name's mention spans them too."""
    if mention.subject_start is not None:
        return None
    return next((m for m in mentions if mention.start < m.start and m.name_end == mention.name_end), None)


def attach_dates_and_issuers(text: str, mentions: list[Mention]) -> None:
    """The date and issuer after each mention, up to the next mention; numbers sharing a symbol
    (`số 18, 19-NQ/TW ngày ...`) share the date and issuer written after the last of them."""
    for mention in mentions:
        if _closing_document(mention, mentions) is not None:
            continue
        # A date after an amending law's name is the amending law's, not the last amended one's.
        limits = [m.start for m in mentions if m.start >= mention.name_end]
        limits += [m.name_end for m in mentions
                   if m.start < mention.start < m.name_end and m.subject_start is not None]
        _attach_date_and_issuer(text, mention, min(limits, default=len(text)))
    for mention in mentions:
        if mention.shares_with is not None:
            mention.date, mention.issuer = mention.shares_with.date, mention.shares_with.issuer


# `công văn số 291/ABC-HC ... của Công ty cổ phần ...`: an enterprise's writing is no Party or state
# document, so no citation (R48)
_ENTERPRISE = re.compile(r"(?:Tổng công ty|Công ty|Tập đoàn|Hợp tác xã|Doanh nghiệp)(?!\w)", re.IGNORECASE)


def written_by_enterprise(mention: Mention) -> bool:
    """Is `mention` a writing its issuer names an enterprise's?"""
    return mention.issuer is not None and _ENTERPRISE.match(mention.issuer) is not None
