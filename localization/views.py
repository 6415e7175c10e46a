from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.admin import messages
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator

from localization import batch
from localization.forms import SectionMachineTranslationForm, TranslationBatchForm
from localization.inbox import inbox_items, inbox_locales
from localization.machine_translation import translate_section_by_machine
from localization.machine_translators import machine_of
from localization.status import STATUS_LABELS, section_pages, status_rows

ROWS_PER_PAGE = 50
LAST_SECTION_KEY = "agora_translation_status_section"


def _source_locale():
    return Locale.get_default()


def _sections(source_locale):
    """Pages an editor can narrow the matrix to: the top levels of the source tree."""
    return Page.objects.filter(locale=source_locale, depth__in=[2, 3, 4], numchild__gt=0).order_by("path")


def translation_status(request):
    """Pages by languages: what is missing, in progress, out of date or up to date."""
    source_locale = _source_locale()
    sections = list(_sections(source_locale).only("id", "title", "depth", "path", "locale_id"))
    top = min((candidate.depth for candidate in sections), default=0)
    for candidate in sections:
        candidate.indent = "\u2003" * (candidate.depth - top)  # em spaces: an <option> takes no style
    # The section asked for, else the one this editor looked at last, else the whole site.
    section_id = request.GET.get("section") or str(request.session.get(LAST_SECTION_KEY, ""))
    section = next((candidate for candidate in sections if str(candidate.pk) == section_id), None)
    if section is None and sections:
        section = sections[0]
    if section is not None:
        request.session[LAST_SECTION_KEY] = section.pk
    target_locales = list(Locale.objects.exclude(pk=source_locale.pk).order_by("language_code"))
    paginator = Paginator(section_pages(section) if section else Page.objects.none(), ROWS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "localization/translation_status.html",
        {
            "sections": sections,
            "section": section,
            "locales": target_locales,
            "rows": status_rows(page_obj.object_list, target_locales),
            "page_obj": page_obj,
            "legend": STATUS_LABELS.items(),
            "can_send": request.user.has_perm("wagtail_localize.submit_translation"),
            "page_title": _("Translation status"),
        },
    )


def translation_inbox(request):
    """What waits in my languages, oldest first; filters by language and section."""
    locales = inbox_locales(request.user)
    language = request.GET.get("language", "")
    chosen = [locale for locale in locales if locale.language_code == language] or locales
    sections = list(_sections(_source_locale()).only("id", "title", "depth", "path", "locale_id"))
    section_id = request.GET.get("section", "")
    section = next((candidate for candidate in sections if str(candidate.pk) == section_id), None)
    paginator = Paginator(inbox_items(chosen, section), ROWS_PER_PAGE)
    return TemplateResponse(
        request,
        "localization/translation_inbox.html",
        {
            "locales": locales,
            "language": language if len(chosen) == 1 and len(locales) > 1 else "",
            "sections": sections,
            "section": section,
            "page_obj": paginator.get_page(request.GET.get("p")),
            "can_send": request.user.has_perm("wagtail_localize.submit_translation"),
            "page_title": _("Translation inbox"),
        },
    )


def translate_section(request, page_id):
    """Machine-translate a page and, optionally, every page below it, into chosen languages."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translator = machine_of(get_machine_translator())
    if translator is None:
        messages.error(request, _("No machine translator is configured."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    form = SectionMachineTranslationForm(request.POST if request.method == "POST" else None, source_locale=page.locale)
    if request.method == "POST" and form.is_valid():
        done = translate_section_by_machine(
            page, list(form.cleaned_data["locales"]), request.user, form.cleaned_data["include_subpages"]
        )
        messages.success(
            request,
            ngettext(
                "%(count)d translation filled by machine. Review it in the translation editor and publish it.",
                "%(count)d translations filled by machine. Review them in the translation editor and publish them.",
                len(done),
            )
            % {"count": len(done)},
        )
        return redirect(reverse("localization:status") + f"?section={page.pk}")
    return TemplateResponse(
        request,
        "localization/translate_section.html",
        {"page": page, "form": form, "translator": translator, "page_title": _("Translate by machine")},
    )


def send_batch(request):
    """The status report's "Send for translation": start a batch of the ticked pages and languages."""
    if request.method != "POST":
        return redirect("localization:status")
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    form = TranslationBatchForm(request.POST, source_locale=_source_locale())
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        section = request.POST.get("section", "")
        return redirect(reverse("localization:status") + (f"?section={section}" if section.isdigit() else ""))
    batch.start(request.session, form.cleaned_data["page"], form.cleaned_data["locale"], form.cleaned_data["section"])
    return redirect("localization:batch")


def batch_progress(request):
    """How far the batch got; each POST sends the next pages (the page's script posts until it ends)."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    current = batch.current(request.session)
    if current is None:
        return redirect("localization:status")
    if request.method == "POST":
        current = batch.step(request.session, request.user)
        if not batch.finished(current):
            return redirect("localization:batch")
        batch.clear(request.session)
        messages.success(
            request,
            ngettext(
                "%(count)d translation sent and filled by memory and machine. Translators review it in the editor.",
                "%(count)d translations sent and filled by memory and machine. Translators review them in the editor.",
                current["sent"],
            )
            % {"count": current["sent"]},
        )
        if current["skipped"]:
            messages.warning(
                request,
                ngettext(
                    "%(count)d page was left out: it no longer exists, or you may not edit it.",
                    "%(count)d pages were left out: they no longer exist, or you may not edit them.",
                    current["skipped"],
                )
                % {"count": current["skipped"]},
            )
        section = current.get("section")
        return redirect(reverse("localization:status") + (f"?section={section}" if section else ""))
    return TemplateResponse(
        request,
        "localization/batch_progress.html",
        {"done": current["done"], "total": len(current["pairs"]), "page_title": _("Sending for translation")},
    )
