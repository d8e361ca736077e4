"""Delete the transient data that outlived its purpose. Run it hourly (cron).

Unconfirmed import uploads and background exports (spreadsheets/retention.py), and the results of
finished background tasks (home/task_results.py). `purge_signatures` runs it too.
"""

from django.core.management.base import BaseCommand, CommandError

from home import task_results
from spreadsheets import retention


class Command(BaseCommand):
    help = (
        "Delete the files of import uploads checked but not confirmed within "
        "IMPORT_UPLOAD_RETENTION_HOURS, background exports older than EXPORT_RETENTION_HOURS "
        "(their files first), and the results of background tasks finished more than "
        "TASK_RESULT_RETENTION_DAYS ago."
    )

    def handle(self, *args, **options):
        dropped, jobs_deleted = retention.purge_uploads()
        exports = retention.purge_exports()
        tasks_deleted = task_results.purge_finished()

        if options["verbosity"] >= 1:  # `make run` runs it with -v 0: a quiet console
            self.stdout.write(
                f"Deleted the files of {dropped} unconfirmed upload(s) and {jobs_deleted} old "
                f"import job(s); {exports.deleted} export(s) and their files; {tasks_deleted} "
                "finished task result(s)."
            )
        for job_id, error in exports.errors:
            self.stderr.write(
                f"The file of export {job_id} could not be deleted ({error}); the next run "
                "tries again."
            )
        if exports.errors:
            raise CommandError(f"{len(exports.errors)} export file(s) could not be deleted.")
