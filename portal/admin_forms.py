"""The admin's page form: choices of translatable things (taxonomy terms, snippets) in the edited
page's locale only, so that "Types of space" offers six terms in one language, not every term in
every language. What the page already carries stays offered, so saving never drops a choice."""

from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin


class LocaleChoicesPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TranslatableMixin):
                continue
            field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=self._chosen(name)))

    def _chosen(self, name):
        """Primary keys the page carries in ``name`` now (one for a foreign key, several for many-to-many)."""
        value = self.initial.get(name)
        single = value is None or isinstance(value, str | int) or hasattr(value, "pk")  # none, a key, an instance
        values = [value] if single else list(value)  # else a list or a queryset of instances or keys
        return [getattr(item, "pk", item) for item in values if item is not None]
