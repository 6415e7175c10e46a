"""The resource library: reports, guides, toolkits, webinar recordings and policy documents."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from portal.admin_forms import LocaleChoicesPageForm
from portal.citations import Citation
from portal.languages import all_languages
from portal.library import Facet, LibraryIndexPage, localized_names, terms_text
from portal.models import PAGE_TRANSLATABLE_FIELDS, Country, Domain, Technology


class ResourceType(models.TextChoices):
    REPORT = "report", _("Report")
    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    WEBINAR = "webinar-recording", _("Webinar recording")
    POLICY = "policy-document", _("Policy document")


# How each resource type is cited: (BibTeX entry type, RIS reference type).
CITATION_TYPES = {
    ResourceType.REPORT: ("techreport", "RPRT"),
    ResourceType.GUIDE: ("manual", "GEN"),
    ResourceType.TOOLKIT: ("manual", "GEN"),
    ResourceType.WEBINAR: ("misc", "VIDEO"),
    ResourceType.POLICY: ("misc", "GOVDOC"),
}


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey("resources.ResourcePage", related_name="tagged_items", on_delete=models.CASCADE)


class ResourceIndexPage(LibraryIndexPage):
    """The resource library: combinable filters with counts, sort and pagination, all on the server."""

    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("introduction")]
    listed_page_type = "resources.ResourcePage"
    subpage_types = [listed_page_type]
    listed_related = ("document",)
    newest_first = ("-year", "title")

    class Meta:
        verbose_name = _("Resource index")

    @staticmethod
    def facets():
        return [
            Facet("type", _("Type of resource"), "choice", "resource_type", choices=list(ResourceType.choices)),
            Facet("domain", _("Domain"), "term", "domains", Domain, many=True),
            Facet("technology", _("Technology"), "term", "technologies", Technology, many=True),
            Facet("country", _("Country"), "term", "country", Country),
            Facet("year", _("Year"), "year", "year"),
        ]


def language_choices():
    return [(language.code, language.name) for language in all_languages()]


class ResourcePage(Page):
    base_form_class = LocaleChoicesPageForm  # taxonomy terms in the page's language only
    resource_type = models.CharField(_("Type of resource"), max_length=40, choices=ResourceType.choices)
    publisher = models.CharField(_("Publisher"), max_length=200)
    year = models.PositiveSmallIntegerField(_("Year"))
    document_languages = models.JSONField(
        _("Languages of the document"), default=list, blank=True, help_text=_("Language codes, such as en or fr.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Document"),
    )
    external_url = models.URLField(_("External link"), blank=True)
    summary = models.TextField(_("Summary"), max_length=1600)
    domains = ParentalManyToManyField(Domain, blank=True, related_name="+", verbose_name=_("Domains"))
    technologies = ParentalManyToManyField(Technology, blank=True, related_name="+", verbose_name=_("Technologies"))
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("Country")
    )
    tags = ClusterTaggableManager(through=ResourceTag, blank=True, verbose_name=_("Keywords"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("resource_type"), FieldPanel("year")]),
                FieldPanel("publisher"),
                FieldPanel("document_languages"),
                FieldPanel("document"),
                FieldPanel("external_url"),
            ],
            heading=_("The resource"),
        ),
        MultiFieldPanel(
            [FieldPanel("domains"), FieldPanel("technologies"), FieldPanel("country"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("taxonomy_text"),
        index.SearchField("publisher"),
        index.FilterField("resource_type"),
        index.FilterField("year"),
        index.FilterField("country"),
        index.RelatedFields("tags", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("domains", [index.FilterField("slug")]),
        index.RelatedFields("technologies", [index.FilterField("slug")]),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        SynchronizedField("resource_type"),
        SynchronizedField("publisher"),
        SynchronizedField("year"),
        SynchronizedField("document_languages"),
        SynchronizedField("document"),
        SynchronizedField("external_url"),
        SynchronizedField("domains"),
        SynchronizedField("technologies"),
        SynchronizedField("country"),
    ]

    def taxonomy_text(self):
        """The names of the page's terms in its own language, so a search for them finds it."""
        return terms_text(self, ("country", "domains", "technologies"))

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Resource")

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            raise ValidationError(_("Give the resource a document or an external link."))
        if self.year and not 1900 <= self.year <= 2100:
            raise ValidationError({"year": _("Enter a year between 1900 and 2100.")})
        known = {code for code, _name in language_choices()}
        if not isinstance(self.document_languages, list) or any(code not in known for code in self.document_languages):
            raise ValidationError({"document_languages": _("Use the codes of Agora's languages, such as en or fr.")})

    def language_names(self):
        names = dict(language_choices())
        return [names.get(code, code) for code in self.document_languages]

    def document_format(self):
        """The document's format as people name it (PDF, DOCX…), from its file extension."""
        return self.document.file_extension.upper() if self.document else ""

    def document_size(self):
        """The document's size in bytes, or None when the file is missing from storage."""
        if not self.document:
            return None
        if self.document.file_size:
            return self.document.file_size
        try:
            return self.document.file.size
        except OSError:
            return None

    @cached_property
    def term_labels(self):
        return {
            "domains": localized_names(Domain, [term.slug for term in self.domains.all()]),
            "technologies": localized_names(Technology, [term.slug for term in self.technologies.all()]),
            "country": localized_names(Country, [self.country.slug])[0] if self.country else "",
        }

    def citation(self, request=None):
        bibtex_type, ris_type = CITATION_TYPES.get(self.resource_type, ("misc", "GEN"))
        return Citation(
            key=f"{self.publisher}-{self.year}-{self.slug}",
            title=self.title,
            author=self.publisher,
            year=self.year,
            url=self.get_full_url(request),
            bibtex_type=bibtex_type,
            ris_type=ris_type,
            kind=self.get_resource_type_display(),
            language=", ".join(self.document_languages),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = self.term_labels
        context["citation"] = self.citation(request)
        return context
