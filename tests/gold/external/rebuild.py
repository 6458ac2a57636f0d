"""Rebuild the outside gold texts from their originals.

The originals are public files named in `sources.yaml`: word-segmented texts (`<id>.txt.ws`, words
joined by `_`, one sentence per line; fetch them into RAW_DIR as `<id>.ws`) and, from batch 17,
Markdown pages of documents (fetch them as `<id>.md`), from batch 19 plain texts taken from PDFs (fetch them
as `<id>.txt`), from batch 23 copied web pages cut at the entry's two `cut` quotes (fetch them as
`<id>.md`). Then

    python tests/gold/external/rebuild.py RAW_DIR [OUT_DIR]

writes OUT_DIR/<slug>.txt (default: tests/gold/external/texts, ignored by git) and checks each
text against the SHA-256 the annotators worked on, so that gold offsets and quotes still hold.
"""

import hashlib
import re
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROMAN_MARKER = re.compile(r"^(?:I{1,3}|Iv|V|Vi{1,3}|Ix|X|Xi{1,3})\b(?=\s*[.)])", re.I)
LETTER_I = re.compile(r"^i\s*\)")  # the letter item after `h )`, not the roman one
TABLE_RULE = re.compile(r"\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?|-{3,}")
PAGE_BODY = "\n## VĂN BẢN\n"
ATTACHED_FILES = "FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN"
MARKER_ONLY = re.compile(r"^(?:[IVXLivxl]+|[A-ZĐa-zđ]|\d+(?:\.\d+)*)\s*[.)]$")
ITEM_LETTER = re.compile(r"^[a-zđ]\)")


def _quotes(text: str) -> str:
    """Straight double quotes stand alone after segmentation: alternately open and close them."""
    parts = text.split('"')
    if len(parts) == 1:
        return text
    out = parts[0]
    for index, part in enumerate(parts[1:]):
        if index % 2 == 0:
            out = out.rstrip() + (" " if out.strip() else "") + '"' + part.lstrip()
        else:
            out = out.rstrip() + '"' + part
    return out


def join_tokens(line: str) -> str:
    """One segmented line as plain text: spaces for `_`, punctuation against its word."""
    text = line.replace("_", " ").strip()
    text = re.sub(r"\s+([,.;:!?)\]%…])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    if re.search(r"\d\s/\s\d", text):
        text = re.sub(r"\s*/\s*(?=\S)", "/", text)
    text = _quotes(text)
    roman = None if LETTER_I.match(text) else ROMAN_MARKER.match(text)
    if roman:  # a sentence-cased heading `Ii. về ...` was `II. VỀ ...`
        text = roman.group(0).upper() + text[roman.end():]
        text = re.sub(r"^(\S+[.)])\s*(\w)", lambda m: m.group(1) + " " + m.group(2).upper(), text)
    return text


def rebuild(raw: str) -> str:
    """The whole text: a numbering marker alone on its line joins the next line, a line that starts
    lower-case or with `;` `,` `)` continues the previous one."""
    lines: list[str] = []
    pending = ""
    for line in filter(None, (join_tokens(raw_line) for raw_line in raw.splitlines())):
        if MARKER_ONLY.match(line):
            pending = f"{pending} {line}" if pending else line
            continue
        if pending:
            line, pending = f"{pending} {line}", ""
        if lines and (line[0] in ";,)" or line[0].islower()) and not ITEM_LETTER.match(line):
            lines[-1] += ("" if line[0] in ";,)" else " ") + line
            continue
        lines.append(line)
    if pending:
        lines.append(pending)
    return "\n".join(lines) + "\n"


def document_part(page: str) -> str:
    """A Markdown page's document as a Word reader gives it: no markup, table rows as tab-separated cells,
    no blank lines or rules. The page's own parts before the document are dropped: a site's front matter
    and metadata table before `## VĂN BẢN`, or a copied page's source line and title before its header
    table (the first `# ` line); so is a copied page's note on attached files. Letters are composed (NFC):
    some pages store a letter and its tone mark apart; a reader shows them composed."""
    copied_body = page.split("\n# ", 1)[-1].split("\n", 1)[-1]
    body = page.split(PAGE_BODY, 1)[1] if PAGE_BODY in page else copied_body
    lines = []
    for line in body.splitlines():
        stripped = line.strip()
        if not stripped or TABLE_RULE.fullmatch(stripped):
            continue
        stripped = re.sub(r"^#{1,6}\s+", "", stripped).replace("**", "")
        if stripped.startswith("|") and stripped.endswith("|"):
            stripped = "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
        if stripped != ATTACHED_FILES:
            lines.append(stripped)
    return unicodedata.normalize("NFC", "\n".join(lines) + "\n")


def cut_part(page: str, start: str, end: str) -> str:
    """A copied web page whose document sits among the site's own text, cut at two quotes chosen by the
    annotator (`cut: [START, END]` in `sources.yaml`): from START's first occurrence to the end of END's first
    occurrence after it. Table bars and rules, blank lines and bold/italic marks are dropped; the page's own
    line breaks stay (they are the copy as it stands); letters are composed (NFC)."""
    first = page.index(start)
    last = page.index(end, first) + len(end)
    lines = []
    for line in page[first:last].splitlines():
        stripped = line.replace("*", "").strip()
        if stripped and stripped != "|" and not TABLE_RULE.fullmatch(stripped):
            lines.append(stripped)
    return unicodedata.normalize("NFC", "\n".join(lines) + "\n")


def plain_text(raw: str) -> str:
    """A plain-text original (text taken from a PDF) as it is but for the spaces that end its lines, letters
    composed (NFC)."""
    return unicodedata.normalize("NFC", "\n".join(line.rstrip() for line in raw.split("\n")))


# How each kind of original (by the end of its path) is fetched into RAW_DIR and turned into its text.
_KINDS = ((".txt.ws", ".ws", rebuild), (".md", ".md", document_part), (".txt", ".txt", plain_text))


def rebuilt_text(source: dict, raw_dir: Path) -> str | None:
    """The annotated text of one `sources.yaml` entry from its fetched original, or None when missing."""
    path = source["origin"].split(" @ ")[0]
    suffix, build = next((suffix, build) for end, suffix, build in _KINDS if path.endswith(end))
    raw_path = raw_dir / f"{source['id']}{suffix}"
    if not raw_path.is_file():
        return None
    raw = raw_path.read_text(encoding="utf-8")
    return cut_part(raw, *source["cut"]) if "cut" in source else build(raw)


def main(raw_dir: Path, out_dir: Path) -> int:
    sources = yaml.safe_load((HERE / "sources.yaml").read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for source in sources:
        text = rebuilt_text(source, raw_dir)
        if text is None:
            print(f"missing {source['id']} in {raw_dir}: fetch {source['origin']}", file=sys.stderr)
            failures += 1
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest != source["sha256"]:
            print(f"{source['slug']}: rebuilt text differs from the annotated one", file=sys.stderr)
            failures += 1
            continue
        (out_dir / f"{source['slug']}.txt").write_text(text, encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) == 3 else HERE / "texts"))
