"""A body with one block of every type, its strings in a given language."""

ZWJ, ZWNJ = "\u200d", "\u200c"

SAMPLE_TEXT = {
    "en": "Dry needling eases stiff muscles",
    "kn": "ಡ್ರೈ ನೀಡ್ಲಿಂಗ್ ಬಿಗಿಯಾದ ಸ್ನಾಯುಗಳನ್ನು ಸಡಿಲಿಸುತ್ತದೆ",
    "te": "డ్రై నీడ్లింగ్ బిగుసుకున్న కండరాలను సడలిస్తుంది",
    "hi": f"ड्राई नीडलिंग क्{ZWJ}ष और क्{ZWNJ}ष जकड़ी मांसपेशियों को ढीला करती है",
}

BLOCK_TYPES = [
    "heading",
    "paragraph",
    "analogy",
    "symptom_list",
    "mechanism_steps",
    "bullet_list",
    "contraindications",
    "comparison",
    "callout",
    "faq",
    "related_items",
    "cta",
    "image",
]


def every_block(lang, image_id, page_id):
    """Raw StreamField data: every block type once; ids depend only on the block, not the language."""
    t = SAMPLE_TEXT[lang]
    values = {
        "heading": {"text": t, "level": "2"},
        "paragraph": f"<p>{t}</p>",
        "analogy": {"title": t, "text": t, "image": image_id},
        "symptom_list": {"title": t, "intro": t, "items": [{"text": t, "detail": t}]},
        "mechanism_steps": {"title": t, "steps": [{"title": t, "body": f"<p>{t}</p>", "points": [t]}]},
        "bullet_list": {"title": t, "style": "check", "items": [{"title": t, "text": t}]},
        "contraindications": {"title": t, "intro": t, "items": [{"title": t, "text": t}]},
        "comparison": {"title": t, "left_label": t, "right_label": t, "rows": [{"aspect": t, "left": t, "right": t}]},
        "callout": {"tone": "warning", "text": t},
        "faq": {"title": t, "items": [{"question": t, "answer": f"<p>{t}</p>"}]},
        "related_items": {"title": t, "items": [page_id]},
        "cta": {
            "heading": t,
            "text": t,
            "phone": "+91 89510 47001",
            "button_label": t,
            "link_page": page_id,
            "link_url": "",
        },
        "image": {"image": image_id, "caption": t, "alt_text": t},
    }
    return [
        {"type": name, "id": f"00000000-0000-4000-8000-{index:012d}", "value": values[name]}
        for index, name in enumerate(BLOCK_TYPES)
    ]
