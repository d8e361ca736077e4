"""An event's registrants: the list (search, status), its CSV/XLSX export, the events' counts.

Organizers only. Nothing here logs a name, an email address or a nickname.
"""

import io

from django.db.models import Q
from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.admin.base import EventView, OrganizerView, admin_url
from events.models import EventPage, Registration, RegistrationTally
from events.registration.forms import questions_of
from spreadsheets.exports import CONTENT_TYPES, write_rows_csv, write_rows_xlsx
from spreadsheets.formulas import escape_formula

PAGE_SIZE = 100


class EventListView(OrganizerView):
    """Every source-language event that takes registrations, soonest first, with its counts."""

    template_name = "events/admin/event_list.html"
    page_title = gettext_lazy("Event registrations")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        events = list(
            EventPage.objects.filter(registration_enabled=True, alias_of__isnull=True)
            .filter(locale__language_code="en")
            .order_by("-starts_at")
        )
        tallies = {t.event_id: t for t in RegistrationTally.objects.filter(event__in=events)}
        context["rows"] = [
            {
                "event": event,
                "tally": tallies.get(event.pk) or RegistrationTally(event=event),
                "url": admin_url("registrations", event.pk),
            }
            for event in events
        ]
        return context


def search(registrations, query):
    query = query.strip()
    if not query:
        return registrations
    return registrations.filter(
        Q(name__icontains=query)
        | Q(email__icontains=query)
        | Q(nickname__icontains=query)
        | Q(code__iexact=query)
    )


def export_rows(event, registrations):
    """(headers, rows) of the export: each answer its own column, formulas escaped."""
    questions = questions_of(event)
    headers = [
        _("Status"),
        _("Code"),
        _("Name"),
        _("Email"),
        _("Nickname"),
        _("Language"),
        _("Registered"),
        *questions,
    ]
    rows = [
        [
            registration.get_status_display(),
            registration.code,
            registration.name,
            registration.email,
            registration.nickname,
            registration.language,
            registration.created_at.isoformat(timespec="minutes"),
            *(registration.answers.get(question, "") for question in questions),
        ]
        for registration in registrations
    ]
    # What a spreadsheet would run as a formula ("=HYPERLINK(...)" in a name) stays text.
    return headers, [[escape_formula(value) for value in row] for row in rows]


class RegistrationsView(EventView):
    template_name = "events/admin/registrations.html"
    page_title = gettext_lazy("Registrations")

    def registrations(self):
        registrations = Registration.objects.filter(event=self.event)
        status = self.request.GET.get("status", "")
        if status in Registration.Status.values:
            registrations = registrations.filter(status=status)
        return search(registrations, self.request.GET.get("q", ""))

    def get(self, request, *args, **kwargs):
        file_format = request.GET.get("export")
        if file_format in CONTENT_TYPES:
            return self.export(file_format)
        return super().get(request, *args, **kwargs)

    def export(self, file_format):
        headers, rows = export_rows(self.event, self.registrations())
        output = io.BytesIO()
        (write_rows_csv if file_format == "csv" else write_rows_xlsx)(headers, rows, output)
        response = HttpResponse(output.getvalue(), content_type=CONTENT_TYPES[file_format])
        name = f"registrations-{slugify(self.event.slug)}.{file_format}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "private, no-store"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registrations = list(self.registrations()[:PAGE_SIZE])
        context.update(
            registrations=registrations,
            questions=questions_of(self.event),
            tally=RegistrationTally.objects.filter(event=self.event).first(),
            statuses=Registration.Status.choices,
            status=self.request.GET.get("status", ""),
            query=self.request.GET.get("q", ""),
            anonymous=self.event.privacy_mode == "anonymous",
            page_size=PAGE_SIZE,
        )
        return context
