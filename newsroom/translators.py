"""Translators work in the trees of the other languages: whenever a home page in another
language than the default one appears (wagtail-localize creates it when the site is
translated), the Vertalers group gets its page permissions there."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission, Locale

from newsroom.roles import TRANSLATOR_PAGE_PERMISSIONS, TRANSLATORS


def give_translators_the_tree(sender, instance, created, raw=False, **kwargs):
    if not created or raw or instance.locale_id == Locale.get_default().pk:
        return
    translators = Group.objects.filter(name=TRANSLATORS).first()
    if translators is None:  # removed by staff: they chose to do without the role
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(
            group=translators, page=instance, permission=permission
        )


def connect():
    from home.models import HomePage

    post_save.connect(give_translators_the_tree, sender=HomePage)
