"""Partner organizations submit events into a week of action; Events moderators approve them.

Everything goes through Wagtail's own admin views with the test client: the partner's "add
page" form, its "Submit to Partner events review" action, the moderator's dashboard and the
workflow action that approves or requests changes (events/moderation.py, docs/events.md).
"""

from importlib import import_module

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Task,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events import moderation
from events.models import ActionDayPage, EventPage
from events.permissions import (
    EVENT_PARTNERS,
    EVENTS_MODERATORS,
    PARTNER_REVIEW_TASK,
    PARTNER_REVIEW_WORKFLOW,
    VIEW_REGISTRATIONS,
)
from events.registration import places
from tests.factories.events import EventPageFactory, days_from_now
from tests.support.admin_pages import assert_denied
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db


# People


@pytest.fixture
def partner(db):
    return staff_user("partner", EVENT_PARTNERS, email="partner@example.org")


@pytest.fixture
def other_partner(db):
    return staff_user("other-partner", EVENT_PARTNERS, email="other@example.org")


@pytest.fixture
def moderator(db):
    return staff_user("moderator", EVENTS_MODERATORS, email="moderator@example.org")


def client_for(client, user):
    client.logout()
    sign_in(client, user)
    return client


# Pages


def publish_week(parent, *, accepts_partner_events=True, slug="week-of-action"):
    week = ActionDayPage(
        title="Week of action for status",
        slug=slug,
        start_date=days_from_now(5),
        locale=Locale.get_default(),
        accepts_partner_events=accepts_partner_events,
    )
    parent.add_child(instance=week)
    week.save_revision().publish()
    return week


@pytest.fixture
def week(event_index):
    """A week of action that accepts partner events, published."""
    return publish_week(event_index)


@pytest.fixture
def closed_week(event_index):
    return publish_week(event_index, accepts_partner_events=False, slug="closed-week")


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["events", "eventpage", parent.pk])


def event_form(title="Sign-painting party", **action):
    slug = title.lower().replace(" ", "-")
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "kind": "workshop",
            "status": "scheduled",
            "summary": "Paint the signs for the week's rallies.",
            "start_date": days_from_now(6).isoformat(),
            "start_time": "18:00",
            "end_time": "20:00",
            "time_zone": "America/Toronto",
            "attendance": "in_person",
            "venue_name": "Workers' Centre",
            "city": "Toronto",
            "province": "ON",
            "postal_code": "M6J 1H4",
            "privacy_mode": "standard",
            "hosts": inline_formset([]),
            "body": streamfield([]),
            "comments": inline_formset([]),
            **action,
        }
    )


def submit(client, parent, title="Sign-painting party"):
    """The partner's "Submit to Partner events review" on the add-page form."""
    response = client.post(add_url(parent), event_form(title, **{"action-submit": "submit"}))
    assert response.status_code == 302, response.context and response.context["form"].errors
    return EventPage.objects.get(title=title, locale=Locale.get_default())


def task_state_of(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def workflow_action(client, page, action, **data):
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state_of(page).pk]
    )
    return client.post(url, data)


# The groups and the workflow (events/migrations/0007)


def test_the_migration_created_both_groups_and_the_review_workflow():
    moderators = Group.objects.get(name=EVENTS_MODERATORS)
    partners = Group.objects.get(name=EVENT_PARTNERS)
    for group in (moderators, partners):
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert codenames == {"access_admin", "view_organization"}
    assert set(partners.collection_permissions.values_list("permission__codename", flat=True)) == {
        "add_image",
        "choose_image",
    }
    assert not GroupPagePermission.objects.filter(group__in=[moderators, partners]).exists()

    workflow = Workflow.objects.get(name=PARTNER_REVIEW_WORKFLOW)
    assert workflow.active
    [task] = [task.specific for task in workflow.tasks]
    assert isinstance(task, GroupApprovalTask)
    assert task.name == PARTNER_REVIEW_TASK
    assert list(task.groups.all()) == [moderators]


def test_the_migration_and_the_constants_spell_the_names_alike():
    """The migration keeps its own literals (it is history); they must match the constants."""
    migration = import_module("events.migrations.0007_partner_groups_and_review_workflow")
    assert (migration.MODERATORS, migration.PARTNERS, migration.WORKFLOW, migration.TASK) == (
        EVENTS_MODERATORS,
        EVENT_PARTNERS,
        PARTNER_REVIEW_WORKFLOW,
        PARTNER_REVIEW_TASK,
    )


def test_neither_moderators_nor_partners_may_see_registrants(moderator, partner):
    for user in (moderator, partner):
        assert not user.has_perm(VIEW_REGISTRATIONS)
        assert not user.has_perm("events.change_registration")


# Opening and closing an action day (events/moderation.py)


def partner_permissions(page):
    return set(
        GroupPagePermission.objects.filter(page=page).values_list(
            "group__name", "permission__codename"
        )
    )


OPEN = {
    (EVENT_PARTNERS, "add_page"),
    (EVENTS_MODERATORS, "change_page"),
    (EVENTS_MODERATORS, "publish_page"),
}


def test_publishing_with_the_box_on_opens_the_week_and_off_closes_it(week):
    assert partner_permissions(week) == OPEN
    assert WorkflowPage.objects.get(page=week).workflow.name == PARTNER_REVIEW_WORKFLOW
    submitted = EventPageFactory(parent=week, title="Submitted before closing")

    week.accepts_partner_events = False
    week.save_revision().publish()

    assert partner_permissions(week) == set()
    assert not WorkflowPage.objects.filter(page=week).exists()
    assert EventPage.objects.filter(pk=submitted.pk, live=True).exists()  # it stays

    week.accepts_partner_events = True
    week.save_revision().publish()
    assert partner_permissions(week) == OPEN


def test_a_draft_with_the_box_on_opens_nothing(closed_week):
    closed_week.accepts_partner_events = True
    closed_week.save_revision()  # "Save draft"
    assert partner_permissions(closed_week) == set()


def test_unpublishing_or_deleting_the_week_closes_it(week):
    week.unpublish()
    assert partner_permissions(week) == set()
    assert not WorkflowPage.objects.filter(page=week).exists()

    week.save_revision().publish()
    assert partner_permissions(week) == OPEN
    pk = week.pk
    week.delete()
    assert not GroupPagePermission.objects.filter(page_id=pk).exists()


def test_a_week_with_a_workflow_of_its_own_keeps_it(event_index):
    own = Workflow.objects.create(name="Board review")
    week = ActionDayPage(
        title="Week", slug="week", start_date=days_from_now(5), accepts_partner_events=True
    )
    event_index.add_child(instance=week)
    WorkflowPage.objects.create(page=week, workflow=own)
    week.save_revision().publish()

    assert partner_permissions(week) == OPEN
    assert WorkflowPage.objects.get(page=week).workflow == own
    moderation.close_to_partners(week)
    assert WorkflowPage.objects.get(page=week).workflow == own


def test_only_the_source_language_week_is_opened(week, locales):
    french = week.copy_for_translation(locales["fr"], copy_parents=True)
    french.save_revision().publish()
    french.refresh_from_db()
    assert french.accepts_partner_events  # synchronized from English
    assert partner_permissions(french) == set()
    assert partner_permissions(week) == OPEN


# A partner's submission, through Wagtail's admin


def test_a_partner_may_add_an_event_but_not_publish_it(client, week, partner):
    client_for(client, partner)
    html = client.get(add_url(week)).content.decode()
    assert f"Submit to {PARTNER_REVIEW_WORKFLOW}" in html
    assert 'name="action-publish"' not in html

    # A crafted "Publish" is read as "Save draft": nothing goes live.
    response = client.post(add_url(week), event_form(**{"action-publish": "publish"}))

    assert response.status_code == 302
    event = EventPage.objects.get(title="Sign-painting party", locale=Locale.get_default())
    assert not event.live and event.has_unpublished_changes
    assert event.owner == partner
    assert event.get_parent().specific == week
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert 'name="action-publish"' not in edit
    # Publishing it through the edit form is refused the same way.
    client.post(
        reverse("wagtailadmin_pages:edit", args=[event.pk]),
        event_form(**{"action-publish": "publish"}),
    )
    event.refresh_from_db()
    assert not event.live


def test_a_moderator_sees_the_submission_and_approving_publishes_it(
    client, week, partner, moderator
):
    mail.outbox.clear()
    event = submit(client_for(client, partner), week)
    assert not event.live
    assert event.workflow_in_progress
    assert event.current_workflow_task.name == PARTNER_REVIEW_TASK
    # Wagtail tells the task's group.
    assert any(moderator.email in message.to for message in mail.outbox)

    client_for(client, moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard
    assert "Sign-painting party" in dashboard
    assert client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).status_code == 200

    response = workflow_action(client, event, "approve")

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.live
    state = WorkflowState.objects.get(object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_APPROVED
    assert client.get(event.url).status_code == 200


def test_requesting_changes_leaves_the_event_unpublished(client, week, partner, moderator):
    event = submit(client_for(client, partner), week)

    client_for(client, moderator)
    response = workflow_action(client, event, "reject", comment="Add the accessibility notes.")

    assert response.status_code == 302
    event.refresh_from_db()
    assert not event.live
    state = WorkflowState.objects.get(object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # The partner sees it back on their dashboard, and may edit it again.
    client_for(client, partner)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).status_code == 200
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Sign-painting party" in dashboard


def test_a_partner_cannot_approve_their_own_event(client, week, partner):
    event = submit(client_for(client, partner), week)

    response = workflow_action(client, event, "approve")

    assert response.status_code in (302, 403)
    event.refresh_from_db()
    assert not event.live and event.workflow_in_progress
    assert not Task.objects.get(name=PARTNER_REVIEW_TASK).specific.get_actions(event, partner)


def test_a_moderator_outside_the_group_sees_nothing_to_review(client, week, partner, editor):
    submit(client_for(client, partner), week)
    client_for(client, editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Sign-painting party" not in dashboard


# What partners may not do


def test_a_partner_cannot_add_under_a_closed_week(client, closed_week, week, partner):
    client_for(client, partner)
    assert_denied(client.get(add_url(closed_week)))
    response = client.post(add_url(closed_week), event_form(**{"action-submit": "submit"}))
    assert_denied(response)
    assert not EventPage.objects.filter(title="Sign-painting party").exists()

    # Closing an open week takes the permission back.
    week.accepts_partner_events = False
    week.save_revision().publish()
    assert_denied(client.get(add_url(week)))


def test_a_partner_cannot_edit_another_partners_event_nor_the_week(
    client, week, partner, other_partner
):
    theirs = submit(client_for(client, other_partner), week, title="Banner workshop")

    client_for(client, partner)
    for page in (theirs, week):
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert_denied(client.get(edit_url))
        assert_denied(client.post(edit_url, event_form("Taken over")))
    theirs.refresh_from_db()
    assert theirs.title == "Banner workshop"
    assert not theirs.permissions_for_user(partner).can_delete()
    assert not week.permissions_for_user(partner).can_edit()
    assert not week.permissions_for_user(partner).can_publish()


def test_partners_and_moderators_never_reach_registrants(client, week, partner, moderator):
    event = EventPageFactory(parent=week, registration_enabled=True)
    places.register(event, language="en", name="Ana Reyes", email="ana@example.org")
    for user in (partner, moderator):
        client_for(client, user)
        for name in ("registrations", "checkin", "message"):
            assert_denied(client.get(reverse(f"events_admin:{name}", args=[event.pk])))
        assert_denied(client.get(reverse("events_admin:index")))
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
        assert "ana@example.org" not in edit.content.decode()


# Editors keep publishing directly


def test_editors_still_publish_directly_under_an_open_week(client, week, editor):
    client_for(client, editor)
    html = client.get(add_url(week)).content.decode()
    assert 'name="action-publish"' in html

    form = event_form("Press conference", **{"action-publish": "1"})
    response = client.post(add_url(week), form)

    assert response.status_code == 302
    assert EventPage.objects.get(title="Press conference", locale=Locale.get_default()).live
