"""The test suite; its folders mirror the code (docs/testing.md tells how to run it).

home/          the base app: pages, navigation, search, sitemap, demo, staff groups, site texts
i18n/          translation workflow, language links, PO files, interface strings, machine
               translation, translator permissions
press/         releases, briefs, feeds, the coalition and its import resource
petitions/     petition pages, paper-signature imports, retention, and the flow of a petition:
  signing/       ① the sign form, riding choice, confirmation, abuse protection, speed
  ridings/       ② imports of ridings and MPs, names, Represent, resolution, MP sync
  tally/         ③ counts and the public counts JSON
  packets/       ④⑤ documents, rendering, the pipeline to S3, packets purged with signers
  admin/         the organizers' screens
spreadsheets/  the import/export framework: reading files, import views, background exports
security/      headers, permission matrix, personal data, visibility, redirects, hostile input,
               the private bucket
reliability/   real gunicorn, PostgreSQL and SeaweedFS outages, real workers
e2e/           browser journeys (`make test-browser`)
support/       helpers shared by the tests; factories/ the data they start from
"""
