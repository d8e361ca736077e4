"""Reading uploaded files (spreadsheets/reading.py), without a database.

Every encoding and every wrong shape of file, numbers and dates kept; choosing the resource by the
file's header (spreadsheets/runner.py); the upload form's file field.
"""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from petitions.resources.postal_codes import PostalCodeRidingResource
from petitions.resources.signatures import SignatureResource
from spreadsheets import reading, runner
from spreadsheets.forms import UploadForm
from tests.factories.imports import csv_bytes, xlsx_bytes


def test_reading_numbers_rows_as_the_spreadsheet_does():
    data = csv_bytes([["a", "b"], ["1", "2"], ["", ""], ["3", "4"]])
    table = reading.read(data, "x.csv")
    assert table.headers == ["a", "b"]
    assert list(table.dataset) == [("1", "2"), ("3", "4")]
    assert table.row_numbers == [2, 4]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "x.csv", "The file is empty."),
        (b"\r\n\r\n", "x.csv", "The file is empty."),
        (b"name,postal_code\r\n", "x.csv", "a header but no rows"),
        (bytes(range(256)) * 40, "x.csv", "binary data"),
        (b"name,postal_code\r\nAna,M5S 2T9\r\n", "x.xlsx", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "x.xls", "old Excel (.xls)"),
        (b"PK\x03\x04 this is no zip", "x.xlsx", "cannot be read"),
        (b"a,a\r\n1,2\r\n", "x.csv", "more than once"),
        (b"a,b\r\n1,2,3\r\n", "x.csv", "more values than the header"),
    ],
)
def test_bad_files_are_clear_errors(data, name, message):
    with pytest.raises(reading.FileError) as raised:
        reading.read(data, name)
    assert message in str(raised.value)


def test_a_zip_that_is_no_workbook_is_a_clear_error():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(reading.FileError, match="cannot be read"):
        reading.read(output.getvalue(), "x.xlsx")


def test_xlsx_numbers_and_dates_are_kept():
    table = reading.read(xlsx_bytes([["code", "weight"], [35001, 0.5], [35002.0, None]]))
    assert list(table.dataset) == [(35001, 0.5), (35002, "")]


def test_the_header_chooses_the_resource_and_names_missing_columns():
    chosen, renames = runner.choose_resource(
        [PostalCodeRidingResource], ["Postal Code", "Riding-Code", "notes"]
    )
    assert chosen is PostalCodeRidingResource
    assert renames == {"Postal Code": "postal_code", "Riding-Code": "riding_code"}
    with pytest.raises(reading.FileError) as raised:
        runner.choose_resource([SignatureResource], ["nom", "city"])
    assert "postal_code" in str(raised.value) and "name" not in str(raised.value).split(";")[0]


def test_the_upload_form_file_field_accepts_csv_and_xlsx():
    form = UploadForm(
        {"file_format": "auto", "encoding": "auto"},
        {"file": SimpleUploadedFile("a.csv", b"a\r\n1\r\n")},
    )
    assert form.is_valid()
