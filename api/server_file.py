"""The file a running `policylink serve` leaves in its data folder (`server.json`, owner-only):
its address, its process id and a local token that lets the command line on the same machine read
through the server while the server holds the search index (Qdrant Edge allows one process)."""

import json
import os
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "server.json"


@dataclass(frozen=True)
class ServerAddress:
    url: str
    pid: int
    token: str


def _path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def local_url(host: str, port: int) -> str:
    """How a process on this machine reaches a server listening on `host` (any address: loopback)."""
    if host in {"", "0.0.0.0", "::"}:
        host = "127.0.0.1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def write(data_dir: Path, address: ServerAddress) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = _path(data_dir)
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(address.__dict__, handle)
    os.replace(temporary, path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def read(data_dir: Path) -> ServerAddress | None:
    """The server named in the data folder while its process lives; None otherwise."""
    try:
        address = ServerAddress(**json.loads(_path(data_dir).read_text()))
    except (OSError, ValueError, TypeError):
        return None
    return address if _alive(address.pid) else None


def remove(data_dir: Path, pid: int) -> None:
    """Remove the file if it still names process `pid` (a newer server may have replaced it)."""
    found = read(data_dir)
    if found is not None and found.pid == pid:
        _path(data_dir).unlink(missing_ok=True)
