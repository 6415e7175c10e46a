from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal.blocks import BodyStreamBlock, HomeStreamBlock
from portal.models import PAGE_TRANSLATABLE_FIELDS
from portal.routing import DirectRouteMixin


class HomePage(DirectRouteMixin, Page):
    """The home of one locale: hero, featured training and case studies, news and events."""

    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Home page")
        verbose_name_plural = _("Home pages")


class StandardPage(Page):
    """About, privacy notice, legal notice and other plain pages."""

    introduction = models.TextField(_("Introduction"), blank=True, max_length=600)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("introduction"), TranslatableField("body")]

    class Meta:
        verbose_name = _("Standard page")
        verbose_name_plural = _("Standard pages")


@register_setting(icon="list-ul")
class FooterSettings(BaseSiteSetting):
    """What the footer links to. Pages are shown in the visitor's language where translated."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Privacy notice"),
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Legal notice"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Accessibility statement"),
    )
    contact_email = models.EmailField(_("Contact email"), blank=True)
    organisation = models.CharField(_("Organisation"), max_length=200, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("legal_page"), FieldPanel("accessibility_page")],
            heading=_("Notices"),
        ),
        MultiFieldPanel([FieldPanel("organisation"), FieldPanel("contact_email")], heading=_("Contact")),
    ]

    class Meta:
        verbose_name = _("Footer")
