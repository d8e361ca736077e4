"""The organizers' admin viewsets, grouped under the "Petitions" menu.

The menu is PetitionsAdminGroup, registered in petitions/wagtail_hooks.py. The viewsets: the
petitions dashboard and each petition's pages (PetitionsAdminViewSet, URLs in urls.py), the
signatures, ridings, MPs and postal codes listings with their imports and exports, and the delivery
log.

Everything under the "Petitions" menu needs the Organizers' permissions on signatures,
ridings or MPs; Editors and Translators see neither the menu nor the pages.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from petitions.admin import deliveries, ridings, signatures, urls
from petitions.admin.base import SafeDeleteView, refusing_with_403
from petitions.admin.columns import DayColumn, StampColumn
from petitions.models import Delivery, Member, PostalCodeRiding, Riding, Signature
from petitions.permissions import (
    IMPORT_MEMBERS,
    IMPORT_POSTAL_CODES,
    IMPORT_RIDINGS,
    IMPORT_SIGNATURES,
    VIEW_SIGNATURES,
)
from petitions.resources.house_of_commons import HouseOfCommonsMemberResource
from petitions.resources.members import MemberResource
from petitions.resources.options import (
    MemberImportOptionsForm,
    RidingImportOptionsForm,
    SignatureImportOptionsForm,
)
from petitions.resources.postal_codes import PostalCodeRidingResource
from petitions.resources.ridings import RidingResource
from petitions.resources.signatures import SignatureResource
from spreadsheets.viewsets import ImportExportViewSetMixin


class DashboardMenuItem(MenuItem):
    """The "Petitions dashboard" menu item, shown to those who may view signatures."""

    def is_shown(self, request):
        return request.user.has_perm(VIEW_SIGNATURES)


class PetitionsAdminViewSet(ViewSet):
    """Each petition's dashboard, abuse report, bulk invalidation and delivery packets."""

    name = "petitions_admin"
    url_prefix = "petitions"
    icon = "table"
    menu_label = _("Petitions dashboard")
    menu_name = "petitions_dashboard"
    menu_item_class = DashboardMenuItem

    def get_urlpatterns(self):
        return list(urls.urlpatterns)


class OrganizerViewSet(ModelViewSet):
    """Listings of petition data.

    Not part of Wagtail's reference index (signatures are written one per signer, so they stay
    cheap), no copying, 50 rows a page.
    """

    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    delete_view_class = SafeDeleteView
    list_per_page = 50


class SignatureViewSet(ImportExportViewSetMixin, OrganizerViewSet):
    model = Signature
    import_resource_classes = [SignatureResource]
    import_permissions = IMPORT_SIGNATURES
    import_options_form_class = SignatureImportOptionsForm
    name = "petition_signatures"
    url_prefix = "petitions/signatures"
    icon = "form"
    menu_label = _("Signatures")
    index_view_class = signatures.SignatureIndexView
    edit_view_class = signatures.SignatureEditView
    delete_view_class = signatures.SignatureDeleteView
    filterset_class = signatures.SignatureFilterSet
    list_display = [
        "full_name",
        "email",
        "postal_code",
        Column("riding", label=_("Riding"), accessor="riding"),
        Column("status", label=_("Status"), accessor=signatures.status_label),
        "consent",
        "source",
        StampColumn("created_at", label=_("Signed at"), sort_key="created_at"),
    ]
    # Not None: the model is not indexed, so search is the ORM's (SignatureIndexView).
    search_fields = ["full_name", "email", "postal_code"]
    inspect_view_fields = [
        "petition",
        "full_name",
        "email",
        "postal_code",
        "city",
        "province",
        "riding",
        "consent",
        "updates_opt_in",
        "language",
        "source",
        "created_at",
        "confirmed_at",
        "invalidated_at",
        "invalid_reason",
        "ip_hash",
        "anonymized_at",
    ]
    list_export = [
        "pk",
        "petition.title",
        "full_name",
        "email",
        "postal_code",
        "city",
        "province",
        "riding.code",
        "riding.name_en",
        "riding.name_fr",
        "consent",
        "updates_opt_in",
        "language",
        "source",
        "created_at",
        "confirmed_at",
        "invalidated_at",
        "invalid_reason",
    ]
    export_headings = {
        "pk": "id",
        "petition.title": _("Petition"),
        "riding.code": _("Riding code"),
        "riding.name_en": _("Riding (English)"),
        "riding.name_fr": _("Riding (French)"),
    }
    export_filename = "signatures"

    def get_form_class(self, for_update=False):
        return signatures.SignatureForm

    def get_urlpatterns(self):
        # Signatures are made by signers, or imported (paper): no "add" form here.
        return [p for p in super().get_urlpatterns() if p.name != "add"]

    def get_common_view_kwargs(self, **kwargs):
        return {**super().get_common_view_kwargs(**kwargs), "add_url_name": None}


class RidingViewSet(ImportExportViewSetMixin, OrganizerViewSet):
    model = Riding
    import_resource_classes = [RidingResource]
    import_permissions = IMPORT_RIDINGS
    import_options_form_class = RidingImportOptionsForm
    name = "petition_ridings"
    url_prefix = "petitions/ridings"
    icon = "site"
    menu_label = _("Ridings")
    index_view_class = ridings.RidingIndexView
    list_display = [
        "name_en",
        "code",
        "name_fr",
        "province",
        "representation_order",
        Column("current_member", label=_("Current MP"), accessor="current_member"),
    ]
    list_filter = ["province", "representation_order"]
    search_fields = ["code", "name_en", "name_fr"]
    form_fields = ["code", "name_en", "name_fr", "province", "representation_order"]
    ordering = ["-representation_order", "code"]
    list_export = ["code", "name_en", "name_fr", "province", "representation_order"]
    # The import's columns, so that an export can be imported again.
    export_headings = {name: name for name in list_export}
    export_filename = "ridings"


class MemberViewSet(ImportExportViewSetMixin, OrganizerViewSet):
    model = Member
    # Our MP CSV, or the House of Commons members export: whichever the file's columns fit.
    import_resource_classes = [MemberResource, HouseOfCommonsMemberResource]
    import_permissions = IMPORT_MEMBERS
    import_options_form_class = MemberImportOptionsForm
    name = "petition_members"
    url_prefix = "petitions/mps"
    icon = "user"
    menu_label = _("MPs")
    index_view_class = ridings.MemberIndexView
    filterset_class = ridings.MemberFilterSet
    list_display = [
        "__str__",
        "riding",
        "riding__province",
        "party",
        "email",
        "active_from",
        "active_to",
    ]
    search_fields = [
        "first_name",
        "last_name",
        "party",
        "riding__code",
        "riding__name_en",
        "riding__name_fr",
    ]
    form_fields = [
        "riding",
        "honorific",
        "first_name",
        "last_name",
        "party",
        "email",
        "constituency_office",
        "preferred_language",
        "active_from",
        "active_to",
    ]
    ordering = ["riding__code", "-active_from"]
    list_export = [
        "riding.code",
        "riding.name_en",
        "riding.province",
        "honorific",
        "first_name",
        "last_name",
        "party",
        "email",
        "constituency_office",
        "preferred_language",
        "active_from",
        "active_to",
    ]
    # The columns of our MP CSV (MemberResource), so that an export can be imported again.
    export_headings = {
        "riding.code": "code",
        "riding.name_en": "riding_name_en",
        "riding.province": "province",
        "honorific": "honorific",
        "first_name": "given_name",
        "last_name": "surname",
        "party": "party",
        "email": "email",
        "constituency_office": "constituency_office",
        "preferred_language": "preferred_language",
        "active_from": "active_from",
        "active_to": "active_to",
    }
    export_filename = "members-of-parliament"


class PostalCodeRidingViewSet(ImportExportViewSetMixin, OrganizerViewSet):
    model = PostalCodeRiding
    import_resource_classes = [PostalCodeRidingResource]
    import_permissions = IMPORT_POSTAL_CODES
    # The import's columns, so that an export can be imported again.
    list_export = ["postal_code", "riding.code", "weight"]
    export_headings = {
        "postal_code": "postal_code",
        "riding.code": "riding_code",
        "weight": "weight",
    }
    export_filename = "postal-code-ridings"
    name = "petition_postal_codes"
    url_prefix = "petitions/postal-codes"
    icon = "crosshairs"
    menu_label = _("Postal codes")
    index_view_class = ridings.PostalCodeRidingIndexView
    list_display = ["postal_code", "riding", "weight"]
    search_fields = ["postal_code"]
    form_fields = ["postal_code", "riding", "weight"]
    ordering = ["postal_code"]


class DeliveryViewSet(ModelViewSet):
    """The delivery log.

    Listed, filtered by petition, exported (CSV/XLSX), added and edited by Organizers (the model's
    own permissions; the menu item is hidden from others).
    """

    model = Delivery
    name = "petition_deliveries"
    url_prefix = "petitions/deliveries"
    icon = "mail"
    menu_label = _("Deliveries")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 50
    index_view_class = deliveries.DeliveryIndexView
    add_view_class = deliveries.DeliveryCreateView
    filterset_class = deliveries.DeliveryFilterSet
    list_display = [
        "riding",
        "petition",
        DayColumn("delivered_on", label=_("Delivered on"), sort_key="delivered_on"),
        "method",
        "delivered_by",
        "response",
    ]
    search_fields = ["delivered_by", "notes", "response", "riding__name_en", "riding__code"]
    ordering = ["-delivered_on", "riding__code"]
    list_export = [
        "petition.title",
        "riding.code",
        "riding.name_en",
        "riding.name_fr",
        "riding.province",
        "delivered_on",
        "method",
        "delivered_by",
        "notes",
        "response",
        "recorded_at",
    ]
    export_headings = {
        "petition.title": _("Petition"),
        "riding.code": _("Riding code"),
        "riding.name_en": _("Riding (English)"),
        "riding.name_fr": _("Riding (French)"),
        "riding.province": _("Province or territory"),
    }
    export_filename = "deliveries"

    def get_form_class(self, for_update=False):
        return deliveries.DeliveryForm

    def get_urlpatterns(self):
        return refusing_with_403(super().get_urlpatterns())


class PetitionsAdminGroup(ViewSetGroup):
    """The "Petitions" menu of the admin and everything under it."""

    items = (
        PetitionsAdminViewSet,
        SignatureViewSet,
        RidingViewSet,
        MemberViewSet,
        PostalCodeRidingViewSet,
        DeliveryViewSet,
    )
    menu_icon = "table"
    menu_label = _("Petitions")
    menu_name = "petitions"
    menu_order = 250
