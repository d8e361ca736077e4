"""Reading site settings from background workers."""

import pytest

from home.models import SiteSettings


@pytest.mark.django_db
def test_workers_read_site_settings_without_creating_them(site, settings):
    """Reading the site settings never writes.

    Two packet workers once both created the missing settings row (Wagtail's for_site() does
    get_or_create) and one failed on the unique site.
    """
    assert not SiteSettings.objects.exists()
    assert SiteSettings.organization_name_for(site) == settings.WAGTAIL_SITE_NAME
    assert SiteSettings.organization_name_for(None) == settings.WAGTAIL_SITE_NAME
    assert not SiteSettings.objects.exists()

    SiteSettings.objects.create(site=site, organization_name="Trellis Coalition")
    assert SiteSettings.organization_name_for(site) == "Trellis Coalition"
