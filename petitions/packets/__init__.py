"""Delivery packets: one printable PDF (and CSV) per riding for its MP's office.

The organizers' screens are in petitions/admin/ (packets.py, packet_files.py).

records.py   the plain records passed around (NamedSigner, Recipient, PacketContent, SummaryRow)
render.py    ReportLab: the riding packet's document and render_packet() (pure: no database,
             no storage), drawn from:
  letter.py        the cover letter to the MP, in one language
  signer_table.py  the signers' table, laid out a page at a time
csvfile.py   the CSV beside each packet (its SHA-256 is printed in the PDF's footers)
summary.py   the petition summary PDF (per province and per riding, delivered or pending)
sheets.py    blank House of Commons paper petition sheets (English, French)
layout.py    the page, styles, literal text, "Page X of Y" in one pass
fonts.py     the Noto fonts, a font per script, shaping (Gurmukhi)
synthetic.py made-up content and signers for tests and benchmarks
content.py   what a riding's packet is made of, read from the database (no HTTP, no S3)
storage.py   the private bucket: uploads, keys, presigned downloads
batches.py   a batch's state: creating and reopening it, its progress, its end, job locks
archive.py   the "all ridings" ZIP and its manifest
tasks.py     the django-tasks jobs (a job per riding, then the "all ridings" ZIP) and every
             enqueue of them: start_batch(), resume()
"""
