"""Writing the bench's page tree in bulk: treebeard paths, ``Page`` rows by ``bulk_create``, the
specific tables by one ``INSERT`` per batch, the search index in batches; the per-locale home and
training index, the domains, the database counts and the key of a cached dump."""

import hashlib
import uuid
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone

BATCH = 1000
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
# The modules that make the cached data: a change to any of them changes schema_key().
GENERATOR_FILES = ("data.py", "generators.py", "loaders.py", "vocabulary.py")


def child_path(parent_path, position):
    digits = ""
    while position:
        position, remainder = divmod(position, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return parent_path + digits.rjust(STEPLEN, "0")


def specific_row(page_pk, instance):
    """The specific table's row of ``instance``, column by column from the model itself.

    Every local concrete field of the model gets the value the model would save: the
    values given, the field's default otherwise (``pre_save`` then ``get_db_prep_save``),
    so a field added later is filled as the ORM would fill it, or the insert fails loudly
    (the bench smoke test runs this in CI).
    """
    model = type(instance)
    row = {model._meta.pk.column: page_pk}
    for field in model._meta.local_concrete_fields:
        if field.primary_key:
            continue
        row[field.column] = field.get_db_prep_save(field.pre_save(instance, True), connection)
    return row


def validate_specific_fields(instance):
    """Run the model's own field validation on the fields of its specific table."""
    from wagtail.models import Page

    page_fields = {field.name for field in Page._meta.get_fields()}
    instance.clean_fields(exclude=page_fields)


def insert_specific_rows(model, rows):
    """INSERT the specific table's rows (page_ptr_id first) for pages already in wagtailcore_page."""
    if not rows:
        return
    columns = list(rows[0])
    table = connection.ops.quote_name(model._meta.db_table)
    placeholders = ", ".join(["%s"] * len(columns))
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({placeholders})",  # noqa: S608 - names come from the model
            [[row[column] for column in columns] for row in rows],
        )


def bulk_children(parent, model, specs, start_position):
    """Create ``specs`` (dicts: title, slug, ``fields`` for the model) as live children of ``parent``.

    The first spec's instance is validated with the model's ``clean_fields``; every row is
    built by :func:`specific_row`.
    """
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    pages = []
    for offset, spec in enumerate(specs):
        published = now - timezone.timedelta(minutes=spec.get("age_minutes", offset))
        pages.append(
            Page(
                path=child_path(parent.path, start_position + offset),
                depth=parent.depth + 1,
                numchild=0,
                title=spec["title"],
                draft_title=spec["title"],
                slug=spec["slug"],
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{parent.url_path}{spec['slug']}/",
                seo_title="",
                show_in_menus=False,
                search_description=spec.get("search_description", ""),
                first_published_at=published,
                last_published_at=published,
                live_revision=None,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                locked=False,
            )
        )
    if not connection.features.can_return_rows_from_bulk_insert:
        raise RuntimeError("bench data needs PostgreSQL")
    instances = [model(title=spec["title"], slug=spec["slug"], **spec["fields"]) for spec in specs]
    if instances:
        validate_specific_fields(instances[0])
    created = Page.objects.bulk_create(pages, batch_size=BATCH)
    insert_specific_rows(
        model, [specific_row(page.pk, instance) for page, instance in zip(created, instances, strict=True)]
    )
    return [page.pk for page in created]


def index_pages(model, ids):
    from modelsearch.backends import get_search_backend

    backend = get_search_backend()
    index = backend.get_index_for_model(model)
    for start in range(0, len(ids), BATCH):
        chunk = list(model.objects.filter(pk__in=ids[start : start + BATCH]))
        index.add_items(model, chunk)


def ensure_sites():
    """A home page and a training index per locale, made with the normal API (a few pages)."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from portal.languages import language_codes
    from training.models import TrainingIndexPage

    root = Page.get_first_root_node()
    homes, indexes = {}, {}
    for code in language_codes():
        locale, _ = Locale.objects.get_or_create(language_code=code)
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            home = HomePage(title=f"Agora {code}", slug=f"home-{code}", locale=locale)
            root.add_child(instance=home)
            home.save_revision().publish()
        homes[code] = Page.objects.get(pk=home.pk)
        index = TrainingIndexPage.objects.filter(locale=locale).first()
        if index is None:
            index = TrainingIndexPage(title="Training", slug=f"training-{code}", introduction="", locale=locale)
            home.add_child(instance=index)
            index.save_revision().publish()
        indexes[code] = Page.objects.get(pk=index.pk)
    for placeholder in root.get_children().filter(content_type__model="page"):
        placeholder.delete()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": homes[language_codes()[0]]}
    )
    # Fresh rows: numchild changed as the indexes were added.
    homes = {code: Page.objects.get(pk=page.pk) for code, page in homes.items()}
    return homes, indexes


def ensure_domains():
    from wagtail.models import Locale

    from portal.languages import language_codes
    from portal.models import Domain

    slugs = ["vulnerability-analysis", "cpted", "crisis-communication", "ethical-technology"]
    domains = {}
    for code in language_codes():
        locale = Locale.objects.get(language_code=code)
        for slug in slugs:
            domain, _ = Domain.objects.get_or_create(
                locale=locale, slug=slug, defaults={"name": slug.replace("-", " ")}
            )
            domains.setdefault(code, []).append(domain)
    return domains


def schema_key():
    """A short digest of every migration on disk and of the generator's modules: a cached dump made
    under another schema (or by another generator) has another name and is never restored."""
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256()
    for app_label, name in sorted(MigrationLoader(None, ignore_no_migrations=True).disk_migrations):
        digest.update(f"{app_label}.{name}\n".encode())
    for name in GENERATOR_FILES:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:12]


def database_counts():
    """Rows that matter for search, as a dict (printed before timing)."""
    from django.db.models import Count

    from modelsearch.conf import get_app_config
    from wagtail.models import Page

    counts = {"pages": Page.objects.count(), "live pages": Page.objects.filter(live=True).count()}
    for row in Page.objects.values("locale__language_code").annotate(n=Count("id")).order_by("locale__language_code"):
        counts[f"pages in {row['locale__language_code']}"] = row["n"]
    counts["index entries"] = get_app_config().get_model("IndexEntry").objects.count()
    return counts
