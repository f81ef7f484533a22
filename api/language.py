"""The language of an API request and the fallback chain of each language: decided only here.

A request's language is ``?lang=`` if given (an unsupported code is a 400), else the best
supported match in ``Accept-Language`` (q-values honoured, ``kn-IN`` means ``kn``), else the
default language. The fallback chains are ``MODELTRANSLATION_FALLBACK_LANGUAGES``, the setting
modeltranslation itself uses, so the API and the model descriptors always agree.
"""

from dataclasses import dataclass

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation.trans_real import parse_accept_lang_header

from api.exceptions import ApiError
from pages.translation_status import is_filled_in

LANGUAGE_PARAMETER = "lang"

# Django's LANG_INFO names Kannada "Kannada" in Kannada and writes Hindi as हिंदी; these are
# the names the product contract uses. Other languages fall back to LANG_INFO.
NATIVE_NAMES = {"en": "English", "kn": "ಕನ್ನಡ", "te": "తెలుగు", "hi": "हिन्दी"}


@dataclass(frozen=True)
class RequestLanguage:
    code: str
    # True when Accept-Language (or its absence) chose the language, so responses vary on it.
    negotiated: bool


def supported_languages():
    return [code for code, _name in settings.LANGUAGES]


def default_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def fallback_chain(code):
    """``code`` followed by the languages its missing fields fall back to, e.g. ``("kn", "en")``."""
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    if isinstance(fallbacks, list | tuple):
        configured = fallbacks
    else:
        configured = fallbacks.get(code, fallbacks.get("default", ()))
    chain = [code]
    chain += [language for language in configured if language not in chain]
    return tuple(chain)


def _from_accept_language(header):
    for tag, quality in parse_accept_lang_header(header or ""):
        if quality <= 0:  # q=0 means "not this one"
            continue
        if tag == "*":
            return default_language()
        primary = tag.lower().split("-")[0]
        if primary in supported_languages():
            return primary
    return None


def resolve_language(request):
    """The ``RequestLanguage`` of ``request``; raises ``ApiError`` for an unsupported ``?lang=``."""
    requested = request.GET.get(LANGUAGE_PARAMETER)  # Django and DRF requests alike
    if requested is not None:
        code = requested.strip().lower()
        if code not in supported_languages():
            raise ApiError(
                f"lang must be one of {', '.join(supported_languages())}; got {requested!r}",
                code="unsupported_language",
            )
        return RequestLanguage(code=code, negotiated=False)
    negotiated = _from_accept_language(request.META.get("HTTP_ACCEPT_LANGUAGE"))
    return RequestLanguage(code=negotiated or default_language(), negotiated=True)


def localized(obj, field_name, language):
    """``(value, language it is in)`` of a translated field, falling back along the chain.

    Returns the last language's (empty) value when no language in the chain has content.
    """
    chain = fallback_chain(language)
    for code in chain:
        if is_filled_in(obj, field_name, code):
            return getattr(obj, f"{field_name}_{code}"), code
    return getattr(obj, f"{field_name}_{chain[-1]}"), chain[-1]


def localized_value(obj, field_name, language):
    return localized(obj, field_name, language)[0]


def locale_descriptions():
    """Every configured language, as the locales endpoint lists them."""
    return [
        {
            "code": code,
            "name": LANG_INFO.get(code, {}).get("name", str(name)),
            "native_name": NATIVE_NAMES.get(code) or LANG_INFO.get(code, {}).get("name_local", str(name)),
            "fallback_chain": list(fallback_chain(code)[1:]),
            "default": code == default_language(),
        }
        for code, name in settings.LANGUAGES
    ]
