import hashlib

from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """``mapping[key]``, or None."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def positions(count):
    return range(1, int(count) + 1)


@register.filter
def ordering_display(items, question_id):
    """The steps of an ordering question in a fixed order that does not give the answer away.

    Editors enter steps in the correct order; showing them sorted by a hash of their
    ids keeps the order stable between visits and languages (the ids are shared).
    """
    return sorted(items, key=lambda item: hashlib.sha256(f"{question_id}:{item.id}".encode()).hexdigest())


@register.filter
def is_chosen(choice_id, answer):
    """Whether a choice is in a single (str) or multiple (list) answer."""
    if isinstance(answer, list):
        return choice_id in answer
    return choice_id == answer


@register.filter
def privacy_embed_src(url):
    """The player address for a YouTube or Vimeo link (YouTube's no-cookie domain), or ''."""
    import re

    youtube = re.search(r"(?:youtube\.com/watch\?v=|youtu\.be/|youtube\.com/embed/)([\w-]{6,20})", url or "")
    if youtube:
        return f"https://www.youtube-nocookie.com/embed/{youtube.group(1)}"
    vimeo = re.search(r"vimeo\.com/(?:video/)?(\d+)", url or "")
    if vimeo:
        return f"https://player.vimeo.com/video/{vimeo.group(1)}"
    return ""
