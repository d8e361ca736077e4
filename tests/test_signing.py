"""Signing a petition: validation, riding resolution, one signature per email, abuse
protection, email confirmation, closed petitions, counts pooled across translations.

The sign flow runs through the test client (CSRF, routing, templates) where the behaviour is
the page's; the domain functions of petitions/flow.py are called directly where that says
more."""

import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from home import client_ip as client_addresses
from petitions.models import PetitionPage, PostalCodeRiding, Signature
from petitions.signing import flow, tokens
from petitions.signing.forms import RidingChoiceForm, SignatureForm
from petitions.signing.tasks import send_confirmation_email
from petitions.tally import compute_counts, petition_counts
from tests.factories.petitions import (
    MemberFactory,
    PetitionIndexPageFactory,
    PetitionPageFactory,
    RidingFactory,
    SignatureFactory,
)
from tests.localize import translate
from tests.petition_signing import (
    field_errors,
    form_data,
    link_token,
    post_sign,
    sign_url,
)
from tests.utils import main_text, soup

FRENCH = {
    "Status for all": "Un statut pour tous",
    "Permanent resident status for all migrant workers, now.": (
        "La résidence permanente pour tous les travailleurs migrants, maintenant."
    ),
}


@pytest.fixture
def petition_index(home_page):
    return PetitionIndexPageFactory(parent=home_page)


@pytest.fixture
def petition(petition_index):
    """Open; signatures need email confirmation."""
    return PetitionPageFactory(parent=petition_index, title="Status for all", slug="status")


@pytest.fixture
def instant_petition(petition_index):
    """Open; signatures count at once (no confirmation)."""
    return PetitionPageFactory(
        parent=petition_index, title="Count me in", slug="count-me-in", confirmation_required=False
    )


@pytest.fixture
def french(petition):
    return translate(petition, "fr", FRENCH)


def cleaned(**overrides):
    form = SignatureForm(form_data(**overrides))
    assert form.is_valid(), form.errors
    return form.cleaned_data


def only_signature():
    assert Signature.objects.count() == 1
    return Signature.objects.get()


# --- Validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("M5S 2T9", "M5S 2T9"),
        ("m5s2t9", "M5S 2T9"),
        ("  m5s 2t9 ", "M5S 2T9"),
        ("M5S-2T9", "M5S 2T9"),
        ("k1a0a6", "K1A 0A6"),
    ],
)
def test_postal_codes_are_normalized(typed, stored):
    assert cleaned(postal_code=typed)["postal_code"] == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("123456", "Enter a Canadian postal code, for example K1A 0A6."),
        ("D1A 1A1", "Enter a Canadian postal code, for example K1A 0A6."),  # no D
        ("M5S 2T", "Enter a Canadian postal code, for example K1A 0A6."),
        ("M5S 2T9 X", "Enter a Canadian postal code, for example K1A 0A6."),
        ("", "Enter your postal code."),
        ("   ", "Enter your postal code."),
    ],
)
def test_bad_postal_codes_get_a_specific_error(typed, message):
    form = SignatureForm(form_data(postal_code=typed))
    assert not form.is_valid()
    assert form.errors["postal_code"] == [message]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ana@example.org", "ana@example.org"),
        ("  Ana.Reyes@Example.ORG  ", "ana.reyes@example.org"),
        ("ANA@EXAMPLE.ORG\n", "ana@example.org"),
    ],
)
def test_emails_are_trimmed_and_lower_cased(typed, stored):
    assert cleaned(email=typed)["email"] == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ana@", "Enter a valid email address, for example name@example.com."),
        ("ana reyes@example.org", "Enter a valid email address, for example name@example.com."),
        ("a" * 250 + "@example.org", "Enter a valid email address, for example name@example.com."),
        ("", "Enter your email address."),
        ("  ", "Enter your email address."),
    ],
)
def test_bad_emails_get_a_specific_error(typed, message):
    form = SignatureForm(form_data(email=typed))
    assert not form.is_valid()
    assert form.errors["email"] == [message]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Ana Reyes", "Ana Reyes"),
        ("  Ana   Reyes ", "Ana Reyes"),
        ("Ana\x00 Reyes\x07", "Ana Reyes"),  # control characters removed, not refused
        ("Ana\u200b Reyes", "Ana Reyes"),  # an invisible format character
        ("<script>alert(1)</script> Ana", "<script>alert(1)</script> Ana"),  # text, as typed
        ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "ਹਰਪ੍ਰੀਤ ਕੌਰ"),
        ("A" * 200, "A" * 200),
    ],
)
def test_names_are_cleaned(typed, stored):
    assert cleaned(full_name=typed)["full_name"] == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("A" * 201, "Your name can have at most 200 characters."),
        ("", "Enter your full name."),
        ("\x00\x01 ", "Enter your full name."),
    ],
)
def test_bad_names_get_a_specific_error(typed, message):
    form = SignatureForm(form_data(full_name=typed))
    assert not form.is_valid()
    assert form.errors["full_name"] == [message]


def test_city_is_optional_and_limited():
    assert cleaned(city=None)["city"] == ""
    assert cleaned(city=" Saint-Rémi\x00 ")["city"] == "Saint-Rémi"
    form = SignatureForm(form_data(city="x" * 101))
    assert not form.is_valid()
    assert form.errors["city"] == ["The city can have at most 100 characters."]


def test_consent_defaults_to_counting_only():
    assert cleaned(consent=None)["consent"] == Signature.Consent.COUNT_ONLY
    assert cleaned(consent="share_name_with_mp")["consent"] == "share_name_with_mp"
    form = SignatureForm(form_data(consent="publish_everything"))
    assert not form.is_valid()
    assert form.errors["consent"] == ["Choose one of the two options."]


def test_updates_are_opt_in():
    assert cleaned()["updates_opt_in"] is False
    assert cleaned(updates_opt_in="on")["updates_opt_in"] is True


def test_no_error_message_comes_from_django():
    """Django's catalogue has no Tagalog: every message must be one of ours."""
    form = SignatureForm({"consent": "nope", "full_name": "\x00"})
    assert not form.is_valid()
    messages = [m for errors in form.errors.values() for m in errors]
    assert len(messages) == 4
    for message in messages:
        assert "This field is required" not in message
        assert "Null characters" not in message
        assert "Select a valid choice" not in message


def test_errors_are_shown_next_to_fields_and_keep_what_was_typed(client, petition):
    response = post_sign(
        client,
        petition,
        full_name="<script>alert(1)</script> Ana",
        email="ana@",
        postal_code="D1A 1A1",
        city="Hamilton",
        consent="share_name_with_mp",
        updates_opt_in="on",
    )

    assert response.status_code == 200
    assert not Signature.objects.exists()
    assert field_errors(response) == {
        "email": "Enter a valid email address, for example name@example.com.",
        "postal_code": "Enter a Canadian postal code, for example K1A 0A6.",
    }
    document = soup(response)
    assert document.title.get_text().startswith("Error:")
    # The summary links to each field in error.
    summary = document.find(class_="error-summary")
    assert [a["href"] for a in summary.find_all("a")] == ["#id_email", "#id_postal_code"]
    email = document.find("input", id="id_email")
    assert email["aria-invalid"] == "true"
    assert "id_email_error" in email["aria-describedby"].split()
    # What the signer typed is kept, escaped.
    assert document.find("input", id="id_full_name")["value"] == "<script>alert(1)</script> Ana"
    assert "<script>alert(1)" not in response.content.decode()
    assert document.find("input", id="id_email")["value"] == "ana@"
    assert document.find("input", id="id_postal_code")["value"] == "D1A 1A1"
    assert document.find("input", id="id_city")["value"] == "Hamilton"
    assert document.find("input", id="id_consent_1").has_attr("checked")
    assert document.find("input", id="id_updates_opt_in").has_attr("checked")


def test_a_valid_form_stores_clean_values(client, petition):
    response = post_sign(
        client,
        petition,
        full_name="  <b>Ana</b>\x00 Reyes ",
        email=" Ana.Reyes@Example.org ",
        postal_code="m5s2t9",
        city="Toronto",
        consent="share_name_with_mp",
        updates_opt_in="on",
    )

    assert response.status_code == 303
    signature = only_signature()
    assert signature.petition_id == petition.pk
    assert signature.full_name == "<b>Ana</b> Reyes"
    assert signature.email == "ana.reyes@example.org"
    assert signature.postal_code == "M5S 2T9"
    assert signature.city == "Toronto"
    assert signature.province == "ON"
    assert signature.consent == "share_name_with_mp"
    assert signature.updates_opt_in is True
    assert signature.language == "en"
    assert signature.source == Signature.Source.WEB
    assert signature.confirmed_at is None


def test_get_of_the_sign_url_leads_back_to_the_petition(client, petition):
    response = client.get(sign_url(petition))
    assert response.status_code == 302
    assert response["Location"] == petition.url


# --- Riding resolution -----------------------------------------------------------------------


@pytest.fixture
def ridings(db):
    """Three Ontario ridings and one in Quebec."""
    return {
        "a": RidingFactory(
            province="ON", name_en="University—Rosedale", name_fr="Université—Rosedale"
        ),
        "b": RidingFactory(
            province="ON", name_en="Spadina—Harbourfront", name_fr="Spadina—Harbourfront"
        ),
        "c": RidingFactory(province="ON", name_en="Toronto Centre", name_fr="Toronto-Centre"),
        "qc": RidingFactory(
            province="QC", name_en="Laurier—Sainte-Marie", name_fr="Laurier—Sainte-Marie"
        ),
    }


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


def test_step_links_are_signed_per_purpose_and_petition(client, petition, petition_index, ridings):
    other = PetitionPageFactory(parent=petition_index)
    location = post_sign(client, petition, postal_code="M4C 1A1")["Location"]
    token = link_token(location, "riding")
    signature = only_signature()

    # The same token on another petition, on another step, or altered: not valid.
    assert client.get(other.url + other.reverse_subpage("riding", args=[token])).status_code == 404
    assert (
        client.get(petition.url + petition.reverse_subpage("thanks", args=[token])).status_code
        == 404
    )
    assert client.get(location.replace(token, token[:-2] + "xx")).status_code == 404
    assert tokens.read(token, tokens.RIDING) == (signature.pk, petition.pk)
    assert tokens.read(token, tokens.CONFIRM) is None


def test_step_links_expire(client, petition, settings):
    location = post_sign(client, petition)["Location"]
    settings.PETITION_STEP_LINK_MAX_AGE = -1

    response = client.get(location)

    assert response.status_code == 404
    assert "This link is not valid" in main_text(response)


# --- One signature per email -----------------------------------------------------------------


def test_the_same_email_signs_once(client, petition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = post_sign(client, petition, email="ana@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        second = post_sign(client, petition, email="  ANA@example.org ", full_name="Someone Else")

    assert first.status_code == 303
    assert second.status_code == 200
    assert "One more step: confirm your email" in main_text(second)
    signature = only_signature()
    assert signature.full_name == "Ana Reyes"  # a repeat changes nothing
    # Within a minute of the first email, no second one (a double click).
    assert len(mail.outbox) == 1

    # A minute later.
    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(seconds=61))
    with django_capture_on_commit_callbacks(execute=True):
        third = post_sign(client, petition, email="ana@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        fourth = post_sign(client, petition, email="ana@example.org")

    assert "One more step: confirm your email" in main_text(third)
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == ["ana@example.org"]
    assert "/confirm/" in mail.outbox[1].body
    # And again at most once a minute.
    assert fourth.status_code == 200
    assert len(mail.outbox) == 2


def test_a_repeat_page_tells_a_stranger_nothing(client, instant_petition, ridings):
    """Whoever types an address that has signed sees the thank-you page any signer sees,
    with no riding and no word of a previous signature: the signer is told by email."""
    post_sign(client, instant_petition)
    signature = only_signature()
    signature.riding = ridings["a"]
    signature.save()

    stranger = post_sign(Client(), instant_petition, full_name="A Stranger")
    bot = post_sign(Client(), instant_petition, email="bot@example.org", ref_code="x")

    assert stranger.status_code == bot.status_code == 200
    text = main_text(stranger)
    assert "Thank you for signing" in text
    for revealing in ["already", "Ana", ridings["a"].name_en]:
        assert revealing not in text
    assert text == main_text(bot)
    assert stranger["Cache-Control"] == "private, no-store"


def test_a_repeat_of_a_counted_signature_emails_its_signer(
    client, instant_petition, django_capture_on_commit_callbacks
):
    post_sign(client, instant_petition)
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, instant_petition)
    assert mail.outbox == []  # a double click

    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=5))
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, instant_petition)
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, instant_petition)

    assert len(mail.outbox) == 1  # at most once a day
    message = mail.outbox[0]
    assert message.to == ["ana.reyes@example.org"]
    assert "You have already signed: Count me in" in message.subject
    assert "there is nothing more to do" in message.body
    assert "/confirm/" not in message.body


def test_the_already_signed_email_is_in_the_signer_s_language(instant_petition):
    from petitions.signing.emails import already_signed_email

    signature = Signature.objects.create(
        petition=instant_petition,
        full_name="Ana Reyes",
        email="ana@example.org",
        language="fr",
        confirmed_at=timezone.now(),
    )
    message = already_signed_email(signature)

    assert message.extra_headers["Content-Language"] == "fr"
    html, _type = message.alternatives[0]
    assert '<html lang="fr">' in html


def test_an_invalidated_signature_s_repeat_gets_no_email(
    client, instant_petition, django_capture_on_commit_callbacks
):
    post_sign(client, instant_petition)
    Signature.objects.update(
        invalidated_at=timezone.now(), created_at=timezone.now() - datetime.timedelta(days=2)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert post_sign(client, instant_petition).status_code == 200
    assert mail.outbox == []


def test_the_same_email_may_sign_other_petitions(client, petition, instant_petition):
    post_sign(client, petition)
    post_sign(client, instant_petition)
    assert Signature.objects.count() == 2


def test_the_database_constraint_decides(petition, monkeypatch):
    """No look-up before the insert: the unique constraint spots a repeat (ON CONFLICT DO
    NOTHING, so that PostgreSQL logs no error with the email in it), and only then is the
    existing signature read."""
    calls = []
    real_existing = flow._existing

    def recorded(petition_id, email):
        calls.append(email)
        return real_existing(petition_id, email)

    monkeypatch.setattr(flow, "_existing", recorded)
    first = flow.sign(petition, cleaned(), ip="10.0.0.1", language="en")
    assert first.status == flow.SIGNED
    assert calls == []

    result = flow.sign(petition, cleaned(), ip="10.0.0.1", language="en")

    assert result.status == flow.DUPLICATE
    assert result.signature.pk == first.signature.pk
    assert calls == ["ana.reyes@example.org"]
    assert Signature.objects.count() == 1


# --- Abuse -----------------------------------------------------------------------------------


def test_ips_are_stored_only_as_salted_hashes(client, petition, settings):
    post_sign(client, petition, REMOTE_ADDR="203.0.113.7")
    signature = only_signature()

    assert re.fullmatch(r"[0-9a-f]{64}", signature.ip_hash)
    assert signature.ip_hash == client_addresses.hash_ip("203.0.113.7")
    assert "203.0.113.7" not in str(Signature.objects.values().get())
    settings.IP_HASH_SALT = "another-salt"
    assert client_addresses.hash_ip("203.0.113.7") != signature.ip_hash


def test_x_forwarded_for_is_trusted_only_behind_configured_proxies(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9")
    settings.NUM_PROXIES = 0
    assert client_addresses.client_ip(request) == "10.0.0.1"
    settings.NUM_PROXIES = 1
    assert client_addresses.client_ip(request) == "198.51.100.9"
    settings.NUM_PROXIES = 2
    assert client_addresses.client_ip(request) == "1.2.3.4"
    settings.NUM_PROXIES = 3  # fewer addresses than proxies: not through them all
    assert client_addresses.client_ip(request) == "10.0.0.1"
    settings.NUM_PROXIES = 1
    forged = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-ip")
    assert client_addresses.client_ip(forged) == "10.0.0.1"


def test_too_many_signatures_from_one_address_get_a_429(
    client, petition, instant_petition, settings
):
    settings.PETITION_RATE_LIMIT = (3, 3600)
    for n in range(3):
        assert post_sign(client, petition, email=f"person{n}@example.org").status_code == 303

    response = post_sign(client, petition, email="person3@example.org")

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many signatures from your connection" in main_text(response)
    assert soup(response).find("a", class_="skip-link")  # in the site's shell
    assert Signature.objects.count() == 3
    # Another address, or another petition, is not held back.
    assert (
        post_sign(client, petition, email="p4@example.org", REMOTE_ADDR="10.9.9.9").status_code
        == 303
    )
    assert post_sign(client, instant_petition, email="p5@example.org").status_code == 303


def test_invalid_forms_do_not_count_toward_the_limit(client, petition, settings):
    settings.PETITION_RATE_LIMIT = (1, 3600)
    for _ in range(3):
        assert post_sign(client, petition, postal_code="nope").status_code == 200
    assert post_sign(client, petition).status_code == 303


def test_the_honeypot_stores_nothing(client, petition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_sign(client, petition, ref_code="http://spam.example/")

    assert response.status_code == 200
    assert "One more step: confirm your email" in main_text(response)
    assert not Signature.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people(client, petition):
    document = soup(client.get(petition.url))
    trap = document.find("input", attrs={"name": "ref_code"})
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    assert trap.find_parent(class_="hp")["aria-hidden"] == "true"


def test_posts_need_the_csrf_token(petition):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = post_sign(client, petition)
    assert response.status_code == 403
    assert "Please try again" in main_text(response)
    assert not Signature.objects.exists()


# --- Confirmation ----------------------------------------------------------------------------


def confirmation_path(message):
    url = re.search(r"http://localhost(/\S+/confirm/[\w-]+/)", message.body).group(1)
    return url


def test_the_confirmation_email_is_sent_after_commit(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post_sign(client, petition)
    assert len(callbacks) == 1
    assert mail.outbox == []  # never inside the request's transaction

    callbacks[0]()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana.reyes@example.org"]
    assert message.subject == "Confirm your signature: Status for all"
    assert message.extra_headers["Content-Language"] == "en"
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    path = confirmation_path(message)
    assert path.startswith("/en/petitions/status/confirm/")
    assert f'href="http://localhost{path}"' in html


def test_the_email_escapes_what_the_signer_typed(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition, full_name="Ana <script>x</script>")
    message = mail.outbox[0]
    assert "Hello Ana <script>x</script>," in message.body  # plain text, as typed
    html, _mimetype = message.alternatives[0]
    assert "Hello Ana &lt;script&gt;x&lt;/script&gt;," in html
    assert "<script>" not in html


def test_confirming_takes_a_post(client, petition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)
    path = confirmation_path(mail.outbox[0])

    # A mail scanner's GET confirms nothing.
    page = client.get(path)
    assert page.status_code == 200
    assert only_signature().confirmed_at is None
    form = soup(page).find("form", method="post")
    assert form["action"] == path
    assert form.find("button").get_text() == "Confirm my signature"
    assert compute_counts(petition.pk).total == 0

    response = client.post(path)

    assert response.status_code == 303
    confirmed_at = only_signature().confirmed_at
    assert confirmed_at is not None
    assert compute_counts(petition.pk).total == 1
    assert "Your signature is confirmed" in main_text(client.get(path))

    # Twice is harmless.
    assert client.post(path).status_code == 303
    assert only_signature().confirmed_at == confirmed_at


def test_the_email_and_link_follow_the_signer_s_language(
    client, french, django_capture_on_commit_callbacks
):
    assert french.url == "/fr/petitions/status/"
    with django_capture_on_commit_callbacks(execute=True):
        response = post_sign(client, french)

    assert response["Location"].startswith("/fr/petitions/status/thanks/")
    signature = only_signature()
    assert signature.language == "fr"
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "fr"
    assert "Un statut pour tous" in message.subject
    path = confirmation_path(message)
    assert path.startswith("/fr/petitions/status/confirm/")
    page = client.get(path)
    assert soup(page).html["lang"] == "fr"
    client.post(path)
    assert only_signature().confirmed_at is not None


def test_the_task_skips_signatures_that_need_no_email(petition):
    confirmed = SignatureFactory(petition=petition)
    invalidated = SignatureFactory(
        petition=petition, confirmed_at=None, invalidated_at=timezone.now()
    )
    assert send_confirmation_email.call(confirmed.pk) is False
    assert send_confirmation_email.call(invalidated.pk) is False
    assert send_confirmation_email.call(999_999) is False
    assert mail.outbox == []


def test_without_confirmation_a_signature_counts_at_once(
    client, instant_petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_sign(client, instant_petition)

    assert only_signature().confirmed_at is not None
    assert mail.outbox == []
    thanks = client.get(response["Location"])
    assert "Thank you for signing" in main_text(thanks)
    assert compute_counts(instant_petition.pk).total == 1


# --- Closed petitions ------------------------------------------------------------------------


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


# --- Counts across translations --------------------------------------------------------------


def test_signatures_in_every_language_count_toward_one_total(client, petition_index):
    petition = PetitionPageFactory(
        parent=petition_index, title="Status for all", slug="status", confirmation_required=False
    )
    french = translate(petition, "fr", FRENCH)

    assert post_sign(client, petition, email="en@example.org").status_code == 303
    assert post_sign(client, french, email="fr@example.org").status_code == 303
    # The same person on the other language's page is a repeat.
    assert post_sign(client, french, email="en@example.org").status_code == 200

    assert set(Signature.objects.values_list("petition_id", "language")) == {
        (petition.pk, "en"),
        (petition.pk, "fr"),
    }
    from django.core.cache import cache

    cache.clear()  # counts are up to a minute old
    assert petition_counts(petition).total == 2
    assert petition_counts(french).total == 2
    for page in [petition, french]:
        total = soup(client.get(page.url)).find(class_="petition-progress__total")
        assert total.get_text(strip=True).startswith("2")


def test_error_reports_never_show_what_signers_typed(client, petition):
    """Django's error reports (500 emails, debug pages) mask the sign form's personal fields."""
    from django.views.debug import SafeExceptionReporterFilter

    response = post_sign(client, petition)
    reported = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)

    for field in ["full_name", "email", "postal_code", "city"]:
        assert reported[field] == SafeExceptionReporterFilter.cleansed_substitute
