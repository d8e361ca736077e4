"""Messaging every registrant of an event: the form, the log, the workers' emails."""

import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.admin.base import EventView, admin_url
from events.models import RegistrantMessage, Registration
from events.permissions import MESSAGE_REGISTRANTS
from events.registration import tasks

logger = logging.getLogger(__name__)


class MessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=200)
    body = forms.CharField(label=gettext_lazy("Message"), widget=forms.Textarea, max_length=5000)


def send_message(event, subject, body, user):
    """Log the message and queue one email per active registrant with an address.

    Returns the RegistrantMessage. Anonymous registrants have no address: they are not reached.
    """
    ids = list(
        Registration.objects.filter(event=event)
        .exclude(status=Registration.Status.CANCELLED)
        .exclude(email="")
        .values_list("pk", flat=True)
    )
    message = RegistrantMessage.objects.create(
        event=event, subject=subject, body=body, sent_by=user, recipients=len(ids)
    )
    logger.info("Message %s to %s registrants of event %s", message.pk, len(ids), event.pk)
    transaction.on_commit(
        lambda: [tasks.send_organizer_message_email.enqueue(message.pk, pk) for pk in ids]
    )
    return message


class MessageView(EventView):
    template_name = "events/admin/message.html"
    page_title = gettext_lazy("Message all registrants")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(MESSAGE_REGISTRANTS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        form = MessageForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        sent = send_message(
            self.event, form.cleaned_data["subject"], form.cleaned_data["body"], request.user
        )
        messages.success(
            request,
            _("Your message is being sent to %(count)s registrants.") % {"count": sent.recipients},
        )
        return redirect(admin_url("registrations", self.event.pk))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", MessageForm())
        context["log"] = RegistrantMessage.objects.filter(event=self.event)[:20]
        context["anonymous"] = self.event.privacy_mode == "anonymous"
        return context
