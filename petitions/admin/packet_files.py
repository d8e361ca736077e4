"""The files organizers download from a petition's packets page.

A riding's packet (PDF or CSV) and the ZIP of a batch, through short-lived presigned URLs of the
private bucket; the petition summary and the blank paper petition sheets, rendered on request.
"""

import io

from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone

from petitions import dashboard
from petitions.admin.packets import PACKET_LANGUAGES, BatchMixin, PacketAdminView
from petitions.delivery import archive_file_name, download_file_name, summary_rows
from petitions.models import Packet
from petitions.packets import content, storage, tasks
from petitions.packets.sheets import render_blank_sheets
from petitions.packets.summary import render_summary


def no_store(response):
    # The presigned URL is a credential for a few minutes: no cache keeps it.
    response["Cache-Control"] = "no-store"
    return response


def pdf_response(buffer: io.BytesIO, file_name: str) -> FileResponse:
    """The rendered PDF as a download, never cached."""
    buffer.seek(0)
    response = FileResponse(buffer, as_attachment=True, filename=file_name)
    response["Content-Type"] = "application/pdf"
    return no_store(response)


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
        # Only a riding's newest packet is served: an older one may name a signer who has
        # withdrawn since (petitions/packets/withdrawal.py).
        if packet != tasks.newest_packet(packet.petition_id, packet.riding_id):
            raise Http404
        name = packet.pdf_key if extension == "pdf" else packet.csv_key
        url = storage.download_url(
            name, download_file_name(self.petition, packet, extension), extension
        )
        return no_store(HttpResponseRedirect(url))


class ArchiveView(BatchMixin, PacketAdminView):
    """Redirect to a short-lived presigned URL of the ZIP of every riding's packet of a batch."""

    def get(self, request, *args, **kwargs):
        batch = self.batch
        if not batch.archive_key:
            raise Http404
        file_name = archive_file_name(self.petition, batch)
        return no_store(
            HttpResponseRedirect(storage.download_url(batch.archive_key, file_name, "zip"))
        )


class SummaryView(PacketAdminView):
    """The petition summary PDF, rendered on request.

    Counts per riding and province, delivered or pending: counts only, no names.
    """

    def get(self, request, *args, **kwargs):
        language = kwargs["language"]
        if language not in PACKET_LANGUAGES:
            raise Http404
        petition = self.petition
        rows = summary_rows(petition.pk, language)
        titles, _requests = content.petition_texts(petition, (language,))
        buffer = io.BytesIO()
        render_summary(
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
        render_blank_sheets(titles[language], requests[language], buffer, language)
        return pdf_response(buffer, f"{petition.slug}-petition-sheet-{language}.pdf")
