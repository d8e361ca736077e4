"""Every public page renders in a bounded number of SQL queries, however many items it lists.

Each case renders a page with few items and with many, after one warm-up request so that
per-process caches (site root paths, content types, image renditions) are filled: the counts
measure the steady state.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from press.models import (
    Organization,
    PolicyBriefDocument,
    PolicyBriefOrganization,
    PressReleaseMediaContact,
)
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    MediaContactFactory,
    OrganizationFactory,
    PolicyBriefPageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
    paragraph,
)

MAX_QUERIES = 12
FEW, MANY = 3, 25  # listings: MANY is more than a page of the press release index
SOME = 12  # more of everything on pages that are not paginated listings


def count_queries(client, url, data=None):
    """Queries made by a GET of url, after a warm-up GET of the same URL."""
    assert client.get(url, data).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data)
    assert response.status_code == 200
    return len(queries), [q["sql"] for q in queries]


def summary(sql_list):
    return "\n".join(f"{i + 1:2}. {sql[:300]}" for i, sql in enumerate(sql_list))


def assert_bounded(few, many):
    (few_count, few_sql), (many_count, many_sql) = few, many
    assert few_count <= MAX_QUERIES, "\n" + summary(few_sql)
    assert many_count <= MAX_QUERIES, "\n" + summary(many_sql)
    assert many_count <= few_count, "\n" + summary(many_sql)


def add_releases(index, n, start=0, **kwargs):
    return [
        PressReleasePageFactory(
            parent=index,
            release_date=datetime.date(2024, 1, 1) + datetime.timedelta(i),
            tags=[f"Campaign {i % 4}", "Status for all"],
            **kwargs,
        )
        for i in range(start, start + n)
    ]


def add_briefs(index, n, start=0):
    return [
        PolicyBriefPageFactory(
            parent=index,
            date=datetime.date(2024, 1, 1) + datetime.timedelta(i),
            addressed_to=f"Committee {i % 5}",
        )
        for i in range(start, start + n)
    ]


def test_home_page(client, home_page, press_index, policy_index):
    add_releases(press_index, FEW)
    add_briefs(policy_index, FEW)
    few = count_queries(client, home_page.url)

    add_releases(press_index, SOME, start=FEW)
    add_briefs(policy_index, SOME, start=FEW)
    for i in range(SOME):
        StandardPageFactory(parent=home_page, title=f"Menu {i}", show_in_menus=True)
    many = count_queries(client, home_page.url)

    assert_bounded(few, many)


def test_standard_page(client, home_page):
    def body(n):
        blocks = []
        for i in range(n):
            blocks += paragraph(f"Paragraph {i}")
            blocks.append(("image", {"image": ImageFactory(), "alt_text": "", "caption": "c"}))
            blocks.append(("document", {"document": DocumentFactory(), "label": ""}))
            blocks.append(("quote", {"quote": "q", "attribution": f"Person {i}"}))
        return blocks

    small = StandardPageFactory(parent=home_page, body=body(FEW), image=ImageFactory())
    few = count_queries(client, small.url)

    large = StandardPageFactory(parent=home_page, body=body(SOME), image=ImageFactory())
    for i in range(SOME):
        StandardPageFactory(parent=home_page, title=f"Menu {i}", show_in_menus=True)
    many = count_queries(client, large.url)

    assert_bounded(few, many)


def test_press_release_index(client, press_index):
    add_releases(press_index, FEW)
    few = count_queries(client, press_index.url)

    add_releases(press_index, MANY, start=FEW)
    many = count_queries(client, press_index.url)

    assert_bounded(few, many)
    assert_bounded(few, count_queries(client, press_index.url, {"page": 2}))
    assert_bounded(few, count_queries(client, press_index.url, {"tag": "campaign-1"}))


def test_press_release_page(client, press_index):
    def release(n):
        body = []
        for i in range(n):
            body += paragraph(f"Paragraph {i}")
            body.append(("quote", {"quote": "q", "attribution": f"Person {i}"}))
        page = PressReleasePageFactory(
            parent=press_index,
            body=body,
            image=ImageFactory(),
            tags=[f"Tag {i}" for i in range(n)],
        )
        for _ in range(n):
            PressReleaseMediaContact.objects.create(page=page, contact=MediaContactFactory())
        return page

    few = count_queries(client, release(FEW).url)
    many = count_queries(client, release(SOME).url)

    assert_bounded(few, many)


def test_policy_brief_index(client, policy_index):
    add_briefs(policy_index, FEW)
    few = count_queries(client, policy_index.url)

    add_briefs(policy_index, MANY, start=FEW)
    many = count_queries(client, policy_index.url)

    assert_bounded(few, many)
    assert_bounded(few, count_queries(client, policy_index.url, {"year": 2024}))


def test_policy_brief_page(client, policy_index):
    def brief(n):
        page = PolicyBriefPageFactory(
            parent=policy_index,
            recommendations=[
                ("recommendation", {"text": f"Do {i}", "sub_points": ["a", "b"]}) for i in range(n)
            ],
        )
        for i in range(n):
            PolicyBriefDocument.objects.create(page=page, document=DocumentFactory())
            PolicyBriefOrganization.objects.create(
                page=page,
                organization=OrganizationFactory(),
                role=["submitter", "endorser"][i % 2],
            )
        return page

    few = count_queries(client, brief(FEW).url)
    many = count_queries(client, brief(SOME).url)

    assert_bounded(few, many)


@pytest.mark.parametrize("with_logos", [False, True])
def test_coalition_page(client, coalition_page, with_logos):
    provinces = ["ON", "QC", "BC", "AB", "MB", "NS"]
    memberships = [
        Organization.Membership.FOUNDING_MEMBER,
        Organization.Membership.MEMBER,
        Organization.Membership.ENDORSER,
    ]

    def add(n, start):
        for i in range(start, start + n):
            OrganizationFactory(
                province=provinces[i % len(provinces)],
                membership=memberships[i % len(memberships)],
                logo=ImageFactory() if with_logos else None,
            )

    add(FEW, 0)
    few = count_queries(client, coalition_page.url)
    add(30, FEW)
    many = count_queries(client, coalition_page.url)

    assert_bounded(few, many)


def test_search(client, press_index):
    add_releases(press_index, FEW, body=paragraph("Harvest season statement."))
    few = count_queries(client, "/en/search/", {"query": "harvest"})

    add_releases(press_index, SOME, start=FEW, body=paragraph("Harvest season statement."))
    many = count_queries(client, "/en/search/", {"query": "harvest"})

    assert_bounded(few, many)
    assert_bounded(few, count_queries(client, "/en/search/", {"query": "harvest", "page": 2}))
