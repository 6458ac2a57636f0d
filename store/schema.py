"""The tables, as they stand at the latest schema version (`migrations.py` keeps databases there).

Portable SQLAlchemy Core types only, so the same definitions serve SQLite and PostgreSQL.
"""

import sqlalchemy as sa

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(300), primary_key=True),  # policylink.core.identity.document_id(...)
    sa.Column("key", sa.String(200), index=True),
    sa.Column("doc_type", sa.String(100)),
    sa.Column("number", sa.String(50)),
    sa.Column("symbol", sa.String(100)),
    sa.Column("issuer", sa.String(300)),
    sa.Column("jurisdiction", sa.String(200)),
    sa.Column("issue_date", sa.Date),
    sa.Column("title", sa.Text),
    sa.Column("notes", sa.Text),
    sa.Column("origin", sa.String(20), nullable=False),  # how it first became known: ORIGINS
    sa.Column("ingested", sa.Boolean, nullable=False),  # True once a full text is stored
    sa.Column("current_version", sa.Integer),  # number of the newest version, null if none
    sa.CheckConstraint("origin IN ('file', 'registry', 'citation')", name="documents_origin"),
)

versions = sa.Table(
    "versions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.String(300), sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("number", sa.Integer, nullable=False),  # 1, 2, ... within the document
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),  # sha256 of source bytes
    sa.Column("source_name", sa.Text, nullable=False),
    sa.Column("source_format", sa.String(20), nullable=False),
    sa.Column("text", sa.Text, nullable=False),  # cleaned NFC text (contract v1 `document.text`)
    sa.Column("header", sa.JSON, nullable=False),
    sa.Column("sections", sa.JSON, nullable=False),
    sa.Column("footnotes", sa.JSON, nullable=False),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("document_id", "number", name="versions_document_number"),
)

extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column("version_id", sa.Integer, sa.ForeignKey("versions.id"), primary_key=True),
    sa.Column("data", sa.JSON, nullable=False),  # contract v1 JSON
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

edges = sa.Table(
    "edges",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # Who states the edge: a document id, or `registry:NAME` for a corpus registry.
    # `replace_edges` swaps all the edges of one such statement source, nothing else.
    sa.Column("stated_by", sa.String(300), nullable=False, index=True),
    sa.Column("source_id", sa.String(300), sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("target_id", sa.String(300), sa.ForeignKey("documents.id"), index=True),
    sa.Column("target_key", sa.String(300), nullable=False),
    sa.Column("relation", sa.String(20), nullable=False),
    sa.Column("evidence", sa.Text),
    sa.Column("source_version", sa.Integer),  # version of the stating document, null for the registry
    sa.CheckConstraint(
        "relation IN ('cites', 'implements', 'based_on', 'amends', 'replaces')", name="edges_relation"
    ),
)

# Documents whose stored text the search index has not taken in yet (an outbox): written in the
# ingest transaction, removed once indexing succeeds. Whoever holds the index drains it, so a
# document stored while another process held the index, or whose indexing was interrupted, is
# indexed later instead of being lost to search.
index_queue = sa.Table(
    "index_queue",
    metadata,
    # No foreign key: a deleted document stays queued until its points leave the index.
    sa.Column("document_id", sa.String(300), primary_key=True),
    sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
    # Failed indexing attempts since it was queued, the last one's error and time: the entry stays
    # queued (retried later) and `policylink status` says why it waits.
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("error", sa.Text),
    sa.Column("tried_at", sa.DateTime(timezone=True)),
)

# One row counting the write transactions committed (`store.database.writing`): a process that
# keeps something derived from the store (the server's citation graph) rebuilds it when the count
# moved, whichever process wrote.
store_generation = sa.Table(
    "store_generation",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("generation", sa.BigInteger, nullable=False),
)

ROLES = ("viewer", "editor")  # what a person or an API key may do: read, or also write


def _account_columns(table: str) -> list[sa.Column | sa.CheckConstraint]:
    """The role and creation time that people and API keys both carry."""
    allowed = ", ".join(f"'{role}'" for role in ROLES)
    return [
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"role IN ({allowed})", name=f"{table}_role"),
    ]


# People who sign in to the web pages (`policylink user add`): the password is kept only as a
# salted key-derivation hash (`api/credentials.py` writes and checks it).
users = sa.Table(
    "users",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("password_hash", sa.String(300), nullable=False),
    *_account_columns("users"),
)

# API keys of other systems (`policylink key add`): a public id and the SHA-256 of the secret part,
# never the key itself.
api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("secret_hash", sa.String(64), nullable=False),
    *_account_columns("api_keys"),
)
