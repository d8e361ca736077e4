"""Workbooks that unpack too far are refused before openpyxl opens them (archive_limits.py).

The bombs are real zip archives whose sheet is a long run of zeros, packed by deflate about a
thousand to one: one of 1 GiB weighs about 1 MB. They are built from a single compressed copy of
the run (deflate output after a full flush does not depend on what came before), so building one
takes a moment; nothing here ever unpacks them.
"""

import io
import random
import struct
import time
import zipfile
import zlib

import openpyxl
import openpyxl.xml
import pytest
from defusedxml import EntitiesForbidden
from django.test import override_settings

from spreadsheets import reading
from spreadsheets.models import ImportJob
from tests.factories.imports import upload, xlsx_bytes
from tests.support.html import main_text
from tests.support.two_factor import login_verified

MB = 1024 * 1024
SHEET = "xl/worksheets/sheet1.xml"
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>postal_code</t></is></c></row>'
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
)
SHEET_TAIL = b"</t></is></c></row></sheetData></worksheet>"


def deflate(data):
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def deflate_run(head, fill, count, tail):
    """(raw deflate, CRC-32, size) of head + fill * count + tail, compressing `fill` once."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    piece = packer.compress(fill) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(fill, crc)
    crc = zlib.crc32(tail, crc)
    return first + piece * count + last, crc, len(head) + len(fill) * count + len(tail)


def zip_archive(parts):
    """A zip archive of deflated parts: [(name, raw deflate, CRC-32, unpacked size)]."""
    body, directory = b"", b""
    for name, packed, crc, size in parts:
        encoded = name.encode()
        fields = (20, 0, 8, 0, 0x21, crc, len(packed), size, len(encoded))  # 8: deflate
        directory += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, len(body)
        )
        directory += encoded
        body += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields, 0) + encoded + packed
    count = len(parts)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
    return body + directory + end


def bomb(zeros_mb):
    """A workbook whose first sheet holds a cell of `zeros_mb` MiB of zeros."""
    workbook = zipfile.ZipFile(io.BytesIO(xlsx_bytes([["postal_code"], ["K1A"]])))
    parts = []
    for info in workbook.infolist():
        if info.filename == SHEET:
            parts.append((SHEET, *deflate_run(SHEET_HEAD, b"0" * MB, zeros_mb, SHEET_TAIL)))
        else:
            data = workbook.read(info)
            parts.append((info.filename, deflate(data), zlib.crc32(data), len(data)))
    return zip_archive(parts)


def text(refused):
    """The refusal's message, with filesizeformat's no-break spaces as plain ones."""
    return str(refused.value).replace("\xa0", " ")


@pytest.fixture(scope="module")
def gigabyte_bomb():
    return bomb(1024)


@pytest.fixture
def openpyxl_must_not_open(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl opened a workbook that unpacks too far")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def test_the_bomb_is_a_real_small_archive_of_a_huge_sheet(gigabyte_bomb):
    assert len(gigabyte_bomb) < 1.1 * MB
    with zipfile.ZipFile(io.BytesIO(gigabyte_bomb)) as archive:
        assert archive.getinfo(SHEET).file_size > 1024 * MB
        with archive.open(SHEET) as sheet:
            assert sheet.read(len(SHEET_HEAD) + 5) == SHEET_HEAD + b"00000"


@pytest.mark.parametrize("step", [reading.inspect, reading.read])
def test_a_workbook_that_unpacks_to_a_gigabyte_is_refused_unopened(
    gigabyte_bomb, openpyxl_must_not_open, step
):
    started = time.monotonic()
    with pytest.raises(reading.FileError) as refused:
        step(gigabyte_bomb, "signatures.xlsx")

    message = text(refused)
    assert f"its part “{SHEET}” unpacks to 1.0 GB" in message
    assert "may unpack to 200.0 MB at most (IMPORT_MAX_UNCOMPRESSED_BYTES)" in message
    assert time.monotonic() - started < 1


@override_settings(IMPORT_MAX_UNCOMPRESSED_BYTES=10 * MB)
def test_parts_together_may_not_unpack_past_the_limit(openpyxl_must_not_open):
    noise = random.Random(12).randbytes(MB)  # packs barely: no ratio to refuse
    parts = [(f"xl/part{n}.xml", *deflate_run(b"", noise, 4, b"")) for n in range(3)]
    with pytest.raises(reading.FileError) as refused:
        reading.inspect(zip_archive(parts), "x.xlsx")
    assert "it unpacks to 12.0 MB" in text(refused)
    assert "may unpack to 10.0 MB at most" in text(refused)


def test_a_part_that_packs_too_tightly_is_refused(openpyxl_must_not_open):
    small_bomb = bomb(50)  # under the size limit, but packed a thousand to one
    with pytest.raises(reading.FileError) as refused:
        reading.read(small_bomb, "x.xlsx")
    message = text(refused)
    assert "unpacks " in message and "times larger than it is packed" in message
    assert "no more than 100 times is accepted (IMPORT_MAX_COMPRESSION_RATIO)" in message


def test_real_workbooks_still_read():
    rows = [["postal_code", "riding_code"]] + [[f"K1A {n:03d}", 35001 + n] for n in range(2000)]
    table = reading.read(xlsx_bytes(rows), "x.xlsx")
    assert len(table) == 2000


def test_openpyxl_parses_with_defusedxml():
    """With defusedxml installed (requirements.txt), openpyxl refuses XML entities."""
    assert openpyxl.xml.DEFUSEDXML is True
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        b"]>"
    )
    workbook = zipfile.ZipFile(io.BytesIO(xlsx_bytes([["a"], ["b"]])))
    parts = []
    for info in workbook.infolist():
        data = workbook.read(info)
        if info.filename == SHEET:
            body = data.split(b"?>", 1)[-1]
            data = laughs + body.replace(b">b<", b">&c;<")
        parts.append((info.filename, deflate(data), zlib.crc32(data), len(data)))
    workbook = zip_archive(parts)
    with pytest.raises(ValueError, match="Unable to read workbook") as raised:
        openpyxl.load_workbook(io.BytesIO(workbook), read_only=True)
    assert isinstance(raised.value.__cause__, EntitiesForbidden)
    with pytest.raises(reading.FileError, match="cannot be read"):
        reading.read(workbook, "x.xlsx")


@pytest.mark.django_db
def test_the_import_page_refuses_a_bomb_and_keeps_nothing(client, organizer, gigabyte_bomb):
    login_verified(client, organizer)

    response = upload(client, "petition_postal_codes", gigabyte_bomb, name="codes.xlsx")

    assert response.status_code == 200
    assert "unpacks to 1.0 GB" in main_text(response)
    assert not ImportJob.objects.exists()
