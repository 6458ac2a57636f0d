"""Citation vocabulary: document type words and their abbreviations, name stops, the version
note, and names the general rules cannot see.

Most unnumbered documents are named by a capital after the type word (`Luật Đất đai`). Two
families are not:
- law names holding a function word (`ở`, `theo`, `của`, `và`, `tại`), where the general rule
  would stop the name early. The set of Vietnamese laws is closed and small, so the ones with
  such words are listed;
- named programmes, strategies and plans whose name starts lower case (`Chương trình mục tiêu
  quốc gia xây dựng nông thôn mới`, `Chiến lược phát triển ... đến năm 2030`): they are
  recognised by a closed head (`mục tiêu quốc gia`) or by the period that ends their name.
"""

import re

from policylink.core.doc_types import DOC_TYPES, TYPE_CODES
from policylink.nlp.dates import YEAR
from policylink.nlp.gazetteer import UPPER_CLASS

# Older texts spell `Quy` as `Qui` (`Qui định số 06/2008/QĐ-UBND`, `Qui chế`): the same type words.
_OLD_SPELLINGS = tuple(t.replace("Quy ", "Qui ", 1) for t in DOC_TYPES if t.startswith("Quy "))
# `Bộ Luật hình sự`: a type word whose last word is itself a type word (`Luật`) is also written with that
# word capitalised; read as `Luật`, the code's name would lose its head
CAPITALISED_HEADS = tuple(
    f"{t.rsplit(' ', 1)[0]} {t.rsplit(' ', 1)[1].capitalize()}" for t in DOC_TYPES
    if " " in t and t.rsplit(" ", 1)[1].capitalize() in DOC_TYPES
)
# The type words as one alternation, longest first.
TYPE_ALTERNATION = "|".join(
    sorted((re.escape(t) for t in DOC_TYPES + _OLD_SPELLINGS + CAPITALISED_HEADS), key=len, reverse=True)
)
# Type codes written for the type word before a number (`QĐ số 1234/QĐ-UBND`, in tables and plans),
# also without `số` before a number and symbol (`QĐ 270/QĐ-TTg`).
TYPE_CODE = rf"(?-i:{'|'.join(TYPE_CODES)})"
ABBREVIATED_TYPE = rf"(?<!\w){TYPE_CODE}(?=\s+số\s|\s*\d+[a-z]?\s?/\s?\S)"
# Laws and ordinances: named by name, or by name and number (`Luật Đất đai số 31/2024/QH15`).
LAW_TYPES = ("Luật", "Bộ luật", "Pháp lệnh")
# A lower-case type word names a document only before a meeting (`nghị quyết Đại hội XIII`).
TYPE_WORD = re.compile(
    rf"(?<!\w)(?P<type>{TYPE_ALTERNATION}|(?:nghị quyết|kết luận)(?= +(?:Đại hội|Hội nghị))"
    r"|chương trình(?= mục tiêu quốc gia))(?!\w)"
)

# Words that end a capitalised name (`Luật Đất đai` | `ngày ...`, `của ...`, `về ...`, `đối với ...`).
NAME_STOP = re.compile(
    r" +(?:ngày|của|về|đã|được|và|để|nhằm|theo|trong|tại|(?:đối )?với|là|có|do|cho|thì|mà|khi|trên|sau|từ|này"
    r"|đó|số(?= *\d)|như|nêu|gồm|thực hiện|triển khai|quy định|hướng dẫn|phê duyệt|ban hành|đề ra)(?!\w)"
)

# Law names (after `Luật `) that run through a function word; shorter names need no entry.
LAW_NAMES_WITH_FUNCTION_WORDS = (
    "Đầu tư theo phương thức đối tác công tư",
    "Thực hiện dân chủ ở cơ sở",
    "Hòa giải ở cơ sở",
    "Trách nhiệm bồi thường của Nhà nước",
    "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    "Phòng, chống tác hại của rượu, bia",
    "Phòng, chống tác hại của thuốc lá",
    "Hỗ trợ doanh nghiệp nhỏ và vừa",
    "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Sử dụng năng lượng tiết kiệm và hiệu quả",
    "Bảo vệ và phát triển rừng",
    "Bảo vệ và kiểm dịch thực vật",
    "Tài nguyên, môi trường biển và hải đảo",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
    "Người Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    "Phòng, chống mua bán người",
    "Tổ chức Tòa án nhân dân",
    "Tổ chức Viện kiểm sát nhân dân",
    "Phổ biến, giáo dục pháp luật",
    "Thực hành tiết kiệm, chống lãng phí",
    "Phí và lệ phí",
    "Địa chất và khoáng sản",
    "Quy hoạch đô thị và nông thôn",
    "Khoa học, công nghệ và đổi mới sáng tạo",
    "Trật tự, an toàn giao thông đường bộ",
    "Quản lý và đầu tư vốn nhà nước tại doanh nghiệp",
    "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)",
    "Phòng, chống bệnh truyền nhiễm",
    "Chất lượng sản phẩm, hàng hóa",
    "Thuế xuất khẩu, thuế nhập khẩu",
    "Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
    "Ưu đãi người có công với cách mạng",
    "Ban hành văn bản quy phạm pháp luật",
    "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân",
    "Thi đua, khen thưởng",
    "Khai thác và bảo vệ công trình thủy lợi",
)


# A law name closed by its year (`Luật Đất đai năm 2024`).
LAW_NAME_YEAR = re.compile(r"\s+năm\s+(?P<year>\d{4})$")


def spelled_as(name: str, end: str = r"(?![\w-])", flags: int = 0) -> re.Pattern[str]:
    """`name` as a text writes it: its words split by any whitespace (a wrapped line), then `end`."""
    return re.compile(r"\s+".join(re.escape(w) for w in name.split()) + end, flags)


def _alternation(names: tuple[str, ...]) -> str:
    """Names as one alternation; words may be split by any whitespace (a wrapped line)."""
    def pattern(name: str) -> str:
        # `Hòa`/`Hoà`, `Ủy`/`Uỷ`: both tone placements are in use.
        words = (re.escape(w).replace("òa", "(?:òa|oà)").replace("óa", "(?:óa|oá)")
                 .replace("Ủy", "(?:Ủy|Uỷ)").replace("ủy", "(?:ủy|uỷ)") for w in name.split())
        # `Pháp lệnh phí-lệ phí`: a hyphen may stand for `và`
        return r"\s+".join(words).replace(r"\s+và\s+", r"(?:\s+và\s+|\s*-\s*)")

    return "|".join(sorted((pattern(n) for n in names), key=len, reverse=True))


# An ordinance bears the name of the law that later replaces it (`Pháp lệnh Phí và lệ phí`, then `Luật Phí và
# lệ phí`), so the same names close it.
KNOWN_LAW_NAME = re.compile(
    rf"(?P<law_type>Bộ luật|Luật|Pháp lệnh)\s+(?:{_alternation(LAW_NAMES_WITH_FUNCTION_WORDS)})(?!\w)",
    re.IGNORECASE,
)

# Named national programmes: `Chương trình mục tiêu quốc gia ...` (also written lower case).
NATIONAL_PROGRAMME = re.compile(r"(?<!\w)(?:C|c)hương trình mục tiêu quốc gia(?!\w)")

# A capitalised type word mid-sentence, a lower-case name, then the period that ends the name:
# `Chiến lược phát triển kinh tế biển bền vững đến năm 2030`.
PERIOD_NAMED_TYPES = ("Chương trình", "Chiến lược", "Đề án", "Kế hoạch", "Quy hoạch", "Dự án")
# Of those, the ones named without a period too (`Chương trình phục hồi và phát triển kinh tế - xã hội`),
# and the Party's platform (`Cương lĩnh chính trị`, DECISIONS-8);
# a bare type word (`việc thực hiện Chương trình`) still names nothing.
LOWER_NAMED_TYPES = ("Chương trình", "Chiến lược", "Đề án", "Cương lĩnh")
_RANGE = rf"{YEAR}\s?[-–]\s?{YEAR}"
NAME_PERIOD = re.compile(
    rf" +(?:(?:giai đoạn|thời kỳ|nhiệm kỳ) +{_RANGE}|đến năm +{YEAR}|năm +{_RANGE})"
    rf"(?:(?:,| +và)? +(?:tầm nhìn|định hướng) +(?:đến )?(?:năm +)?{YEAR})?(?!\w)"
)
# A word of a lower-case name; a period-closed name may hold commas (`dữ liệu về dân cư, định danh`).
LOWER_NAME_WORD = re.compile(r" +[\w-]+")
LOWER_NAME_WORD_OR_COMMA = re.compile(r",? +[\w-]+")
# Words that end a lower-case name: what follows is a clause (`thì` opens the main one; a degree adverb,
# `khá bài bản`, its predicate), an issuer, a date or a locative. `đối với` is one preposition: a name does
# not stop between its words (`Chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 61 huyện nghèo`).
LOWER_NAME_STOP = re.compile(
    r",? +(?:ngày|của|đã|được|nhằm|để|theo|tại|trên|này|do|số \d|và các|thực hiện|triển khai|(?<!đối )với|cho"
    r"|khi|là|thì|khá|rất|hết sức"
    r"|có|trong|từ|gồm|như|sau|trước|bảo đảm|đảm bảo|phê duyệt|ban hành|quy định|hướng dẫn|nêu|đề ra"
    # `thực hiện Đề án định kỳ 6 tháng`: a time of recurrence follows the type word, no name
    r"|định kỳ|(?:hằng|hàng|mỗi) (?:năm|quý|tháng))(?!\w)"
)
# Inside a name that a period closes, these verbs are part of it (`Chiến lược quốc gia bảo đảm trật
# tự, an toàn giao thông ... giai đoạn 2021 - 2030`), and so are the phrases that tie its aim to
# another (`Đề án tái cơ cấu kinh tế gắn với chuyển đổi mô hình tăng trưởng theo hướng ... giai đoạn
# 2013-2020`), and the territory the plan is of (`Quy hoạch tổng thể phát triển kinh tế - xã hội của tỉnh
# đến năm 2020`); after a comma they still open a clause.
# `theo hướng`, `theo mô hình`, `theo phương thức`: the manner a scheme sets is part of its name, in a name
# no period closes too (`Đề án thành lập các tổng công ty hoạt động theo mô hình công ty mẹ - công ty con`)
NAME_MANNER = re.compile(r" +theo +(?:hướng|mô hình|phương thức)(?!\w)")
CLOSED_NAME_VERB = re.compile(
    rf" +(?:bảo đảm|đảm bảo|của +(?:tỉnh|huyện|thành phố|thị xã|xã|vùng))(?!\w)|{NAME_MANNER.pattern}"
    r"|(?<=gắn) +với(?!\w)"
)
# Without a closing period, a name also stops at `về` (its subject), at a comma, and at a `và`
# that is not followed by a lower-case word (`... và Đề án 01`).
UNCLOSED_NAME_STOP = re.compile(r",| +về(?!\w)")
AND_THEN = re.compile(r" +và +(?P<initial>\w)")
MAX_LOWER_NAME_WORDS = 20
MAX_CLOSED_NAME_WORDS = 30

# `Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX`: a working rule is named by its organ.
WORKING_RULES = re.compile(rf"Quy chế làm việc +của(?= +{UPPER_CLASS})")  # `của Ủy ban ...` too

# `(sau đây gọi tắt là Nghị quyết 18)`, `(viết tắt là ...)`: the clause that introduces an alias, and
# that clause just before a mention (the mention is an alias of a document cited in full).
ALIAS_CLAUSE = r"(?:gọi|viết)\s+(?:tắt\s+|chung\s+|gọn\s+)?là\s*[“\"]?"
ALIAS_BEFORE = re.compile(rf"{ALIAS_CLAUSE}$", re.IGNORECASE)

# The parts an amendment names: `một số điều`, `một số điều, phụ lục` (of a decree), `một số nội dung`.
_AMENDED_PART = r"(?:điều|điểm|khoản|nội dung|phụ lục)"
AMENDED_PARTS = rf"một số {_AMENDED_PART}(?:\s*,\s*{_AMENDED_PART})*"

# `của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật ... số ...`: a list of amended laws
# that goes on after a number, each law with a number of its own; the first number is the first law's, and
# the amending law is named by its whole title, the numbers in it.
NUMBERED_LAW_NEXT = re.compile(
    r"\s*(?:,|\s(?:và|hoặc))\s+(?:Bộ luật|Luật|Pháp lệnh)\s(?:(?!\s(?:số|Luật)\s)[^;:()\n])*?\ssố\s"
)
# A version note names the amending document of the one before it: `Nghị định số 100/2019/NĐ-CP
# (được sửa đổi, bổ sung tại Nghị định số 123/2021/NĐ-CP)` is carried out, cited, ... as a whole; the
# part of the amending document may come first (`... bởi khoản 8 Điều 6 Luật số 56/2024/QH15`).
VERSION_NOTE = re.compile(
    r"[ \t]*\([ \t]*(?:đã[ \t]+)?(?:được[ \t]+)?(?:sửa đổi(?:,?[ \t]+bổ sung)?|bổ sung)"
    rf"(?:[ \t]+{AMENDED_PARTS})?[ \t]+(?:tại|bởi|theo)[ \t]+"
    r"(?:(?:điểm|khoản|điều|mục)[ \t]+[\w.]+[ \t]+(?:của[ \t]+)?)*",
    re.IGNORECASE,
)


def canonical_type(text: str) -> str:
    """The type word as `DOC_TYPES` writes it: `QĐ`, `quyết định` -> `Quyết định`."""
    if text in TYPE_CODES:
        return TYPE_CODES[text]
    folded = text.lower().replace("qui ", "quy ", 1)
    for doc_type in DOC_TYPES:
        if doc_type.lower() == folded:
            return doc_type
    return text


# `..., Ban Chấp hành Đảng bộ tỉnh quyết nghị:`, `..., Ban Thường vụ Tỉnh ủy yêu cầu ... sau:`: after a
# comma, the citing document's own main clause (a capitalised subject, a verb of deciding or
# directing, a colon) ends the title of the document cited before it.
CITING_CLAUSE = re.compile(
    r",\s+(?=[A-ZĐÀ-Ỹ][^,;:\n]{0,80}?\s(?:quyết nghị|yêu cầu|chỉ thị|đề nghị|quyết định|thông báo|kết luận"
    r"|ban hành|xây dựng|hướng dẫn|chỉ đạo|giao)(?!\w)[^;\n]*:)"
)


def cut_citing_clause(title: str) -> str:
    """`title` up to the citing document's own main clause (see `CITING_CLAUSE`)."""
    found = CITING_CLAUSE.search(title)
    return title[: found.start()] if found else title


# Relation cues, each with the relation it gives the document after it (`thực hiện Nghị quyết ...`).
RELATION_CUES = (
    # a corrigendum (`đính chính Thông tư số ...`) amends the text it corrects
    ("amends", rf"(?:sửa đổi\s*,?\s*bổ sung|sửa đổi|bổ sung)(?:\s+{AMENDED_PARTS}(?:\s+của)?)?|đính chính"),
    ("replaces", r"thay thế|bãi bỏ|hủy bỏ|huỷ bỏ"),
    ("implements", r"thực hiện|triển khai|cụ thể hóa|cụ thể hoá"),
    # `căn cứ (vào) quy định tại Nghị định ...`: the basis keeps its cue through `quy định tại`, which
    # alone is no cue (`theo quy định tại`)
    ("based_on", r"căn cứ(?:\s+(?:vào|theo))?"
                 r"(?:\s+(?:các\s+)?quy định(?:\s+(?:tại|của))?)?"),
)
# Where a clause starts, looking back from a mention, and how far back its cue may stand.
CLAUSE_START = re.compile(r"[;:.()\n\t]")  # a table cell starts a clause too
CUE_WINDOW = 80


_WORD = re.compile(r"\S+")


def capitals_end(text: str, start: int, end: int) -> int:
    """Where the upper-case words from `start` stop (at `end` at most): before the first word written with a
    small letter, a document symbol (`QĐ-TTg`) excepted. An upper-case title line runs as far as this."""
    for word in _WORD.finditer(text, start, end):
        if "/" not in word.group() and any(ch.islower() for ch in word.group()):
            return len(text[: word.start()].rstrip())
    return end
