"""The events app's admin registrations (viewsets and menus are declared in events/admin/)."""
