"""Helpers shared by the test modules, one concern a module.

HTML (html), users, the database (database), drafts and embargoes (publishing), wagtail-localize
(localize), the sign form (signing), the admin's pages (admin_pages), import-export resources
(resources), management commands (commands), real services on loopback (s3, redis, loopback_http,
represent), PDFs (pdfs), a site with every public page (public_site) and the repository's paths
(paths).
"""
