"""Holds a user who signed in with a password at the second step until they give a code.

Placed after django-otp's OTPMiddleware, which tells whether the session passed the second
factor (request.user.is_verified()).

- In the admin, such a user reaches only the sign-in pages (OPEN_VIEWS): a page is redirected
  to the setup or verification step, anything else (the admin's JSON endpoints, forms posted,
  XHR) answers 403, so that no script receives a sign-in page in place of its data.
- Outside the admin they are anonymous: a password alone must not open documents of private
  collections or pages restricted to signed-in users either.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from staff_auth.policy import awaiting_verification, has_device

# What a user between the two steps may open: signing in and out, the password reset, the
# steps themselves, and what the sign-in look needs (the icons, the JavaScript translations).
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "staff_auth:setup",
    "staff_auth:verify",
}
OPEN_VIEW_PREFIXES = ("wagtailadmin_password_reset",)


def is_admin_path(path):
    return path.startswith(settings.ADMIN_URL_PREFIX)


def is_page_request(request):
    """Whether the browser is opening a page (and may be sent to another)."""
    return (
        request.method in ("GET", "HEAD")
        and request.headers.get("x-requested-with") != "XMLHttpRequest"
        and "text/html" in request.headers.get("accept", "")
    )


def _anonymous():
    return AnonymousUser()


async def _anonymous_async():
    return AnonymousUser()


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Requests without a session (the public, signers) are left alone, at no cost.
        if (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            and not is_admin_path(request.path_info)
            and awaiting_verification(request.user)
        ):
            request.user = _anonymous()
            request.auser = _anonymous_async
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_admin_path(request.path_info):
            return None
        view_name = request.resolver_match.view_name
        if view_name in OPEN_VIEWS or view_name.startswith(OPEN_VIEW_PREFIXES):
            return None
        if not awaiting_verification(request.user):
            return None
        if not is_page_request(request):
            return JsonResponse(
                {"error": _("Confirm your sign-in with a code first.")},
                status=403,
                headers={"Cache-Control": "no-store"},
            )
        step = "staff_auth:verify" if has_device(request.user) else "staff_auth:setup"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
