"""The events' public URLs outside Wagtail's page routing (config/urls.py includes them)."""

from django.urls import path

from events.views import registration

# Under the language prefix (/en/, /fr/, ...), before Wagtail's pages, whose routing the
# registration POST skips (events/views/registration.py). No page slug can shadow it but a
# top-level page named "register-event" with numbered children.
localized_urlpatterns = [
    path("register-event/<int:page_id>/", registration.register_event, name="event_register"),
]
