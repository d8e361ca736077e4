"""Press releases and policy briefs on pages of other apps.

`{% latest_press page %}`, the home page's sections.
"""

from django import template

from home.templatetags.site_tags import site_navigation
from press.models import PolicyBriefPage, PressReleasePage

register = template.Library()

LATEST_COUNT = 3


@register.inclusion_tag("press/includes/latest_press.html", takes_context=True)
def latest_press(context, home_page):
    """The latest press releases and policy briefs in the home page's language.

    Newest first, each list with the link to its index page (from the site navigation, which the
    page has already built: no query).
    """
    sections = site_navigation(context).sections
    # locale_id, not locale: the page's Locale would cost a query of its own.
    locale = home_page.locale_id
    return {
        "latest_press_releases": PressReleasePage.objects.published_in(locale)[:LATEST_COUNT],
        "latest_policy_briefs": PolicyBriefPage.objects.published_in(locale)[:LATEST_COUNT],
        "press_release_index": sections.get("press_releases"),
        "policy_brief_index": sections.get("policy_briefs"),
    }
