"""The sign-in steps after the password: set up an authenticator app, or confirm with a code.

They look like Wagtail's sign-in page and are the only admin pages (with signing out and the
password reset) that a user awaiting verification may open (middleware.py).
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin import messages

from staff_auth import devices, log_actions
from staff_auth.forms import CodeForm
from staff_auth.policy import has_device, is_required_for

RECOVERY_CODES_SESSION_KEY = "staff_auth_recovery_codes"


def next_url(request):
    """Where to go once verified: the admin page first asked for, if it is on this site."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if url and allowed else reverse("wagtailadmin_home")


def with_next(url, request):
    return f"{url}?{urlencode({'next': next_url(request)})}"


def wait_message(seconds):
    return ngettext(
        "Too many wrong codes. Wait %(seconds)d second, then try again.",
        "Too many wrong codes. Wait %(seconds)d seconds, then try again.",
        seconds,
    ) % {"seconds": seconds}


def mark_verified(request, device):
    """Record in the session that its user passed the second factor with `device`.

    A new session key, as at any sign-in: a session id seen before this point (on a shared
    computer, in a log) does not carry the verification.
    """
    otp_login(request, device)
    request.session.cycle_key()


class SignInStepView(TemplateView):
    """A page in the sign-in look, with the code form."""

    page_title = ""

    def get_form(self):
        return CodeForm(self.request.POST or None, help_text=self.help_text())

    def help_text(self):
        return ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context.update(page_title=self.page_title, next=next_url(self.request))
        return context


class SetupView(SignInStepView):
    """Scan a QR code (or type the secret), then confirm with the first code the app shows."""

    template_name = "staff_auth/setup.html"
    page_title = gettext_lazy("Set up two-factor authentication")

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        # Whoever has a device proves it before setting up another (this page is open to users
        # awaiting their code).
        if has_device(user) and not user.is_verified():
            return redirect(with_next(reverse("staff_auth:verify"), request))
        if devices.app_device(user) is not None:
            return redirect("staff_auth:manage")
        self.device = devices.pending_app_device(user)
        return super().dispatch(request, *args, **kwargs)

    def help_text(self):
        return _("The six digits the app shows for this site.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            qr_code=devices.qr_code_svg(self.device),
            secret=devices.secret_text(self.device),
            required=is_required_for(self.request.user),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_valid():
            check = devices.confirm_app_device(self.device, form.cleaned_data["code"])
            if check.accepted:
                return self.set_up(check.device)
            form.add_error(
                "code",
                wait_message(check.wait_seconds)
                if check.wait_seconds
                else _(
                    "That code is not right. Check that the app shows this site, and type "
                    "the newest code it shows."
                ),
            )
        return self.render_to_response(self.get_context_data(form=form))

    def set_up(self, device):
        user = self.request.user
        codes = devices.new_recovery_codes(user)
        mark_verified(self.request, device)
        log_actions.record(user, log_actions.TURNED_ON, by=user)
        # Shown once, by the next page, which takes them out of the session.
        self.request.session[RECOVERY_CODES_SESSION_KEY] = codes
        return redirect(with_next(reverse("staff_auth:recovery_codes"), self.request))


class VerifyView(SignInStepView):
    """Confirm this sign-in with a code from the app, or a recovery code."""

    template_name = "staff_auth/verify.html"
    page_title = gettext_lazy("Confirm your sign-in")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified():
            return redirect(next_url(request))
        if not has_device(request.user):
            return redirect(with_next(reverse("staff_auth:setup"), request))
        return super().dispatch(request, *args, **kwargs)

    def help_text(self):
        return _("The six digits your authenticator app shows, or one of your recovery codes.")

    def credentials(self):
        return {"username": self.request.user.get_username()}

    def post(self, request, *args, **kwargs):
        # Wrong codes count as failed sign-ins of this address for django-axes: past its limit,
        # the address is locked out of both steps for LOGIN_LOCKOUT_MINUTES.
        if AxesProxyHandler.is_locked(request, self.credentials()):
            return get_lockout_response(request, None, self.credentials())
        form = self.get_form()
        if form.is_valid():
            check = devices.check_code(request.user, form.cleaned_data["code"])
            if check.accepted:
                return self.verified(check.device)
            if check.wait_seconds:
                form.add_error("code", wait_message(check.wait_seconds))
            else:
                form.add_error(
                    "code",
                    _(
                        "That code is not right. Type the newest code your app shows, or a "
                        "recovery code you have not used yet."
                    ),
                )
                user_login_failed.send(__name__, credentials=self.credentials(), request=request)
        return self.render_to_response(self.get_context_data(form=form))

    def verified(self, device):
        request = self.request
        mark_verified(request, device)
        if settings.AXES_RESET_ON_SUCCESS:
            # As a successful password sign-in does (settings.AXES_RESET_ON_SUCCESS).
            AxesProxyHandler.reset_attempts(ip_address=request.axes_ip_address)
        if isinstance(device, StaticDevice):
            left = devices.recovery_codes_left(request.user)
            messages.warning(
                request,
                ngettext(
                    "You used a recovery code. %(left)d recovery code is left: create new ones "
                    "on your account page before you run out.",
                    "You used a recovery code. %(left)d recovery codes are left: create new ones "
                    "on your account page before you run out.",
                    left,
                )
                % {"left": left},
            )
        return redirect(next_url(request))


class RecoveryCodesView(TemplateView):
    """The new recovery codes, shown once: the session gives them up on the first view."""

    template_name = "staff_auth/recovery_codes.html"

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
        if not codes:
            return redirect("staff_auth:manage")
        return self.render_to_response(
            self.get_context_data(
                codes=codes, next=next_url(request), page_title=_("Your recovery codes")
            )
        )
