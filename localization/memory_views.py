"""The translation memory in the admin: suggestions for one translation, and the memory as TMX."""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from localization.editor_permissions import user_can_edit_translated_object
from localization.forms import ApplySuggestionForm, TMXImportForm
from localization.memory_suggestions import THRESHOLD, apply_unit, suggestions_for
from localization.models import MemoryUnit
from localization.tmx import MAX_BYTES, TMXError, export_tmx, import_tmx


def _editable_translation(request, translation_id):
    """The translation, if this user may edit its target in wagtail-localize's editor; else 403/404."""
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise PermissionDenied from None
    if not user_can_edit_translated_object(request.user, target):
        raise PermissionDenied
    return translation, target


def memory_suggestions(request, translation_id):
    """Near matches and previous translations for each segment; "Use" puts one in the segment."""
    translation, target = _editable_translation(request, translation_id)
    if request.method == "POST":
        form = ApplySuggestionForm(request.POST)
        segment = unit = None
        if form.is_valid():
            segment = StringSegment.objects.filter(pk=form.cleaned_data["segment"], source=translation.source).first()
            unit = MemoryUnit.objects.filter(
                pk=form.cleaned_data["unit"],
                source_locale_id=translation.source.locale_id,
                target_locale_id=translation.target_locale_id,
            ).first()
        if segment is None or unit is None:
            messages.error(request, _("This suggestion is not for this translation. Nothing was changed."))
        else:
            apply_unit(translation, segment, unit, request.user)
            messages.success(request, _("The suggestion is in the segment, marked as from translation memory."))
        return redirect("localization:memory_suggestions", translation.pk)
    return TemplateResponse(
        request,
        "localization/memory_suggestions.html",
        {
            "translation": translation,
            "target": target,
            "edit_url": AdminURLFinder(request.user).get_edit_url(target),
            "rows": suggestions_for(translation),
            "threshold": THRESHOLD,
            "page_title": _("Suggestions from the translation memory"),
        },
    )


def _can_read_memory(user):
    return user.has_perm("localization.view_memoryunit")


def memory_index(request):
    """The memory by language pair, each downloadable as TMX, and a TMX import for those allowed."""
    if not _can_read_memory(request.user):
        raise PermissionDenied
    can_import = request.user.has_perm("localization.add_memoryunit")
    source_locale = Locale.get_default()
    form = TMXImportForm()
    if request.method == "POST":
        if not can_import:
            raise PermissionDenied
        form = TMXImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                if upload.size > MAX_BYTES:
                    raise TMXError(_("The file is larger than 5 MB. Split the memory into several files."))
                count = import_tmx(upload.read(), source_locale)
            except TMXError as error:
                form.add_error("file", str(error))
            else:
                messages.success(
                    request,
                    ngettext(
                        "%(count)d translation imported into the memory.",
                        "%(count)d translations imported into the memory.",
                        count,
                    )
                    % {"count": count},
                )
                return redirect("localization:memory")
    pairs = [
        (locale, MemoryUnit.objects.filter(source_locale=source_locale, target_locale=locale).count())
        for locale in Locale.objects.exclude(pk=source_locale.pk).order_by("language_code")
    ]
    return TemplateResponse(
        request,
        "localization/memory_index.html",
        {
            "source_locale": source_locale,
            "pairs": pairs,
            "form": form if can_import else None,
            "page_title": _("Translation memory"),
        },
        status=400 if form.errors else 200,
    )


def memory_export(request, language_code):
    """One language pair's memory as a TMX download."""
    if not _can_read_memory(request.user):
        raise PermissionDenied
    source_locale = Locale.get_default()
    target_locale = get_object_or_404(Locale.objects.exclude(pk=source_locale.pk), language_code=language_code)
    response = HttpResponse(export_tmx(source_locale, target_locale), content_type="application/x-tmx+xml")
    filename = f"agora-memory-{source_locale.language_code}-{target_locale.language_code}.tmx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
