"""The XLIFF page of a translation: download the file for a CAT tool, upload it back.

Each view asks what wagtail-localize's own PO download and upload ask: that the user may
edit the translated page (or snippet). A refused upload says why and changes nothing.
"""

from django import forms
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST

from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail_localize.models import Translation

from localization.editor_permissions import user_can_edit_translated_object
from localization.xliff import CONTENT_TYPE, XliffRefused, export_xliff, import_xliff, xliff_filename


class XliffUploadForm(forms.Form):
    """An XLIFF file back from a CAT tool; its size is checked before anything reads it."""

    max_size = 5 * 1024 * 1024

    file = forms.FileField(label=gettext_lazy("XLIFF file"), allow_empty_file=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "The file downloaded here, translated in your CAT tool; at most %(size)s."
        ) % {"size": filesizeformat(self.max_size)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.max_size:
            raise forms.ValidationError(
                _("This file is larger than %(size)s.") % {"size": filesizeformat(self.max_size)}, code="too_large"
            )
        return upload


def editable_translation(request, translation_id):
    """The translation and its target, or 404 (no such translation or no target yet), or 403 (not yours to edit)."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "source__locale", "target_locale"), pk=translation_id
    )
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    if not user_can_edit_translated_object(request.user, instance):
        raise PermissionDenied
    return translation, instance


@require_GET
def xliff_translation(request, translation_id):
    """The page a translator opens from the inbox or the editor: the file to download, the form to upload."""
    translation, instance = editable_translation(request, translation_id)
    return _render(request, translation, instance, XliffUploadForm())


def _render(request, translation, instance, form):
    page_title = _("XLIFF file for CAT tools")
    return TemplateResponse(
        request,
        "localization/xliff_translation.html",
        {
            "translation": translation,
            "instance": instance,
            "form": form,
            "editor_url": AdminURLFinder(request.user).get_edit_url(instance),
            "page_title": page_title,
        },
    )


@require_GET
def download_xliff(request, translation_id):
    """The translation as an XLIFF 1.2 attachment named after the page's slug and the target language."""
    translation, _instance = editable_translation(request, translation_id)
    response = HttpResponse(export_xliff(translation), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{xliff_filename(translation)}"'
    return response


@require_POST
def upload_xliff(request, translation_id):
    """Apply an uploaded file, all or nothing, and say so: back to the page, or the page again saying why not."""
    translation, instance = editable_translation(request, translation_id)
    form = XliffUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return _render(request, translation, instance, XliffUploadForm())
    try:
        count = import_xliff(translation, form.cleaned_data["file"].read(), request.user)
    except XliffRefused as refusal:
        messages.error(request, refusal.message)
        return _render(request, translation, instance, XliffUploadForm())
    messages.success(
        request,
        ngettext(
            "%(count)d segment imported from the XLIFF file. Review it in the translation editor, then publish.",
            "%(count)d segments imported from the XLIFF file. Review them in the translation editor, then publish.",
            count,
        )
        % {"count": count},
    )
    return redirect("localization:xliff", translation.pk)
