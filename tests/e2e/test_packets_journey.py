"""An organizer generates a petition's delivery packets in the admin and downloads one.

The organizer watches the progress bar (js/job-progress.js polling the batch's JSON status) go from
0 to 3 of 3 ridings and the page reload when the batch is done, and downloads a riding's packet (a
redirect to a presigned SeaweedFS URL): the PDF names the signers who consented and only counts the
others.
"""

import io
import re

import pytest
from pypdf import PdfReader

from petitions.models import PacketBatch, PacketJob
from petitions.packets.tasks import run_archive, run_job
from tests.e2e.conftest import PASSWORD, log_in
from tests.factories.packets import make_packet_petition
from tests.support import s3
from tests.support.users import staff_user

s3_server = s3.s3_server
private_storage = s3.private_storage

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.s3]


def test_an_organizer_generates_and_downloads_a_packet(
    home_page, private_storage, s3_server, new_context, csp_violations, settings
):
    petition, _ridings = make_packet_petition(home_page)
    organizer = staff_user("organizer", "Organizers")
    organizer.set_password(PASSWORD)
    organizer.save()
    page = new_context().new_page()
    log_in(page, "organizer")

    # Tasks wait in a dummy queue: this test is the worker, one riding at a time, while the
    # page polls the batch's status.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    page.goto(f"/admin/petitions/{petition.pk}/packets/")
    page.get_by_role("button", name="Generate packets").click()
    progress = page.locator("[data-job-progress] progress")
    assert progress.get_attribute("value") == "0"
    assert page.locator("[data-job-progress]").get_attribute("data-finished") == "false"
    batch = PacketBatch.objects.get()
    for number, job in enumerate(PacketJob.objects.filter(batch=batch).order_by("pk"), 1):
        run_job(job.pk)
        page.locator("[data-progress-done]").filter(has_text=f"{number} / 3").wait_for()
    run_archive(batch.pk)
    page.wait_for_function(
        "() => document.querySelector('[data-job-progress]')?.dataset.finished === 'true'"
    )
    assert progress.get_attribute("value") == progress.get_attribute("max") == "3"
    assert page.locator("[data-progress-done]").inner_text() == "3 / 3"

    row = page.locator("tr[data-riding='35901']")
    assert row.locator("[data-status]").get_attribute("data-status") == "done"
    pdf_link = row.get_by_role("link", name=re.compile("^PDF"))
    response = page.request.get(pdf_link.get_attribute("href"))
    assert response.ok
    assert response.url.startswith(s3_server.endpoint_url), "not a presigned S3 URL"
    assert "X-Amz-Signature=" in response.url
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    flat = " ".join(text.split())
    for consented in ["Zoë Zamora", "Amrit Kaur", "Maria Santos"]:
        assert consented in flat
    for counted_only in ["Quiet Counted", "Never Confirmed", "Invalid Bot"]:
        assert counted_only not in flat
    assert "Confirmed signatures from Toronto Centre 4" in flat
    assert "Signers who agreed to share their name with you 3" in flat
    assert "Signers counted without their name, at their request 1" in flat

    assert csp_violations == []
