"""The permissions and staff groups of events, each named once.

Registrants are seen, exported and messaged by those with "view registration" (Organizers)
only; Editors create and publish event pages (page permissions) and Translators translate them,
and neither ever sees a registrant. The Organizers' grant is a data migration.

Partner organizations submit events into a day or week of action that accepts them
(events/moderation.py): the "Event partners" group gets Wagtail's page "add" permission on that
action day only, never "publish", and its events go through the "Partner events review"
workflow, whose one task the "Events moderators" group approves. Neither group ever gets
"view registration".
"""

VIEW_REGISTRATIONS = "events.view_registration"
MESSAGE_REGISTRANTS = "events.change_registration"

# Groups, workflows and tasks are found by name: the names are how the code that grants page
# permissions at run time (events/moderation.py), settings such as TWO_FACTOR_REQUIRED_GROUPS,
# the documentation and the tests find what the data migration created, so they are spelled
# once, here. The migration (events/migrations/0007_partner_groups_and_review_workflow.py)
# spells them as literals on purpose: a migration is history and must keep creating what it
# created then, even if a constant here were renamed (tests/events/test_partner_submissions.py
# checks that the two still agree).
EVENTS_MODERATORS = "Events moderators"
EVENT_PARTNERS = "Event partners"
PARTNER_REVIEW_WORKFLOW = "Partner events review"
PARTNER_REVIEW_TASK = "Events moderators approval"

# Page permissions on an action day open to partners (Wagtail's codenames). "add" lets partners
# create events under it and edit the ones they own, and nothing else; moderators may change and
# publish the events of the action days they moderate.
PARTNER_PAGE_PERMISSIONS = ("add_page",)
MODERATOR_PAGE_PERMISSIONS = ("change_page", "publish_page")
