"""Import jobs stored before the resources moved still find them (spreadsheets/migrations/0003)."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.utils.module_loading import import_string

from petitions.resources.house_of_commons import HouseOfCommonsMemberResource
from petitions.resources.members import MemberResource
from petitions.resources.postal_codes import PostalCodeRidingResource
from petitions.resources.signatures import SignatureResource
from spreadsheets import runner
from spreadsheets.models import ImportJob


@pytest.mark.django_db
def test_imports_checked_before_the_resources_moved_name_the_new_resources():
    """Migration 0003 points the import jobs of moved resources at the new modules.

    spreadsheets/migrations/0003: an ImportJob keeps its resource's dotted path, which the runner
    imports to apply the file; jobs of moved resources point at the new modules, and back when the
    migration is reversed.
    """
    migration = importlib.import_module("spreadsheets.migrations.0003_moved_resource_paths")
    moved = {
        "petitions.resources.signatures.PostalCodeRidingResource": PostalCodeRidingResource,
        "petitions.resources.ridings.MemberResource": MemberResource,
        "petitions.resources.ridings.HouseOfCommonsMemberResource": HouseOfCommonsMemberResource,
        # Not moved: left as it is.
        "petitions.resources.signatures.SignatureResource": SignatureResource,
    }
    jobs = {
        old: ImportJob.objects.create(
            target="x", resource=old, file_name="x.csv", file_format="csv", data=b""
        )
        for old in moved
    }

    migration.rename_resource_paths(django_apps, None)

    for old, resource_class in moved.items():
        jobs[old].refresh_from_db()
        assert jobs[old].resource == runner.resource_path(resource_class)
        assert import_string(jobs[old].resource) is resource_class

    migration.restore_resource_paths(django_apps, None)

    assert {job.resource for job in ImportJob.objects.all()} == set(moved)
