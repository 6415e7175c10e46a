"""Rebuild the search index of every backend, with a progress bar per model."""

from django.conf import settings
from django.core.management.base import BaseCommand

from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index

CHUNK_SIZE = 500
BAR_WIDTH = 30


def progress_bar(done, total, label):
    filled = BAR_WIDTH * done // total if total else BAR_WIDTH
    return f"\r{label:<34} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}"


class Command(BaseCommand):
    help = "Rebuild the search index: every page analysed in its own language, with a progress bar."

    def add_arguments(self, parser):
        parser.add_argument("--backend", help="A name in WAGTAILSEARCH_BACKENDS (default: all).")
        parser.add_argument("--chunk-size", type=int, default=CHUNK_SIZE)

    def handle(self, backend=None, chunk_size=CHUNK_SIZE, **options):
        names = [backend] if backend else list(settings.WAGTAILSEARCH_BACKENDS)
        for name in names:
            self.rebuild(name, chunk_size)

    def rebuild(self, name, chunk_size):
        search_backend = get_search_backend(name)
        if not search_backend.rebuilder_class:
            self.stdout.write(f"{name}: nothing to rebuild")
            return
        indexed = 0
        for index, models in group_models_by_index(search_backend, get_indexed_models()).items():
            rebuilder = search_backend.rebuilder_class(index)
            index = rebuilder.start()
            for model in models:
                index.add_model(model)
            for model in models:
                queryset = model.get_indexed_objects().order_by("pk")
                total = queryset.count()
                label = f"{name}: {model._meta.label}"
                done = 0
                self.stdout.write(progress_bar(done, total, label), ending="")
                for start in range(0, total, chunk_size):
                    chunk = list(queryset[start : start + chunk_size])
                    index.add_items(model, chunk)
                    done += len(chunk)
                    self.stdout.write(progress_bar(done, total, label), ending="")
                    self.stdout.flush()
                self.stdout.write("")
                indexed += done
            rebuilder.finish()
        self.stdout.write(self.style.SUCCESS(f"{name}: indexed {indexed} objects"))
