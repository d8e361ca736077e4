"""factory_boy factories and the data the tests start from, one module per app.

Also imports (files to import) and packets (the three-riding petition of the packet tests and the
delivery log).
"""

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
