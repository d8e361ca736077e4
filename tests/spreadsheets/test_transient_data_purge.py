"""`manage.py purge_transient_data`: unconfirmed uploads and old exports do not outlive their use.

Uploads checked and not confirmed lose their file after IMPORT_UPLOAD_RETENTION_HOURS; exports
go, file first, after EXPORT_RETENTION_HOURS (spreadsheets/retention.py). The export files are
real objects in a real SeaweedFS bucket.
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from petitions.models import PostalCodeRiding
from spreadsheets import exports
from spreadsheets.models import ExportJob, ImportJob, JobStatus
from tests.factories import RidingFactory
from tests.factories.imports import confirm, csv_bytes, job_id_of, upload
from tests.support import s3
from tests.support.commands import run_command
from tests.support.html import main_text
from tests.support.two_factor import login_verified

s3_server = s3.s3_server
private_storage = s3.private_storage

pytestmark = pytest.mark.django_db

NS = "petition_postal_codes"
HOUR = datetime.timedelta(hours=1)


def purge():
    return run_command("purge_transient_data", with_stderr=True)


@pytest.fixture
def checked_upload(client, organizer):
    """An upload of postal codes, checked without a problem and waiting for confirmation."""
    login_verified(client, organizer)
    riding = RidingFactory()
    rows = [["postal_code", "riding_code"], ["K1A", riding.code]]
    job = ImportJob.objects.get(pk=job_id_of(upload(client, NS, csv_bytes(rows))))
    assert job.status == JobStatus.CHECKED and job.can_apply and bytes(job.data)
    return job


def checked_ago(job, delta):
    ImportJob.objects.filter(pk=job.pk).update(checked_at=timezone.now() - delta)


def test_an_upload_left_unconfirmed_for_an_hour_loses_its_file(client, checked_upload):
    checked_ago(checked_upload, 61 * datetime.timedelta(minutes=1))

    output = purge()

    job = ImportJob.objects.get(pk=checked_upload.pk)
    assert bytes(job.data) == b""
    assert job.status == JobStatus.EXPIRED
    assert "Deleted the files of 1 unconfirmed upload(s)" in output
    # Its page says why, in the reader's language, and nothing can be applied any more.
    page = main_text(client.get(reverse(f"{NS}:import_job", args=[job.pk])))
    assert "This upload was not confirmed within 1 hour, so its file was deleted" in page
    assert "Confirm" not in page
    confirm(client, NS, job.pk)
    assert not PostalCodeRiding.objects.exists()
    french = client.get(reverse(f"{NS}:import_job", args=[job.pk]), HTTP_ACCEPT_LANGUAGE="fr")
    assert "Ce téléversement n'a pas été confirmé" in main_text(french)


def test_a_recent_upload_keeps_its_file_and_the_setting_decides(checked_upload, settings):
    checked_ago(checked_upload, 30 * datetime.timedelta(minutes=1))
    purge()
    assert bytes(ImportJob.objects.get(pk=checked_upload.pk).data)

    checked_ago(checked_upload, 90 * datetime.timedelta(minutes=1))
    settings.IMPORT_UPLOAD_RETENTION_HOURS = 2
    purge()
    job = ImportJob.objects.get(pk=checked_upload.pk)
    assert bytes(job.data) and job.status == JobStatus.CHECKED


def test_import_jobs_go_after_a_day(checked_upload):
    ImportJob.objects.filter(pk=checked_upload.pk).update(
        created_at=timezone.now() - 25 * HOUR, checked_at=timezone.now() - 25 * HOUR
    )
    purge()
    assert not ImportJob.objects.exists()


def export_job(organizer, age, file_key=True):
    """A finished export started `age` ago, with its file in the private bucket."""
    job = ExportJob.objects.create(
        target="petition_signatures",
        path=reverse("petition_signatures:index"),
        file_format="csv",
        file_name="signatures.csv",
        created_by=organizer,
        status=JobStatus.DONE,
    )
    key = exports.storage().save(
        exports.export_key(job), ContentFile(b"Full name\r\nAna Reyes\r\n")
    )
    ExportJob.objects.filter(pk=job.pk).update(
        created_at=timezone.now() - age, file_key=key if file_key else ""
    )
    return key


@pytest.mark.s3
def test_exports_older_than_a_day_are_deleted_file_first(organizer, private_storage):
    old = export_job(organizer, 25 * HOUR)
    # A worker that died after its upload, before it recorded the key: the file goes too.
    orphan = export_job(organizer, 26 * HOUR, file_key=False)
    recent = export_job(organizer, 23 * HOUR)
    assert private_storage.exists(old) and private_storage.exists(orphan)

    output = purge()

    assert "2 export(s) and their files" in output
    assert not private_storage.exists(old)
    assert not private_storage.exists(orphan)
    assert private_storage.exists(recent)
    assert list(ExportJob.objects.values_list("file_key", flat=True)) == [recent]


@pytest.mark.s3
def test_the_export_retention_is_a_setting(organizer, private_storage, settings):
    key = export_job(organizer, 3 * HOUR)
    settings.EXPORT_RETENTION_HOURS = 2
    purge()
    assert not private_storage.exists(key)
    assert not ExportJob.objects.exists()


def test_an_export_whose_file_cannot_be_deleted_stays_for_the_next_run(organizer):
    # No S3 server in this test: the storage's endpoint is a closed port.
    job = ExportJob.objects.create(
        target="petition_signatures",
        path="/admin/",
        file_format="csv",
        file_name="signatures.csv",
        created_by=organizer,
        status=JobStatus.DONE,
        file_key="exports/x/signatures.csv",
    )
    ExportJob.objects.filter(pk=job.pk).update(created_at=timezone.now() - 25 * HOUR)

    with pytest.raises(CommandError, match="1 export file"):
        purge()

    assert ExportJob.objects.filter(pk=job.pk).exists()


def test_purge_signatures_runs_it_too(checked_upload):
    checked_ago(checked_upload, 2 * HOUR)

    output = run_command("purge_signatures")

    assert "Deleted the files of 1 unconfirmed upload(s)" in output
    assert bytes(ImportJob.objects.get(pk=checked_upload.pk).data) == b""
