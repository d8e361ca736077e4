"""The demo's partner organization: an "Event partners" account and its event awaiting review.

So that whoever walks through the demo finds a partner's event on the dashboard's "Awaiting
your review" (the demo superuser sees every task), and can sign in as the partner to see what
partners see. The account's password is published, so, like the demo superuser's
(home/demo/users.py), it is created with DEBUG on only. Partners see no personal data and need
no second factor (docs/security.md): the password is all it takes.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from events import moderation
from events.demo import content
from events.models import ActionDayPage, EventPage
from events.permissions import EVENT_PARTNERS

PARTNER_USERNAME = "partner"
# The documented demo login for local development only, like the demo superuser's.
PARTNER_PASSWORD = "demo-partner-password"  # noqa: S105


def finish(builder):
    """Run after the translations (home/demo/loader.py); run again, it changes nothing."""
    report = builder.report
    if not settings.DEBUG:
        report.notes.append(
            "DEBUG is off: no demo partner account (its password is published) and no partner "
            "event awaiting review."
        )
        return
    week = ActionDayPage.objects.filter(
        locale=builder.locale, slug=content.WEEK["slug"], live=True
    ).first()
    if week is None or not moderation.is_open_to_partners(week):
        report.notes.append(
            "The demo week of action does not accept partner events (it was loaded before they "
            "existed, or an editor turned them off): no partner event awaiting review."
        )
        return
    partner = ensure_partner(report)
    if partner is None:
        return
    ensure_submission(builder, week, partner)
    report.notes.append(
        f"A partner organization's event awaits review; the partner signs in as "
        f"{PARTNER_USERNAME} / {PARTNER_PASSWORD}."
    )


def ensure_partner(report):
    User = get_user_model()
    existing = User.objects.filter(username=PARTNER_USERNAME).first()
    if existing is not None:
        if existing.check_password(PARTNER_PASSWORD) and existing.groups.filter(
            name=EVENT_PARTNERS
        ):
            report.add("partner user", False)
            return existing
        report.notes.append(
            f"A user named “{PARTNER_USERNAME}” exists and is not the demo partner; left "
            "unchanged, and no partner event was submitted."
        )
        return None
    partner = User.objects.create_user(
        PARTNER_USERNAME,
        "partner@example.org",
        PARTNER_PASSWORD,
        first_name="Pat",
        last_name="Partner",
    )
    partner.groups.add(Group.objects.get(name=EVENT_PARTNERS))
    report.add("partner user", True)
    return partner


def ensure_submission(builder, week, partner):
    """The partner's event, saved as a draft and submitted to the week's review workflow."""
    data = content.PARTNER_EVENT
    if builder.find_child(week, EventPage, data["slug"]):
        return
    event = EventPage(
        title=data["title"],
        slug=data["slug"],
        kind="workshop",
        summary=data["summary"],
        start_date=timezone.localdate()
        + datetime.timedelta(days=content.WEEK["starts_in_days"] + data["day_of_week"]),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(21, 0),
        time_zone="America/Toronto",
        venue_name=data["venue_name"],
        city=data["city"],
        province=data["province"],
        postal_code=data["postal_code"],
        languages=["en"],
        owner=partner,
        live=False,
    )
    week.add_child(instance=event)
    event.save_revision(user=partner)
    event.get_workflow().start(event, partner)
    builder.report.add("pages", True)
