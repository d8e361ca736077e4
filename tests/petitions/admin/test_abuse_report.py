"""The abuse report and bulk invalidation.

The report: signatures grouped by IP hash and email domain. The invalidation: a preview first, a
reason required, restoring, one petition only. Both pages in French.
"""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.users.models import UserProfile

from petitions import tally
from petitions.models import Signature
from tests.factories.petitions import make_petition, make_signature
from tests.support.admin_pages import OTHER_IP, SPAM_IP
from tests.support.html import soup
from tests.support.two_factor import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def burst(petition, ridings):
    """Three signatures from one IP and a throwaway domain, one from another IP."""
    made = [
        make_signature(
            petition, riding=ridings["toronto"], ip_hash=SPAM_IP, email=f"bot{i}@spam.example"
        )
        for i in range(3)
    ]
    made.append(
        make_signature(
            petition, riding=ridings["toronto"], ip_hash=OTHER_IP, email="someone@example.org"
        )
    )
    return made


def test_abuse_report_groups_by_ip_hash_and_domain(client, organizer, petition, burst):
    sign_in(client, organizer)

    response = client.get(reverse("petitions_admin:abuse", args=[petition.pk]))

    assert response.status_code == 200
    by_ip = response.context["by_ip"]
    assert [(row["ip_hash"], row["total"]) for row in by_ip] == [(SPAM_IP, 3), (OTHER_IP, 1)]
    by_domain = response.context["by_domain"]
    assert (by_domain[0]["domain"], by_domain[0]["total"]) == ("spam.example", 3)
    assert ("example.org", 1) in [(row["domain"], row["total"]) for row in by_domain]
    assert b"bot0@spam.example" not in response.content


def test_abuse_report_time_range_and_top(client, organizer, petition, burst):
    sign_in(client, organizer)
    Signature.objects.filter(pk=burst[3].pk).update(
        created_at=timezone.now() - timezone.timedelta(days=10)
    )
    url = reverse("petitions_admin:abuse", args=[petition.pk])
    since = (timezone.localtime() - timezone.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")

    recent = client.get(url, {"start": since})
    assert [row["ip_hash"] for row in recent.context["by_ip"]] == [SPAM_IP]
    assert len(client.get(url, {"top": 1}).context["by_ip"]) == 1


def test_bulk_invalidation_by_ip_needs_confirmation(client, organizer, petition, burst):
    sign_in(client, organizer)
    url = reverse("petitions_admin:invalidate", args=[petition.pk])
    assert tally.petition_counts(petition).total == 4

    preview = client.get(url, {"ip_hash": SPAM_IP})
    assert preview.status_code == 200
    assert preview.context["preview"] == {"total": 3, "counted": 3}
    assert soup(preview).select_one("[data-preview-total]")["data-preview-total"] == "3"
    # Posting without the confirmation only shows the preview again.
    client.post(url, {"ip_hash": SPAM_IP, "reason": "bot"})
    assert Signature.objects.invalid().count() == 0
    # Confirming without a reason is refused.
    refused = client.post(url, {"ip_hash": SPAM_IP, "confirm": "on"})
    assert "reason" in refused.context["form"].errors
    assert Signature.objects.invalid().count() == 0

    done = client.post(url, {"ip_hash": SPAM_IP, "confirm": "on", "reason": "bot burst"})

    assert done.status_code == 302
    invalid = Signature.objects.invalid()
    assert set(invalid.values_list("pk", flat=True)) == {s.pk for s in burst[:3]}
    assert set(invalid.values_list("invalid_reason", flat=True)) == {"bot burst"}
    assert tally.petition_counts(petition).total == 1

    entry = PageLogEntry.objects.get(page=petition, action="petitions.invalidate_signatures")
    assert entry.data["count"] == 3
    assert entry.user == organizer


def test_bulk_invalidation_by_domain_and_by_range(client, organizer, petition, burst):
    sign_in(client, organizer)
    url = reverse("petitions_admin:invalidate", args=[petition.pk])

    client.post(url, {"domain": "Spam.Example", "confirm": "on", "reason": "throwaway"})
    assert Signature.objects.invalid().count() == 3

    old = burst[3]
    Signature.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timezone.timedelta(days=10)
    )
    start = (timezone.now() - timezone.timedelta(days=11)).isoformat()
    end = (timezone.now() - timezone.timedelta(days=9)).isoformat()
    preview = client.get(url, {"start": start, "end": end})
    assert preview.context["preview"]["total"] == 1
    client.post(url, {"start": start, "end": end, "confirm": "on", "reason": "night burst"})
    assert Signature.objects.invalid().count() == 4
    assert tally.petition_counts(petition).total == 0


def test_bulk_invalidation_needs_criteria(client, organizer, petition, burst):
    sign_in(client, organizer)
    url = reverse("petitions_admin:invalidate", args=[petition.pk])

    response = client.post(url, {"confirm": "on", "reason": "everything"})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert Signature.objects.invalid().count() == 0


def test_restoring_invalidated_signatures(client, organizer, petition, burst):
    sign_in(client, organizer)
    url = reverse("petitions_admin:invalidate", args=[petition.pk])
    client.post(url, {"ip_hash": SPAM_IP, "confirm": "on", "reason": "bot"})
    assert tally.petition_counts(petition).total == 1

    report = client.get(reverse("petitions_admin:abuse", args=[petition.pk]))
    restore_link = soup(report).select_one(f'tr[data-ip_hash="{SPAM_IP}"] a[href*=restore]')
    preview = client.get(restore_link["href"])
    assert preview.context["restoring"]
    assert preview.context["preview"]["total"] == 3
    client.post(url, {"ip_hash": SPAM_IP, "action": "restore", "confirm": "on"})

    assert Signature.objects.invalid().count() == 0
    assert tally.petition_counts(petition).total == 4


def test_bulk_invalidation_only_touches_the_petition(
    client, organizer, home_page, petition, burst
):
    sign_in(client, organizer)
    other = make_petition(home_page, title="Another one")
    elsewhere = make_signature(other, ip_hash=SPAM_IP, email="bot9@spam.example")

    client.post(
        reverse("petitions_admin:invalidate", args=[petition.pk]),
        {"ip_hash": SPAM_IP, "confirm": "on", "reason": "bot"},
    )

    elsewhere.refresh_from_db()
    assert elsewhere.invalidated_at is None


def test_admin_pages_render_in_french(client, organizer, petition, signatures, burst):
    profile = UserProfile.get_for_user(organizer)
    profile.preferred_language = "fr"
    profile.save()
    sign_in(client, organizer)

    for url in [
        reverse("petitions_admin:dashboard", args=[petition.pk]),
        reverse("petitions_admin:abuse", args=[petition.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert soup(response).html["lang"] == "fr"
        # Bar geometry stays machine-readable (no decimal commas in SVG attributes).
        for rect in soup(response).select("svg rect"):
            assert "," not in rect["width"]
