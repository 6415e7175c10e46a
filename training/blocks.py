"""Lesson content and quiz question blocks.

Questions, choices and ordering items are identified by their block ids, which
wagtail-localize keeps across translations: grading never depends on the language.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock

from portal.blocks import CalloutBlock, DocumentLinkBlock, FigureBlock, HeadingBlock, KeyPointsBlock, ParagraphBlock


class PageLinkBlock(blocks.StructBlock):
    """A link to a case study or a resource: a page chooser, so no app imports another."""

    page = blocks.PageChooserBlock(label=_("Page"))
    text = blocks.CharBlock(label=_("Why read it"), required=False, max_length=240)

    class Meta:
        icon = "link"
        template = "training/blocks/page_link.html"


class CaseStudyLinkBlock(PageLinkBlock):
    class Meta:
        label = _("Case study link")
        icon = "doc-full-inverse"


class ResourceLinkBlock(PageLinkBlock):
    class Meta:
        label = _("Resource link")
        icon = "doc-empty"


class VideoBlock(blocks.StructBlock):
    """A video that loads only when the visitor asks for it: no third-party request before."""

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    video = EmbedBlock(label=_("Video URL"))
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "training/blocks/video.html"


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    key_points = KeyPointsBlock()
    callout = CalloutBlock()
    case_study = CaseStudyLinkBlock()
    resource = ResourceLinkBlock()
    document = DocumentLinkBlock()
    video = VideoBlock()


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback when chosen"), required=False, max_length=400)

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class BaseQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question"), max_length=600)
    explanation = blocks.TextBlock(label=_("Explanation shown after submitting"), required=False)
    weight = blocks.IntegerBlock(label=_("Weight"), default=1, min_value=1, max_value=10)

    kind = None  # set by each question type; grading dispatches on it


class SingleChoiceQuestionBlock(BaseQuestionBlock):
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("Answers"), min_num=2, max_num=8)
    kind = "single"

    def clean(self, value):
        value = super().clean(value)
        correct = [choice for choice in value["choices"] if choice["correct"]]
        if len(correct) != 1:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark exactly one answer as correct."))}
            )
        return value

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        template = "training/blocks/question.html"


class MultipleChoiceQuestionBlock(BaseQuestionBlock):
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("Answers"), min_num=2, max_num=10)
    kind = "multiple"

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one answer as correct."))}
            )
        return value

    class Meta:
        icon = "tick-inverse"
        label = _("Multiple choice (all that apply)")
        template = "training/blocks/question.html"


class TrueFalseQuestionBlock(BaseQuestionBlock):
    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.CharBlock(label=_("Feedback when answered true"), required=False, max_length=400)
    feedback_false = blocks.CharBlock(label=_("Feedback when answered false"), required=False, max_length=400)
    kind = "true_false"

    class Meta:
        icon = "help"
        label = _("True or false")
        template = "training/blocks/question.html"


class OrderingQuestionBlock(BaseQuestionBlock):
    """Put the steps in order; editors enter them in the correct order."""

    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Step"), max_length=300), label=_("Steps, in the correct order"), min_num=2, max_num=8
    )
    kind = "ordering"

    class Meta:
        icon = "order"
        label = _("Ordering")
        template = "training/blocks/question.html"


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    ordering = OrderingQuestionBlock()

    class Meta:
        min_num = 1
        max_num = 50
