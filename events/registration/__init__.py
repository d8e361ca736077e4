"""Registration for an event: places and waitlist, private links, forms, views and emails."""
