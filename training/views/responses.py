"""Answers shared by training's views."""

from django.template.response import TemplateResponse


def bad_request(request, message):
    """A 400 page that says, in the reader's language, why the form could not be read."""
    return TemplateResponse(request, "400.html", {"message": message}, status=400)
