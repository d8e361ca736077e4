"""Settings shared by every environment.

Values that differ per deployment come from the environment (see README.md, "Configuration");
dev.py, test.py and production.py only change defaults.
"""

from datetime import timedelta
from pathlib import Path

import django.conf.locale
import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "press",
    "petitions",
    "events",
    "spreadsheets",
    "staff_auth",
    # wagtail-localize must come before wagtail's own apps (its docs, "Installation").
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    # Wagtail's users app with our user viewset: its edit page offers superusers a "Reset
    # two-factor authentication" action (staff_auth/user_views.py).
    "staff_auth.users_app.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "import_export",
    "django_tasks",
    "django_tasks_db",
    "storages",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Early, so that its headers reach every response, cached petition pages included.
    "config.security.ContentSecurityPolicyMiddleware",
    "config.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common (Django's i18n docs): it picks the language from the URL.
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session has passed a second factor...
    "django_otp.middleware.OTPMiddleware",
    # ...which the admin demands of those who must use one (staff_auth/middleware.py).
    "staff_auth.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # django-axes: answers a locked-out sign-in with config.security.login_locked_out.
    "axes.middleware.AxesMiddleware",
    # A database outage during a view: a translated 503 page with Retry-After, not a 500.
    "home.middleware.DatabaseUnavailableMiddleware",
    # Last, so that a page it serves from its cache passes through every other middleware's
    # response processing (CSRF cookie, X-Frame-Options, ...) like any other response.
    "home.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env("REDIS_URL", default=""):
    CACHES = {
        "default": {
            # Django's, reusing one Redis client per process (see the module).
            "BACKEND": "config.redis_cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="coalition"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalization. Django ships no locale data for Tagalog, so it is declared here.
django.conf.locale.LANG_INFO.setdefault(
    "tl", {"bidi": False, "code": "tl", "name": "Tagalog", "name_local": "Tagalog"}
)
# Filipino (fil, fil-PH: what Philippine phones and browsers send in Accept-Language) is
# standardized Tagalog: those visitors get the Tagalog site. Django tries a code's fallbacks,
# but not the fallbacks of its generic form, so both are listed.
for _filipino in ("fil", "fil-ph"):
    django.conf.locale.LANG_INFO.setdefault(_filipino, {"fallback": ["tl"]})
LANGUAGE_CODE = "en"
# Endonyms: the language switcher shows each language in its own name.
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("tl", "Tagalog"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date and number formats for pa and tl, which Django has no format module for; en, fr and es
# use Django's. Numbers are grouped only where a template asks (the humanize `intcomma`
# filter on counts): USE_THOUSAND_SEPARATOR stays off so that years, ids and sizes print as
# plain digits.
FORMAT_MODULE_PATH = ["config.formats"]
# The coalition's local time: admin screens, cover letters, packets and their file names show
# moments in it, and dates (a signature's day, a letter's date) are taken in it.
TIME_ZONE = env("TIME_ZONE", default="America/Toronto")
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATIC_ROOT = BASE_DIR / "var" / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
MEDIA_URL = "/media/"

# Object storage. Packets and exports go to a private S3 bucket (the "private" storage);
# public media (images, documents) stay on MEDIA_ROOT unless AWS_MEDIA_BUCKET_NAME is set.
AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default="us-east-1")
AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID", default=None)
AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="coalition-private")
AWS_MEDIA_BUCKET_NAME = env("AWS_MEDIA_BUCKET_NAME", default="")
PRESIGNED_URL_EXPIRY_SECONDS = env.int("PRESIGNED_URL_EXPIRY_SECONDS", default=300)

_s3_options = {
    "endpoint_url": AWS_S3_ENDPOINT_URL,
    "region_name": AWS_S3_REGION_NAME,
    "access_key": AWS_ACCESS_KEY_ID,
    "secret_key": AWS_SECRET_ACCESS_KEY,
    "signature_version": "s3v4",
    "addressing_style": "path",
}
STORAGES = {
    "default": (
        {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **_s3_options,
                "bucket_name": AWS_MEDIA_BUCKET_NAME,
                "location": "media",
                "querystring_auth": False,
                "file_overwrite": False,
                # The bucket's policy lets the public read images only (docs/deploying.md):
                # documents are read with the credentials, by Wagtail's serve view (below).
            },
        }
        if AWS_MEDIA_BUCKET_NAME
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "private": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_options,
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": PRESIGNED_URL_EXPIRY_SECONDS,
            "file_overwrite": False,
        },
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Background jobs (django-tasks with the database backend; workers run `manage.py db_worker`).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="petitions@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Machine translation in wagtail-localize's editor, off unless MACHINE_TRANSLATOR is set.
MACHINE_TRANSLATORS = {
    "deepl": (
        "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        {"AUTH_KEY": env("DEEPL_AUTH_KEY", default="")},
    ),
    "google": (
        "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        {
            "PROJECT_ID": env("GOOGLE_TRANSLATE_PROJECT_ID", default=""),
            "CREDENTIALS_PATH": env("GOOGLE_APPLICATION_CREDENTIALS", default=""),
        },
    ),
    "libretranslate": (
        "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        {
            "LIBRETRANSLATE_URL": env("LIBRETRANSLATE_URL", default=""),
            "API_KEY": env("LIBRETRANSLATE_API_KEY", default=""),
        },
    ),
    "dummy": ("wagtail_localize.machine_translators.dummy.DummyTranslator", {}),
}
if _translator := env("MACHINE_TRANSLATOR", default=""):
    if _translator not in MACHINE_TRANSLATORS:
        raise ImproperlyConfigured(
            f"MACHINE_TRANSLATOR must be one of {', '.join(MACHINE_TRANSLATORS)} or empty."
        )
    _class, _options = MACHINE_TRANSLATORS[_translator]
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": _class, "OPTIONS": _options}

# Riding and MP facts (read in place, never copied into the repository).
RIDING_DATA_DIR = Path(env("RIDING_DATA_DIR", default=str(BASE_DIR.parent / "shared" / "data")))

# The address visitors reach the site at, without a trailing slash: the base of every absolute
# link (emails, share links, canonical and hreflang, the sitemap; home/public_url.py). `make run`
# sets it to what it serves, and points the Wagtail Site at it (`manage.py sync_site_address`).
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")

# Wagtail
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", default="Migrant Workers Coalition")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=PUBLIC_BASE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
# Every document download goes through Wagtail's serve view, which checks its collection's view
# restrictions (private collections) before it streams the file. Wagtail's default for a remote
# storage (the media bucket) is a redirect to the file's bucket URL: a permanent public address
# that anyone it reaches could open without any check.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

PAGE_SIZE_PRESS_RELEASES = 20

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.db.backends": {"level": "WARNING"},
    },
}

# Petitions
# The Open North Represent API for postal-code lookups; empty to disable (the signer then
# picks their riding among their province's).
REPRESENT_API_URL = env("REPRESENT_API_URL", default="")
REPRESENT_API_TIMEOUT = env.float("REPRESENT_API_TIMEOUT", default=2.0)
REPRESENT_API_REQUESTS_PER_MINUTE = env.int("REPRESENT_API_REQUESTS_PER_MINUTE", default=60)
# Retention (`manage.py purge_signatures`, run daily): signatures of petitions closed or
# delivered more than this many days ago are anonymized, keeping their riding counts...
SIGNATURE_RETENTION_DAYS = env.int("SIGNATURE_RETENTION_DAYS", default=180)
# ...and signatures never confirmed are deleted after this many days.
UNCONFIRMED_SIGNATURE_DAYS = env.int("UNCONFIRMED_SIGNATURE_DAYS", default=7)
# Signing (petitions/signing/). A client network (an IPv4 address or an IPv6 /64:
# home/client_ip.py) may sign one petition at most "count/seconds" times (counted in the shared
# cache); over that it gets a 429 page.
_rate_count, _rate_seconds = env("PETITION_RATE_LIMIT", default="10/3600").split("/")
PETITION_RATE_LIMIT = (int(_rate_count), int(_rate_seconds))
# IP addresses are stored only as HMAC-SHA256(IP_HASH_SALT, network of the address: the IPv4
# address or the IPv6 /64); empty: a key derived from
# SECRET_KEY. Changing it makes old hashes unmatchable (they are only compared, never read).
IP_HASH_SALT = env("IP_HASH_SALT", default="")
# Reverse proxies in front of the site that append the client address to X-Forwarded-For.
# 0: the client is REMOTE_ADDR and X-Forwarded-For is ignored (any client can send one).
NUM_PROXIES = env.int("NUM_PROXIES", default=0)
# Lifetime in seconds of the confirmation link emailed to signers (it also asks the riding)...
PETITION_CONFIRM_LINK_MAX_AGE = env.int("PETITION_CONFIRM_LINK_MAX_AGE", default=60 * 60 * 24 * 7)
# ...and of the link to withdraw a signature or change who may see the name.
PETITION_MANAGE_LINK_MAX_AGE = env.int("PETITION_MANAGE_LINK_MAX_AGE", default=60 * 60 * 24 * 365)
# Emails to one address (any petition), counted in the shared cache by a hash of the address:
# at most "count/seconds"; more are not sent (the sign form would otherwise relay floods).
_emails_count, _emails_seconds = env("PETITION_EMAILS_PER_ADDRESS", default="3/86400").split("/")
PETITION_EMAILS_PER_ADDRESS = (int(_emails_count), int(_emails_seconds))
# Public counts (pages, counts JSON) show a riding or province with fewer counted signatures
# than this as "fewer than N"; totals stay exact, organizers see every count.
PUBLIC_COUNT_THRESHOLD = env.int("PUBLIC_COUNT_THRESHOLD", default=5)
# Anonymous visitors get petition and event pages from the shared cache (home/page_cache.py).
ANONYMOUS_PAGE_CACHE = env.bool("ANONYMOUS_PAGE_CACHE", default=True)
# A translated page instead of Django's technical 403 when a form's CSRF check fails.
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

# Delivery packets (petitions/packets/). Fonts: Debian's fonts-noto-core (`make system-deps`),
# which has Latin and Gurmukhi.
PACKET_FONT_DIR = Path(env("PACKET_FONT_DIR", default="/usr/share/fonts/truetype/noto"))
# Postal codes of named signers in packets: "full" (M5S 2T9) or "fsa" (first three: M5S).
PACKET_POSTAL_CODE = env("PACKET_POSTAL_CODE", default="full")

# Transient data (`manage.py purge_transient_data`, run hourly; spreadsheets/retention.py and
# home/task_results.py). An uploaded import file that was checked but not confirmed is deleted
# after this many hours...
IMPORT_UPLOAD_RETENTION_HOURS = env.int("IMPORT_UPLOAD_RETENTION_HOURS", default=1)
# ...a background export (its file in the private bucket) this many hours after it started...
EXPORT_RETENTION_HOURS = env.int("EXPORT_RETENTION_HOURS", default=24)
# ...and the stored result of a finished background task (it holds the task's arguments and
# return value, and a failure's traceback) this many days after it finished.
TASK_RESULT_RETENTION_DAYS = env.int("TASK_RESULT_RETENTION_DAYS", default=7)

# Imports in the admin (django-import-export): larger uploads are refused...
IMPORT_MAX_UPLOAD_BYTES = env.int("IMPORT_MAX_UPLOAD_BYTES", default=20 * 1024 * 1024)
# ...and files with more rows than this are applied by a background task with a progress bar.
IMPORT_BACKGROUND_ROWS = env.int("IMPORT_BACKGROUND_ROWS", default=2000)
# An XLSX workbook is a zip archive: a small upload can unpack to gigabytes (a "zip bomb").
# Before openpyxl opens one, its parts' stated sizes are checked (spreadsheets/archive_limits.py):
# together, or any one of them, they may unpack to this many bytes at most (10 times the largest
# upload: real sheets pack 5 to 30 to one)...
IMPORT_MAX_UNCOMPRESSED_BYTES = env.int("IMPORT_MAX_UNCOMPRESSED_BYTES", default=200 * 1024 * 1024)
# ...and a part over 1 MB may unpack at most this many times its packed size (a run of one
# character packs about a thousand to one).
IMPORT_MAX_COMPRESSION_RATIO = env.int("IMPORT_MAX_COMPRESSION_RATIO", default=100)

# Security headers (config/security.py explains the two policies). EMBED_FRAME_ORIGINS: the
# video players editors may embed, comma-separated origins.
from config import csp as _csp  # noqa: E402

ADMIN_URL_PREFIX = "/admin/"
_media_origins = _csp.media_origins(AWS_MEDIA_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME)
_embed_origins = env.list("EMBED_FRAME_ORIGINS", default=_csp.DEFAULT_EMBED_FRAME_ORIGINS)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": _csp.public_directives(media=_media_origins, frames=_embed_origins)
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": _csp.admin_directives(media=_media_origins, frames=_embed_origins)
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# No Gravatar: staff avatars would be fetched from a third party with a hash of their email.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Sessions are for staff only (visitors of the public site get none). They end when the browser
# closes, and at the latest ADMIN_SESSION_HOURS after signing in: a staff session left open on a
# shared computer opens names and emails of signers.
SESSION_COOKIE_AGE = env.int("ADMIN_SESSION_HOURS", default=8) * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# The admin login: django-axes counts failed sign-ins per client network (an IPv4 address or
# an IPv6 /64: home/client_ip.py) in the database (shared by every web process) and refuses
# that network for LOGIN_LOCKOUT_MINUTES after LOGIN_FAILURE_LIMIT failures, with a translated
# 429 page. Per network rather than per username, so that nobody can lock a colleague out by
# guessing at their username.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.client_ip.client_network"
AXES_LOCKOUT_CALLABLE = "config.security.login_locked_out"
# Successful sign-ins are not recorded (staff addresses and browsers kept for nothing).
AXES_DISABLE_ACCESS_LOG = True
# Its start-up banner and per-sign-in INFO lines would fill every process's log.
AXES_VERBOSE = False

# Two-factor authentication of staff (staff_auth/, django-otp). Superusers and the members of
# these groups must confirm each sign-in with a code from an authenticator app (or a one-time
# recovery code); any other staff member may turn it on from their account page.
TWO_FACTOR_REQUIRED_GROUPS = env.list("TWO_FACTOR_REQUIRED_GROUPS", default=["Organizers"])
# The name authenticator apps show beside the account.
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# django-otp's throttling: after n wrong codes in a row, the next is refused for 2^(n-1)
# seconds (1, 2, 4, 8...). Wrong codes also count as failed sign-ins for django-axes above...
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# ...whose records keep a failed attempt's form data: never the code typed.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]

# Events (events/, docs/events.md). A client network may register for one event at most
# "count/seconds" times (the shared cache, as signing); over that it gets a 429 page.
_event_rate_count, _event_rate_seconds = env("EVENT_RATE_LIMIT", default="10/3600").split("/")
EVENT_RATE_LIMIT = (int(_event_rate_count), int(_event_rate_seconds))
# Registrants see the video link and a private address on their private page from this many
# minutes before the start until the end.
EVENT_REVEAL_MINUTES = env.int("EVENT_REVEAL_MINUTES", default=30)
# Registrants of standard events are deleted this many days after the event ends (counts stay);
# those of anonymous events within 24 hours, whatever this says.
EVENT_REGISTRATION_RETENTION_DAYS = env.int("EVENT_REGISTRATION_RETENTION_DAYS", default=30)
