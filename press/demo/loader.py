"""The press app's demo content, created under the home page.

Media contacts, organizations (with generated logos), news releases, policy briefs (with generated
PDFs) and the coalition page.
"""

import datetime

from django.utils import timezone

from home.demo.content import SCENE_ALT
from press.demo import files
from press.demo.content import briefs, organizations, releases
from press.models import (
    CoalitionPage,
    MediaContact,
    Organization,
    PolicyBriefDocument,
    PolicyBriefIndexPage,
    PolicyBriefOrganization,
    PolicyBriefPage,
    PressReleaseIndexPage,
    PressReleaseMediaContact,
    PressReleasePage,
)


def load(builder):
    """Find or create the press app's demo content with `builder` (home/demo/builder.py)."""
    contacts = ensure_media_contacts(builder)
    members = ensure_organizations(builder)
    press = builder.ensure_index(PressReleaseIndexPage, releases.PRESS_INDEX)
    for release in releases.PRESS_RELEASES:
        ensure_press_release(builder, press, release, contacts)
    policy = builder.ensure_index(PolicyBriefIndexPage, briefs.POLICY_INDEX)
    for brief in briefs.POLICY_BRIEFS:
        ensure_policy_brief(builder, policy, brief, members)
    builder.ensure_index(CoalitionPage, organizations.COALITION)


def release_time(date):
    """9 a.m. Eastern on a release date, used as the page's first publication time."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))


def recommendations(items):
    return [
        ("recommendation", {"text": text, "sub_points": list(sub_points)})
        for text, sub_points in items
    ]


# Pages


def ensure_press_release(builder, index, data, contacts):
    if builder.find_child(index, PressReleasePage, data["slug"]):
        return
    page = PressReleasePage(
        title=data["title"],
        slug=data["slug"],
        release_date=data["release_date"],
        dateline_city=data["dateline_city"],
        lede=data["lede"],
        body=list(data["body"]),
        image=builder.ensure_scene(data["scene"], SCENE_ALT[data["scene"]]),
        first_published_at=release_time(data["release_date"]),
    )
    page.tags.add(*data["tags"])
    page.media_contacts = [
        PressReleaseMediaContact(contact=contacts[key], sort_order=order)
        for order, key in enumerate(data["contacts"])
    ]
    builder.publish_child(index, page)


def ensure_policy_brief(builder, index, data, members):
    if builder.find_child(index, PolicyBriefPage, data["slug"]):
        return
    submitters = [members[key] for key in data["submitters"]]
    endorsers = [members[key] for key in data["endorsers"]]
    document = builder.ensure_document(
        data["title"],
        f"{data['slug']}.pdf",
        lambda: files.brief_pdf(data, submitters, endorsers),
    )
    Role = PolicyBriefOrganization.Role
    page = PolicyBriefPage(
        title=data["title"],
        slug=data["slug"],
        date=data["date"],
        addressed_to=data["addressed_to"],
        summary=data["summary"],
        image=builder.ensure_scene(data["scene"], SCENE_ALT[data["scene"]]),
        recommendations=recommendations(data["recommendations"]),
        body=list(data["body"]),
        first_published_at=release_time(data["date"]),
    )
    page.documents = [PolicyBriefDocument(document=document, sort_order=0)]
    roles = [(org, Role.SUBMITTER) for org in submitters] + [
        (org, Role.ENDORSER) for org in endorsers
    ]
    page.organizations = [
        PolicyBriefOrganization(organization=org, role=role, sort_order=order)
        for order, (org, role) in enumerate(roles)
    ]
    builder.publish_child(index, page)


# Snippets


def ensure_media_contacts(builder):
    contacts = {}
    for key, fields in organizations.MEDIA_CONTACTS.items():
        contact, created = MediaContact.objects.get_or_create(
            name=fields["name"], locale=builder.locale, defaults=fields
        )
        builder.report.add("media contacts", created)
        contacts[key] = contact
    return contacts


def ensure_organizations(builder):
    members = {}
    for key, row in organizations.ORGANIZATIONS.items():
        name, acronym, province, city, membership, host, colour, description = row
        organization = Organization.objects.filter(name=name, locale=builder.locale).first()
        builder.report.add("organizations", organization is None)
        if organization is None:
            logo = ensure_logo(builder, name, acronym, host, colour) if colour else None
            organization = Organization.objects.create(
                name=name,
                acronym=acronym,
                province=province,
                city=city,
                membership=membership,
                website=f"https://{host}.example.org/",
                logo=logo,
                description=description,
                locale=builder.locale,
            )
        members[key] = organization
    return members


def ensure_logo(builder, name, acronym, host, colour):
    return builder.ensure_image(
        f"Demo logo: {name}",
        f"demo-logo-{host}.png",
        lambda: files.logo_png(files.initials(name, acronym), colour),
    )
