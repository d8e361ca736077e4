"""Every page type renders with its content."""

import datetime

import pytest

from press.models import (
    Organization,
    PolicyBriefDocument,
    PolicyBriefOrganization,
    PressReleaseMediaContact,
)
from tests.factories import (
    DocumentFactory,
    MediaContactFactory,
    OrganizationFactory,
    PolicyBriefPageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
    paragraph,
)
from tests.support.html import assert_in_order, main_text, soup
from tests.support.publishing import make_draft, make_embargoed

# Also run on SQLite by `make test` (the `make run` database).
pytestmark = pytest.mark.smoke


def test_home_page_shows_the_hero(client, home_page):
    response = client.get(home_page.url)

    assert response.status_code == 200
    assert home_page.url == "/en/"
    hero = soup(response).find("h1")
    assert hero.get_text(strip=True) == "Status for all migrant workers"
    assert "A coalition of migrant-worker organizations across Canada." in main_text(response)


def test_home_page_without_petitions_has_no_petition_sections(client, home_page):
    response = client.get(home_page.url)

    document = soup(response)
    assert document.find(class_="lead-petition") is None
    assert document.find(id="more-petitions-heading") is None
    assert "Sign the petition" not in main_text(response)


def test_home_page_lists_latest_live_releases_and_briefs_newest_first(
    client, home_page, press_index, policy_index
):
    for title, day in [("Release A", 1), ("Release C", 3), ("Release B", 2)]:
        PressReleasePageFactory(
            parent=press_index, title=title, release_date=datetime.date(2025, 1, day)
        )
    make_draft(
        PressReleasePageFactory,
        parent=press_index,
        title="Draft R",
        release_date=datetime.date(2025, 2, 1),
    )
    make_embargoed(
        PressReleasePageFactory,
        parent=press_index,
        title="Embargoed R",
        release_date=datetime.date(2025, 2, 2),
    )
    for title, day in [("Brief B", 2), ("Brief A", 1)]:
        PolicyBriefPageFactory(parent=policy_index, title=title, date=datetime.date(2025, 1, day))
    make_draft(
        PolicyBriefPageFactory,
        parent=policy_index,
        title="Draft P",
        date=datetime.date(2025, 3, 1),
    )

    response = client.get(home_page.url)

    assert response.status_code == 200
    text = main_text(response)
    assert_in_order(text, ["Release C", "Release B", "Release A"])
    assert_in_order(text, ["Brief B", "Brief A"])
    for hidden in ["Draft R", "Embargoed R", "Draft P"]:
        assert hidden not in text


def test_home_page_shows_at_most_three_releases(client, home_page, press_index):
    for day in range(1, 6):
        PressReleasePageFactory(
            parent=press_index, title=f"Numbered {day}", release_date=datetime.date(2025, 1, day)
        )

    text = main_text(client.get(home_page.url))

    assert_in_order(text, ["Numbered 5", "Numbered 4", "Numbered 3"])
    assert "Numbered 2" not in text


def test_standard_page(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="About the coalition",
        introduction="Founded by workers.",
        body=paragraph("We meet every second Sunday."),
    )

    response = client.get(page.url)

    assert response.status_code == 200
    text = main_text(response)
    assert soup(response).find("h1").get_text(strip=True) == "About the coalition"
    assert "Founded by workers." in text
    assert "We meet every second Sunday." in text


def test_press_release_page(client, press_index):
    release = PressReleasePageFactory(
        parent=press_index,
        title="Farmworkers demand status",
        release_date=datetime.date(2025, 4, 7),
        dateline_city="Leamington",
        lede="Hundreds of farmworkers rallied on Monday.",
        tags=["Status for all"],
        body=[
            ("paragraph", "<p>Body paragraph about the rally.</p>"),
            (
                "quote",
                {
                    "quote": "We feed this country.",
                    "attribution": "Gabriel Allahdua",
                    "role": "Organizer",
                    "organization": "Justicia",
                },
            ),
        ],
    )
    contact = MediaContactFactory(
        name="Maria Santos", languages_spoken="English, Spanish, Tagalog"
    )
    PressReleaseMediaContact.objects.create(page=release, contact=contact)

    response = client.get(release.url)

    assert response.status_code == 200
    text = main_text(response)
    assert soup(response).find("h1").get_text(strip=True) == "Farmworkers demand status"
    assert "LEAMINGTON" in text.upper()
    assert "April 7, 2025" in text
    assert "Hundreds of farmworkers rallied on Monday." in text
    assert "Body paragraph about the rally." in text
    assert "We feed this country." in text
    assert "Gabriel Allahdua" in text
    assert "Maria Santos" in text
    assert "English, Spanish, Tagalog" in text
    tag_link = soup(response).find("a", string="Status for all")
    assert tag_link is not None
    assert tag_link["href"] == press_index.url + "?tag=status-for-all"


def test_policy_brief_page(client, policy_index):
    brief = PolicyBriefPageFactory(
        parent=policy_index,
        title="Brief to the committee",
        addressed_to="Standing Committee on Citizenship and Immigration",
        summary="<p>Summary of our position.</p>",
        recommendations=[
            (
                "recommendation",
                {
                    "text": "Regularize undocumented workers.",
                    "sub_points": ["Without exclusions", "Within one year"],
                },
            ),
            ("recommendation", {"text": "End closed work permits.", "sub_points": []}),
        ],
    )
    document = DocumentFactory(title="Full brief (PDF)")
    PolicyBriefDocument.objects.create(page=brief, document=document)
    submitter = OrganizationFactory(name="Migrant Rights Network")
    endorser = OrganizationFactory(name="Caregivers Action Centre")
    PolicyBriefOrganization.objects.create(
        page=brief, organization=submitter, role=PolicyBriefOrganization.Role.SUBMITTER
    )
    PolicyBriefOrganization.objects.create(
        page=brief, organization=endorser, role=PolicyBriefOrganization.Role.ENDORSER
    )

    response = client.get(brief.url)

    assert response.status_code == 200
    html = soup(response)
    text = main_text(response)
    assert "Summary of our position." in text
    assert "Standing Committee on Citizenship and Immigration" in text

    # Numbered: each recommendation is an item of an ordered list, its sub-points inside it.
    items = html.find("ol", class_="recommendations").find_all("li", recursive=False)
    assert len(items) == 2
    assert "Regularize undocumented workers." in items[0].get_text()
    assert [li.get_text(strip=True) for li in items[0].find_all("li")] == [
        "Without exclusions",
        "Within one year",
    ]
    assert "End closed work permits." in items[1].get_text()

    link = html.find("a", href=document.url)
    assert link is not None
    assert "Full brief (PDF)" in link.get_text()

    submitters = html.find(id="submitters-heading").find_parent("section").get_text()
    endorsers = html.find(id="endorsers-heading").find_parent("section").get_text()
    assert "Migrant Rights Network" in submitters
    assert "Caregivers Action Centre" not in submitters
    assert "Caregivers Action Centre" in endorsers


@pytest.fixture
def members(locale_en):
    Membership = Organization.Membership
    return [
        OrganizationFactory(name="Toronto Workers", province="ON", membership=Membership.MEMBER),
        OrganizationFactory(
            name="Ottawa Founders", province="ON", membership=Membership.FOUNDING_MEMBER
        ),
        OrganizationFactory(name="Montreal Allies", province="QC", membership=Membership.ENDORSER),
        OrganizationFactory(name="Not A Member", province="BC", membership=Membership.NONE),
    ]


def test_coalition_page_groups_members_by_province(client, coalition_page, members):
    response = client.get(coalition_page.url)

    assert response.status_code == 200
    html = soup(response)
    text = main_text(response)
    assert "3 member organizations in 2 provinces and territories" in text

    headings = [h.get_text(strip=True) for h in html.select("section.province h2")]
    assert headings == ["Ontario", "Quebec"]
    ontario = html.find(id="province-on").find_parent("section")
    quebec = html.find(id="province-qc").find_parent("section")
    ontario_text = " ".join(ontario.get_text(" ").split())
    assert "2 organizations" in ontario_text
    assert_in_order(
        ontario_text, ["Founding member", "Ottawa Founders", "Member", "Toronto Workers"]
    )
    assert "Montreal Allies" not in ontario_text
    assert "1 organization" in " ".join(quebec.get_text(" ").split())
    assert "Montreal Allies" in quebec.get_text()

    assert "Not A Member" not in text
    assert "British Columbia" not in text


def test_coalition_page_without_members(client, coalition_page):
    response = client.get(coalition_page.url)

    assert response.status_code == 200
    assert response.context["coalition"].total == 0
    assert soup(response).select("section.province") == []
