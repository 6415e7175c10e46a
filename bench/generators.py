"""The content the bench invents: sentences and paragraphs from the vocabulary, and the page specs
(title, slug, age, model fields) of a locale's standard pages and courses."""

from django.utils.text import slugify

from bench.vocabulary import RARE_WORD, VOCABULARY

RARE_EVERY = 997  # roughly three pages per locale carry the rare word


def sentence(rng, code):
    subjects, verbs, places = VOCABULARY.get(code, VOCABULARY["en"])
    return f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(places)}."


def paragraph(rng, code, sentences):
    return " ".join(sentence(rng, code) for _ in range(sentences))


def standard_page_specs(rng, code, count):
    """Specs of ``count`` standard pages in ``code``: a sentence as title, a paragraph body of
    6 to 30 sentences (every RARE_EVERY-th with the rare word), published within a year."""
    from wagtail.rich_text import RichText

    specs = []
    for number in range(count):
        title = sentence(rng, code).rstrip(".")[:200]
        text = paragraph(rng, code, rng.randint(6, 30))
        if number % RARE_EVERY == 0:
            text += f" {RARE_WORD.get(code, 'zeppelin')}."
        specs.append(
            {
                "title": title,
                "slug": f"{slugify(title)[:40]}-{number}",
                "age_minutes": rng.randint(0, 525600),
                "fields": {
                    "introduction": paragraph(rng, code, 1),
                    "body": [("paragraph", RichText(f"<p>{text}</p>"))],
                },
            }
        )
    return specs


def course_specs(rng, code, count, domains):
    """Specs of ``count`` courses in ``code``, each with one of ``domains`` and one competence."""
    specs = []
    for number in range(count):
        title = sentence(rng, code).rstrip(".")[:200]
        specs.append(
            {
                "title": title,
                "slug": f"course-{number}",
                "age_minutes": rng.randint(0, 525600),
                "fields": {
                    "domain": rng.choice(domains),
                    "summary": paragraph(rng, code, 3),
                    "estimated_minutes": rng.choice([30, 45, 60, 90]),
                    "competences": [("competence", f"{sentence(rng, code)}")],
                },
            }
        )
    return specs
