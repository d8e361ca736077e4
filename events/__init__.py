"""Events and actions: event pages, their calendars and registrations (docs/events.md)."""
