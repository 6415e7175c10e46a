from wagtail.snippets.models import register_snippet

from portal.models import Domain

register_snippet(Domain)
