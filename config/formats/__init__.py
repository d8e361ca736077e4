"""Date and number formats for the site's languages that Django has no format module for.

Named by settings.FORMAT_MODULE_PATH. Django looks here first and then in django.conf.locale, so a
language without a module here (en, fr, es) keeps Django's formats.
"""
