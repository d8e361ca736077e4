"""Choices shared by the press models and the code that reads them without a database.

That code is the coalition grouping and the imports.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Membership(models.TextChoices):
    """An organization's place in the coalition (Organization.membership)."""

    FOUNDING_MEMBER = "founding_member", _("Founding member")
    MEMBER = "member", _("Member")
    ENDORSER = "endorser", _("Endorser")
    NONE = "", _("Not a coalition member")
