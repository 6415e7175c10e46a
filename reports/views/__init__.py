"""Wagtail report views, one module per report (each a table of aggregates, a chart, and CSV/XLSX
export, on ``base.TrainingReportView``); ``TRAINING_REPORTS`` lists them in menu order."""

from reports.views.certificates import CertificatesReportView
from reports.views.courses import CoursesReportView
from reports.views.drop_off import DropOffReportView
from reports.views.feedback import FeedbackReportView
from reports.views.item_analysis import ItemAnalysisReportView
from reports.views.quizzes import QuizzesReportView
from reports.views.self_evaluation import SelfEvaluationReportView

# Every report, in menu order: URLs, menu items and the permission tests come from this list.
TRAINING_REPORTS = [
    CoursesReportView,
    DropOffReportView,
    QuizzesReportView,
    ItemAnalysisReportView,
    CertificatesReportView,
    SelfEvaluationReportView,
    FeedbackReportView,
]
