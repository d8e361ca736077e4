"""The organizers' Wagtail admin of petitions, one module per screen.

It is registered in petitions/wagtail_hooks.py. The modules:

viewsets.py       every viewset under the "Petitions" menu, and the menu group
urls.py           the URLs of the petitions dashboard, each petition's pages and its packets
base.py           PetitionAdminView (a view about one petition), SafeDeleteView, the 403 helpers
petition_list.py  the petitions dashboard: every petition with its totals
dashboard.py      one petition's dashboard, and assigning a riding to a signature
abuse_report.py   the abuse report, and the bulk invalidation (or restoration) it leads to
log_actions.py    the history entries those bulk changes leave on the petition
signatures.py     the signatures listing: filters, search, export, correcting, deleting
ridings.py        the ridings, MPs and postal codes listings
packets.py        a petition's delivery packets page: generate, resume, progress
packet_files.py   the downloads: packet PDF/CSV, batch ZIP, summary PDF, blank sheets
deliveries.py     the delivery log's filters, form and views

Permissions are named in petitions/permissions.py; the queries with no HTTP in them are in
petitions/dashboard.py, moderation.py and delivery.py.
"""
