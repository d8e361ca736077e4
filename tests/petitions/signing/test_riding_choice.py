"""Placing a signer in a riding.

From the postal-code table, by the signer's choice among the candidates (never a guess), or not at
all; the riding names in the signer's language.
"""

from django.utils import translation

from petitions.models import PostalCodeRiding
from petitions.signing import flow
from petitions.signing.forms import RidingChoiceForm
from tests.factories.petitions import MemberFactory
from tests.support.html import main_text, soup
from tests.support.signing import only_signature, post_sign


def test_a_postal_code_in_one_riding_gets_it(client, petition, ridings):
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["a"])
    member = MemberFactory(riding=ridings["a"], first_name="Chrystia", last_name="Example")

    response = post_sign(client, petition)

    assert response.status_code == 303
    assert "/thanks/" in response["Location"]
    signature = only_signature()
    assert signature.riding == ridings["a"]
    thanks = client.get(response["Location"])
    text = main_text(thanks)
    assert "University—Rosedale" in text
    assert member.full_name in text


def test_an_ambiguous_postal_code_asks_and_never_guesses(client, petition, ridings):
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["a"], weight=0.7)
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["b"], weight=0.3)

    response = post_sign(client, petition)

    # Saved first, riding unknown: nothing is lost if the signer leaves now.
    assert response.status_code == 303
    assert "/riding/" in response["Location"]
    signature = only_signature()
    assert signature.riding is None

    choice = client.get(response["Location"])
    assert choice.status_code == 200
    radios = soup(choice).select("fieldset input[type=radio]")
    labels = [soup(choice).find("label", attrs={"for": r["id"]}).get_text() for r in radios]
    assert labels == ["University—Rosedale", "Spadina—Harbourfront", "I don't know"]
    assert soup(choice).find("fieldset").find("legend")

    chosen = client.post(response["Location"], {"riding": ridings["b"].pk})

    assert chosen.status_code == 303
    assert "/thanks/" in chosen["Location"]
    signature.refresh_from_db()
    assert signature.riding == ridings["b"]
    assert signature.province == "ON"


def test_a_riding_outside_the_candidates_is_refused(client, petition, ridings):
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["a"])
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["b"])
    location = post_sign(client, petition)["Location"]

    for forged in [ridings["c"].pk, ridings["qc"].pk, "999999", ""]:
        response = client.post(location, {"riding": forged})
        assert response.status_code == 200
        assert only_signature().riding is None
        errors = main_text(response)
        assert "Choose one of the ridings listed." in errors or "Choose your riding" in errors

    # The domain function checks too, whatever calls it.
    signature = only_signature()
    assert flow.choose_riding(signature, ridings["c"]) is False
    assert flow.choose_riding(signature, ridings["a"]) is True
    assert only_signature().riding == ridings["a"]


def test_an_unknown_postal_code_offers_the_province_s_ridings(client, petition, ridings):
    response = post_sign(client, petition, postal_code="M4C 1A1")

    assert "/riding/" in response["Location"]
    choice = client.get(response["Location"])
    labels = [label.get_text() for label in soup(choice).select("fieldset label")]
    # Ontario's ridings by name, not Quebec's; and "I don't know".
    assert labels == [
        "Spadina—Harbourfront",
        "Toronto Centre",
        "University—Rosedale",
        "I don't know",
    ]


def test_i_dont_know_leaves_the_riding_unassigned(client, petition, ridings):
    location = post_sign(client, petition, postal_code="M4C 1A1")["Location"]

    response = client.post(location, {"riding": "unknown"})

    assert response.status_code == 303
    assert only_signature().riding is None
    thanks = client.get(response["Location"])
    assert "We could not tell your riding from your postal code." in main_text(thanks)


def test_no_ridings_imported_goes_straight_to_thanks(client, petition):
    response = post_sign(client, petition)
    assert "/thanks/" in response["Location"]
    assert only_signature().riding is None


def test_a_riding_already_chosen_is_not_asked_again(client, petition, ridings):
    location = post_sign(client, petition, postal_code="M4C 1A1")["Location"]
    client.post(location, {"riding": ridings["c"].pk})

    again = client.post(location, {"riding": ridings["a"].pk})

    assert again.status_code == 303
    assert "/thanks/" in again["Location"]
    assert only_signature().riding == ridings["c"]


def test_riding_names_follow_the_language(ridings):
    candidates = [ridings["a"], ridings["c"]]
    with translation.override("fr"):
        labels = [
            label
            for _value, label in RidingChoiceForm(candidates=candidates).fields["riding"].choices
        ]
    assert labels[:2] == ["Université—Rosedale", "Toronto-Centre"]
    with translation.override("tl"):
        labels = [
            label
            for _value, label in RidingChoiceForm(candidates=candidates).fields["riding"].choices
        ]
    assert labels[:2] == ["University—Rosedale", "Toronto Centre"]
