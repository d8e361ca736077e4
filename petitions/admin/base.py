"""What the organizers' admin screens share.

The view of one petition (PetitionAdminView), deleting with an explanation instead of an error
(SafeDeleteView), and the real 403 the packet pages and the delivery log answer with.
"""

import functools
import re

from django.core.exceptions import PermissionDenied
from django.db.models import ProtectedError
from django.shortcuts import get_object_or_404, redirect
from django.urls import URLPattern, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import DeleteView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from petitions.models import PetitionPage
from petitions.permissions import CHANGE_SIGNATURES, EXPORT_SIGNATURES, VIEW_SIGNATURES


class PetitionAdminView(WagtailAdminTemplateMixin, TemplateView):
    """A view about one petition (any translation's id leads to the source page)."""

    permission_required = VIEW_SIGNATURES
    header_icon = "table"
    url_namespace = "petitions_admin"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def url(self, name, *args, query=None):
        url = reverse(f"{self.url_namespace}:{name}", args=args)
        return f"{url}?{urlencode(query)}" if query else url

    @cached_property
    def petition(self):
        page = get_object_or_404(PetitionPage, pk=self.kwargs["pk"])
        return page.source_petition

    def get_page_subtitle(self):
        return self.petition.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.url("index"), "label": _("Petitions dashboard")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(
            petition=self.petition,
            can_change=user.has_perm(CHANGE_SIGNATURES),
            can_export=user.has_perm(EXPORT_SIGNATURES),
            dashboard_url=self.url("dashboard", self.petition.pk),
            abuse_url=self.url("abuse", self.petition.pk),
            signatures_url=reverse("petition_signatures:index")
            + "?"
            + urlencode({"petition": self.petition.pk}),
            counts_json_url=reverse("petition_counts_json", args=[self.petition.pk]),
            edit_page_url=reverse("wagtailadmin_pages:edit", args=[self.petition.pk]),
        )
        return context


class SafeDeleteView(DeleteView):
    """Delete, or explain why not when other rows still need the object."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("%(object)s cannot be deleted: signatures or other records still use it.")
                % {"object": capfirst(str(self.object))},
            )
            return redirect(self.get_success_url())


def forbidden_as_403(view):
    """A real 403 for those without permission.

    Wagtail's admin would redirect them to its dashboard with a message, but packets and the
    delivery log name signers and MPs' offices, and scripts and tests must see a refusal as one.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as exception:
            return permission_denied(request, exception)

    return wrapped


def refusing_with_403(patterns):
    """The URL patterns, each view wrapped in forbidden_as_403()."""
    return [
        URLPattern(p.pattern, forbidden_as_403(p.callback), p.default_args, p.name)
        for p in patterns
    ]


def postal_code_prefix(text):
    """What a postal code search looks for at the start of stored codes.

    "m5s2" -> "M5S 2", "m5s 2t9" -> "M5S 2T9", "m5" -> "M5" (stored codes are "A1A 1A1").
    """
    compact = re.sub(r"\s+", "", text).upper()
    return f"{compact[:3]} {compact[3:]}" if len(compact) > 3 else compact
