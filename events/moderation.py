"""Partner organizations submit events into a day or week of action; moderators approve them.

All of it is Wagtail's own machinery: page permissions and a workflow. An action day that is
published with "accept events from partner organizations" on is open to partners:

- the "Event partners" group gets Wagtail's page "add" permission on it: its members create
  events under it and edit the events they own (Wagtail's rule for "add"), never anything else,
  and never publish;
- the "Events moderators" group gets "change" and "publish" on it;
- it gets the "Partner events review" workflow, unless it has a workflow of its own, so that a
  partner's "Submit to Partner events review" puts the event on the moderators' dashboard.
  Approving publishes it; requesting changes sends it back to the partner, unpublished.

Publishing it with the box off, unpublishing it or deleting it closes it: those permissions and
that workflow assignment are taken back. Events already submitted stay as they are, and a
submission in moderation can still be approved (the workflow's task, not the page permissions,
lets moderators approve it).

Only the action day of the default locale (the source language) is opened: partners write in
it, and its translations get their events through wagtail-localize like any page.

Connected to Wagtail's page_published and page_unpublished signals in events/apps.py.
"""

import logging

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Workflow, WorkflowPage

from events.permissions import (
    EVENT_PARTNERS,
    EVENTS_MODERATORS,
    MODERATOR_PAGE_PERMISSIONS,
    PARTNER_PAGE_PERMISSIONS,
    PARTNER_REVIEW_WORKFLOW,
)

logger = logging.getLogger(__name__)

GRANTS = {EVENT_PARTNERS: PARTNER_PAGE_PERMISSIONS, EVENTS_MODERATORS: MODERATOR_PAGE_PERMISSIONS}


def is_source_language(page):
    return page.locale_id == Locale.get_default().pk


def is_open_to_partners(page):
    """Whether the Event partners group may add events under `page` (an action day)."""
    return GroupPagePermission.objects.filter(
        page=page, group__name=EVENT_PARTNERS, permission__codename="add_page"
    ).exists()


def open_to_partners(page):
    """Give the two groups their permissions on `page`, and the review workflow if it has none."""
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            logger.warning("No “%s” group: “%s” is not opened to it.", group_name, page.title)
            continue
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    if WorkflowPage.objects.filter(page=page).exists():
        return  # the organizers chose this page's workflow: theirs applies
    workflow = Workflow.objects.filter(name=PARTNER_REVIEW_WORKFLOW, active=True).first()
    if workflow is None:
        # Partners can still save drafts, which nobody publishes without publish permission.
        logger.warning(
            "No active “%s” workflow: partners' events under “%s” go to the workflow it "
            "inherits, if any.",
            PARTNER_REVIEW_WORKFLOW,
            page.title,
        )
        return
    WorkflowPage.objects.create(page=page, workflow=workflow)


def close_to_partners(page):
    """Take back what open_to_partners gave. Submitted events are left as they are."""
    for group_name, codenames in GRANTS.items():
        GroupPagePermission.objects.filter(
            page=page, group__name=group_name, permission__codename__in=codenames
        ).delete()
    WorkflowPage.objects.filter(page=page, workflow__name=PARTNER_REVIEW_WORKFLOW).delete()


def sync_partner_access(page):
    """Open or close a published action day to partners, as its box says."""
    if not is_source_language(page):
        return
    if page.live and page.accepts_partner_events:
        open_to_partners(page)
    else:
        close_to_partners(page)


def on_published(sender, instance, **kwargs):
    """page_published receiver (ActionDayPage)."""
    sync_partner_access(instance)


def on_unpublished(sender, instance, **kwargs):
    """page_unpublished receiver (ActionDayPage).

    Wagtail sends it too when a live page is deleted; the permission and workflow rows would go
    with the page anyway.
    """
    if is_source_language(instance):
        close_to_partners(instance)
