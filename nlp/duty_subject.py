"""The subject of a duty predicate is its doer.

In `SUBJECT [phải|sẽ] có trách nhiệm|có nhiệm vụ|chủ trì|phối hợp|tham mưu ...` the noun phrase from
the clause's start (past `Các`/`Những` and an office-holder's title, which stands for its body) up to
the predicate names the responsible bodies, whatever their head noun (`Đoàn kiểm tra liên ngành`, `Trạm
quan trắc ...`, `Tổ chức pháp chế các Bộ, ngành`) and however far the name runs past what the body
rules recognise (`Ban Quản lý dự án 2`, `Cục thuế Nghệ An`, `Ban X thuộc Tổng cục Thuế`). The phrase is
split at a comma or `và` only where the next part is itself a body: one the rules know, one with the
same head noun as the part before (`Đài A và Đài B`), or a head and a proper name (`..., Sở Tư pháp`; not a
field of the name, `Sở Bưu chính, Viễn thông`).
"""

import re
from collections.abc import Sequence

from spacy.tokens import Token

from policylink.nlp.body_chains import BRACKET_NOTE, after_role, body_chain, longest_body_at
from policylink.nlp.body_names import canonical_name
from policylink.nlp.body_rules import OPEN_CLASS_HEADS
from policylink.nlp.deadline_patterns import EVERY, PERIODIC, QUARTER_WORD
from policylink.nlp.gazetteer import UPPER_CLASS
from policylink.nlp.model import Body
from policylink.nlp.office_holders import office_holders, share_level
from policylink.nlp.pipeline import has_pos, lowered_pos, own_pos
from policylink.nlp.role_doers import ROLE

_S = r"[^\S\n]+"
# The duty predicates that follow their doer (nlp.task_actions DUTY, nlp.body_rules _ACTING_VERB).
_PREDICATE = re.compile(
    rf"{_S}(?:(?:phải|sẽ){_S})?(?:(?:có|chịu){_S}trách{_S}nhiệm|có{_S}(?:(?:hai|ba|các|những){_S})?nhiệm{_S}vụ"
    rf"|chủ{_S}trì|phối{_S}hợp|tham{_S}mưu)(?!\w)", re.IGNORECASE)
# A subject is a short noun phrase inside one clause, or a list of them.
_MAX_WORDS = 20
_CLAUSE_END = re.compile(r"[.;:!?\n]")
# Words that make the phrase a clause of its own, a condition or an adverbial, not a name (`Trường hợp
# ...`, `Khi ...`, `Theo chức năng ...`, `Các đơn vị được nhận tài sản ...`).
_NOT_A_NAME = re.compile(
    r"(?<!\w)(?:thì|khi|nếu|được|đã|đang|là|không|chưa|để|nhằm|theo|căn cứ|tại|trong|trường hợp|đối với"
    r"|cần|phải|sẽ|bị|do|bằng|trước|sau)(?!\w)", re.IGNORECASE)
_NOUN = ("N", "Np", "Nc", "Ny")  # a name opens with a noun (`UBND` is an abbreviation, Ny)
# (`thuộc X`, `có liên quan` place or qualify a body, as in nlp.tasks: they do not act)
_RELATIONAL = re.compile(r"(?:trực\s+)?thuộc(?!\w)|(?:có\s+)?liên\s+quan(?!\w)", re.IGNORECASE)
# The head nouns of organisations, the rules' own (nlp.body_rules) and those of working units a rule
# has no name for (`Đoàn kiểm tra`, `Tổ công tác`, `Trạm quan trắc`, `Tổ chức pháp chế`, `Cơ quan quản lý`).
_HEAD = re.compile(
    rf"(?-i:{OPEN_CLASS_HEADS})(?!\w)|(?:đoàn|tổ chức|tổ|trạm|cơ quan|đơn vị|đội|nhóm|hội đồng|ủy ban|ban"
    r"|phòng|sở|bộ|chi nhánh|thanh tra|trường(?![^\S\n]+hợp)|tòa án|viện kiểm sát|công an|bảo hiểm"
    r"|hải quan)(?!\w)",
    re.IGNORECASE)
# Heads that name a person, a document, a case or a thing, not an organisation (GUIDELINES, Bodies:
# people and roles, `Nhân dân`, `doanh nghiệp` are no bodies; RULINGS R15, R26), and a project's roles
# (nlp.role_doers: `chủ đầu tư`, `đơn vị thi công`).
_NOT_A_BODY = re.compile(
    rf"(?:{ROLE}|người|cá nhân|công dân|nhân dân|doanh nghiệp|công ty|hộ|cán bộ|công chức|viên chức|đảng viên"
    r"|đồng chí|ông|bà|lãnh đạo|thành viên|bên|đơn(?!\s+vị)|hồ sơ|văn bản|việc|công tác"
    r"|quyết định|thông tư|nghị định|kế hoạch|chương trình|đề án|dự án|báo cáo|nội dung|kinh phí"
    r"|thông tin|tài liệu|số liệu|nhiệm vụ|trách nhiệm|mỗi|từng|tất cả|đồng thời|ngoài ra|riêng|hằng"
    r"|định kỳ|giao|đề nghị|yêu cầu)(?!\w)", re.IGNORECASE)
# A list of verbs (`cơ quan quản lý, sử dụng viên chức`) or a clause of place (`đơn vị nơi chuyển đi`)
# goes on with the run of verbs after an unknown head.
_IN_RUN = (",", "nơi")
_HEAD_BEFORE = re.compile(rf"(?<!\w)(?:{_HEAD.pattern})[^\S\n]*$", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:các|những)[^\S\n]+", re.IGNORECASE)
_JOINT = re.compile(r"[^\S\n]*[,;][^\S\n]*|[^\S\n]+(?:và|hoặc)[^\S\n]+")
_NAMED = re.compile(rf"{UPPER_CLASS}\w*[^\S\n]+{UPPER_CLASS}")  # `Sở Tư pháp`: a head and a proper name
# A fronted adverbial before the subject, closed by its comma or by `thì` (`Căn cứ quy định này, Hội đồng X
# có trách nhiệm ...`, `Trong thời hạn 30 ngày, Cơ quan X có trách nhiệm ...`, `Trường hợp ... thì cơ quan X
# có trách nhiệm ...`): the subject follows it.
_FRONTED = re.compile(
    r"(?:trường hợp|nếu|khi)(?!\w)[^.;:!?\n]*?[^\S\n]thì[^\S\n]+"
    r"|(?:căn cứ|theo|trên cơ sở|trong thời hạn|sau khi)(?!\w)[^,.;:!?\n]*,[^\S\n]*", re.IGNORECASE)
# The end of a sentence inside the unit (a full stop after a word in lower case or a number, before a
# capital; not `TP. Hồ Chí Minh`): the duty's subject may follow the last one before its predicate
_SENTENCE_END = re.compile(rf"(?<=[^\W_A-ZĐ]|[\d)”\"])(?<!Tp)\.[^\S\n]+(?={UPPER_CLASS})")
_LABEL_AFTER = re.compile(r"[^\S\n]*:")
_LAST_COMMA = re.compile(r",[^\S\n]*(?=[^,]*$)")
_CAPITALISED = re.compile(rf"(?:các[^\S\n]+)?{UPPER_CLASS}")
_NOTE = re.compile(rf"{BRACKET_NOTE}$")  # `(trừ các Vụ chức năng)` after the subject
# `cơ quan, tổ chức, cá nhân có liên quan`: the organisations and persons named after a body, and the
# qualifier, add no body to it (RULINGS R15)
_PERSONS_TAIL = re.compile(r"(?:[^\S\n]*(?:,|và)[^\S\n]+(?:các[^\S\n]+)?(?:tổ[^\S\n]+chức|cá[^\S\n]+nhân)"
                           r"(?:[^\S\n]+khác)?)*(?:[^\S\n]+(?:có[^\S\n]+)?liên[^\S\n]+quan)?[^\S\n]*",
                           re.IGNORECASE)


def duty_subject(text: str, bodies: list[Body], start: int, end: int,
                 tokens: Sequence[Token]) -> list[Body]:
    """The bodies the subject of a duty predicate at `start` names, or [] where no such predicate
    follows a noun phrase that reads as organisations; its words (`tokens`, tagged) tell a noun phrase
    from a clause."""
    predicate = _PREDICATE.search(text, start, end)
    if predicate is None:
        return []
    stop = predicate.start()
    if _LABEL_AFTER.match(text, predicate.end(), end):
        return []  # a column's label, `Cơ quan chủ trì: Sở X`
    sentences = list(_SENTENCE_END.finditer(text, start, stop))
    if sentences and not any(start <= b.start < sentences[-1].start() for b in bodies):
        # (`Trong thời gian ... mức tham chiếu. Công an đơn vị có trách nhiệm ...`: sentences before that
        # name no body state the case)
        start = sentences[-1].end()
    if note := _NOTE.search(text, start, stop):
        stop = note.start()
    chain = body_chain(bodies, text, start, stop)
    if not (chain and _PERSONS_TAIL.fullmatch(text, chain[-1].end, stop)) and (
            listed := office_holders(text, bodies, start, stop)):
        return listed
    head = _name_start(text, start, stop)
    if fronted := _FRONTED.match(text, head, stop):
        head = _name_start(text, fronted.end(), stop)
    phrase = text[head:stop]
    if (not phrase or _CLAUSE_END.search(phrase) or _longest_part(text, bodies, head, stop) > _MAX_WORDS
            or _NOT_A_NAME.search(phrase) or _NOT_A_BODY.match(phrase) or phrase.rstrip().endswith(",")
            or not _noun_phrase(text, bodies, [t for t in tokens if head <= t.idx < stop])):
        # `Kết thúc dự án X, Ban Quản lý dự án 2 có trách nhiệm ...`, `Người ... chết tại Trung tâm mà không
        # có thân nhân, Trung tâm có trách nhiệm ...`: the subject of the main clause follows the comma
        # closing an adverbial clause before it, a name in capitals; not where a list of bodies or titles
        # holds the comma
        comma = _LAST_COMMA.search(text, head, stop)
        named = longest_body_at(bodies, head) or _HEAD.match(phrase) or after_role(text, head, stop) > head
        clause = comma and not (named or any(b.end == comma.start() for b in bodies))
        # (a lower-case head after the comma, `..., cơ quan chủ quản có trách nhiệm`, not one that goes on
        # with a list of class nouns: `Hàng năm, các cơ quan, đơn vị chủ trì`)
        return duty_subject(text, bodies, comma.end(), end, tokens) if clause and (_CAPITALISED.match(
            text, comma.end(), stop) or (_HEAD.match(text, comma.end(), stop)
                                         and not _HEAD_BEFORE.search(text, head, comma.start()))) else []
    if not (longest_body_at(bodies, head) or _HEAD.match(phrase)):
        return []
    # (`Bộ trưởng, Thủ trưởng cơ quan ngang bộ`: the title `Bộ` is a body of its own)
    for at in (start, head):
        chain = body_chain(bodies, text, at, stop)
        if chain and _PERSONS_TAIL.fullmatch(text, chain[-1].end, stop):
            return share_level(text, chain)  # the rules name the whole subject already
    return [_body(text, bodies, s, e) for s, e in _parts(text, bodies, head, stop)]


# A person or an enterprise listed after the bodies (`..., người sử dụng lao động và các cơ quan liên quan`)
_PERSONS_JOINED = re.compile(rf"(?:{_JOINT.pattern})(?:các[^\S\n]+)?(?={_NOT_A_BODY.pattern})", re.IGNORECASE)
# `Trách nhiệm của các cơ quan, tổ chức`: an umbrella over items that name their own doers
_CLASS = r"(?:cơ[^\S\n]+quan|tổ[^\S\n]+chức|đơn[^\S\n]+vị)"
_UMBRELLA = re.compile(rf"{_CLASS}(?:[^\S\n]*(?:,|và)[^\S\n]*(?:các[^\S\n]+)?(?:{_CLASS}|cá[^\S\n]+nhân))*"
                       r"(?:[^\S\n]+(?:có[^\S\n]+)?liên[^\S\n]+quan)?", re.IGNORECASE)


def predicate_follows(text: str, at: int, end: int) -> bool:
    """A duty predicate (`có trách nhiệm`, `chịu trách nhiệm`, `chủ trì` ...) starts at `at`."""
    return _PREDICATE.match(text, at, end) is not None


def named_doers(text: str, bodies: list[Body], start: int, stop: int) -> list[Body]:
    """The bodies a bare noun phrase at `start`..`stop` names, known to the rules or not: the doer a
    heading names over its items (`3. Trách nhiệm của Công an đơn vị, địa phương`, `Nhiệm vụ của các
    đơn vị thuộc Bộ`), whose head noun is an organisation's; [] for any other phrase."""
    head = _name_start(text, start, stop)
    if persons := _PERSONS_JOINED.search(text, head, stop):
        stop = persons.start()  # `bộ quản lý ngành, người sử dụng lao động và ...`: persons are no body
    stop = head + len(text[head:stop].rstrip(" :.\t"))
    phrase = text[head:stop]
    if (not phrase or _CLAUSE_END.search(phrase) or _NOT_A_NAME.search(phrase) or _NOT_A_BODY.match(phrase)
            or _UMBRELLA.fullmatch(phrase)
            or not (longest_body_at(bodies, head) or _HEAD.match(phrase))
            or _longest_part(text, bodies, head, stop) > _MAX_WORDS):
        return []
    return [_body(text, bodies, s, e) for s, e in _parts(text, bodies, head, stop)]


# A verb of being, having, getting or asking is no action of the subject's (`Tổ chức X được hưởng ...`,
# `Cơ quan X có thẩm quyền ...`, `Bộ đề nghị thành lập ...`: a case or a step of a procedure).
_NO_ACTION = re.compile(r"(?:được|là|có|không|chưa|bị|gồm|bao gồm|đề nghị|đang|đã)(?!\w)", re.IGNORECASE)
# `Bộ` with no name after it (`Bộ linh kiện`, `Bộ đề nghị`): a set of things, or any ministry.
_BARE_HEAD = re.compile(r"bộ[^\S\n]+(?-i:[a-zđ])", re.IGNORECASE)
# `Cơ quan, tổ chức có nhu cầu ...`: a list of class nouns is any organisation, an applicant (RULINGS R15).
_ANY_ORGANISATION = re.compile(rf"{_CLASS}(?:[^\S\n]*(?:,|và|hoặc)[^\S\n]*(?:các[^\S\n]+)?{_CLASS})+(?!\w)",
                               re.IGNORECASE)
# A recurrence the deadline rules read (`định kỳ`, `hằng năm`) opens the predicate's adverbial: `Các sở
# quản lý chuyên ngành định kỳ tổng hợp ...` names `sở quản lý chuyên ngành`.
_RECURRING = re.compile(
    rf"(?<!\w)(?:{PERIODIC.pattern}|{EVERY}\s+(?:năm|{QUARTER_WORD}|tháng|tuần|ngày))(?!\w)", re.IGNORECASE)
# The end of a subject's clause for an action verb: a hard-wrapped line goes on, a line in capitals does not.
_ACTING_CLAUSE_END = re.compile(rf"[.;:!?]|\n(?={UPPER_CLASS})")


def acting_subject(text: str, bodies: list[Body], start: int, end: int,
                   tokens: Sequence[Token]) -> list[Body]:
    """The doer an action verb follows where the rules know no body and no duty predicate at `start`: a noun
    phrase headed by an organisation's noun (`Cơ quan chủ quản xem xét dự toán`, `Công an đơn vị, địa
    phương thực hiện ...`, `Bộ phận một cửa phải ...`), named as written up to the verb (GUIDELINES); a
    person or a thing (`Người sử dụng lao động phải ...`, `Hồ sơ phải ...`) names none."""
    head = _name_start(text, start, end)
    if (not _HEAD.match(text, head, end) or _BARE_HEAD.match(text, head, end)
            or _NOT_A_BODY.match(text, head, end) or longest_body_at(bodies, head) is not None):
        return []
    clause = _ACTING_CLAUSE_END.search(text, head, end)
    words = [t for t in tokens if head <= t.idx < (clause.start() if clause else end)]
    # (`phải` after the name marks its end, past the verbs of its relative clause: `Đơn vị tiếp nhận hàng
    # viện trợ phải lập sổ ...`)
    must = next((w for w in words[1:] if w.lower_ == "phải" and has_pos(w, "V")), None)
    verb = must or _action_verb(text, bodies, words)
    if verb is None or _NO_ACTION.match(text, verb.idx):
        return []
    stop = head + len(text[head:verb.idx].rstrip())
    if when := _RECURRING.search(text, head, stop):
        stop = head + len(text[head:when.start()].rstrip())  # (a time of the predicate's, not the name's)
    phrase = text[head:stop]
    if (not phrase or _NOT_A_NAME.search(phrase) or phrase.endswith(",") or _NOTE.search(phrase)
            or _PERSONS_JOINED.search(phrase) or _ANY_ORGANISATION.match(phrase)
            or _longest_part(text, bodies, head, stop) > _MAX_WORDS):
        return []  # (`Cơ quan, tổ chức, cá nhân ...`: a norm for whoever it concerns, RULINGS R15)
    return [_body(text, bodies, s, e) for s, e in _parts(text, bodies, head, stop)]


def _action_verb(text: str, bodies: list[Body], words: list[Token]) -> Token | None:
    """The verb that ends the name `words` open with: the first in lower case after a noun past the head
    noun and the verbs run right after it (`đơn vị tiếp nhận hồ sơ`, `cơ quan có cán bộ biệt phái`: a
    relative clause of the name; one that may be an adjective, `cơ quan chủ quản`, ends the run), not `thuộc
    X` / `có liên quan`, not inside a body the rules know; None where the phrase opens with verbs (`Tổ chức
    thẩm định ...`) or no verb follows."""
    if len(words) < 2 or not has_pos(words[0], *_NOUN) or has_pos(words[0], "V"):
        return None
    if lowered_pos(words[0]) == "V":
        return None  # `Tổ chức tiếp nhận hồ sơ`, `Thanh tra, kiểm tra ...`: a verb opens the unit, no subject
    in_run, quality = True, False  # the head noun and the verbs that qualify it
    for before, word in zip(words, words[1:], strict=False):
        verb = has_pos(word, "V")
        if in_run and verb:
            # a quality (`cơ quan chủ quản`) ends the run: the next verb acts
            in_run = "A" not in own_pos(word)
            quality = not in_run
            continue
        if (verb and not word.text[:1].isupper() and not _RELATIONAL.match(text, word.idx)
                and (quality or has_pos(before, *_NOUN, "A", "M"))
                and not any(b.start <= word.idx < b.end for b in bodies)):
            return word
        # (a head noun inside the name opens a run of its own: `Tổ phó Tổ bảo vệ dân phố`)
        in_run, quality = bool(_HEAD.fullmatch(word.text)), False
    return None


def _name_start(text: str, start: int, stop: int) -> int:
    """Past `Các`/`Những` and an office-holder's title (`Thủ trưởng đơn vị ...` names the unit)."""
    pos = start
    while pos < stop and text[pos].isspace():
        pos += 1
    pos = after_role(text, pos, stop)
    while pos < stop and text[pos].isspace():
        pos += 1
    det = _DETERMINER.match(text, pos, stop)
    return det.end() if det else pos


def _noun_phrase(text: str, bodies: list[Body], words: list[Token]) -> bool:
    """Whether `words` open with a word that may be a noun (`Tổ chức`, not `Ban hành`) and hold no verb of
    their own: a predicate before the duty (`UBND huyện chỉ đạo Phòng X phối hợp ...`, `Sở X bảo đảm
    kinh phí ..., phối hợp ...`) makes a clause. A verb belongs to the name where it is capitalised or
    inside a body the rules know (`Ban Chỉ đạo`); where it and the verbs joined to it run right after
    a head the tagger reads as a noun, of a name the rules do not know (`Đoàn kiểm tra liên ngành`, `đơn
    vị thụ lý giải quyết khiếu nại`, `Ban cải cách và hiện đại hóa`); where a preposition governs it (`Vụ
    Các vấn đề chung về xây dựng pháp luật`); where, joined to a list, it may be a noun (`các cơ quan, tổ
    chức`); `thuộc X`, `có liên quan` qualify the body. A head noun after a list joint starts a new run
    (`cơ quan tiếp nhận hồ sơ, cơ quan đăng ký đất đai`)."""
    if not words or not set(own_pos(words[0])) & set(_NOUN):
        return False
    in_run = has_pos(words[0], *_NOUN) and longest_body_at(bodies, words[0].idx) is None
    for before, word in zip(words, words[1:], strict=False):
        verb = has_pos(word, "V")
        # (a head noun after a list joint opens the next name's run: `cơ quan X, cơ quan đăng ký đất đai`)
        in_run = (in_run and (verb or has_pos(word, "C", "Cc") or word.text in _IN_RUN)) or (
            has_pos(before, "CH", "C", "Cc") and has_pos(word, *_NOUN) and bool(_HEAD.fullmatch(word.text))
            and longest_body_at(bodies, word.idx) is None)
        if (verb and not in_run and not word.text[:1].isupper() and not _RELATIONAL.match(text, word.idx)
                and not has_pos(before, "E") and not any(b.start <= word.idx < b.end for b in bodies)
                and not (has_pos(before, "CH", "C", "Cc") and set(own_pos(word)) & set(_NOUN))):
            return False
    return True


def _parts(text: str, bodies: list[Body], start: int, stop: int) -> list[tuple[int, int]]:
    """`start`..`stop` split where a joint is followed by a body of its own."""
    parts, begin = [], start
    for joint in _JOINT.finditer(text, start, stop):
        after = _name_start(text, joint.end(), stop)
        head_word = text[begin:stop].split()[0]
        next_word = text[after:stop].split()[:1]
        if (longest_body_at(bodies, after) or _NAMED.match(text, after, stop)
                or (next_word and next_word[0] == head_word and head_word[:1].isupper())
                or _same_head(text, begin, after)):
            parts.append((begin, joint.start()))
            begin = after
    parts.append((begin, stop))
    return parts


def _longest_part(text: str, bodies: list[Body], start: int, stop: int) -> int:
    """The words of the longest body a subject lists (`Bộ A, Bộ B, ..., UBND các tỉnh, thành phố trực thuộc
    Trung ương`: a long list of short names is a subject still)."""
    return max(_name_words(text, bodies, s, e) for s, e in _parts(text, bodies, start, stop))


def _name_words(text: str, bodies: list[Body], start: int, end: int) -> int:
    """The words of `start`..`end`, a body the rules know inside it past its head counted as one: the body a
    unit belongs to (`Vụ X thuộc Viện kiểm sát nhân dân tối cao`, `Phòng X Công an tỉnh, thành phố trực
    thuộc Trung ương`) is one name, however many words it is written in."""
    words = len(text[start:end].split())
    at = start
    for body in sorted((b for b in bodies if start < b.start and b.end <= end), key=lambda b: b.start):
        if body.start >= at:
            words -= len(text[body.start : body.end].split()) - 1
            at = body.end
    return words


def _same_head(text: str, begin: int, after: int) -> bool:
    """`cơ quan tiếp nhận hồ sơ, cơ quan đăng ký đất đai`: two parts with one organisation's head noun."""
    first, second = _HEAD.match(text, begin), _HEAD.match(text, after)
    return bool(first and second and first[0].lower() == second[0].lower())


def _body(text: str, bodies: list[Body], start: int, end: int) -> Body:
    """The body the rules know over `start`..`end`, else one named by the words as written."""
    known = longest_body_at(bodies, start)
    if known and _PERSONS_TAIL.fullmatch(text, known.end, end):
        return known
    kind, level = (known.kind, known.level) if known else ("other", None)
    return Body(start, end, text[start:end], canonical_name(text[start:end]), kind, level)
