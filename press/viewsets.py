"""The press app's snippets in the admin, grouped under the "Coalition" menu.

The group is PressSnippetsGroup, registered in press/wagtail_hooks.py: the coalition's
organizations (with imports and exports) and the media contacts.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from press.models import MediaContact, Organization
from press.resources import OrganizationResource
from spreadsheets.viewsets import ImportExportViewSetMixin


class OrganizationViewSet(ImportExportViewSetMixin, SnippetViewSet):
    model = Organization
    # Editors and Organizers import coalition lists; exports use the import's columns.
    import_resource_classes = [OrganizationResource]
    import_permissions = ["press.add_organization", "press.change_organization"]
    export_resource_class = OrganizationResource
    export_filename = "coalition-members"
    icon = "group"
    menu_label = _("Organizations")
    list_display = ["name", "acronym", "membership", "province", "city"]
    list_filter = ["membership", "province"]
    search_fields = ["name", "acronym"]


class MediaContactViewSet(SnippetViewSet):
    model = MediaContact
    icon = "user"
    menu_label = _("Media contacts")
    list_display = ["name", "organization", "email", "phone"]


class PressSnippetsGroup(SnippetViewSetGroup):
    """The "Coalition" menu: organizations and media contacts."""

    items = (OrganizationViewSet, MediaContactViewSet)
    menu_icon = "group"
    menu_label = _("Coalition")
    menu_name = "coalition"
