"""The certificates issued and revoked report."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.sections.certificates import certificate_rows
from reports.svg import bar_chart
from reports.views.base import TrainingReportView


class CertificatesReportView(TrainingReportView):
    slug = "certificates"
    page_title = gettext_lazy("Certificates issued and revoked")
    results_template_name = "reports/certificates_results.html"
    list_export = ["title", "issued", "revoked", "valid", "expired"]
    export_headings = {
        "title": gettext_lazy("Course"),
        "issued": gettext_lazy("Certificates issued"),
        "revoked": gettext_lazy("Certificates revoked"),
        "valid": gettext_lazy("Currently valid"),
        "expired": gettext_lazy("Expired"),
    }

    def rows(self, filters):
        return certificate_rows(filters)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = context["object_list"]
        largest = max((row.issued.value for row in rows), default=0)
        context["chart"] = bar_chart(
            "chart-certificates",
            _("Certificates issued per course"),
            _("Number of certificates issued in the period for each course."),
            [(row.title, None if row.issued.hidden else row.issued.value, str(row.issued)) for row in rows],
            maximum=largest or 1,
        )
        return context
