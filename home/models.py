from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.routing import ChildRoutingMixin


class HomePage(ChildRoutingMixin, Page):
    hero_heading = models.CharField(_("hero heading"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(_("hero image alternative text"), max_length=250, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading=_("Hero"),
        ),
        InlinePanel(
            "featured_petitions",
            label=_("Featured petitions"),
            heading=_("Featured petitions"),
            max_num=3,
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "press.PressReleaseIndexPage",
        "press.PolicyBriefIndexPage",
        "press.CoalitionPage",
        "petitions.PetitionIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def share_image(self):
        return self.hero_image

    def live_featured_petitions(self):
        """The featured petitions that are live, in the editors' order, in two queries however
        many there are (the chooser only offers petition pages)."""
        from petitions.models import PetitionPage

        featured = HomePageFeaturedPetition.objects.filter(page=self, petition=OuterRef("pk"))
        return list(
            PetitionPage.objects.live()
            .public()
            .annotate(featured_order=Subquery(featured.values("sort_order")[:1]))
            .filter(featured_order__isnull=False)
            .order_by("featured_order", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        from petitions.tally import attach_progress
        from press.models import PolicyBriefPage, PressReleasePage

        context = super().get_context(request, *args, **kwargs)
        # Totals against goals: from the cache, else one query however many are featured.
        context["featured_petitions"] = attach_progress(self.live_featured_petitions())
        # locale_id, not locale: the page's Locale would cost a query of its own.
        latest_releases = PressReleasePage.objects.published_in(self.locale_id)
        context["latest_press_releases"] = latest_releases[:3]
        context["latest_policy_briefs"] = PolicyBriefPage.objects.published_in(self.locale_id)[:3]
        return context


class HomePageFeaturedPetition(TranslatableMixin, Orderable):
    """A petition shown on the home page, chosen by editors. Translatable so that a translated
    home page points at the translated petition."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_petitions")
    petition = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("petition"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("petition", page_type="petitions.PetitionPage")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class StandardPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def share_image(self):
        return self.image


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    select_related = ["default_share_image"]

    organization_name = models.CharField(
        _("organization name"), max_length=200, default=settings.WAGTAIL_SITE_NAME
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    address = models.TextField(_("address"), blank=True)
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page shared on social media has no image of its own."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    bluesky_url = models.URLField(_("Bluesky"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    x_handle = models.CharField(
        _("X (Twitter) handle"), max_length=50, blank=True, help_text=_("For example @coalition.")
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organization_name"),
                FieldPanel("contact_email"),
                FieldPanel("phone"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("default_share_image"), FieldPanel("privacy_page")],
            heading=_("Pages and sharing"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("bluesky_url"),
                FieldPanel("x_url"),
                FieldPanel("x_handle"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        """(label, url) pairs for the footer, only those that are set."""
        fields = ["facebook_url", "instagram_url", "bluesky_url", "x_url", "youtube_url"]
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in fields
            if getattr(self, name)
        ]
