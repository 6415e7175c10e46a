"""Hostile input on the translation workspace's own forms: TMX import, XLIFF upload, a memory
suggestion's "Use", the status report's batch. No input gives a 500, and a refused one stores nothing
(the memory, the segment translations and the translations are compared before and after)."""

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation, Translation

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from home.tests.factories import build_site_tree
from localization.models import MemoryUnit
from localization.tests.factories import send_for_translation

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEXT = st.one_of(
    st.sampled_from(["", "0", "-1", "x", "1e309", "99999999999999999999", "\x00", "<tmx/>", "a" * 3000]),
    st.text(max_size=60),
)
PIECES = [
    "<tmx", " version='1.4'>", "<header srclang='en'/>", "<body>", "<tu>", "<tuv xml:lang='fr'>", "<seg>Bonjour</seg>",
    "</tuv>", "</tu>", "</body>", "</tmx>", "<xliff version='1.2'>", "<file original='x'>", "<trans-unit id='title'>",
    "<source>A</source>", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "&a;", "\x00",
]  # fmt: skip
XMLISH = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=400).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from(PIECES), max_size=14).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
)


def state():
    return (
        list(MemoryUnit.objects.order_by("pk").values_list("pk", "target_text")),
        list(StringTranslation.objects.order_by("pk").values_list("pk", "data")),
        list(Translation.objects.order_by("pk").values_list("pk", flat=True)),
    )


class TranslationWorkspaceFuzz(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site_tree(translated_into=())
        cls.editor = get_user_model().objects.create_superuser("fuzz-editor", "fuzz@example.org", "pw")
        cls.translation = send_for_translation(cls.site.about, "fr", cls.editor)

    def post(self, url, data):
        self.client.force_login(self.editor)
        return self.client.post(url, data)

    def assert_refused_or_done(self, response, before, done):
        self.assertLess(response.status_code, 500)
        if not done(response):
            self.assertEqual(state(), before)

    @FUZZ
    @given(data=XMLISH, name=st.text(max_size=30))
    def test_fuzz_tmx_import(self, data, name):
        before = state()
        upload = SimpleUploadedFile((name.replace("\x00", "") or "f") + ".tmx", data)
        response = self.post(reverse("localization:memory"), {"file": upload})
        self.assert_refused_or_done(response, before, lambda r: r.status_code == 302)

    @FUZZ
    @given(data=XMLISH)
    def test_fuzz_xliff_upload(self, data):
        before = state()
        upload = SimpleUploadedFile("f.xlf", data)
        response = self.post(reverse("localization:xliff_upload", args=[self.translation.pk]), {"file": upload})
        self.assert_refused_or_done(response, before, lambda r: r.status_code == 302)

    @FUZZ
    @given(fields=st.dictionaries(st.sampled_from(["segment", "unit", "x"]), TEXT, max_size=3))
    def test_fuzz_memory_suggestion(self, fields):
        before = state()
        url = reverse("localization:memory_suggestions", args=[self.translation.pk])
        response = self.post(url, fields)
        self.assertLess(response.status_code, 500)
        self.assertEqual(state(), before)  # no unit exists to apply: nothing may change

    @FUZZ
    @given(
        fields=st.dictionaries(
            st.sampled_from(["page", "locale", "section"]), st.one_of(TEXT, st.lists(TEXT, max_size=3)), max_size=3
        )
    )
    def test_fuzz_batch_send(self, fields):
        before = state()
        response = self.post(reverse("localization:send_batch"), fields)
        self.assertLess(response.status_code, 500)
        self.assertEqual(state(), before)  # a batch only starts here; its steps send (test_batch.py)

    def test_an_id_beyond_any_integer_column_is_not_found(self):
        self.client.force_login(self.editor)
        huge = 10**20
        for name in ("memory_suggestions", "xliff", "xliff_download"):
            response = self.client.get(reverse(f"localization:{name}", args=[huge]), follow=True)
            self.assertEqual(response.status_code, 404, name)
