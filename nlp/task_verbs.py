"""Where a unit's action starts and whether it is directed: past the subject, an opening adverbial
(`Trên cơ sở ..., `, `Định kỳ hằng quý`, `Trường hợp ... thì`) and a modal (`cần`, `phải`), a duty opens
with a verb or a directive word; the action phrase runs from there to a clause break. nlp.task_actions
reads these in its verdict.
"""

import re
from bisect import bisect_left

import numpy
from spacy.tokens import Doc, Token

from policylink.core.vietnamese import match_key
from policylink.nlp.deadline_patterns import EVERY
from policylink.nlp.model import Body
from policylink.nlp.pipeline import has_pos, lowered_pos

# A recurrence opening the unit (`Định kỳ hằng tháng tổ chức ...`, `Hằng quý kiểm tra ...`), also
# two periods of reports (`Định kỳ 6 tháng, năm báo cáo ...`) and the occasional time beside the regular
# one (`Định kỳ hoặc đột xuất tổng hợp ...`): the action follows them.
_RECURRENCE_OPENING = re.compile(
    rf"(?:định kỳ(?:\s+(?:hoặc|và)\s+đột xuất)?\s*,?\s*)?"
    rf"(?:(?:\d+\s+tháng(?:\s*,\s*(?:{EVERY}\s+)?năm)?|{EVERY}\s+\w+)(?:\s*,\s*|\s+))?",
    re.IGNORECASE,
)
# `theo` opens an adverbial (`Theo chức năng, ...`) but `theo dõi` is a verb (monitor); `về` opens a topic
# (`Về quy hoạch X: phạm vi ... không chồng lấn ...`), which the tagger may read as the verb "return".
_OPENING_ADVERBIAL = re.compile(r"^(?:trên cơ sở|căn cứ|để|đối với|về|trong|nhằm|theo(?! dõi)|qua)\b")
# `Thời gian tới, Đảng ủy xã cần ...`: a time still to come opens the sentence before its subject.
TIME_OPENING = re.compile(
    r"(?:trong\s+)?(?:thời gian|năm|giai đoạn|thời kỳ)\s+(?:tới|sắp tới|tiếp theo)\s*,|sắp tới\s*,",
    re.IGNORECASE,
)
# `căn cứ chức năng, nhiệm vụ được giao chủ động ...`, `theo chức năng, nhiệm vụ, thẩm quyền chủ động ...`:
# the body's own remit, no document; its inner commas do not end the adverbial.
_REMIT_OPENING = re.compile(
    r"(?:căn cứ(?:\s+vào)?|theo|trong phạm vi)\s+chức năng,?\s+nhiệm vụ"
    r"(?:,?\s+(?:và\s+)?(?:quyền hạn|thẩm quyền))*"
    r"(?:\s+(?:được giao|của (?:mình|đơn vị|ngành|cơ quan)))?\s*,?",
    re.IGNORECASE,
)
# `Trường hợp hồ sơ nộp tại Trung tâm X thì ...`: a condition closed by `thì` within its sentence; the
# action (or its doer) follows.
_CONDITION_THEN = re.compile(r"(?:trong\s+)?trường hợp\b[^.;:\n]*?\bthì\s+", re.IGNORECASE)
# `X cần tiếp tục ...`, `X phải ...`: a modal before the directed verb.
_MODALS = {"cần", "phải", "cần phải"}
DIRECTIVE_WORDS = {
    "giao", "đề nghị", "yêu cầu", "chỉ đạo", "tiếp tục", "tập trung", "tăng cường", "đẩy mạnh",
    "nghiên cứu", "chủ trì", "phối hợp", "xây dựng", "rà soát", "huy động", "quán triệt",
    "tổ chức", "thực hiện", "ban hành", "triển khai", "kiểm tra", "bố trí", "hoàn thiện",
    "tham mưu", "nâng cao", "đổi mới", "phát huy", "quan tâm", "ưu tiên", "bảo đảm", "đảm bảo",
    "chủ động", "tích cực", "kịp thời", "khẩn trương", "theo dõi", "đôn đốc", "hướng dẫn",
    "lãnh đạo", "giám sát", "vận động", "hỗ trợ", "đề xuất", "cung cấp", "nắm bắt", "nắm", "thi hành", "sớm",
}
_ADVERBIAL_WORDS = 16  # tokens searched for the action after an opening adverbial without a comma
_BASIS_WORDS = 100  # tokens of the bases a `căn cứ ... để` adverbial may list before its purpose
_ASSIGNMENT_WORDS = {"chủ trì", "phối hợp", "với", ",", "có", "liên quan", "chặt chẽ"}


class Tokens:
    """The doc's non-space tokens by offset: a unit's tokens by bisection (iterating the whole Doc
    per unit made task finding quadratic). Offsets come from the Doc's arrays; Token objects are
    made only for the units asked for."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        words = numpy.flatnonzero(doc.to_array("IS_SPACE") == 0)
        self.indices: list[int] = words.tolist()
        self.starts: list[int] = doc.to_array("IDX")[words].tolist()

    def between(self, start: int, end: int) -> list[Token]:
        doc = self.doc
        return [doc[i] for i in self.indices[bisect_left(self.starts, start) : bisect_left(self.starts, end)]]


def after_adverbial(text: str, tokens: list[Token]) -> list[Token]:
    """Tokens after an opening adverbial (`Trên cơ sở ..., kịp thời chỉ đạo`): it ends at the
    first comma followed by a directive word, else at a colon, else at the first comma. An opening recurrence
    (`Định kỳ 6 tháng báo cáo`) is skipped."""
    set_off = (len(tokens) > 1 and tokens[0].text == ","
               and bool(_OPENING_ADVERBIAL.match(match_key(tokens[1].text))))
    if set_off:
        tokens = tokens[1:]  # `UBND tỉnh, căn cứ Thông tư ... để điều chỉnh ...`: set off after the subject
    if tokens:
        recurrence = _RECURRENCE_OPENING.match(text, tokens[0].idx)
        if recurrence and recurrence.end() > tokens[0].idx:
            rest = [t for t in tokens if t.idx >= recurrence.end()]
            tokens = rest or tokens
    if tokens:
        fixed = _REMIT_OPENING.match(text, tokens[0].idx) or TIME_OPENING.match(
            text, tokens[0].idx) or _CONDITION_THEN.match(text, tokens[0].idx)
        if fixed:
            return [t for t in tokens if t.idx >= fixed.end()]
    if not tokens or not (
        _OPENING_ADVERBIAL.match(match_key(tokens[0].text)) or has_pos(tokens[0], "E")
    ):
        return tokens
    commas = [i for i, t in enumerate(tokens[:60]) if t.text == ","]
    for i in commas:
        if i + 1 < len(tokens) and match_key(tokens[i + 1].text) in DIRECTIVE_WORDS:
            return tokens[i + 1 :]
    if match_key(tokens[0].text) == "căn cứ" and (purpose := _purpose_action(tokens, set_off)) is not None:
        return tokens[purpose:]  # `căn cứ quy định và hồ sơ, tình hình thực tế để kịp thời hướng dẫn ...`
    colon = next((i for i, t in enumerate(tokens[:60]) if t.text == ":"), None)
    if colon is not None and colon + 1 < len(tokens):
        return tokens[colon + 1 :]  # `Đối với hồ sơ đã nộp, đủ điều kiện: Cơ quan thuế ...`
    if commas:
        return tokens[commas[0] + 1 :]
    # no comma (`căn cứ nội dung Kết luận này xây dựng kế hoạch`): the first directive word
    directive = next((i for i, t in enumerate(tokens[1:_ADVERBIAL_WORDS], 1)
                      if match_key(t.text) in DIRECTIVE_WORDS), None)
    return tokens[directive:] if directive is not None else tokens


def _purpose_action(tokens: list[Token], set_off: bool) -> int | None:
    """Where the action of a `căn cứ ...` adverbial starts when `để` + a directed verb closes a basis that
    holds commas of its own (`căn cứ quy định và hồ sơ, tình hình thực tế để kịp thời hướng dẫn ...`: the
    first comma does not end it) or that commas set off after the subject (`UBND tỉnh, căn cứ Thông tư số
    ... để điều chỉnh mức trợ cấp, ...`). Right after a subject with no comma (`UBND các xã căn cứ dự toán
    được giao để quyết định ...`) the purpose is part of the action. The bases may be listed between
    semicolons (`căn cứ Luật A và Nghị định B; quy định về ...; Quy chế C để phân công ...`): only a full stop
    or a colon ends the adverbial. The index past `để`, or None."""
    comma = set_off
    for i, t in enumerate(tokens[1:_BASIS_WORDS], 1):
        if t.text in (".", ":"):
            return None
        comma = comma or t.text == ","
        if comma and match_key(t.text) == "để" and directs(tokens[i + 1 : i + 4]):
            return i + 1
    return None


# `X thuộc Y`, `X trực thuộc Y`: a verb that only places its subject in the body above it.
_MEMBERSHIP = {"thuộc", "trực thuộc"}


def directs(tokens: list[Token]) -> bool:
    """Whether the tokens after the subject and the adverbial open with a directed verb."""
    while tokens and match_key(tokens[0].text) in _MODALS:
        tokens = tokens[1:]
    if not tokens:
        return False
    first = match_key(tokens[0].text)
    if first in ("không", "chưa") and len(tokens) > 1 and match_key(tokens[1].text) == "có":
        return False  # `cơ quan thuế không có trách nhiệm ...` states what is not so
    if first in _MEMBERSHIP:
        return False  # `Trưởng Công an huyện ... thuộc tỉnh;`: where the subject belongs, no action
    if first in DIRECTIVE_WORDS or has_pos(tokens[0], "V") or lowered_pos(tokens[0]) == "V":
        return True
    if has_pos(tokens[0], "A", "R") and any(has_pos(t, "V") for t in tokens[1:3]):
        return True
    return _adjectives_with_object(tokens)


_MODAL_SUBJECT_WORDS = 12  # tokens of a subject no rule knows as a body, before its modal
_DISTRIBUTIVE = ("các", "từng", "mỗi")
_THINGS = ("khoản", "số", "loại", "văn bản", "hồ sơ", "nội dung")  # counted things, no doers


def modal_duty(tokens: list[Token]) -> bool:
    """`Từng cơ quan, đơn vị phải chủ động rà soát ...`: a modal of obligation after a subject no rule names
    as a body, in the first clause, before a directed verb: the sentence lays a duty on that subject. Only a
    subject of doers counted out (`các`, `từng`, `mỗi`): after other nouns the modal qualifies a thing (`các
    khoản phải đóng góp`, `biên bản phải lập ...`, `số thuế phải nộp`)."""
    if len(tokens) < 2 or match_key(tokens[0].text) not in _DISTRIBUTIVE:
        return False
    if match_key(tokens[1].text) in _THINGS:
        return False
    for i, token in enumerate(tokens[:_MODAL_SUBJECT_WORDS]):
        if token.text in (".", ";", ":"):
            return False
        if i > 0 and match_key(token.text) in _MODALS:
            rest = tokens[i + 1 :]
            return bool(rest) and match_key(rest[0].text) != "được" and directs(rest)
    return False


# `Hằng tháng, cùng thời điểm trả lương, Công an đơn vị thực hiện ...`, `Trường hợp ... thì cơ quan chủ quản
# chuyển ...`: after an opening adverbial, a subject and then its verb: the clause has a doer, though no rule
# may name it as a body. The subject is a body, doers counted out (`các`, `từng`, `mỗi` + a noun that is no
# counted thing) or a class noun of agencies; its predicate directs (not `được`, `là`: a passive or a
# definition; not `đã`, `đang`: what was or is being done; not `có thể`: a permission).
# The clause opens with the adverbial: a condition, a time, a basis or a scope.
_FRONTED = re.compile(r"(?:riêng\s+)?(?:trường hợp|khi|sau khi|trước khi|hằng|hàng|định kỳ|đối với|căn cứ"
                      r"|trên cơ sở|trong|kể từ|chậm nhất|tùy|tuỳ)(?!\w)", re.IGNORECASE)
_CLASS_SUBJECTS = ("cơ quan", "đơn vị", "bộ phận", "công an")
_NOT_ACTING = ("được", "bị", "là", "đã", "đang", "có thể")
_PREDICATE_WORDS = {*DIRECTIVE_WORDS, *_MODALS, *_NOT_ACTING, "căn cứ"}
_SUBJECT_WORDS = 8  # tokens of such a subject before its verb
_CLAUSE_WORDS = 40  # tokens of the first clause searched for it


def _agent_opening(tokens: list[Token], i: int, body_ends: dict[int, int]) -> bool:
    word = match_key(tokens[i].text)
    if word in _DISTRIBUTIVE:
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        return following is not None and has_pos(following, "N") and match_key(following.text) not in _THINGS
    return tokens[i].idx in body_ends or word in _CLASS_SUBJECTS


def fronted_action(text: str, start: int, tokens: list[Token], bodies: list[Body]) -> tuple[int, int] | None:
    """Where the subject and where its action start when the clause at `start` opens with an adverbial
    (ended by a comma or `thì`, before `tokens` or inside them) after which a subject (see _CLASS_SUBJECTS)
    and its directed verb follow; None when it does not."""
    if not tokens or not _FRONTED.match(text, start):
        return None
    sentence = next((i for i, t in enumerate(tokens) if t.text in (".", ";", ":")), len(tokens))
    clause = min(sentence, _CLAUSE_WORDS)
    before = text[: tokens[0].idx].rstrip()
    starts = [0] if before.endswith(",") or match_key(before[-4:]).endswith(" thì") else []
    then = next((i for i in range(sentence) if match_key(tokens[i].text) == "thì"), None)
    if then is not None:
        starts = []  # the condition ends at `thì`: commas before it are the condition's own
    starts += [i + 1 for i in range(clause) if (tokens[i].text == "," and (then is None or i > then))
               or i == then]
    body_ends = {b.start: b.end for b in bodies}
    for subject in starts:
        if subject >= clause or not _agent_opening(tokens, subject, body_ends):
            continue
        # (a body's name may hold verbs, `Đơn vị vận hành hệ thống điện`: its verb follows the name)
        named = body_ends.get(tokens[subject].idx, tokens[subject].idx)
        after = [v for v in range(subject + 1, clause) if tokens[v].idx >= named][:_SUBJECT_WORDS]
        # (the predicate opens at a word that marks one, else at the first verb: `đơn vị nuôi giữ được gia
        # hạn` is passive though `nuôi` is a verb)
        marked = next((v for v in after if match_key(tokens[v].text) in _PREDICATE_WORDS), None)
        verb = marked if marked is not None else next((v for v in after if has_pos(tokens[v], "V")), None)
        if verb is not None and match_key(tokens[verb].text) not in _NOT_ACTING \
                and directs(tokens[verb:clause]):
            return tokens[subject].idx, tokens[verb].idx
    return None


def _adjectives_with_object(tokens: list[Token]) -> bool:
    """`Công khai, minh bạch danh mục ...`: coordinated adjectives taking a noun object act as verbs."""
    i = 0
    while i + 2 < len(tokens) and has_pos(tokens[i], "A") and (
            tokens[i + 1].text == "," or match_key(tokens[i + 1].text) == "và"
    ) and has_pos(tokens[i + 2], "A"):
        i += 2
    return i > 0 and i + 1 < len(tokens) and has_pos(tokens[i + 1], "N", "Np")


_DETERMINERS = ("các", "những", "mọi")


def _in_noun_phrase(tokens: list[Token], i: int) -> bool:
    """A verb's tag on a word of a noun phrase: after a determiner (`các tổ chức, cá nhân`) or in the
    qualifier `(có) liên quan`."""
    word = match_key(tokens[i].text)
    following = match_key(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    return (i > 0 and match_key(tokens[i - 1].text) in _DETERMINERS) or word == "liên quan" or (
        word == "có" and following == "liên quan")


def action_phrase(text: str, tokens: list[Token], bodies: list[Body]) -> str | None:
    """The first verb phrase: from the first verb to a clause break or a new `, verb + body`."""
    body_starts = {b.start for b in bodies}
    while tokens and (match_key(tokens[0].text) in _ASSIGNMENT_WORDS
                      or any(b.start <= tokens[0].idx < b.end for b in bodies)):
        tokens = tokens[1:]  # `chủ trì, phối hợp với X` names roles, the action follows

    def is_verb(i: int) -> bool:
        return (match_key(tokens[i].text) in DIRECTIVE_WORDS or has_pos(tokens[i], "V")) \
            and not _in_noun_phrase(tokens, i)

    # `..., tổ chức, cá nhân có liên quan chịu trách nhiệm`: the qualifier closes the doers' phrase
    # when the action follows it at once
    related = next((i for i, t in enumerate(tokens) if match_key(t.text) == "liên quan"), None)
    after_related = related is not None and related + 1 < len(tokens) and is_verb(related + 1) and not any(
        t.text in (";", ".", ":") for t in tokens[:related])
    # (the tags are read up to the first verb only: a stretch of the document is tagged on first use)
    first = next((i for i in range(related + 1 if after_related else 0, len(tokens)) if is_verb(i)), None)
    if first is None:
        return None
    last = first
    for i in range(first + 1, len(tokens)):
        t = tokens[i]
        if t.text in (";", ".", ":", "(", "?", "!"):
            break
        if t.text == "," and i + 2 < len(tokens) and (
            tokens[i + 2].idx in body_starts or i - first >= 12
        ) and has_pos(tokens[i + 1], "V"):
            break
        last = i
    start, end = tokens[first].idx, tokens[last].idx + len(tokens[last].text)
    # a table row's action stays in its cell
    return text[start:end].split("\t")[0].strip(" ,") or None
