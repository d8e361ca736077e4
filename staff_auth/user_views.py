"""Wagtail's user viewset, whose edit page offers superusers to reset the user's 2FA.

Configured by users_app.WagtailUsersConfig, which INSTALLED_APPS lists instead of wagtail.users.
"""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.admin.widgets.button import Button
from wagtail.users.views import users


class EditView(users.EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.request.user.is_superuser:
            buttons.append(
                Button(
                    _("Reset two-factor authentication"),
                    url=reverse("staff_auth:reset", args=[self.object.pk]),
                    icon_name="key",
                    priority=30,
                )
            )
        return buttons


class UserViewSet(users.UserViewSet):
    edit_view_class = EditView
