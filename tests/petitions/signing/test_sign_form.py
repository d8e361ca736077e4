"""The sign form through the test client.

Errors next to their fields with what was typed kept, clean values stored, the sign URL's GET, and
error reports that mask what signers typed.
"""

from django.views.debug import SafeExceptionReporterFilter

from petitions.models import Signature
from tests.support.html import soup
from tests.support.signing import field_errors, only_signature, post_sign, sign_url


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


def test_error_reports_never_show_what_signers_typed(client, petition):
    """Django's error reports (500 emails, debug pages) mask the sign form's personal fields."""
    response = post_sign(client, petition)
    reported = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)

    for field in ["full_name", "email", "postal_code", "city"]:
        assert reported[field] == SafeExceptionReporterFilter.cleansed_substitute
