"""The public JSON of a petition's counts per riding and province."""

import pytest
from django.urls import reverse
from django.utils import timezone

from petitions import tally
from tests.factories import RidingFactory
from tests.factories.petitions import make_petition, make_signature

pytestmark = pytest.mark.django_db


@pytest.fixture
def ridings(db):
    return {
        "toronto": RidingFactory(
            province="ON", name_en="Toronto Centre", name_fr="Toronto-Centre"
        ),
        "laurier": RidingFactory(
            province="QC", name_en="Laurier—Sainte-Marie", name_fr="Laurier—Sainte-Marie"
        ),
    }


@pytest.fixture
def petition(home_page):
    return make_petition(home_page, title="Status for all")


@pytest.fixture
def french(petition, locales):
    """The live French translation of the petition."""
    page = petition.copy_for_translation(locales["fr"], copy_parents=True)
    page.title = "Un statut pour tous"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.translation_key == petition.translation_key
    return page


@pytest.fixture
def signers(petition, ridings):
    """Four signers who count and two who never do.

    Two signers in Toronto (one in English, one in French), one in Laurier, one whose riding is
    unknown; one unconfirmed and one invalid that never count.
    """
    return [
        make_signature(petition, ridings["toronto"], full_name="Maria Santos", language="en"),
        make_signature(
            petition,
            ridings["toronto"],
            full_name="Jean Tremblay",
            email="jean.t@exemple.ca",
            language="fr",
        ),
        make_signature(
            petition,
            ridings["laurier"],
            full_name="Aiko Tanaka",
            postal_code="H2J 1A1",
            city="Montréal",
        ),
        make_signature(petition, None, full_name="Ravi Gill", postal_code="V6B 1A1", city="BC"),
        make_signature(petition, ridings["toronto"], full_name="Uma Unconfirmed", confirmed=False),
        make_signature(
            petition,
            ridings["laurier"],
            full_name="Ivan Invalid",
            invalidated_at=timezone.now(),
            invalid_reason="bot",
        ),
    ]


def url(page_id):
    return reverse("petition_counts_json", args=[page_id])


def test_url_is_outside_the_language_prefixes(petition):
    assert url(petition.pk) == f"/api/petitions/{petition.pk}/counts.json"


def test_json_shape(client, petition, signers, ridings):
    response = client.get(url(petition.pk))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) == {
        "petition",
        "total",
        "unassigned",
        "by_province",
        "by_riding",
        "updated_at",
    }
    assert data["petition"] == petition.pk
    assert data["total"] == 4
    assert data["unassigned"] == 1
    # Below PUBLIC_COUNT_THRESHOLD (5): "fewer than 5", never the number; the total is exact.
    fewer = {"count": None, "fewer_than": 5}
    assert data["by_province"] == {"ON": fewer, "QC": fewer}
    toronto, laurier = ridings["toronto"], ridings["laurier"]
    assert sorted(data["by_riding"], key=lambda r: r["code"]) == sorted(
        [
            {
                "code": toronto.code,
                "name_en": "Toronto Centre",
                "name_fr": "Toronto-Centre",
                "province": "ON",
                **fewer,
            },
            {
                "code": laurier.code,
                "name_en": "Laurier—Sainte-Marie",
                "name_fr": "Laurier—Sainte-Marie",
                "province": "QC",
                **fewer,
            },
        ],
        key=lambda r: r["code"],
    )
    assert timezone.datetime.fromisoformat(data["updated_at"]) <= timezone.now()


def test_small_counts_are_shown_as_fewer_than_the_threshold(
    client, petition, signers, ridings, settings
):
    settings.PUBLIC_COUNT_THRESHOLD = 2

    data = client.get(url(petition.pk)).json()

    by_code = {row["code"]: row for row in data["by_riding"]}
    assert by_code[ridings["toronto"].code]["count"] == 2
    assert "fewer_than" not in by_code[ridings["toronto"].code]
    assert by_code[ridings["laurier"].code]["count"] is None
    assert by_code[ridings["laurier"].code]["fewer_than"] == 2
    assert data["by_province"] == {"ON": {"count": 2}, "QC": {"count": None, "fewer_than": 2}}
    assert data["total"] == 4 and data["unassigned"] == 1
    # Organizers' counts (petitions.tally, read by the admin) stay exact.
    counts = tally.compute_counts(petition.pk)
    assert counts.by_riding == {ridings["toronto"].code: 2, ridings["laurier"].code: 1}


def test_counts_are_pooled_across_translations(client, petition, french, signers, ridings):
    make_signature(petition, ridings["laurier"], full_name="Chloé Roy", language="fr")

    english = client.get(url(petition.pk)).json()
    in_french = client.get(url(french.pk)).json()

    assert in_french == english
    assert in_french["petition"] == petition.pk
    assert in_french["total"] == 5


def test_no_personal_data(client, petition, signers):
    response = client.get(url(petition.pk))

    text = response.content.decode()
    for signature in signers:
        for value in [signature.full_name, signature.email, signature.postal_code]:
            assert value not in text
        assert signature.full_name.split()[0] not in text
        assert signature.postal_code.replace(" ", "") not in text
    assert "@" not in text


def test_cache_headers(client, petition, signers):
    response = client.get(url(petition.pk))

    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", f"max-age={tally.COUNTS_TTL}"}
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Set-Cookie" not in response
    assert "Accept-Language" not in response.get("Vary", "")


def test_counts_are_cached_until_forgotten(client, petition, signers, ridings):
    before = client.get(url(petition.pk)).json()
    make_signature(petition, ridings["toronto"])

    assert client.get(url(petition.pk)).json()["total"] == before["total"]
    tally.forget_counts(petition.pk)
    assert client.get(url(petition.pk)).json()["total"] == before["total"] + 1


def test_head_works_and_post_is_refused(client, petition):
    assert client.head(url(petition.pk)).status_code == 200
    assert client.post(url(petition.pk)).status_code == 405


def test_unknown_petition_is_404(client, petition, home_page):
    assert client.get(url(petition.pk + 1000)).status_code == 404
    # Another kind of page is no petition either.
    response = client.get(url(home_page.pk))
    assert response.status_code == 404
    assert response.json() == {"error": "not found"}


def test_draft_petition_is_404(client, home_page):
    draft = make_petition(home_page, live=False)

    assert client.get(url(draft.pk)).status_code == 404


def test_unpublished_petition_is_404(client, petition, signers):
    petition.unpublish()

    assert client.get(url(petition.pk)).status_code == 404


def test_private_petition_is_404(client, petition):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=petition, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    assert client.get(url(petition.pk)).status_code == 404


def test_empty_petition(client, petition):
    data = client.get(url(petition.pk)).json()

    assert data["total"] == 0
    assert data["by_riding"] == [] and data["by_province"] == {}
