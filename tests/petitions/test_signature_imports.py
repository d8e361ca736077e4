"""Importing paper signatures and the postal-code table through the admin's Import button.

Preview, per-row errors, duplicates, riding resolution, counts, encodings, atomicity and
permissions.
"""

import codecs
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from petitions import tally
from petitions.models import PostalCodeRiding, Signature
from spreadsheets.models import ImportJob, JobStatus
from tests.factories import RidingFactory
from tests.factories.imports import confirm, csv_bytes, job_id_of, upload, xlsx_bytes
from tests.factories.petitions import make_petition, make_signature
from tests.support.html import main_text, soup
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db

NS = "petition_signatures"
HEADER = ["name", "email", "postal_code", "city", "date_signed", "consent"]


@pytest.fixture
def ridings(db):
    toronto = RidingFactory(province="ON", name_en="Toronto Centre")
    ottawa = RidingFactory(province="ON", name_en="Ottawa Centre")
    yukon = RidingFactory(province="YT", name_en="Yukon")
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=toronto)
    PostalCodeRiding.objects.create(postal_code="K1A", riding=ottawa)
    # Straddles two ridings: never guessed.
    PostalCodeRiding.objects.create(postal_code="K0A 1K0", riding=toronto)
    PostalCodeRiding.objects.create(postal_code="K0A 1K0", riding=ottawa)
    return {"toronto": toronto, "ottawa": ottawa, "yukon": yukon}


@pytest.fixture
def petition(home_page):
    return make_petition(home_page, title="Status for all", goal=100)


def import_signatures(client, petition, data, name="sheet.csv", source="paper"):
    response = upload(client, NS, data, name=name, petition=petition.pk, source=source)
    return ImportJob.objects.get(pk=job_id_of(response))


def test_paper_signatures_import_and_count(client, organizer, petition, ridings):
    sign_in(client, organizer)
    make_signature(petition, riding=ridings["toronto"])  # one web signature already
    data = csv_bytes(
        [
            HEADER,
            ["Maria Santos", "maria@example.org", "m5s2t9", "Toronto", "2026-11-01", "share"],
            ["José Reyes", "", "K1A 0B1", "Ottawa", "", "non"],
            ["Ana Cruz", "", "Y1A 1A1", "Whitehorse", "2026-10-30", ""],
            ["Liza Ramos", "LIZA@example.org ", "K0A 1K0", "", "", "partager"],
        ]
    )
    job = import_signatures(client, petition, data)

    assert job.status == JobStatus.CHECKED
    assert job.totals["new"] == 4 and job.error_count == 0 and job.can_apply
    assert Signature.objects.filter(source="paper").count() == 0  # a dry run only
    page = client.get(reverse(f"{NS}:import_job", args=[job.pk]))
    assert page.status_code == 200
    assert soup(page).select_one('[data-total="new"]').get_text(strip=True) == "4"
    assert "assign it later" in main_text(page)  # the straddling code is reported

    response = confirm(client, NS, job.pk)
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.data == b""
    imported = {s.full_name: s for s in Signature.objects.filter(source="paper")}
    assert set(imported) == {"Maria Santos", "José Reyes", "Ana Cruz", "Liza Ramos"}
    maria = imported["Maria Santos"]
    assert maria.postal_code == "M5S 2T9" and maria.riding == ridings["toronto"]
    assert maria.consent == Signature.Consent.SHARE_WITH_MP and maria.is_counted
    assert maria.created_at.date() == datetime.date(2026, 11, 1)
    assert imported["José Reyes"].riding == ridings["ottawa"]  # by its FSA
    assert imported["Ana Cruz"].riding == ridings["yukon"]  # the only riding of its province
    assert imported["Liza Ramos"].riding is None  # two ridings: not guessed
    assert imported["Liza Ramos"].email == "liza@example.org"
    assert imported["Liza Ramos"].province == "ON"

    counts = tally.petition_counts(petition)
    assert counts.total == 5
    assert counts.by_riding[ridings["toronto"].code] == 2
    assert counts.by_riding[ridings["ottawa"].code] == 1
    assert counts.unassigned == 1


def test_counts_cached_before_the_import_are_refreshed(
    client, organizer, petition, ridings, django_capture_on_commit_callbacks
):
    sign_in(client, organizer)
    assert tally.petition_counts(petition).total == 0  # now cached
    data = csv_bytes([["name", "postal_code"], ["Maria Santos", "M5S 2T9"]])
    job = import_signatures(client, petition, data)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, NS, job.pk)
    assert tally.petition_counts(petition).total == 1


def test_duplicates_are_reported_and_not_imported(client, organizer, petition, ridings):
    sign_in(client, organizer)
    make_signature(petition, email="web@example.org")
    data = csv_bytes(
        [
            HEADER,
            ["Web Signer", "WEB@example.org", "M5S 2T9", "", "", ""],
            ["Maria Santos", "maria@example.org", "M5S 2T9", "", "", ""],
            ["Maria Santos", "maria@example.org", "M5S 2T9", "", "", ""],
        ]
    )
    job = import_signatures(client, petition, data)
    assert job.totals["new"] == 1 and job.totals["skip"] == 2 and job.can_apply
    notes = {(n["row"], n["column"]): n["message"] for n in job.notes}
    assert "Already signed" in notes[(2, "email")]
    assert "row 3" in notes[(4, "email")]
    confirm(client, NS, job.pk)
    assert Signature.objects.filter(petition=petition).count() == 2


def test_invalid_rows_are_listed_with_row_and_column_and_nothing_applies(
    client, organizer, petition, ridings
):
    sign_in(client, organizer)
    data = csv_bytes(
        [
            HEADER,
            ["Maria Santos", "maria@example.org", "M5S 2T9", "", "", ""],
            ["", "not-an-email", "12345", "", "21/11/2026", "maybe"],
        ]
    )
    job = import_signatures(client, petition, data)
    problems = {(e["row"], e["column"]) for e in job.errors}
    assert problems == {
        (3, "name"),
        (3, "email"),
        (3, "postal_code"),
        (3, "date_signed"),
        (3, "consent"),
    }
    assert not job.can_apply
    page = main_text(client.get(reverse(f"{NS}:import_job", args=[job.pk])))
    assert "nothing will be imported" in page
    assert "Confirm the import" not in page
    response = confirm(client, NS, job.pk)
    assert response.status_code == 302
    assert not Signature.objects.exists()


def test_one_bad_row_among_ten_thousand_applies_nothing(client, organizer, petition, ridings):
    sign_in(client, organizer)
    rows = [["name", "email", "postal_code"]]
    rows += [[f"Signer {i}", f"s{i}@example.org", "M5S 2T9"] for i in range(10_000)]
    rows[7_000][2] = "not a postal code"
    job = import_signatures(client, petition, csv_bytes(rows))
    assert job.total_rows == 10_000
    assert [(e["row"], e["column"]) for e in job.errors] == [(7_001, "postal_code")]
    assert job.totals["new"] == 9_999
    assert not job.can_apply
    assert not Signature.objects.exists()


def test_applying_a_file_with_a_bad_row_rolls_back_the_batches_before_it(
    client, organizer, petition, ridings
):
    """The apply itself is all or nothing.

    Rows are inserted in batches of 2,000, and a bad row after three batches undoes them (the views
    never apply such a file: this forces it).
    """
    from spreadsheets import runner

    sign_in(client, organizer)
    rows = [["name", "email", "postal_code"]]
    rows += [[f"Signer {i}", f"s{i}@example.org", "M5S 2T9"] for i in range(10_000)]
    rows[7_000][0] = ""
    data = csv_bytes(rows)
    job = import_signatures(client, petition, data)
    assert job.error_count == 1
    assert job.data == b""  # a file that cannot be applied is not kept
    ImportJob.objects.filter(pk=job.pk).update(status=JobStatus.IMPORTING, data=data)
    outcome = runner.apply(ImportJob.objects.get(pk=job.pk))
    assert not outcome.ok
    assert [(e["row"], e["column"]) for e in outcome.errors] == [(7_001, "name")]
    assert not Signature.objects.exists()
    assert ImportJob.objects.get(pk=job.pk).status == JobStatus.FAILED


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ","), ("cp1252", ";"), ("utf-16", "\t")],
)
def test_each_encoding_is_detected(client, organizer, petition, ridings, encoding, delimiter):
    sign_in(client, organizer)
    data = csv_bytes(
        [["Nom", "Code postal", "Ville"], ["José Müller-Ñúñez", "M5S 2T9", "Montréal"]],
        encoding=encoding,
        delimiter=delimiter,
    )
    job = import_signatures(client, petition, data)
    assert job.can_apply, job.message or job.errors
    confirm(client, NS, job.pk)
    signature = Signature.objects.get(source="paper")
    assert signature.full_name == "José Müller-Ñúñez"
    assert signature.city == "Montréal"


def test_a_chosen_encoding_that_does_not_fit_is_a_clear_error(client, organizer, petition):
    sign_in(client, organizer)
    data = csv_bytes([["name", "postal_code"], ["José", "M5S 2T9"]], encoding="cp1252")
    response = client.post(
        reverse(f"{NS}:import"),
        {
            "file": SimpleUploadedFile("x.csv", data),
            "file_format": "csv",
            "encoding": "utf-8",
            "petition": petition.pk,
            "source": "paper",
        },
    )
    assert response.status_code == 200
    assert "cannot be read as UTF-8" in main_text(response)
    assert not ImportJob.objects.exists()


def test_xlsx_signatures(client, organizer, petition, ridings):
    sign_in(client, organizer)
    data = xlsx_bytes(
        [
            ["name", "postal_code", "date_signed", "consent"],
            ["Maria Santos", "M5S 2T9", datetime.date(2026, 11, 2), "Share"],
        ]
    )
    job = import_signatures(client, petition, data, name="sheet.xlsx")
    assert job.can_apply, job.errors
    confirm(client, NS, job.pk)
    signature = Signature.objects.get(source="paper")
    assert signature.created_at.date() == datetime.date(2026, 11, 2)
    assert signature.consent == Signature.Consent.SHARE_WITH_MP


def test_other_sources_need_an_email(client, organizer, petition, ridings):
    sign_in(client, organizer)
    data = csv_bytes([["name", "email", "postal_code"], ["Maria Santos", "", "M5S 2T9"]])
    job = import_signatures(client, petition, data, source="import")
    assert [(e["row"], e["column"]) for e in job.errors] == [(2, "email")]


def test_only_organizers_import_signatures(client, petition, ridings):
    editor = staff_user("editor", "Editors")
    client.force_login(editor)
    data = csv_bytes([["name", "postal_code"], ["Maria Santos", "M5S 2T9"]])
    assert client.get(reverse(f"{NS}:import")).status_code in (302, 403)
    response = upload(client, NS, data, petition=petition.pk, source="paper")
    assert response.status_code in (302, 403)
    assert not ImportJob.objects.exists()


def test_the_import_button_is_shown_to_organizers(client, organizer):
    sign_in(client, organizer)
    page = client.get(reverse(f"{NS}:index"))
    assert reverse(f"{NS}:import") in page.content.decode()


def test_someone_elses_job_is_not_found(client, organizer, petition, ridings):
    sign_in(client, organizer)
    data = csv_bytes([["name", "postal_code"], ["Maria Santos", "M5S 2T9"]])
    job = import_signatures(client, petition, data)
    sign_in(client, staff_user("organizer2", "Organizers"))
    assert client.get(reverse(f"{NS}:import_job", args=[job.pk])).status_code == 404
    assert confirm(client, NS, job.pk).status_code == 404
    assert not Signature.objects.exists()


def test_applying_twice_imports_once(client, organizer, petition, ridings):
    sign_in(client, organizer)
    data = csv_bytes([["name", "postal_code"], ["Maria Santos", "M5S 2T9"]])
    job = import_signatures(client, petition, data)
    confirm(client, NS, job.pk)
    confirm(client, NS, job.pk)
    assert Signature.objects.count() == 1


@override_settings(IMPORT_BACKGROUND_ROWS=5)
def test_large_files_are_checked_and_applied_in_the_background(
    client, organizer, petition, ridings
):
    sign_in(client, organizer)
    rows = [["name", "postal_code"]] + [[f"Signer {i}", "M5S 2T9"] for i in range(20)]
    job = import_signatures(client, petition, csv_bytes(rows))
    # The test settings run tasks at once (ImmediateBackend); a worker does in production.
    assert job.background and job.status == JobStatus.CHECKED
    status = client.get(reverse(f"{NS}:import_status", args=[job.pk])).json()
    assert status == {"done": 20, "total": 20, "failed": 0, "finished": True}
    confirm(client, NS, job.pk)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    assert Signature.objects.filter(source="paper").count() == 20


def test_progress_is_read_from_the_shared_cache_while_running(client, organizer, petition):
    from spreadsheets import runner

    sign_in(client, organizer)
    job = ImportJob.objects.create(
        target=NS,
        resource="petitions.resources.signatures.SignatureResource",
        file_name="x.csv",
        file_format="csv",
        data=b"",
        created_by=organizer,
        total_rows=10_000,
        status=JobStatus.IMPORTING,
        background=True,
    )
    runner.report_progress(job.pk, 2_500, 10_000)
    status = client.get(reverse(f"{NS}:import_status", args=[job.pk])).json()
    assert status == {"done": 2_500, "total": 10_000, "failed": 0, "finished": False}
    page = client.get(reverse(f"{NS}:import_job", args=[job.pk]))
    assert soup(page).select_one("progress")["value"] == "2500"


# --- The postal-code table -------------------------------------------------------------------


def test_postal_code_table_import_and_export_round_trip(client, organizer, ridings):
    sign_in(client, organizer)
    data = csv_bytes(
        [
            ["postal_code", "riding_code", "weight"],
            ["h2j1a1", ridings["toronto"].code, "0.75"],
            ["H2J", ridings["ottawa"].code, ""],
            ["K0A 1K0", ridings["toronto"].code, "60"],  # already there: updated
        ]
    )
    response = upload(client, "petition_postal_codes", data)
    job = ImportJob.objects.get(pk=job_id_of(response))
    assert job.totals["new"] == 2 and job.totals["update"] == 1, job.errors
    confirm(client, "petition_postal_codes", job.pk)
    assert PostalCodeRiding.objects.get(postal_code="H2J 1A1").weight == 0.75
    assert PostalCodeRiding.objects.get(postal_code="H2J").riding == ridings["ottawa"]
    assert (
        PostalCodeRiding.objects.get(postal_code="K0A 1K0", riding=ridings["toronto"]).weight
        == 0.6
    )

    exported = client.get(reverse("petition_postal_codes:index"), {"export": "csv"})
    content = b"".join(exported.streaming_content)
    # Every CSV export starts with a UTF-8 byte-order mark (Excel); the import reads it.
    assert content.splitlines()[0] == codecs.BOM_UTF8 + b"postal_code,riding_code,weight"
    again = upload(client, "petition_postal_codes", content, name="export.csv")
    job = ImportJob.objects.get(pk=job_id_of(again))
    assert job.error_count == 0 and job.totals["update"] == PostalCodeRiding.objects.count()


def test_postal_code_rows_with_unknown_ridings_are_invalid(client, organizer, ridings):
    sign_in(client, organizer)
    data = csv_bytes([["postal_code", "riding_code"], ["H2J", "99999"], ["12", "35001"]])
    job = ImportJob.objects.get(pk=job_id_of(upload(client, "petition_postal_codes", data)))
    assert {(e["row"], e["column"]) for e in job.errors} >= {
        (2, "riding_code"),
        (3, "postal_code"),
    }


def test_imported_signatures_are_in_the_packets_like_web_ones(
    client, organizer, petition, ridings
):
    from petitions.packets import content

    sign_in(client, organizer)
    make_signature(
        petition, riding=ridings["toronto"], full_name="Web Signer", consent="share_name_with_mp"
    )
    data = csv_bytes(
        [
            ["name", "postal_code", "city", "date_signed", "consent"],
            ["Maria Santos", "M5S 2T9", "Toronto", "2026-11-01", "partager"],
            ["Quiet Signer", "M5S 2T9", "Toronto", "2026-11-01", "count only"],
        ]
    )
    confirm(client, NS, import_signatures(client, petition, data).pk)

    toronto = ridings["toronto"].pk
    assert content.counts(petition.pk, toronto) == (3, 2)
    named = [signer.name for signer in content.named_signers(petition.pk, toronto)]
    assert named == ["Maria Santos", "Web Signer"]
    assert next(s.signed_on for s in content.named_signers(petition.pk, toronto)) == datetime.date(
        2026, 11, 1
    )
