"""Two-factor authentication in the admin proper: one's own settings, and a superuser's reset.

Both are ordinary admin pages: a user with a device reaches them only once verified
(middleware.py).
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from django_otp import user_has_device
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from staff_auth import devices, log_actions
from staff_auth.policy import is_required_for
from staff_auth.views import RECOVERY_CODES_SESSION_KEY


class ManageView(WagtailAdminTemplateMixin, TemplateView):
    """Whether two-factor authentication is on; new recovery codes; turning it off if allowed."""

    template_name = "staff_auth/manage.html"
    page_title = gettext_lazy("Two-factor authentication")
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        enabled = devices.app_device(user) is not None
        required = is_required_for(user)
        context.update(
            enabled=enabled,
            required=required,
            can_turn_off=enabled and not required,
            codes_left=devices.recovery_codes_left(user),
            setup_url=reverse("staff_auth:setup"),
        )
        return context

    def post(self, request, *args, **kwargs):
        user = request.user
        action = request.POST.get("action")
        if action == "new_codes" and devices.app_device(user) is not None:
            request.session[RECOVERY_CODES_SESSION_KEY] = devices.new_recovery_codes(user)
            log_actions.record(user, log_actions.NEW_RECOVERY_CODES, by=user)
            next_url = reverse("staff_auth:manage")
            return redirect(
                f"{reverse('staff_auth:recovery_codes')}?{urlencode({'next': next_url})}"
            )
        if action == "turn_off" and not is_required_for(user):
            devices.remove_all(user)
            log_actions.record(user, log_actions.TURNED_OFF, by=user)
            messages.success(request, _("Two-factor authentication is off."))
        return redirect("staff_auth:manage")


class ResetView(WagtailAdminTemplateMixin, TemplateView):
    """A superuser removes a user's devices: their next sign-in sets two-factor up again."""

    template_name = "staff_auth/reset.html"
    page_title = gettext_lazy("Reset two-factor authentication")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def target(self):
        return get_object_or_404(get_user_model(), pk=self.kwargs["user_id"])

    def edit_url(self):
        return reverse("wagtailusers_users:edit", args=[self.target.pk])

    def get_page_subtitle(self):
        return self.target.get_username()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": self.edit_url(), "label": self.target.get_username()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            target=self.target,
            # Any device, even half set up: the reset removes them all.
            enabled=user_has_device(self.target, confirmed=None),
            edit_url=self.edit_url(),
        )
        return context

    def post(self, request, *args, **kwargs):
        devices.remove_all(self.target)
        log_actions.record(self.target, log_actions.RESET, by=request.user)
        messages.success(
            request,
            _("Two-factor authentication of %(user)s is reset.")
            % {"user": self.target.get_username()},
        )
        return redirect(self.edit_url())
