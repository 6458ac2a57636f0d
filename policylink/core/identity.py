"""Document identity: a key is not an identity, key + scope + year is (contract v1, *Identity*)."""

import hashlib
import re

from policylink.core.doc_types import TYPE_CODES
from policylink.core.issuer_codes import CENTRAL_STATE_CODES, is_central
from policylink.core.vietnamese import nfc, normalize_tones, slugify

CENTRAL_SCOPE = "tw"
_STATE_KEY = re.compile(r"^\d+/\d{4}/")
# Codes written in mixed case (`TTg`, `QĐi`, `TTr`), by their upper-case form as titles print them.
_MIXED_CASE_CODES = {code.upper(): code for code in (*TYPE_CODES, *CENTRAL_STATE_CODES) if not code.isupper()}
_CODE = re.compile(r"[^\W\d_]+")


def normalize_key(key: str) -> str:
    """`55 - KL/TƯ` -> `55-KL/TW`, `1899/QĐ-TTG` -> `1899/QĐ-TTg`: no spaces, `TƯ` written `TW`,
    mixed-case codes in their own case, NFC."""
    compact = re.sub(r"\s+", "", nfc(key))
    compact = re.sub(r"TƯ\b", "TW", compact)
    return _CODE.sub(lambda m: _MIXED_CASE_CODES.get(m.group(), m.group()), compact)


# A dash in a name, whatever its glyph and the spaces around it: `2021 - 2030`, `2021–2030`, `2021-2030`.
_NAME_DASH = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*")


def name_form(name: str) -> str:
    """A document's name as one document's names compare and identify: NFC, one space between words, every
    dash `-` with no space around it (a period printed `2021 - 2030` in one place, `2021–2030` in another)."""
    return _NAME_DASH.sub("-", " ".join(nfc(name).split()))


def key_carries_year(key: str) -> bool:
    """State keys carry their year (`30/2020/NĐ-CP`); Party keys (`55-KL/TU`) need it from a date."""
    return bool(_STATE_KEY.match(normalize_key(key)))


def scope_for(key: str | None, jurisdiction: str | None, issuer: str | None = None) -> str:
    """`tw` for a central issuer (`policylink.core.issuer_codes`), else the jurisdiction's slug, else
    `unknown`: two provinces' `2157/UBND-KT` are two documents."""
    if is_central(key, issuer):
        return CENTRAL_SCOPE
    return slugify(jurisdiction) if jurisdiction else "unknown"


def scope_of(doc_id: str) -> str:
    """Every id starts with its scope: `bac-giang/55-KL/TU/2021` -> `bac-giang`."""
    return doc_id.split("/", 1)[0]


def document_id(
    *,
    key: str | None,
    jurisdiction: str | None,
    year: int | None,
    doc_type: str | None = None,
    issuer: str | None = None,
    title: str | None = None,
    content: str | None = None,
) -> str:
    """`bac-giang/55-KL/TU/2021`, `tw/30/2020/NĐ-CP`, for a law named by name `tw/luat/dat-dai/2024`,
    or for other unnumbered documents `bac-giang/ket-luan/ban-thuong-vu-tinh-uy/2024-1a2b3c4d`.

    An unnumbered document's digest is of its title, or of its `content` (the text) when it has
    no title: two untitled notes then never share an id.
    """
    if not key and (law := named_law_id(doc_type, title, year)) is not None:
        return law
    scope = scope_for(key, jurisdiction, issuer)
    if key:
        key = normalize_key(key)
        if key_carries_year(key) or year is None:
            return f"{scope}/{key}"
        return f"{scope}/{key}/{year}"
    named = name_form(title) if title else ""
    digest = hashlib.sha256(nfc(named or content or "").encode()).hexdigest()[:8]
    parts = [scope, slugify(doc_type or "van-ban"), slugify(issuer or "khong-ro")]
    return "/".join(parts) + f"/{year or 'undated'}-{digest}"


# Laws and the like are national whoever cites them, and identified by their name and year.
NAMED_NATIONAL_TYPES = ("Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh")
# What follows a law's name: `năm 2024`, `ngày 18 tháng 01 năm 2024`, `số 31/2024/QH15 ...`.
_AFTER_LAW_NAME = re.compile(
    r"\s+(?:(?:ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+)?năm\s+(?P<year>\d{4})|số\s).*$", re.IGNORECASE | re.DOTALL
)


def named_law_stem(doc_type: str | None, name: str | None) -> str | None:
    """`tw/luat/dat-dai` for a `Luật` named `Luật Đất Đai ngày 18 tháng 01 năm 2024`: every spelling
    of one law's name gives one stem. None for other types, or without a name."""
    if doc_type not in NAMED_NATIONAL_TYPES or not name:
        return None
    name = " ".join(nfc(name).split())
    if name.lower().startswith(doc_type.lower()):
        name = name[len(doc_type) :]
    name_slug = slugify(_AFTER_LAW_NAME.sub("", name))
    if not name_slug and doc_type != "Hiến pháp":
        return None
    return "/".join([CENTRAL_SCOPE, slugify(doc_type), *([name_slug] if name_slug else [])])


def named_law_id(doc_type: str | None, name: str | None, year: int | None) -> str | None:
    """`tw/luat/dat-dai/2024`: the stem and the year (given, else the one the name writes); the bare
    stem when no year is known."""
    stem = named_law_stem(doc_type, name)
    if stem is None:
        return None
    after = _AFTER_LAW_NAME.search(" ".join(nfc(name or "").split()))
    if year is None and after and after["year"]:
        year = int(after["year"])
    return f"{stem}/{year}" if year else stem


_PLACE_WORDS = re.compile(r"\b(?:tỉnh ủy|thành ủy|huyện ủy|tỉnh|thành phố|huyện)\s+", re.IGNORECASE)


def jurisdiction_named_in(text: str | None) -> str | None:
    """The place a body name carries: `Ban Thường vụ Tỉnh ủy Lạng Sơn` -> `Lạng Sơn`, else None.

    The place is the run of capitalised syllables right after the place word; `Tỉnh ủy` alone
    (the citing document's own committee) names none.
    """
    if not text:
        return None
    text = normalize_tones(nfc(text))
    for match in _PLACE_WORDS.finditer(text):
        words = []
        for word in text[match.end() :].split():
            word = word.strip(",;:.()")
            if not word or not word[0].isupper() or not word.isalpha():
                break
            words.append(word)
        if words:
            return " ".join(words)
    return None


def year_of(iso_date: str | None) -> int | None:
    """`2021-03-07` -> 2021; None for a missing date."""
    return int(iso_date[:4]) if iso_date else None
