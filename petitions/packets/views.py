"""Organizers' admin views of delivery packets (registered in petitions/wagtail_hooks.py):
the packets page of a petition (generate, progress, per-riding table, downloads), the JSON
status its progress bar polls, downloads through presigned URLs, the petition summary and
the blank paper petition sheets; and the delivery log's viewset pieces.

Packets name signers: every view needs "view packet" (Organizers); starting or resuming a
batch needs "add packet batch". Editors and Translators hold neither."""

from __future__ import annotations

import functools
import io

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import F, OuterRef, Subquery
from django.http import FileResponse, Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.defaults import permission_denied
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateInput

from petitions import dashboard
from petitions.admin_views import PetitionAdminView
from petitions.models import Delivery, Packet, PacketBatch, PacketJob, PetitionPage, Riding
from petitions.packets import batches, content, render, storage
from spreadsheets.exports import SafeSpreadsheetMixin

VIEW_PACKETS = "petitions.view_packet"
GENERATE_PACKETS = "petitions.add_packetbatch"
PACKET_LANGUAGES = ("en", "fr")


def forbidden_as_403(view):
    """A real 403 for those without permission (Wagtail's admin would redirect them to its
    dashboard with a message): packets and the delivery log name signers and MPs' offices,
    and scripts and tests must see a refusal as one."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as exception:
            return permission_denied(request, exception)

    return wrapped


def refusing_with_403(patterns):
    return [
        URLPattern(p.pattern, forbidden_as_403(p.callback), p.default_args, p.name)
        for p in patterns
    ]


def newest_packets(petition_id: int) -> dict:
    """{riding id: its newest Packet} for the petition."""
    newest = (
        Packet.objects.filter(petition_id=petition_id, riding=OuterRef("riding"))
        .order_by("-generated_at", "-pk")
        .values("pk")[:1]
    )
    packets = (
        Packet.objects.filter(petition_id=petition_id)
        .annotate(newest_pk=Subquery(newest))
        .filter(pk=F("newest_pk"))
    )
    return {packet.riding_id: packet for packet in packets}


def delivered_ridings(petition_id: int) -> dict:
    """{riding id: its latest Delivery} for the petition."""
    found = {}
    for delivery in Delivery.objects.filter(petition_id=petition_id).order_by(
        "-delivered_on", "-recorded_at"
    ):
        found.setdefault(delivery.riding_id, delivery)
    return found


def delivery_counts(petition_id: int) -> dict:
    """{"delivered", "pending"}: ridings with counted signatures whose packet was delivered
    at least once, and the others."""
    ridings = set(batches.riding_ids_to_generate(petition_id))
    delivered = set(
        Delivery.objects.filter(petition_id=petition_id, riding_id__in=ridings).values_list(
            "riding_id", flat=True
        )
    )
    return {"delivered": len(delivered), "pending": len(ridings - delivered)}


def download_file_name(petition, packet: Packet, extension: str) -> str:
    """ "<petition slug>-35001-Toronto-Centre.pdf" (the riding's name in the packet's
    language)."""
    riding = packet.riding
    name = riding.name_fr if packet.language.startswith("fr") else riding.name_en
    return f"{petition.slug}-{riding.code}-{storage.file_name_part(name)}.{extension}"


class PacketAdminView(PetitionAdminView):
    permission_required = VIEW_PACKETS
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items.insert(
            -1, {"url": self.url("dashboard", self.petition.pk), "label": self.petition.title}
        )
        return items


class PacketsView(PacketAdminView):
    template_name = "petitions/admin/packets/index.html"
    page_title = gettext_lazy("Delivery packets")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        petition = self.petition
        batch = batches.latest_batch(petition)
        jobs = {}
        state = None
        if batch is not None:
            jobs = {job.riding_id: job for job in batch.jobs.select_related("riding")}
            state = batches.progress(batch)
        packets = newest_packets(petition.pk)
        deliveries = delivered_ridings(petition.pk)
        rows = []
        for row in dashboard.riding_rows(petition.pk, sort="riding"):
            packet = packets.get(row.riding.pk)
            rows.append(
                {
                    "riding": row.riding,
                    "member": row.member,
                    "count": row.count,
                    "job": jobs.get(row.riding.pk),
                    "packet": packet,
                    "outdated": packet is not None and packet.signature_count != row.count,
                    "delivery": deliveries.get(row.riding.pk),
                    "pdf_url": packet
                    and self.url("packets_download", petition.pk, packet.pk, "pdf"),
                    "csv_url": packet
                    and self.url("packets_download", petition.pk, packet.pk, "csv"),
                }
            )
        archive_batch = (
            PacketBatch.objects.filter(petition=petition)
            .exclude(archive_key="")
            .order_by("-created_at", "-pk")
            .first()
        )
        can_generate = self.request.user.has_perm(GENERATE_PACKETS)
        context.update(
            batch=batch,
            state=state,
            rows=rows,
            failed_jobs=[job for job in jobs.values() if job.status == PacketJob.Status.FAILED],
            archive_batch=archive_batch,
            archive_url=archive_batch and self.url("packets_zip", petition.pk, archive_batch.pk),
            status_url=batch and self.url("packets_status", petition.pk, batch.pk),
            resume_url=batch and self.url("packets_resume", petition.pk, batch.pk),
            generate_url=self.url("packets_generate", petition.pk),
            generate_form=GenerateForm(),
            can_generate=can_generate,
            summary_urls=[
                (lang, self.url("packets_summary", petition.pk, lang)) for lang in PACKET_LANGUAGES
            ],
            sheet_urls=[
                (lang, self.url("packets_sheets", petition.pk, lang)) for lang in PACKET_LANGUAGES
            ],
            deliveries_url=self.url_of_deliveries(),
            can_record_delivery=self.request.user.has_perm("petitions.add_delivery"),
            add_delivery_url=reverse("petition_deliveries:add")
            + "?"
            + urlencode({"petition": petition.pk}),
            delivery_counts=delivery_counts(petition.pk),
            unassigned=dashboard.totals(petition.pk)["unassigned"],
        )
        return context

    def url_of_deliveries(self):
        return (
            reverse("petition_deliveries:index") + "?" + urlencode({"petition": self.petition.pk})
        )


class GenerateForm(forms.Form):
    bilingual = forms.BooleanField(
        label=gettext_lazy("Bilingual cover letters (English and French)"),
        required=False,
        help_text=gettext_lazy(
            "Otherwise each MP gets their own language: French in Quebec unless the MP "
            "prefers English, English elsewhere."
        ),
    )


class GenerateView(PacketAdminView):
    """POST: start a batch, or go back to the one running."""

    permission_required = GENERATE_PACKETS
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = GenerateForm(request.POST)
        target = self.url("packets", self.petition.pk)
        if not form.is_valid():
            messages.error(request, _("The packets could not be generated: check the form."))
            return redirect(target)
        try:
            batch, created = batches.start_batch(
                self.petition, request.user, bilingual=form.cleaned_data["bilingual"]
            )
        except batches.NothingToGenerate:
            messages.error(
                request,
                _("No counted signature has a riding yet: there is no packet to generate."),
            )
            return redirect(target)
        if created:
            total = batch.jobs.count()
            messages.success(
                request,
                ngettext(
                    "Generating the packet of %(count)d riding.",
                    "Generating the packets of %(count)d ridings.",
                    total,
                )
                % {"count": total},
            )
        else:
            messages.warning(
                request,
                _("Packets of this petition are already being generated: here is their progress."),
            )
        return redirect(target)


class BatchMixin:
    @cached_property
    def batch(self):
        return get_object_or_404(PacketBatch, pk=self.kwargs["batch_id"], petition=self.petition)


class ResumeView(BatchMixin, PacketAdminView):
    """POST: run again the failed ridings (and those whose worker died) of a batch."""

    permission_required = GENERATE_PACKETS
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        target = self.url("packets", self.petition.pk)
        try:
            n = batches.resume(self.batch)
        except batches.BatchNotResumable:
            messages.error(
                request,
                _("Newer packets of this petition are being generated: wait for them to finish."),
            )
            return redirect(target)
        if n:
            messages.success(
                request,
                ngettext(
                    "%(count)d riding will be generated again.",
                    "%(count)d ridings will be generated again.",
                    n,
                )
                % {"count": n},
            )
        else:
            messages.info(request, _("Nothing to run again: the batch is complete or running."))
        return redirect(target)


class StatusView(BatchMixin, PacketAdminView):
    """The batch's progress as JSON for job-progress.js: {"done", "total", "failed",
    "finished"}. Counts only."""

    def get(self, request, *args, **kwargs):
        state = batches.progress(self.batch)
        return JsonResponse(
            {key: state[key] for key in ("done", "total", "failed", "finished")},
            headers={"Cache-Control": "no-store"},
        )


class DownloadView(PacketAdminView):
    """Redirect to a short-lived presigned URL of a packet's PDF or CSV."""

    def get(self, request, *args, **kwargs):
        extension = kwargs["kind"]
        if extension not in ("pdf", "csv"):
            raise Http404
        packet = get_object_or_404(
            Packet.objects.select_related("riding"),
            pk=kwargs["packet_id"],
            petition=self.petition,
        )
        name = packet.pdf_key if extension == "pdf" else packet.csv_key
        url = storage.download_url(
            name, download_file_name(self.petition, packet, extension), extension
        )
        return no_store(HttpResponseRedirect(url))


class ArchiveView(BatchMixin, PacketAdminView):
    def get(self, request, *args, **kwargs):
        batch = self.batch
        if not batch.archive_key:
            raise Http404
        file_name = (
            f"{self.petition.slug}-packets-{timezone.localtime(batch.created_at):%Y-%m-%d}.zip"
        )
        return no_store(
            HttpResponseRedirect(storage.download_url(batch.archive_key, file_name, "zip"))
        )


def no_store(response):
    # The presigned URL is a credential for a few minutes: no cache keeps it.
    response["Cache-Control"] = "no-store"
    return response


def pdf_response(buffer: io.BytesIO, file_name: str) -> FileResponse:
    buffer.seek(0)
    response = FileResponse(buffer, as_attachment=True, filename=file_name)
    response["Content-Type"] = "application/pdf"
    return no_store(response)


class SummaryView(PacketAdminView):
    """The petition summary PDF (counts per riding and province, delivered or pending):
    counts only, no names, rendered on request."""

    def get(self, request, *args, **kwargs):
        language = kwargs["language"]
        if language not in PACKET_LANGUAGES:
            raise Http404
        petition = self.petition
        deliveries = delivered_ridings(petition.pk)
        rows = [
            render.SummaryRow(
                riding_code=row.riding.code,
                riding_name=row.riding.name_fr if language == "fr" else row.riding.name_en,
                province=row.riding.province,
                signature_count=row.count,
                named_count=row.named,
                delivered_on=deliveries[row.riding.pk].delivered_on
                if row.riding.pk in deliveries
                else None,
            )
            for row in summary_rows(petition.pk)
        ]
        titles, _requests = content.petition_texts(petition, (language,))
        buffer = io.BytesIO()
        render.render_summary(
            titles[language],
            rows,
            buffer,
            language,
            timezone.now(),
            unassigned_count=dashboard.totals(petition.pk)["unassigned"],
        )
        return pdf_response(buffer, f"{petition.slug}-summary-{language}.pdf")


class SheetsView(PacketAdminView):
    """Blank paper petition sheets (English or French) for organizers to print."""

    def get(self, request, *args, **kwargs):
        language = kwargs["language"]
        if language not in PACKET_LANGUAGES:
            raise Http404
        petition = self.petition
        titles, requests = content.petition_texts(petition, (language,))
        buffer = io.BytesIO()
        render.render_blank_sheets(titles[language], requests[language], buffer, language)
        return pdf_response(buffer, f"{petition.slug}-petition-sheet-{language}.pdf")


def summary_rows(petition_id: int):
    """Per riding with counted signatures: riding, count, named count (by code)."""
    from django.db.models import Count, Q

    from petitions.models import Signature

    counts = (
        Signature.objects.counted()
        .filter(petition_id=petition_id, riding__isnull=False)
        .values_list("riding_id")
        .annotate(
            n=Count("pk"), named=Count("pk", filter=Q(consent=Signature.Consent.SHARE_WITH_MP))
        )
        .order_by()
    )
    by_riding = {riding_id: (n, named) for riding_id, n, named in counts}
    ridings = Riding.objects.in_bulk(list(by_riding))

    class Row:
        def __init__(self, riding, n, named):
            self.riding, self.count, self.named = riding, n, named

    return sorted(
        (Row(ridings[pk], *numbers) for pk, numbers in by_riding.items()),
        key=lambda row: (row.riding.province, row.riding.code),
    )


# --- Delivery log ----------------------------------------------------------------------------


class DeliveryFilterSet(WagtailFilterSet):
    petition = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Petition"),
        queryset=lambda request: PetitionPage.objects.sources(),
        empty_label=gettext_lazy("All"),
    )
    method = django_filters.ChoiceFilter(
        label=gettext_lazy("How"),
        choices=Delivery.Method.choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    delivered_on = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Delivered between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Delivery
        fields = []


class DeliveryForm(WagtailAdminModelForm):
    class Meta:
        model = Delivery
        fields = [
            "petition",
            "riding",
            "delivered_on",
            "method",
            "delivered_by",
            "notes",
            "response",
        ]
        widgets = {"delivered_on": AdminDateInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["petition"].queryset = PetitionPage.objects.sources()
        ridings = Riding.objects.current()
        if self.instance.riding_id:
            ridings = ridings | Riding.objects.filter(pk=self.instance.riding_id)
        self.fields["riding"].queryset = ridings.order_by("name_en")


class DeliveryCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        for field in ("petition", "riding"):
            value = self.request.GET.get(field, "")
            if value.isdigit():
                initial[field] = int(value)
        return initial

    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.recorded_by = self.request.user
        instance.save()
        return instance


class DeliveryIndexView(SafeSpreadsheetMixin, IndexView):
    pass


class DeliveryViewSet(ModelViewSet):
    """The delivery log: listed, filtered by petition, exported (CSV/XLSX), added and edited
    by Organizers (the model's own permissions; the menu item is hidden from others)."""

    model = Delivery
    name = "petition_deliveries"
    url_prefix = "petitions/deliveries"
    icon = "mail"
    menu_label = gettext_lazy("Deliveries")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 50
    index_view_class = DeliveryIndexView
    add_view_class = DeliveryCreateView
    filterset_class = DeliveryFilterSet
    list_display = [
        "riding",
        "petition",
        DateColumn("delivered_on", label=gettext_lazy("Delivered on"), sort_key="delivered_on"),
        "method",
        "delivered_by",
        "response",
    ]
    search_fields = ["delivered_by", "notes", "response", "riding__name_en", "riding__code"]
    ordering = ["-delivered_on", "riding__code"]
    list_export = [
        "petition.title",
        "riding.code",
        "riding.name_en",
        "riding.name_fr",
        "riding.province",
        "delivered_on",
        "method",
        "delivered_by",
        "notes",
        "response",
        "recorded_at",
    ]
    export_headings = {
        "petition.title": gettext_lazy("Petition"),
        "riding.code": gettext_lazy("Riding code"),
        "riding.name_en": gettext_lazy("Riding (English)"),
        "riding.name_fr": gettext_lazy("Riding (French)"),
        "riding.province": gettext_lazy("Province or territory"),
    }
    export_filename = "deliveries"

    def get_form_class(self, for_update=False):
        return DeliveryForm

    def get_urlpatterns(self):
        return refusing_with_403(super().get_urlpatterns())


def urlpatterns():
    """The packet pages below a petition (PetitionsAdminViewSet, namespace
    "petitions_admin")."""
    return refusing_with_403(
        [
            path("<int:pk>/packets/", PacketsView.as_view(), name="packets"),
            path("<int:pk>/packets/generate/", GenerateView.as_view(), name="packets_generate"),
            path(
                "<int:pk>/packets/batches/<int:batch_id>/status.json",
                StatusView.as_view(),
                name="packets_status",
            ),
            path(
                "<int:pk>/packets/batches/<int:batch_id>/resume/",
                ResumeView.as_view(),
                name="packets_resume",
            ),
            path(
                "<int:pk>/packets/batches/<int:batch_id>/zip/",
                ArchiveView.as_view(),
                name="packets_zip",
            ),
            path(
                "<int:pk>/packets/<int:packet_id>/<str:kind>/",
                DownloadView.as_view(),
                name="packets_download",
            ),
            path(
                "<int:pk>/packets/summary-<str:language>.pdf",
                SummaryView.as_view(),
                name="packets_summary",
            ),
            path(
                "<int:pk>/packets/petition-sheet-<str:language>.pdf",
                SheetsView.as_view(),
                name="packets_sheets",
            ),
        ]
    )
