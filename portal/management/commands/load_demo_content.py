from django.core.management.base import BaseCommand

from portal.demo import run_demo_loaders


class Command(BaseCommand):
    help = "Load Agora's demo content in eight languages. Safe to run again: it adds only what is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--source-only",
            action="store_true",
            help="load the English only, leaving the PO files aside (what `make demo-po` needs)",
        )

    def handle(self, *args, source_only=False, **options):
        run_demo_loaders(lambda message: self.stdout.write(message), translate=not source_only)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
