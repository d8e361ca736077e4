"""Helpers shared by the test modules: on-commit callbacks, snapshots of tables, draft and
embargoed pages, staff users, HTML inspection."""

import datetime

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.test import TestCase
from django.utils import timezone

from petitions.models import Member


def committing():
    """Context manager: run the on-commit callbacks registered inside it when it exits, as a
    real commit would (a test's transaction never commits)."""
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


def make_draft(factory, **kwargs):
    """A page saved as a revision and never published, as the admin's "Save draft" does."""
    page = factory(live=False, **kwargs)
    page.save_revision()
    return page


def make_embargoed(factory, go_live_at=None, **kwargs):
    """A page scheduled to go live in the future through Wagtail's own mechanism, as the
    admin's "Publish" does with a go-live time set: save a revision and publish it; Wagtail
    then schedules the revision instead of making the page live."""
    go_live_at = go_live_at or timezone.now() + datetime.timedelta(days=2)
    page = factory(live=False, go_live_at=go_live_at, **kwargs)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    revision.refresh_from_db()
    assert not page.live
    assert revision.approved_go_live_at == go_live_at, "Wagtail did not schedule the revision"
    return page


def move_schedule_into_past(page):
    """Move the page's scheduled go-live time into the past, as if the embargo had lapsed.

    The time is stored three times: on the page row, on the scheduled revision (which
    publish_scheduled selects) and inside that revision's content (which it publishes)."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    revisions = page.revisions.exclude(approved_go_live_at=None)
    assert revisions.count() == 1
    for revision in revisions:
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
    type(page).objects.filter(pk=page.pk).update(go_live_at=past)


def staff_user(username, *group_names, **fields):
    """A user in the named groups (which must exist: the migrations create the staff groups)."""
    user = User.objects.create_user(username=username, password="x", **fields)
    groups = Group.objects.filter(name__in=group_names)
    assert groups.count() == len(group_names), f"missing group among {group_names}"
    user.groups.set(groups)
    return user


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def main_text(response):
    """The visible text of the page's <main> element (the whole body if there is none),
    with whitespace collapsed."""
    document = soup(response)
    element = document.find("main") or document.body or document
    return " ".join(element.get_text(" ").split())


def positions(text, needles):
    """Index of each needle in text; fails if one is missing."""
    found = []
    for needle in needles:
        index = text.find(needle)
        assert index >= 0, f"{needle!r} not found"
        found.append(index)
    return found


def assert_in_order(text, needles):
    found = positions(text, needles)
    assert found == sorted(found), f"not in this order: {needles}"
