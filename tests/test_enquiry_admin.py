"""Enquiries are listed, searched and exported as CSV in the admin; phones are stored in E.164."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pages.enquiries import enquiry_create, normalise_phone


@pytest.mark.parametrize(
    ("spelling", "e164"),
    [
        ("+91 89510 47001", "+918951047001"),
        ("089510 47001", "+918951047001"),
        ("8951047001", "+918951047001"),
        ("+91-89510-47001", "+918951047001"),
        ("91 8951047001", "+918951047001"),
        ("0091 89510 47001", "+918951047001"),
        ("(080) 4000 1234", "+918040001234"),
        ("९८४५० १२३४५", "+919845012345"),
    ],
)
def test_indian_numbers_in_usual_spellings_become_e164(spelling, e164):
    assert normalise_phone(spelling) == e164


@pytest.mark.parametrize("bad", ["12345", "89510", "abc", "", "+91 0000"])
def test_invalid_phone_numbers_are_refused(bad):
    with pytest.raises(ValidationError) as error:
        normalise_phone(bad)
    assert error.value.code == "invalid_phone"


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.com", "pw"))
    return client


@pytest.mark.django_db
def test_enquiries_are_listed_searched_and_exported_as_csv(admin_client):
    enquiry_create(name="ಅನನ್ಯಾ", phone="089510 47001", message="ಬೆನ್ನು ನೋವು", language="kn")
    enquiry_create(name="Ravi", phone="+91 98450 12345", message="Neck pain", language="en")

    listing = admin_client.get(reverse("enquiries:index"))
    assert listing.status_code == 200
    assert "ಅನನ್ಯಾ" in listing.content.decode() and "Ravi" in listing.content.decode()

    search = admin_client.get(reverse("enquiries:index"), {"q": "Ravi"})
    assert "Ravi" in search.content.decode() and "ಅನನ್ಯಾ" not in search.content.decode()

    export = admin_client.get(reverse("enquiries:index"), {"export": "csv"})
    assert export.status_code == 200
    rows = b"".join(export.streaming_content).decode("utf-8").splitlines()
    assert len(rows) == 3
    assert any("+918951047001" in row and "ಬೆನ್ನು ನೋವು" in row for row in rows)
