"""The events app's views: public pages and calendars, registering and the private page."""
