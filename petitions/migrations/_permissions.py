"""Granting petitions' model permissions to the Organizers group from data migrations."""

from django.contrib.auth.management import create_permissions

ORGANIZERS = "Organizers"


def codenames(model_permissions):
    return [f"{action}_{model}" for model, actions in model_permissions for action in actions]


def grant(apps, model_permissions):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations; these ones are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    organizers, _ = Group.objects.get_or_create(name=ORGANIZERS)
    for codename in codenames(model_permissions):
        organizers.permissions.add(
            Permission.objects.get(content_type__app_label="petitions", codename=codename)
        )


def revoke(apps, model_permissions):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    organizers = Group.objects.filter(name=ORGANIZERS).first()
    if organizers:
        organizers.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="petitions",
                codename__in=codenames(model_permissions),
            )
        )
