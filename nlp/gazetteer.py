"""The body gazetteer (`gazetteer.yaml`) compiled into regular-expression fragments.

The fragments match the tone-normalised text (`policylink.core.vietnamese.normalize_tones`, which keeps
lengths, so match offsets are offsets into the document) with `re.IGNORECASE`; abbreviations
(`UBND`, `TU`) only match written in capitals, and names marked `title` only with a capital
first letter, since in lower case they are ordinary words.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from policylink.core.once import once
from policylink.core.vietnamese import normalize_tones

GAZETTEER_PATH = Path(__file__).with_name("gazetteer.yaml")
_VIETNAMESE_LOWER = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz"
)
UPPER_CLASS = "[" + _VIETNAMESE_LOWER.upper() + "]"
# Words that start a new body rather than continue a proper name (`UBND tỉnh Bắc Giang, Sở ...`).
_NAME_STOPS = ("Ban", "Sở", "Bộ", "Ủy", "UBND", "HĐND", "MTTQ", "Đảng", "Thường", "Văn phòng", "Hội",
               "Chủ", "Trường", "Phòng", "Chính", "Tỉnh", "Huyện", "Thành", "Thị", "Mặt",
               "Quốc", "Giao", "Chỉ", "Trung", "Nhân", "Kết", "Nghị", "Quyết", "Kế", "Khóa", "Đề",
               "Cộng", "Độc", "Tháng", "Năm", "Ngày", "Số", "Bí", "Phó", "Giám", "Trưởng", "Hằng", "Cáo",
               "Hàng", "Quý", "Trước", "Các", "Và",
               r"Lưu(?=[^\S\n]*:)",  # `Lưu: VT` of the Nơi nhận, not `huyện Quỳnh Lưu`
               # a title in capitals goes on after the issuer's place (`... TỈNH HÀ TĨNH VỀ VIỆC`,
               # `UBND TỈNH BÃI BỎ ...`, `UBND CẤP XÃ TRÊN ĐỊA BÀN`), not `Quy Nhơn`, `Bãi Cháy`
               "Về", "Sửa", "Trên", r"Bãi(?=[^\S\n]+bỏ)", r"Quy(?=[^\S\n]+định)")
# Words that join a name to the rest of the clause, never its syllable (`Cục Hải quan X tại Công văn ...`).
_FUNCTION_WORDS = r"(?:và|tại|của|theo|về|với|trong|cho|để|từ|đến|trên|do|thuộc|là|có|được)"
_PLACE_SYLLABLES = (r"(?:Phòng|Thành|Trung|Quốc|Thị)(?!\w)"
                    r"(?![^\S\n]+(?:tâm|ương|ủy|phố|đoàn|xã|hội|gia)(?!\w))")  # not `Trung tâm`, `Thành ủy`
# `các tỉnh, thành phố khác`: the rest of a class of places, part of the class's name; so is the kind of
# place the class takes in (`các tỉnh, thành phố ven biển`, `các xã biên giới`).
_OTHER = r"[^\S\n]+(?:khác|ven[^\S\n]+biển|biên[^\S\n]+giới|miền[^\S\n]+núi)(?!\w)"
# `các tỉnh, thành phố trực thuộc Trung ương` (`TW`, `TƯ`): the provinces' standing, part of the class's name.
_NAME_AFTER = rf"[^\S\n]+(?-i:{UPPER_CLASS})"  # a capitalised word: a name goes on
_UNDER_CENTRE = r"[^\S\n]+trực[^\S\n]+thuộc[^\S\n]+(?:(?-i:T|t)rung[^\S\n]+ương|(?-i:TW|TƯ))(?!\w)"


@dataclass(frozen=True)
class NameEntry:
    kind: str
    level: str | None
    level_word: str  # optional | required | none | committee
    proper: str  # "" | "optional" | "required": a proper name follows (`Cục Hải quan Bắc Ninh`)
    pattern: str  # the name as a regex; a `title` name only with its capital first letter
    bloc: bool = False  # a bloc may stand for the level word (`Ban Chấp hành Đảng bộ Khối`)
    subordinate: bool = False  # may name its parent (`chi bộ trực thuộc`)


@dataclass(frozen=True)
class Gazetteer:
    expansions: dict[str, str]  # abbreviation key (`ubnd`, `bcsđảng`) -> full form
    abbreviation_pattern: str
    levels: dict[str, str | None]  # level word (lower case) -> level
    level_pattern: str  # `\s+` + level word + optional proper name
    committees: dict[str, tuple[str, str | None]]  # canonical (lower) -> (kind, level)
    committee_pattern: str
    organ_pattern: str
    organ_any_case: str  # `ban tuyên giáo cùng cấp` is written in lower case
    lower_case_organs: str  # `ban xây dựng Đảng`, also written `... của <committee>`
    listed_organs: str  # the organs named in the gazetteer, without the generic `Ban X`
    field_pattern: str
    fields: tuple[str, ...]  # the fields' names, tone-normalised, lower case
    field_initials: dict[str, str]  # `VHTTDL` -> `Văn hóa, Thể thao và Du lịch`: initials naming one field
    organ_abbreviations: frozenset[str]  # `TT`, `VP`, `BTV`: abbreviations of organs, written before a body
    proper_name: str
    institution_name: str  # a proper name whose words may have lower-case syllables
    bloc_tail: str  # `Khối các cơ quan tỉnh` after `Đảng ủy` / `Đảng bộ`
    bloc_committee: str  # `Đảng ủy`: with a bloc tail, the bloc's committee
    subordinate_tail: str  # `trực thuộc (Tỉnh ủy)`, `thuộc UBND tỉnh`; groups `direct`, `parent_level`
    names: tuple[NameEntry, ...]
    roles_pattern: str


def abbreviation_key(text: str) -> str:
    return re.sub(r"\W", "", text).lower()


def _word_pattern(word: str, *, exact_case: bool) -> str:
    escaped = re.escape(normalize_tones(word))
    return f"(?-i:{escaped})" if exact_case else escaped


def _abbreviation_regex(abbreviation: str) -> str:
    """`BCS đảng` -> capitals as written, lower-case words in any case; `CT-XH`, `TN&MT` spaces
    allowed around the joining mark."""
    parts = re.findall(r"\w+|[-–&]", abbreviation)
    out = []
    for part in parts:
        if part in "-–":
            out.append(r"\s*[-–]\s*")
        elif part == "&":
            out.append(r"\s*&\s*")
        else:
            if out and not out[-1].endswith(r"\s*"):
                out.append(r"\s+")
            out.append(_word_pattern(part, exact_case=part.isupper()))
    return "".join(out)


def _full_words(full: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"\w+|[,\-–]", normalize_tones(full)))


def phrase_pattern(
    phrase: str, abbreviations: dict[str, str], *, title: bool = False
) -> str:
    """Regex for `phrase`: flexible spaces, `,`/`-` separators, abbreviations for full forms."""
    tokens = re.findall(r"\w+|[,\-–]", normalize_tones(phrase))
    by_full: dict[tuple[str, ...], list[str]] = {}
    for abbreviation, full in abbreviations.items():
        by_full.setdefault(_full_words(full), []).append(_abbreviation_regex(abbreviation))
    pieces: list[tuple[str, str]] = []  # (separator kind, regex)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ",-–":
            pieces.append(("sep", r"\s*,\s*" if token == "," else r"\s*[-–]\s*"))
            i += 1
            continue
        for full_words, alternatives in sorted(by_full.items(), key=lambda kv: -len(kv[0])):
            span = tokens[i : i + len(full_words)]
            if [t.lower() for t in span] == list(full_words):
                # the words written out may themselves be abbreviated in part (`VP Chính phủ`
                # beside `VPCP`): the shorter forms apply inside them
                shorter = {a: f for a, f in abbreviations.items() if _full_words(f) != full_words}
                words = (phrase_pattern(" ".join(span), shorter, title=title and not pieces)
                         if len(full_words) > 1 else _words_regex(span, title=title and not pieces))
                pieces.append(("word", "(?:" + "|".join([words, *alternatives]) + ")"))
                i += len(full_words)
                break
        else:
            pieces.append(("word", _words_regex([token], title=title and not pieces)))
            i += 1
    out = []
    for n, (kind, regex) in enumerate(pieces):
        if n and kind == "word" and pieces[n - 1][0] == "word":
            out.append(r"\s+")
        out.append(regex)
    return "".join(out)


def _words_regex(words: list[str], *, title: bool) -> str:
    """Words of a phrase with flexible spaces; a `,` or `-` among them (`Văn hóa, Thể thao và Du
    lịch`) keeps its own spacing."""
    out = []
    for n, word in enumerate(words):
        if word in ",-–":
            out.append(r"\s*,\s*" if word == "," else r"\s*[-–]\s*")
            continue
        if n and words[n - 1] not in ",-–":
            out.append(r"\s+")
        if n == 0 and title:
            out.append(_word_pattern(word[0].upper(), exact_case=True) + re.escape(word[1:]))
        else:
            out.append(re.escape(word))
    return "".join(out)


def initials(name: str) -> str:
    """`Văn hóa, Thể thao và Du lịch` -> `VHTTDL`: the first letter of each syllable but `và`."""
    return "".join(w[0] for w in re.findall(r"\w+", name) if w.lower() != "và").upper()


def _field_initials(fields: list[str]) -> dict[str, str]:
    """The field each code of initials names (`Sở VHTT`, `Bộ GDĐT`): where fields share their initials,
    the one listed first (the gazetteer lists the names in use before the older ones)."""
    by_initials: dict[str, str] = {}
    for field in fields:
        by_initials.setdefault(initials(field), normalize_tones(field))
    return {code: name for code, name in by_initials.items() if len(code) > 1}


def _alternation(patterns: list[str]) -> str:
    return "(?:" + "|".join(patterns) + ")"


@once
def load_gazetteer() -> Gazetteer:
    data = yaml.safe_load(GAZETTEER_PATH.read_text(encoding="utf-8"))
    abbreviations: dict[str, str] = data["abbreviations"]

    def phrase(text: str, *, title: bool = False) -> str:
        return phrase_pattern(text, abbreviations, title=title)

    by_length = lambda items: sorted(items, key=len, reverse=True)  # noqa: E731
    stops = "|".join(_NAME_STOPS)
    # a proper name stays on its line and its table cell: spaces only
    # a later syllable of a place name may be one of those words (`Hải Phòng`, `Phú Quốc`, `Long
    # Thành`) where no capitalised word follows it (that would start the next body's name)
    later = (rf" +(?:(?!(?:{stops})(?!\w))|(?={_PLACE_SYLLABLES}(?![^\S\n]+(?-i:{UPPER_CLASS}))))"
             rf"(?-i:{UPPER_CLASS})\w*")
    proper_name = rf"(?: +(?!(?:{stops})(?!\w))(?-i:{UPPER_CLASS})\w*)(?:{later}){{0,3}}"
    level_words = _alternation([phrase(w) for w in by_length(data["levels"])])
    # `Công nghiệp Bắc Ninh`, `Viên chức tỉnh`: a capitalised word may end in one lower-case
    # syllable when another capitalised word, a level word or the end of the name follows
    # (`Trường Cao đẳng Công nghiệp chủ trì` would otherwise run into the verb). A word that
    # usually starts a new body starts the name when a capitalised word follows it, as in a
    # person's name (`Trường Chính trị Trường Chinh`).
    lower = UPPER_CLASS.lower()
    capitalised = rf"(?-i:{UPPER_CLASS})\w*"
    not_a_body_word = rf"(?!(?:{stops})(?!\w)(?! +(?!(?:{stops})(?!\w)){capitalised}))"
    # `Trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa`: a comma inside the name when a
    # capitalised word and then `và` + a capitalised word follow (`X, Y và Z`)
    inner_comma = (rf",(?= +{not_a_body_word}{capitalised}(?: +(?-i:{lower})\w*)?"
                   rf" +và +{not_a_body_word}{capitalised})")
    # (after `và` a body word starts the next body: `Cục Hải quan Bắc Ninh và Sở Tài chính`)
    # (`Trường Đại học Luật Tp. Hồ Chí Minh`: the city's abbreviation keeps its dot inside the name)
    institution_name = (
        rf"(?:(?: +và +(?!(?:{stops})(?!\w))|(?:{inner_comma})? +{not_a_body_word}){capitalised}"
        rf"(?:(?<=(?-i:TP|Tp))\.(?= +{capitalised}))?"
        rf"(?: +(?!{_FUNCTION_WORDS}(?!\w))(?-i:{lower})\w*"
        rf"(?= +(?-i:{UPPER_CLASS})| +{level_words}(?!\w)|[^\S\n]*(?:[,;:.()\n]|$)| +và(?!\w)))?){{1,6}}"
    )
    # `các huyện, thị xã, thành phố`, `các huyện, thành, thị`; in lower case, unlike a following
    # `Tỉnh đoàn`
    listed = _alternation(
        [phrase(w) for w in by_length(data["place_levels"] + data["listed_place_levels"])])
    # (`cấp tỉnh, cấp xã`: each place of the list may repeat `cấp`; `các tỉnh/thành phố` lists by a slash)
    more_places = rf"(?:\s*[,/]\s*(?:cấp\s+)?(?-i:{listed})(?!\w)|\s+và\s+(?:cấp\s+)?(?-i:{listed})(?!\w))*"
    # `Ủy ban nhân dân cấp xã tỉnh Cao Bằng`: a class of places inside one province
    of_province = rf"(?:(?<=cấp xã)|(?<=cấp huyện))[^\S\n]+(?:tỉnh|thành[^\S\n]+phố){proper_name}"
    # `Ban Công tác Mặt trận các thôn trên địa bàn xã`, `Ủy ban nhân dân các xã trên địa bàn huyện X`: a class
    # of places inside the territory that holds them, one name as printed
    in_territory = (rf"[^\S\n]+các[^\S\n]+{level_words}(?!\w){more_places}"
                    rf"[^\S\n]+trên[^\S\n]+địa[^\S\n]+bàn[^\S\n]+{level_words}(?!\w)(?:{proper_name})?")
    level_pattern = (  # on the name's line: `[^\S\n]`
        # (`TP. Hà Nội`: the abbreviation's dot before the place's name)
        rf"(?:{in_territory}|[^\S\n]+(?:các[^\S\n]+)?{level_words}(?!\w)(?:(?<=TP)\.(?={proper_name}))?{more_places}"
        rf"(?:{of_province}|{proper_name}|{_UNDER_CENTRE}|{_OTHER})?)"
    )
    bloc = data["bloc"]
    bloc_tail = (
        rf"{phrase(bloc['word'])}(?:\s+{_alternation([phrase(g) for g in by_length(bloc['groups'])])})?"
        rf"(?:[^\S\n]+{_alternation([phrase(w) for w in by_length(bloc['levels'])])})?(?!\w)"
    )
    committee_pattern = _alternation([rf"{phrase(bloc['committee'])}\s+{bloc_tail}"]
                                     + [phrase(c) for c in by_length(data["committees"])])
    council = _alternation([phrase("Ủy ban nhân dân"), phrase("Hội đồng nhân dân")])
    # (a ministry's units name it bare, `các cơ quan, đơn vị thuộc, trực thuộc Bộ`, in its own documents)
    parent = (rf"(?:{committee_pattern}(?!\w)|{council}(?P<parent_level>{level_pattern})"
              rf"|(?-i:Bộ)(?!\w)(?!{_NAME_AFTER}))")
    # `trực thuộc` may stand alone (`chi bộ trực thuộc`), but for a parent named after it (`trực thuộc Bộ
    # Quốc phòng`); `thuộc` needs its parent
    subordinate_tail = (
        rf"[^\S\n]+(?:thuộc[^\S\n]*,[^\S\n]*)?(?P<direct>trực[^\S\n]+)?thuộc"
        rf"(?:[^\S\n]+{parent}|(?(direct)(?!\w)(?!{_NAME_AFTER})|(?!)))"
    )
    generic_ban = (
        rf"(?-i:Ban)\s+(?-i:{UPPER_CLASS})\w*"
        r"(?:(?:\s+|\s*,\s*)(?!(?:và|của|các|với|tại|trong|ban)(?!\w))\w+){0,5}?"
    )
    organ_pattern = _alternation([phrase(o, title=True) for o in by_length(data["organs"])]
                                 + [phrase(o) for o in data["lower_case_organs"]] + [generic_ban])
    organ_any_case = _alternation([phrase(o) for o in by_length(data["organs"])])
    listed_organs = _alternation([phrase(o, title=True) for o in by_length(data["organs"])])
    field_pattern = _alternation([phrase(f) for f in by_length(data["fields"])])
    names = tuple(
        NameEntry(
            kind=entry["kind"],
            level=entry["level"],
            level_word=entry.get("level_word", "optional"),
            proper={True: "optional", "required": "required"}.get(entry.get("proper", ""), ""),
            pattern=phrase(entry["name"], title=entry.get("title", False)),
            bloc=entry.get("bloc", False),
            subordinate=entry.get("subordinate", False),
        )
        for entry in sorted(data["names"], key=lambda e: -len(e["name"]))
    )
    roles = _alternation([phrase(r) for r in by_length(data["roles"])])
    return Gazetteer(
        expansions={abbreviation_key(a): full for a, full in abbreviations.items()},
        abbreviation_pattern=_alternation(
            [_abbreviation_regex(a) for a in by_length(abbreviations)]
        ),
        levels={normalize_tones(k).lower(): v for k, v in data["levels"].items()},
        level_pattern=level_pattern,
        committees={normalize_tones(k).lower(): tuple(v) for k, v in data["committees"].items()},
        committee_pattern=committee_pattern,
        organ_pattern=organ_pattern,
        organ_any_case=organ_any_case,
        lower_case_organs=_alternation([phrase(o) for o in data["lower_case_organs"]]),
        listed_organs=listed_organs,
        field_pattern=field_pattern,
        fields=tuple(" ".join(normalize_tones(f).lower().split()) for f in data["fields"]),
        field_initials=_field_initials(data["fields"]),
        organ_abbreviations=frozenset(
            a for a, full in abbreviations.items()
            if normalize_tones(full).lower() in {normalize_tones(o).lower() for o in data["organs"]}),
        proper_name=proper_name,
        institution_name=institution_name,
        bloc_tail=bloc_tail,
        bloc_committee=bloc["committee"],
        subordinate_tail=subordinate_tail,
        names=names,
        roles_pattern=roles,
    )
