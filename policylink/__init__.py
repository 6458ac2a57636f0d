"""policylink: document intelligence and citation linkage for Vietnamese directive documents.

The subpackages are layered, each importing only those below it:
``core`` (identity, Vietnamese text) → ``ingest`` → ``nlp`` → ``store`` → ``graph`` → ``search`` → ``api``.
"""
