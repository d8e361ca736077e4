"""Signing a petition (petitions/signing/).

Validation, riding resolution, one signature per email, abuse protection, email confirmation,
closed petitions, counts pooled across translations, confirmation sweeps, concurrency and speed.

The sign flow runs through the test client (CSRF, routing, templates) where the behaviour is
the page's; the domain functions of petitions/signing/flow.py are called directly where that
says more.
"""
