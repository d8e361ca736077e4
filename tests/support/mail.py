"""A mail server that refuses some addresses, for the tests of email sweeps."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend


class RefusingBackend(EmailBackend):
    """The locmem backend, but the mail server refuses the addresses in `refused`.

    It refuses them as an SMTP server does, naming the address in the error. Use it with
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingBackend".
    """

    refused = set()

    def send_messages(self, messages):
        for message in messages:
            for address in message.to:
                if address in self.refused:
                    raise smtplib.SMTPRecipientsRefused({address: (450, b"try again later")})
        return super().send_messages(messages)
