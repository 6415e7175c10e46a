"""Routing a URL to its page in one query instead of one (or two) per path segment."""

from django.http import Http404

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
