from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from events import urls as events_urls
from home import views as home_views
from home.sitemaps import LocalizedSitemap
from petitions import urls as petitions_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    *petitions_urls.urlpatterns,
    path("brand.css", home_views.brand_stylesheet, name="brand_stylesheet"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under a language prefix (/en/, /fr/, ...); "/" redirects by the
# browser's Accept-Language through LocaleMiddleware.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    *petitions_urls.localized_urlpatterns,
    *events_urls.localized_urlpatterns,
    path("", include(wagtail_urls)),
)
