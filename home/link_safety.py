"""Links in content may only be http, https, mailto, tel or relative URLs.

Translators of one language may publish their language's pages. wagtail-localize lets them
override a page's links (a rich-text link's href, a URL field or block) in its editor, and saves
whatever they type (`edit_override`), `javascript:` included: a script link on a published page
of the coalition's site. Two guards, both connected in home/apps.py:

- `refuse_unsafe_override`, on saving a SegmentOverride: a link with another scheme is marked
  as an error with a translated message, the way wagtail-localize marks an override that failed
  validation (`has_error`, `field_error`). Its editor then shows the message on the field, and
  an override with an error is never applied to the translation. (Raising instead would make
  the editor's API answer 400, which its editor ignores: the field would show "Changed" while
  nothing was saved.)
- `neutralize_unsafe_links`, on saving any translatable model with rich text, stream or URL
  fields (pages, snippets): an unsafe rich-text link loses its href (it stays as text, as Wagtail
  renders a link of an unknown type) and an unsafe URL field or block is emptied, whatever wrote
  it (an override saved before this guard, an import, a shell). Nothing else is changed.

A URL's scheme is read as a browser reads it: after HTML character references are decoded, with
leading control characters and spaces stripped and tabs and line breaks removed anywhere
(a tab inside "javascript:" changes nothing).
"""

import html
import json
import logging
import re

from bs4 import BeautifulSoup
from django.db import models
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

logger = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Attributes whose value a browser follows or runs as a URL.
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href")
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
IGNORED_EVERYWHERE = re.compile(r"[\t\n\r]")
STRIPPED_AT_ENDS = "".join(chr(code) for code in range(0x21))  # C0 controls and space


def scheme(url):
    """The scheme a browser would see in `url` (lower case), or None for a relative URL."""
    text = IGNORED_EVERYWHERE.sub("", str(url).strip(STRIPPED_AT_ENDS))
    match = SCHEME.match(text)
    return match.group(1).lower() if match else None


def is_safe_url(url):
    """Whether `url` is http, https, mailto, tel or relative, with its entities decoded too."""
    return all(scheme(text) in ALLOWED_SCHEMES | {None} for text in (url, html.unescape(url)))


def safe_rich_text(markup):
    """`markup` with the unsafe URLs of its tags removed; unchanged (the same string) if none."""
    if not markup or ":" not in markup:
        return markup
    soup = BeautifulSoup(markup, "html.parser")
    changed = False
    for tag in soup.find_all(True):
        for name in URL_ATTRIBUTES:
            value = tag.attrs.get(name)
            if isinstance(value, str) and not is_safe_url(value):
                del tag.attrs[name]
                changed = True
    return str(soup) if changed else markup


# --- Overrides in wagtail-localize's editor ---------------------------------------------------


def _is_plain_text(override):
    """Whether the override is of a plain text field (an acronym, a city), not a link.

    Its field is the first part of its context's path, on the model of the content it overrides.
    Anything that cannot be told is treated as a link.
    """
    from wagtail_localize.models import OverridableSegment

    segment = (
        OverridableSegment.objects.filter(context_id=override.context_id)
        .select_related("source__specific_content_type", "context")
        .first()
    )
    if segment is None:
        return False
    model = segment.source.specific_content_type.model_class()
    try:
        field = model._meta.get_field(segment.context.path.split(".")[0])
    except Exception:  # an unknown path: treat it as a link
        return False
    link_fields = (models.URLField, models.EmailField, RichTextField)
    return isinstance(field, models.CharField | models.TextField) and not isinstance(
        field, link_fields
    )


def _refusal():
    return _(
        "This link cannot be saved: links may only start with http:, https:, mailto: or tel:, "
        "or point to a page of this site."
    )


def refuse_unsafe_override(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of SegmentOverride: mark a link with another scheme as an error, never applied.

    A later safe value clears the mark (only ours: wagtail-localize's own errors, saved with
    update_fields that leave the value out, are left alone).
    """
    if raw or (update_fields is not None and "data_json" not in update_fields):
        return
    try:
        value = json.loads(instance.data_json)
    except (TypeError, ValueError):
        return
    if isinstance(value, str) and not is_safe_url(value) and not _is_plain_text(instance):
        instance.has_error = True
        instance.field_error = _refusal()
    elif instance.has_error and instance.field_error == _refusal():
        instance.has_error = False
        instance.field_error = ""


def store_override_refusal(sender, instance, raw=False, update_fields=None, **kwargs):
    """post_save of SegmentOverride: store the mark when the save named only some fields.

    The editor saves an existing override with update_or_create, which saves the fields it
    changed only (the value, not the error): the mark set by refuse_unsafe_override would not
    reach the database.
    """
    if raw or update_fields is None or "data_json" not in update_fields:
        return
    sender.objects.filter(pk=instance.pk).update(
        has_error=instance.has_error, field_error=instance.field_error
    )


# --- Saved content ----------------------------------------------------------------------------


def _safe_block_value(block, raw):
    """(raw value of `block` with unsafe links removed, whether anything changed)."""
    if isinstance(block, blocks.RichTextBlock) and isinstance(raw, str):
        cleaned = safe_rich_text(raw)
        return cleaned, cleaned is not raw
    if isinstance(block, blocks.URLBlock) and isinstance(raw, str):
        return ("", True) if raw and not is_safe_url(raw) else (raw, False)
    changed = False
    if isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        for child in raw:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                child["value"], child_changed = _safe_block_value(child_block, child.get("value"))
                changed |= child_changed
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child_block in block.child_blocks.items():
            if name in raw:
                raw[name], child_changed = _safe_block_value(child_block, raw[name])
                changed |= child_changed
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for index, item in enumerate(raw):
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item["value"], child_changed = _safe_block_value(block.child_block, item["value"])
            else:
                raw[index], child_changed = _safe_block_value(block.child_block, item)
            changed |= child_changed
    return raw, changed


def neutralize_unsafe_links(sender, instance, raw=False, **kwargs):
    """pre_save of translatable content: drop unsafe URLs from its rich text, streams and URLs."""
    if raw:
        return
    for field in sender._meta.concrete_fields:
        value = getattr(instance, field.attname, None)
        if not value:
            continue
        if isinstance(field, RichTextField):
            cleaned = safe_rich_text(value)
            changed = cleaned is not value
        elif isinstance(field, StreamField):
            data = field.stream_block.get_prep_value(value)
            cleaned, changed = _safe_block_value(field.stream_block, data)
        elif isinstance(field, models.URLField):
            cleaned, changed = "", not is_safe_url(value)
        else:
            continue
        if changed:
            logger.warning(
                "Removed an unsafe link from %s %s, field %s",
                sender._meta.label,
                instance.pk,
                field.name,
            )
            setattr(instance, field.attname, cleaned)


def guarded_models(all_models):
    """The translatable models that have a field a link can be saved in."""
    kinds = (RichTextField, StreamField, models.URLField)
    return [
        model
        for model in all_models
        if issubclass(model, TranslatableMixin)
        and not model._meta.abstract
        and any(isinstance(field, kinds) for field in model._meta.concrete_fields)
    ]
