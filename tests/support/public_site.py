"""A site with one page of every public type, and the public URLs it serves.

The security tests (headers and CSP, personal data) use it.
"""

from dataclasses import dataclass, field

from home.models import HomePageFeaturedPetition
from press.models import PolicyBriefOrganization
from tests.factories import (
    OrganizationFactory,
    PolicyBriefPageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
)
from tests.factories.petitions import make_petition


@dataclass
class PublicSite:
    home: object
    petition: object
    urls: list = field(default_factory=list)


def build_public_site(home_page, press_index, policy_index, coalition_page):
    """Every public page type under `home_page`, a featured petition, every public URL.

    The URLs are pages, petition steps, search, feeds, the sitemap, robots.txt, the counts JSON and
    a 404.
    """
    release = PressReleasePageFactory(parent=press_index, title="Wages now")
    brief = PolicyBriefPageFactory(parent=policy_index, title="Status brief")
    organization = OrganizationFactory(name="Workers Centre Toronto")
    PolicyBriefOrganization.objects.create(
        page=brief,
        organization=organization,
        role=PolicyBriefOrganization.Role.SUBMITTER,
        locale=brief.locale,
    )
    about = StandardPageFactory(parent=home_page, title="About the coalition")
    petition = make_petition(home_page, title="Status for all", goal=100)
    HomePageFeaturedPetition.objects.create(
        page=home_page, petition=petition, sort_order=0, locale=home_page.locale
    )
    index = petition.get_parent()
    urls = [
        home_page.url,
        press_index.url,
        release.url,
        press_index.url + "feed/rss/",
        press_index.url + "feed/atom/",
        policy_index.url,
        brief.url,
        coalition_page.url,
        about.url,
        index.url,
        petition.url,
        "/en/search/?query=status",
        "/sitemap.xml",
        "/robots.txt",
        f"/api/petitions/{petition.pk}/counts.json",
        "/en/no-such-page/",
        # A signing step with a token that does not verify: the "invalid link" page.
        petition.url + "confirm/not-a-token/",
    ]
    return PublicSite(home=home_page, petition=petition, urls=urls)
