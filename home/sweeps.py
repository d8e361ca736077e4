"""Emails sent in sweeps: one queued task sends every email due, instead of one task each.

Why: a surge of signatures or registrations would otherwise write one task row each, in the
request, and the worker would run them one by one. A sweep costs the request one cache round
trip and sends hundreds of emails over one SMTP connection.

`schedule(task, key)` enqueues the sweep unless one is enqueued and has not started yet: `key`
is set meanwhile, and the sweep deletes it first thing when it runs, so that whatever is
committed after that moment schedules a sweep of its own, and whatever was committed before is
seen by this one. The key's lifetime bounds how long a lost sweep (a worker that died, a failed
enqueue) delays the next one; a cron command covers the moments when nobody acts.
"""

import logging

from django.core.cache import cache
from django.core.mail import get_connection

KEY_TTL = 30

logger = logging.getLogger(__name__)


def schedule(task, key):
    """Make sure `task` (a sweep) will run after this moment; whether this call enqueued it."""
    if not cache.add(key, 1, timeout=KEY_TTL):
        return False
    try:
        task.enqueue()
    except Exception:
        cache.delete(key)  # the next caller tries again
        raise
    return True


def run(key, send_pending, limit, schedule_next):
    """The body of a sweep task: `send_pending()` → (handled, left); returns how many handled.

    The key is deleted first: what is committed from now on schedules a sweep of its own. A sweep
    that reached its `limit` schedules the next (`schedule_next()`).
    """
    cache.delete(key)
    handled, left = send_pending()
    if left:
        logger.info("Sweep %s: %s handled, some left for the next sweep", key, handled)
    if handled >= limit:
        schedule_next()
    return handled


def send_due(send_next, limit, max_failures):
    """Send the emails due, one `send_next(smtp, failed)` call each, over one SMTP connection.

    `send_next` sends the next email due whose row is not in `failed` (the ids that failed in
    this sweep) and returns (row id, whether it went well), or None when none is left. Stops
    after `limit` sent or `max_failures` failed (the mail server is down: they stay due).
    Returns (rows handled, whether some may be left due).
    """
    handled, failed = 0, []
    smtp = get_connection()
    try:
        while handled < limit and len(failed) < max_failures:
            outcome = send_next(smtp, failed)
            if outcome is None:
                return handled, bool(failed)
            row_id, went_well = outcome
            if went_well:
                handled += 1
            else:
                failed.append(row_id)
    finally:
        smtp.close()
    return handled, True
