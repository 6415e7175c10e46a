from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


def has_nul(request):
    """PostgreSQL text cannot hold NUL: such a parameter would be a 500 in the database."""
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists())


class ValidatedFindMixin:
    """Wagtail's find view passes ?id= to the database unchecked (a 500 for ?id=x): answer 400."""

    def find_object(self, queryset, request):
        if has_nul(request):
            raise BadRequestError("query parameters must not contain NUL characters")
        given = request.GET.get("id")
        if given is not None and not (given.isascii() and given.isdigit() and len(given) < 19):
            raise BadRequestError("id must be a whole number")
        return super().find_object(queryset, request)


class NoNulParametersMixin:
    """PostgreSQL text cannot hold NUL: a parameter with one (?search=%00) was a 500; answer 400.
    Wagtail hands ``search_operator`` to the search backend unchecked (?search_operator=0 was a
    500, found by tests/test_fuzz.py): only "and" and "or" pass."""

    def check_query_parameters(self, queryset):
        if has_nul(self.request):
            raise BadRequestError("query parameters must not contain NUL characters")
        if self.request.GET.get("search_operator", "").lower() not in {"", "and", "or"}:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return super().check_query_parameters(queryset)


class AgoraPagesAPIViewSet(NoNulParametersMixin, ValidatedFindMixin, PagesAPIViewSet):
    pass


class AgoraImagesAPIViewSet(NoNulParametersMixin, ValidatedFindMixin, ImagesAPIViewSet):
    pass


class AgoraDocumentsAPIViewSet(NoNulParametersMixin, ValidatedFindMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", AgoraPagesAPIViewSet)
api_router.register_endpoint("images", AgoraImagesAPIViewSet)
api_router.register_endpoint("documents", AgoraDocumentsAPIViewSet)
