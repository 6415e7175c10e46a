from django.core.management.base import BaseCommand

from portal.demo import run_demo_loaders


class Command(BaseCommand):
    help = "Load Agora's demo content in several languages. Safe to run again: it adds only what is missing."

    def handle(self, *args, **options):
        run_demo_loaders(lambda message: self.stdout.write(message))
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
