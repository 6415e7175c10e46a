"""The staff roles of DESIGN.md that Wagtail does not create itself (docs/accounts.md#staff-groups).

Wagtail's own migrations create "Editors" and "Moderators"; Editors also get to publish here.
Page permissions per locale
(what a translator may edit) depend on pages that exist only later: they are given in
Settings → Groups, as docs/accounts.md describes.
"""

from django.db import migrations

GROUPS = {
    "Translators": [("wagtailadmin", "admin", "access_admin")],
    "Training coordinators": [
        ("wagtailadmin", "admin", "access_admin"),
        ("training", "quizattempt", "view_quizattempt"),
        ("training", "lessoncompletion", "view_lessoncompletion"),
        ("training", "coursecompletion", "view_coursecompletion"),
        ("training", "courseactivity", "view_courseactivity"),
    ],
}


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for name, permissions in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, model, codename in permissions:
            # On a fresh database Django creates model permissions only after the migrations (post_migrate).
            content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
            )
            group.permissions.add(permission)


    # DESIGN.md: editors publish in every locale; Wagtail's Editors may only submit for moderation.
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    editors = Group.objects.filter(name="Editors").first()
    if root is not None and editors is not None:
        page_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
        publish, _created = Permission.objects.get_or_create(
            content_type=page_type, codename="publish_page", defaults={"name": "Can publish any page"}
        )
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=publish)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("training", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
