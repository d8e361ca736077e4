"""How far an uploaded workbook may expand: checked before anything unpacks it.

An XLSX file is a zip archive of XML parts. Deflate packs a long run of one character about a
thousand to one, so a 1 MB upload can hold a gigabyte of sheet XML (a "zip bomb") that openpyxl
would expand in the web worker. The archive's central directory states every part's compressed
and uncompressed size; they are read here with zipfile, without extracting anything, and the
workbook is refused when

- its parts together, or any one of them, would expand past IMPORT_MAX_UNCOMPRESSED_BYTES, or
- a part larger than RATIO_CHECKED_FROM_BYTES expands more than IMPORT_MAX_COMPRESSION_RATIO
  times (real sheets pack 5 to 30 to one; a run of zeros a thousand to one).

The stated sizes can be trusted: Python's zipfile, which openpyxl reads with, stops a part at its
stated size (and fails its checksum), so an archive that understates a part cannot expand further.
"""

import io
import zipfile

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# Small parts ([Content_Types].xml, styles) may pack at any ratio: they cannot expand far.
RATIO_CHECKED_FROM_BYTES = 1024 * 1024


def expansion_problem(data):
    """Why the workbook in `data` must not be opened (a translated sentence), or None.

    None also when `data` is no readable zip archive: openpyxl then gives its own error.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        return None
    limit = settings.IMPORT_MAX_UNCOMPRESSED_BYTES
    max_ratio = settings.IMPORT_MAX_COMPRESSION_RATIO
    total = 0
    for part in parts:
        if part.file_size > limit:
            return _(
                "This workbook cannot be imported: its part “%(part)s” unpacks to %(size)s, "
                "and a workbook may unpack to %(limit)s at most "
                "(IMPORT_MAX_UNCOMPRESSED_BYTES). Save it again as .xlsx or CSV, or split it."
            ) % {
                "part": part.filename,
                "size": filesizeformat(part.file_size),
                "limit": filesizeformat(limit),
            }
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_CHECKED_FROM_BYTES and ratio > max_ratio:
            return _(
                "This workbook cannot be imported: its part “%(part)s” unpacks %(ratio)d times "
                "larger than it is packed, and no more than %(limit)d times is accepted "
                "(IMPORT_MAX_COMPRESSION_RATIO). Save it again as .xlsx or CSV."
            ) % {"part": part.filename, "ratio": ratio, "limit": max_ratio}
        total += part.file_size
    if total > limit:
        return _(
            "This workbook cannot be imported: it unpacks to %(size)s, and a workbook may "
            "unpack to %(limit)s at most (IMPORT_MAX_UNCOMPRESSED_BYTES). Save it again as "
            ".xlsx or CSV, or split it."
        ) % {"size": filesizeformat(total), "limit": filesizeformat(limit)}
    return None
