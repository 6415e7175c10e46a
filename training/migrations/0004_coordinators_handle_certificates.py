"""DESIGN.md, Roles: training coordinators revoke certificates (and so may open any certificate)."""

from django.db import migrations

COORDINATORS = "Training coordinators"
CODENAMES = {"revoke_certificate": "Can revoke certificates", "view_certificate": "Can view certificate"}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    # On a fresh database Django creates model permissions only after the migrations (post_migrate).
    content_type, _created = ContentType.objects.get_or_create(app_label="training", model="certificate")
    coordinators, _created = Group.objects.get_or_create(name=COORDINATORS)
    for codename, name in CODENAMES.items():
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        coordinators.permissions.add(permission)


def withdraw(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=COORDINATORS):
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="training", codename__in=list(CODENAMES))
        )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0003_rate_limit_cache_table"),
        ("reports", "0002_report_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, withdraw)]
