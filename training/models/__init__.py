"""Training's models: the page types (pages.py), a trainee's records (records.py) and learning paths."""

from training.models.learning_paths import LearningPath
from training.models.pages import (
    QUIZ_OUT_OF_SYNC_MESSAGE,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizPage,
    TrainingIndexPage,
)
from training.models.records import (
    ACCOUNT_DELETED_REASON,
    Certificate,
    CourseActivity,
    CourseCompletion,
    LessonCompletion,
    QuizAttempt,
    SelfEvaluation,
)

__all__ = [
    "ACCOUNT_DELETED_REASON",
    "QUIZ_OUT_OF_SYNC_MESSAGE",
    "Certificate",
    "CourseActivity",
    "CourseCompletion",
    "CoursePage",
    "LearningPath",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "QuizAttempt",
    "QuizPage",
    "SelfEvaluation",
    "TrainingIndexPage",
]
