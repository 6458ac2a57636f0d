"""Who issued a document, from its key or its issuer's name: a central body, or a local one.

A document is central only when its issuer is: Party keys whose issuer code ends in `TW`
(`57-NQ/TW`, `12-HD/VPTW`, `565-BC/BTCTW`; a bloc committee's `ĐUK` may be either), and state keys
carrying the code of a central body (`30/2020/NĐ-CP`, `1899/QĐ-TTg`, `31/2024/QH15`,
`11208/BNV-KHTC`, `37689/TB-CHQ`). Every other document belongs to the province of the issuer
named in its header, its citation or the citing document. A key whose codes name no known body
(`5348/CT-CS`, `3257/TNI-QLDN1`, `05-HD/ĐUK`) leaves the decision to the issuer's name (`Cục Thuế`
is central, `Thuế tỉnh Tây Ninh` is not).
"""

import re

from policylink.core.doc_types import type_for_code
from policylink.core.vietnamese import match_key, nfc

# Central state bodies by the code their symbols carry. A code may be followed by a session or
# term number (`QH15`, `UBTVQH14`) and by a department code (`BNV-CQĐP`, `VPCP-KTTH`).
CENTRAL_STATE_CODES = {
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "VPCP": "Văn phòng Chính phủ",
    "TTCP": "Thanh tra Chính phủ",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "TANDTC": "Tòa án nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "KTNN": "Kiểm toán nhà nước",
    "UBDT": "Ủy ban Dân tộc",
    "BCA": "Bộ Công an",
    "BCT": "Bộ Công Thương",
    "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BGTVT": "Bộ Giao thông vận tải",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BNG": "Bộ Ngoại giao",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNV": "Bộ Nội vụ",
    "BQP": "Bộ Quốc phòng",
    "BTC": "Bộ Tài chính",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BTP": "Bộ Tư pháp",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BXD": "Bộ Xây dựng",
    "BYT": "Bộ Y tế",
    "CHQ": "Cục Hải quan",
    "TCHQ": "Tổng cục Hải quan",
    "TCT": "Tổng cục Thuế",
}
# Codes of local bodies: a key carrying one is local whatever else it holds.
LOCAL_STATE_CODES = ("UBND", "HĐND", "CTUBND", "MTTQ")
_CENTRAL_PARTY_CODE = re.compile(r"TW$")
# Party committees of a province, city, district or commune and their organs (`TU`, `BTGTU`, `ThU`).
_LOCAL_PARTY_CODE = re.compile(r"(?:TU|ThU|HU|QU|TXU|ĐU)$")
_TERM_NUMBER = re.compile(r"\d+$")
_STATE_KEY = re.compile(r"^\d+[a-z]?/(?:\d{4}/)?(?P<symbol>.+)$")
_PARTY_KEY = re.compile(r"^\d+[a-z]?-[^/]+/(?P<issuer>.+)$")
_CENTRAL_FOLDED = {match_key(code) for code in CENTRAL_STATE_CODES}
_LOCAL_FOLDED = {match_key(code) for code in LOCAL_STATE_CODES}

# An issuer's name: the names of the central organs make it central; then a place or a local
# body's word makes it local; then the words and heads of central bodies' names (`... tối cao`,
# `Bộ ...`, `Cục ...`) make it central; anything else is local.
_CENTRAL_ORGAN = re.compile(r"\b(?:trung ương|chính phủ|quốc hội|bộ chính trị|ban bí thư)\b")
_LOCAL_NAME = re.compile(
    r"\b(?:tỉnh|thành phố|thành ủy|tỉnh ủy|huyện|huyện ủy|thị xã|thị ủy|quận|quận ủy|xã|phường|(?<!cơ )sở"
    r"|đảng ủy|đảng bộ|ủy ban nhân dân|hội đồng nhân dân|ubnd|hđnd)\b"
)
_CENTRAL_NAME = re.compile(r"\b(?:tối cao|nhà nước)\b|^(?:bộ|cục|tổng cục) ")


def _symbol_codes(symbol: str) -> list[str]:
    """The issuer codes of a state symbol: `QĐ-TTg` -> [`TTg`], `BNV-CQĐP` -> [`BNV`, `CQĐP`],
    `TTLT-BTC-BNV` -> [`BTC`, `BNV`]; a leading type code is no issuer when a code follows it."""
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    if len(parts) > 1 and type_for_code(parts[0]):
        parts = parts[1:]
    return parts


def key_level(key: str | None) -> str | None:
    """`central`, `local`, or None when the key's codes name no body known to be either."""
    if not key:
        return None
    key = re.sub(r"\s+", "", nfc(key)).replace("TƯ", "TW")
    if party := _PARTY_KEY.match(key):
        if _CENTRAL_PARTY_CODE.search(party["issuer"]):
            return "central"
        return "local" if _LOCAL_PARTY_CODE.search(party["issuer"]) else None
    state = _STATE_KEY.match(key)
    if not state:
        return None
    codes = [match_key(_TERM_NUMBER.sub("", code) or code) for code in _symbol_codes(state["symbol"])]
    if any(code in _LOCAL_FOLDED for code in codes):
        return "local"
    if any(code in _CENTRAL_FOLDED for code in codes):
        return "central"
    return None


def is_central_issuer(name: str | None) -> bool:
    """`Bộ Tài chính`, `Cục Thuế`, `Ban Tổ chức Trung ương` are central; `Ủy ban nhân dân tỉnh Hà Nam`,
    `Thuế tỉnh Tây Ninh`, `Ban Thường vụ Tỉnh ủy` and names that show neither are not."""
    if not name:
        return False
    name = match_key(name)
    if _CENTRAL_ORGAN.search(name):
        return True
    if _LOCAL_NAME.search(name):
        return False
    return bool(_CENTRAL_NAME.search(name))


def is_central(key: str | None, issuer: str | None = None) -> bool:
    """The key decides when its codes name a known body; otherwise the issuer's name does."""
    level = key_level(key)
    if level is not None:
        return level == "central"
    return is_central_issuer(issuer)
