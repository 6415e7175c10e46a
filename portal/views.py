import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token


@never_cache
def healthz(request):
    """200 when the app and its database answer, 503 otherwise. Used by load balancers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def bad_request(request, exception=None):
    """Malformed or oversized requests (too many fields, megabytes of payload): a translated 400."""
    from django.template.response import TemplateResponse

    return TemplateResponse(request, "400.html", {}, status=400).render()


@requires_csrf_token
def server_error(request):
    """The 500 handler. A lost database connection is not a bug: answer 503, page translated.

    Django calls this inside the ``except`` block that caught the error, so the
    exception is still in ``sys.exc_info()``. Neither template touches the database.
    """
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        template, status = "503.html", 503
    else:
        template, status = "500.html", 500
    response = HttpResponse(loader.get_template(template).render({}, None), status=status)
    if status == 503:
        response["Retry-After"] = "10"
    return response


def robots_txt(request):
    """Everything public may be crawled; the admin and the API may not."""
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", "Allow: /", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


def bench_floor(request):
    """A constant page of about a rendered page's size, for the load benchmark's floor: same
    middleware and gunicorn as every page, no template or database. Only routed when
    AGORA_BENCH_FLOOR=1 (bench/load.py)."""
    return HttpResponse(BENCH_FLOOR_BODY)


BENCH_FLOOR_BODY = ("<!DOCTYPE html><html lang=en><title>Floor</title><p>" + "floor " * 4000 + "</p></html>").encode()
