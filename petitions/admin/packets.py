"""The delivery packets page of a petition (petitions_admin:packets).

It shows the latest batch and its progress, per riding the count, the newest packet and the latest
delivery, and the links to every download (packet_files.py). Its views: starting a batch
(GenerateView), running again its failed ridings (ResumeView), and the progress JSON its bar polls
(StatusView).

Packets name signers: every view needs "view packet" (Organizers); starting or resuming a
batch needs "add packet batch". Editors and Translators hold neither.
"""

from django import forms
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages

from petitions import dashboard
from petitions.admin.base import PetitionAdminView
from petitions.delivery import delivered_ridings, delivery_counts, newest_packets
from petitions.models import PacketBatch, PacketJob
from petitions.packets import batches, tasks
from petitions.permissions import ADD_DELIVERIES, GENERATE_PACKETS, VIEW_PACKETS

# The languages of the petition summary and of the blank paper petition sheets.
PACKET_LANGUAGES = ("en", "fr")


class PacketAdminView(PetitionAdminView):
    """A view about one petition's packets.

    "view packet" opens it, and its breadcrumbs go through the petition's dashboard.
    """

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
            can_record_delivery=self.request.user.has_perm(ADD_DELIVERIES),
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
            batch, created = tasks.start_batch(
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
    """For a view whose URL names one of the petition's batches (batch_id)."""

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
            n = tasks.resume(self.batch)
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
    """The batch's progress as JSON for job-progress.js: {"done", "total", "failed", "finished"}.

    Counts only.
    """

    def get(self, request, *args, **kwargs):
        state = batches.progress(self.batch)
        return JsonResponse(
            {key: state[key] for key in ("done", "total", "failed", "finished")},
            headers={"Cache-Control": "no-store"},
        )
