"""Wagtail's users app, configured with our user viewset.

Kept apart from apps.py: Django would take an AppConfig subclass there for staff_auth's own.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class WagtailUsersConfig(WagtailUsersAppConfig):
    # A dotted path, imported once the apps are ready (Wagtail's users hook does).
    user_viewset = "staff_auth.user_views.UserViewSet"
