"""HTML to the reader conventions of `ingest.clean` (standard-library parser).

Block elements end a line, table cells are tab-separated, list items become `-` bullets,
`<sup>` digits become Unicode superscripts; scripts, styles and the document head are dropped.
"""

import re
from html.parser import HTMLParser

from policylink.ingest.decode import decode_text
from policylink.ingest.footnotes import superscript

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
           "article", "header", "footer", "blockquote", "pre", "ul", "ol", "title", "hr"}
_SKIPPED = {"script", "style", "head", "noscript", "template"}
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.superscript = 0
        self.cells_in_row = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "sup":
            self.superscript += 1
        elif tag in {"td", "th"}:
            if self.cells_in_row:
                self.parts.append("\t")
            self.cells_in_row += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "tr":
                self.cells_in_row = 0
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "sup":
            self.superscript = max(0, self.superscript - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        data = re.sub(r"\s+", " ", data)
        if self.superscript and data.strip().isdigit():
            data = superscript(data.strip())
        self.parts.append(data)


def read_html(data: bytes) -> str:
    declared = _CHARSET.search(data[:4096])
    try:
        text = data.decode(declared.group(1).decode()) if declared else decode_text(data)[0]
    except (LookupError, UnicodeDecodeError):
        text = decode_text(data)[0]
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    lines = [line.strip() for line in "".join(collector.parts).split("\n")]
    return re.sub(r"\n+", "\n", "\n".join(lines)).strip()
