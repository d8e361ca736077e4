"""Listing, pagination and filters of the press release and policy brief indexes."""

import datetime

import pytest

from tests.factories import PolicyBriefPageFactory, PressReleasePageFactory
from tests.support.html import soup
from tests.support.publishing import make_draft


def listed_titles(response):
    """Titles of the items listed on an index page, in order."""
    return [a.get_text(strip=True) for a in soup(response).select("ul.card-list > li h3 a")]


@pytest.fixture
def many_releases(press_index):
    """25 live releases, one a day from 1 January 2025: "Release 01" is the oldest."""
    return [
        PressReleasePageFactory(
            parent=press_index,
            title=f"Release {day:02d}",
            release_date=datetime.date(2025, 1, day),
        )
        for day in range(1, 26)
    ]


def test_press_index_is_newest_first_twenty_per_page(client, press_index, many_releases):
    first = client.get(press_index.url)
    second = client.get(press_index.url, {"page": 2})

    assert first.status_code == 200
    assert second.status_code == 200
    assert listed_titles(first) == [f"Release {day:02d}" for day in range(25, 5, -1)]
    assert listed_titles(second) == [f"Release {day:02d}" for day in range(5, 0, -1)]
    next_link = soup(first).find("a", rel="next")
    assert next_link is not None
    assert next_link["href"] == "?page=2"
    assert soup(second).find("a", rel="next") is None


def test_press_index_invalid_page_numbers_are_harmless(client, press_index, many_releases):
    for page in ["abc", "0", "-1", "999", "", "1e3"]:
        response = client.get(press_index.url, {"page": page})

        assert response.status_code == 200, page
        assert len(listed_titles(response)) in (20, 5), page


def test_press_index_hides_drafts(client, press_index):
    PressReleasePageFactory(parent=press_index, title="Published one")
    make_draft(PressReleasePageFactory, parent=press_index, title="Unpublished one")

    assert listed_titles(client.get(press_index.url)) == ["Published one"]


@pytest.fixture
def releases_over_years(press_index):
    return [
        PressReleasePageFactory(parent=press_index, title=title, release_date=date, tags=[tag])
        for title, date, tag in [
            ("Old housing", datetime.date(2023, 5, 1), "Housing"),
            ("New housing", datetime.date(2024, 6, 1), "Housing"),
            ("New wages", datetime.date(2024, 7, 1), "Fair wages"),
        ]
    ]


def test_press_index_filter_by_year(client, press_index, releases_over_years):
    response = client.get(press_index.url, {"year": "2024"})

    assert response.status_code == 200
    assert listed_titles(response) == ["New wages", "New housing"]
    assert listed_titles(client.get(press_index.url, {"year": "2023"})) == ["Old housing"]
    assert listed_titles(client.get(press_index.url, {"year": "2022"})) == []
    # The year choices come from every live release, newest first.
    year_options = soup(response).select("select[name=year] option[value!='']")
    assert [o["value"] for o in year_options] == ["2024", "2023"]
    assert soup(response).select_one("select[name=year] option[selected]")["value"] == "2024"


def test_press_index_filter_by_tag(client, press_index, releases_over_years):
    response = client.get(press_index.url, {"tag": "housing"})

    assert response.status_code == 200
    assert listed_titles(response) == ["New housing", "Old housing"]
    assert listed_titles(client.get(press_index.url, {"tag": "fair-wages"})) == ["New wages"]
    assert listed_titles(client.get(press_index.url, {"tag": "no-such-tag"})) == []


def test_press_index_filter_by_year_and_tag(client, press_index, releases_over_years):
    response = client.get(press_index.url, {"tag": "housing", "year": "2023"})

    assert listed_titles(response) == ["Old housing"]


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": ""},
        {"year": "0"},
        {"year": "10000"},
        {"year": "99999999999999999999"},
        {"tag": "<script>"},
    ],
)
def test_press_index_invalid_filters_are_harmless(
    client, press_index, releases_over_years, params
):
    response = client.get(press_index.url, params)

    assert response.status_code == 200
    expected = 0 if "tag" in params else 3  # a year that cannot be is ignored
    assert len(listed_titles(response)) == expected
    assert b"<script>" not in response.content


@pytest.fixture
def briefs(policy_index):
    committee = "Standing Committee on Citizenship and Immigration"
    minister = "Minister of Immigration"
    return [
        PolicyBriefPageFactory(
            parent=policy_index,
            title="Committee 2023",
            date=datetime.date(2023, 3, 1),
            addressed_to=committee,
        ),
        PolicyBriefPageFactory(
            parent=policy_index,
            title="Minister 2024",
            date=datetime.date(2024, 2, 1),
            addressed_to=minister,
        ),
        PolicyBriefPageFactory(
            parent=policy_index,
            title="Committee 2024",
            date=datetime.date(2024, 9, 1),
            addressed_to=committee,
        ),
    ]


def test_policy_index_is_newest_first(client, policy_index, briefs):
    make_draft(PolicyBriefPageFactory, parent=policy_index, title="Draft brief")

    response = client.get(policy_index.url)

    assert response.status_code == 200
    assert listed_titles(response) == ["Committee 2024", "Minister 2024", "Committee 2023"]


def test_policy_index_filter_by_year(client, policy_index, briefs):
    response = client.get(policy_index.url, {"year": "2024"})

    assert listed_titles(response) == ["Committee 2024", "Minister 2024"]
    assert listed_titles(client.get(policy_index.url, {"year": "2023"})) == ["Committee 2023"]


def test_policy_index_filter_by_addressee(client, policy_index, briefs):
    response = client.get(
        policy_index.url, {"addressed_to": "Standing Committee on Citizenship and Immigration"}
    )

    assert listed_titles(response) == ["Committee 2024", "Committee 2023"]
    addressees = soup(response).select("select[name=addressed_to] option[value!='']")
    assert [o["value"] for o in addressees] == [
        "Minister of Immigration",
        "Standing Committee on Citizenship and Immigration",
    ]
    minister = client.get(policy_index.url, {"addressed_to": "Minister of Immigration"})
    assert listed_titles(minister) == ["Minister 2024"]


def test_policy_index_filter_by_year_and_addressee(client, policy_index, briefs):
    response = client.get(
        policy_index.url, {"year": "2024", "addressed_to": "Minister of Immigration"}
    )

    assert listed_titles(response) == ["Minister 2024"]


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "10000"},
        {"year": "99999999999999999999"},
        {"page": "abc"},
        {"page": "50"},
        {"addressed_to": "Nobody"},
    ],
)
def test_policy_index_invalid_filters_are_harmless(client, policy_index, briefs, params):
    response = client.get(policy_index.url, params)

    assert response.status_code == 200
    expected = 0 if "addressed_to" in params else 3
    assert len(listed_titles(response)) == expected
