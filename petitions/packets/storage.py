"""Packets in the private bucket (STORAGES["private"], django-storages' S3Storage).

Object names, uploads, deletions and presigned downloads.

Names are relative to the storage's `location` (as Django storages' names are), which is
what Packet.pdf_key, Packet.csv_key and PacketBatch.archive_key hold:

    packets/<petition id>/<riding code>/<YYYYmmddTHHMMSSffffffZ>-<lang>.pdf  (and .csv)
    packets/<petition id>/archives/<YYYYmmddTHHMMSSffffffZ>-batch<id>.zip

An S3 PUT is atomic per object: an object is either absent or whole. What makes a packet
"complete" is its database row, written only after both of its objects are uploaded.
"""

from __future__ import annotations

import datetime
import io
import logging
import posixpath
import re
from typing import BinaryIO

from boto3.s3.transfer import TransferConfig
from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.core.files.storage import storages

from home.text import strip_accents

logger = logging.getLogger(__name__)

PREFIX = "packets"
STORAGE_ALIAS = "private"
# Objects larger than this go up in parts of this size (S3's minimum part is 5 MiB); at most
# a few parts are in memory at once, whatever the size of the file.
MULTIPART_CHUNK_BYTES = 8 * 1024 * 1024
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "zip": "application/zip",
}
# Errors of the object storage itself (unreachable, refused, throttled...).
STORAGE_ERRORS = (BotoCoreError, ClientError)


class StorageUnavailable(RuntimeError):
    """The object storage could not be reached or refused a request."""


def private_storage():
    return storages[STORAGE_ALIAS]


def stamp(moment: datetime.datetime) -> str:
    """A sortable UTC time for object names: 20261121T184501123456Z."""
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def petition_prefix(petition_id: int) -> str:
    return f"{PREFIX}/{petition_id}/"


def riding_prefix(petition_id: int, riding_code: str) -> str:
    return f"{PREFIX}/{petition_id}/{riding_code}/"


def packet_names(
    petition_id: int, riding_code: str, moment: datetime.datetime, language: str
) -> tuple[str, str]:
    """(PDF name, CSV name) of a riding's packet made at `moment`."""
    base = f"{riding_prefix(petition_id, riding_code)}{stamp(moment)}-{language}"
    return f"{base}.pdf", f"{base}.csv"


def archive_name(petition_id: int, batch_id: int, moment: datetime.datetime) -> str:
    return f"{PREFIX}/{petition_id}/archives/{stamp(moment)}-batch{batch_id}.zip"


def object_key(name: str, storage=None) -> str:
    """The S3 key of `name`: the storage's location (key prefix), if any, then the name."""
    storage = storage or private_storage()
    location = (storage.location or "").strip("/")
    return posixpath.join(location, name) if location else name


def _transfer_config() -> TransferConfig:
    return TransferConfig(
        multipart_threshold=MULTIPART_CHUNK_BYTES,
        multipart_chunksize=MULTIPART_CHUNK_BYTES,
        max_concurrency=2,
    )


def upload(name: str, fileobj: BinaryIO, extension: str) -> None:
    """Upload `fileobj` (from its start) as `name`, in parts when it is large.

    boto3's upload_fileobj reads it a part at a time: never the whole file in memory.
    """
    storage = private_storage()
    size = fileobj.seek(0, io.SEEK_END)
    fileobj.seek(0)
    target = storage.bucket.Object(object_key(name, storage))
    try:
        if size < MULTIPART_CHUNK_BYTES:
            # One PUT: cheaper than the transfer manager (and its threads) for small files.
            target.put(Body=fileobj, ContentType=CONTENT_TYPES[extension])
        else:
            target.upload_fileobj(
                fileobj,
                ExtraArgs={"ContentType": CONTENT_TYPES[extension]},
                Config=_transfer_config(),
            )
    except STORAGE_ERRORS as error:
        raise StorageUnavailable(describe(error)) from error


def delete(*names: str) -> None:
    storage = private_storage()
    keys = [{"Key": object_key(name, storage)} for name in names if name]
    if not keys:
        return
    try:
        for start in range(0, len(keys), 1000):
            storage.bucket.delete_objects(Delete={"Objects": keys[start : start + 1000]})
    except STORAGE_ERRORS as error:
        raise StorageUnavailable(describe(error)) from error


def delete_quietly(*names: str) -> bool:
    """Delete what can be deleted; False when the storage could not (it may be down)."""
    try:
        delete(*names)
    except StorageUnavailable:
        return False
    return True


def list_names(prefix: str) -> list[str]:
    """Names (relative to the storage's location) of the objects under `prefix`."""
    storage = private_storage()
    key_prefix = object_key(prefix, storage)
    location = (storage.location or "").strip("/")
    strip = len(location) + 1 if location else 0
    try:
        return [item.key[strip:] for item in storage.bucket.objects.filter(Prefix=key_prefix)]
    except STORAGE_ERRORS as error:
        raise StorageUnavailable(describe(error)) from error


def delete_under(prefixes: list[str]) -> bool:
    """Delete every object under `prefixes`; False when the storage could not be reached."""
    try:
        delete(*(name for prefix in prefixes for name in list_names(prefix)))
    except StorageUnavailable as error:
        logger.warning("Objects not deleted yet: %s", error)
        return False
    return True


def open_stream(name: str):
    """The object's body as a stream (botocore StreamingBody: read(n), iter_chunks())."""
    storage = private_storage()
    try:
        return storage.bucket.Object(object_key(name, storage)).get()["Body"]
    except STORAGE_ERRORS as error:
        raise StorageUnavailable(describe(error)) from error


def download_url(name: str, filename: str, extension: str) -> str:
    """A presigned GET of `name`, valid PRESIGNED_URL_EXPIRY_SECONDS.

    It saves the file as `filename` (the presign's response-content-disposition: no proxying
    through Django).
    """
    return private_storage().url(
        name,
        parameters={
            "ResponseContentDisposition": f'attachment; filename="{filename}"',
            "ResponseContentType": CONTENT_TYPES[extension],
        },
        expire=settings.PRESIGNED_URL_EXPIRY_SECONDS,
    )


def file_name_part(text: str) -> str:
    """`text` in ASCII letters, digits and hyphens.

    "Toronto Centre" -> "Toronto-Centre", "Abitibi—Témiscamingue" -> "Abitibi-Temiscamingue".
    """
    return re.sub(r"[^A-Za-z0-9]+", "-", strip_accents(text)).strip("-")


def describe(error: Exception) -> str:
    """A one-line account of a storage error (endpoints and keys, never file contents)."""
    if isinstance(error, ClientError):
        info = error.response.get("Error", {})
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        return f"S3 refused the request: {info.get('Code', '?')} (HTTP {status})"
    return f"S3 could not be reached: {error}"
