"""Report sections that read the certificates issue's models (#4): certificates issued and
revoked (``certificates.py``) and self-evaluation gains per competence
(``self_evaluation.py``). Their views are in reports/views.py, listed in ``TRAINING_REPORTS``.
"""
