"""Running management commands as the command line does, and reading what they printed."""

import io

from django.core.management import call_command


def run_command(name, *args, with_stderr=False):
    """call_command with its output (stdout, and stderr too if `with_stderr`).

    The arguments are parsed as on the command line.
    """
    out = io.StringIO()
    if with_stderr:
        call_command(name, *args, stdout=out, stderr=out)
    else:
        call_command(name, *args, stdout=out)
    return out.getvalue()
