"""On a 390x844 phone, the form or the sticky Sign bar is in the first screen, in all languages.

The page with the most in front of the form: a hero image and a long title. The Sign bar must be
inside the first viewport, and following it must bring the form's first field into view.
"""

import pytest
from django.conf import settings
from wagtail.models import Locale

from tests.factories import ImageFactory
from tests.factories.petitions import PetitionIndexPageFactory, PetitionPageFactory
from tests.support.localize import sync_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}


def inside_viewport(box):
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def test_the_form_or_the_sign_bar_is_in_the_first_screen_in_every_language(home_page, new_context):
    petitions = PetitionIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(
        parent=petitions,
        title="Open work permits for every migrant worker, in every sector, now",
        image=ImageFactory(file__width=1600, file__height=900),
        goal=25000,
    )
    for code, _name in settings.LANGUAGES:
        if code != "en":
            sync_tree(code)
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()

    for code, _name in settings.LANGUAGES:
        url = petition.get_translation(Locale.objects.get(language_code=code)).get_url()
        page.goto(url)
        field = page.locator("#id_full_name")
        if inside_viewport(field.bounding_box()):
            continue
        bar = page.locator(".sticky-sign a")
        assert inside_viewport(bar.bounding_box()), f"{code}: neither form nor Sign bar in view"
        bar.click()
        page.wait_for_function("location.hash === '#sign'")
        reached = inside_viewport(field.bounding_box())
        assert reached, f"{code}: the Sign bar does not bring the form into view"
