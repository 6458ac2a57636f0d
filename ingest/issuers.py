"""Canonical issuer names and jurisdictions from the header lines of a document.

Header lines are printed in capitals (`TỈNH ỦY BẮC GIANG`, `BAN THƯỜNG VỤ`, `ỦY BAN NHÂN DÂN
TỈNH BẮC NINH`). A small lexicon restores the conventional capitalisation of body names; place
names are title-cased word by word.
"""

import re
from collections import Counter
from dataclasses import dataclass

from policylink.core.issuer_codes import is_central_issuer
from policylink.core.vietnamese import fold

# Folded printed form -> canonical form. Longest names first so that prefixes do not win.
_BODY_NAMES = {
    "ban chap hanh trung uong dang": "Ban Chấp hành Trung ương",
    "ban chap hanh trung uong": "Ban Chấp hành Trung ương",
    "thu tuong chinh phu": "Thủ tướng Chính phủ",
    "uy ban thuong vu quoc hoi": "Ủy ban Thường vụ Quốc hội",
    "bo chinh tri": "Bộ Chính trị",
    "ban bi thu": "Ban Bí thư",
    "chinh phu": "Chính phủ",
    "quoc hoi": "Quốc hội",
    "ban thuong vu": "Ban Thường vụ",
    "ban thuong truc": "Ban Thường trực",
    "thuong truc": "Thường trực",
    "ban chap hanh": "Ban Chấp hành",
    "ban can su dang": "Ban cán sự đảng",
    "dang doan": "Đảng đoàn",
    "van phong": "Văn phòng",
    "ban tuyen giao": "Ban Tuyên giáo",
    "ban to chuc": "Ban Tổ chức",
    "ban dan van": "Ban Dân vận",
    "ban noi chinh": "Ban Nội chính",
    "uy ban kiem tra": "Ủy ban Kiểm tra",
}
# Committees whose name carries the place: `TỈNH ỦY BẮC GIANG`, `ỦY BAN NHÂN DÂN TỈNH BẮC NINH`,
# and the mass organisations' provincial bodies (`TỈNH ĐOÀN NGHỆ AN`, `HỘI NÔNG DÂN TỈNH HÀ TĨNH`).
_LOCAL_COMMITTEE = re.compile(
    r"^(?P<body>tinh uy|thanh uy|huyen uy|thi uy|quan uy|dang uy|dang bo"
    r"|uy ban nhan dan|hoi dong nhan dan|uy ban mat tran to quoc viet nam"
    r"|tinh doan|thanh doan|huyen doan|hoi nong dan|hoi lien hiep phu nu|hoi cuu chien binh"
    r"|lien doan lao dong)"
    r"(?: (?P<level>tinh|thanh pho|huyen|thi xa|quan|xa|phuong))?(?: (?P<place>.+))?$"
)
# A Party committee of a bloc of agencies or enterprises (`ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH`).
_BLOC_COMMITTEE = re.compile(r"^(?P<body>dang uy|dang bo) khoi (?P<members>.+)$")
_COMMITTEE_NAMES = {
    "tinh uy": "Tỉnh ủy",
    "thanh uy": "Thành ủy",
    "huyen uy": "Huyện ủy",
    "thi uy": "Thị ủy",
    "quan uy": "Quận ủy",
    "dang uy": "Đảng ủy",
    "dang bo": "Đảng bộ",
    "uy ban nhan dan": "Ủy ban nhân dân",
    "hoi dong nhan dan": "Hội đồng nhân dân",
    "uy ban mat tran to quoc viet nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "tinh doan": "Tỉnh đoàn",
    "thanh doan": "Thành đoàn",
    "huyen doan": "Huyện đoàn",
    "hoi nong dan": "Hội Nông dân",
    "hoi lien hiep phu nu": "Hội Liên hiệp Phụ nữ",
    "hoi cuu chien binh": "Hội Cựu chiến binh",
    "lien doan lao dong": "Liên đoàn Lao động",
}
# Abbreviations printed in header lines, spelled out before matching (`ỦY BAN MTTQ VIỆT NAM`).
_HEADER_ABBREVIATIONS = {"MTTQ": "MẶT TRẬN TỔ QUỐC", "UBND": "ỦY BAN NHÂN DÂN", "HĐND": "HỘI ĐỒNG NHÂN DÂN"}
_LEVEL_WORDS = {
    "tinh": "tỉnh", "thanh pho": "thành phố", "huyen": "huyện", "thi xa": "thị xã",
    "quan": "quận", "xa": "xã", "phuong": "phường",
}
_LEVEL_LINE = re.compile(r"^(?P<level>tinh|thanh pho|huyen|thi xa|quan|xa|phuong) (?P<place>.+)$")
_MINISTRY = re.compile(r"^(?P<head>bo|so) (?P<rest>.+)$")
# The lower line of a two-line issuing block names the unit that issues under its parent
# (`BỘ TÀI CHÍNH` / `CỤC HẢI QUAN`, `CỤC THUẾ` / `THUẾ TỈNH TÂY NINH`): an organisation head noun
# opens it. Longest heads first (`tổng cục` before `cục`).
_UNIT_HEADS = {
    "tong cuc": "Tổng cục", "chi cuc": "Chi cục", "cuc": "Cục", "vu": "Vụ", "van phong": "Văn phòng",
    "trung tam": "Trung tâm", "hoc vien": "Học viện", "vien": "Viện", "truong": "Trường", "dai": "Đài",
    "thanh tra": "Thanh tra", "kho bac": "Kho bạc", "bao hiem xa hoi": "Bảo hiểm xã hội",
    "ban quan ly": "Ban Quản lý", "bo chi huy": "Bộ Chỉ huy", "cong an": "Công an", "thue": "Thuế",
    "hai quan": "Hải quan",
}
_UNIT_LINE = re.compile(rf"^(?P<head>{'|'.join(_UNIT_HEADS)}) (?P<rest>.+)$")
_ROMAN = re.compile(r"[IVXLC]+")
_TERM = re.compile(r"\s*\(?\b(?:KHÓA|KHOÁ|khóa|khoá|Khóa|Khoá)\s+[IVXLC]+\b\)?")
_MOTTO = re.compile(r"dang cong san viet nam|cong hoa xa hoi chu nghia|doc lap - tu do")


@dataclass(frozen=True)
class Issuer:
    name: str
    jurisdiction: str | None


def title_case_place(words: str) -> str:
    """`BẮC GIANG` -> `Bắc Giang`."""
    return " ".join(word[:1].upper() + word[1:].lower() for word in words.split())


def _original_tail(printed: str, folded_tail: str) -> str:
    """The printed words matching the last words of a folded string (fold keeps length)."""
    return printed[len(printed) - len(folded_tail):]


def _bloc_committee(printed: str, folded: str) -> Issuer | None:
    """`ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH` -> `Đảng ủy Khối các cơ quan tỉnh`: the Khối's words name
    its member agencies, not a place; the place comes from the line above or the place line."""
    match = _BLOC_COMMITTEE.match(folded)
    if not match:
        return None
    members = _original_tail(printed, match["members"]).lower().replace("trung ương", "Trung ương")
    return Issuer(f"{_COMMITTEE_NAMES[match['body']]} Khối {members}", None)


def _committee(printed: str, folded: str) -> Issuer | None:
    if (bloc := _bloc_committee(printed, folded)) is not None:
        return bloc
    match = _LOCAL_COMMITTEE.match(folded)
    if not match:
        return None
    name = _COMMITTEE_NAMES[match["body"]]
    if match["level"]:
        name = f"{name} {_LEVEL_WORDS[match['level']]}"
    place = title_case_place(_original_tail(printed, match["place"])) if match["place"] else None
    return Issuer(name, place)


def _named_body(printed: str, folded: str) -> str | None:
    for key, canonical in _BODY_NAMES.items():
        if folded == key:
            return canonical
    ministry = _MINISTRY.match(folded)
    if ministry:
        rest = _original_tail(printed, ministry["rest"])
        return f"{'Bộ' if ministry['head'] == 'bo' else 'Sở'} {field_case(rest)}"
    return None


_FIELD_START = re.compile(r"(^|, | - | và )(\w)")


def field_case(printed: str) -> str:
    """A department's field as it is written in its name: each coordinated field capitalised
    (`VĂN HÓA, THỂ THAO VÀ DU LỊCH` -> `Văn hóa, Thể thao và Du lịch`, `NÔNG NGHIỆP VÀ PHÁT TRIỂN
    NÔNG THÔN` -> `Nông nghiệp và Phát triển nông thôn`)."""
    return _FIELD_START.sub(lambda m: m[1] + m[2].upper(), printed.lower())


def _unit(printed: str, folded: str) -> Issuer | None:
    """`CỤC HẢI QUAN` -> `Cục Hải quan`; `VĂN PHÒNG CHÍNH PHỦ` -> `Văn phòng Chính phủ`; `THUẾ TỈNH
    TÂY NINH` -> `Thuế tỉnh Tây Ninh`, `Tây Ninh`; `CHI CỤC THUẾ KHU VỰC XV` keeps its numeral."""
    match = _UNIT_LINE.match(folded)
    if not match:
        return None
    head, rest = _UNIT_HEADS[match["head"]], _original_tail(printed, match["rest"])
    if match["rest"] in _BODY_NAMES:
        return Issuer(f"{head} {_BODY_NAMES[match['rest']]}", None)
    level = _LEVEL_LINE.match(match["rest"])
    if level:
        place = title_case_place(_original_tail(printed, level["place"]))
        return Issuer(f"{head} {_LEVEL_WORDS[level['level']]} {place}", place)
    cased = zip(field_case(rest).split(" "), rest.split(" "), strict=True)
    named = " ".join(printed_word if _ROMAN.fullmatch(printed_word) else word for word, printed_word in cased)
    return Issuer(f"{head} {named[:1].upper()}{named[1:]}", None)


def _sub_body(folded: str) -> tuple[str, str] | None:
    """`BAN THƯỜNG VỤ TỈNH ỦY` -> (`Ban Thường vụ`, remaining folded words `tinh uy`)."""
    for key, canonical in _BODY_NAMES.items():
        if folded.startswith(key + " "):
            return canonical, folded[len(key) + 1:]
    return None


def canonical_issuer(lines: list[str]) -> Issuer | None:
    """Canonical issuer from the issuing-body lines of a header, top line first.

    `TỈNH ỦY BẮC GIANG` + `BAN THƯỜNG VỤ` -> `Ban Thường vụ Tỉnh ủy`, `Bắc Giang`;
    `CỦA BAN THƯỜNG VỤ TỈNH ỦY` -> `Ban Thường vụ Tỉnh ủy`, no place. A later line names the
    issuing organ more precisely (`TỈNH ỦY BẮC NINH` + the type line's `CỦA BAN CHẤP HÀNH ĐẢNG BỘ
    TỈNH` -> `Ban Chấp hành Đảng bộ tỉnh`) and keeps the place of the lines above it.
    """
    issuer: Issuer | None = None
    for printed in lines:
        printed = re.sub(r"^(?:CỦA|của)\s+", "", printed.strip(" *-–"))
        printed = _TERM.sub("", printed).strip()  # `BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)`: no place
        for short, spelled in _HEADER_ABBREVIATIONS.items():
            printed = re.sub(rf"\b{short}\b", spelled, printed)
        folded = fold(printed)
        if not folded or _MOTTO.search(folded):
            continue
        found = _committee(printed, folded)
        level = _LEVEL_LINE.match(folded)
        if found is None and level and issuer is not None and issuer.jurisdiction is None:
            place = title_case_place(_original_tail(printed, level["place"]))
            found = Issuer(f"{issuer.name} {_LEVEL_WORDS[level['level']]}", place)
        elif found is None:
            named = _named_body(printed, folded)
            sub = _sub_body(folded) if named is None else None
            if sub is not None:
                inner = _committee(_original_tail(printed, sub[1]), sub[1])
                within = None if inner is None else Issuer(f"{sub[0]} {inner.name}", inner.jurisdiction)
                found = within or _unit(printed, folded)
            elif named is not None and issuer is not None and named in _BODY_NAMES.values() and not (
                is_central_issuer(named)  # `BỘ CHÍNH TRỊ` under `BAN CHẤP HÀNH TRUNG ƯƠNG` names itself
            ):
                found = Issuer(f"{named} {issuer.name}", issuer.jurisdiction)
            elif named is not None:
                found = Issuer(named, None)
            else:
                found = _unit(printed, folded)
        if found is not None:
            if found.jurisdiction is None and issuer is not None:
                found = Issuer(found.name, issuer.jurisdiction)
            issuer = found
    return issuer


_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_NAME_WORD = rf"[{_CAPITAL}][\wÀ-ỹ]*"
# The name stays in its table cell: `... tỉnh<TAB>Bộ Tài chính` names no province.
_PLACE_MENTION = re.compile(rf"\b(?:tỉnh|thành phố|huyện) +({_NAME_WORD}(?: +{_NAME_WORD}){{0,2}})")


def infer_jurisdiction(text: str) -> str | None:
    """The place most often named as `tỉnh X` / `thành phố X` / `huyện X` in the text."""
    counts = Counter(match.group(1) for match in _PLACE_MENTION.finditer(text))
    if not counts:
        return None
    return counts.most_common(1)[0][0]
