"""Admin registration of the petitions' organizer tools (the views are in admin_views.py).

Everything under the "Petitions" menu needs the Organizers' permissions on signatures,
ridings or MPs; Editors and Translators see neither the menu nor the pages."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from petitions import admin_views
from petitions.models import Member, PostalCodeRiding, Riding, Signature
from petitions.packets import views as packet_views
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


class PetitionsAdminViewSet(ViewSet):
    """The dashboard of each petition, its abuse report and bulk invalidation."""

    name = "petitions_admin"
    url_prefix = "petitions"
    icon = "table"
    menu_label = _("Petitions dashboard")
    menu_name = "petitions_dashboard"

    @property
    def menu_item_class(self):
        class DashboardMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm(admin_views.VIEW_SIGNATURES)

        return DashboardMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.PetitionListView.as_view(), name="index"),
            path("<int:pk>/", admin_views.DashboardView.as_view(), name="dashboard"),
            path("<int:pk>/assign/", admin_views.AssignRidingView.as_view(), name="assign"),
            path("<int:pk>/abuse/", admin_views.AbuseReportView.as_view(), name="abuse"),
            path(
                "<int:pk>/abuse/invalidate/",
                admin_views.InvalidateView.as_view(),
                name="invalidate",
            ),
            *packet_views.urlpatterns(),
        ]


class OrganizerViewSet(ModelViewSet):
    """Listings of petition data: not part of Wagtail's reference index (signatures are
    written one per signer, so they stay cheap), no copying, 50 rows a page."""

    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    delete_view_class = admin_views.SafeDeleteView
    list_per_page = 50


class SignatureViewSet(ImportExportViewSetMixin, OrganizerViewSet):
    model = Signature
    # Importing signers' details, like exporting them, is for Organizers only.
    import_resource_classes = [SignatureResource]
    import_permissions = ["petitions.add_signature", admin_views.EXPORT_SIGNATURES]
    import_options_form_class = SignatureImportOptionsForm
    name = "petition_signatures"
    url_prefix = "petitions/signatures"
    icon = "form"
    menu_label = _("Signatures")
    index_view_class = admin_views.SignatureIndexView
    edit_view_class = admin_views.SignatureEditView
    delete_view_class = admin_views.SignatureDeleteView
    filterset_class = admin_views.SignatureFilterSet
    list_display = [
        "full_name",
        "email",
        "postal_code",
        Column("riding", label=_("Riding"), accessor="riding"),
        Column("status", label=_("Status"), accessor=admin_views.status_label),
        "consent",
        "source",
        DateColumn("created_at", label=_("Signed at"), sort_key="created_at"),
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
        return admin_views.SignatureForm

    def get_urlpatterns(self):
        # Signatures are made by signers, or imported (paper): no "add" form here.
        return [p for p in super().get_urlpatterns() if p.name != "add"]

    def get_common_view_kwargs(self, **kwargs):
        return {**super().get_common_view_kwargs(**kwargs), "add_url_name": None}


class RidingViewSet(ImportExportViewSetMixin, OrganizerViewSet):
    model = Riding
    import_resource_classes = [RidingResource]
    import_permissions = ["petitions.add_riding", "petitions.change_riding"]
    import_options_form_class = RidingImportOptionsForm
    name = "petition_ridings"
    url_prefix = "petitions/ridings"
    icon = "site"
    menu_label = _("Ridings")
    index_view_class = admin_views.RidingIndexView
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
    import_permissions = ["petitions.add_member", "petitions.change_member"]
    import_options_form_class = MemberImportOptionsForm
    name = "petition_members"
    url_prefix = "petitions/mps"
    icon = "user"
    menu_label = _("MPs")
    index_view_class = admin_views.MemberIndexView
    filterset_class = admin_views.MemberFilterSet
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
    import_permissions = ["petitions.add_postalcoderiding", "petitions.change_postalcoderiding"]
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
    index_view_class = admin_views.PostalCodeRidingIndexView
    list_display = ["postal_code", "riding", "weight"]
    search_fields = ["postal_code"]
    form_fields = ["postal_code", "riding", "weight"]
    ordering = ["postal_code"]


class PetitionsAdminGroup(ViewSetGroup):
    items = (
        PetitionsAdminViewSet,
        SignatureViewSet,
        RidingViewSet,
        MemberViewSet,
        PostalCodeRidingViewSet,
        packet_views.DeliveryViewSet,
    )
    menu_icon = "table"
    menu_label = _("Petitions")
    menu_name = "petitions"
    menu_order = 250


@hooks.register("register_admin_viewset")
def register_petitions_admin():
    return PetitionsAdminGroup()


@hooks.register("register_log_actions")
def register_petitions_log_actions(actions):
    @actions.register_action("petitions.invalidate_signatures")
    class InvalidateSignatures(LogFormatter):
        label = _("Invalidate signatures")

        def format_message(self, log_entry):
            count = log_entry.data.get("count", 0)
            return ngettext(
                "Invalidated %(count)d signature", "Invalidated %(count)d signatures", count
            ) % {"count": count}

    @actions.register_action("petitions.restore_signatures")
    class RestoreSignatures(LogFormatter):
        label = _("Restore signatures")

        def format_message(self, log_entry):
            count = log_entry.data.get("count", 0)
            return ngettext(
                "Restored %(count)d signature", "Restored %(count)d signatures", count
            ) % {"count": count}
