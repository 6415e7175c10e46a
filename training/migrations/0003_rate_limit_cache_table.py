"""The database cache table that rate limits use when there is no Redis (portal/ratelimit.py)."""

from django.core.management import call_command
from django.db import migrations

TABLE = "agora_rate_limits"  # settings.RATE_LIMIT_CACHE_TABLE


def create_table(apps, schema_editor):
    call_command("createcachetable", TABLE, database=schema_editor.connection.alias, verbosity=0)


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("training", "0002_certificates_self_evaluation_learning_paths")]

    operations = [migrations.RunPython(create_table, drop_table)]
