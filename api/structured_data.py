"""schema.org JSON-LD for a page, in the request's language, for the front end to embed.

    {"@context": "https://schema.org", "@graph": [
        {"@type": "MedicalWebPage", "name": "...", "description": "...", "inLanguage": "kn",
         "url": "/ಸ್ಥಿತಿಗಳು/.../", "datePublished": "...", "dateModified": "..."},
        {"@type": "FAQPage", "inLanguage": "kn", "mainEntity": [
            {"@type": "Question", "name": "...", "acceptedAnswer": {"@type": "Answer", "text": "<p>...</p>"}}]}]}

``url`` is the page's public path: the API does not know the front end's host.
"""

from django.utils.html import strip_tags

from api.language import localized_value
from api.paths import public_path


def _faq_questions(body, references):
    return [
        {
            "@type": "Question",
            "name": item["question"],
            "acceptedAnswer": {"@type": "Answer", "text": references.rich_text(item["answer"].source)},
        }
        for block in body
        if block.block_type == "faq"
        for item in block.value["items"]
    ]


def structured_data(page, *, context):
    language, references = context["language"], context["references"]
    description = localized_value(page, "search_description", language) or strip_tags(
        localized_value(page, "intro", language) or ""
    ).strip()
    web_page = {
        "@type": "MedicalWebPage",
        "name": localized_value(page, "title", language),
        "description": description,
        "inLanguage": language,
        "url": public_path(page, context["site_root"], language),
        "datePublished": page.first_published_at.isoformat() if page.first_published_at else None,
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
    }
    graph = [web_page]
    questions = _faq_questions(localized_value(page, "body", language), references)
    if questions:
        graph.append({"@type": "FAQPage", "inLanguage": language, "mainEntity": questions})
    return {"@context": "https://schema.org", "@graph": graph}
