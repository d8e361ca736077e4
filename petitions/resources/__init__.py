"""django-import-export resources for petitions' data (imported and exported in the Wagtail
admin): signatures.py (paper and other signatures, the postal-code table) and ridings.py
(ridings and MPs, in our CSV format and the House of Commons members export)."""
