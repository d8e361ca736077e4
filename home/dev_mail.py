"""`make run`'s email backend: each email in its own file, and one console line naming it.

Django's console backend prints whole messages (headers, both alternatives, base64 parts) into
the console where the web server and the worker also write, so a confirmation link was hard to
find. Here each message becomes var/mail/<UTC time>-<recipients' hash>.eml, which any mail
client opens, and the console gets one line. The file name holds a hash, never the address.
"""

import hashlib
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend


class FileMailBackend(BaseEmailBackend):
    """Writes each message to settings.EMAIL_FILE_PATH/<timestamp>-<to-hash>.eml."""

    _lock = threading.Lock()

    def __init__(self, *args, file_path=None, stream=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.directory = Path(file_path or settings.EMAIL_FILE_PATH)
        self.stream = stream or sys.stdout

    def send_messages(self, email_messages):
        sent = 0
        for message in email_messages:
            path = self.write(message)
            subject = " ".join(str(message.subject).split())
            print(f"email: {path} ({subject})", file=self.stream, flush=True)
            sent += 1
        return sent

    def write(self, message):
        """Write `message` to a new .eml file; its path, relative to BASE_DIR when under it."""
        self.directory.mkdir(parents=True, exist_ok=True)
        recipients = ",".join(sorted(message.recipients())).lower()
        to_hash = hashlib.sha256(recipients.encode()).hexdigest()[:8]
        with self._lock:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
            path = self.directory / f"{stamp}-{to_hash}.eml"
            path.write_bytes(message.message().as_bytes(linesep="\n"))
        try:
            return path.relative_to(settings.BASE_DIR)
        except ValueError:
            return path
