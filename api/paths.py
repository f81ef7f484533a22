"""Public URL paths of pages, per language: ``url_path_<lang>`` without the site root's prefix.

wagtail-modeltranslation stores ``url_path_kn`` for every page, built from each ancestor's
Kannada slug or, where there is none, its English one. So ``/home/blog/dry-needling/`` becomes
``/blog/dry-needling/``, and in Kannada ``/ಬ್ಲಾಗ್/ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್/``.
"""

import unicodedata
from urllib.parse import unquote

from api.language import fallback_chain
from pages.translation_status import source_language


def _url_path(page, language):
    for code in fallback_chain(language):
        value = getattr(page, f"url_path_{code}", None)
        if value:
            return value
    return page.url_path


def public_path(page, root, language):
    """The path a front end serves ``page`` at in ``language``; ``/`` for the site root."""
    url_path, root_path = _url_path(page, language), _url_path(root, language)
    if url_path.startswith(root_path):
        return "/" + url_path[len(root_path):]
    # The page moved out of, or was never under, this root's translated path: use English.
    return "/" + page.url_path_en[len(root.url_path_en):]


def normalise_requested_path(raw):
    """The path a client asked for, as stored: percent-decoded, NFC, with both slashes.

    Query strings are percent-decoded once by Django; a client that passes an already
    percent-encoded path (``location.pathname``) has it decoded a second time here. A slug
    never contains ``%``, so decoding is harmless for paths that were decoded already.
    """
    path = unicodedata.normalize("NFC", unquote(raw.strip()))
    return "/" + "/".join(part for part in path.split("/") if part) + "/" if path.strip("/") else "/"


def url_path_lookups(path, root, language):
    """``(field, value)`` pairs that find the page at ``path``: its language, then its fallbacks."""
    lookups = []
    for code in dict.fromkeys((*fallback_chain(language), source_language())):
        root_path = getattr(root, f"url_path_{code}", None) or root.url_path_en
        lookups.append((f"url_path_{code}", root_path + path[1:]))
    return lookups
