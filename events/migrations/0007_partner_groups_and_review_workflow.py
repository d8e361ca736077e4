"""Partner event submissions: the "Events moderators" and "Event partners" groups, and the
"Partner events review" workflow whose one task the moderators approve.

Neither group gets any page permission here: page permissions are granted on each action day
that is published accepting partner events, and taken back when it stops (events/moderation.py).
Neither ever gets "view registration": only Organizers see registrants.

The names are literals, not events/permissions.py's constants: this migration must keep
creating what it created when it was written. Running it again creates nothing twice.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS = "Events moderators"
PARTNERS = "Event partners"
WORKFLOW = "Partner events review"
TASK = "Events moderators approval"

# (app label, codename) of model permissions, and of permissions on the root collection.
GROUP_PERMISSIONS = {
    # Organizations (press's snippet) are the events' hosts: chosen, seen, never changed.
    MODERATORS: [("wagtailadmin", "access_admin"), ("press", "view_organization")],
    PARTNERS: [("wagtailadmin", "access_admin"), ("press", "view_organization")],
}
COLLECTION_PERMISSIONS = {
    # Moderators keep the image a partner chose; partners upload the picture of their event.
    MODERATORS: [("wagtailimages", "choose_image")],
    PARTNERS: [("wagtailimages", "add_image"), ("wagtailimages", "choose_image")],
}


def create_groups_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    # Permissions are normally created after all migrations; these ones are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name, permissions in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*(permission(*p) for p in permissions))
        if root_collection:
            for app_label, codename in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(app_label, codename),
                )
        groups[name] = group

    # Task is multi-table: the historical model does not set its content type by itself.
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=content_type, active=True)
    task.groups.add(groups[MODERATORS])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_action_day_accepts_partner_events"),
        ("home", "0002_staff_groups"),
        ("press", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
    ]

    # Reversing leaves the groups and the workflow: members, pages and submissions may use them.
    operations = [migrations.RunPython(create_groups_and_workflow, migrations.RunPython.noop)]
