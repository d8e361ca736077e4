"""Press releases, policy briefs and the coalition on pages of other apps.

`{% latest_press page %}` and `{% coalition_at_a_glance page %}`, the home page's sections.
"""

from django import template
from django.conf import settings
from django.core.cache import cache

from home.templatetags.site_tags import site_navigation
from press.choices import Membership
from press.coalition import ROLE_ORDER
from press.models import Organization, PolicyBriefPage, PressReleasePage

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


@register.inclusion_tag("press/includes/coalition_at_a_glance.html", takes_context=True)
def coalition_at_a_glance(context, home_page):
    """The coalition in two numbers: member organizations, and provinces and territories.

    Counted on the source-language snippets (translations are the same organizations), in one
    query; with the link to the coalition page when there is one.
    """
    figures = cache.get_or_set(GLANCE_CACHE_KEY, coalition_figures, GLANCE_TTL)
    return {**figures, "coalition_page": site_navigation(context).sections.get("coalition")}


# The home page's figures change with a members' import, rarely: a few minutes late is fine,
# and the home page (the busiest) then makes no query for them.
GLANCE_CACHE_KEY = "press:coalition-at-a-glance"
GLANCE_TTL = 300


def coalition_figures():
    """Member organizations, founding members, and provinces or territories with a member."""
    members = Organization.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, membership__in=ROLE_ORDER
    )
    rows = list(members.values_list("province", "membership"))
    return {
        "member_count": len(rows),
        "founding_count": sum(1 for _p, m in rows if m == Membership.FOUNDING_MEMBER),
        "province_count": len({province for province, _m in rows if province}),
    }
