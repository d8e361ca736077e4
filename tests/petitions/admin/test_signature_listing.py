"""The signature listing of the organizers' admin.

Filters, search, CSV and XLSX exports (formulas kept as text, the filters respected), and deleting
or editing a signature (the counts follow).
"""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from petitions import tally
from petitions.models import Signature
from tests.factories.petitions import make_signature
from tests.support.admin_pages import SPAM_IP, content, listed_ids
from tests.support.two_factor import sign_in

pytestmark = pytest.mark.django_db
FORMULA_NAME = '=HYPERLINK("http://x","y")'


def test_listing_filters(client, organizer, petition, signatures, ridings):
    sign_in(client, organizer)
    url = reverse("petition_signatures:index")
    s = signatures

    confirmed = listed_ids(client.get(url, {"status": "confirmed"}))
    assert s["toronto0"].pk in confirmed
    assert s["unconfirmed0"].pk not in confirmed and s["invalid"].pk not in confirmed
    assert listed_ids(client.get(url, {"status": "unconfirmed"})) == {
        s["unconfirmed0"].pk,
        s["unconfirmed1"].pk,
    }
    assert listed_ids(client.get(url, {"status": "invalid"})) == {s["invalid"].pk}
    assert listed_ids(client.get(url, {"riding": ridings["laurier"].pk})) == {
        s["laurier0"].pk,
        s["laurier1"].pk,
    }
    assert listed_ids(client.get(url, {"province": "QC"})) == {s["laurier0"].pk, s["laurier1"].pk}
    assert listed_ids(client.get(url, {"riding": "null"})) == {s["unassigned"].pk}
    assert len(listed_ids(client.get(url, {"petition": petition.pk}))) == 10

    s["ottawa"].source = Signature.Source.PAPER
    s["ottawa"].consent = Signature.Consent.SHARE_WITH_MP
    s["ottawa"].created_at = timezone.now() - timezone.timedelta(days=30)
    s["ottawa"].save()
    assert listed_ids(client.get(url, {"source": "paper"})) == {s["ottawa"].pk}
    assert listed_ids(client.get(url, {"consent": "share_name_with_mp"})) == {s["ottawa"].pk}
    last_month = (timezone.localdate() - timezone.timedelta(days=30)).isoformat()
    assert listed_ids(
        client.get(url, {"created_at_from": last_month, "created_at_to": last_month})
    ) == {s["ottawa"].pk}


def test_listing_search(client, organizer, signatures):
    sign_in(client, organizer)
    url = reverse("petition_signatures:index")
    nadia = signatures["unassigned"]

    assert listed_ids(client.get(url, {"q": "noriding"})) == {nadia.pk}
    assert listed_ids(client.get(url, {"q": nadia.email})) == {nadia.pk}
    assert listed_ids(client.get(url, {"q": "k1a0a6"})) == {nadia.pk}
    assert listed_ids(client.get(url, {"q": "K1A 0A6"})) == {nadia.pk}


def test_listing_filters_by_ip_hash_and_domain(client, organizer, petition, signatures):
    sign_in(client, organizer)
    spam = make_signature(petition, email="bot1@spam.example", ip_hash=SPAM_IP)
    url = reverse("petition_signatures:index")

    assert listed_ids(client.get(url, {"ip_hash": SPAM_IP})) == {spam.pk}
    assert listed_ids(client.get(url, {"domain": "SPAM.example"})) == {spam.pk}


def test_csv_export_contains_the_rows_with_formulas_escaped(client, organizer, petition, ridings):
    sign_in(client, organizer)
    make_signature(petition, riding=ridings["toronto"], full_name="Maria Santos")
    make_signature(petition, riding=ridings["laurier"], full_name=FORMULA_NAME, city="@SUM(A1)")

    response = client.get(reverse("petition_signatures:index"), {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="signatures-' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(content(response).decode())))
    by_name = {row["Full name"]: row for row in rows}
    assert "Maria Santos" in by_name
    escaped = by_name["'" + FORMULA_NAME]
    assert escaped["City"] == "'@SUM(A1)"
    assert escaped["Riding code"] == ridings["laurier"].code
    assert escaped["Petition"] == petition.title
    assert FORMULA_NAME not in by_name


def test_xlsx_export_keeps_formulas_as_text(client, organizer, petition, ridings):
    sign_in(client, organizer)
    make_signature(petition, riding=ridings["toronto"], full_name="Maria Santos")
    make_signature(petition, riding=ridings["toronto"], full_name=FORMULA_NAME, city="+1 Town")

    response = client.get(reverse("petition_signatures:index"), {"export": "xlsx"})

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(content(response))).active
    header = [cell.value for cell in sheet[1]]
    name_column = header.index("Full name")
    names = {}
    for row in sheet.iter_rows(min_row=2):
        names[row[name_column].value] = row[name_column]
    assert "Maria Santos" in names
    formula_cell = names[FORMULA_NAME]
    assert formula_cell.data_type == "s"  # a string, never evaluated


def test_export_respects_the_filters(client, organizer, petition, signatures):
    sign_in(client, organizer)

    response = client.get(
        reverse("petition_signatures:index"),
        {"export": "csv", "status": "invalid", "petition": petition.pk},
    )

    rows = list(csv.DictReader(io.StringIO(content(response).decode("utf-8-sig"))))
    assert [int(row["id"]) for row in rows] == [signatures["invalid"].pk]
    assert f'filename="signatures-{petition.slug}-' in response["Content-Disposition"]


def test_deleting_a_signer_updates_the_counts(client, organizer, petition, signatures):
    sign_in(client, organizer)
    assert tally.petition_counts(petition).total == 7  # now cached
    signature = signatures["toronto0"]

    response = client.post(reverse("petition_signatures:delete", args=[signature.pk]))

    assert response.status_code == 302
    assert not Signature.objects.filter(pk=signature.pk).exists()
    assert tally.petition_counts(petition).total == 6


def test_editing_a_signature_normalizes_and_refreshes_counts(
    client, organizer, petition, signatures, ridings
):
    sign_in(client, organizer)
    signature = signatures["unassigned"]
    assert tally.petition_counts(petition).unassigned == 1

    response = client.post(
        reverse("petition_signatures:edit", args=[signature.pk]),
        {
            "full_name": "Nadia N.",
            "email": "  Nadia@Example.ORG ",
            "postal_code": "k1a0a6",
            "city": "Ottawa",
            "province": "ON",
            "riding": ridings["ottawa"].pk,
            "consent": Signature.Consent.COUNT_ONLY,
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    signature.refresh_from_db()
    assert signature.email == "nadia@example.org"
    assert signature.postal_code == "K1A 0A6"
    assert signature.riding == ridings["ottawa"]
    assert tally.petition_counts(petition).unassigned == 0


def test_editing_refuses_a_duplicate_email(client, organizer, signatures, ridings):
    sign_in(client, organizer)
    signature = signatures["unassigned"]
    taken = signatures["ottawa"].email

    response = client.post(
        reverse("petition_signatures:edit", args=[signature.pk]),
        {
            "full_name": "Nadia",
            "email": taken,
            "province": "ON",
            "consent": Signature.Consent.COUNT_ONLY,
        },
    )

    assert response.status_code == 200
    assert "email" in response.context["form"].errors
