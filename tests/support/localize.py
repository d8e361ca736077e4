"""Helpers for tests of translated content, through wagtail-localize's own models.

Submit a page or snippet for translation, translate its strings, publish, synchronize trees.

wagtail-localize publishes a translated page or snippet when the transaction commits
(`transaction.on_commit`), which never happens inside a test's transaction: `committing()` runs
those callbacks, as a real commit would.
"""

from wagtail.models import Locale
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from tests.support.database import committing


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def sync_tree(language_code):
    """Copy the English tree into the tree of `language_code` as aliases.

    This is what wagtail-localize does when a locale's "Synchronise content" setting is saved (its
    jobs run inline).
    """
    with committing():
        LocaleSynchronization.objects.get(locale__language_code=language_code).sync_trees()


def submit(instance, language_code):
    """Submit `instance` (a page or snippet) for translation into `language_code`.

    This is what the admin's "Translate" does. Returns the Translation.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale(language_code)
    )
    return translation


def segments(translation):
    return (
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )


def source_strings(translation):
    """The source (English) strings of a translation, in order."""
    return [segment.string.data for segment in segments(translation)]


def translated_strings(translation):
    """{source string: translated string} of the strings translated so far."""
    return {
        string_translation.translation_of.data: string_translation.data
        for string_translation in StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        ).select_related("translation_of")
    }


def translate_strings(translation, strings):
    """Translate each segment whose source text is a key of `strings`.

    Every key must be a source string.
    """
    translated = set()
    for segment in segments(translation):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )
            translated.add(segment.string.data)
    missing = set(strings) - translated
    assert not missing, f"not source strings of {translation.source}: {missing}"


def translate(instance, language_code, strings=None, publish=True):
    """Submit `instance` for translation into `language_code`, translate it and return it.

    Translate the strings given ({English: translation}; the others fall back to English), save the
    translated instance (publishing it unless publish=False) and return it.
    """
    translation = submit(instance, language_code)
    translate_strings(translation, strings or {})
    with committing():
        translation.save_target(publish=publish)
    return instance.get_translation(translation.target_locale)
