"""The error of an imported file or of what an import reads, shared by every importer.

What an import reads may be a spreadsheet, a CSV file or an API. The error's message is shown to
the person who imported, in their language.
"""


class DataImportError(Exception):
    """A problem with an imported file.

    The message is a lazy translatable string with %(name)s placeholders filled from params when
    shown, so that the admin can show it in the user's language.
    """

    def __init__(self, message, params=None):
        super().__init__(message)
        self.message = message
        self.params = params or {}

    @property
    def text(self):
        return str(self.message % self.params) if self.params else str(self.message)

    def __str__(self):
        return self.text
