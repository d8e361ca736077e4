"""The registration form of an event, by its privacy mode, with its custom questions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from events.choices import PrivacyMode

# The honeypot: a text input hidden from people and from assistive technology; bots fill it in.
HONEYPOT_FIELD = "website"
QUESTION_PREFIX = "question_"
MAX_ANSWER_LENGTH = 500


def questions_of(event):
    return [line.strip() for line in event.registration_questions.splitlines() if line.strip()]


class RegistrationForm(forms.Form):
    """Standard events ask a name and an email; anonymous ones at most a nickname.

    An anonymous registrant may give an email only to receive their code and link: it is used
    once and never stored.
    """

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        if event.privacy_mode == PrivacyMode.ANONYMOUS:
            self.fields["nickname"] = forms.CharField(
                label=_("Nickname (optional)"),
                max_length=40,
                required=False,
                help_text=_("Any name you like, or nothing. We never ask your real name."),
            )
            self.fields["email"] = forms.EmailField(
                label=_("Email (optional)"),
                required=False,
                help_text=_(
                    "Only to send you your code and private link. We do not keep it, and we "
                    "cannot send you reminders."
                ),
            )
        else:
            self.fields["name"] = forms.CharField(label=_("Your name"), max_length=200)
            self.fields["email"] = forms.EmailField(
                label=_("Email"),
                help_text=_("We send your private link here, and reminders before the event."),
            )
        for number, question in enumerate(questions_of(event)):
            self.fields[f"{QUESTION_PREFIX}{number}"] = forms.CharField(
                label=question, max_length=MAX_ANSWER_LENGTH, required=False
            )
        for field in self.fields.values():
            if isinstance(field, forms.EmailField):
                field.widget.attrs["autocomplete"] = "email"

    def answers(self):
        """{question: answer} of the questions answered."""
        return {
            self.fields[name].label: value
            for name, value in self.cleaned_data.items()
            if name.startswith(QUESTION_PREFIX) and value
        }

    def error_links(self):
        """(field id, message) for the error summary at the top of the form."""
        return [
            (self[name].auto_id, error)
            for name in self.fields
            for error in self.errors.get(name, [])
        ]


class ChangeForm(forms.Form):
    """What a registrant may change on their private page: their name or nickname, answers."""

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)
        event = registration.event
        if registration.privacy_mode == PrivacyMode.ANONYMOUS:
            self.fields["nickname"] = forms.CharField(
                label=_("Nickname (optional)"),
                max_length=40,
                required=False,
                initial=registration.nickname,
            )
        else:
            self.fields["name"] = forms.CharField(
                label=_("Your name"), max_length=200, initial=registration.name
            )
        for number, question in enumerate(questions_of(event)):
            self.fields[f"{QUESTION_PREFIX}{number}"] = forms.CharField(
                label=question,
                max_length=MAX_ANSWER_LENGTH,
                required=False,
                initial=registration.answers.get(question, ""),
            )

    answers = RegistrationForm.answers
    error_links = RegistrationForm.error_links


def registration_form(page, data=None):
    """The form of `page`'s event, or None when it takes no registrations."""
    if not page.registration_enabled:
        return None
    return RegistrationForm(data, event=page)


def honeypot_filled(data):
    return bool(str(data.get(HONEYPOT_FIELD, "")).strip())
