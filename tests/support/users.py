"""Staff users in the groups the migrations create (Editors, Translators, Organizers...)."""

from django.contrib.auth.models import Group, User


def staff_user(username, *group_names, **fields):
    """A user in the named groups (which must exist: the migrations create the staff groups)."""
    user = User.objects.create_user(username=username, password="x", **fields)
    groups = Group.objects.filter(name__in=group_names)
    assert groups.count() == len(group_names), f"missing group among {group_names}"
    user.groups.set(groups)
    return user
