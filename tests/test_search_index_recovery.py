"""A process killed inside its first opening of the embedded index (after Edge created the shard,
before `index.json` was written) must not leave an index that no later process can open; found
by `bench/kills.py`."""

import uuid
from pathlib import Path

import numpy as np

from policylink.search.index import EdgeIndex, IndexMeta, IndexPoint
from policylink.search.lexical import DEFAULT_ANALYZER, SparseTerms

META = IndexMeta("test-embedder", 4, DEFAULT_ANALYZER)


def _point(doc: str) -> IndexPoint:
    return IndexPoint(str(uuid.uuid5(uuid.NAMESPACE_URL, doc)), {"document_id": doc}, SparseTerms([], []),
                      np.array([1.0, 0.0, 0.0, 0.0]))


def test_an_index_whose_first_creation_was_killed_is_made_again(tmp_path: Path):
    folder = tmp_path / "edge"
    EdgeIndex(folder, META).close()
    (folder / "index.json").unlink()  # the state the kill left: a shard, no metadata
    index = EdgeIndex(folder, META)
    index.upsert([_point("a")])
    assert index.count() == 1 and index.document_points("a")
    index.close()
    reopened = EdgeIndex(folder, META)
    assert reopened.count() == 1 and not list(folder.glob("*.tmp"))
    reopened.close()
