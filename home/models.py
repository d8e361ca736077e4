from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site, TranslatableMixin
from wagtail.search import index

from home import brand
from home.blocks import BodyStreamBlock
from home.routing import ChildRoutingMixin

# OpenGraph's recommended size for the image of a shared link (1.91:1). The home page shows its
# hero at the same size, so that sharing it reuses the hero's rendition.
SHARE_IMAGE_SIZE = (1200, 630)
SHARE_IMAGE_SPEC = "fill-{}x{}".format(*SHARE_IMAGE_SIZE)


def image_field(verbose_name, **kwargs):
    """An optional image of a page or snippet.

    A foreign key to Wagtail's image model that is cleared, not cascaded, when the image is
    deleted, with no reverse relation.
    """
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **kwargs,
    )


class ShareImageMixin:
    """A page shown with one of its own images when shared on social media.

    The image is its og:image (see site_tags.share_image); pages without one get the site's default
    sharing image.

    `share_image_field` names the page's image field; `share_image_alt_field`, when set, names the
    field holding that image's alternative text (else the image's default alt text is used).
    """

    share_image_field = ""
    share_image_alt_field = ""

    @property
    def share_image(self):
        return getattr(self, self.share_image_field) if self.share_image_field else None

    @property
    def share_image_alt(self):
        return getattr(self, self.share_image_alt_field) if self.share_image_alt_field else ""


class HomePage(ShareImageMixin, ChildRoutingMixin, Page):
    share_image_field = "hero_image"
    share_image_alt_field = "hero_image_alt"

    hero_heading = models.CharField(_("hero heading"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = image_field(_("hero image"))
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
        "events.EventIndexPage",
        "events.ActionDayPage",
    ]

    class Meta:
        verbose_name = _("home page")


class HomePageFeaturedPetition(TranslatableMixin, Orderable):
    """A petition shown on the home page, chosen by editors.

    Translatable so that a translated home page points at the translated petition.
    """

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


class StandardPage(ShareImageMixin, Page):
    share_image_field = "image"

    introduction = models.TextField(_("introduction"), blank=True)
    image = image_field(_("image"))
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


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """The site's contact details, brand and social links.

    Clusterable for its inline organization names per language.
    """

    select_related = ["default_share_image", "logo"]

    organization_name = models.CharField(
        _("organization name"),
        max_length=200,
        default=settings.WAGTAIL_SITE_NAME,
        help_text=_("In the site's default language; other languages below."),
    )
    logo = image_field(
        _("logo"),
        help_text=_(
            "Shown in the header; the browser tab icon and phone home-screen icons are cut from "
            "its centre (or its focal point), so a logo with a square symbol works best."
        ),
    )
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        default=brand.DEFAULT_PRIMARY,
        validators=[brand.validate_primary_colour],
        help_text=_("Buttons, links and progress bars; white text must be readable on it."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default=brand.DEFAULT_ACCENT,
        validators=[brand.validate_accent_colour],
        help_text=_("The main call to action (Sign); dark text must be readable on it."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    address = models.TextField(_("address"), blank=True)
    default_share_image = image_field(
        _("default sharing image"),
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
                InlinePanel(
                    "organization_names",
                    label=_("Name in another language"),
                    heading=_("Organization name in other languages"),
                ),
                FieldPanel("contact_email"),
                FieldPanel("phone"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("primary_colour"), FieldPanel("accent_colour")],
            heading=_("Brand"),
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

    @classmethod
    def saved_or_default(cls, site):
        """The site's settings as saved, else unsaved defaults; never writes.

        Background workers read settings through this: Wagtail's for_site() creates a missing row,
        and two workers creating it at once collide on the unique site (a packet job then failed
        and ran a second time).
        """
        return cls.objects.filter(site=site).first() or cls(site=site)

    @classmethod
    def organization_name_for(cls, site):
        """The organization's name on `site` (None: the default site), else the site name."""
        site = site or Site.objects.filter(is_default_site=True).first()
        if site is None:
            return settings.WAGTAIL_SITE_NAME
        return cls.saved_or_default(site).organization_name or settings.WAGTAIL_SITE_NAME

    @cached_property
    def _names_by_language(self):
        # One query per request: Wagtail caches the settings object on the request.
        return {row.language: row.name for row in self.organization_names.all() if row.name}

    def name_in(self, language_code):
        """The organization's name in a language, else its name in the default language."""
        if language_code == settings.LANGUAGE_CODE:
            return self.organization_name or settings.WAGTAIL_SITE_NAME  # no query
        return (
            self._names_by_language.get(language_code)
            or self.organization_name
            or settings.WAGTAIL_SITE_NAME
        )

    @property
    def localized_organization_name(self):
        """The name in the active language: what templates show."""
        return self.name_in(get_language())

    @property
    def brand_stylesheet_version(self):
        return brand.stylesheet_version(self.primary_colour, self.accent_colour)

    @property
    def social_links(self):
        """(label, url) pairs for the footer, only those that are set."""
        fields = ["facebook_url", "instagram_url", "bluesky_url", "x_url", "youtube_url"]
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in fields
            if getattr(self, name)
        ]


class OrganizationName(Orderable):
    """The organization's name in one language other than the default.

    A coalition's name is often translated (French is an official language; community groups
    use their own name in Punjabi and Tagalog), and a wrong-language name in the header of a
    translated page reads as an afterthought.
    """

    site_settings = ParentalKey(
        SiteSettings, on_delete=models.CASCADE, related_name="organization_names"
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    name = models.CharField(_("name"), max_length=200)

    panels = [FieldPanel("language"), FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("organization name")
        constraints = [
            models.UniqueConstraint(
                fields=["site_settings", "language"], name="one_organization_name_per_language"
            )
        ]
