from wagtail.snippets.models import register_snippet

from portal.models import Country, Domain, SpaceType, Technology, Topic

register_snippet(Domain)
for taxonomy in (Topic, Technology, SpaceType, Country):
    register_snippet(taxonomy)
