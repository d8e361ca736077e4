"""Placing a signer in a riding, behind the emailed link.

From the postal-code table, by the signer's choice among the candidates on the confirm page (never
a guess, never before the address is confirmed), or not at all; at most a few choices shown at
once, narrowed by region, city or a search that works without JavaScript; the riding names in the
signer's language.
"""

import re

from django.core import mail
from django.utils import translation

from petitions.models import PostalCodeRiding
from petitions.ridings import choice
from petitions.signing import flow
from petitions.signing.forms import RidingChoiceForm
from tests.factories.petitions import MemberFactory, RidingFactory
from tests.support.html import main_text, soup
from tests.support.signing import only_signature, post_sign


def confirm_path(capture, client, page, **overrides):
    with capture(execute=True):
        post_sign(client, page, **overrides)
    return re.search(r"http://localhost(/\S+/confirm/[\w-]+/)", mail.outbox[-1].body).group(1)


def shown_labels(response):
    """The labels of the riding radios the page shows (hidden ones left out)."""
    return [
        div.find("label").get_text()
        for div in soup(response).select("fieldset.riding-choices .choice")
        if not div.has_attr("hidden")
    ]


def test_a_postal_code_in_one_riding_gets_it(
    client, petition, ridings, django_capture_on_commit_callbacks
):
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["a"])
    member = MemberFactory(riding=ridings["a"], first_name="Chrystia", last_name="Example")
    path = confirm_path(django_capture_on_commit_callbacks, client, petition)
    assert only_signature().riding == ridings["a"]

    page = client.get(path)
    assert not soup(page).select("fieldset.riding-choices")  # nothing to ask
    client.post(path)

    text = main_text(client.get(path))
    assert "University—Rosedale" in text
    assert member.full_name in text
    # One signer in the riding: a small count is never shown (PUBLIC_COUNT_THRESHOLD).
    assert "Fewer than 5 signatures from your riding so far." in text


def test_an_ambiguous_postal_code_asks_on_the_confirm_page(
    client, petition, ridings, django_capture_on_commit_callbacks
):
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["a"], weight=0.7)
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["b"], weight=0.3)
    path = confirm_path(django_capture_on_commit_callbacks, client, petition)
    signature = only_signature()
    assert signature.riding is None  # saved, riding unknown: nothing lost if the signer leaves

    page = client.get(path)
    assert page.status_code == 200
    assert shown_labels(page) == ["University—Rosedale", "Spadina—Harbourfront", "I don't know"]
    assert soup(page).find("fieldset").find("legend")

    confirmed = client.post(path, {"riding": ridings["b"].pk})

    assert confirmed.status_code == 303
    signature.refresh_from_db()
    assert signature.riding == ridings["b"]
    assert signature.province == "ON"
    assert signature.confirmed_at is not None


def test_a_riding_outside_the_candidates_is_refused_and_nothing_changes(
    client, petition, ridings, django_capture_on_commit_callbacks
):
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["a"])
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["b"])
    path = confirm_path(django_capture_on_commit_callbacks, client, petition)

    for forged in [ridings["c"].pk, ridings["qc"].pk, "999999", ""]:
        response = client.post(path, {"riding": forged})
        assert response.status_code == 200
        signature = only_signature()
        assert signature.riding is None and signature.confirmed_at is None
        errors = main_text(response)
        assert "Choose one of the ridings listed." in errors or "Choose your riding" in errors

    # The domain function checks too, whatever calls it.
    signature = only_signature()
    assert flow.choose_riding(signature, ridings["c"]) is False
    assert flow.choose_riding(signature, ridings["a"]) is True
    assert only_signature().riding == ridings["a"]


def test_i_dont_know_confirms_without_a_riding(
    client, petition, ridings, django_capture_on_commit_callbacks
):
    path = confirm_path(
        django_capture_on_commit_callbacks, client, petition, postal_code="M4C 1A1"
    )

    response = client.post(path, {"riding": "unknown"})

    assert response.status_code == 303
    signature = only_signature()
    assert signature.riding is None and signature.confirmed_at is not None
    confirmed = client.get(path)
    assert "We could not tell your riding from your postal code." in main_text(confirmed)
    # Still offered afterwards, on the confirmed page.
    assert shown_labels(confirmed)[-1] == "I don't know"


def test_no_ridings_imported_confirms_with_a_button(
    client, petition, django_capture_on_commit_callbacks
):
    path = confirm_path(django_capture_on_commit_callbacks, client, petition)
    assert not soup(client.get(path)).select("fieldset.riding-choices")
    client.post(path)
    assert only_signature().riding is None


def test_a_petition_without_confirmation_asks_the_riding_from_its_email(
    client, instant_petition, ridings, django_capture_on_commit_callbacks
):
    path = confirm_path(
        django_capture_on_commit_callbacks, client, instant_petition, postal_code="M4C 1A1"
    )
    assert "We could not tell your federal riding" in mail.outbox[-1].body

    page = client.get(path)
    assert "Your signature is confirmed" in main_text(page)
    client.post(path, {"riding": ridings["c"].pk})

    assert only_signature().riding == ridings["c"]
    assert not soup(client.get(path)).select("fieldset.riding-choices")


def toronto_and_ontario():
    """Toronto's M5 ridings (2023 codes) and 30 other Ontario ridings."""
    toronto = [
        RidingFactory(code=code, province="ON", name_en=name, name_fr=name)
        for code, name in [
            ("35109", "Toronto Centre"),
            ("35112", "University—Rosedale"),
            ("35100", "Spadina—Harbourfront"),
        ]
    ]
    others = [
        RidingFactory(code=f"350{n:02d}", province="ON", name_en=f"Elsewhere {n}", name_fr="")
        for n in range(30, 60)
    ]
    others.append(RidingFactory(code="35077", province="ON", name_en="Orléans", name_fr="Orléans"))
    return toronto, others


def test_a_toronto_signer_sees_a_few_choices_not_the_province(
    client, petition, django_capture_on_commit_callbacks
):
    toronto, _others = toronto_and_ontario()
    path = confirm_path(django_capture_on_commit_callbacks, client, petition, city="")

    page = client.get(path)

    labels = shown_labels(page)
    assert len(labels) <= choice.MAX_SHOWN + 1
    assert set(labels) == {riding.name_en for riding in toronto} | {"I don't know"}
    assert "postal codes starting with M5" in main_text(page)
    # Every candidate can still be chosen (the search script reveals the hidden ones).
    assert len(soup(page).select("fieldset.riding-choices input[type=radio]")) == 35


def test_the_search_works_without_javascript_and_ignores_accents(
    client, petition, django_capture_on_commit_callbacks
):
    toronto_and_ontario()
    path = confirm_path(django_capture_on_commit_callbacks, client, petition)
    search = soup(client.get(path)).select_one("form.riding-search")
    assert search.find("input", attrs={"name": "q"})

    found = client.get(path, {"q": "orleans"})
    assert shown_labels(found) == ["Orléans", "I don't know"]
    many = client.get(path, {"q": "elsewhere"})
    assert len(shown_labels(many)) == choice.MAX_SHOWN + 1
    assert "15 of 30 ridings that match your search" in main_text(many)
    none = client.get(path, {"q": "atlantis"})
    assert shown_labels(none) == ["I don't know"]
    # The choice posts like any other.
    orleans = next(r for r in flow.riding_candidates(only_signature()) if r.code == "35077")
    client.post(path, {"riding": orleans.pk})
    assert only_signature().riding == orleans


def test_the_city_typed_narrows_the_choice(client, petition, django_capture_on_commit_callbacks):
    toronto_and_ontario()
    RidingFactory(code="35061", province="ON", name_en="Mississauga Centre", name_fr="")
    RidingFactory(code="35062", province="ON", name_en="Mississauga East—Cooksville", name_fr="")
    path = confirm_path(
        django_capture_on_commit_callbacks, client, petition, postal_code="L0L 1A0",
        city="mississauga",
    )  # fmt: skip
    assert shown_labels(client.get(path)) == [
        "Mississauga Centre",
        "Mississauga East—Cooksville",
        "I don't know",
    ]


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
