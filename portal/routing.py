"""Routing a URL to its page in one query instead of one (or two) per path segment, and a
page to the view functions of its app, named by dotted path."""

from django.http import Http404
from django.utils.module_loading import import_string

from wagtail.models import Page


class DirectRouteMixin:
    """For a locale's root page: find the deepest page matching the path by ``url_path``.

    Wagtail's own routing walks the tree, a query or two per segment; a lesson five
    levels down cost nine. Behaviour is the same: the deepest matching page routes the
    rest of the path itself (routable pages such as quizzes), and only the final page
    must be live.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = [f"{self.url_path}{'/'.join(path_components[:end])}/" for end in range(1, len(path_components) + 1)]
        candidate = (
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path, depth__gt=self.depth)
            .order_by("-depth")
            .first()
        )
        if candidate is None:
            raise Http404
        consumed = candidate.depth - self.depth
        return candidate.specific.route(request, path_components[consumed:])


def call_view(dotted_path, *args, **kwargs):
    """Call the function at ``dotted_path``. Page models name their views this way instead of
    importing them, so that models sit below views in every app (docs/architecture.md)."""
    return import_string(dotted_path)(*args, **kwargs)


class ViewsByName:
    """Page mixin: what a page shows beyond its fields, and how it answers, live in the app's views.

    ``context_view``: ``f(page, request, context)`` adds to the context (previews use it too).
    ``serve_view``: ``f(page, request, default_serve, *args, **kwargs)`` answers the request;
    ``default_serve`` is Wagtail's own ``serve``.
    """

    context_view = None
    serve_view = None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.context_view is not None:
            call_view(self.context_view, self, request, context)
        return context

    def serve(self, request, *args, **kwargs):
        if self.serve_view is None:
            return super().serve(request, *args, **kwargs)
        return call_view(self.serve_view, self, request, super().serve, *args, **kwargs)
