"""`manage.py load_demo`: fill an empty site with realistic demo content.

Safe to run again: pages are found by slug under their parent (index pages by type), snippets
by name, images and documents by title. Whatever already exists is left as it is, so an editor's
changes to demo content are never overwritten. The texts live in home/demo_content.py.

Then the translated trees are synchronized (wagtail-localize makes an alias of every English
page in each locale) and some pages and snippets are translated through wagtail-localize, as a
translator would: their texts live in home/demo_translations.py. A page or snippet that already
has a real translation in a language is left as it is.
"""

import datetime
import html
import io
import logging
import random
import time
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.utils.file import hash_filelike
from wagtail_localize.models import (
    LocaleSynchronization,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import PageIndex

from home import demo_content as demo
from home import demo_translations
from home.models import HomePage, SiteSettings, StandardPage
from petitions.models import PetitionIndexPage, PetitionPage, Riding, Signature
from press.models import (
    CoalitionPage,
    MediaContact,
    Organization,
    PolicyBriefDocument,
    PolicyBriefIndexPage,
    PolicyBriefOrganization,
    PolicyBriefPage,
    PressReleaseIndexPage,
    PressReleaseMediaContact,
    PressReleasePage,
)

ADMIN_USERNAME = "admin"
# The documented demo login for local development only; see --with-admin.
ADMIN_PASSWORD = "demo-admin-password"  # noqa: S105


class Report:
    """What was created and what was already there, per kind of object."""

    def __init__(self):
        self.created = defaultdict(int)
        self.present = defaultdict(int)
        self.notes = []

    def add(self, kind, created, count=1):
        (self.created if created else self.present)[kind] += count

    def lines(self):
        kinds = list(dict.fromkeys([*self.created, *self.present]))
        width = max((len(kind) for kind in kinds), default=0)
        for kind in kinds:
            yield (
                f"  {kind:<{width}}  created {self.created[kind]:>3}, "
                f"already present {self.present[kind]:>3}"
            )
        for note in self.notes:
            yield f"  - {note}"


# --- Generated media -------------------------------------------------------------------------


def png_bytes(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_fields(draw, width, top, height, vanishing_x):
    """Crop rows converging on the horizon, in alternating greens."""
    bottom = top + height
    draw.rectangle([0, top, width, bottom], fill=(54, 110, 58))
    step = width // 8
    for index, x in enumerate(range(vanishing_x - 3 * width, vanishing_x + 3 * width, step)):
        colour = (54, 110, 58) if index % 2 else (86, 140, 64)
        draw.polygon([(vanishing_x, top), (x, bottom), (x + step, bottom)], fill=colour)


def hero_image():
    width, height, horizon = 1600, 800, 460
    image = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top, low = (32, 52, 96), (242, 160, 82)
    for y in range(horizon):
        t = y / horizon
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, low, strict=True)),
        )
    draw.ellipse(
        [width // 2 - 110, horizon - 110, width // 2 + 110, horizon + 110], fill=(255, 214, 120)
    )
    draw_fields(draw, width, horizon, height - horizon, width // 2)
    return png_bytes(image)


def font(size):
    return ImageFont.load_default(size=size)


def share_image():
    width, height = 1200, 630
    image = PILImage.new("RGB", (width, height), (31, 78, 121))
    draw = ImageDraw.Draw(image)
    draw_fields(draw, width, 430, 200, width - 200)
    name, subtitle, tagline = demo.SHARE_IMAGE_LINES
    draw.text((72, 110), name, font=font(96), fill="white")
    draw.text((72, 220), subtitle, font=font(56), fill="white")
    draw.text((72, 310), tagline, font=font(36), fill=(255, 214, 120))
    return png_bytes(image)


def initials(name, acronym):
    if acronym:
        return acronym
    skip = {"and", "of", "the", "de", "des", "la", "aux", "for"}
    return "".join(word[0] for word in name.split() if word.lower() not in skip)[:3].upper()


def logo_image(text, colour):
    size = 400
    image = PILImage.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, size - 8, size - 8], fill=colour)
    font_size = 160
    while font(font_size).getlength(text) > size * 0.7:
        font_size -= 8
    draw.text((size / 2, size / 2), text, font=font(font_size), fill="white", anchor="mm")
    return png_bytes(image)


def escape(text):
    """Plain text as ReportLab paragraph markup."""
    return html.escape(text, quote=False)


def pdf_text(text):
    """Wagtail rich text (p, b) or plain text, as ReportLab paragraph markup."""
    return text.replace("<p>", "").replace("</p>", " ").strip()


def brief_pdf(brief, submitters, endorsers):
    """A one- or two-page PDF of a policy brief, rendered in memory."""
    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    body, heading = styles["BodyText"], styles["Heading2"]
    document = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        title=brief["title"],
        author=demo.COALITION_NAME,
        subject=f"Brief to the {brief['addressed_to']}",
        leftMargin=inch,
        rightMargin=inch,
        topMargin=0.9 * inch,
        bottomMargin=0.9 * inch,
        invariant=1,
    )
    items = []
    for text, sub_points in brief["recommendations"]:
        children = [Paragraph(escape(text), body)]
        if sub_points:
            children.append(
                ListFlowable(
                    [ListItem(Paragraph(escape(point), body)) for point in sub_points],
                    bulletType="bullet",
                    start="•",
                    leftIndent=18,
                )
            )
        items.append(ListItem(children))
    story = [
        Paragraph(escape(demo.COALITION_NAME), styles["Normal"]),
        Paragraph(escape(brief["title"]), styles["Title"]),
        Paragraph(
            f"Submitted to the {escape(brief['addressed_to'])}, "
            f"{brief['date']:%B} {brief['date'].day}, {brief['date']:%Y}",
            styles["Italic"],
        ),
        Spacer(1, 12),
        Paragraph("Summary", heading),
        Paragraph(pdf_text(brief["summary"]), body),
        Paragraph("Recommendations", heading),
        ListFlowable(items, bulletType="1", bulletFormat="%s.", leftIndent=18),
        Paragraph("Submitted by", heading),
        Paragraph(escape("; ".join(org.name for org in submitters)), body),
        Paragraph("Endorsed by", heading),
        Paragraph(escape("; ".join(org.name for org in endorsers)), body),
    ]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(inch, 0.5 * inch, "Demo document: all organizations are fictional.")
        canvas.drawRightString(LETTER[0] - inch, 0.5 * inch, f"Page {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


# --- Loader ----------------------------------------------------------------------------------


def release_time(date):
    """9 a.m. Eastern on a release date, used as the page's first publication time."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))


def recommendations(items):
    return [
        ("recommendation", {"text": text, "sub_points": list(sub_points)})
        for text, sub_points in items
    ]


class DemoLoader:
    def __init__(self, report):
        self.report = report
        self.locale = None
        self.images = get_image_model()
        self.documents = get_document_model()

    def run(self):
        self.ensure_locales()
        hero = self.ensure_image(demo.HERO_IMAGE_TITLE, "demo-hero.png", hero_image)
        share = self.ensure_image(demo.SHARE_IMAGE_TITLE, "demo-share.png", share_image)
        home, site = self.ensure_home(hero)
        self.ensure_standard_page(home, demo.ABOUT)
        privacy = self.ensure_standard_page(home, demo.PRIVACY)
        contacts = self.ensure_media_contacts()
        organizations = self.ensure_organizations()
        press = self.ensure_index(home, PressReleaseIndexPage, demo.PRESS_INDEX)
        for release in demo.PRESS_RELEASES:
            self.ensure_press_release(press, release, contacts)
        policy = self.ensure_index(home, PolicyBriefIndexPage, demo.POLICY_INDEX)
        for brief in demo.POLICY_BRIEFS:
            self.ensure_policy_brief(policy, brief, organizations)
        self.ensure_index(home, CoalitionPage, demo.COALITION)
        petitions = self.ensure_index(home, PetitionIndexPage, demo.PETITION_INDEX)
        for data in demo.PETITIONS:
            self.ensure_petition(home, petitions, data)
        self.ensure_site_settings(site, privacy, share)
        DemoTranslator(self.report).run(home)

    # Locales and the site root

    def ensure_locales(self):
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            self.report.add("locales", created)
        self.locale = Locale.get_default()

    def ensure_home(self, hero):
        root = Page.get_first_root_node()
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        current = site.root_page.specific if site else None
        if isinstance(current, HomePage):
            self.report.add("pages", False)
            return current, site

        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        if self.is_wagtail_welcome_page(current, site):
            # Site.root_page cascades on delete: point the site at the tree root first.
            site.root_page = root
            site.save()
            current.delete()
            root.refresh_from_db()
            self.report.notes.append(f"Removed Wagtail's default page “{current.title}”.")
        elif current is not None and current.depth > 1:
            self.report.notes.append(
                f"The default site's root was “{current.title}”; it was left in place and the "
                "site now starts at the demo home page."
            )

        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            home = self.create_home(root, hero)
        else:
            self.report.add("pages", False)
        site.root_page = home
        site.site_name = site.site_name or demo.COALITION_NAME
        site.save()
        return home, site

    @staticmethod
    def is_wagtail_welcome_page(page, site):
        """Wagtail's own placeholder root page, which nothing else depends on."""
        return (
            page is not None
            and page.depth == 2
            and page.specific_class is Page
            and not page.get_children().exists()
            and not Site.objects.filter(root_page=page).exclude(pk=site.pk).exists()
        )

    def create_home(self, root, hero):
        data = demo.HOME
        slug = data["slug"]
        if root.get_children().filter(slug=slug).exists():
            slug = "coalition-home"
        home = HomePage(
            title=data["title"],
            slug=slug,
            locale=self.locale,
            seo_title=data["seo_title"],
            search_description=data["search_description"],
            hero_heading=data["hero_heading"],
            hero_text=data["hero_text"],
            hero_image=hero,
            hero_image_alt=data["hero_image_alt"],
            body=list(data["body"]),
        )
        return self.publish_child(root, home)

    # Pages

    def publish_child(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.add("pages", True)
        return page

    def find_child(self, parent, model, slug):
        page = Page.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            return None
        page = page.specific
        if not isinstance(page, model):
            raise CommandError(
                f"The slug “{slug}” under “{parent.title}” is taken by a "
                f"{page.specific_class._meta.verbose_name}, not a {model._meta.verbose_name}. "
                "Rename or delete that page and run load_demo again."
            )
        self.report.add("pages", False)
        return page

    def ensure_standard_page(self, home, data):
        page = self.find_child(home, StandardPage, data["slug"])
        if page:
            return page
        page = StandardPage(
            title=data["title"],
            slug=data["slug"],
            show_in_menus=data["show_in_menus"],
            introduction=data["introduction"],
            body=list(data["body"]),
        )
        return self.publish_child(home, page)

    def ensure_index(self, home, model, data):
        """Index pages are one per site: found by type first, so a renamed slug still counts."""
        page = model.objects.child_of(home).first()
        if page:
            self.report.add("pages", False)
            return page
        page = self.find_child(home, model, data["slug"])
        if page:
            return page
        page = model(
            title=data["title"],
            slug=data["slug"],
            show_in_menus=data["show_in_menus"],
            introduction=data["introduction"],
        )
        return self.publish_child(home, page)

    def ensure_press_release(self, index, data, contacts):
        if self.find_child(index, PressReleasePage, data["slug"]):
            return
        page = PressReleasePage(
            title=data["title"],
            slug=data["slug"],
            release_date=data["release_date"],
            dateline_city=data["dateline_city"],
            lede=data["lede"],
            body=list(data["body"]),
            first_published_at=release_time(data["release_date"]),
        )
        page.tags.add(*data["tags"])
        page.media_contacts = [
            PressReleaseMediaContact(contact=contacts[key], sort_order=order)
            for order, key in enumerate(data["contacts"])
        ]
        self.publish_child(index, page)

    def ensure_petition(self, home, index, data):
        if self.find_child(index, PetitionPage, data["slug"]):
            return
        fields = ["title", "slug", "summary", "request", "addressed_to", "goal", "status"]
        page = PetitionPage(
            **{name: data[name] for name in fields},
            share_text=data["share_text"],
            body=list(data["body"]),
        )
        page = self.publish_child(index, page)
        if data["featured"]:
            home.featured_petitions.create(petition=page)
        self.add_demo_signatures(page, data["demo_signatures"])

    def add_demo_signatures(self, petition, count):
        """Confirmed signatures from fictional signers in random ridings (when the ridings
        have been imported: `make demo` imports them first)."""
        ridings = list(Riding.objects.current())
        if not ridings:
            self.report.notes.append("No ridings imported: demo petitions have no signatures.")
            return
        rng = random.Random(petition.slug)  # noqa: S311 - demo data, not security
        now = timezone.now()
        Signature.objects.bulk_create(
            Signature(
                petition=petition,
                full_name=" ".join(
                    [rng.choice(demo.DEMO_GIVEN_NAMES), rng.choice(demo.DEMO_FAMILY_NAMES)]
                ),
                email=f"signer{number}@example.org",
                postal_code="K1A 0A6",
                riding=rng.choice(ridings),
                consent=rng.choice(list(Signature.Consent)),
                confirmed_at=now,
            )
            for number in range(count)
        )
        self.report.add("signatures", True, count)

    def ensure_policy_brief(self, index, data, organizations):
        if self.find_child(index, PolicyBriefPage, data["slug"]):
            return
        submitters = [organizations[key] for key in data["submitters"]]
        endorsers = [organizations[key] for key in data["endorsers"]]
        document = self.ensure_document(
            data["title"],
            f"{data['slug']}.pdf",
            lambda: brief_pdf(data, submitters, endorsers),
        )
        Role = PolicyBriefOrganization.Role
        page = PolicyBriefPage(
            title=data["title"],
            slug=data["slug"],
            date=data["date"],
            addressed_to=data["addressed_to"],
            summary=data["summary"],
            recommendations=recommendations(data["recommendations"]),
            body=list(data["body"]),
            first_published_at=release_time(data["date"]),
        )
        page.documents = [PolicyBriefDocument(document=document, sort_order=0)]
        roles = [(org, Role.SUBMITTER) for org in submitters] + [
            (org, Role.ENDORSER) for org in endorsers
        ]
        page.organizations = [
            PolicyBriefOrganization(organization=org, role=role, sort_order=order)
            for order, (org, role) in enumerate(roles)
        ]
        self.publish_child(index, page)

    # Snippets, images and documents

    def ensure_media_contacts(self):
        contacts = {}
        for key, fields in demo.MEDIA_CONTACTS.items():
            contact, created = MediaContact.objects.get_or_create(
                name=fields["name"], locale=self.locale, defaults=fields
            )
            self.report.add("media contacts", created)
            contacts[key] = contact
        return contacts

    def ensure_organizations(self):
        organizations = {}
        for key, row in demo.ORGANIZATIONS.items():
            name, acronym, province, city, membership, host, colour, description = row
            organization = Organization.objects.filter(name=name, locale=self.locale).first()
            self.report.add("organizations", organization is None)
            if organization is None:
                logo = self.ensure_logo(name, acronym, host, colour) if colour else None
                organization = Organization.objects.create(
                    name=name,
                    acronym=acronym,
                    province=province,
                    city=city,
                    membership=membership,
                    website=f"https://{host}.example.org/",
                    logo=logo,
                    description=description,
                    locale=self.locale,
                )
            organizations[key] = organization
        return organizations

    def ensure_logo(self, name, acronym, host, colour):
        return self.ensure_image(
            f"Demo logo: {name}",
            f"demo-logo-{host}.png",
            lambda: logo_image(initials(name, acronym), colour),
        )

    def ensure_image(self, title, filename, render):
        return self.ensure_file(self.images, "images", title, filename, render)

    def ensure_document(self, title, filename, render):
        return self.ensure_file(self.documents, "documents", title, filename, render)

    def ensure_file(self, model, kind, title, filename, render):
        """The image or document with this title, made from `render()`'s bytes if missing."""
        instance = model.objects.filter(title=title).first()
        self.report.add(kind, instance is None)
        if instance is None:
            data = render()
            instance = model(
                title=title,
                file=ContentFile(data, name=filename),
                file_size=len(data),
                file_hash=hash_filelike(io.BytesIO(data)),
            )
            instance.save()
        return instance

    # Settings

    def ensure_site_settings(self, site, privacy, share):
        site_settings = SiteSettings.for_site(site)
        values = {
            **demo.SITE_SETTINGS,
            "privacy_page": privacy,
            "default_share_image": share,
        }
        default_name = SiteSettings._meta.get_field("organization_name").default
        changed = []
        for field, value in values.items():
            current = getattr(site_settings, field)
            if current in (None, "") or (field == "organization_name" and current == default_name):
                setattr(site_settings, field, value)
                changed.append(field)
        if changed:
            site_settings.save()
            self.report.notes.append(f"Filled site settings: {', '.join(changed)}.")
        else:
            self.report.notes.append("Site settings were already filled; left unchanged.")


# --- Translations ----------------------------------------------------------------------------


class DemoTranslator:
    """Synchronizes the translated trees, then translates the demo content listed in
    home/demo_translations.py the way wagtail-localize's translation editor does: a
    TranslationSource for the English object, a Translation into the target locale, a
    StringTranslation per segment, then Translation.save_target(), which turns the alias that the
    synchronization made into a real, published translation (or creates the snippet's).

    Anything that already has a real translation in the target language is left alone, so a
    translator's work is never overwritten."""

    def __init__(self, report):
        self.report = report

    def run(self, home):
        self.sync_trees()
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        for code, paths in demo_translations.PAGES.items():
            locale = locales.get(code)
            if locale is None:
                self.report.notes.append(
                    f"No “{code}” locale: its demo translations were skipped."
                )
                continue
            if code in demo_translations.SNIPPET_LANGUAGES:
                # Before the pages, whose related-object segments point at these snippets.
                for model in (MediaContact, Organization):
                    for snippet in model.objects.filter(locale_id=home.locale_id):
                        self.translate(snippet, locale, "snippet translations")
            for path in paths:
                page = self.find_page(home, path)
                if page is None:
                    self.report.notes.append(
                        f"No English page at “/{path}”, so it was not translated into {code}."
                    )
                    continue
                self.translate(page, locale, "page translations")

    def sync_trees(self):
        """What wagtail-localize does when a locale is set to synchronize from English: every
        English page not yet in a locale gets an alias there. Pages that already have an alias
        or a translation are skipped, so this is safe to repeat."""
        aliases = Page.objects.filter(alias_of__isnull=False)
        before = aliases.count()
        # One index of the pages for every locale, as wagtail-localize's sync_locale_trees does.
        page_index = PageIndex.from_database().sort_by_tree_position()
        for synchronization in LocaleSynchronization.objects.select_related("locale", "sync_from"):
            synchronization.sync_trees(page_index=page_index)
        created = aliases.count() - before
        self.report.add("alias pages", True, created)
        self.report.add("alias pages", False, before)

    @staticmethod
    def find_page(home, path):
        page = home
        for slug in filter(None, path.split("/")):
            page = Page.objects.child_of(page).filter(slug=slug).first()
            if page is None:
                return None
        return page.specific

    def translate(self, instance, locale, kind):
        code = locale.language_code
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            self.report.add(kind, False)
            return
        strings = demo_translations.TRANSLATIONS[code]
        # update_or_create: if the English text changed since a source was last extracted, the
        # translation is made from the current text.
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        # As wagtail-localize's "Translate" action does: a translation disabled when its page was
        # deleted is enabled again.
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        untranslated = 0
        for segment in source.stringsegment_set.select_related("string", "context"):
            text = strings.get(segment.string.data)
            if text is None:
                field = segment.context.path.rsplit(".", 1)[-1]
                untranslated += field not in demo_translations.NAME_FIELDS
                continue
            string_translation, _created = StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": "",
                    "has_error": False,
                    "field_error": "",
                },
            )
            if string_translation.has_error:
                # Invalid HTML, or a link that is not in the English text: wagtail-localize
                # would silently publish the English text instead.
                raise CommandError(
                    f"home/demo_translations.py: the {code} translation of "
                    f"“{segment.string.data[:60]}” is not valid rich text for this segment."
                )
        # Untranslated segments keep the English text (wagtail-localize's "fallback"), and the
        # translated page is published when the transaction commits.
        translation.save_target(publish=True)
        self.report.add(kind, True)
        if untranslated:
            self.report.notes.append(
                f"{untranslated} text(s) of “{instance}” have no {code} translation in "
                "home/demo_translations.py and stay in English."
            )


# --- Command ---------------------------------------------------------------------------------


class Command(BaseCommand):
    help = (
        "Create demo content: a home page, about and privacy pages, news releases, policy "
        "briefs with PDFs, coalition members, media contacts, site settings and a demo admin "
        "login; synchronize the French, Spanish, Punjabi and Tagalog trees and translate some "
        "of it into each language. Safe to run again: existing content is found and left "
        "unchanged."
    )

    def add_arguments(self, parser):
        admin = parser.add_mutually_exclusive_group()
        admin.add_argument(
            "--no-admin",
            action="store_true",
            help=f"Do not create the demo superuser “{ADMIN_USERNAME}”.",
        )
        admin.add_argument(
            "--with-admin",
            action="store_true",
            help="Create the demo superuser even when DEBUG is off (never in production).",
        )

    def handle(self, *args, no_admin=False, with_admin=False, **options):
        started = time.monotonic()
        report = Report()
        # Wagtail logs every page creation and publication; keep that for -v 2.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        if options["verbosity"] < 2:
            wagtail_logger.setLevel(logging.WARNING)
        try:
            with transaction.atomic():
                DemoLoader(report).run()
        finally:
            wagtail_logger.setLevel(level)
        login = self.ensure_admin(report, no_admin=no_admin, with_admin=with_admin)

        self.stdout.write(
            self.style.SUCCESS(f"Demo content loaded in {time.monotonic() - started:.1f} s.")
        )
        for line in report.lines():
            self.stdout.write(line)
        if login:
            self.stdout.write(login)

    def ensure_admin(self, report, *, no_admin, with_admin):
        """The demo superuser; returns the line telling how to log in, if there is one."""
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        User = get_user_model()
        existing = User.objects.filter(username=ADMIN_USERNAME).first()
        if existing and existing.is_superuser and existing.check_password(ADMIN_PASSWORD):
            report.add("admin user", False)
            return f"Log in at {admin_url} as {ADMIN_USERNAME} / {ADMIN_PASSWORD}"
        if no_admin:
            return None
        if User.objects.filter(is_superuser=True).exists():
            report.notes.append("A superuser already exists, so no demo admin was created.")
            return f"Log in at {admin_url} with your existing superuser."
        if not settings.DEBUG and not with_admin:
            self.stderr.write(
                self.style.WARNING(
                    "DEBUG is off: not creating the demo superuser with its published password. "
                    "Pass --with-admin to create it anyway, or use createsuperuser."
                )
            )
            return None
        if existing:
            report.notes.append(
                f"A user named “{ADMIN_USERNAME}” exists but is not a superuser; left unchanged."
            )
            return None
        User.objects.create_superuser(ADMIN_USERNAME, "admin@example.org", ADMIN_PASSWORD)
        report.add("admin user", True)
        return f"Log in at {admin_url} as {ADMIN_USERNAME} / {ADMIN_PASSWORD}"
