"""Texts of the press app's demo content, one module per kind.

Releases, briefs and organizations (with the coalition page and the media contacts).
"""
