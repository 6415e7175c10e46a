"""Corrections to wagtail-localize (localization/upstream.py)."""

import datetime

from django.utils import timezone, translation

from wagtail_localize.models import StringTranslation


def a_translation(**fields):
    return StringTranslation(updated_at=datetime.datetime(2026, 12, 7, 10, 0, tzinfo=datetime.UTC), **fields)


def test_the_segment_comment_dates_follow_the_admin_language():
    machine = a_translation(tool_name="Test translator", translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
    with timezone.override("Europe/Paris"):
        with translation.override("fr"):
            assert machine.get_comment() == "Traduit avec Test translator le 7 décembre 2026"
        with translation.override("de"):
            assert "7. Dezember 2026" in machine.get_comment()
        with translation.override("en"):
            assert machine.get_comment() == "Translated with Test translator on Dec. 7, 2026"


def test_a_manual_translation_says_so_with_its_date():
    manual = a_translation(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL)
    with translation.override("lv"):
        assert "2026. gada 7. decembris" in manual.get_comment()
        assert not manual.get_comment().startswith("Translated")
