"""Session-wide test set-up."""

import os
import tempfile

# Every test data folder shares one embedding cache, so the corpus passages are embedded once
# per test session rather than once per folder (embedding dominates ingest time). The cache is
# the production mechanism itself (POLICYLINK_EMBEDDING_CACHE), not a stand-in.
_CACHE_DIR = tempfile.mkdtemp(prefix="policylink-tests-")
os.environ.setdefault("POLICYLINK_EMBEDDING_CACHE", os.path.join(_CACHE_DIR, "embeddings.sqlite"))
