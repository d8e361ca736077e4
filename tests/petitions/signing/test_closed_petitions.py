"""Closed petitions (closed, delivered or past their closing date) refuse signatures.

A translation follows its source page's status.
"""

import datetime

import pytest
from django.utils import timezone

from petitions.models import PetitionPage, Signature
from petitions.signing import flow
from tests.factories.petitions import PetitionPageFactory
from tests.support.html import main_text, soup
from tests.support.signing import cleaned, post_sign


@pytest.mark.parametrize(
    "fields",
    [
        {"status": PetitionPage.Status.CLOSED},
        {"status": PetitionPage.Status.DELIVERED},
        {"closes_on": datetime.date(2020, 1, 1)},
    ],
)
def test_a_closed_petition_refuses_signatures(client, petition_index, fields):
    petition = PetitionPageFactory(parent=petition_index, **fields)

    page = client.get(petition.url)
    assert page.status_code == 200
    assert soup(page).find("input", attrs={"name": "full_name"}) is None
    assert soup(page).find(class_="petition-closed")

    response = post_sign(client, petition)

    assert response.status_code == 403
    assert "This petition is closed" in main_text(response)
    assert not Signature.objects.exists()
    assert flow.sign(petition, cleaned()).status == flow.CLOSED


def test_a_petition_closing_today_is_still_open(client, petition_index):
    petition = PetitionPageFactory(parent=petition_index, closes_on=timezone.localdate())
    assert post_sign(client, petition).status_code == 303


def test_a_translation_follows_the_source_s_status(client, petition, french):
    PetitionPage.objects.filter(pk=petition.pk).update(status=PetitionPage.Status.CLOSED)
    # The French page still says "open" until it is synchronized: the source decides.
    assert PetitionPage.objects.get(pk=french.pk).status == PetitionPage.Status.OPEN

    assert post_sign(client, PetitionPage.objects.get(pk=french.pk)).status_code == 403
    assert not Signature.objects.exists()
