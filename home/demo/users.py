"""The demo superuser, whose password is published: for local development only."""

from django.conf import settings
from django.contrib.auth import get_user_model

ADMIN_USERNAME = "admin"
# The documented demo login for local development only; see load_demo's --with-admin.
ADMIN_PASSWORD = "demo-admin-password"  # noqa: S105


def ensure_admin(report, *, no_admin, with_admin, warn):
    """The demo superuser; returns the line telling how to log in, if there is one.

    `warn` receives the reason when DEBUG is off and the user is not created.
    """
    admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
    User = get_user_model()
    existing = User.objects.filter(username=ADMIN_USERNAME).first()
    if existing and existing.is_superuser and existing.check_password(ADMIN_PASSWORD):
        report.add("admin user", False)
        return f"Log in at {admin_url} as {ADMIN_USERNAME} / {ADMIN_PASSWORD}"
    if no_admin:
        return None
    if User.objects.filter(is_superuser=True).exists():
        report.notes.append("A superuser already exists, so no demo admin was created.")
        return f"Log in at {admin_url} with your existing superuser."
    if not settings.DEBUG and not with_admin:
        warn(
            "DEBUG is off: not creating the demo superuser with its published password. "
            "Pass --with-admin to create it anyway, or use createsuperuser."
        )
        return None
    if existing:
        report.notes.append(
            f"A user named “{ADMIN_USERNAME}” exists but is not a superuser; left unchanged."
        )
        return None
    User.objects.create_superuser(ADMIN_USERNAME, "admin@example.org", ADMIN_PASSWORD)
    report.add("admin user", True)
    return f"Log in at {admin_url} as {ADMIN_USERNAME} / {ADMIN_PASSWORD}"
