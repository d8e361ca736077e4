"""Security headers, and the admin login's lockout page.

The headers: the Content-Security-Policy of the public site and of the Wagtail admin, and
Permissions-Policy. The lockout page is django-axes'.

The public site runs no inline script and no inline style: its policy is `'self'` only (plus
the video hosts editors may embed and the public media origin). The Wagtail admin cannot run
under that policy: Wagtail 8 and wagtail-localize still write inline <script> elements (date
and time widgets, inline panels, the translation editor), style attributes (focal points,
progress bars, our dashboard chart). The admin therefore gets its own policy with
'unsafe-inline' (scripts and styles), and nothing else loosened (no 'unsafe-eval': the browser
journeys in tests/e2e/ run the admin without it and see no violation):
no third-party origin, no framing by other sites, forms posting to this site only. The admin is
reached by signed-in staff only; the public pages, where signers' data is typed, keep the
strict policy.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.shortcuts import render
from django.utils.deprecation import MiddlewareMixin

from config.csp import PERMISSIONS_POLICY


def is_admin_path(path):
    return path.startswith(settings.ADMIN_URL_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy on admin URLs.

    The admin policy (ADMIN_CONTENT_SECURITY_POLICY) never carries a nonce: a nonce makes browsers
    ignore 'unsafe-inline', which the admin needs.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or not is_admin_path(request.path_info):
            return parts
        if parts.config is None:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return PolicyParts(parts.config, parts.update, parts.replace, nonce=None)


class PermissionsPolicyMiddleware(MiddlewareMixin):
    def process_response(self, request, response):
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in: the admin's look, a translated message, 429."""
    cool_off = settings.AXES_COOLOFF_TIME
    minutes = max(1, int(cool_off.total_seconds() // 60)) if cool_off else None
    return render(
        request,
        "security/login_locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
