"""What kind of article or decision a task unit lies in, as its headings and title say: a decision
that hands powers down or sets a standing body's mandate (its articles list powers, not work), an
article setting out a procedure or the regulated public's duties, and a clause that only states a
norm. nlp.task_actions turns each into a verdict.
"""

import re
from functools import lru_cache

from policylink.core.vietnamese import match_key
from policylink.nlp.task_actors import Resolver
from policylink.nlp.task_units import Unit, content_start, line_key, line_spans

# A lead-in that charges its subject with the items below it (`Các thành viên Ban Chỉ đạo có nhiệm vụ:`):
# each item that names no doer of its own is one of those duties (RULINGS R1, R13).
DUTY_LEAD_IN = re.compile(r"(?<!\w)(?:có|chịu) (?:trách nhiệm|nhiệm vụ)\s*:\s*$", re.IGNORECASE)


# A decision that hands powers down or reserves them (`QUYẾT ĐỊNH / PHÂN CẤP THẨM QUYỀN ...`, `Về việc ủy
# quyền ...`), as its title says (the lines above the first `Căn cứ`).
_DELEGATION = re.compile(r"(?<!\w)(?:phân cấp|phân quyền|ủy quyền|uỷ quyền)(?!\w)", re.IGNORECASE)
_BASIS_LINE = re.compile(r"^Căn cứ", re.MULTILINE)
_TITLE_CHARS = 1500  # where no `Căn cứ` line closes the title
# The articles of such a decision that charge bodies (`Điều 3. Tổ chức thực hiện`, `Trách nhiệm của Sở X`,
# `Điều khoản thi hành`), unlike those listing the powers (`Điều 2. Nội dung phân cấp`, `Điều 2. Sở Y`).
_DUTY_ARTICLE = re.compile(r"trách nhiệm|tổ chức thực hiện|thi hành|hiệu lực|điều khoản", re.IGNORECASE)
_ARTICLE_ID = re.compile(r"(?:^|\.)Điều \d+$")


# A decision that sets a body's standing mandate (`Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ
# cấu tổ chức của Sở X`), as its title says: the articles on its position, functions, powers and organisation
# describe what the body is for and assign no work; the `Giao ...` and execution clauses do.
_MANDATE = re.compile(r"(?<!\w)nhiệm vụ(?:\s*,|\s+và)\s+quyền hạn(?!\w)", re.IGNORECASE)


def _title_end(text: str) -> int:
    basis = _BASIS_LINE.search(text)
    return basis.start() if basis else _TITLE_CHARS


@lru_cache(maxsize=4)
def delegates(text: str) -> bool:
    """Whether the document's title hands powers down or reserves them."""
    return bool(_DELEGATION.search(text, 0, _title_end(text)))


# ... or, whatever its title says, as its parts show (RULINGS R95): one on what the unit is (`Điều 1. Vị
# trí và chức năng`, `1. Chức năng:`, or a clause defining it by its place: `Sở X là cơ quan chuyên môn
# thuộc ...`, `Trung tâm Y là đơn vị sự nghiệp ...`) and one on its duties and powers or its organisation
# (`Nhiệm vụ và quyền hạn`, `Cơ cấu tổ chức và biên chế`, `Tổ chức và chế độ làm việc`, `Mối quan hệ công
# tác`, or a lead-in:
# `Trung tâm có nhiệm vụ, quyền hạn sau:`); `Chức năng, nhiệm vụ` is both.
_AND = r"(?:\s*,|\s+và)\s+"
_FUNCTION_HEADING = re.compile(rf"(?:vị trí(?:{_AND}|\s+))?chức năng(?!\w)")
_POWERS_HEADING = re.compile(
    rf"(?:(?:vị trí|chức năng){_AND})*nhiệm vụ{_AND}quyền hạn(?!\w)|chức năng{_AND}nhiệm vụ(?!\w)"
    rf"|(?:cơ cấu tổ chức|tổ chức bộ máy|tổ chức{_AND}(?:biên chế|chế độ làm việc)|chế độ làm việc"
    r"|(?:mối\s+)?quan hệ công tác|lề lối làm việc)(?!\w)")
_POWERS_LEAD_IN = re.compile(
    rf"(?<!\w)có\s+(?:các\s+)?(?:chức năng{_AND})?nhiệm vụ{_AND}quyền hạn(?!\w)[^:]*:$")
# (a heading of duties alone, `Điều 3. Nhiệm vụ của Trung tâm`, counts where the unit is defined: a body set
# up for a job has one too)
_DUTIES_HEADING = re.compile(r"nhiệm vụ(?:\s+của\s[^,;:]*)?\s*[.:]?$")
_DEFINITION = re.compile(r"[^.;:]*?\slà\s+(?:một\s+)?(?:cơ quan|đơn vị|tổ chức)\s+"
                         r"(?:chuyên môn|sự nghiệp|hành chính|tham mưu|trực thuộc|thuộc|của)(?!\w)")
# (`Ban Quản lý có tư cách pháp nhân, có con dấu riêng` says what a founded unit is as well)
_LEGAL_PERSON = re.compile(r"[^.;:]*?\scó tư cách pháp nhân(?!\w)")
_HEADING_WORDS = 20  # a longer line is a clause, not a part's heading
# A body set up for a job keeps its duties (RULINGS R95): the decision lists its members (`Thứ trưởng Bộ
# X - Trưởng ban;`, `Ông A, Phó Giám đốc Sở Y - Ủy viên`), or its title or parts name a board, a team or a
# council.
_MEMBER_LINE = re.compile(
    r"[-–]\s*(?:phó\s+)?(?:trưởng ban|tổ trưởng|tổ phó|chủ tịch hội đồng|ủy viên|thành viên|thư ký)"
    r"(?:\s+thường trực)?\s*[.;,]?\s*$")
_MEMBERS = 2  # lines naming a member's role that make a membership list
_JOB_BODY = re.compile(
    r"(?<!\w)(?:ban chỉ đạo|tổ công tác|tổ giúp việc|nhóm (?:công tác|giúp việc)|tiểu ban"
    r"|hội đồng(?!\s+nhân dân)|đoàn (?:công tác|kiểm tra|giám sát|thanh tra))(?!\w)")


@lru_cache(maxsize=4)
def _mandate_headings(text: str) -> tuple[frozenset[tuple[int, int]], bool]:
    """The lines that head a standing unit's mandate parts (none unless both kinds are there), and whether
    the document sets a body up for a job."""
    lines = list(line_spans(text, 0, len(text)))
    keys = [line_key(text, line) for line in lines]
    defined = any(map(_DEFINITION.match, keys))
    function, powers = set(), set()
    for line, key in zip(lines, keys, strict=True):
        head = len(key.split()) <= _HEADING_WORDS
        if _DEFINITION.match(key) or _LEGAL_PERSON.match(key) or (head and _FUNCTION_HEADING.match(key)):
            function.add(line)
        if _POWERS_LEAD_IN.search(key) or head and (
                _POWERS_HEADING.match(key) or (defined and _DUTIES_HEADING.match(key))):
            powers.add(line)
    # (the body a part heads or a clause defines: `Nhiệm vụ của Ban Chỉ đạo`, `Ban X là tổ chức của ...`)
    heads = function | powers
    named = [key.partition(" là ")[0] for line, key in zip(lines, keys, strict=True) if line in heads]
    job = sum(bool(_MEMBER_LINE.search(key)) for key in keys) >= _MEMBERS or any(map(_JOB_BODY.search, named))
    job = job or bool(_JOB_BODY.search(match_key(text[: _title_end(text)])))
    return (frozenset(function | powers) if function and powers else frozenset()), job


@lru_cache(maxsize=4)
def sets_mandate(text: str) -> bool:
    """Whether the document sets a standing body's functions, duties and powers, as its title or its parts
    say, and not those of a body set up for a job."""
    headings, job = _mandate_headings(text)
    return not job and (bool(headings) or _titled_mandate(text))


@lru_cache(maxsize=4)
def _titled_mandate(text: str) -> bool:
    return bool(_MANDATE.search(text, 0, _title_end(text)))


def in_mandate_part(text: str, resolver: Resolver, unit: Unit) -> bool:
    """Whether `unit` lies in a part of a mandate decision that says what the body is or what it may do: an
    article listing powers (its title sets the mandate) or a part under a mandate heading."""
    if not sets_mandate(text):
        return False
    if _titled_mandate(text) and in_power_article(text, resolver, unit):
        return True  # (`Điều 4. Mối quan hệ công tác` of a decision whose title sets the mandate)
    headings, _ = _mandate_headings(text)
    if resolver.section_intro(unit) in headings:
        return True  # `Trung tâm có nhiệm vụ, quyền hạn sau:` + its items
    for scope in resolver.structure.scopes(unit.section):
        if scope is None:
            break
        if next(line_spans(text, scope.start, scope.end), None) in headings:
            return True
    return False


def _article_heading(text: str, resolver: Resolver, unit: Unit) -> str | None:
    """The first line of the article `unit` lies in, None outside articles."""
    article = next((s for s in resolver.structure.scopes(unit.section)
                    if s is not None and _ARTICLE_ID.search(s.id)), None)
    if article is None:
        return None
    line_end = text.find("\n", article.start, article.end)
    return text[article.start : article.end if line_end < 0 else line_end]


def in_power_article(text: str, resolver: Resolver, unit: Unit) -> bool:
    """Whether `unit` lies in an article that lists powers or a mandate, not in one that charges bodies
    (RULINGS R25); a clause that states a responsibility (`... chịu trách nhiệm thi hành`) charges one
    wherever it is."""
    heading = _article_heading(text, resolver, unit)
    return heading is not None and not _DUTY_ARTICLE.search(heading)


# An article that amends another document's provision (`Điều 1. Bổ sung khoản 5 Điều 30 của Quy định ban hành
# kèm theo Quyết định số ...`, `Điều 9. Sửa đổi, bổ sung Điều 15` over the new wording, which may repeat the
# amended article's own heading `Điều 15. ...`): its clauses are the amended document's norms, no duty this
# one assigns (RULINGS R20, R24), as the items under `Sửa đổi ... như sau:` are (nlp.task_actors).
_AMENDING_ARTICLE = re.compile(
    r"Điều[ \t]+\d+\w?[.:]?[ \t]*(?:sửa đổi|bổ sung|thay thế)(?:,[ \t]*(?:sửa đổi|bổ sung|thay thế))*[ \t]+"
    r"(?:(?:một số|các)[ \t]+)?(?P<kind>điều|khoản|điểm)(?!\w)[^\n]*", re.IGNORECASE)
_ARTICLE_NUMBER = re.compile(r"Điều[ \t]+(\d+\w?)", re.IGNORECASE)
_RESTATED_WITHIN = 2  # lines between an amending article's heading and the amended article's own heading


def in_amended_text(text: str, resolver: Resolver, unit: Unit) -> bool:
    """Whether `unit` lies in the new wording of a provision an article of this document amends."""
    article = next((s for s in resolver.structure.scopes(unit.section)
                    if s is not None and _ARTICLE_ID.search(s.id)), None)
    if article is None:
        return False
    heading = next(line_spans(text, article.start, article.end))
    if _AMENDING_ARTICLE.match(text, *heading):
        return True
    # an amended article's heading restated under the amending one (`Điều 9. Sửa đổi, bổ sung Điều 15` +
    # `Điều 15. Nội dung ...`): the article the structure found is the amended one
    number = _ARTICLE_NUMBER.match(text, *heading)
    above = list(line_spans(text, max(0, article.start - 600), article.start))[-_RESTATED_WITHIN:]
    return number is not None and any(
        (m := _AMENDING_ARTICLE.match(text, *line)) is not None and m.group("kind").lower() == "điều"
        and number.group(1) in _ARTICLE_NUMBER.findall(text, m.start("kind"), line[1])
        for line in above)


# An article that sets out a procedure (`Điều 4. Thủ tục làm con dấu`, `Trình tự cấp giấy phép`): what the
# applicants file and do binds the public (RULINGS R20, R21, R24); a clause there that charges a body with
# its part (`Cơ quan Công an nơi đăng ký ... có trách nhiệm xem xét, tiếp nhận hồ sơ`) is a duty.
_PROCEDURE_ARTICLE = re.compile(r"Điều[ \t]+\d+[.:]?[ \t]*(?:thủ tục|trình tự)(?!\w)", re.IGNORECASE)


# An article or a clause on the duties of the regulated public, a class defined by a permission it holds
# (`Điều 11. Trách nhiệm của cơ quan, tổ chức được sử dụng con dấu`), persons (`Trách nhiệm của tổ chức, cá
# nhân ...`) or enterprises (`3. Trách nhiệm của tổ chức kinh doanh dịch vụ ...`): its rules bind whoever
# falls under them, enterprises as well as agencies, and charge no body (RULINGS R15, R24, R26), unless a
# clause names its body; one on a competent authority's or a state body's duties charges it.
_PUBLIC_TITLE = re.compile(
    r"trách nhiệm của[ \t]+(?:các[ \t]+)?"
    r"(?:(?:cơ quan,[ \t]*)?tổ chức[ \t]+được[ \t]|(?:tổ chức,[ \t]*)?cá nhân(?!\w)|người(?!\w)"
    r"|tổ chức kinh doanh(?!\w)|doanh nghiệp(?!\w)|nhà đầu tư(?!\w))"
    r"(?![^\n]*(?:thẩm quyền|nhà nước|quản lý))", re.IGNORECASE)


def in_public_article(text: str, resolver: Resolver, unit: Unit) -> bool:
    """Whether the title of `unit`'s article, or of a clause around `unit` (in an article or in a text
    numbered without articles), is on the public's duties."""
    for scope in resolver.structure.scopes(unit.section):
        if scope is None:
            return False
        first = next(line_spans(text, scope.start, scope.end))
        if _PUBLIC_TITLE.match(text, content_start(text, *first), first[1]):
            return True
        if _ARTICLE_ID.search(scope.id):
            return False
    return False


# A heading over an article's clauses that says they are duties (`2. Nghĩa vụ của cán bộ phụ trách`, `Điều 9.
# Tổ chức thực hiện`) or the measures of a plan the article adopts (`3. Giải pháp thực hiện:`).
_DUTY_HEADING = re.compile(
    r"(?<!\w)(?:nghĩa vụ|nhiệm vụ|trách nhiệm|giải pháp|tổ chức thực hiện|thi hành)(?!\w)", re.IGNORECASE)


def norm_clause(text: str, resolver: Resolver, unit: Unit) -> bool:
    """Whether `unit` is a clause of a regulation's article that names no doer, inherits none and lies under
    no duty lead-in nor heading stating duties (`Điều 5. Xây dựng Tủ sách` + `6. Tăng cường ứng dụng công nghệ
    thông tin` + `a) Thực hiện số hoá ...`): it states how things are to be done, a norm that charges no body
    (RULINGS R24); the articles that charge bodies name them, in their clauses or headings."""
    if _article_heading(text, resolver, unit) is None or resolver.inherited(unit):
        return False
    if (intro := resolver.section_intro(unit)) and DUTY_LEAD_IN.search(text, *intro):
        return False  # `Các thành viên Ban Chỉ đạo có nhiệm vụ:` charges the items' doer
    for scope in resolver.structure.scopes(unit.section):
        if scope is None:
            break
        line_end = text.find("\n", scope.start, scope.end)
        if _DUTY_HEADING.search(text, scope.start, scope.end if line_end < 0 else line_end):
            return False
        if _ARTICLE_ID.search(scope.id):
            break
    return True


def in_procedure_article(text: str, resolver: Resolver, unit: Unit) -> bool:
    heading = _article_heading(text, resolver, unit)
    return heading is not None and bool(_PROCEDURE_ARTICLE.match(heading.strip()))


# A post's job description or the standards its holder must meet, as a circular on civil-servant grades sets
# them (`Điều 4. Công chức kiểm soát viên ...` + `1. Chức trách` + `2. Nhiệm vụ` + `a) Thực hiện hoạt động
# kiểm tra ...` + `3. Tiêu chuẩn về năng lực ...` + `a) Có khả năng ...`): what whoever holds the post does
# and is, no work assigned to a body (RULINGS R95's reasoning). An article or clause titled by standards
# (`Điều 3. Tiêu chuẩn chung ...`, `2. Tiêu chuẩn về trình độ ...`) lists qualifications; a bare `Chức trách`
# or `Nhiệm vụ` clause is the post's duties where a sibling clause sets its standards.
_STANDARDS_TITLE = re.compile(r"tiêu chuẩn(?!\w)")
_POST_DUTIES_TITLE = re.compile(r"(?:chức trách|nhiệm vụ)\s*[.:]?$")
_STANDARDS_CLAUSE = re.compile(r"^[ \t]*\d+\.[ \t]*Tiêu chuẩn(?!\w)", re.MULTILINE | re.IGNORECASE)


def in_post_description(text: str, resolver: Resolver, unit: Unit) -> bool:
    """Whether `unit` lies in a post's job description or standards (an article or clause titled so)."""
    for scope in resolver.structure.scopes(unit.section):
        if scope is None:
            return False
        key = line_key(text, next(line_spans(text, scope.start, scope.end)))
        if len(key.split()) <= _HEADING_WORDS and _STANDARDS_TITLE.match(key):
            return True
        if _ARTICLE_ID.search(scope.id):
            return False
        if _POST_DUTIES_TITLE.match(key):
            article = next((s for s in resolver.structure.scopes(scope)
                            if s is not None and _ARTICLE_ID.search(s.id)), None)
            return article is not None and bool(_STANDARDS_CLAUSE.search(text, article.start, article.end))
    return False


# The forms a decree or circular prints in its appendix (`Phụ lục` on a line of its own, then `Mẫu số 01.
# Đơn đăng ký ...`): what an applicant writes and signs (`Tôi xin cam đoan ...`, `Đề nghị ....(3).... xem
# xét ...`) is a form's wording, no duty of this document (RULINGS R24, R79), even where ingestion keeps the
# appendix inside the last article.
_APPENDIX_LINE = re.compile(r"^[ \t]*(?:Phụ lục|PHỤ LỤC)(?:[ \t]+(?:[IVXLC]+|\d+))?[ \t]*$", re.MULTILINE)
_FORM_LINE = re.compile(r"^[ \t]*(?:Mẫu|MẪU)[ \t]+(?:số|SỐ)[ \t]*\d", re.MULTILINE)


@lru_cache(maxsize=4)
def _forms_start(text: str) -> int | None:
    """Where the first form of the document's appendix starts, None without one."""
    appendix = _APPENDIX_LINE.search(text)
    form = _FORM_LINE.search(text, appendix.end()) if appendix else None
    return form.start() if form else None


def in_appendix_form(text: str, unit: Unit) -> bool:
    """Whether `unit` lies among the forms of the document's appendix."""
    start = _forms_start(text)
    return start is not None and unit.start >= start
