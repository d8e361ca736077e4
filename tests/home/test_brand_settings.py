"""The brand in the site settings: colours refused in the admin, /brand.css, names, icons."""

import pytest
from django.urls import reverse
from django.utils import translation

from home import brand
from home.models import OrganizationName, SiteSettings
from tests.factories import ImageFactory
from tests.support.html import soup


def form_data(response):
    """The values the settings edit form would post, as a browser fills them."""
    form = soup(response).find("form", id="w-editor-form")
    data = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or element.get("type") in ("submit", "button", "file"):
            continue
        if element.get("type") == "checkbox" and not element.has_attr("checked"):
            continue
        if element.name == "select":
            selected = element.find("option", selected=True)
            data[name] = selected["value"] if selected else ""
        elif element.name == "textarea":
            data[name] = element.get_text()
        else:
            data[name] = element.get("value", "")
    return data


def edit_url(site):
    return reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])


@pytest.mark.django_db
def test_admin_refuses_a_primary_colour_that_fails_contrast(admin_client, site):
    SiteSettings.objects.create(site=site, organization_name="Trellis")
    data = form_data(admin_client.get(edit_url(site)))
    data["primary_colour"] = "#ffbf47"  # white on amber: 1.7:1

    response = admin_client.post(edit_url(site), data)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["primary_colour"]
    assert "WCAG AA" in errors["primary_colour"][0]
    assert SiteSettings.objects.get(site=site).primary_colour == brand.DEFAULT_PRIMARY


@pytest.mark.django_db
def test_admin_saves_passing_colours_and_names_per_language(admin_client, site):
    SiteSettings.objects.create(site=site, organization_name="Trellis Coalition")
    data = form_data(admin_client.get(edit_url(site)))
    data.update(
        {
            "primary_colour": "#7a1f3d",
            "accent_colour": "#f6d365",
            "organization_names-TOTAL_FORMS": "1",
            "organization_names-0-language": "fr",
            "organization_names-0-name": "Coalition Treillis",
            "organization_names-0-ORDER": "1",
            "organization_names-0-id": "",
            "organization_names-0-DELETE": "",
        }
    )

    response = admin_client.post(edit_url(site), data)

    assert response.status_code == 302, response.context["form"].errors
    saved = SiteSettings.objects.get(site=site)
    assert (saved.primary_colour, saved.accent_colour) == ("#7a1f3d", "#f6d365")
    assert saved.name_in("fr") == "Coalition Treillis"
    assert saved.name_in("es") == "Trellis Coalition"


@pytest.mark.django_db
def test_header_title_and_footer_use_the_name_in_the_page_language(client, site):
    site_settings = SiteSettings.objects.create(site=site, organization_name="Trellis Coalition")
    OrganizationName.objects.create(site_settings=site_settings, language="pa", name="ਟ੍ਰੇਲਿਸ ਗੱਠਜੋੜ")

    with translation.override("pa"):
        document = soup(client.get("/search/", HTTP_ACCEPT_LANGUAGE="pa", follow=True))
    english = soup(client.get("/en/search/"))

    assert document.html["lang"] == "pa"
    assert document.find(class_="brand__name").get_text(strip=True) == "ਟ੍ਰੇਲਿਸ ਗੱਠਜੋੜ"
    assert document.title.get_text().endswith("| ਟ੍ਰੇਲਿਸ ਗੱਠਜੋੜ")
    assert "ਟ੍ਰੇਲਿਸ ਗੱਠਜੋੜ" in document.find("footer").get_text()
    assert english.find(class_="brand__name").get_text(strip=True) == "Trellis Coalition"


@pytest.mark.django_db
def test_brand_stylesheet_carries_the_colours_and_is_cached_by_version(client, site):
    site_settings = SiteSettings.objects.create(
        site=site, primary_colour="#7a1f3d", accent_colour="#f6d365"
    )
    page = soup(client.get("/en/search/"))
    href = page.find("link", href=lambda h: h and h.startswith("/brand.css"))["href"]
    assert href == f"/brand.css?v={site_settings.brand_stylesheet_version}"

    response = client.get(href)

    assert response["Content-Type"].startswith("text/css")
    assert "--primary: #7a1f3d;" in response.content.decode()
    assert "--accent: #f6d365;" in response.content.decode()
    assert "immutable" in response["Cache-Control"]
    # An old version's URL gets today's colours, cached briefly only.
    stale = client.get("/brand.css?v=0000000000")
    assert "--primary: #7a1f3d;" in stale.content.decode()
    assert "immutable" not in stale["Cache-Control"]


@pytest.mark.django_db
def test_favicon_and_touch_icons_are_cut_from_the_logo(client, site):
    SiteSettings.objects.create(site=site, logo=ImageFactory(file__width=640, file__height=480))

    head = soup(client.get("/en/search/")).head

    icon = head.find("link", rel="icon", sizes="32x32")
    touch = head.find("link", rel="apple-touch-icon")
    assert icon["type"] == "image/png" and icon["href"].endswith(".png")
    assert ".fill-32x32" in icon["href"]
    assert ".fill-180x180" in touch["href"]
    logo = soup(client.get("/en/search/")).find("img", class_="brand__logo")
    assert logo["height"] == "96" and logo["width"] == "128"
    assert logo["src"].endswith(".webp")


@pytest.mark.django_db
def test_without_a_logo_the_site_mark_is_the_favicon(client, site):
    head = soup(client.get("/en/search/")).head

    icons = head.find_all("link", rel="icon")
    assert [link["href"] for link in icons] == ["/static/img/favicon.svg"]


@pytest.mark.django_db
def test_phone_header_controls_work_without_javascript(client, home_page):
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, title="About", show_in_menus=True)

    header = soup(client.get(home_page.url)).find("header", class_="site-header")

    # Menu, language picker and search are <details>: the browser opens them, no script.
    assert header.find("script") is None
    menu = header.select_one("details.menu-toggle")
    assert menu.find("summary") and menu.find("nav").find("a", string="About")
    languages = header.select_one("details.language-picker nav.language-nav")
    assert languages.find("a", hreflang="en", attrs={"aria-current": "page"})
    assert header.select_one("details.search-toggle form.site-search[role=search]")
    # The desktop row repeats the navigation (CSS shows one of the two).
    assert header.select_one("nav.site-nav").find("a", string="About")
