"""The newsroom's roles with Dutch names, and the moderation workflow Redactie → Eindredactie
on the whole page tree (news and publications included). Safe on a database that already
has content: existing translated home pages get the translators' permissions here; new ones
get them from newsroom/translators.py."""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

from newsroom.roles import (
    APPROVAL_TASK,
    EDITORS,
    TRANSLATOR_PAGE_PERMISSIONS,
    TRANSLATORS,
    WORKFLOW,
    WRITERS,
)

ADMIN_ACCESS = ["wagtailadmin.access_admin"]
TRANSLATE = ["wagtail_localize.submit_translation"]
# Snippets that staff manage; the translatable ones are translated by Vertalers.
TRANSLATABLE_SNIPPETS = [
    "core.keywordname",
    "core.sitetexts",
    "participants.sector",
    "news.publicationtype",
]
OTHER_SNIPPETS = ["search.synonym"]
SITE_MANAGEMENT = [
    *(f"wagtailredirects.{action}_redirect" for action in ("add", "change", "delete")),
    *(
        f"wagtailsearchpromotions.{action}_searchpromotion"
        for action in ("add", "change", "delete")
    ),
    "core.change_sitesettings",
]

WRITER_PAGES = ["add_page", "change_page"]
EDITOR_PAGES = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
WRITER_MEDIA = [
    f"{action}_{kind}" for kind in ("image", "document") for action in ("add", "change", "choose")
]
EDITOR_MEDIA = [*WRITER_MEDIA, "delete_image", "delete_document"]
TRANSLATOR_MEDIA = [f"{action}_{kind}" for kind in ("image", "document") for action in ("add", "choose")]


def model_permissions(models, actions):
    return [
        f"{label}.{action}_{model}"
        for label, model in (name.split(".") for name in models)
        for action in actions
    ]


ROLES = {
    WRITERS: {"model": ADMIN_ACCESS, "root_pages": WRITER_PAGES, "media": WRITER_MEDIA},
    EDITORS: {
        "model": [
            *ADMIN_ACCESS,
            *TRANSLATE,
            *model_permissions(TRANSLATABLE_SNIPPETS + OTHER_SNIPPETS, ["add", "change", "delete"]),
            *SITE_MANAGEMENT,
        ],
        "root_pages": EDITOR_PAGES,
        "media": EDITOR_MEDIA,
    },
    TRANSLATORS: {
        "model": [
            *ADMIN_ACCESS,
            *TRANSLATE,
            *model_permissions(TRANSLATABLE_SNIPPETS, ["add", "change"]),
        ],
        "root_pages": [],
        "media": TRANSLATOR_MEDIA,
    },
}


def make_permissions_exist(apps):
    """Django creates model permissions after the last migration; the roles need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    make_permissions_exist(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    def permission(dotted):
        app_label, codename = dotted.split(".")
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name, grants in ROLES.items():
        group = groups[name] = Group.objects.get_or_create(name=name)[0]
        group.permissions.add(*(permission(dotted) for dotted in grants["model"]))
        for codename in grants["root_pages"]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission(f"wagtailcore.{codename}")
            )
        for codename in grants["media"]:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission(f"{app_label}.{codename}"),
            )

    translated_homes = Page.objects.filter(depth=2).exclude(
        locale__language_code=settings.LANGUAGE_CODE
    )
    for home in translated_homes:
        for codename in TRANSLATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=groups[TRANSLATORS],
                page=home,
                permission=permission(f"wagtailcore.{codename}"),
            )
    create_workflow(apps, root_page, groups[EDITORS])


def create_workflow(apps, root_page, approvers):
    """Pages that Redactie submit wait for Eindredactie's approval. It replaces Wagtail's
    default workflow on the root, whose 'Moderators' group this site does not use."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    task_type = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )[0]
    task = GroupApprovalTask.objects.get_or_create(
        name=APPROVAL_TASK, defaults={"content_type": task_type, "active": True}
    )[0]
    task.groups.set([approvers])
    workflow = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})[0]
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("core", "0006_page_url_path_index"),
        ("news", "0007_body_newsletter_signup_block"),
        ("participants", "0004_body_newsletter_signup_block"),
        ("search", "0002_postgresql_indexes"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
