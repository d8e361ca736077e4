"""Delivery packets: one printable PDF (and CSV) per riding for its MP's office.

render.py    ReportLab: the riding packet, the petition summary, blank paper petition sheets
content.py   what a riding's packet is made of, read from the database (no HTTP, no S3)
storage.py   the private bucket: uploads, keys, presigned downloads
batches.py   starting and resuming a batch, its progress
tasks.py     the django-tasks jobs: a job per riding, then the "all ridings" ZIP
views.py     the organizers' admin views (generate, progress, downloads, summary, sheets)
"""
