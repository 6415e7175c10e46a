from django.conf import settings


class SecurityHeadersMiddleware:
    """Adds the permissions policy, and gives the Wagtail admin its own looser CSP and framing.

    Sits after django-csp's middleware, so on the way out it runs first and
    django-csp leaves an admin response's header alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith("/admin/"):
            response["Content-Security-Policy"] = settings.ADMIN_CONTENT_SECURITY_POLICY
            # Wagtail's live preview shows the admin's own preview view in an iframe. Set before
            # XFrameOptionsMiddleware runs on the way out, which then leaves the header alone.
            response["X-Frame-Options"] = "SAMEORIGIN"
        if request.path.startswith("/documents/"):
            # Uploaded files: no script, and a sandbox in case a browser renders one anyway.
            response["Content-Security-Policy"] = settings.DOCUMENT_CONTENT_SECURITY_POLICY
        return response
