"""ImportExportViewSetMixin: an Import button (and background exports) for a viewset.

For a Wagtail ModelViewSet or SnippetViewSet:

    class RidingViewSet(ImportExportViewSetMixin, ModelViewSet):
        import_resource_classes = [RidingResource]
        import_permissions = ["petitions.add_riding", "petitions.change_riding"]

The mixin adds "Import" to the listing's header menu, the import views under `<listing>/import/`,
and makes exports of more than settings.IMPORT_BACKGROUND_ROWS rows a background job (with formula
escaping of CSV cells) when the viewset has list_export.
"""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import Button

from spreadsheets import views
from spreadsheets.listing_exports import BackgroundExportMixin


class ImportButtonMixin(BackgroundExportMixin):
    """For the listing view: the Import button in its header menu."""

    import_url_name = None
    import_allowed = None  # user → bool

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.import_url_name and self.import_allowed(self.request.user):
            buttons.append(
                Button(
                    _("Import"),
                    url=self.reverse_import_url(),
                    icon_name="upload",
                    priority=80,
                )
            )
        return buttons

    def reverse_import_url(self):
        from django.urls import reverse

        return reverse(self.import_url_name)


class ImportExportViewSetMixin:
    #: Resource classes (import_export ModelResource with `required_columns` and
    #: `format_label`); a file is imported with the first whose required columns it has.
    import_resource_classes = ()
    #: Permissions a user needs, all of them, to import.
    import_permissions = ()
    #: An ImportOptionsForm subclass whose fields are passed to import_data, or None.
    import_options_form_class = None
    #: A permission needed to download a background export (besides the listing's own).
    export_permission = None
    #: An import-export resource whose export the Export buttons write (so that the file
    #: imports again), instead of the listing's list_export.
    export_resource_class = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        base = self.index_view_class
        self.index_view_class = type(
            f"ImportExport{base.__name__}",
            (ImportButtonMixin, base),
            {
                "import_url_name": (
                    self.get_url_name("import") if self.import_resource_classes else None
                ),
                "import_allowed": staticmethod(self.user_can_import),
                "export_job_url_name": self.get_url_name("export_job"),
                "export_permission": self.export_permission
                or getattr(base, "export_permission", None),
                "export_resource_class": self.export_resource_class,
            },
        )

    def user_can_import(self, user):
        return bool(self.import_resource_classes) and all(
            user.has_perm(permission) for permission in self.import_permissions
        )

    @property
    def listing_url_name(self):
        return self.get_common_view_kwargs()["index_url_name"]

    @property
    def listing_label(self):
        return capfirst(self.model._meta.verbose_name_plural)

    def import_view(self, view_class):
        return view_class.as_view(viewset=self)

    def get_urlpatterns(self):
        patterns = list(super().get_urlpatterns())
        if self.import_resource_classes:
            patterns += [
                path("import/", self.import_view(views.UploadView), name="import"),
                path(
                    "import/template.csv",
                    self.import_view(views.TemplateCSVView),
                    name="import_template",
                ),
                path("import/<uuid:job_id>/", self.import_view(views.JobView), name="import_job"),
                path(
                    "import/<uuid:job_id>/status/",
                    self.import_view(views.StatusView),
                    name="import_status",
                ),
                path(
                    "import/<uuid:job_id>/confirm/",
                    self.import_view(views.ConfirmView),
                    name="import_confirm",
                ),
                path(
                    "import/<uuid:job_id>/discard/",
                    self.import_view(views.CancelView),
                    name="import_cancel",
                ),
            ]
        patterns += [
            path(
                "export/<uuid:job_id>/",
                self.import_view(views.ExportJobView),
                name="export_job",
            ),
            path(
                "export/<uuid:job_id>/status/",
                self.import_view(views.ExportStatusView),
                name="export_status",
            ),
            path(
                "export/<uuid:job_id>/download/",
                self.import_view(views.ExportDownloadView),
                name="export_download",
            ),
        ]
        return patterns
