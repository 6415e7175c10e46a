"""The filters every report offers: course, language, staff profile, country and period."""

import uuid

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

import django_filters
from django_countries import countries

from portal.profiles import StaffProfile
from reports import figures
from reports.sections.item_analysis import source_quizzes
from training.models import CourseActivity


def course_choices():
    return [(str(course.translation_key), course.title) for course in figures.source_courses()]


def quiz_choices():
    return [(str(quiz.translation_key), quiz.title) for quiz in source_quizzes()]


def _uuid(value):
    return uuid.UUID(value) if value else None


def _keep(queryset, _name, _value):
    # The figures read the cleaned values themselves (ReportFilters); nothing to filter here.
    return queryset


class TrainingReportFilterSet(WagtailFilterSet):
    course = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices, method=_keep)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=lambda: settings.LANGUAGES, method=_keep)
    staff_profile = django_filters.ChoiceFilter(label=_("Staff profile"), choices=StaffProfile.choices, method=_keep)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=lambda: list(countries), method=_keep)
    period = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget, method=_keep)

    class Meta:
        model = CourseActivity
        fields = []

    def report_filters(self, **extra):
        """The cleaned values as ``ReportFilters``; invalid values are left out (the form shows why)."""
        self.is_valid()
        data = self.form.cleaned_data  # only the valid fields
        period = data.get("period")
        return figures.ReportFilters(
            course_key=_uuid(data.get("course")),
            language=data.get("language") or None,
            staff_profile=data.get("staff_profile") or None,
            country=data.get("country") or None,
            start=period.start.date() if period and period.start else None,
            end=period.stop.date() if period and period.stop else None,
            **extra,
        )


class ItemAnalysisFilterSet(TrainingReportFilterSet):
    quiz = django_filters.ChoiceFilter(label=_("Quiz"), choices=quiz_choices, method=_keep)

    class Meta(TrainingReportFilterSet.Meta):
        fields = []
