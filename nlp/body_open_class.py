"""Open-class body names (issue 12): an organisation's head noun and the name after it, with where
that name ends — at the clause, at a body named inside it or after a joint, at its level word, or
after the central body (`Bộ X`, `Chính phủ`) or the body (`của Sở X`) it belongs to. nlp.body_candidates
turns the span into a candidate.
"""

import re

from policylink.nlp.body_names import canonical_name, level_of_suffix
from policylink.nlp.body_rules import FLAGS, LOWER_FIELDS, OPEN_CLASS_CENTRAL, PARENT_BODY, body_rules
from policylink.nlp.gazetteer import abbreviation_key

Span = tuple[int, int, str, str, str | None]  # start, end, canonical, kind, level


def open_class_span(text: str, m: re.Match[str]) -> Span | None:
    """`Đài Tiếng nói Việt Nam`: a head noun and its name (start, end, canonical, kind, level), or None.
    A name that went on from lower-case words to a proper name (`Việt Nam`) ends with it: lower-case
    words after it start the clause (`Thông tấn xã Việt Nam đưa tin`)."""
    head, name = m["head"], m["name"]
    rules = body_rules()
    comma = m.string.find(",", m.start("name"), m.end())
    if comma >= 0 and len(m.string[m.start("name") : comma].split()) > _FIELD_WORDS:
        # a comma joins fields (`Cục Mỹ thuật, Nhiếp ảnh và Triển lãm`), not a long name and the next
        # unit (`Trung tâm Phục vụ hành chính công, Điểm tiếp nhận và Trả kết quả`)
        shorter = rules.open_class.pattern.match(m.string, m.start(), comma)
        return open_class_span(text, shorter) if shorter else None
    if len(name) > 1 and name.isupper() and abbreviation_key(name) not in rules.gazetteer.expansions:
        return None  # a unit's code (`Cục CSGT`), or a body the gazetteer names by it (`Đài THVN`)
    if name in rules.gazetteer.organ_abbreviations:
        return None  # `Trung tâm TT`: a code, no standing organ (`TT`) after an organisation's head noun
    owner = _unit_owner_end(m) if head == "Bộ phận" else None
    named = max((g.end() for p in rules.names if (g := p.match(m.string, m.start()))), default=None)
    if (named is not None and owner is None and not m.string[named:].lstrip(" ")[:1].isupper()
            and not fills_item(m.string, m.start(), m.end())):
        return None  # a name of the gazetteer (`Cục Thuế nhận ...`) not followed by a proper name
    # `Văn phòng Tỉnh ủy tổng hợp`: a body named after the head ends the name where a lower-case
    # word follows it; `Cục Kiểm soát TTHC - VPCP`: a body named after a joint is another body
    cut = _inner_body_end(m)
    if cut is None:
        cut = _named_body_after_joint(m)
    suffix = m["suffix"] if cut is None else None
    end = cut if cut is not None else m.start("suffix") if suffix else m.end()
    words = list(re.finditer(r"\w+", text[m.start("name") : end]))
    capitalised = [i for i, w in enumerate(words) if w.group()[0].isupper()]
    proper = [i for i in capitalised if i > 0]
    if (proper and capitalised[-1] < len(words) - 1 and not suffix and owner is None
            and not _whole_item(m, cut, capitalised)):
        last = capitalised[-1]
        # a word of a field keeps its lower-case syllable (`Kế hoạch - Tài chính`, `Viễn thông Quân
        # đội`); a proper name of capitalised syllables (`Việt Nam`) ends with them
        if not words[last - 1].group()[0].isupper():
            last += 1
        end = m.start("name") + words[last].end()
    if suffix and end != m.start("suffix"):
        return None
    stop = m.end() if suffix else end
    parent = parent_end(m.string, stop) if stop == m.end() and not suffix else None
    if parent is not None:
        stop, suffix = parent, None
    elif owner is not None and stop == m.end():
        stop = owner
    if suffix is None and parent is None and stop == m.end() and _short_field(text, m.start("name"), stop):
        stop = fields.end() if (fields := LOWER_FIELDS.match(m.string, stop)) else stop
    central = head in OPEN_CLASS_CENTRAL or parent is not None
    level = level_of_suffix(suffix) if suffix else ("central" if central else None)
    kind = "state" if central or head in _STATE_HEADS else "other"
    return m.start(), stop, canonical_name(text[m.start() : stop]), kind, level


_FIELD_WORDS = 3  # the most words of a field a comma may follow inside a name

def _short_field(text: str, start: int, end: int) -> bool:
    """A name of one field of two syllables, the second in lower case (`Quản lý`, `Giám sát`): too
    short to end the name where a comma and lower-case fields follow it."""
    words = text[start:end].split()
    return len(words) == 2 and words[1].islower()


_STATE_HEADS = ("Kho bạc", "Văn phòng", "Chi cục", "Bộ phận")
_OWNER = re.compile(r"[^\S\n]+(?:của|tại)[^\S\n]+", FLAGS)


def _unit_owner_end(m: re.Match[str]) -> int | None:
    """`Bộ phận Một cửa tại Sở X`, `... của Sở X`: the end of the body a unit belongs to, written after it."""
    owner = _OWNER.match(m.string, m.end())
    return body_at(m.string, owner.end()) if owner else None


def parent_end(key: str, at: int) -> int | None:
    """The end of the ministry or the Government a unit's name ends with (`... Bộ Quốc phòng`)."""
    m = PARENT_BODY.match(key, at)
    if m is None:
        return None
    ministry = body_rules().fields.match(key, at + len(m.group()) - len(m.group().lstrip()))
    if m.group().strip() == "Chính phủ" or (ministry and names_a_ministry(ministry["field"])):
        return m.end() if ministry is None else ministry.end("field")
    return None


_ITEM_END = re.compile(r"[^\S\n]*(?:[,;:()\n]|$|[-–/])")  # (not a sentence's full stop)


def _whole_item(m: re.Match[str], cut: int | None, capitalised: list[int]) -> bool:
    """A name that fills its list item up to the punctuation keeps its lower-case words
    after a capitalised one (`Văn phòng Tổng Bí thư;`, `Cục Kiểm tra văn bản và Quản lý xử lý vi
    phạm hành chính,`), unless a proper name of several capitalised syllables came before more
    than one of them (`Thông tấn xã Việt Nam đưa tin.`)."""
    if cut is None and not _ITEM_END.match(m.string, m.end()):
        return False
    run = 1
    while run < len(capitalised) and capitalised[-run - 1] == capitalised[-run] - 1:
        run += 1
    words_after = len(re.findall(r"\w+", m.string[m.start("name") : cut or m.end()])) - 1 - capitalised[-1]
    return run == 1 or words_after == 1


# a list item: a marker opens the line, the item's punctuation (or none) closes it
_ITEM_START = re.compile(r"(?:^|\n)[^\S\n]*[-+•][^\S\n]*$")
_ITEM_CLOSE = re.compile(r"[^\S\n]*[;.,]?[^\S\n]*(?:\n|$)")


def fills_item(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a whole list item (`- Chi cục Thuế doanh nghiệp lớn;`): lower-case words after
    a name of the gazetteer are still the name's own (no predicate can follow them in the item)."""
    return bool(_ITEM_START.search(text, max(0, start - 8), start) and _ITEM_CLOSE.match(text, end))


def _inner_body_end(m: re.Match[str]) -> int | None:
    rules = body_rules()
    patterns = (*rules.names, rules.bare_committee, rules.fields)
    end = max((g.end() for p in patterns if (g := p.match(m.string, m.start("name")))), default=None)
    if end is None or end >= m.end() or m.string[end:].lstrip(" ")[:1].isupper():
        return None
    return end


_JOINT = re.compile(r"[^\S\n]+và[^\S\n]+|[^\S\n]*[-–/,][^\S\n]*")


def _named_body_after_joint(m: re.Match[str]) -> int | None:
    """Where a `và`, comma, dash or slash inside an open-class match starts a body the gazetteer names
    (`Cục Thuế và Kho bạc Nhà nước`, `Cục Kiểm soát TTHC - VPCP`): the name ends there."""
    for joint in _JOINT.finditer(m.string, m.start("name"), m.end()):
        if any(pattern.match(m.string, joint.end()) for pattern in body_rules().names):
            return joint.start()
    return None


def body_at(key: str, at: int) -> int | None:
    """The end of a body the gazetteer or a department's field names at `at`, if any."""
    rules = body_rules()
    patterns = (*rules.names, rules.fields, rules.bare_committee)
    ends = [g.end() for p in patterns if (g := p.match(key, at)) and key[at : at + 1].isupper()]
    return max(ends, default=None)


def names_a_ministry(field: str) -> bool:
    """A listed field, or the first words of one (`Bộ Nông nghiệp` for `Bộ Nông nghiệp và Phát
    triển nông thôn`): `Bộ Chính trị`, `Bộ Tư lệnh` name no ministry."""
    g = body_rules().gazetteer
    if re.fullmatch(g.field_pattern, field, FLAGS):
        return True
    words = " ".join(field.lower().split())
    return any(f.startswith((words + " ", words + ",")) for f in g.fields)
