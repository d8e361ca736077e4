"""The brand colours: WCAG contrast (home/brand.py), checked without HTTP."""

import pytest
from django.core.exceptions import ValidationError

from home import brand


def test_contrast_ratio_matches_wcag_reference_values():
    assert brand.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert brand.contrast_ratio("#777777", "#777777") == pytest.approx(1)
    # Symmetric, and the classic borderline grey: #767676 on white is 4.54:1, #777777 is 4.48:1.
    assert brand.contrast_ratio("#ffffff", "#767676") == pytest.approx(4.54, abs=0.01)
    assert brand.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_relative_luminance_of_primaries():
    assert brand.relative_luminance("#ffffff") == pytest.approx(1)
    assert brand.relative_luminance("#ff0000") == pytest.approx(0.2126)
    assert brand.relative_luminance("#00FF00") == pytest.approx(0.7152)


@pytest.mark.parametrize("colour", ["#0b4f8a", "#767676", "#1a1a1a", "#b3261e"])
def test_primary_colours_readable_under_white_text_pass(colour):
    brand.validate_primary_colour(colour)


@pytest.mark.parametrize("colour", ["#777777", "#ffbf47", "#ffffff", "#e74c3c"])
def test_primary_colours_too_light_for_white_text_are_refused(colour):
    with pytest.raises(ValidationError) as raised:
        brand.validate_primary_colour(colour)
    assert raised.value.code == "low_contrast"


def test_refusal_says_the_measured_ratio_rounded_down():
    with pytest.raises(ValidationError) as raised:
        brand.validate_primary_colour("#777777")
    message = raised.value.messages[0]
    assert "4.47:1" in message or "4.48:1" in message
    assert "4.5:1" in message


@pytest.mark.parametrize("colour", ["#ffbf47", "#ffffff", "#f6d365", "#8fd3c8"])
def test_accent_colours_readable_under_dark_text_pass(colour):
    brand.validate_accent_colour(colour)


@pytest.mark.parametrize("colour", ["#0b4f8a", "#1a1a1a", "#555555"])
def test_accent_colours_too_dark_for_dark_text_are_refused(colour):
    with pytest.raises(ValidationError):
        brand.validate_accent_colour(colour)


@pytest.mark.parametrize("colour", ["", "0b4f8a", "#0b4f8", "#0b4f8g", "blue", "#0b4f8a00"])
def test_colours_not_in_hex_form_are_refused(colour):
    with pytest.raises(ValidationError) as raised:
        brand.validate_primary_colour(colour)
    assert raised.value.code == "invalid"


def test_stylesheet_sets_the_custom_properties():
    css = brand.stylesheet("#0b4f8a", "#ffbf47")
    assert "--primary: #0b4f8a;" in css
    assert "--accent: #ffbf47;" in css
    # The hover shade stays readable under white: darker than the primary.
    hover = css.split("--primary-dark: ")[1][:7]
    assert brand.contrast_ratio(hover, "#ffffff") > brand.contrast_ratio("#0b4f8a", "#ffffff")


def test_stylesheet_version_changes_with_either_colour():
    base = brand.stylesheet_version("#0b4f8a", "#ffbf47")
    assert base == brand.stylesheet_version("#0b4f8a", "#ffbf47")
    assert base != brand.stylesheet_version("#0b4f8b", "#ffbf47")
    assert base != brand.stylesheet_version("#0b4f8a", "#ffbf48")
