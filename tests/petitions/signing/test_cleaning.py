"""What signers type, cleaned by the sign form (petitions/signing/cleaning.py, forms.py).

Postal codes, emails, names and cities normalized, and each mistake named in a message of ours.
"""

import pytest

from petitions.models import Signature
from petitions.signing.forms import SignatureForm
from tests.support.signing import cleaned, form_data


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
