"""Every route of the URL resolver, with example URLs: the authorisation matrix and the fuzz tests
list their targets from here, so a route added later is checked (or fails for want of a rule)."""

import re
import uuid
from dataclasses import dataclass

from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

FILLERS = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": "00000000-0000-4000-8000-000000000000"}


@dataclass(frozen=True)
class Route:
    """One URL pattern: ``key`` is its name with namespaces ("wagtailadmin_pages:edit"), or its pattern."""

    key: str
    pattern: str
    name: str
    arguments: tuple

    def example_url(self, **values):
        """The URL with every argument filled: from ``values`` when given, else a harmless filler."""
        if not self.name:
            # Unnamed catch-alls (Wagtail's admin 404): the pattern read as a path.
            return "/" + re.sub(r"[\^$]", "", self.pattern).replace(".*", "x")
        kwargs = {name: str(values.get(name, filler)) for name, filler in self.arguments}
        if all(name.isdigit() for name, _filler in self.arguments):
            for positional in ([kwargs[name] for name, _filler in self.arguments], ["x/"] * len(kwargs)):
                try:
                    return reverse(self.name, args=positional)
                except NoReverseMatch:
                    continue
        return reverse(self.name, kwargs=kwargs)


def _arguments(pattern):
    if isinstance(pattern, RoutePattern):
        return tuple(
            (name, FILLERS.get(_converter_name(converter), "1")) for name, converter in pattern.converters.items()
        )
    if isinstance(pattern, RegexPattern):
        regex = pattern.regex
        if regex.groupindex:
            return tuple((name, _regex_filler(pattern._regex, name)) for name in regex.groupindex)
        return tuple((str(index), "1") for index in range(regex.groups))
    return ()


def _converter_name(converter):
    return type(converter).__name__.removesuffix("Converter").lower()


def _regex_filler(source, name):
    # A key or token part matches anything; digits-only parts need digits.
    group = re.search(rf"\(\?P<{name}>([^)]*)\)", source)
    return "1" if group and ("\\d" in group.group(1) or "0-9" in group.group(1)) else "x1"


def all_routes():
    """Every URL pattern (not resolvers) of the project, with i18n routes under the default language."""
    found = []

    def walk(patterns, prefix, namespaces, arguments):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                pattern = entry.pattern
                text = "<lang>/" if isinstance(pattern, LocalePrefixPattern) else str(pattern)
                spaces = [*namespaces, entry.namespace] if entry.namespace else namespaces
                walk(entry.url_patterns, prefix + text, spaces, arguments + _arguments(pattern))
            elif isinstance(entry, URLPattern):
                name = ":".join([*namespaces, entry.name]) if entry.name else ""
                pattern = prefix + str(entry.pattern)
                found.append(Route(name or pattern, pattern, name, arguments + _arguments(entry.pattern)))

    walk(get_resolver().url_patterns, "", [], ())
    return found


def page_subroutes():
    """ "app.Model:route_name" for every named sub-route of every routable page type."""
    names = []
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                if pattern.name:
                    names.append(f"{model._meta.label}:{pattern.name}")
    return sorted(names)


def new_uuid():
    return str(uuid.uuid4())
