"""Training's views: pages and their context (pages.py), quizzes, the dashboard, self-evaluation and
certificates. The page models name the functions here by dotted path (``portal.routing.ViewsByName``)."""
