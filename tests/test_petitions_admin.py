"""The organizers' admin: who may see what, the signature listing and export, the petition
dashboard, riding assignment, the abuse report and bulk invalidation."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.users.models import UserProfile

from petitions import tally
from petitions.models import Signature
from tests.factories import MemberFactory, RidingFactory
from tests.petition_data import make_petition, make_signature
from tests.utils import soup, staff_user

pytestmark = pytest.mark.django_db

SPAM_IP = "a" * 64
OTHER_IP = "b" * 64
FORMULA_NAME = '=HYPERLINK("http://x","y")'


@pytest.fixture
def ridings(db):
    toronto = RidingFactory(province="ON", name_en="Toronto Centre", name_fr="Toronto-Centre")
    ottawa = RidingFactory(province="ON", name_en="Ottawa Centre", name_fr="Ottawa-Centre")
    laurier = RidingFactory(
        province="QC", name_en="Laurier—Sainte-Marie", name_fr="Laurier—Sainte-Marie"
    )
    MemberFactory(riding=toronto, first_name="Ada", last_name="Member")
    MemberFactory(riding=laurier, first_name="Luc", last_name="Député")
    return {"toronto": toronto, "ottawa": ottawa, "laurier": laurier}


@pytest.fixture
def petition(home_page):
    return make_petition(home_page, title="Status for all", goal=100)


@pytest.fixture
def signatures(petition, ridings):
    """Toronto 3 counted, Ottawa 1 counted, Laurier 2 counted, 1 counted without riding,
    2 unconfirmed, 1 invalid."""
    made = {}
    for i in range(3):
        made[f"toronto{i}"] = make_signature(petition, riding=ridings["toronto"])
    made["ottawa"] = make_signature(petition, riding=ridings["ottawa"])
    for i in range(2):
        made[f"laurier{i}"] = make_signature(
            petition, riding=ridings["laurier"], postal_code="H2J 1A1", city="Montréal"
        )
    made["unassigned"] = make_signature(
        petition, riding=None, province="ON", postal_code="K1A 0A6", full_name="Nadia Noriding"
    )
    for i in range(2):
        made[f"unconfirmed{i}"] = make_signature(
            petition, riding=ridings["toronto"], confirmed=False
        )
    made["invalid"] = make_signature(
        petition, riding=ridings["toronto"], invalidated_at=timezone.now(), invalid_reason="x"
    )
    return made


@pytest.fixture
def translator_fr(db):
    return staff_user("translator-fr", "Translators (fr)")


def admin_urls(petition, signature, riding, member):
    """Every organizer admin URL (GET)."""
    return [
        reverse("petitions_admin:index"),
        reverse("petitions_admin:dashboard", args=[petition.pk]),
        reverse("petitions_admin:abuse", args=[petition.pk]),
        reverse("petitions_admin:invalidate", args=[petition.pk]) + f"?ip_hash={SPAM_IP}",
        reverse("petition_signatures:index"),
        reverse("petition_signatures:index_results"),
        reverse("petition_signatures:index") + "?export=csv",
        reverse("petition_signatures:index") + "?export=xlsx",
        reverse("petition_signatures:edit", args=[signature.pk]),
        reverse("petition_signatures:inspect", args=[signature.pk]),
        reverse("petition_signatures:delete", args=[signature.pk]),
        reverse("petition_signatures:history", args=[signature.pk]),
        reverse("petition_ridings:index"),
        reverse("petition_ridings:add"),
        reverse("petition_ridings:edit", args=[riding.pk]),
        reverse("petition_ridings:inspect", args=[riding.pk]),
        reverse("petition_members:index"),
        reverse("petition_members:edit", args=[member.pk]),
        reverse("petition_members:inspect", args=[member.pk]),
        reverse("petition_postal_codes:index"),
    ]


@pytest.fixture
def every_admin_url(petition, signatures, ridings):
    member = ridings["toronto"].members.get()
    return admin_urls(petition, signatures["toronto0"], ridings["toronto"], member)


def assert_denied(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard and a
    message (403 for XHR)."""
    if response.status_code == 403:
        return
    assert response.status_code == 302, response.status_code
    assert response["Location"] == reverse("wagtailadmin_home")


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


# Who may see what


def test_anonymous_is_sent_to_the_login_page(client, every_admin_url):
    for url in every_admin_url:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


@pytest.mark.parametrize("who", ["editor", "translator", "translator_fr"])
def test_editors_and_translators_are_denied_everywhere(client, request, who, every_admin_url):
    client.force_login(request.getfixturevalue(who))
    for url in every_admin_url:
        response = client.get(url)
        assert_denied(response)
        assert b"Nadia" not in body(response), url


@pytest.mark.parametrize("who", ["editor", "translator"])
def test_editors_and_translators_cannot_post(client, request, who, petition, signatures, ridings):
    client.force_login(request.getfixturevalue(who))
    unassigned = signatures["unassigned"]

    assert_denied(
        client.post(
            reverse("petitions_admin:assign", args=[petition.pk]),
            {"signature": unassigned.pk, "riding": ridings["ottawa"].pk},
        )
    )
    assert_denied(
        client.post(
            reverse("petitions_admin:invalidate", args=[petition.pk]),
            {"domain": "example.org", "confirm": "on", "reason": "spam"},
        )
    )
    assert_denied(client.post(reverse("petition_signatures:delete", args=[unassigned.pk])))

    unassigned.refresh_from_db()
    assert unassigned.riding is None
    assert Signature.objects.invalid().count() == 1
    assert Signature.objects.filter(pk=unassigned.pk).exists()


def test_organizer_reaches_every_page(client, organizer, every_admin_url):
    client.force_login(organizer)
    for url in every_admin_url:
        response = client.get(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize("who", ["editor", "translator"])
def test_the_menu_is_hidden_from_editors_and_translators(client, request, who, home_page):
    client.force_login(request.getfixturevalue(who))

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert reverse("petitions_admin:index").encode() not in response.content
    assert reverse("petition_signatures:index").encode() not in response.content


def test_the_menu_shows_organizers_the_petition_tools(client, organizer, home_page):
    client.force_login(organizer)

    response = client.get(reverse("wagtailadmin_home"))

    for name in [
        "petitions_admin:index",
        "petition_signatures:index",
        "petition_ridings:index",
        "petition_members:index",
    ]:
        assert reverse(name).encode() in response.content, name


def test_organizers_hold_the_petitions_permissions(db):
    organizers = Group.objects.get(name="Organizers")
    codenames = set(
        organizers.permissions.filter(content_type__app_label="petitions").values_list(
            "codename", flat=True
        )
    )
    for model in ["riding", "member", "postalcoderiding", "signature"]:
        for action in ["view", "add", "change", "delete"]:
            assert f"{action}_{model}" in codenames
    assert "export_signature" in codenames
    for name in ["Editors", "Translators", "Translators (fr)"]:
        assert not Group.objects.get(name=name).permissions.filter(
            content_type__app_label="petitions"
        )


def viewer_without(*codenames):
    """A staff user who may view signatures but lacks the given permissions."""
    group = Group.objects.create(name="Signature viewers")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["wagtailadmin", "petitions"],
            codename__in=[
                "access_admin",
                "view_signature",
                "change_signature",
                "export_signature",
            ],
        ).exclude(codename__in=codenames)
    )
    return staff_user("viewer", "Signature viewers")


def test_export_needs_its_own_permission(client, signatures):
    client.force_login(viewer_without("export_signature"))
    url = reverse("petition_signatures:index")

    assert client.get(url).status_code == 200
    assert_denied(client.get(url + "?export=csv"))
    assert_denied(client.get(url + "?export=xlsx"))
    assert b"export=csv" not in client.get(url).content


# Signature listing, search, filters and export


def listed_ids(response):
    return {s.pk for s in response.context["object_list"]}


def test_listing_filters(client, organizer, petition, signatures, ridings):
    client.force_login(organizer)
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
    client.force_login(organizer)
    url = reverse("petition_signatures:index")
    nadia = signatures["unassigned"]

    assert listed_ids(client.get(url, {"q": "noriding"})) == {nadia.pk}
    assert listed_ids(client.get(url, {"q": nadia.email})) == {nadia.pk}
    assert listed_ids(client.get(url, {"q": "k1a0a6"})) == {nadia.pk}
    assert listed_ids(client.get(url, {"q": "K1A 0A6"})) == {nadia.pk}


def test_listing_filters_by_ip_hash_and_domain(client, organizer, petition, signatures):
    client.force_login(organizer)
    spam = make_signature(petition, email="bot1@spam.example", ip_hash=SPAM_IP)
    url = reverse("petition_signatures:index")

    assert listed_ids(client.get(url, {"ip_hash": SPAM_IP})) == {spam.pk}
    assert listed_ids(client.get(url, {"domain": "SPAM.example"})) == {spam.pk}


def test_csv_export_contains_the_rows_with_formulas_escaped(client, organizer, petition, ridings):
    client.force_login(organizer)
    make_signature(petition, riding=ridings["toronto"], full_name="Maria Santos")
    make_signature(petition, riding=ridings["laurier"], full_name=FORMULA_NAME, city="@SUM(A1)")

    response = client.get(reverse("petition_signatures:index"), {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="signatures-' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body(response).decode())))
    by_name = {row["Full name"]: row for row in rows}
    assert "Maria Santos" in by_name
    escaped = by_name["'" + FORMULA_NAME]
    assert escaped["City"] == "'@SUM(A1)"
    assert escaped["Riding code"] == ridings["laurier"].code
    assert escaped["Petition"] == petition.title
    assert FORMULA_NAME not in by_name


def test_xlsx_export_keeps_formulas_as_text(client, organizer, petition, ridings):
    client.force_login(organizer)
    make_signature(petition, riding=ridings["toronto"], full_name="Maria Santos")
    make_signature(petition, riding=ridings["toronto"], full_name=FORMULA_NAME, city="+1 Town")

    response = client.get(reverse("petition_signatures:index"), {"export": "xlsx"})

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    header = [cell.value for cell in sheet[1]]
    name_column = header.index("Full name")
    names = {}
    for row in sheet.iter_rows(min_row=2):
        names[row[name_column].value] = row[name_column]
    assert "Maria Santos" in names
    formula_cell = names[FORMULA_NAME]
    assert formula_cell.data_type == "s"  # a string, never evaluated


def test_export_respects_the_filters(client, organizer, petition, signatures):
    client.force_login(organizer)

    response = client.get(
        reverse("petition_signatures:index"),
        {"export": "csv", "status": "invalid", "petition": petition.pk},
    )

    rows = list(csv.DictReader(io.StringIO(body(response).decode())))
    assert [int(row["id"]) for row in rows] == [signatures["invalid"].pk]
    assert f'filename="signatures-{petition.slug}-' in response["Content-Disposition"]


def test_deleting_a_signer_updates_the_counts(client, organizer, petition, signatures):
    client.force_login(organizer)
    assert tally.petition_counts(petition).total == 7  # now cached
    signature = signatures["toronto0"]

    response = client.post(reverse("petition_signatures:delete", args=[signature.pk]))

    assert response.status_code == 302
    assert not Signature.objects.filter(pk=signature.pk).exists()
    assert tally.petition_counts(petition).total == 6


def test_editing_a_signature_normalizes_and_refreshes_counts(
    client, organizer, petition, signatures, ridings
):
    client.force_login(organizer)
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
    client.force_login(organizer)
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


# Dashboard


def test_dashboard_totals_chart_and_tables(client, organizer, petition, signatures):
    client.force_login(organizer)

    response = client.get(reverse("petitions_admin:dashboard", args=[petition.pk]))

    assert response.status_code == 200
    page = soup(response)
    totals = {dd["data-total"]: dd.get_text(strip=True) for dd in page.select("dd[data-total]")}
    assert totals == {"counted": "7", "unconfirmed": "2", "invalid": "1", "unassigned": "1"}
    svg = page.select_one("svg.province-chart")
    assert svg is not None and svg["role"] == "img"
    assert svg.find("title").get_text(strip=True)
    assert svg.find("desc").get_text(strip=True)
    assert len(svg.find_all("rect")) == 13  # every province and territory
    province_table = page.select_one("#provinces-heading").find_next("table")
    province_counts = {
        tr.th.get_text(strip=True): tr.td.get_text(strip=True)
        for tr in province_table.tbody.find_all("tr")
    }
    assert province_counts["Ontario"] == "5"  # 4 with a riding, 1 from the province given
    assert province_counts["Quebec"] == "2"
    assert "Ada Member" in page.select_one("#ridings").get_text()


def riding_order(response):
    return [tr["data-riding"] for tr in soup(response).select("#ridings tbody tr")]


def test_dashboard_sorts_ridings(client, organizer, petition, signatures, ridings):
    client.force_login(organizer)
    url = reverse("petitions_admin:dashboard", args=[petition.pk])
    toronto, ottawa, laurier = (ridings[k].code for k in ["toronto", "ottawa", "laurier"])

    assert riding_order(client.get(url)) == [toronto, laurier, ottawa]  # most first
    assert riding_order(client.get(url, {"sort": "count"})) == [ottawa, laurier, toronto]
    assert riding_order(client.get(url, {"sort": "riding"})) == [laurier, ottawa, toronto]
    assert riding_order(client.get(url, {"sort": "-riding"})) == [toronto, ottawa, laurier]
    by_province = riding_order(client.get(url, {"sort": "province"}))
    assert by_province[0] in {toronto, ottawa} and by_province[-1] == laurier
    assert riding_order(client.get(url, {"sort": "nonsense"})) == [toronto, laurier, ottawa]


def test_dashboard_of_a_translation_shows_the_source_petition(
    client, organizer, petition, signatures, locales
):
    client.force_login(organizer)
    french = petition.copy_for_translation(locales["fr"], copy_parents=True)

    response = client.get(reverse("petitions_admin:dashboard", args=[french.pk]))

    assert response.context["petition"].pk == petition.pk
    assert response.context["totals"]["counted"] == 7


def test_dashboard_lists_unassigned_signatures_with_suggestions(
    client, organizer, petition, signatures, ridings
):
    client.force_login(organizer)

    response = client.get(reverse("petitions_admin:dashboard", args=[petition.pk]))

    rows = soup(response).select("#unassigned tbody tr")
    assert [int(tr["data-signature"]) for tr in rows] == [signatures["unassigned"].pk]
    options = {o["value"] for o in rows[0].select("select[name=riding] option") if o["value"]}
    # Its province's ridings only.
    assert options == {str(ridings["toronto"].pk), str(ridings["ottawa"].pk)}
    assert rows[0].select_one("input[name=csrfmiddlewaretoken]")


def test_assigning_a_riding(client, organizer, petition, signatures, ridings):
    client.force_login(organizer)
    signature = signatures["unassigned"]
    assert tally.petition_counts(petition).by_riding[ridings["ottawa"].code] == 1

    response = client.post(
        reverse("petitions_admin:assign", args=[petition.pk]),
        {"signature": signature.pk, "riding": ridings["ottawa"].pk},
    )

    assert response.status_code == 302
    signature.refresh_from_db()
    assert signature.riding == ridings["ottawa"]
    counts = tally.petition_counts(petition)
    assert counts.by_riding[ridings["ottawa"].code] == 2
    assert counts.unassigned == 0


def test_assigning_needs_the_change_permission(client, petition, signatures, ridings):
    client.force_login(viewer_without("change_signature"))
    signature = signatures["unassigned"]
    url = reverse("petitions_admin:assign", args=[petition.pk])

    assert_denied(client.post(url, {"signature": signature.pk, "riding": ridings["ottawa"].pk}))
    signature.refresh_from_db()
    assert signature.riding is None
    # They still see the dashboard, without the assignment forms.
    dashboard = client.get(reverse("petitions_admin:dashboard", args=[petition.pk]))
    assert dashboard.status_code == 200
    assert not soup(dashboard).select("#unassigned form")


def test_assigning_is_post_only_and_scoped_to_the_petition(
    client, organizer, home_page, petition, signatures, ridings
):
    client.force_login(organizer)
    other = make_petition(home_page, title="Another one")
    url = reverse("petitions_admin:assign", args=[other.pk])
    signature = signatures["unassigned"]

    assert client.get(url).status_code == 405
    response = client.post(url, {"signature": signature.pk, "riding": ridings["ottawa"].pk})
    assert response.status_code == 404
    signature.refresh_from_db()
    assert signature.riding is None


def test_assigning_refuses_a_legacy_riding(client, organizer, petition, signatures):
    client.force_login(organizer)
    legacy = RidingFactory(representation_order=2013)
    signature = signatures["unassigned"]

    client.post(
        reverse("petitions_admin:assign", args=[petition.pk]),
        {"signature": signature.pk, "riding": legacy.pk},
    )

    signature.refresh_from_db()
    assert signature.riding is None


def test_petition_list_links_to_the_dashboards(client, organizer, petition, signatures):
    client.force_login(organizer)

    response = client.get(reverse("petitions_admin:index"))

    assert reverse("petitions_admin:dashboard", args=[petition.pk]).encode() in response.content
    assert response.context["rows"][0]["totals"]["counted"] == 7


# Abuse report and bulk invalidation


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
    client.force_login(organizer)

    response = client.get(reverse("petitions_admin:abuse", args=[petition.pk]))

    assert response.status_code == 200
    by_ip = response.context["by_ip"]
    assert [(row["ip_hash"], row["total"]) for row in by_ip] == [(SPAM_IP, 3), (OTHER_IP, 1)]
    by_domain = response.context["by_domain"]
    assert (by_domain[0]["domain"], by_domain[0]["total"]) == ("spam.example", 3)
    assert ("example.org", 1) in [(row["domain"], row["total"]) for row in by_domain]
    assert b"bot0@spam.example" not in response.content


def test_abuse_report_time_range_and_top(client, organizer, petition, burst):
    client.force_login(organizer)
    Signature.objects.filter(pk=burst[3].pk).update(
        created_at=timezone.now() - timezone.timedelta(days=10)
    )
    url = reverse("petitions_admin:abuse", args=[petition.pk])
    since = (timezone.localtime() - timezone.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")

    recent = client.get(url, {"start": since})
    assert [row["ip_hash"] for row in recent.context["by_ip"]] == [SPAM_IP]
    assert len(client.get(url, {"top": 1}).context["by_ip"]) == 1


def test_bulk_invalidation_by_ip_needs_confirmation(client, organizer, petition, burst):
    client.force_login(organizer)
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
    client.force_login(organizer)
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
    client.force_login(organizer)
    url = reverse("petitions_admin:invalidate", args=[petition.pk])

    response = client.post(url, {"confirm": "on", "reason": "everything"})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert Signature.objects.invalid().count() == 0


def test_restoring_invalidated_signatures(client, organizer, petition, burst):
    client.force_login(organizer)
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
    client.force_login(organizer)
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
    client.force_login(organizer)

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


# Ridings and MPs


def test_riding_listing_search_and_filters(client, organizer, ridings):
    client.force_login(organizer)
    legacy = RidingFactory(province="QC", name_en="Old Laurier", representation_order=2013)
    url = reverse("petition_ridings:index")

    assert listed_ids(client.get(url, {"q": "laurier"})) == {ridings["laurier"].pk, legacy.pk}
    assert listed_ids(client.get(url, {"q": ridings["toronto"].code})) == {ridings["toronto"].pk}
    assert listed_ids(client.get(url, {"q": "Bord"})) == set()
    assert listed_ids(client.get(url, {"province": "QC", "representation_order": 2023})) == {
        ridings["laurier"].pk
    }
    response = client.get(url, {"q": "toronto"})
    assert "Ada Member" in soup(response).select_one("table").get_text()


def test_member_listing_search_and_filters(client, organizer, ridings):
    client.force_login(organizer)
    ada = ridings["toronto"].members.get()
    luc = ridings["laurier"].members.get()
    former = MemberFactory(
        riding=ridings["ottawa"],
        first_name="Former",
        last_name="Member",
        party="NDP",
        active_to=timezone.localdate(),
    )
    url = reverse("petition_members:index")

    assert listed_ids(client.get(url, {"q": "Député"})) == {luc.pk}
    assert listed_ids(client.get(url, {"q": "toronto"})) == {ada.pk}
    assert listed_ids(client.get(url, {"province": "QC"})) == {luc.pk}
    assert listed_ids(client.get(url, {"current": "true"})) == {ada.pk, luc.pk}
    assert listed_ids(client.get(url, {"current": "false"})) == {former.pk}
    assert listed_ids(client.get(url, {"party": "ndp"})) == {former.pk}


def test_deleting_a_riding_in_use_is_refused_politely(client, organizer, signatures, ridings):
    client.force_login(organizer)
    toronto = ridings["toronto"]

    response = client.post(reverse("petition_ridings:delete", args=[toronto.pk]), follow=True)

    assert response.status_code == 200
    assert toronto.__class__.objects.filter(pk=toronto.pk).exists()
    assert "cannot be deleted" in response.content.decode()
