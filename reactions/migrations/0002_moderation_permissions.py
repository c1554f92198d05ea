"""Eindredactie moderate reactions (view, approve or reject, delete) and set how long
articles take them; Redactie may read them. The groups come from newsroom's migration."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from newsroom.roles import EDITORS, WRITERS

GRANTS = {
    EDITORS: [
        "view_reaction",
        "change_reaction",
        "delete_reaction",
        "change_reactionsettings",
    ],
    WRITERS: ["view_reaction"],
}


def grant(apps, schema_editor):
    # Django creates model permissions after the last migration; the grants need them now.
    app_config = apps.get_app_config("reactions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.get_or_create(name=name)[0]
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="reactions", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="reactions"))


class Migration(migrations.Migration):
    dependencies = [
        ("reactions", "0001_initial"),
        ("newsroom", "0001_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
