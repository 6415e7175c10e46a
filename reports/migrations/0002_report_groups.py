"""Give editors the aggregate reports, and create the training coordinators' group (DESIGN.md, Roles)."""

from django.db import migrations

EDITOR_GROUPS = ["Editors", "Moderators"]
COORDINATORS = "Training coordinators"


def permission(apps, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="reports", model="trainingreportspermission")
    found, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    return found


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    reports = permission(apps, "view_training_reports", "Can see aggregate training reports")
    trainee_data = permission(apps, "view_trainee_data", "Can see trainee-level training data")
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(reports)
    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    coordinators.permissions.add(reports, trainee_data)
    access_admin = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access_admin is not None:
        coordinators.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
