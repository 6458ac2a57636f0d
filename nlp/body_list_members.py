"""A class of organisations written in lower case as a member of a list of bodies (`Tổng Liên đoàn Lao động
Việt Nam, tổ chức đại diện của người sử dụng lao động và các tổ chức chính trị - xã hội`, `Liên đoàn Lao
động tỉnh, thành phố, công đoàn ngành trung ương`): a body of its own, named by its head noun and the words
that describe it (GUIDELINES: classes are bodies; RULINGS H6), so the list of doers goes on through it.
Persons, enterprises and the public are no such head (R15, H4); a bare head (`các tổ chức`) is none either.
nlp.bodies applies it after the other joins, to the bodies found so far.
"""

import re

from policylink.nlp.body_candidates import Candidate
from policylink.nlp.body_names import canonical_name

# Head nouns of a class of organisations (`ban hành`, `hội nghị`, `sở hữu` are no heads)
_HEADS = (r"tổ\s+chức|cơ\s+quan|đơn\s+vị|công\s+đoàn|liên\s+đoàn|hội(?!\s+(?:nghị|thảo|viên|đồng))"
          r"|ban(?!\s+hành)|sở(?!\s+(?:hữu|dĩ))|ủy\s+ban|đoàn\s+thể")
# Words that end the description: the clause's verb or a predicate's marker, a function word that
# starts what the doers are to do, or a determiner of an object (`tổ chức các lớp`)
_STOPS = (
    r"và|là|được|đã|sẽ|phải|cần|có|chịu|không|chưa|để|theo|trong|tại|với|cho|về|các|những|một|việc"
    r"|chủ\s+trì|phối\s+hợp|triển\s+khai|thực\s+hiện|tổ\s+chức|hướng\s+dẫn|kiểm\s+tra|rà\s+soát|tham\s+mưu"
    r"|theo\s+dõi|đôn\s+đốc|báo\s+cáo|hoàn\s+thành|bảo\s+đảm|đảm\s+bảo|chỉ\s+đạo|gửi|đề\s+xuất|tham\s+gia"
    r"|tuyên\s+truyền|tăng\s+cường|xây\s+dựng|nghiên\s+cứu|căn\s+cứ|giám\s+sát|vận\s+động|quán\s+triệt"
    r"|này|đó|liên\s+quan|hữu\s+quan"
)
# persons, households, enterprises and the public are no organisations (`tổ chức cá nhân có liên quan`)
_PERSONS = r"cá\s+nhân|người|hộ|doanh\s+nghiệp|nhân\s+dân|công\s+dân"
# (words of one cell: a tab ends it)
_WORD = rf"(?: +(?!(?:{_STOPS})(?!\w))\w+| *- *\w+)"
# a joint, then the member (its head and one to eight words), closed by the list's punctuation, another
# joint, or the clause's verb
_MEMBER = re.compile(
    rf"[^\S\n]*(?:,|[^\S\n]và)[^\S\n]+"
    rf"(?P<member>(?:các[^\S\n]+)?(?:{_HEADS})(?![^\S\n]+(?:{_PERSONS})(?!\w)){_WORD}{{1,8}}?)"
    rf"(?=[^\S\n]*(?:[,;:.(\n]|$)|[^\S\n]+(?:{_STOPS})(?!\w))"
    # (`cơ quan nhà nước có thẩm quyền` is no body, RULINGS R15, H6)
    rf"(?![^\S\n]+có[^\S\n]+thẩm[^\S\n]+quyền)",
    re.IGNORECASE)

_OWNED_BY = re.compile(r"(?:trực[^\S\n]+)?thuộc[^\S\n]+$|của[^\S\n]+$", re.IGNORECASE)


def _absorbed(text: str, member: tuple[int, int], c: Candidate) -> bool:
    """A body found inside a member is part of its description: a class in lower case (`các tổ chức đoàn
    thể`) or the body it belongs to (`công đoàn tổng công ty trực thuộc Tổng Liên đoàn`)."""
    start, end = member
    if not start < c.start < end:
        return False
    return text[c.start].islower() or (c.end <= end and bool(_OWNED_BY.search(text, start, c.start)))


# `các đơn vị có liên quan`: the relevant ones close a list of doers (what follows is the duty); in
# `các cơ quan, tổ chức ở địa phương` the organisations are paired with the agencies, no body (R15)
_CLOSED = re.compile(r"(?:liên|hữu|cơ)[^\S\n]+quan$", re.IGNORECASE)
_CLOSED_REACH = 40  # how far before a member's end `_CLOSED` is looked for (not the whole text before it)


def take_list_members(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Add each lower-case class member that follows a body (or such a member) in a list; the bodies
    found inside it are its words."""
    out = list(chosen)
    for c in chosen:
        end = c.end
        while (c in out and not _CLOSED.search(text, max(0, end - _CLOSED_REACH), end)
               and (m := _MEMBER.match(text, end)) and text[m.start("member")].islower()):
            span = m.span("member")
            inside = [o for o in out if o.start < span[1] and o.end > span[0]]
            if not all(_absorbed(text, span, o) for o in inside):
                break
            out = [o for o in out if o not in inside]
            name = canonical_name(text[span[0] : span[1]])
            out.append(Candidate(*span, name[:1].upper() + name[1:], "other", None))
            end = span[1]
    return sorted(out, key=lambda c: c.start)
