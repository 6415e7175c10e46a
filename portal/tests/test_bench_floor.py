"""The load benchmark's floor view exists only when bench/load.py asks for it."""

import pytest


@pytest.mark.django_db
def test_floor_view_is_not_routed_without_the_bench_setting(client):
    response = client.get("/bench-floor", follow=True)
    # Without the route the path falls through to the language redirect and Wagtail: no floor.
    assert b"<title>Floor</title>" not in response.content
    assert response.status_code == 404, (response.status_code, response.redirect_chain)
