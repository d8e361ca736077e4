"""The check-in sheet download (events/checkin.py renders it)."""

from django.http import HttpResponse
from django.utils.text import slugify

from events import checkin
from events.admin.base import EventView


class CheckInSheetView(EventView):
    def get(self, request, *args, **kwargs):
        response = HttpResponse(checkin.render(self.event), content_type="application/pdf")
        name = f"check-in-{slugify(self.event.slug)}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "private, no-store"
        return response
