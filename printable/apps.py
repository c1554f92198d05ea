from django.apps import AppConfig


class PrintableConfig(AppConfig):
    name = "printable"
    verbose_name = "Printable pages"

    def ready(self):
        from printable import signals

        signals.connect()
