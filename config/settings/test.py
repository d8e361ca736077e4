"""pytest: PostgreSQL (DATABASE_URL overrides), locmem email, tasks run inline."""

import os

# Tests that need S3 use the SeaweedFS server of tests/support/s3.py, which overrides STORAGES.
# Without it an S3 call fails fast on a closed loopback port with dummy credentials, whatever
# the environment holds: it never reaches AWS, and boto3 never looks for credentials of its own.
os.environ["AWS_S3_ENDPOINT_URL"] = "http://127.0.0.1:1"
os.environ["AWS_ACCESS_KEY_ID"] = "no-s3-in-this-test"
os.environ["AWS_SECRET_ACCESS_KEY"] = "no-s3-in-this-test"  # noqa: S105

from .base import *  # noqa: F403
from .base import BASE_DIR, env

SECRET_KEY = "test-only-key"  # noqa: S105
DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/test"),
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
WAGTAILADMIN_BASE_URL = "http://testserver"
# The test sites' Wagtail Site is localhost:80 (Wagtail's default): links match it.
PUBLIC_BASE_URL = "http://localhost"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}
# Transactional tests with serialized_rollback (e.g.
# tests/petitions/signing/test_concurrent_signatures.py) restore the data the migrations created
# after each flush. wagtail-localize's LocaleSynchronization rows cannot be restored that way
# (saving one runs a tree sync that needs its locales first), and those tests need none.
TEST_NON_SERIALIZED_APPS = ["wagtail_localize"]
