"""Start and stop a private PostgreSQL cluster for the tests (loopback only)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = _free_port()
        self.datadir: Path | None = None

    @classmethod
    def find(cls) -> PostgresServer | None:
        for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
            if os.path.exists(os.path.join(candidate, "postgres")):
                return cls(Path(candidate))
        return None

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if os.geteuid() == 0:  # the server refuses to run as root
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode:
            raise RuntimeError(f"{' '.join(args[:1])} failed: {proc.stderr.strip() or proc.stdout.strip()}")

    def start(self) -> None:
        # Not under pytest's tmp folder: the postgres user must be able to enter it.
        base = self.base = Path(tempfile.mkdtemp(prefix="xietong-pg-"))
        self.datadir = base / "data"
        sock = base / "sock"
        sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(base, "postgres")
            shutil.chown(sock, "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--no-locale")
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {sock} -c fsync=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-o", opts, "-w", "-l",
                  str(base / "log"), "start")

    def stop(self) -> None:
        if self.datadir:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop")
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{db}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
