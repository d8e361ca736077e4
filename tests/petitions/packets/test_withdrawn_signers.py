"""A deleted or withdrawn signer leaves the packets: every stored file that names them goes.

An organizer deleting a named signer, or changing them to "count only", and the signer doing it
from their own link: the riding's PDFs and CSVs (older ones included) and every ZIP leave the
bucket (real SeaweedFS), the riding has no packet until the next batch renders it without them,
and only a riding's newest packet is ever served.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from petitions.models import Packet, PacketBatch, Signature
from petitions.packets import storage, tasks
from petitions.signing import manage
from tests.factories import packets as packet_factories
from tests.factories.petitions import make_signature
from tests.support import s3
from tests.support.database import committing
from tests.support.two_factor import sign_in

s3_server = s3.s3_server
private_storage = s3.private_storage
petition_and_ridings = packet_factories.petition_and_ridings
petition = packet_factories.petition
ridings = packet_factories.ridings

pytestmark = [pytest.mark.django_db, pytest.mark.s3]


def generate(petition):
    with committing():
        batch, _ = tasks.start_batch(petition, None)
    batch.refresh_from_db()
    assert batch.finished_at is not None
    return batch


@pytest.fixture
def twice_generated(private_storage, petition, ridings):
    """Two batches: Toronto has an older and a newer packet, the petition two ZIPs."""
    generate(petition)
    make_signature(
        petition,
        ridings["toronto"],
        full_name="Late Signer",
        consent=Signature.Consent.SHARE_WITH_MP,
        created_at=timezone.now() - datetime.timedelta(hours=1),
    )
    generate(petition)
    assert Packet.objects.filter(petition=petition, riding=ridings["toronto"]).count() == 2
    return petition


def files(petition, riding=None):
    prefix = (
        storage.riding_prefix(petition.pk, riding.code)
        if riding
        else storage.petition_prefix(petition.pk)
    )
    return storage.list_names(prefix)


def named(petition, name):
    return Signature.objects.get(petition=petition, full_name=name)


def assert_toronto_files_gone(petition, ridings):
    assert files(petition, ridings["toronto"]) == []
    assert not [name for name in files(petition) if "/archives/" in name]
    assert not Packet.objects.filter(petition=petition, riding=ridings["toronto"]).exists()
    assert not PacketBatch.objects.filter(petition=petition).exclude(archive_key="").exists()
    # The other ridings keep theirs.
    assert files(petition, ridings["laurier"])
    assert Packet.objects.filter(petition=petition, riding=ridings["laurier"]).exists()


def newest_csv_text(petition, riding):
    packet = tasks.newest_packet(petition.pk, riding.pk)
    return storage.open_stream(packet.csv_key).read().decode("utf-8-sig")


def test_an_organizer_deleting_a_named_signer_deletes_every_file_naming_them(
    client, organizer, twice_generated, ridings
):
    petition = twice_generated
    assert "Zoë Zamora" in newest_csv_text(petition, ridings["toronto"])
    sign_in(client, organizer)

    with committing():
        response = client.post(
            reverse("petition_signatures:delete", args=[named(petition, "Zoë Zamora").pk])
        )

    assert response.status_code == 302
    assert_toronto_files_gone(petition, ridings)
    # Marked for regeneration: the next batch renders Toronto again, without them.
    generate(petition)
    assert "Zoë Zamora" not in newest_csv_text(petition, ridings["toronto"])
    assert "Amrit Kaur" in newest_csv_text(petition, ridings["toronto"])


def test_an_organizer_changing_a_signer_to_count_only_deletes_the_files(
    client, organizer, twice_generated, ridings
):
    petition = twice_generated
    signature = named(petition, "Amrit Kaur")
    sign_in(client, organizer)
    url = reverse("petition_signatures:edit", args=[signature.pk])
    form = {
        "full_name": signature.full_name,
        "email": signature.email,
        "postal_code": signature.postal_code,
        "city": signature.city,
        "province": signature.province,
        "riding": signature.riding_id,
        "consent": Signature.Consent.COUNT_ONLY,
    }

    with committing():
        response = client.post(url, form)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert named(petition, "Amrit Kaur").consent == Signature.Consent.COUNT_ONLY
    assert_toronto_files_gone(petition, ridings)


def test_a_signer_withdrawing_or_counting_only_leaves_the_packets(twice_generated, ridings):
    petition = twice_generated
    with committing():
        assert manage.change_consent(named(petition, "Maria Santos"), "count_only")
    assert_toronto_files_gone(petition, ridings)

    generate(petition)
    assert files(petition, ridings["laurier"])
    with committing():
        assert manage.withdraw(named(petition, "Émile Tremblay"))
    assert files(petition, ridings["laurier"]) == []
    assert not Signature.objects.filter(full_name="Émile Tremblay").exists()


def test_a_count_only_signer_leaving_keeps_the_files(twice_generated, ridings):
    petition = twice_generated
    before = files(petition)
    with committing():
        manage.withdraw(named(petition, "Quiet Counted"))
    assert files(petition) == before


def test_only_the_newest_packet_of_a_riding_is_served(client, organizer, twice_generated, ridings):
    petition = twice_generated
    older, newer = Packet.objects.filter(petition=petition, riding=ridings["toronto"]).order_by(
        "generated_at"
    )
    sign_in(client, organizer)

    def download(packet):
        return client.get(
            reverse("petitions_admin:packets_download", args=[petition.pk, packet.pk, "pdf"])
        )

    assert download(older).status_code == 404
    assert download(newer).status_code == 302
