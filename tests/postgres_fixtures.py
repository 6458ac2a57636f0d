"""A throwaway PostgreSQL server for the store tests' second run: Debian's `postgresql` binaries,
a cluster in a temporary folder, reached only through a unix socket in that folder, stopped and
removed at the end. PostgreSQL refuses to run as root, so as root it runs as `postgres`."""

import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

# engine_at (store_fixtures) opens a PostgreSQL database instead of a SQLite file while this is set
SERVER_ENV = "POLICYLINK_TEST_POSTGRES"


def _bin_dir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("PostgreSQL chưa được cài: `make system-deps` (gói Debian `postgresql`)")
    return found[-1].parent


def _as_server_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@dataclass
class Cluster:
    folder: Path  # the data folder, the socket and the log

    @property
    def server_url(self) -> str:
        """A URL with no database (`database_url` adds one), written as an office would write it."""
        return f"postgresql://postgres@/?host={self.folder}"

    def stop(self) -> None:
        bin_dir = _bin_dir()
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                                        "-m", "immediate", "stop"]), check=False, capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb + pg_ctl start on a socket in a new temporary folder (fsync off: it is thrown away)."""
    bin_dir = _bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="policylink-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                    "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, capture_output=True)
    options = f"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    log = str(folder / "server.log")
    start = [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", log, "start"]
    subprocess.run(_as_server_user(start), check=True, capture_output=True)
    return Cluster(folder)


def database_url(server_url: str, folder: Path) -> str:
    """The database standing for a test's data folder, created on first use: the same folder
    always reaches the same database (tests reopen their store)."""
    name = "t_" + hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]
    admin_url = sa.make_url(server_url.replace("/?", "/postgres?")).set(drivername="postgresql+psycopg")
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if conn.execute(sa.text("select 1 from pg_database where datname = :n"), {"n": name}).first() is None:
            conn.execute(sa.text(f'create database "{name}"'))
    admin.dispose()
    return server_url.replace("/?", f"/{name}?")
