"""Body mentions: organisations of the political system, found with the gazetteer and patterns.

Conventions: tests/gold/GUIDELINES.md, "Bodies". Matching runs on the tone-normalised text (same
length as the document), so `Uỷ ban` and `Ủy ban` match alike and offsets stay exact. Every rule
proposes candidates; the longest wins; then compound names are joined (`Ban cán sự đảng` +
`UBND tỉnh`), and a level word or committee written once at the end of a coordinated list is
shared by the members before it: `Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh` gives
`Ủy ban Mặt trận Tổ quốc` (as written) at level province; `Thường trực, Ban Thường vụ Tỉnh ủy`
gives `Thường trực Tỉnh ủy`.

The rules live in nlp.body_rules, their candidates in nlp.body_candidates, canonical names and the
level a suffix gives in nlp.body_names, the words around a mention that join its name in
nlp.body_context; this module resolves the candidates into mentions.
"""

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain

from spacy.tokens import Doc, Span

from policylink.core.vietnamese import CharacterMap, normalize_tones
from policylink.nlp.body_candidates import LIST_HEAD, Candidate, candidates
from policylink.nlp.body_class_joins import (
    join_belonging,
    join_class_owners,
    join_class_runs,
    join_localities,
    join_named_places,
    join_place_by_level,
    share_council_tail,
    share_council_with_places,
)
from policylink.nlp.body_context import (
    LOOKBEHIND,
    deputy_of_prime_minister,
    join_compounds,
    share_organ,
    share_qualifier,
    share_standing_head,
    share_suffixes,
    with_branch,
    with_words_before,
)
from policylink.nlp.body_founded import with_founded_names
from policylink.nlp.body_initials import codes_in, expand_code, level_after, websites_by_code, written_out
from policylink.nlp.body_list_members import take_list_members
from policylink.nlp.body_names import (
    canonical_name,
    inner_aliases_blanked,
    level_of_suffix,
    organ_dots_as_spaces,
)
from policylink.nlp.body_open_class import fills_item
from policylink.nlp.body_remit import with_remit
from policylink.nlp.body_roles import offices_capitalised, role_units
from policylink.nlp.body_rules import FLAGS, OPEN_CLASS_HEADS, body_rules
from policylink.nlp.gazetteer import UPPER_CLASS
from policylink.nlp.model import Body
from policylink.nlp.new_titles import unmined_titles
from policylink.nlp.pipeline import text_of

SPANS_KEY = "bodies"
_FOLLOWED_BY_MEMBER = re.compile(r"\s+viên(?!\w)", FLAGS)
# `chi ủy nhiệm thu` (to spend on a collection mandate), `chi ủy thác`: `ủy` + `nhiệm`, `thác`, `quyền` is
# the verb `to mandate`, not the committee a name ends with.
_FOLLOWED_BY_MANDATE = re.compile(r"\s+(?:nhiệm|thác|quyền)(?!\w)", FLAGS)
# `chính quyền số`, `Chính phủ điện tử`: the digital-government concepts, not the body (a `số` that
# starts a document number, `số 12`, or the verb `số hóa` is no such word).
_FOLLOWED_BY_DIGITAL = re.compile(
    r"[^\S\n]+(?:số(?!\w)(?![^\S\n]*(?:\d|:[^\S\n]*\d|hóa|hoá))|điện[^\S\n]+tử(?!\w))", FLAGS)
# `sinh hoạt chi bộ`: a body word naming an activity (dev DECISIONS-3).
_ACTIVITY_BEFORE = re.compile(r"(?<!\w)sinh\s+hoạt\s+$", FLAGS)
# Footnote markers (`Tỉnh ủy¹`) would otherwise count as letters of the name.
_SUPERSCRIPTS = CharacterMap("⁰¹²³⁴⁵⁶⁷⁸⁹", " " * 10)
# Words inside a cited law's name are not bodies (`Luật Tổ chức Chính phủ`).
_IN_LAW_NAME = re.compile(
    r"(?<!\w)(?-i:Bộ luật|Luật|Pháp lệnh)(?:[^\S\n]+(?!(?:của|và|theo)(?!\w))\w+){0,4}[^\S\n]+$"
)
# The issuer of a document cited by its number or date (`... ngày 31/12/2014 của UBND tỉnh X`).
_CITED_ISSUER = re.compile(r"(?:\d|[A-ZĐ])[^\S\n]+(?:của|CỦA)[^\S\n]+$")
# The signature block: `T/M BAN THƯỜNG VỤ`, `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, ... and the
# upper-case lines under it.
_SIGNATURE_LINE = re.compile(
    rf"^[^\S\n]*(?:T/M|T\.M\.|TM\.|K/T|KT\.|TL\.|T/L|TUQ\.|Q\.|Q/)[^\S\n]*{UPPER_CLASS}[^\n]*",
    re.MULTILINE)
# The centrally-run cities: their party committee is a `Thành ủy`, so `TU` in their documents names it
# (the gazetteer's `TU` → `Tỉnh ủy` is for provinces; RULINGS, the note after R94).
_CENTRAL_CITIES = frozenset({"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"})
_PROVINCE_COMMITTEE_INITIALS = re.compile(r"(?<!\w)(?-i:TU)(?!\w)")
_UPPER_LINE = re.compile(r"\n[^\S\n]*[^\W\d_][^\n]*")


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longer ones winning; complete names beat partial ones."""
    chosen: list[Candidate] = []
    # the taken stretches in order, so each candidate is checked against the two around it
    # (they do not overlap, so their ends are in order too)
    starts: list[int] = []
    ends: list[int] = []
    order = sorted(candidates, key=lambda c: (c.partial, c.start - c.end, c.start))
    for c in order:
        before = bisect_left(starts, c.end)  # the stretches starting before this one ends
        if before and ends[before - 1] > c.start:
            continue
        chosen.append(c)
        index = bisect_left(starts, c.start)
        starts.insert(index, c.start)
        ends.insert(index, c.end)
    return sorted(chosen, key=lambda c: c.start)


# A place's name after its level word (`thành phố Đà Nẵng`), and how a name written out in full ends.
_PLACE_AFTER_LEVEL = re.compile(
    r"(?<!\w)(?:tỉnh|thành\s+phố|TP|thị\s+xã|huyện|quận|thị\s+trấn|phường|xã|đặc\s+khu)"
    rf"(?P<place>(?:[^\S\n]+(?-i:{UPPER_CLASS})\w*)+)$", FLAGS)
_CLEAN_END = re.compile(r"[^\S\n]*(?:[,;.:)\n]|$|và(?!\w))", FLAGS)


def _place_words(key: str, c: Candidate) -> list[str] | None:
    m = _PLACE_AFTER_LEVEL.search(key, c.start, c.end)
    return m["place"].lower().split() if m else None


def _cut_at_known_places(text: str, key: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place name runs on into the next capitalised words where case cannot end it (`UBND THÀNH
    PHỐ ĐÀ NẴNG SỬA ĐỔI ...`, `UBND thành phố Đà Nẵng Sửa đổi`): it ends where the same place ends
    in a name the document writes with a clean end (`UBND thành phố Đà Nẵng;`)."""
    known = {tuple(words) for c in chosen
             if (words := _place_words(key, c)) and _CLEAN_END.match(key, c.end)}
    out = []
    for c in chosen:
        words = _place_words(key, c)
        place = max((k for k in known if words and len(k) < len(words) and tuple(words[: len(k)]) == k),
                    key=len, default=None)
        if place is None or c.canonical != canonical_name(text[c.start : c.end]):
            out.append(c)
            continue
        tail = _PLACE_AFTER_LEVEL.search(key, c.start, c.end)
        end = tail.start("place") + len(" ".join(tail["place"].split()[: len(place)])) + (
            len(tail["place"]) - len(tail["place"].lstrip()))
        out.append(replace(c, end=end, canonical=canonical_name(text[c.start : end])))
    return out


def _is_excluded(key: str, c: Candidate, unmined: list[tuple[int, int]]) -> bool:
    if c.canonical != "Bộ" and body_rules().role_before.search(key, max(0, c.start - LOOKBEHIND), c.start):
        return True  # (the class `Bộ` is named by its ministers: `các đồng chí Bộ trưởng, ...`)
    if _FOLLOWED_BY_MEMBER.match(key, c.end):  # `Tỉnh ủy viên` is a person
        return True
    if key[c.start : c.end].lower().endswith("ủy") and _FOLLOWED_BY_MANDATE.match(key, c.end):
        return True
    if _FOLLOWED_BY_DIGITAL.match(key, c.end):
        return True
    if _ACTIVITY_BEFORE.search(key, max(0, c.start - 20), c.start):
        return True
    if _IN_LAW_NAME.search(key, max(0, c.start - 60), c.start):
        return True
    if _CITED_ISSUER.search(key, max(0, c.start - 20), c.start):
        return False  # `Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014 của UBND tỉnh X`, inside a new title
    return any(s < c.start and c.end <= e for s, e in unmined)


def _unannotated_zones(text: str, header_zones: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The header blocks (above the type line or a Công văn's `V/v` line, and each attachment's, as
    ingestion found them) and each signature block (dev DECISIONS, DECISIONS-4)."""
    # header blocks are described by the document fields, not annotated
    zones = list(header_zones)
    for m in _SIGNATURE_LINE.finditer(text):
        end = m.end()
        while (line := _UPPER_LINE.match(text, end)) and not any(c.islower() for c in line.group()):
            end = line.end()
        zones.append((m.start(), end))
    return zones


def _within_cell(text: str, c: Candidate) -> Candidate:
    """A name ends at a table's cell boundary (a tab): `lãnh đạo Sở<TAB>Lãnh đạo phòng` names `Sở`, the
    next cell starts another phrase."""
    tab = text.find("\t", c.start, c.end)
    if tab < 0:
        return c
    end = len(text[c.start : tab].rstrip()) + c.start
    return replace(c, end=end, canonical=canonical_name(text[c.start : end]), suffix_type=None, suffix="")


def _codes_written_out(text: str, chosen: list[Candidate], zones: list[tuple[int, int]]) -> list[Candidate]:
    """Names written by their initials where the document also writes them out (nlp.body_initials):
    a code after a head noun in a mention (`Trung tâm PVHCC`), and a code standing alone, followed by
    its level word or in a table's cell (`TTPVHCC tỉnh`, a cell's `TTPVHCC`); a code alone in a list
    of recipients is a distribution mark (RULINGS R4)."""
    codes = written_out(c.canonical for c in chosen if not any(codes_in(c.canonical)))
    if not codes:
        return chosen
    out: list[Candidate] = []
    for c in chosen:
        # (a code the mention ends inside, `phòng QLVH&GĐ`, is read whole)
        code = next((m for m in codes_in(text, c.start, c.end + _CODE_REACH) if m.start() < c.end), None)
        head = canonical_name(text[c.start : code.start()]) if code else ""
        name = expand_code(code.group(), head, codes) if head else None  # (a leading code: the gazetteer's)
        if name is not None:
            end = max(c.end, code.end())
            c = replace(c, end=end, canonical=canonical_name(f"{name}{text[code.end() : end]}"))
        out.append(c)
    taken = [(c.start, c.end) for c in out] + zones
    ends = {c.end for c in out}
    for code in codes_in(text):
        at = code.start()
        if any(s <= at < e for s, e in taken) or _IN_SYMBOL.search(text, max(0, at - 2), at):
            continue
        if (alias := _ALIAS.search(text, max(0, at - 4), at)) and alias.start() in ends:
            continue  # `Bộ phận Một cửa (BPMC)`: the name's short form, one mention with it (H3)
        head = _CODE_HEAD.search(text, max(0, code.start() - 20), code.start())
        start = head.start() if head else code.start()
        name = expand_code(code.group(), head["head"] if head else "", codes)
        level = level_after(text, code.end())
        line = text[text.rfind("\n", 0, start) + 1 : text.find("\n", code.end()) % (len(text) + 1)]
        if name is None or (head is None and level is None and "\t" not in line) or _FILED.match(line):
            continue
        end = level.end() if level else code.end()
        suffix = f" {' '.join(level.group().split())}" if level else ""
        out.append(with_branch(text, Candidate(start, end, name + suffix, "state",
                                               level_of_suffix(level.group()) if level else None)))
    return sorted(out, key=lambda c: c.start)


_CODE_REACH = 12  # characters a code may run on after where a mention's rule ended it
_IN_SYMBOL = re.compile(r"[-/][^\S\n]?\Z")  # `TT-BTC`, `TT- BKHCN`: a document symbol's issuer code
_ALIAS = re.compile(r"[^\S\n]*\([^\S\n]*\Z")  # a short form in brackets right after the name
_FILED = re.compile(r"[^\S\n]*[-+]?[^\S\n]*Lưu[^\S\n]*:")  # `Lưu: VT, Vụ KHTC`: the filing marks
# an organisation's head noun written before a code (`Cục DLQGVN`, `Trung tâm TTDL&CNS`)
_CODE_HEAD = re.compile(rf"(?<!\w)(?P<head>(?-i:{OPEN_CLASS_HEADS}|Phòng|Ban|Sở))[^\S\n]+$")


def _as_written_elsewhere(text: str, key: str, chosen: list[Candidate]) -> list[Candidate]:
    """A name cut short where the document writes it whole as a list item (`Chi cục Thuế` before
    `thương mại điện tử`, after the item `- Chi cục Thuế thương mại điện tử.`) runs to that name's end."""
    whole = sorted({" ".join(key[c.start : c.end].lower().split()): c for c in chosen
                    if fills_item(key, c.start, c.end)}.items(), key=lambda item: -len(item[0]))
    out = list(chosen)
    for i, c in enumerate(out):
        written = " ".join(key[c.start : c.end].lower().split())
        limit = out[i + 1].start if i + 1 < len(out) else len(key)
        for name, longer in whole:
            if not name.startswith(written + " "):
                continue
            rest = re.match(r"[^\S\n]+".join(map(re.escape, name[len(written):].split())) + r"(?!\w)",
                            key[c.end : limit].lower().lstrip(" "))
            if rest is not None:
                end = limit - len(key[c.end : limit].lower().lstrip(" ")) + rest.end()
                out[i] = replace(c, end=end, canonical=longer.canonical, kind=longer.kind, level=longer.level)
                break
    return out


def _city_committee(text: str, c: Candidate) -> Candidate:
    """`TT. TU` in a centrally-run city's document: `Thường trực Thành ủy`."""
    if not _PROVINCE_COMMITTEE_INITIALS.search(text, c.start, c.end) or "Tỉnh ủy" not in c.canonical:
        return c
    return replace(c, canonical=c.canonical.replace("Tỉnh ủy", "Thành ủy"))


def find_body_mentions(
    text: str, header_zones: Sequence[tuple[int, int]] = (), jurisdiction: str | None = None
) -> list[Body]:
    """Body mentions in `text` (NFC), in order, offsets into `text`; `header_zones` as ingestion
    found them (IngestedDocument.header_zones; none when left out, as in a sentence); `jurisdiction`
    the document's own place (DocumentHeader.jurisdiction), which tells a city's `TU` from a province's."""
    # (an alias defined inside a name is blanked in the key: `Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam xã`)
    key = inner_aliases_blanked(_SUPERSCRIPTS(normalize_tones(text)))
    key = offices_capitalised(organ_dots_as_spaces(key))
    unmined = unmined_titles(text)
    found = chain(candidates(text, key), role_units(text, key))
    chosen = _longest_first([_within_cell(text, c) for c in found])
    zones = _unannotated_zones(text, header_zones)
    chosen = [c for c in chosen if c.kind != LIST_HEAD and not _is_excluded(key, c, unmined)
              and not any(s <= c.start < e for s, e in zones)]
    chosen = [deputy_of_prime_minister(key, c) for c in _cut_at_known_places(text, key, chosen)]
    chosen = join_compounds(text, chosen)
    chosen = list(with_words_before(text, chosen))
    chosen = share_standing_head(text, share_organ(text, share_suffixes(text, chosen)))
    chosen = with_remit(text, share_qualifier(text, chosen))
    chosen = share_council_with_places(text, share_council_tail(text, chosen))
    chosen = join_named_places(text, join_belonging(text, chosen))
    chosen = join_place_by_level(text, join_localities(text, join_class_owners(text, chosen)))
    chosen = join_class_runs(text, chosen)
    chosen = take_list_members(text, chosen)
    chosen = _as_written_elsewhere(text, key, _codes_written_out(text, chosen, zones))
    chosen = websites_by_code(text, chosen)
    chosen = [c for c in with_founded_names(text, chosen) if not any(s <= c.start < e for s, e in zones)]
    if jurisdiction is not None and normalize_tones(jurisdiction).lower() in _CENTRAL_CITIES:
        chosen = [_city_committee(text, c) for c in chosen]
    return [
        Body(start=c.start, end=c.end, text=text[c.start : c.end], canonical=c.canonical,
             kind=c.kind, level=c.level)
        for c in chosen
    ]


def find_bodies(
    doc: Doc, header_zones: Sequence[tuple[int, int]] = (), jurisdiction: str | None = None
) -> list[Body]:
    """Body mentions of `doc`; also stored as `doc.spans["bodies"]` (label: canonical name)."""
    bodies = find_body_mentions(text_of(doc), header_zones, jurisdiction)
    spans: list[Span] = []
    for body in bodies:
        span = doc.char_span(body.start, body.end, label=body.canonical, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return bodies
