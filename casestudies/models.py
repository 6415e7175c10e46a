"""Case studies: what a city did to protect a public space, with what result, on what legal basis."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from portal.admin_forms import LocaleChoicesPageForm
from portal.citations import Citation
from portal.languages import source_language_code
from portal.library import Facet, LibraryIndexPage, localized_names, referencing_pages, term_names, terms_text
from portal.models import PAGE_TRANSLATABLE_FIELDS, Country, Domain, SpaceType, Technology, Topic

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class SourceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=240)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")


class SourceDocumentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=240, required=False)
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "doc-full"
        label = _("Document")


class SourcesBlock(blocks.StreamBlock):
    link = SourceLinkBlock()
    document = SourceDocumentBlock()


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey("casestudies.CaseStudyPage", related_name="tagged_items", on_delete=models.CASCADE)


class CaseStudyIndexPage(LibraryIndexPage):
    """The case-study library: combinable filters with counts, sort and pagination, all on the server."""

    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("introduction")]
    listed_page_type = "casestudies.CaseStudyPage"
    subpage_types = [listed_page_type]
    listed_related = ("country",)
    # A period counts by its last year.
    newest_first = (Coalesce("year_end", "year_start").desc(), "-year_start", "title")

    class Meta:
        verbose_name = _("Case study index")

    @staticmethod
    def facets():
        return [
            Facet("domain", _("Domain"), "term", "domains", Domain, many=True),
            Facet("country", _("Country"), "term", "country", Country),
            Facet("technology", _("Technology"), "term", "technologies", Technology, many=True),
            Facet("space", _("Type of space"), "term", "space_types", SpaceType, many=True),
            Facet("year", _("Year"), "year", "year_start", end_field="year_end"),
        ]

    def label_listed(self, pages):
        """Each listed case study's country in the visitor's language, from the cached names: no query."""
        country_names = term_names(Country)
        for case_study in pages:
            case_study.country_label = country_names.get(case_study.country.slug, "") if case_study.country else ""


class CaseStudyPage(Page):
    base_form_class = LocaleChoicesPageForm  # taxonomy terms in the page's language only
    summary = models.TextField(_("Summary"), max_length=1200)
    city = models.CharField(_("City"), max_length=120, blank=True)
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("Country")
    )
    year_start = models.PositiveSmallIntegerField(_("Year (or first year)"))
    year_end = models.PositiveSmallIntegerField(
        _("Last year"), null=True, blank=True, help_text=_("Leave empty when it happened in a single year.")
    )
    space_types = ParentalManyToManyField(SpaceType, blank=True, related_name="+", verbose_name=_("Types of space"))
    domains = ParentalManyToManyField(Domain, blank=True, related_name="+", verbose_name=_("Domains"))
    technologies = ParentalManyToManyField(Technology, blank=True, related_name="+", verbose_name=_("Technologies"))
    topics = ParentalManyToManyField(Topic, blank=True, related_name="+", verbose_name=_("Topics"))
    stakeholders = models.TextField(_("Stakeholders involved"), blank=True, max_length=1200)
    context = RichTextField(
        _("Context"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The place, the problem, why it was tackled."),
    )
    what_was_done = RichTextField(_("What was done"), features=RICH_TEXT_FEATURES)
    results = RichTextField(_("Results and evaluation"), blank=True, features=RICH_TEXT_FEATURES)
    legal_basis = RichTextField(
        _("Legal and ethical basis"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Impact assessment, the regulator's position, the legal ground."),
    )
    lessons_learned = RichTextField(_("Lessons learned"), blank=True, features=RICH_TEXT_FEATURES)
    sources = StreamField(SourcesBlock(), blank=True, verbose_name=_("Sources"))
    related_case_studies = StreamField(
        [("case_study", blocks.PageChooserBlock(page_type="casestudies.CaseStudyPage", label=_("Case study")))],
        blank=True,
        verbose_name=_("Related case studies"),
    )
    tags = ClusterTaggableManager(through=CaseStudyTag, blank=True, verbose_name=_("Keywords"))

    # Lessons link here with a page chooser; they are found through the reference index,
    # by content type, so this app never imports the training app.
    taught_in_page_types = ["training.LessonPage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("year_start"), FieldPanel("year_end")]),
                FieldPanel("space_types"),
                FieldPanel("domains"),
                FieldPanel("technologies"),
                FieldPanel("topics"),
                FieldPanel("tags"),
            ],
            heading=_("Where, when and what"),
        ),
        FieldPanel("stakeholders"),
        FieldPanel("context"),
        FieldPanel("what_was_done"),
        FieldPanel("results"),
        FieldPanel("legal_basis"),
        FieldPanel("lessons_learned"),
        FieldPanel("sources"),
        FieldPanel("related_case_studies"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("taxonomy_text"),
        index.SearchField("city"),
        index.SearchField("stakeholders"),
        index.SearchField("context"),
        index.SearchField("what_was_done"),
        index.SearchField("results"),
        index.SearchField("legal_basis"),
        index.SearchField("lessons_learned"),
        index.FilterField("year_start"),
        index.FilterField("year_end"),
        index.FilterField("country"),
        index.RelatedFields("tags", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("domains", [index.FilterField("slug")]),
        index.RelatedFields("technologies", [index.FilterField("slug")]),
        index.RelatedFields("space_types", [index.FilterField("slug")]),
        index.RelatedFields("topics", [index.FilterField("slug")]),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("city"),
        SynchronizedField("country"),
        SynchronizedField("year_start"),
        SynchronizedField("year_end"),
        SynchronizedField("space_types"),
        SynchronizedField("domains"),
        SynchronizedField("technologies"),
        SynchronizedField("topics"),
        TranslatableField("stakeholders"),
        TranslatableField("context"),
        TranslatableField("what_was_done"),
        TranslatableField("results"),
        TranslatableField("legal_basis"),
        TranslatableField("lessons_learned"),
        TranslatableField("sources"),
        SynchronizedField("related_case_studies"),
    ]

    def taxonomy_text(self):
        """The names of the page's terms in its own language, so a search for them finds it."""
        return terms_text(self, ("country", "domains", "technologies", "space_types", "topics"))

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Case study")

    def clean(self):
        super().clean()
        if self.year_start and not 1900 <= self.year_start <= 2100:
            raise ValidationError({"year_start": _("Enter a year between 1900 and 2100.")})
        if self.year_end and self.year_start and not self.year_start <= self.year_end <= 2100:
            raise ValidationError({"year_end": _("The last year cannot come before the first year.")})

    @property
    def period(self):
        if self.year_end and self.year_end != self.year_start:
            return f"{self.year_start}–{self.year_end}"
        return str(self.year_start)

    @cached_property
    def term_labels(self):
        """The page's terms in the visitor's language: names come from one cached map per taxonomy."""
        return {
            "domains": localized_names(Domain, [term.slug for term in self.domains.all()]),
            "technologies": localized_names(Technology, [term.slug for term in self.technologies.all()]),
            "space_types": localized_names(SpaceType, [term.slug for term in self.space_types.all()]),
            "topics": localized_names(Topic, [term.slug for term in self.topics.all()]),
            "country": localized_names(Country, [self.country.slug])[0] if self.country else "",
        }

    def citation(self, request=None):
        place = ", ".join(part for part in [self.city, self.term_labels["country"]] if part)
        return Citation(
            key=f"agora-{self.slug}",
            title=self.title,
            author="Agora",
            year=self.year_start,
            url=self.get_full_url(request),
            kind=str(_("Case study")),
            place=place,
            language=get_language(),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = self.term_labels
        context["taught_in"] = referencing_pages(self, self.taught_in_page_types)
        context["related"] = [
            block.value.localized for block in self.related_case_studies if block.value is not None and block.value.live
        ]
        context["citation"] = self.citation(request)
        # Free keywords are typed in the source language and not translated: a translation shows
        # its translated taxonomy only, not English words in the middle of Greek or Latvian.
        context["keywords"] = list(self.tags.all()) if self.locale.language_code == source_language_code() else []
        return context
