"""Who may open what: every admin URL our apps register, and every data URL.

The data URLs are /api/ and /documents/. Each URL is requested by anonymous visitors, Editors,
Translators, Organizers, Events moderators, Event partners (partner organizations that submit
events into a week of action) and a superuser.

The URLs are found by walking Django's resolver, not listed by hand, and each must have an entry in
EXPECTATIONS: a URL added without one fails `test_every_url_has_an_expectation`, which forces
whoever adds it to decide who may open it. Path parameters are filled with real objects (a petition
with signatures, generated packets on the real S3 server, a delivery, import and export jobs of the
requesting user).
"""

import re

import pytest
from django.contrib.auth.models import User
from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.viewsets import viewsets as admin_viewsets

from events.permissions import EVENT_PARTNERS, EVENTS_MODERATORS
from events.registration import places
from petitions.models import Delivery, Member, Packet, PostalCodeRiding, Signature
from petitions.packets import tasks
from spreadsheets.models import ExportJob, ImportJob, JobStatus
from tests.factories import DocumentFactory, MediaContactFactory, OrganizationFactory
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.packets import DeliveryFactory, make_packet_petition
from tests.support import s3
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

s3_server = s3.s3_server
private_storage = s3.private_storage

pytestmark = [pytest.mark.django_db, pytest.mark.s3]

OUR_APPS = ("home", "press", "petitions", "events")
ROLES = ("anonymous", "editor", "translator", "organizer", "moderator", "partner", "superuser")
# Events moderators approve partners' events; Event partners are people of other organizations
# (events/moderation.py). Neither sees a signer or a registrant.
EVENT_ROLES = ("moderator", "partner")

# Outcomes of a GET
OK = "200"
LOGIN = "login"  # a redirect to the admin's login page
DENIED = "denied"  # 403, or Wagtail's redirect to its dashboard with "no permission"
REDIRECT = "redirect"  # a redirect elsewhere: a presigned download, or the page after a step
NOT_FOUND = "404"
NOT_ALLOWED = "405"


def only_organizers(allowed=OK):
    """Signers, packets, deliveries, ridings, MPs and their imports and exports."""
    return {
        "anonymous": LOGIN,
        "editor": DENIED,
        "translator": DENIED,
        "organizer": allowed,
        "moderator": DENIED,
        "partner": DENIED,
        "superuser": allowed,
    }


def public(outcome=OK):
    return dict.fromkeys(ROLES, outcome)


def staff(editor=OK, translator=OK, organizer=OK, superuser=OK, *, events=DENIED):
    """Press snippets: no signer data.

    Editors manage them, Translators see them (to translate) but may not create or change
    source-language snippets, Organizers import coalition members (Organizations) and pick media
    contacts in choosers. `events` is for Events moderators and Event partners alike: they list
    Organizations (the hosts of events, with "view") and choose snippets, and change nothing.
    """
    return {
        "anonymous": LOGIN,
        "editor": editor,
        "translator": translator,
        "organizer": organizer,
        "moderator": events,
        "partner": events,
        "superuser": superuser,
    }


ORGANIZER_DATA = only_organizers()
POST_ONLY = only_organizers(NOT_ALLOWED)
DOWNLOAD = only_organizers(REDIRECT)

VIEWSET_VIEWS = {
    "index": ORGANIZER_DATA,
    "index_results": ORGANIZER_DATA,
    "add": ORGANIZER_DATA,
    "edit": ORGANIZER_DATA,
    "delete": ORGANIZER_DATA,
    "history": ORGANIZER_DATA,
    "history_results": ORGANIZER_DATA,
    "usage": ORGANIZER_DATA,
    "inspect": ORGANIZER_DATA,
}
IMPORT_VIEWS = {
    "import": ORGANIZER_DATA,
    "import_template": ORGANIZER_DATA,
    "import_job": ORGANIZER_DATA,
    "import_status": ORGANIZER_DATA,
    "import_confirm": POST_ONLY,
    "import_cancel": POST_ONLY,
    "export_job": ORGANIZER_DATA,
    "export_status": ORGANIZER_DATA,
    "export_download": DOWNLOAD,
}


def organizer_viewset(namespace, *, imports=True, without=()):
    views = {**VIEWSET_VIEWS, **(IMPORT_VIEWS if imports else {})}
    return {f"{namespace}:{name}": e for name, e in views.items() if name not in without}


def expect(namespace, views, expected):
    return {f"{namespace}:{view}": expected for view in views}


READ_VIEWS = ["list", "list_results", "history", "history_results", "usage"]
WRITE_VIEWS = ["add", "edit", "copy"]
CHOOSE_VIEWS = ["choose", "choose_results", "chosen", "chosen_multiple"]
ORGANIZATIONS = "wagtailsnippets_press_organization"
MEDIA_CONTACTS = "wagtailsnippets_press_mediacontact"
ORGANIZATION_CHOOSER = "wagtailsnippetchoosers_press_organization"
MEDIA_CONTACT_CHOOSER = "wagtailsnippetchoosers_press_mediacontact"
NOT_TRANSLATORS = staff(translator=DENIED)
POSTS = staff(editor=NOT_ALLOWED, translator=DENIED, organizer=NOT_ALLOWED, superuser=NOT_ALLOWED)

SNIPPETS = {
    **expect(ORGANIZATIONS, ["list", "list_results"], staff(events=OK)),
    **expect(ORGANIZATIONS, ["history", "history_results", "usage"], staff()),
    **expect(ORGANIZATIONS, WRITE_VIEWS, NOT_TRANSLATORS),
    **expect(ORGANIZATIONS, ["delete"], staff(translator=DENIED, organizer=DENIED)),
    **expect(
        ORGANIZATIONS,
        ["import", "import_template", "import_job", "import_status"],
        NOT_TRANSLATORS,
    ),
    **expect(ORGANIZATIONS, ["import_confirm", "import_cancel"], POSTS),
    # Organizations are public facts: any staff member may follow their own exports.
    **expect(ORGANIZATIONS, ["export_job", "export_status"], staff(events=OK)),
    **expect(ORGANIZATIONS, ["export_download"], staff(*[REDIRECT] * 4, events=REDIRECT)),
    **expect(MEDIA_CONTACTS, READ_VIEWS, staff(organizer=DENIED)),
    **expect(MEDIA_CONTACTS, [*WRITE_VIEWS, "delete"], staff(translator=DENIED, organizer=DENIED)),
    # Choosing needs only the admin (Wagtail's snippet choosers check no model permission).
    **expect(ORGANIZATION_CHOOSER, CHOOSE_VIEWS, staff(events=OK)),
    **expect(ORGANIZATION_CHOOSER, ["create"], NOT_TRANSLATORS),
    **expect(MEDIA_CONTACT_CHOOSER, CHOOSE_VIEWS, staff(events=OK)),
    **expect(MEDIA_CONTACT_CHOOSER, ["create"], staff(translator=DENIED, organizer=DENIED)),
}


EXPECTATIONS = {
    # The petitions dashboard, abuse report and packets (petitions/admin/viewsets.py, urls.py)
    "petitions_admin:index": ORGANIZER_DATA,
    "petitions_admin:dashboard": ORGANIZER_DATA,
    "petitions_admin:assign": POST_ONLY,
    "petitions_admin:assign_many": POST_ONLY,
    "petitions_admin:resolve": POST_ONLY,
    "petitions_admin:abuse": ORGANIZER_DATA,
    "petitions_admin:invalidate": ORGANIZER_DATA,
    "petitions_admin:packets": ORGANIZER_DATA,
    "petitions_admin:packets_generate": POST_ONLY,
    "petitions_admin:packets_status": ORGANIZER_DATA,
    "petitions_admin:packets_resume": POST_ONLY,
    "petitions_admin:packets_zip": DOWNLOAD,
    "petitions_admin:packets_download": DOWNLOAD,
    "petitions_admin:packets_summary": ORGANIZER_DATA,
    "petitions_admin:packets_sheets": ORGANIZER_DATA,
    # Signatures have no "add" form (signers sign, paper ones are imported).
    **organizer_viewset("petition_signatures", without=["add"]),
    **organizer_viewset("petition_ridings"),
    **organizer_viewset("petition_members"),
    **organizer_viewset("petition_postal_codes"),
    **organizer_viewset("petition_deliveries", imports=False),
    # Event registrants (events/admin/urls.py): Organizers only; Editors publish the events,
    # Events moderators approve partners' events, and neither they nor Event partners see a
    # registrant.
    "events_admin:index": ORGANIZER_DATA,
    "events_admin:registrations": ORGANIZER_DATA,
    "events_admin:checkin": ORGANIZER_DATA,
    "events_admin:message": ORGANIZER_DATA,
    **SNIPPETS,
    # Data URLs outside the admin: public by design, and free of personal data
    # (tests/security/test_personal_data.py).
    "petition_counts_json": public(),
    "wagtaildocs_serve": public(),
    "wagtaildocs_authenticate_with_password": public(NOT_FOUND),
}


# Background export jobs check the listing's permission as well as who started them: staff
# who lose their Organizers membership lose their finished exports too.
EXPORT_JOBS = {
    (f"{namespace}:{view}", role)
    for namespace in ("petition_ridings", "petition_members", "petition_postal_codes")
    for view in ("export_job", "export_status", "export_download")
    for role in ("editor", "translator", *EVENT_ROLES)
}


def walk(resolver, prefix="", namespace=()):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespace, pattern.namespace) if pattern.namespace else namespace
            yield from walk(pattern, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield ":".join((*namespace, pattern.name)), prefix + str(pattern.pattern)


def our_admin_namespaces():
    """Namespaces of the admin viewsets our apps register, or that manage our models."""
    names = set()
    for viewset in admin_viewsets.viewsets:
        model = getattr(viewset, "model", None)
        label = model if isinstance(model, str) or model is None else model._meta.label
        apps = {type(viewset).__module__.split(".")[0], (label or "").split(".")[0]}
        if apps & set(OUR_APPS):
            names.add(viewset.url_namespace)
    return names


def urls_in_scope():
    """{URL name: route} of our admin viewsets, our admin views, /api/ and /documents/."""
    patterns = list(walk(get_resolver()))  # loading the admin's URLs registers the viewsets
    namespaces = our_admin_namespaces()
    model_keys = [
        f"{app}_{model}" for app in OUR_APPS for model in ("organization", "mediacontact")
    ]
    found = {}
    for name, route in patterns:
        namespace = name.rpartition(":")[0]
        ours = namespace in namespaces or any(key in namespace for key in model_keys)
        if route.startswith(("api/", "documents/")) or (route.startswith("admin/") and ours):
            found[name] = route
    return found


def test_every_url_has_an_expectation():
    found = urls_in_scope()

    missing = sorted(set(found) - set(EXPECTATIONS))
    assert not missing, f"decide who may open these URLs (add them to EXPECTATIONS): {missing}"
    stale = sorted(set(EXPECTATIONS) - set(found))
    assert not stale, f"these URLs no longer exist: {stale}"
    # The walk found the organizer tools: an empty scope would make the matrix vacuous.
    assert {"petitions_admin:dashboard", "petition_signatures:index"} <= set(found)


@pytest.fixture
def users(db):
    return {
        "anonymous": None,
        "editor": staff_user("editor", "Editors"),
        "translator": staff_user("translator", "Translators"),
        "organizer": staff_user("organizer", "Organizers"),
        "moderator": staff_user("moderator", EVENTS_MODERATORS),
        "partner": staff_user("partner", EVENT_PARTNERS),
        "superuser": User.objects.create_superuser("root", "root@example.org", "x"),
    }


@pytest.fixture
def objects(private_storage, home_page):
    petition, ridings = make_packet_petition(home_page)
    with TestCase.captureOnCommitCallbacks(execute=True):
        batch, _ = tasks.start_batch(petition, None)
    batch.refresh_from_db()
    riding = ridings["toronto"]
    return {
        "petition": petition,
        "signature": Signature.objects.filter(petition=petition).first(),
        "riding": riding,
        "member": Member.objects.filter(riding=riding).first()
        or Member.objects.create(riding=riding, first_name="Ada", last_name="Member"),
        "postal_code": PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=riding),
        "delivery": DeliveryFactory(petition=petition, riding=riding),
        "batch": batch,
        "packet": Packet.objects.filter(petition=petition).first(),
        "organization": OrganizationFactory(),
        "media_contact": MediaContactFactory(),
        "document": DocumentFactory(),
        "event": event_with_registrants(home_page),
    }


def event_with_registrants(home_page):
    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=index, registration_enabled=True)
    places.register(event, language="en", name="Ana Reyes", email="ana@example.org")
    return event


PK_OBJECT = {
    "petitions_admin": "petition",
    "petition_signatures": "signature",
    "petition_ridings": "riding",
    "petition_members": "member",
    "petition_postal_codes": "postal_code",
    "petition_deliveries": "delivery",
    "events_admin": "event",
    "wagtailsnippets_press_organization": "organization",
    "wagtailsnippets_press_mediacontact": "media_contact",
    "wagtailsnippetchoosers_press_organization": "organization",
    "wagtailsnippetchoosers_press_mediacontact": "media_contact",
}


def job_for(name, user):
    """An import or export job of `user`, in the state in which its URL does something.

    Jobs are seen only by whoever started them. The states are checked imports and finished
    exports.
    """
    namespace, _, view = name.rpartition(":")
    if view.startswith("export_"):
        permission = "petitions.export_signature" if namespace == "petition_signatures" else ""
        return ExportJob.objects.create(
            target=namespace,
            path=reverse("wagtailadmin_home"),
            file_format="csv",
            file_name="export.csv",
            permission=permission,
            created_by=user,
            status=JobStatus.DONE,
            file_key=f"exports/{namespace}.csv",
            total_rows=1,
        )
    return ImportJob.objects.create(
        target=namespace,
        file_name="import.csv",
        file_format="csv",
        encoding="utf-8",
        data=b"a,b\r\n1,2\r\n",
        created_by=user,
        status=JobStatus.CHECKED,
        total_rows=1,
    )


def url_for(name, route, objects, user):
    namespace = name.rpartition(":")[0]
    if name == "wagtaildocs_serve":
        document = objects["document"]
        return reverse(name, args=[document.pk, document.filename])
    if name == "wagtaildocs_authenticate_with_password":
        return reverse(name, args=[999999])
    values = {
        "pk": lambda: objects[PK_OBJECT[namespace]].pk,
        "page_id": lambda: objects["petition"].pk,
        "batch_id": lambda: objects["batch"].pk,
        "packet_id": lambda: objects["packet"].pk,
        "kind": lambda: "pdf",
        "language": lambda: "en",
        "job_id": lambda: job_for(name, user).pk,
    }
    parameters = re.findall(r"<(?:\w+:)?(\w+)>", route)
    return reverse(name, kwargs={parameter: values[parameter]() for parameter in parameters})


def outcome_of(response):
    status = response.status_code
    if status in (301, 302):
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return LOGIN
        if location == reverse("wagtailadmin_home"):
            return DENIED
        return REDIRECT
    if status == 403:
        return DENIED
    return {200: OK, 404: NOT_FOUND, 405: NOT_ALLOWED}.get(status, str(status))


def test_the_permission_matrix(client, users, objects):
    found = urls_in_scope()
    unexpected = []
    for role in ROLES:
        client.logout()
        if users[role] is not None:
            sign_in(client, users[role])
        for name, route in sorted(found.items()):
            expected = EXPECTATIONS.get(name)
            if expected is None:
                continue  # reported by test_every_url_has_an_expectation, or below
            url = url_for(name, route, objects, users[role])
            got = outcome_of(client.get(url))
            if got != expected[role]:
                unexpected.append(f"{role} GET {url} ({name}): {got}, expected {expected[role]}")
    assert not unexpected, "\n".join(unexpected)


def test_staff_who_are_not_organizers_cannot_change_organizer_data(client, users, objects):
    """A POST to every organizers' URL is refused, and nothing changes.

    By Editors, Translators, Events moderators and Event partners.
    """
    before = {
        "signatures": Signature.objects.count(),
        "deliveries": Delivery.objects.count(),
        "batches": objects["batch"].__class__.objects.count(),
        "postal codes": PostalCodeRiding.objects.count(),
    }
    found = urls_in_scope()
    accepted = []
    for role in ("editor", "translator", *EVENT_ROLES):
        client.force_login(users[role])
        for name, route in sorted(found.items()):
            if EXPECTATIONS.get(name, {}).get(role) != DENIED:
                continue
            url = url_for(name, route, objects, users[role])
            got = outcome_of(client.post(url, {}))
            if got not in (DENIED, NOT_ALLOWED):
                accepted.append(f"{role} POST {url} ({name}): {got}")
    assert not accepted, "\n".join(accepted)
    assert before == {
        "signatures": Signature.objects.count(),
        "deliveries": Delivery.objects.count(),
        "batches": objects["batch"].__class__.objects.count(),
        "postal codes": PostalCodeRiding.objects.count(),
    }


def test_event_moderators_and_partners_never_reach_signers_nor_registrants():
    """Whatever the table says of other roles, every organizer URL is closed to them."""
    organizer_urls = [
        name
        for name, expected in EXPECTATIONS.items()
        if name.startswith(("events_admin:", "petition"))
        and expected["organizer"] != expected["editor"]
    ]
    assert {"events_admin:registrations", "petition_signatures:index"} <= set(organizer_urls)
    for name in organizer_urls:
        for role in EVENT_ROLES:
            assert EXPECTATIONS[name][role] in (DENIED, NOT_ALLOWED), (name, role)


def test_export_jobs_need_the_listing_permission(client, users, objects):
    found = urls_in_scope()
    allowed = []
    for name, role in sorted(EXPORT_JOBS):
        client.force_login(users[role])
        url = url_for(name, found[name], objects, users[role])
        got = outcome_of(client.get(url))
        if got != DENIED:
            allowed.append(f"{role} GET {url} ({name}): {got}")
    assert not allowed, "\n".join(allowed)


@pytest.mark.parametrize("action", ["delete", "invalid-action"])
def test_wagtail_bulk_actions_do_not_reach_signatures(client, users, objects, action):
    signature = objects["signature"]
    url = reverse("wagtail_bulk_action", args=["petitions", "signature", action])
    for role in ("editor", "translator"):
        client.force_login(users[role])
        response = client.post(f"{url}?id={signature.pk}", {})
        assert response.status_code in (302, 403, 404), (role, response.status_code)
        assert Signature.objects.filter(pk=signature.pk).exists()
