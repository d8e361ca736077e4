"""The project's URLs plus the bench-only baselines of bench/_views.py.

The baselines are outside the language prefix, so that they skip nothing but the page cache's one
cache read.
"""

from django.urls import path

from bench import _views
from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    path("bench/ok/", _views.ok, name="bench_ok"),
    path("bench/insert/", _views.insert, name="bench_insert"),
    path("bench/counts/<int:page_id>/", _views.counts, name="bench_counts"),
    path(
        "bench/counts-payload-cached/<int:page_id>/",
        _views.counts_payload_cached,
        name="bench_counts_payload_cached",
    ),
    *project_urlpatterns,
]
