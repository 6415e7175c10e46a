"""Training's rules over its models, without HTTP: progress, records, certificates issued, learning paths,
self-evaluation charts and finding a course's page. Depends on ``training.models`` and below only."""
