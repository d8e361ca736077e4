"""factory_boy factories, one module per app."""

from tests.factories.home import (
    DocumentFactory,
    HomePageFactory,
    ImageFactory,
    StandardPageFactory,
    paragraph,
)
from tests.factories.petitions import (
    MemberFactory,
    PetitionIndexPageFactory,
    PetitionPageFactory,
    RidingFactory,
    SignatureFactory,
)
from tests.factories.press import (
    CoalitionPageFactory,
    MediaContactFactory,
    OrganizationFactory,
    PolicyBriefIndexPageFactory,
    PolicyBriefPageFactory,
    PressReleaseIndexPageFactory,
    PressReleasePageFactory,
)

__all__ = [
    "CoalitionPageFactory",
    "DocumentFactory",
    "HomePageFactory",
    "ImageFactory",
    "MediaContactFactory",
    "MemberFactory",
    "OrganizationFactory",
    "PetitionIndexPageFactory",
    "PetitionPageFactory",
    "PolicyBriefIndexPageFactory",
    "PolicyBriefPageFactory",
    "PressReleaseIndexPageFactory",
    "PressReleasePageFactory",
    "RidingFactory",
    "SignatureFactory",
    "StandardPageFactory",
    "paragraph",
]
