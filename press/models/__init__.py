"""The press app's models, one module per kind.

Organizations (the Organization and MediaContact snippets), releases, briefs and coalition, and
listings (what the release and brief listings share).
"""

# In the order of the old press/models.py, so that the models register as they always have
# (the order of content types and permissions created on a new database).
from press.models.organizations import MediaContact, Organization

# isort: split
from press.models.listings import (
    DatedPageManager,
    DatedPageQuerySet,
    int_or_none,
    paginate,
    year_or_none,
)
from press.models.releases import (
    PressReleaseIndexPage,
    PressReleaseMediaContact,
    PressReleasePage,
    PressReleaseTag,
)

# isort: split
from press.models.briefs import (
    PolicyBriefDocument,
    PolicyBriefIndexPage,
    PolicyBriefOrganization,
    PolicyBriefPage,
)
from press.models.coalition import CoalitionPage

__all__ = [
    "CoalitionPage",
    "DatedPageManager",
    "DatedPageQuerySet",
    "MediaContact",
    "Organization",
    "PolicyBriefDocument",
    "PolicyBriefIndexPage",
    "PolicyBriefOrganization",
    "PolicyBriefPage",
    "PressReleaseIndexPage",
    "PressReleaseMediaContact",
    "PressReleasePage",
    "PressReleaseTag",
    "int_or_none",
    "paginate",
    "year_or_none",
]
