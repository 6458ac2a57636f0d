"""The layers import one way: core → ingest → nlp → store → graph → search → api.

Every import of every module (top-level or inside a function, absolute or relative) is read with
`ast`; a module may import its own layer and the layers below it, never one above.
"""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Lowest first; the folder each layer lives in, relative to the repository.
LAYERS = {
    "core": "policylink/core",
    "ingest": "ingest",
    "nlp": "nlp",
    "store": "store",
    "graph": "graph",
    "search": "search",
    "api": "api",
}
RANK = {name: rank for rank, name in enumerate(LAYERS)}


def _imported_modules(tree: ast.AST, package: str) -> list[str]:
    """Absolute names of what a module imports; `package` resolves relative imports."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                names.append(".".join([*base, node.module] if node.module else base))
            else:
                names.append(node.module or "")
    return names


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "policylink" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in RANK else None


def layer_violations(repo: Path) -> list[str]:
    """Every import by which a lower layer reaches a higher one, as 'file: layer → module'."""
    found = []
    for layer, folder in LAYERS.items():
        for path in sorted((repo / folder).rglob("*.py")):
            package = "policylink." + ".".join(
                [layer, *path.relative_to(repo / folder).with_suffix("").parts[:-1]]
            )
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for module in _imported_modules(tree, package):
                target = _layer_of(module)
                if target is not None and RANK[target] > RANK[layer]:
                    found.append(f"{path.relative_to(repo)}: {layer} → {module}")
    return found


def test_the_code_imports_only_downwards():
    assert layer_violations(REPO) == []


def test_a_lower_layer_importing_a_higher_one_is_caught(tmp_path):
    for folder in LAYERS.values():
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "ingest" / "reader.py").write_text(
        "from policylink.core.identity import normalize_key\n", encoding="utf-8"
    )
    (tmp_path / "nlp" / "helper.py").write_text(
        "def late():\n    from policylink.search import engine\n", encoding="utf-8"
    )
    (tmp_path / "store" / "relative.py").write_text("from ..graph import build\n", encoding="utf-8")
    (tmp_path / "api" / "app.py").write_text("import policylink.ingest.reader\n", encoding="utf-8")

    assert layer_violations(tmp_path) == [
        "nlp/helper.py: nlp → policylink.search",
        "store/relative.py: store → policylink.graph",
    ]
