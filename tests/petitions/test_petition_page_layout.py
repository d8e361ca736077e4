"""The petition page's layout: hero image, next milestone, the phone's Sign bar, closed outcome."""

import datetime

import pytest

from petitions.models import PetitionPage
from petitions.tally import Progress
from tests.factories import ImageFactory
from tests.factories.packets import DeliveryFactory
from tests.factories.petitions import PetitionPageFactory, RidingFactory, SignatureFactory
from tests.support.html import main_text, soup


@pytest.mark.parametrize(
    ("total", "goal", "milestone", "remaining"),
    [
        (0, 5000, 5000, 5000),
        (3716, 5000, 5000, 1284),
        (4999, 5000, 5000, 1),
        (5000, 5000, 7500, 2500),  # past the goal: each further half of it
        (6200, 5000, 7500, 1300),
        (7500, 5000, 10000, 2500),
        (3, 3, 4, 1),  # a goal too small to halve: steps of one
    ],
)
def test_next_milestone_is_the_goal_then_each_half_goal_beyond(total, goal, milestone, remaining):
    progress = Progress(total=total, goal=goal)
    assert (progress.next_milestone, progress.remaining) == (milestone, remaining)


def test_no_goal_no_milestone():
    assert (Progress(total=10, goal=0).next_milestone, Progress(total=10).remaining) == (0, 0)


@pytest.fixture
def petition(petition_index):
    image = ImageFactory(file__width=1600, file__height=900, description="Workers in a field")
    return PetitionPageFactory(
        parent=petition_index, title="Open work permits", goal=5, image=image
    )


def test_the_hero_image_is_a_responsive_picture_with_modern_formats(client, petition):
    picture = soup(client.get(petition.url)).find(class_="petition-hero__image").find("picture")

    # AVIF for browsers that take it, WebP in the <img> for the others.
    assert [source["type"] for source in picture.find_all("source")] == ["image/avif"]
    img = picture.find("img")
    assert img["src"].endswith(".webp")
    # Width and height reserve the space (no layout shift); the focal-point crops are 16:9.
    assert (img["width"], img["height"]) == ("480", "270")
    assert img["alt"] == "Workers in a field"
    assert img["fetchpriority"] == "high" and img["loading"] == "eager"
    widths = [entry.split()[-1] for entry in picture.find("source")["srcset"].split(", ")]
    assert widths == ["480w", "780w", "1200w"]
    assert ".fill-780x439-c100" in picture.find("source")["srcset"]
    assert img.get("sizes")


def test_open_petition_shows_the_next_milestone_and_a_sign_bar_to_the_form(client, petition):
    for _ in range(2):
        SignatureFactory(petition=petition)

    document = soup(client.get(petition.url))

    assert "3 more to reach 5" in document.find(class_="petition-progress").get_text()
    bar = document.find(class_="sticky-sign").find("a")
    assert bar["href"] == "#sign" and document.find(id="sign").find("form")
    share = document.select(".share__link")
    assert share and all(link.find("svg", attrs={"aria-hidden": "true"}) for link in share)


def test_closed_petition_shows_its_outcome_and_open_petitions_instead_of_a_form(
    client, petition_index, petition
):
    closed = PetitionPageFactory(
        parent=petition_index, title="Heat protection", status=PetitionPage.Status.DELIVERED
    )
    riding = RidingFactory()
    DeliveryFactory(petition=closed, riding=riding, delivered_on=datetime.date(2026, 10, 2))
    DeliveryFactory(
        petition=closed, riding=RidingFactory(), delivered_on=datetime.date(2026, 10, 9)
    )

    response = client.get(closed.url)

    document = soup(response)
    assert document.find("form", class_="sign-form") is None
    assert document.find(class_="sticky-sign") is None
    assert document.find(class_="share") is None
    text = main_text(response)
    assert "This petition has been delivered." in text
    assert "more to reach" not in text
    assert "Delivered to members of Parliament on Oct. 9, 2026." in text
    links = document.find(class_="open-instead").find_all("a")
    assert [(a.get_text(), a["href"]) for a in links] == [("Open work permits", petition.url)]


def test_closed_petition_without_open_ones_says_only_its_outcome(client, petition_index):
    closed = PetitionPageFactory(parent=petition_index, status=PetitionPage.Status.CLOSED)

    document = soup(client.get(closed.url))

    assert "This petition is closed." in document.find(class_="petition-closed").get_text()
    assert document.find(class_="open-instead") is None
