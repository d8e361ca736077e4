"""What load_demo does, in order.

The locales, the site-level content (home page, about and privacy pages, site settings), each
installed app's demo content, then the translations.

The feature apps' demo content is found, not imported by name (home knows no feature app): see
feature_demos() and the contract in home/demo/__init__.py.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import module_has_submodule
from wagtail.models import Locale, Page, Site

from home.demo import content, images
from home.demo import translations as home_translations
from home.demo.builder import DemoBuilder
from home.demo.translate import DemoTranslator, TranslationPlan
from home.models import HomePage, OrganizationName, SiteSettings, StandardPage


def feature_demos():
    """The `demo` modules of the installed apps other than home, in INSTALLED_APPS order.

    That is the order their content is created and translated in.
    """
    return [
        import_module(f"{config.name}.demo")
        for config in apps.get_app_configs()
        if config.name != "home" and module_has_submodule(config.module, "demo")
    ]


def load_demo(report):
    """Find or create all the demo content, counting it in `report` (home/demo/builder.py)."""
    builder = DemoBuilder(report)
    ensure_locales(builder)
    hero = builder.ensure_image(content.HERO_IMAGE_TITLE, "demo-hero.png", images.hero_png)
    share = builder.ensure_image(
        content.SHARE_IMAGE_TITLE, "demo-share.png", images.default_share_image_png
    )
    home, site = ensure_home(builder, hero)
    builder.home = home
    ensure_standard_page(builder, content.ABOUT)
    privacy = ensure_standard_page(builder, content.PRIVACY)
    demos = feature_demos()
    for demo in demos:
        demo.load(builder)
    logo = builder.ensure_image(content.LOGO_IMAGE_TITLE, "demo-logo.png", images.logo_png)
    ensure_site_settings(builder.report, site, privacy, share, logo)
    plan = TranslationPlan.gather([home_translations, *demos])
    DemoTranslator(report, plan).run(home)
    for demo in demos:
        if hasattr(demo, "finish"):
            demo.finish(builder)


# Locales and the site root


def ensure_locales(builder):
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        _locale, created = Locale.objects.get_or_create(language_code=code)
        builder.report.add("locales", created)
    builder.locale = Locale.get_default()


def ensure_home(builder, hero):
    report = builder.report
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    current = site.root_page.specific if site else None
    if isinstance(current, HomePage):
        report.add("pages", False)
        return current, site

    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    if is_wagtail_welcome_page(current, site):
        # Site.root_page cascades on delete: point the site at the tree root first.
        site.root_page = root
        site.save()
        current.delete()
        root.refresh_from_db()
        report.notes.append(f"Removed Wagtail's default page “{current.title}”.")
    elif current is not None and current.depth > 1:
        report.notes.append(
            f"The default site's root was “{current.title}”; it was left in place and the "
            "site now starts at the demo home page."
        )

    home = HomePage.objects.filter(depth=2, locale=builder.locale).first()
    if home is None:
        home = create_home(builder, root, hero)
    else:
        report.add("pages", False)
    site.root_page = home
    site.site_name = site.site_name or content.COALITION_NAME
    site.save()
    return home, site


def is_wagtail_welcome_page(page, site):
    """Wagtail's own placeholder root page, which nothing else depends on."""
    return (
        page is not None
        and page.depth == 2
        and page.specific_class is Page
        and not page.get_children().exists()
        and not Site.objects.filter(root_page=page).exclude(pk=site.pk).exists()
    )


def create_home(builder, root, hero):
    data = content.HOME
    slug = data["slug"]
    if root.get_children().filter(slug=slug).exists():
        slug = "coalition-home"
    home = HomePage(
        title=data["title"],
        slug=slug,
        locale=builder.locale,
        seo_title=data["seo_title"],
        search_description=data["search_description"],
        hero_heading=data["hero_heading"],
        hero_text=data["hero_text"],
        hero_image=hero,
        hero_image_alt=data["hero_image_alt"],
        body=list(data["body"]),
    )
    return builder.publish_child(root, home)


# Pages and settings


def ensure_standard_page(builder, data):
    page = builder.find_child(builder.home, StandardPage, data["slug"])
    if page:
        return page
    page = StandardPage(
        title=data["title"],
        slug=data["slug"],
        show_in_menus=data["show_in_menus"],
        introduction=data["introduction"],
        body=list(data["body"]),
    )
    return builder.publish_child(builder.home, page)


def ensure_site_settings(report, site, privacy, share, logo):
    site_settings = SiteSettings.for_site(site)
    values = {
        **content.SITE_SETTINGS,
        "privacy_page": privacy,
        "default_share_image": share,
        "logo": logo,
        "primary_colour": content.BRAND["primary_colour"],
        "accent_colour": content.BRAND["accent_colour"],
    }
    # Fields still at their default are the demo's to fill; anything an editor changed stays.
    defaults = {
        name: SiteSettings._meta.get_field(name).default
        for name in ("organization_name", "primary_colour", "accent_colour")
    }
    changed = []
    for field, value in values.items():
        current = getattr(site_settings, field)
        if current in (None, "") or (field in defaults and current == defaults[field]):
            setattr(site_settings, field, value)
            changed.append(field)
    if not site_settings.organization_names.exists():
        site_settings.organization_names = [
            OrganizationName(language=language, name=name)
            for language, name in content.ORGANIZATION_NAMES.items()
        ]
        changed.append("organization_names")
    if changed:
        site_settings.save()
        report.notes.append(f"Filled site settings: {', '.join(changed)}.")
    else:
        report.notes.append("Site settings were already filled; left unchanged.")
