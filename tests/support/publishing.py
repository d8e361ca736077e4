"""Pages as the admin leaves them before they go live.

Drafts, and embargoed pages scheduled through Wagtail's own mechanism (and their schedule moved
into the past).
"""

import datetime

from django.utils import timezone


def make_draft(factory, **kwargs):
    """A page saved as a revision and never published, as the admin's "Save draft" does."""
    page = factory(live=False, **kwargs)
    page.save_revision()
    return page


def make_embargoed(factory, go_live_at=None, **kwargs):
    """A page scheduled to go live in the future through Wagtail's own mechanism.

    It does what the admin's "Publish" does with a go-live time set: save a revision and publish
    it; Wagtail then schedules the revision instead of making the page live.
    """
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
    publish_scheduled selects) and inside that revision's content (which it publishes).
    """
    past = timezone.now() - datetime.timedelta(minutes=1)
    revisions = page.revisions.exclude(approved_go_live_at=None)
    assert revisions.count() == 1
    for revision in revisions:
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
    type(page).objects.filter(pk=page.pk).update(go_live_at=past)
