"""The permissions that open the organizers' tools, each named once.

Signers' personal data is shown to those with "view signature" (Organizers) only; exports
need "export signature", changes "change signature". Packets name signers: every packet view
needs "view packet"; starting or resuming a batch needs "add packet batch". Editors and
Translators hold none of these (the groups and their permissions are set by migrations).
"""

# Signatures
VIEW_SIGNATURES = "petitions.view_signature"
ADD_SIGNATURES = "petitions.add_signature"
CHANGE_SIGNATURES = "petitions.change_signature"
EXPORT_SIGNATURES = "petitions.export_signature"

# Delivery packets and the delivery log
VIEW_PACKETS = "petitions.view_packet"
GENERATE_PACKETS = "petitions.add_packetbatch"
ADD_DELIVERIES = "petitions.add_delivery"

# Spreadsheet imports: every permission listed is needed. Importing signers' details, like
# exporting them, is for Organizers only.
IMPORT_SIGNATURES = (ADD_SIGNATURES, EXPORT_SIGNATURES)
IMPORT_RIDINGS = ("petitions.add_riding", "petitions.change_riding")
IMPORT_MEMBERS = ("petitions.add_member", "petitions.change_member")
IMPORT_POSTAL_CODES = ("petitions.add_postalcoderiding", "petitions.change_postalcoderiding")
