"""Pictures of the graph (SVG, PNG) for slides, drawn by Graphviz `dot` from `graph.export.to_dot`.

Graphviz lays out directed graphs in ranks, which reads well for lineages, and shapes text with
the named font (DejaVu Sans), so Vietnamese diacritics come out intact in both formats.
"""

import shutil
import subprocess

PICTURE_FORMATS = ("svg", "png")
_PNG_DPI = "150"


class RenderError(RuntimeError):
    """Graphviz is missing or failed; the message says what to install or what went wrong."""


def render(dot_source: str, fmt: str) -> bytes:
    """The picture of `dot_source` as SVG or PNG bytes."""
    if fmt not in PICTURE_FORMATS:
        raise ValueError(f"unknown picture format {fmt!r}; use one of {PICTURE_FORMATS}")
    dot = shutil.which("dot")
    if dot is None:
        raise RenderError(
            "Không tìm thấy lệnh `dot` của Graphviz. "
            "Cài đặt: `apt-get install graphviz` (hoặc `make system-deps`)."
        )
    command = [dot, f"-T{fmt}"] + ([f"-Gdpi={_PNG_DPI}"] if fmt == "png" else [])
    done = subprocess.run(
        command, input=dot_source.encode("utf-8"), capture_output=True, timeout=120, check=False
    )
    if done.returncode != 0:
        raise RenderError(f"Graphviz không vẽ được đồ thị: {done.stderr.decode('utf-8', 'replace').strip()}")
    return done.stdout
