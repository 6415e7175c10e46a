from django.core.management.base import BaseCommand, CommandError

from portal.demo import demo_objects, export_demo_po
from portal.languages import language_codes, source_language_code


class Command(BaseCommand):
    help = (
        "Write the demo content's PO files (<app>/demo/translations/<lang>/<key>.po) from the English "
        "loaded in the database: new segments appear untranslated, removed ones are dropped, and every "
        "translation already in a file is kept. Run it after changing the English data files."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", action="append", dest="languages", help="only this language (repeatable)")

    def handle(self, *args, languages=None, **options):
        targets = [code for code in language_codes() if code != source_language_code()]
        unknown = set(languages or []) - set(targets)
        if unknown:
            raise CommandError(f"Not a target language of the portal: {', '.join(sorted(unknown))}")
        written = 0
        untranslated = 0
        for instance in demo_objects():
            for code in languages or targets:
                missing = export_demo_po(instance, code)
                if missing is not None:
                    written += 1
                    untranslated += missing
        self.stdout.write(f"{written} PO files written, {untranslated} segments left to translate.")
