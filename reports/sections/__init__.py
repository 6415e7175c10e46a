"""Report sections that need models from the certificates issue (#4), added after it merges.

Two modules, each a ``TrainingReportView`` subclass (reports/views.py) plus its figures,
then one line each in ``TRAINING_REPORTS``:

``certificates.py`` — ``CertificatesReportView`` (slug ``certificates``): per course,
certificates issued (``Certificate.issued_at`` in the period) and revoked
(``revoked_at`` in the period), as ``figures.Count``; filter trainees with
``ReportFilters.trainee_q()`` and ``period_q("issued_at")`` / ``period_q("revoked_at")``,
grouped in SQL by ``course_key`` (two queries, whatever the number of certificates).

``self_evaluation.py`` — ``SelfEvaluationReportView`` (slug ``self-evaluation``): per
competence, the mean rating before and after and the mean gain among trainees who rated
themselves both times, with the number of such trainees as ``figures.Count`` (hidden below
the threshold); a bar chart of the gains (``reports.svg.bar_chart``).
"""
