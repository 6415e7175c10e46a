"""Each report's figures, one module per report: courses, drop_off, quizzes, item_analysis, certificates,
self_evaluation (built on reports/figures.py). Their views are in reports/views/, listed in ``TRAINING_REPORTS``."""
