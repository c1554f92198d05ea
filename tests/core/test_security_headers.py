"""Every answer tells the browser what the page may run, show, frame and use:
Content-Security-Policy (strict for visitors, looser for the admin) and Permissions-Policy."""

import pytest
from django.core.exceptions import ValidationError

from core.blocks import BodyBlock


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def assert_permissions_policy(response):
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in policy
    assert (
        'fullscreen=(self "https://www.youtube.com" "https://www.youtube-nocookie.com" '
        '"https://player.vimeo.com")'
    ) in policy


@pytest.mark.parametrize("language_url", [0, 1], ids=["dutch", "english"])
def test_public_pages_run_only_the_sites_own_scripts(client, home_pages, language_url):
    response = client.get(home_pages[language_url].url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]
    assert "https://player.vimeo.com" in policy["frame-src"]
    assert_permissions_policy(response)


def test_the_not_found_page_has_the_same_headers(client, home_pages):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert directives(response)["script-src"] == ["'self'"]
    assert_permissions_policy(response)


def test_the_admin_gets_its_own_policy_that_still_forbids_plugins_and_framing(client, home_pages):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert_permissions_policy(response)


@pytest.mark.django_db
def test_a_video_block_refuses_players_the_policy_would_block():
    # Anything else would show visitors an empty frame; the editor is told at once instead.
    video = BodyBlock().child_blocks["video"]
    with pytest.raises(ValidationError):
        video.clean(video.to_python("https://soundcloud.com/radicale/podcast"))
