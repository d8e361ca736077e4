"""The permissions that open the organizers' event tools, each named once.

Registrants are seen, exported and messaged by those with "view registration" (Organizers)
only; Editors create and publish event pages (page permissions) and Translators translate them,
and neither ever sees a registrant. The Organizers' grant is a data migration.
"""

VIEW_REGISTRATIONS = "events.view_registration"
MESSAGE_REGISTRANTS = "events.change_registration"
