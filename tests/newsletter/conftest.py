import pytest
from django.core.cache import cache
from django.test import Client

from tests.newsletter.smtp import start_server


@pytest.fixture(autouse=True)
def forget_throttles():
    """The sign-up throttle and the one-mail-per-interval rule count in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    """A visitor's browser, with CSRF checked as in production (Django's test client skips
    the check unless asked): the sign-up and one-click unsubscribe must work without one."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture(scope="session")
def smtp_controller():
    controller = start_server()
    yield controller
    controller.stop()


@pytest.fixture
def mailbox(smtp_controller, settings):
    """The real SMTP server, with Django's SMTP backend pointed at it, emptied per test."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = smtp_controller.hostname
    settings.EMAIL_PORT = smtp_controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    smtp_controller.handler.messages.clear()
    smtp_controller.handler.refused.clear()
    return smtp_controller.handler
