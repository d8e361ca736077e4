"""The test database.

On-commit callbacks run as a real commit would, snapshots of tables to compare before and after, an
MP history read back, and the database's URL for other processes.
"""

from django.test import TestCase

from petitions.models import Member


def committing():
    """Context manager: run the on-commit callbacks registered inside it when it exits.

    It does what a real commit would (a test's transaction never commits).
    """
    return TestCase.captureOnCommitCallbacks(execute=True)


def snapshot(queryset):
    """Every field of every row, to compare before and after."""
    fields = [field.attname for field in queryset.model._meta.concrete_fields]
    return sorted(queryset.values_list(*fields))


def member_history(code):
    """(last name, party, start, end) of each MP term of the riding, oldest first."""
    return [
        (m.last_name, m.party, m.active_from, m.active_to)
        for m in Member.objects.filter(riding__code=code).order_by("active_from", "pk")
    ]


def postgres_url(settings_dict, name=None, port=None):
    """The DATABASE_URL of a connection's settings, for the processes a test starts.

    `name` and `port`, if given, make it another database or port.
    """
    host = settings_dict["HOST"] or "127.0.0.1"
    user = settings_dict["USER"] or "postgres"
    password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
    return (
        f"postgres://{user}{password}@{host}:{port or settings_dict['PORT'] or 5432}/"
        f"{name or settings_dict['NAME']}"
    )
