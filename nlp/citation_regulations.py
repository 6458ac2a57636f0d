"""Regulations, rules, procedures and charters that a cited decision issues (R59, DECISIONS-5): `Quyết định số
42/2018/QĐ-UBND ... về việc ban hành Quy định về quản lý chợ trên địa bàn tỉnh` issues a `Quy định` of its
own, a document nested in the decision and known by its title. The same document is met again where a
later decision changes it: by its title after the cue (`sửa đổi, bổ sung một số điều của Quy định về quản lý
chợ ...`, `bãi bỏ một phần Quy chế ...`), or only by the decision that issued it (`... của Quy định ban hành
kèm theo Quyết định số 42/2018/QĐ-UBND`). Every such mention takes one key: the title the issuing decision
gives it, wherever in the text that stands.

A decision's subject that begins with the verb (`Quyết định số 55/2014/QĐ-UBND ... Quy định về ...`, no
`ban hành`) is the decision's own subject, no regulation (R59). Upper-case title lines name the same
documents in capitals; the title runs as far as the capitals do.
"""

import re

from policylink.core.vietnamese import match_key
from policylink.nlp.citation_mention import Mention, inside
from policylink.nlp.citation_patterns import TYPE_ALTERNATION, capitals_end, spelled_as
from policylink.nlp.citation_titles import semicolon_part_end
from policylink.nlp.dates import DAY_DATE
from policylink.nlp.scan import matches

_TYPES = {"quy định": "Quy định", "quy chế": "Quy chế", "quy trình": "Quy trình", "điều lệ": "Điều lệ"}
# older texts spell `Quy` as `Qui` (`Qui định về việc cấp giấy phép ...`): the same type words
_REGULATION = f"(?:{'|'.join(_TYPES)})".replace("quy ", "qu[yi] ")
# the type word capitalised as a title opens (`Quy chế`) or in a title line's capitals (`QUY CHẾ`)
_TITLE_TYPE = "|".join([*_TYPES.values(), *(name.upper() for name in _TYPES.values())]).replace(
    "Quy ", "Qu[yi] "
)
# between the issuing decision's number and the regulation: its date and issuer, then `ban hành`
_ISSUED = re.compile(
    rf"(?:\s*,?\s*{DAY_DATE})*(?:\s*,?\s+của\s+[^;:.()\n]{{1,80}}?(?:\s*\(cũ\))?)?\s*,?\s+(?:về việc\s+)?"
    rf"ban hành\s+(?:kèm theo\s+)?(?P<type>{_REGULATION})(?!\w)",
    re.IGNORECASE,
)
# a change said of a regulation named by its title: `sửa đổi, bổ sung một số điều của Quy định ...`,
# `bãi bỏ một phần Quy chế ...`; a lower-case type word only after `của` (`bổ sung quy định về ...`
# adds a provision, it names no document); cues may be coordinated (`sửa đổi, bổ sung và hủy bỏ một số điều
# của quy định ...`)
_CHANGE_CUE = r"(?:sửa đổi(?:\s*,?\s*bổ sung)?|bổ sung|bãi bỏ|hủy bỏ|huỷ bỏ|thay thế)"
_CHANGED = re.compile(
    rf"(?<!\w){_CHANGE_CUE}(?:\s*(?:,|\s+và)\s*{_CHANGE_CUE})*"
    r"(?:\s+(?:một số điều(?:\s+và\s+khoản)?|một phần|toàn bộ|một số nội dung))?"
    rf"(?:\s+của\s+(?P<lower>{_REGULATION})|\s+(?:của\s+)?(?P<upper>(?-i:{_TITLE_TYPE})))(?!\w)",
    re.IGNORECASE,
)
# `khoản 2 Điều 18 Quy chế hoạt động của Khu kinh tế ... ban hành kèm theo Quyết định số ...`: a provision
# of a regulation named by its title, with the decision that issued it after the title; a chapter or a
# section is a part of it as an article is (`Bãi bỏ Chương IV Quy chế ...`)
_PROVISION_OF = re.compile(
    rf"(?<!\w)(?:Điều\s+\d+[a-z]?|(?:Chương|Mục)\s+(?:[IVXLC]+|\d+))\s+(?:của\s+)?(?P<upper>{_TITLE_TYPE})(?!\w)"
)
# (internal procedures, `Quy trình nội bộ ... tại Phần II ban hành kèm theo ...`, are parts of an annex, no
# titled documents)
_TITLED_TYPE = re.compile(r"(?<!\w)(?:Qu[yi] chế|Qu[yi] định|Điều lệ)(?!\w)")
_ATTACHED_TO = re.compile(r"\s+(?:được\s+)?ban hành\s+kèm\s+theo\s+", re.IGNORECASE)
# what ends a title written in running text: the clause's end, a date, a purpose, the issuing decision, or
# a new coordinated change (`... và bãi bỏ một phần Quyết định số ...`) or document
_TITLE_END = re.compile(
    r"\s*(?:[;:\n()“”\"]|\.(?:\s|$)|,\s+(?:ngày|có hiệu lực)(?!\w)"
    r"|\s+(?:để|nhằm|theo|(?:được\s+)?ban hành\s+kèm\s+theo|kèm theo|được|đã|thì|có hiệu lực"
    rf"|(?:và\s+)?(?i:{TYPE_ALTERNATION})\s+số)(?!\w)"
    r"|,?\s+và\s+(?:sửa đổi|bổ sung|bãi bỏ|thay thế|hủy bỏ|huỷ bỏ)(?!\w))",
    re.IGNORECASE,
)
# where the name reader stops inside a title: at a comma, at `của` / `và` before a lower-case word
# (`Quy chế giám sát đầu tư` | `của cộng đồng`, `Quy chế Quản lý đầu tư` | `và xây dựng`), or at the
# title's subject (`Quy định kỹ thuật và định mức kinh tế - kỹ thuật` | `về công tác thu nhận ...`)
_CUT_SHORT = re.compile(r",| +(?:của|và|về) +[a-zđà-ỹ]")
_PROPOSAL = "Tờ trình"
_NUMBER_AFTER = re.compile(r"\s+(?:số\s*)?\d", re.IGNORECASE)
_MAX_TITLE = 250
_MIN_TITLE_WORDS = 3


def _title_text(text: str, start: int, end: int) -> str:
    """The title between `start` and `end` on one line, its type word spelled `Quy` where an older text
    wrote `Qui`."""
    title = " ".join(text[start:end].split())
    return re.sub(r"^(Q|q)ui ", r"\1uy ", title)


def _title_end(text: str, type_start: int, type_end: int) -> int | None:
    """End of the title that opens with the type word at `type_start`; capitals run as far as they do."""
    if text[type_start:type_end].isupper():
        line_end = text.find("\n", type_end)
        end = capitals_end(text, type_end, len(text) if line_end < 0 else line_end)
        if stop := _TITLE_END.search(text, type_end, end):
            end = stop.start()
    else:
        stop = _TITLE_END.search(text, type_end)
        end = stop.start() if stop else len(text)
        while stop is not None and (part_end := semicolon_part_end(text, type_start, end, _TITLE_END)):
            stop = _TITLE_END.search(text, part_end)
            end = part_end
    end = len(text[:end].rstrip(" ,"))
    title = text[type_start:end]
    return end if len(title) <= _MAX_TITLE and len(title.split()) >= _MIN_TITLE_WORDS else None


# `Căn cứ Quyết định số ... ban hành Quy chế báo bão, lũ;` then `thi hành Quy chế báo bão, lũ như sau:`: the
# title a cited decision gave, written again with its type word capitalised and closed there, names that
# regulation again (the key names the document, GUIDELINES) — unless the citing document issues a regulation
# of that title itself (`Ban hành kèm theo Quyết định này Quy chế ...`, `Điều 1. Ban hành Quy chế ...`).
_OWN_ISSUE_BEFORE = re.compile(
    rf"(?:(?:{TYPE_ALTERNATION})\s+này|Điều\s+\d+\s*[.:]\s*(?:Ban hành|Phê duyệt))\s*[“\"]?\s*$",
    re.IGNORECASE,
)
# what may stand between a numbered mention's head and its subject: no clause break (R59)
_SUBJECT_RUN = re.compile(r"[^;\n]{0,200}")
# what closes a title written again: punctuation, or a word that opens no further word of a name
_CLOSED_AFTER = re.compile(
    r"\s*(?:$|[,;:.()\n“”\"]| +(?:của|và|như|do|tại|để|nhằm|theo|được|đã|ban hành)(?!\w))"
)


def _titles_again(text: str, found: list[tuple[int, int, str | None, str | None, str]],
                  mentions: list[Mention]) -> list[tuple[int, int, str | None, str | None, str]]:
    """Other places the titles of regulations cited decisions issued are written (see `_OWN_ISSUE_BEFORE`)."""
    numbered = [m for m in mentions if m.number is not None]
    spans = [(m.start, m.end) for m in mentions] + [(start, end) for start, end, *_ in found]
    titles = {(title, issuer, type_word) for _, _, title, issuer, type_word in found
              if title and issuer and not title.isupper()}
    again: list[tuple[int, int, str | None, str | None, str]] = []
    for title, issuer, type_word in sorted(titles):
        hits = list(spelled_as(title, r"(?![\w-])", re.IGNORECASE).finditer(text))
        if any(_OWN_ISSUE_BEFORE.search(text, max(0, hit.start() - 60), hit.start()) for hit in hits):
            continue
        again += [(hit.start(), hit.end(), title, issuer, type_word) for hit in hits
                  if text[hit.start()].isupper() and not inside(hit.start(), spans)
                  and _CLOSED_AFTER.match(text, hit.end()) and not _in_subject(text, hit.start(), numbered)]
    return again


def _in_subject(text: str, pos: int, numbered: list[Mention]) -> bool:
    """Does `pos` follow a numbered mention's head in its clause (`Quyết định số 55/2014/QĐ-UBND ngày ... Quy
    định về ...`: the decision's own subject, R59)?"""
    before = [m for m in numbered if m.head_end <= pos]
    return bool(before) and _SUBJECT_RUN.fullmatch(text, max(m.head_end for m in before), pos) is not None


def _issuer_after(text: str, pos: int, numbered: list[Mention]) -> Mention | None:
    """The numbered decision after `... ban hành kèm theo` at `pos`, if one follows."""
    attached = _ATTACHED_TO.match(text, pos)
    if attached is None:
        return None
    return next((m for m in numbered if m.start == attached.end()), None)


def _display(title: str, spellings: dict[str, str]) -> str:
    """A title as the text spells it in mixed case where it does so anywhere; else in sentence case."""
    folded = match_key(title)
    if folded in spellings:
        return spellings[folded]
    return title[0] + title[1:].lower() if title.isupper() else title


def _give_title(issued: dict[str, str], key: str, title: str) -> None:
    """Record `title` as what the decision `key` issues; a spelling in mixed case spells it best."""
    if key not in issued or issued[key].isupper():
        issued[key] = title


def issued_regulations(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Mentions of the regulations the numbered `mentions` issue, and of the same regulations changed; and
    the named mentions already found where these start (superseded by them)."""
    numbered = [m for m in mentions if m.number is not None]
    issued: dict[str, str] = {}  # the issuing decision's key -> the title it gives
    spellings: dict[str, str] = {}  # folded title -> its mixed-case spelling
    found: list[tuple[int, int, str, str | None, str]] = []  # start, end, title or None, issuing key, type
    for cited in numbered:
        # `Tờ trình số ... về việc ban hành Quy định ...` proposes the regulation the citing decision issues
        if cited.doc_type.startswith(_PROPOSAL) or (match := _ISSUED.match(text, cited.head_end)) is None:
            continue
        if (end := _title_end(text, match.start("type"), match.end("type"))) is None:
            continue
        title = _title_text(text, match.start("type"), end)
        _give_title(issued, cited.key, title)
        found.append((match.start("type"), end, title, cited.key, match["type"]))
    for change in matches(_CHANGED, text):
        type_group = "lower" if change["lower"] else "upper"
        start, type_end = change.start(type_group), change.end(type_group)
        if any(m.start == start for m in numbered) or _NUMBER_AFTER.match(text, type_end):
            continue  # `thay thế Quy định số 05-QĐi/TU ...`: a numbered citation
        if (decision := _issuer_after(text, type_end, numbered)) is not None:
            found.append((start, type_end, None, decision.key, change[type_group]))
            continue
        if (end := _title_end(text, start, type_end)) is None:
            continue
        title = _title_text(text, start, end)
        decision = _issuer_after(text, end, numbered)
        found.append((start, end, title, decision.key if decision else None, change[type_group]))
        if decision is not None:
            _give_title(issued, decision.key, title)
    for provision in matches(_PROVISION_OF, text):
        start, type_end = provision.start("upper"), provision.end("upper")
        if any(f[0] == start for f in found) or (end := _title_end(text, start, type_end)) is None:
            continue
        if (decision := _issuer_after(text, end, numbered)) is not None:
            title = _title_text(text, start, end)
            found.append((start, end, title, decision.key, provision["upper"]))
            _give_title(issued, decision.key, title)
    # `hướng dẫn thực hiện một số điều của Quy chế quản lý rừng ban hành kèm theo Quyết định số ...`: any
    # capitalised regulation title with the decision that issued it after it
    for titled in matches(_TITLED_TYPE, text):
        start, type_end = titled.start(), titled.end()
        if any(f[0] == start for f in found) or (end := _title_end(text, start, type_end)) is None:
            continue
        if (decision := _issuer_after(text, end, numbered)) is not None:
            title = _title_text(text, start, end)
            found.append((start, end, title, decision.key, titled.group()))
            _give_title(issued, decision.key, title)
    found += _titles_again(text, found, mentions)
    # a title written again without its issuing decision is the one written with it elsewhere
    issuers = {match_key(title): issuer for _, _, title, issuer, _ in found if title and issuer}
    found = [(start, end, title, issuer or (issuers.get(match_key(title)) if title else None), type_word)
             for start, end, title, issuer, type_word in found]
    for _, _, title, _, _ in found:
        if title and not title.isupper():
            spellings.setdefault(match_key(title), title[0].upper() + title[1:])
    # a name the name reader closed itself (`Quy chế quản lý cụm công nghiệp` | `trên địa bàn ...`) stays as
    # it is, and is the title others take; one it cut short (`_CUT_SHORT`: `Quy định chức năng` | `, nhiệm
    # vụ ...`) gives way
    named = {m.start: m for m in mentions if m.number is None}
    kept = {start: named[start] for start, *_ in found
            if start in named and not _CUT_SHORT.match(text, named[start].end)}
    for start, _, _, issuer, _ in found:
        if start in kept and issuer:
            issued[issuer] = kept[start].key
    added: list[Mention] = []
    for start, end, title, issuer, type_word in found:
        given = issued.get(issuer) if issuer else None
        key = _display(given or title, spellings) if (given or title) else None
        if key is None or start in kept or any(m.start == start for m in added):
            continue
        doc_type = _TYPES[type_word.lower().replace("qui ", "quy ", 1)]
        added.append(Mention(start, end, end, doc_type, None, None, key, None, None, None))
    superseded = [named[m.start] for m in added if m.start in named]
    return added, superseded
