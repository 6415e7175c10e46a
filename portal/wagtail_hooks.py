from wagtail.snippets.models import register_snippet

from portal.models import Country, Domain, SpaceType, Technology, Topic
from portal.snippet_permissions import LocaleSnippetViewSet

# Each row is changed by those who work in its language (portal/snippet_permissions.py).
for taxonomy in (Domain, Topic, Technology, SpaceType, Country):
    register_snippet(taxonomy, viewset=LocaleSnippetViewSet)
