"""The "all ridings" ZIP of a batch: each riding's newest PDF and CSV and a manifest CSV.

Written by tasks.build_archive into a temporary file, which it uploads in parts.
"""

from __future__ import annotations

import csv
import datetime
import io
import zipfile

from django.utils import timezone

from petitions.models import Member, Packet, PacketBatch
from petitions.packets import storage

COPY_CHUNK_BYTES = 1024 * 1024
MANIFEST_NAME = "manifest.csv"
MANIFEST_HEADER = [
    "riding_code",
    "riding_name_en",
    "riding_name_fr",
    "province",
    "mp",
    "language",
    "signatures",
    "named",
    "pages",
    "sha256",
    "pdf",
    "csv",
    "generated_at",
]


def archive_entry_name(packet: Packet, extension: str) -> str:
    riding = packet.riding
    name = riding.name_fr if packet.language.startswith("fr") else riding.name_en
    return f"{riding.code}-{storage.file_name_part(name)}.{extension}"


def write_archive(batch: PacketBatch, jobs, out) -> None:
    """Each riding's newest PDF and CSV, and manifest.csv.

    The files are streamed from the bucket a chunk at a time; manifest.csv holds riding, MP,
    counts, SHA-256 and file names.
    """
    members = {
        member.riding_id: member
        for member in Member.objects.current().filter(riding_id__in=[j.riding_id for j in jobs])
    }
    manifest = io.StringIO()
    writer = csv.writer(manifest)
    writer.writerow(MANIFEST_HEADER)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        for job in jobs:
            packet = job.packet
            files = []
            for key, extension, compression in (
                (packet.pdf_key, "pdf", zipfile.ZIP_STORED),  # PDF streams are compressed
                (packet.csv_key, "csv", zipfile.ZIP_DEFLATED),
            ):
                entry = archive_entry_name(packet, extension)
                info = zipfile.ZipInfo(entry, date_time=_zip_time(packet.generated_at))
                info.compress_type = compression
                body = storage.open_stream(key)
                with zf.open(info, "w", force_zip64=True) as target:
                    for chunk in body.iter_chunks(COPY_CHUNK_BYTES):
                        target.write(chunk)
                files.append(entry)
            member = members.get(job.riding_id)
            writer.writerow(
                [
                    job.riding.code,
                    job.riding.name_en,
                    job.riding.name_fr,
                    job.riding.province,
                    member.full_name if member else "",
                    packet.language,
                    packet.signature_count,
                    packet.named_count,
                    packet.pages,
                    packet.sha256,
                    *files,
                    packet.generated_at.isoformat(),
                ]
            )
        zf.writestr(MANIFEST_NAME, manifest.getvalue().encode("utf-8"))


def _zip_time(moment: datetime.datetime):
    local = timezone.localtime(moment)
    return (local.year, local.month, local.day, local.hour, local.minute, local.second)
