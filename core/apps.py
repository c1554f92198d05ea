from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core import signals, translation_overrides

        signals.connect()
        translation_overrides.connect()
