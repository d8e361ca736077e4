"""`manage.py purge_signatures`: retention of signers' personal data."""

import datetime

import pytest
from django.core.management import CommandError
from django.utils import timezone

from petitions import retention, tally
from petitions.models import PetitionPage, Signature
from tests.factories import RidingFactory
from tests.factories.petitions import make_petition, make_signature
from tests.support.commands import run_command

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def finished(petition, days_ago, status=PetitionPage.Status.CLOSED):
    """Mark `petition` closed (or delivered) `days_ago` days ago.

    Its closing date and its last edit both lie that far back.
    """
    moment = timezone.now() - days_ago * DAY
    PetitionPage.objects.filter(pk=petition.pk).update(
        status=status,
        closes_on=moment.date(),
        latest_revision_created_at=moment,
        last_published_at=moment,
    )
    petition.refresh_from_db()
    return petition


@pytest.fixture
def riding(db):
    return RidingFactory(province="ON")


@pytest.fixture
def old_petition(home_page, riding):
    """A petition closed 200 days ago.

    It has three confirmed signers (two in the riding, one whose riding is unknown) and one invalid
    signature.
    """
    petition = make_petition(home_page, title="Old petition")
    for _ in range(2):
        make_signature(petition, riding, ip_hash="c" * 64, updates_opt_in=True)
    make_signature(petition, None, province="QC", postal_code="H2J 1A1")
    make_signature(
        petition, riding, invalidated_at=timezone.now() - 210 * DAY, invalid_reason="bot"
    )
    return finished(petition, days_ago=200)


@pytest.fixture
def open_petition(home_page, riding):
    petition = make_petition(home_page, title="Open petition")
    make_signature(petition, riding)
    return petition


def purge(*args):
    return run_command("purge_signatures", *args)


def personal_data(petition):
    return list(
        Signature.objects.filter(petition=petition).values_list(
            "full_name", "email", "postal_code", "city", "ip_hash"
        )
    )


def test_anonymizes_old_closed_petitions_keeping_riding_counts(old_petition, riding):
    counts_before = tally.compute_counts(old_petition.pk)
    kept_before = list(
        Signature.objects.filter(petition=old_petition)
        .order_by("pk")
        .values_list("riding", "province", "confirmed_at", "invalidated_at", "consent")
    )

    output = purge()

    assert "Anonymized 4 signature(s) of petition" in output
    for row in personal_data(old_petition):
        assert row == ("", "", "", "", "")
    signatures = Signature.objects.filter(petition=old_petition)
    assert not signatures.filter(anonymized_at__isnull=True).exists()
    assert not signatures.filter(updates_opt_in=True).exists()
    kept_after = list(
        signatures.order_by("pk").values_list(
            "riding", "province", "confirmed_at", "invalidated_at", "consent"
        )
    )
    assert kept_after == kept_before
    assert tally.compute_counts(old_petition.pk) == counts_before
    assert counts_before.by_riding == {riding.code: 2}


def test_delivered_petitions_are_anonymized_too(home_page, riding):
    petition = make_petition(home_page)
    make_signature(petition, riding)
    finished(petition, days_ago=400, status=PetitionPage.Status.DELIVERED)

    purge()

    assert personal_data(petition) == [("", "", "", "", "")]


def test_recent_and_open_petitions_are_untouched(home_page, riding, old_petition, open_petition):
    recent = make_petition(home_page, title="Closed last month")
    make_signature(recent, riding)
    finished(recent, days_ago=30)
    # Open, although its closing date is long past: nobody closed it yet.
    forgotten = make_petition(home_page, title="Never closed")
    make_signature(forgotten, riding)
    PetitionPage.objects.filter(pk=forgotten.pk).update(closes_on=timezone.localdate() - 900 * DAY)

    purge()

    for petition in [recent, open_petition, forgotten]:
        assert all(row[0] for row in personal_data(petition)), petition.title
        assert not Signature.objects.filter(petition=petition, anonymized_at__isnull=False)


def test_a_recent_edit_postpones_anonymization(old_petition):
    """A recent edit postpones anonymization.

    Closed long ago but edited (for example its status set) last week: the later date counts, so
    nothing is purged before organizers are done with it.
    """
    PetitionPage.objects.filter(pk=old_petition.pk).update(
        latest_revision_created_at=timezone.now() - 7 * DAY
    )

    purge()

    assert all(row[0] for row in personal_data(old_petition))


def test_days_option_and_setting(settings, home_page, riding):
    petition = make_petition(home_page)
    make_signature(petition, riding)
    finished(petition, days_ago=40)

    purge()
    assert all(row[0] for row in personal_data(petition))  # the default is 180 days

    purge("--days", "30")
    assert personal_data(petition) == [("", "", "", "", "")]

    other = make_petition(home_page)
    make_signature(other, riding)
    finished(other, days_ago=40)
    settings.SIGNATURE_RETENTION_DAYS = 10
    purge()
    assert personal_data(other) == [("", "", "", "", "")]


def test_deletes_old_unconfirmed_signatures(open_petition, riding):
    stale = make_signature(open_petition, riding, confirmed=False)
    Signature.objects.filter(pk=stale.pk).update(created_at=timezone.now() - 8 * DAY)
    fresh = make_signature(open_petition, riding, confirmed=False)
    old_confirmed = make_signature(open_petition, riding)
    Signature.objects.filter(pk=old_confirmed.pk).update(created_at=timezone.now() - 80 * DAY)

    output = purge()

    assert "Deleted 1 unconfirmed signature(s)" in output
    assert not Signature.objects.filter(pk=stale.pk).exists()
    assert Signature.objects.filter(pk=fresh.pk).exists()
    assert Signature.objects.filter(pk=old_confirmed.pk, anonymized_at__isnull=True).exists()


def test_unconfirmed_days_setting_and_option(settings, open_petition, riding):
    signature = make_signature(open_petition, riding, confirmed=False)
    Signature.objects.filter(pk=signature.pk).update(created_at=timezone.now() - 3 * DAY)

    purge()
    assert Signature.objects.filter(pk=signature.pk).exists()

    settings.UNCONFIRMED_SIGNATURE_DAYS = 2
    purge()
    assert not Signature.objects.filter(pk=signature.pk).exists()

    other = make_signature(open_petition, riding, confirmed=False)
    Signature.objects.filter(pk=other.pk).update(created_at=timezone.now() - 2 * DAY)
    purge("--unconfirmed-days", "1")
    assert not Signature.objects.filter(pk=other.pk).exists()


def test_dry_run_changes_nothing(old_petition, open_petition, riding):
    stale = make_signature(open_petition, riding, confirmed=False)
    Signature.objects.filter(pk=stale.pk).update(created_at=timezone.now() - 30 * DAY)
    before = list(Signature.objects.order_by("pk").values())

    output = purge("--dry-run")

    assert list(Signature.objects.order_by("pk").values()) == before
    assert "Would delete 1 unconfirmed signature(s) of petition" in output
    assert "Would anonymize 4 signature(s) of petition" in output
    assert "Dry run: nothing was changed." in output


def test_idempotent(old_petition, open_petition):
    purge()
    anonymized = list(Signature.objects.order_by("pk").values())

    output = purge()

    assert list(Signature.objects.order_by("pk").values()) == anonymized
    assert "0 signature(s) on 0 petition(s)" in output


def test_output_has_no_personal_data(old_petition):
    names = [row[0] for row in personal_data(old_petition)]
    emails = [row[1] for row in personal_data(old_petition)]

    output = purge("--dry-run") + purge()

    for value in names + emails:
        assert value not in output


def test_negative_days_are_refused(db):
    with pytest.raises(CommandError):
        purge("--days", "-1")


def test_finished_on_takes_the_latest_date(old_petition):
    PetitionPage.objects.filter(pk=old_petition.pk).update(
        closes_on=timezone.localdate() - 3 * DAY
    )
    old_petition.refresh_from_db()

    assert retention.finished_on(old_petition) == timezone.localdate() - 3 * DAY
