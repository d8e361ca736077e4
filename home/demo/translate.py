"""Translating the demo content through wagtail-localize, as a translator would.

What is translated comes from every app's demo translations (TRANSLATIONS, TRANSLATED_PAGES,
TRANSLATED_SNIPPETS: see home/demo/__init__.py), gathered in one TranslationPlan.
"""

from dataclasses import dataclass, field

from django.core.management.base import CommandError
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    LocaleSynchronization,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import PageIndex

# Fields that hold a name (a person's, an organization's, a city's): their text is kept as
# written when no translation is given, and load_demo does not report it as missing.
NAME_FIELDS = frozenset({"attribution", "organization", "name", "dateline_city"})


@dataclass
class TranslationPlan:
    """Every app's demo translations, by language.

    The strings (English segment → translation), and the snippet models and page paths to
    translate, each with the file its strings live in (for the report).
    """

    strings: dict = field(default_factory=dict)
    snippets: dict = field(default_factory=dict)  # code -> [(model, file)]
    pages: dict = field(default_factory=dict)  # code -> [(path under the home page, file)]

    @classmethod
    def gather(cls, sources):
        """The plan of `sources` (modules with the demo translation names), in their order."""
        plan = cls()
        for source in sources:
            app = source.__name__.split(".")[0]
            for code, strings in source.TRANSLATIONS.items():
                merged = plan.strings.setdefault(code, {})
                for english, text in strings.items():
                    if merged.setdefault(english, text) != text:
                        raise CommandError(
                            f"Two {code} demo translations of “{english[:60]}” differ: "
                            f"one is in {app}/demo/translations/{code}.py."
                        )
            for code, models in getattr(source, "TRANSLATED_SNIPPETS", {}).items():
                file = f"{app}/demo/translations/{code}.py"
                plan.snippets.setdefault(code, []).extend((model, file) for model in models)
            for code, paths in source.TRANSLATED_PAGES.items():
                file = f"{app}/demo/translations/{code}.py"
                plan.pages.setdefault(code, []).extend((path, file) for path in paths)
        return plan

    def languages(self):
        return list(dict.fromkeys([*self.pages, *self.snippets]))


class DemoTranslator:
    """Translates the demo content of a TranslationPlan through wagtail-localize.

    It synchronizes the translated trees, then translates the way wagtail-localize's translation
    editor does: a TranslationSource for the English object, a Translation into the target locale,
    a StringTranslation per segment, then Translation.save_target(), which turns the alias that the
    synchronization made into a real, published translation (or creates the snippet's).

    Anything that already has a real translation in the target language is left alone, so a
    translator's work is never overwritten.
    """

    def __init__(self, report, plan):
        self.report = report
        self.plan = plan

    def run(self, home):
        self.sync_trees()
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        for code in self.plan.languages():
            locale = locales.get(code)
            if locale is None:
                self.report.notes.append(
                    f"No “{code}” locale: its demo translations were skipped."
                )
                continue
            # Before the pages, whose related-object segments point at these snippets.
            for model, file in self.plan.snippets.get(code, []):
                for snippet in model.objects.filter(locale_id=home.locale_id):
                    self.translate(snippet, locale, "snippet translations", file)
            for path, file in self.plan.pages.get(code, []):
                page = self.find_page(home, path)
                if page is None:
                    self.report.notes.append(
                        f"No English page at “/{path}”, so it was not translated into {code}."
                    )
                    continue
                self.translate(page, locale, "page translations", file)

    def sync_trees(self):
        """What wagtail-localize does when a locale is set to synchronize from English.

        Every English page not yet in a locale gets an alias there. Pages that already have an
        alias or a translation are skipped, so this is safe to repeat.
        """
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

    def translate(self, instance, locale, kind, file):
        """Translate `instance` into `locale` with the plan's strings.

        `file` is where they live, for the report.
        """
        code = locale.language_code
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            self.report.add(kind, False)
            return
        strings = self.plan.strings.get(code, {})
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
                field_name = segment.context.path.rsplit(".", 1)[-1]
                untranslated += field_name not in NAME_FIELDS
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
                    f"{file}: the {code} translation of "
                    f"“{segment.string.data[:60]}” is not valid rich text for this segment."
                )
        # Untranslated segments keep the English text (wagtail-localize's "fallback"), and the
        # translated page is published when the transaction commits.
        translation.save_target(publish=True)
        self.report.add(kind, True)
        if untranslated:
            self.report.notes.append(
                f"{untranslated} text(s) of “{instance}” have no {code} translation in "
                f"{file} and stay in English."
            )
