"""django-import-export resources for petitions' data.

They are imported and exported in the Wagtail admin: signatures.py (paper and other signatures;
their cells: signature_cells.py), postal_codes.py (the postal-code-to-riding table), ridings.py
(ridings), members.py (MPs in our CSV format), house_of_commons.py (MPs in the House of Commons
members export), and options.py (the options forms of these imports).
"""
