"""Where each page type may be created, and what it may contain."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from events.models import ActionDayPage, EventIndexPage
from home.models import HomePage, StandardPage
from petitions.models import PetitionIndexPage, PetitionPage
from press.models import (
    CoalitionPage,
    PolicyBriefIndexPage,
    PolicyBriefPage,
    PressReleaseIndexPage,
    PressReleasePage,
)

ALL_TYPES = [
    HomePage,
    StandardPage,
    PressReleaseIndexPage,
    PressReleasePage,
    PolicyBriefIndexPage,
    PolicyBriefPage,
    CoalitionPage,
    PetitionIndexPage,
    PetitionPage,
]


class PageTypeRulesTests(WagtailPageTestCase):
    def assertOnlyCreatableUnder(self, child_model, parent_models):
        """The child can be created under exactly these parents among our page types."""
        self.assertAllowedParentPageTypes(child_model, set(parent_models))
        for parent in ALL_TYPES:
            if parent in parent_models:
                self.assertCanCreateAt(parent, child_model)
            else:
                self.assertCanNotCreateAt(parent, child_model)

    def test_home_page(self):
        self.assertOnlyCreatableUnder(HomePage, [Page])
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                PressReleaseIndexPage,
                PolicyBriefIndexPage,
                CoalitionPage,
                PetitionIndexPage,
                EventIndexPage,
                ActionDayPage,
            },
        )

    def test_standard_page(self):
        self.assertOnlyCreatableUnder(StandardPage, [HomePage, StandardPage])
        self.assertCanNotCreateAt(Page, StandardPage)
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_press_release_index(self):
        self.assertOnlyCreatableUnder(PressReleaseIndexPage, [HomePage])
        self.assertCanNotCreateAt(Page, PressReleaseIndexPage)
        self.assertAllowedSubpageTypes(PressReleaseIndexPage, {PressReleasePage})

    def test_press_release(self):
        self.assertOnlyCreatableUnder(PressReleasePage, [PressReleaseIndexPage])
        self.assertCanNotCreateAt(Page, PressReleasePage)
        self.assertAllowedSubpageTypes(PressReleasePage, set())

    def test_policy_brief_index(self):
        self.assertOnlyCreatableUnder(PolicyBriefIndexPage, [HomePage])
        self.assertCanNotCreateAt(Page, PolicyBriefIndexPage)
        self.assertAllowedSubpageTypes(PolicyBriefIndexPage, {PolicyBriefPage})

    def test_policy_brief(self):
        self.assertOnlyCreatableUnder(PolicyBriefPage, [PolicyBriefIndexPage])
        self.assertCanNotCreateAt(Page, PolicyBriefPage)
        self.assertAllowedSubpageTypes(PolicyBriefPage, set())

    def test_coalition_page(self):
        self.assertOnlyCreatableUnder(CoalitionPage, [HomePage])
        self.assertCanNotCreateAt(Page, CoalitionPage)
        self.assertAllowedSubpageTypes(CoalitionPage, set())

    def test_petition_index_page(self):
        self.assertOnlyCreatableUnder(PetitionIndexPage, [HomePage])
        self.assertAllowedSubpageTypes(PetitionIndexPage, {PetitionPage})

    def test_petition_page(self):
        self.assertOnlyCreatableUnder(PetitionPage, [PetitionIndexPage])
        self.assertAllowedSubpageTypes(PetitionPage, set())
