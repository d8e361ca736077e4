"""Apply the signature retention rules of petitions/retention.py. Run it daily (cron).

It ends with `purge_transient_data` (uploads, exports, task results), which cron runs hourly as
well: a deployment that runs only this command still purges them once a day.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from petitions import retention


class Command(BaseCommand):
    help = (
        "Anonymize the signatures of petitions closed or delivered more than "
        "SIGNATURE_RETENTION_DAYS days ago (riding counts are kept) and delete signatures "
        "left unconfirmed for more than UNCONFIRMED_SIGNATURE_DAYS days. Anonymized "
        "petitions' delivery packets (which name signers) are deleted too. Then runs "
        "purge_transient_data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Anonymize petitions finished more than this many days ago "
            f"(default: SIGNATURE_RETENTION_DAYS, now {retention.retention_days()}).",
        )
        parser.add_argument(
            "--unconfirmed-days",
            type=int,
            default=None,
            help="Delete unconfirmed signatures older than this many days "
            f"(default: UNCONFIRMED_SIGNATURE_DAYS, now {retention.unconfirmed_days()}).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print what would be done and change nothing.",
        )

    def handle(self, *args, days=None, unconfirmed_days=None, dry_run=False, **options):
        for name, value in (("--days", days), ("--unconfirmed-days", unconfirmed_days)):
            if value is not None and value < 0:
                raise CommandError(f"{name} must be zero or more.")
        report = retention.purge(retention=days, unconfirmed=unconfirmed_days, dry_run=dry_run)

        prefix = "Would " if dry_run else ""
        delete_verb = "delete" if dry_run else "Deleted"
        anonymize_verb = "anonymize" if dry_run else "Anonymized"
        for petition, n in report.deleted:
            self.stdout.write(
                f"{prefix}{delete_verb} {n} unconfirmed signature(s) of petition "
                f"{petition.pk} ({petition.title})"
            )
        for petition, n in report.anonymized:
            self.stdout.write(
                f"{prefix}{anonymize_verb} {n} signature(s) of petition {petition.pk} "
                f"({petition.title}, {petition.status})"
            )
        for petition, n in report.packets:
            self.stdout.write(
                f"{prefix}{delete_verb} {n} delivery packet(s) of petition {petition.pk} "
                f"({petition.title}) and their files"
            )
        for petition, error in report.packet_errors:
            self.stderr.write(
                f"The packets of petition {petition.pk} ({petition.title}) could not be "
                f"deleted: {error}. The next run tries again."
            )
        summary = (
            f"{prefix}{delete_verb} {report.deleted_total} unconfirmed signature(s); "
            f"{anonymize_verb.lower() if not dry_run else anonymize_verb} "
            f"{report.anonymized_total} signature(s) on {len(report.anonymized)} petition(s)."
        )
        if dry_run:
            summary += " Dry run: nothing was changed."
        self.stdout.write(self.style.SUCCESS(summary))
        if not dry_run:
            call_command("purge_transient_data", stdout=self.stdout, stderr=self.stderr)
        if report.packet_errors:
            raise CommandError(
                f"The packets of {len(report.packet_errors)} petition(s) could not be deleted."
            )
