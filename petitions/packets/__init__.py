"""Delivery packets: one printable PDF (and CSV) per riding for its MP's office.

render.py    ReportLab: the riding packet (pure: no database, no storage); re-exports the rest:
  csvfile.py   the CSV beside each packet (its SHA-256 is printed in the PDF's footers)
  summary.py   the petition summary PDF (per province and per riding, delivered or pending)
  sheets.py    blank House of Commons paper petition sheets (English, French)
  layout.py    the page, styles, literal text, "Page X of Y" in one pass
  fonts.py     the Noto fonts, a font per script, shaping (Gurmukhi)
  synthetic.py made-up content and signers for tests and benchmarks
content.py   what a riding's packet is made of, read from the database (no HTTP, no S3)
storage.py   the private bucket: uploads, keys, presigned downloads
batches.py   starting and resuming a batch, its progress
tasks.py     the django-tasks jobs: a job per riding, then the "all ridings" ZIP
views.py     the organizers' admin views (generate, progress, downloads, summary, sheets)
"""
