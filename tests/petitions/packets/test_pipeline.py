"""Generating delivery packets end to end.

Against the real SeaweedFS server and PostgreSQL (tasks run inline: ImmediateBackend): what goes in
the bucket and the database, skipping unchanged ridings, the ZIP, and what count-only signers never
appear in.
"""

import csv
import hashlib
import io
import zipfile

import pytest
from django.test import TestCase
from pypdf import PdfReader

from petitions.models import Member, Packet, PacketBatch, PacketJob, Signature
from petitions.packets import batches, content, storage, tasks
from petitions.packets.csvfile import read_signers_csv
from tests.factories import packets as packet_factories
from tests.factories.packets import HIDDEN_NAMES
from tests.factories.petitions import make_signature
from tests.support import s3
from tests.support.database import committing

s3_server = s3.s3_server
private_storage = s3.private_storage
petition_and_ridings = packet_factories.petition_and_ridings
petition = packet_factories.petition
ridings = packet_factories.ridings

pytestmark = [pytest.mark.django_db, pytest.mark.s3]

Status = PacketJob.Status


def run_batch(petition, **options):
    with committing():
        batch, created = tasks.start_batch(petition, None, **options)
    batch.refresh_from_db()
    return batch, created


def read_object(name):
    return b"".join(storage.open_stream(name).iter_chunks())


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_batch_makes_a_packet_per_riding_and_finishes_with_a_zip(
    private_storage, petition, ridings
):
    batch, created = run_batch(petition)

    assert created
    state = batches.progress(batch)
    assert {key: state[key] for key in ("done", "total", "failed", "finished")} == {
        "done": 3,
        "total": 3,
        "failed": 0,
        "finished": True,
    }
    assert batch.finished_at is not None and batch.archive_key and not batch.archive_error
    packets = {p.riding.code: p for p in Packet.objects.filter(petition=petition)}
    assert set(packets) == {"35901", "24901", "35902"}
    assert (packets["35901"].signature_count, packets["35901"].named_count) == (4, 3)
    assert (packets["24901"].signature_count, packets["24901"].named_count) == (2, 1)
    assert (packets["35902"].signature_count, packets["35902"].named_count) == (1, 0)
    # The MP's language: French for the Quebec riding, English elsewhere.
    assert packets["24901"].language == "fr" and packets["35901"].language == "en"
    assert packets["35901"].pdf_key.startswith(f"packets/{petition.pk}/35901/")
    assert packets["35901"].pdf_key.endswith("-en.pdf")
    assert packets["35901"].csv_key == packets["35901"].pdf_key[:-3] + "csv"
    for job in batch.jobs.all():
        assert (job.status, job.attempts, job.error) == (Status.DONE, 1, "")
        assert job.packet == packets[job.riding.code]


def test_the_csv_in_s3_matches_the_packet_and_names_only_consenting_signers(
    private_storage, petition, ridings
):
    run_batch(petition)
    packet = Packet.objects.get(petition=petition, riding=ridings["toronto"])

    data = read_object(packet.csv_key)
    assert hashlib.sha256(data).hexdigest() == packet.sha256
    rows = list(read_signers_csv(data))
    assert [row.name for row in rows] == ["Amrit Kaur", "Maria Santos", "Zoë Zamora"]
    assert [row.postal_code for row in rows] == ["M4Y 1J3", "M5V 3L9", "M5S 2T9"]
    assert rows == list(content.named_signers(petition.pk, ridings["toronto"].pk))
    text = data.decode("utf-8-sig")
    for hidden in [*HIDDEN_NAMES, "Invalid Bot", "No Riding Yet"]:
        assert hidden not in text

    pdf = read_object(packet.pdf_key)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "Zoë Zamora" in text and "Maria Santos" in text
    for hidden in [*HIDDEN_NAMES, "Invalid Bot", "No Riding Yet"]:
        assert hidden not in text
    # Packet id and the list's checksum in the footer.
    assert packet.sha256 in text.replace("\n", "")
    assert f"P{petition.pk}-35901-" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) == packet.pages


def test_fsa_setting_cuts_postal_codes_in_every_file(private_storage, petition, ridings, settings):
    settings.PACKET_POSTAL_CODE = "fsa"
    run_batch(petition)
    packet = Packet.objects.get(petition=petition, riding=ridings["toronto"])
    rows = list(read_signers_csv(read_object(packet.csv_key)))
    assert sorted(row.postal_code for row in rows) == ["M4Y", "M5S", "M5V"]
    assert "2T9" not in pdf_text(read_object(packet.pdf_key))


def test_a_second_batch_skips_unchanged_ridings(private_storage, petition, ridings):
    first, _ = run_batch(petition)
    packets_before = set(Packet.objects.values_list("pk", flat=True))

    second, created = run_batch(petition)

    assert created and second.pk != first.pk
    assert set(second.jobs.values_list("status", flat=True)) == {Status.SKIPPED}
    assert set(Packet.objects.values_list("pk", flat=True)) == packets_before
    assert {job.packet_id for job in second.jobs.all()} == packets_before
    assert second.archive_key and second.finished_at

    # A new named signer in Ottawa: only Ottawa gets a new packet.
    make_signature(
        petition, ridings["ottawa"], full_name="New Signer", consent="share_name_with_mp"
    )
    third, _ = run_batch(petition)
    statuses = dict(third.jobs.values_list("riding__code", "status"))
    assert statuses == {"35901": Status.SKIPPED, "24901": Status.SKIPPED, "35902": Status.DONE}
    newest = tasks.newest_packet(petition.pk, ridings["ottawa"].pk)
    assert (newest.signature_count, newest.named_count) == (2, 1)


@pytest.mark.parametrize(
    "change",
    ["invalidate", "new_mp", "bilingual", "anonymize_count_only"],
)
def test_what_regenerates_a_riding(private_storage, petition, ridings, change):
    run_batch(petition)
    toronto = ridings["toronto"]
    options = {}
    if change == "invalidate":
        Signature.objects.filter(full_name="Maria Santos").update(
            invalidated_at="2026-11-20T00:00Z"
        )
    elif change == "new_mp":
        Member.objects.filter(riding=toronto).update(party="Independent")
    elif change == "bilingual":
        options["bilingual"] = True
    elif change == "anonymize_count_only":
        # A count-only signer's name is in no file: changing it changes nothing.
        Signature.objects.filter(full_name="Quiet Counted").update(full_name="Renamed")
    batch, _ = run_batch(petition, **options)
    status = batch.jobs.get(riding=toronto).status
    assert status == (Status.SKIPPED if change == "anonymize_count_only" else Status.DONE)
    if change == "bilingual":
        assert batch.jobs.get(riding=ridings["laurier"]).packet.language == "fr-en"
        assert batch.jobs.get(riding=toronto).packet.language == "en-fr"


def test_clicking_twice_returns_the_running_batch(private_storage, petition):
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        first, created_first = tasks.start_batch(petition, None)
        second, created_second = tasks.start_batch(petition, None)
    assert (created_first, created_second) == (True, False)
    assert first.pk == second.pk
    assert PacketBatch.objects.count() == 1
    assert len(callbacks) == 1  # the jobs are enqueued once


def test_nothing_to_generate_without_a_riding(private_storage, home_page):
    from tests.factories.petitions import make_petition

    petition = make_petition(home_page)
    make_signature(petition, None)
    with pytest.raises(batches.NothingToGenerate):
        tasks.start_batch(petition, None)
    assert not PacketBatch.objects.exists()


def test_a_translation_starts_the_source_petitions_batch(private_storage, petition, locales):
    french = petition.copy_for_translation(locales["fr"], copy_parents=True)
    french.title = "Un statut pour toutes et tous"
    french.request = "Nous demandons la résidence permanente pour tous."
    french.save_revision().publish()

    batch, _ = run_batch(french)

    assert batch.petition_id == petition.pk
    titles, _requests = content.petition_texts(petition, ("fr", "en"))
    assert titles == {"fr": "Un statut pour toutes et tous", "en": "Status for all"}
    packet = Packet.objects.get(riding__code="24901")
    assert "Un statut pour toutes et tous" in pdf_text(read_object(packet.pdf_key))


def test_the_zip_holds_every_ridings_pdf_csv_and_a_manifest(private_storage, petition, ridings):
    batch, _ = run_batch(petition)

    archive = zipfile.ZipFile(io.BytesIO(read_object(batch.archive_key)))
    packets = {p.riding.code: p for p in Packet.objects.filter(petition=petition)}
    names = set(archive.namelist())
    assert names == {
        "manifest.csv",
        "35901-Toronto-Centre.pdf",
        "35901-Toronto-Centre.csv",
        "24901-Laurier-Sainte-Marie.pdf",
        "24901-Laurier-Sainte-Marie.csv",
        "35902-Ottawa-Centre.pdf",
        "35902-Ottawa-Centre.csv",
    }
    assert archive.read("35901-Toronto-Centre.pdf") == read_object(packets["35901"].pdf_key)
    assert archive.read("35901-Toronto-Centre.csv") == read_object(packets["35901"].csv_key)
    manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
    by_code = {row["riding_code"]: row for row in manifest}
    assert set(by_code) == set(packets)
    for code, packet in packets.items():
        assert by_code[code]["sha256"] == packet.sha256
        assert int(by_code[code]["signatures"]) == packet.signature_count
    assert by_code["35901"]["mp"] == "Ada Member"
    assert by_code["35902"]["mp"] == ""


def test_the_zip_is_uploaded_in_parts(private_storage, petition, monkeypatch):
    # With a tiny part size even this small ZIP goes up as a multipart upload, whose ETag
    # ends with "-<number of parts>".
    monkeypatch.setattr(storage, "MULTIPART_CHUNK_BYTES", 5 * 1024 * 1024)
    big = io.BytesIO(b"x" * (11 * 1024 * 1024))
    storage.upload("packets/multipart-probe.zip", big, "zip")
    head = private_storage.bucket.Object(storage.object_key("packets/multipart-probe.zip")).get()
    assert head["ETag"].strip('"').endswith("-3")
    assert head["ContentLength"] == 11 * 1024 * 1024


def test_a_failed_upload_leaves_no_packet_and_no_object(
    private_storage, petition, ridings, monkeypatch
):
    uploads = []
    real_upload = storage.upload

    def csv_upload_fails(name, fileobj, extension):
        uploads.append(name)
        if extension == "csv":
            raise storage.StorageUnavailable("S3 could not be reached: test")
        return real_upload(name, fileobj, extension)

    monkeypatch.setattr(storage, "upload", csv_upload_fails)
    batch, _ = run_batch(petition)

    assert batch.finished_at is not None and not batch.archive_key
    assert set(batch.jobs.values_list("status", flat=True)) == {Status.FAILED}
    assert batch.jobs.first().error == "S3 could not be reached: test"
    assert not Packet.objects.exists()
    # The PDFs that did go up were taken away again.
    assert uploads and storage.list_names(storage.petition_prefix(petition.pk)) == []

    monkeypatch.setattr(storage, "upload", real_upload)
    with committing():
        assert tasks.resume(batch) == 3
    batch.refresh_from_db()
    assert set(batch.jobs.values_list("status", flat=True)) == {Status.DONE}
    assert batch.archive_key and batch.finished_at
    assert Packet.objects.count() == 3


def test_a_retry_removes_objects_no_packet_records(private_storage, petition, ridings):
    stray = storage.packet_names(petition.pk, "35901", batches.timezone.now(), "en")
    for name in stray:
        storage.upload(name, io.BytesIO(b"half"), name.rsplit(".", 1)[1])
    with TestCase.captureOnCommitCallbacks(execute=False):
        batch, _ = tasks.start_batch(petition, None)
    job = batch.jobs.get(riding=ridings["toronto"])
    # An attempt that died after its uploads, its job reopened (batches.reopen).
    PacketJob.objects.filter(pk=job.pk).update(attempts=1, status=Status.PENDING)

    with committing():
        tasks.run_job(job.pk)

    names = storage.list_names(storage.riding_prefix(petition.pk, "35901"))
    packet = Packet.objects.get()
    assert sorted(names) == sorted([packet.pdf_key, packet.csv_key])


def test_errors_recorded_on_a_job_carry_no_signer_data(private_storage, petition, monkeypatch):
    def broken_render(content, signers, list_sha256, out):
        raise ValueError("cannot lay out Zoë Zamora")

    monkeypatch.setattr(tasks.render, "render_packet", broken_render)
    batch, _ = run_batch(petition)
    errors = set(batch.jobs.values_list("error", flat=True))
    assert errors == {"ValueError while generating the packet (see the worker's log)."}


def test_with_a_deferring_backend_a_failure_is_retried_later_then_left_failed(
    private_storage, petition, settings
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    batch, _ = tasks.start_batch(petition, None)
    job = batch.jobs.order_by("riding__code").first()

    for attempt in range(1, tasks.MAX_ATTEMPTS + 1):
        claimed = tasks.claim(job.pk)
        assert claimed.attempts == attempt
        status = tasks.record_failure(claimed, storage.StorageUnavailable("S3 down"))
        job.refresh_from_db()
        if attempt < tasks.MAX_ATTEMPTS:
            assert (status, job.status) == (Status.PENDING, Status.PENDING)
            retry = DBTaskResult.objects.order_by("-enqueued_at").first()
            assert retry.args_kwargs["args"] == [job.pk]
            assert retry.run_after > batches.timezone.now()
        else:
            assert (status, job.status, job.error) == (Status.FAILED, Status.FAILED, "S3 down")


def test_a_job_running_elsewhere_is_never_claimed_again(private_storage, petition, ridings):
    """Without the advisory lock (SQLite, or a lost connection) the claim alone keeps it once."""
    with TestCase.captureOnCommitCallbacks(execute=False):
        batch, _ = tasks.start_batch(petition, None)
    job = batch.jobs.get(riding=ridings["toronto"])
    first = tasks.claim(job.pk)
    assert (first.status, first.attempts) == (Status.RUNNING, 1)

    # A duplicate task of the same job, run while the first attempt is still RUNNING.
    assert tasks.claim(job.pk) is None
    assert tasks.run_job(job.pk) == {"job": job.pk, "status": "done"}
    job.refresh_from_db()
    assert (job.status, job.attempts) == (Status.RUNNING, 1)
    assert Packet.objects.count() == 0
    # A job already complete is not claimed either.
    PacketJob.objects.filter(pk=job.pk).update(status=Status.DONE)
    assert tasks.claim(job.pk) is None
