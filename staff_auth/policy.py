"""Who must confirm a sign-in with a second factor, and whether this session has.

Superusers and the members of settings.TWO_FACTOR_REQUIRED_GROUPS (Organizers by default: they
see signers' data) must use two-factor authentication. Anyone else may turn it on; once they
have a device, their sign-ins are confirmed like everyone else's, or turning it on would protect
nothing.
"""

from django.conf import settings
from django_otp import user_has_device


def is_required_for(user):
    """Whether `user` may not use the admin without two-factor authentication."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def has_device(user):
    """Whether `user` has a confirmed device (an authenticator app or recovery codes)."""
    return user.is_authenticated and user_has_device(user, confirmed=True)


def awaiting_verification(user):
    """Whether `user` signed in with a password but has not confirmed it with a code yet.

    The answer is kept on the user object, which lives for one request: the middleware asks more
    than once.
    """
    cached = getattr(user, "_staff_auth_awaiting", None)
    if cached is None:
        cached = (
            user.is_authenticated
            and not user.is_verified()
            and (has_device(user) or is_required_for(user))
        )
        user._staff_auth_awaiting = cached
    return cached
