"""The URLs of the petitions_admin namespace, under /admin/petitions/.

PetitionsAdminViewSet in viewsets.py returns them: the petitions dashboard, each petition's
dashboard, abuse report and bulk invalidation, and its delivery packets.

The packet URLs answer a refusal with a real 403 (base.forbidden_as_403).
"""

from django.urls import path

from petitions.admin.abuse_report import AbuseReportView, InvalidateView
from petitions.admin.base import refusing_with_403
from petitions.admin.dashboard import (
    AssignRidingView,
    BulkAssignView,
    DashboardView,
    ResolveRidingsView,
)
from petitions.admin.packet_files import ArchiveView, DownloadView, SheetsView, SummaryView
from petitions.admin.packets import GenerateView, PacketsView, ResumeView, StatusView
from petitions.admin.petition_list import PetitionListView

packet_urlpatterns = refusing_with_403(
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

urlpatterns = [
    path("", PetitionListView.as_view(), name="index"),
    path("<int:pk>/", DashboardView.as_view(), name="dashboard"),
    path("<int:pk>/assign/", AssignRidingView.as_view(), name="assign"),
    path("<int:pk>/assign-many/", BulkAssignView.as_view(), name="assign_many"),
    path("<int:pk>/resolve/", ResolveRidingsView.as_view(), name="resolve"),
    path("<int:pk>/abuse/", AbuseReportView.as_view(), name="abuse"),
    path("<int:pk>/abuse/invalidate/", InvalidateView.as_view(), name="invalidate"),
    *packet_urlpatterns,
]
