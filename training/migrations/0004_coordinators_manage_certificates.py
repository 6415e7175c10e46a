"""Training coordinators revoke and view certificates (DESIGN.md, Roles)."""

from django.db import migrations

COORDINATORS = "Training coordinators"
CODENAMES = {"revoke_certificate": "Can revoke certificates", "view_certificate": "Can view certificate"}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # On a fresh database Django creates model permissions only after the migrations (post_migrate).
    content_type, _ = ContentType.objects.get_or_create(app_label="training", model="certificate")
    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    for codename, name in CODENAMES.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        coordinators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0003_rate_limit_cache_table"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
