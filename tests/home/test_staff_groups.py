"""The staff groups created by home/migrations/0002_staff_groups.py."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from tests.factories import OrganizationFactory, StandardPageFactory
from tests.support.two_factor import sign_in


def staff_user(*group_names):
    user = User.objects.create_user(username="-".join(group_names) or "nobody", password="x")
    user.groups.set(Group.objects.filter(name__in=group_names))
    return user


def test_migration_created_the_staff_groups(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Editors",
        "Translators",
        "Organizers",
    }


def test_editor_reaches_the_admin(client, home_page):
    client.force_login(staff_user("Editors"))

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200


def test_editor_can_create_edit_and_publish_pages(home_page):
    editor = staff_user("Editors")
    child = StandardPageFactory(parent=home_page)

    home_permissions = home_page.permissions_for_user(editor)
    assert home_permissions.can_add_subpage()
    assert home_permissions.can_edit()
    assert home_permissions.can_publish()
    assert child.permissions_for_user(editor).can_publish()
    assert not home_permissions.can_delete()  # not granted to editors


def test_editor_publishes_a_page_through_the_admin(client, home_page):
    client.force_login(staff_user("Editors"))
    add_url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk])

    response = client.post(
        add_url,
        nested_form_data(
            {
                "title": "Know your rights",
                "slug": "know-your-rights",
                "introduction": "What every worker should know.",
                "body": streamfield([]),
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    page = StandardPage.objects.get(slug="know-your-rights", locale__language_code="en")
    assert page.live
    assert page.get_parent().specific == home_page
    assert page.owner.groups.filter(name="Editors").exists()
    # wagtail-localize copies the new page into every other language's tree as an alias.
    aliases = StandardPage.objects.filter(alias_of=page)
    assert sorted(aliases.values_list("locale__language_code", flat=True)) == [
        "es",
        "fr",
        "pa",
        "tl",
    ]


def test_editor_edits_organization_snippets(client, db):
    organization = OrganizationFactory(name="Old name")
    client.force_login(staff_user("Editors"))
    edit_url = reverse("wagtailsnippets_press_organization:edit", args=[organization.pk])

    assert client.get(reverse("wagtailsnippets_press_organization:list")).status_code == 200
    assert client.get(edit_url).status_code == 200
    response = client.post(
        edit_url,
        {
            "name": "New name",
            "acronym": "",
            "membership": "member",
            "province": "QC",
            "city": "Montréal",
            "website": "",
            "logo": "",
            "description": "",
        },
    )

    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.name == "New name"
    assert organization.province == "QC"


@pytest.mark.parametrize("group_name", ["Translators", "Organizers"])
def test_translators_and_organizers_reach_the_admin_but_cannot_publish(
    client, home_page, group_name
):
    user = staff_user(group_name)
    child = StandardPageFactory(parent=home_page)
    sign_in(client, user)

    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    for page in [home_page, child, Page.get_first_root_node()]:
        permissions = page.permissions_for_user(user)
        assert not permissions.can_publish()


def test_users_outside_the_staff_groups_cannot_reach_the_admin(client, db):
    client.force_login(User.objects.create_user(username="supporter", password="x"))

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
