"""Files to import and the admin's import flow, for the import tests.

The files are CSV in any encoding, and XLSX.
"""

import csv
import io

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

# The header of the House of Commons members export (ourcommons.ca, "Export as CSV").
HOC_HEADER = [
    "Honorific Title",
    "First Name",
    "Last Name",
    "Constituency",
    "Province / Territory",
    "Political Affiliation",
    "Start Date",
    "End Date",
]


def csv_bytes(rows, encoding="utf-8", delimiter=","):
    """rows: the header then data rows (lists). utf-8-sig writes a byte-order mark."""
    output = io.StringIO()
    csv.writer(output, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return output.getvalue().encode(encoding)


def write_csv(path, header, rows):
    """Write a UTF-8 CSV file of `header` then `rows` at `path`; returns its path as text."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def xlsx_bytes(rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def upload(client, namespace, data, name="import.csv", **fields):
    """POST a file to a listing's Import page; returns the response (not followed)."""
    return client.post(
        reverse(f"{namespace}:import"),
        {
            "file": SimpleUploadedFile(name, data),
            "file_format": "auto",
            "encoding": "auto",
            **fields,
        },
    )


def job_id_of(response):
    """The job id of the redirect to its page after an upload."""
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"].rstrip("/").split("/")[-1]


def confirm(client, namespace, job_id):
    return client.post(reverse(f"{namespace}:import_confirm", args=[job_id]))
