"""The organizers' admin screens for events: one module per screen."""
