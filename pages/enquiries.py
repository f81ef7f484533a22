"""Storing "Get in touch" enquiries: phone numbers normalised to E.164, never logged."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pages.models import Enquiry

DEFAULT_PHONE_REGION = "IN"


def normalise_phone(raw):
    """``raw`` in any usual spelling (``089510 47001``, ``+91-89510-47001``, ...) as E.164."""
    invalid = ValidationError(_("Enter a valid phone number, for example +91 89510 47001."), code="invalid_phone")
    try:
        number = phonenumbers.parse(str(raw), DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException as error:
        raise invalid from error
    if not phonenumbers.is_valid_number(number):
        raise invalid
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def enquiry_create(*, name, phone, message, page_id=None, language="en"):
    """Validate and store one enquiry; raises ``ValidationError`` with errors per field."""
    enquiry = Enquiry(
        name=name.strip(), phone=normalise_phone(phone), message=message.strip(), page_id=page_id, language=language
    )
    enquiry.full_clean()
    enquiry.save()
    return enquiry
