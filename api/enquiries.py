"""``POST /api/v1/enquiries/``: the "Get in touch" form. Input, throttle and the thank-you message."""

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from rest_framework.throttling import SimpleRateThrottle

from pages.enquiries import normalise_phone

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
THANK_YOU = _("Thank you! Our team will call you back soon.")


def _messages(**messages):
    return {"required": _("This field is required."), "null": _("This field is required."), **messages}


class EnquiryInputSerializer(serializers.Serializer):
    """``{"name": "Asha", "phone": "089510 47001", "message": "...", "page": 12, "language": "kn"}``

    ``website`` is a honeypot: people never see it, so a value means a bot.
    """

    name = serializers.CharField(
        max_length=200,
        error_messages=_messages(
            blank=_("Please tell us your name."), max_length=_("Please keep your name under 200 characters.")
        ),
    )
    phone = serializers.CharField(
        max_length=40,
        error_messages=_messages(
            blank=_("Please give a phone number we can call."),
            max_length=_("Enter a valid phone number, for example +91 89510 47001."),
        ),
    )
    message = serializers.CharField(
        max_length=5000,
        error_messages=_messages(
            blank=_("Please tell us how we can help."), max_length=_("Please keep your message under 5000 characters.")
        ),
    )
    page = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        error_messages={
            "invalid": _("page must be the id of a published page."),
            "min_value": _("page must be the id of a published page."),
        },
    )
    language = serializers.ChoiceField(
        choices=LANGUAGE_CODES,
        required=False,
        error_messages={"invalid_choice": _("language must be one of en, kn, te, hi.")},
    )
    website = serializers.CharField(required=False, allow_blank=True, write_only=True)

    def validate_phone(self, value):
        try:
            return normalise_phone(value)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.messages) from error

    def validate_page(self, value):
        if value is not None and not self.context["public_pages"].filter(pk=value).exists():
            raise serializers.ValidationError(_("page must be the id of a published page."))
        return value


class EnquiryResponseSerializer(serializers.Serializer):
    """``{"message": "Thank you! ..."}`` in the request's language; nothing the reader sent is echoed."""

    message = serializers.CharField()


class EnquiryRateThrottle(SimpleRateThrottle):
    """``ENQUIRY_RATE_LIMIT`` posts per client address, counted in the shared cache (Redis in production)."""

    scope = "enquiries"

    def get_rate(self):
        return settings.ENQUIRY_RATE_LIMIT

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
