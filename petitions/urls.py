"""The petitions' public URLs outside Wagtail's page routing (config/urls.py includes them)."""

from django.urls import path

from petitions import api
from petitions.signing import views

# Not under a language prefix: the counts do not depend on the visitor's language.
urlpatterns = [
    path(
        "api/petitions/<int:page_id>/counts.json",
        api.petition_counts_json,
        name="petition_counts_json",
    ),
]

# Under the language prefix (/en/, /fr/, ...), before Wagtail's pages, whose routing the sign
# POST skips (petitions/signing/views.py). No page slug can shadow it but a top-level page
# named "sign-petition" with numbered children.
localized_urlpatterns = [
    path("sign-petition/<int:page_id>/", views.sign_petition, name="petition_sign"),
]
