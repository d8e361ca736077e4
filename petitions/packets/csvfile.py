"""The CSV beside each packet PDF: the same named signers, for the MP's office to sort and count.

UTF-8 with a byte order mark (Excel then reads accents right); a cell that a spreadsheet would run
as a formula gets a leading apostrophe. The packet's footer prints the SHA-256 of this file's
bytes, so anyone can check a printout against it with `sha256sum`.
"""

import csv
import datetime
import hashlib
import io

from django.utils import translation
from django.utils.translation import gettext

from petitions.packets.records import NamedSigner
from spreadsheets.formulas import escape_formula, unescape_formula

BOM = "\ufeff".encode()
ROWS_PER_WRITE = 1000


def header(language):
    with translation.override(language):
        return [
            gettext("No."),
            gettext("Name"),
            gettext("City"),
            gettext("Postal code"),
            gettext("Date signed"),
        ]


def signer_row(number, signer):
    return [
        str(number),
        escape_formula(signer.name),
        escape_formula(signer.city),
        escape_formula(signer.postal_code),
        signer.signed_on.isoformat(),
    ]


def write_signers_csv(signers, out, language):
    """Writes the CSV (header in `language`) to the binary file `out`.

    Returns the SHA-256 hex digest of the bytes written. `signers` is iterated once.
    """
    digest = hashlib.sha256()

    def emit(data):
        digest.update(data)
        out.write(data)

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header(language))
    pending = 0
    emit(BOM)
    for number, signer in enumerate(signers, start=1):
        writer.writerow(signer_row(number, signer))
        pending += 1
        if pending == ROWS_PER_WRITE:
            emit(buffer.getvalue().encode())
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    emit(buffer.getvalue().encode())
    return digest.hexdigest()


def read_signers_csv(data):
    """The named signers of a CSV written by write_signers_csv(), lazily, as NamedSigner.

    The CSV is bytes, or a binary file read from where it stands. This is so a PDF can be rendered
    from exactly the rows of its CSV. A file stays open: it is the caller's.
    """
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        rows = csv.reader(text)
        next(rows, None)
        for _number, name, city, postal_code, signed_on in rows:
            yield NamedSigner(
                name=unescape_formula(name),
                city=unescape_formula(city),
                postal_code=unescape_formula(postal_code),
                signed_on=datetime.date.fromisoformat(signed_on),
            )
    finally:
        text.detach()
