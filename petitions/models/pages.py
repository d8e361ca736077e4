from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import ShareImageMixin, image_field
from petitions.blocks import PetitionBodyBlock

MAX_REQUEST_WORDS = 250


def default_language_code():
    """The language of the default locale (Locale.get_default()), without a query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def prefetch_source_petitions(pages):
    """Look up the source petition of each of `pages` in one query.

    Their `source_petition` and `is_open` then cost none.
    """
    pending = [p for p in pages if "_source_petition" not in p.__dict__]
    if not pending:
        return pages
    sources = {
        source.translation_key: source
        for source in PetitionPage.objects.filter(
            translation_key__in={p.translation_key for p in pending},
            locale__language_code=default_language_code(),
        )
    }
    for page in pending:
        source = sources.get(page.translation_key)
        page._source_petition = page if source is None or source.pk == page.pk else source
    return pages


def validate_request_length(value):
    words = len(value.split())
    if words > MAX_REQUEST_WORDS:
        raise ValidationError(
            ngettext(
                "The request may have at most %(limit)d word; it has %(count)d.",
                "The request may have at most %(limit)d words; it has %(count)d.",
                MAX_REQUEST_WORDS,
            )
            % {"limit": MAX_REQUEST_WORDS, "count": words}
        )


class PetitionIndexPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["petitions.PetitionPage"]

    class Meta:
        verbose_name = _("petition index")

    def live_petitions(self):
        """The index's live, public petitions, newest first.

        Each knows its source petition (for is_open) without a query of its own.
        """
        return prefetch_source_petitions(
            list(
                PetitionPage.objects.child_of(self)
                .live()
                .public()
                .order_by("-first_published_at")
                .select_related("image")
                .prefetch_related("image__renditions")
            )
        )


class PetitionPageQuerySet(PageQuerySet):
    def sources(self):
        """The petitions that hold signatures (source-language pages), by title.

        What organizers choose from in the admin's filters and imports.
        """
        return self.filter(locale__language_code=default_language_code()).order_by("title")


class PetitionPage(ShareImageMixin, RoutablePageMixin, Page):
    """A petition.

    Its translations are one petition: signatures, counts and packets belong to the source-language
    page (`source_petition`), whichever language they were made in.

    Routes below the page's URL (views in petitions/signing/views.py): `sign/` (POST the form),
    `signed/` (where every sign POST leads), `confirm/<token>/` (the emailed link: GET shows a
    button and the riding choice, POST confirms), `manage/<token>/` (the emailed link to withdraw
    or change consent), `withdrawn/`.
    """

    class AddressedTo(models.TextChoices):
        HOUSE_OF_COMMONS = "house_of_commons", _("The House of Commons")
        GOVERNMENT = "government", _("The Government of Canada")
        MINISTER = "minister", _("A minister")
        OWN_MP = "own_mp", _("Each signer's own MP")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        DELIVERED = "delivered", _("Delivered")

    objects = PageManager.from_queryset(PetitionPageQuerySet)()
    share_image_field = "image"

    summary = models.TextField(_("summary"), max_length=500)
    request = models.TextField(
        _("request"),
        validators=[validate_request_length],
        help_text=_("What the petition asks, in plain text, at most 250 words."),
    )
    addressed_to = models.CharField(
        _("addressed to"),
        max_length=20,
        choices=AddressedTo.choices,
        default=AddressedTo.OWN_MP,
    )
    minister = models.CharField(
        _("minister"),
        max_length=200,
        blank=True,
        help_text=_("When addressed to a minister: for example, Minister of Immigration."),
    )
    goal = models.PositiveIntegerField(_("signature goal"), default=1000)
    closes_on = models.DateField(_("closing date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    confirmation_required = models.BooleanField(
        _("email confirmation required"),
        default=True,
        help_text=_("Signatures count only once the signer clicks the link we email them."),
    )
    image = image_field(_("image"))
    body = StreamField(PetitionBodyBlock(), blank=True, verbose_name=_("body"))
    share_text = models.CharField(
        _("share text"),
        max_length=280,
        blank=True,
        help_text=_("Suggested text when supporters share the petition."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("request"),
        MultiFieldPanel(
            [FieldPanel("addressed_to"), FieldPanel("minister")], heading=_("Addressed to")
        ),
        FieldRowPanel([FieldPanel("goal"), FieldPanel("closes_on"), FieldPanel("status")]),
        FieldPanel("confirmation_required"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("share_text"),
    ]
    # Status, goal and the like are facts of the petition, the same in every language.
    override_translatable_fields = [
        SynchronizedField("addressed_to"),
        TranslatableField("minister"),
        SynchronizedField("goal"),
        SynchronizedField("closes_on"),
        SynchronizedField("status"),
        SynchronizedField("confirmation_required"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("request"),
        index.SearchField("body"),
    ]

    parent_page_types = ["petitions.PetitionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("petition")

    def clean(self):
        super().clean()
        if self.addressed_to == self.AddressedTo.MINISTER and not self.minister:
            raise ValidationError(
                {"minister": _("Name the minister the petition is addressed to.")}
            )

    @property
    def source_petition(self):
        """The source-language page that signatures belong to (this page when it is one).

        Its status, goal and closing date are the ones that count: a translation may lag behind
        until it is synchronized. Looked up once per instance (see also prefetch_source_petitions).
        """
        source = self.__dict__.get("_source_petition")
        if source is None:
            source = (
                PetitionPage.objects.filter(
                    translation_key=self.translation_key,
                    locale__language_code=default_language_code(),
                ).first()
                or self
            )
            if source.pk == self.pk:
                source = self
            self._source_petition = source
        return source

    @property
    def is_open(self):
        source = self.source_petition
        if source.status != self.Status.OPEN:
            return False
        return source.closes_on is None or source.closes_on >= timezone.localdate()

    def subpage_url(self, name, *args, request=None):
        """The URL (relative to the site when it can be) of one of the routes below."""
        # No URL yet: a new page's preview.
        return (self.get_url(request) or "") + self.reverse_subpage(name, args=args)

    # Wagtail's RoutablePageMixin puts a page's routes on its model, and the views need the
    # models: the views are imported when a route is served, the one import from models to a
    # flow (declared in pyproject.toml's import-linter contracts).
    @path("")
    def index_route(self, request):
        from petitions.signing import views

        return views.petition_page(request, self)

    @path("sign/", name="sign")
    def sign_route(self, request):
        from petitions.signing import views

        return views.sign(request, self)

    @path("signed/", name="signed")
    def signed_route(self, request):
        from petitions.signing import views

        return views.signed(request, self)

    @path("confirm/<str:token>/", name="confirm")
    def confirm_route(self, request, token):
        from petitions.signing import views

        return views.confirm(request, self, token)

    @path("manage/<str:token>/", name="manage")
    def manage_route(self, request, token):
        from petitions.signing import views

        return views.manage_signature(request, self, token)

    @path("withdrawn/", name="withdrawn")
    def withdrawn_route(self, request):
        from petitions.signing import views

        return views.withdrawn(request, self)
