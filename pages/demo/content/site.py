"""The demo's home page and its five section index pages, in en, kn, te and hi.

A section's English slug is its key; the other languages give their own slug (no ZWNJ/ZWJ:
those are invisible and do not belong in a URL).
"""

CLINIC_PHONE = "+91 89510 47001"


def home_body(t):
    return [
        {"type": "heading", "value": {"text": t["heading"], "level": "2"}},
        {"type": "paragraph", "value": t["paragraph"]},
        {
            "type": "cta",
            "value": {
                "heading": t["cta_heading"],
                "text": t["cta_text"],
                "phone": CLINIC_PHONE,
                "button_label": t["cta_button"],
                "link_page": "spinal-stenosis",
                "link_url": "",
            },
        },
    ]


_HOME_STRINGS = {
    "en": {
        "title": "Physiotherapy for Back, Neck and Joint Pain",
        "seo_title": "Physiotherapy in Bangalore and Hyderabad | Back, Neck and Joint Care",
        "search_description": (
            "Evidence-based physiotherapy for back, neck and joint pain at our clinics in Indiranagar, Bangalore and "
            "Jubilee Hills, Hyderabad, with health guides in English, Kannada, Telugu and Hindi."
        ),
        "intro": (
            "<p>Expert, evidence-based physiotherapy for back, neck and joint pain at our clinics in Bangalore and "
            "Hyderabad.</p>"
            "<p>Read about conditions, therapies and treatments in English, Kannada, Telugu or Hindi.</p>"
        ),
        "heading": "Living with spinal stenosis?",
        "paragraph": (
            '<p>Start with our guide to <a href="page:spinal-stenosis">spinal stenosis</a>, then read how '
            '<a href="page:dry-needling-for-spinal-stenosis">dry needling</a> can ease the muscle pain that often '
            "comes with it.</p>"
        ),
        "cta_heading": "Book an assessment",
        "cta_text": "Call us, or visit our clinic in Indiranagar, Bangalore or in Jubilee Hills, Hyderabad.",
        "cta_button": "Read about spinal stenosis",
    },
    "kn": {
        "title": "ಬೆನ್ನು, ಕುತ್ತಿಗೆ ಮತ್ತು ಕೀಲು ನೋವಿಗೆ ಫಿಸಿಯೋಥೆರಪಿ",
        "seo_title": "ಬೆಂಗಳೂರು ಮತ್ತು ಹೈದರಾಬಾದ್‌ನಲ್ಲಿ ಫಿಸಿಯೋಥೆರಪಿ | ಬೆನ್ನು, ಕುತ್ತಿಗೆ ಮತ್ತು ಕೀಲುಗಳ ಆರೈಕೆ",
        "search_description": (
            "ಬೆಂಗಳೂರಿನ ಇಂದಿರಾನಗರ ಮತ್ತು ಹೈದರಾಬಾದ್‌ನ ಜುಬಿಲಿ ಹಿಲ್ಸ್‌ನಲ್ಲಿರುವ ನಮ್ಮ ಕ್ಲಿನಿಕ್‌ಗಳಲ್ಲಿ ಬೆನ್ನು, ಕುತ್ತಿಗೆ "
            "ಮತ್ತು ಕೀಲು ನೋವಿಗೆ ವೈಜ್ಞಾನಿಕ ಪುರಾವೆ ಆಧಾರಿತ ಫಿಸಿಯೋಥೆರಪಿ; ಇಂಗ್ಲಿಷ್, ಕನ್ನಡ, ತೆಲುಗು ಮತ್ತು ಹಿಂದಿಯಲ್ಲಿ "
            "ಆರೋಗ್ಯ ಮಾಹಿತಿ."
        ),
        "intro": (
            "<p>ಬೆಂಗಳೂರು ಮತ್ತು ಹೈದರಾಬಾದ್‌ನಲ್ಲಿರುವ ನಮ್ಮ ಕ್ಲಿನಿಕ್‌ಗಳಲ್ಲಿ ಬೆನ್ನು, ಕುತ್ತಿಗೆ ಮತ್ತು ಕೀಲು ನೋವಿಗೆ "
            "ತಜ್ಞರಿಂದ, ವೈಜ್ಞಾನಿಕ ಪುರಾವೆ ಆಧಾರಿತ ಫಿಸಿಯೋಥೆರಪಿ.</p>"
            "<p>ಆರೋಗ್ಯ ಸಮಸ್ಯೆಗಳು, ಚಿಕಿತ್ಸಾ ವಿಧಾನಗಳು ಮತ್ತು ಚಿಕಿತ್ಸೆಗಳ ಬಗ್ಗೆ ಇಂಗ್ಲಿಷ್, ಕನ್ನಡ, ತೆಲುಗು ಅಥವಾ ಹಿಂದಿಯಲ್ಲಿ "
            "ಓದಿ.</p>"
        ),
        "heading": "ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್‌ನಿಂದ ಬಳಲುತ್ತಿದ್ದೀರಾ?",
        "paragraph": (
            '<p>ಮೊದಲು ನಮ್ಮ <a href="page:spinal-stenosis">ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್</a> ಮಾರ್ಗದರ್ಶಿಯನ್ನು ಓದಿ; ನಂತರ ಅದರ '
            'ಜೊತೆ ಹೆಚ್ಚಾಗಿ ಬರುವ ಸ್ನಾಯು ನೋವನ್ನು <a href="page:dry-needling-for-spinal-stenosis">ಡ್ರೈ ನೀಡ್ಲಿಂಗ್</a> '
            "ಹೇಗೆ ತಗ್ಗಿಸಬಲ್ಲದು ಎಂದು ತಿಳಿಯಿರಿ.</p>"
        ),
        "cta_heading": "ಮೌಲ್ಯಮಾಪನಕ್ಕೆ ಸಮಯ ಕಾಯ್ದಿರಿಸಿ",
        "cta_text": (
            "ನಮಗೆ ಕರೆ ಮಾಡಿ, ಅಥವಾ ಬೆಂಗಳೂರಿನ ಇಂದಿರಾನಗರ ಇಲ್ಲವೇ ಹೈದರಾಬಾದ್‌ನ ಜುಬಿಲಿ ಹಿಲ್ಸ್‌ನಲ್ಲಿರುವ ನಮ್ಮ ಕ್ಲಿನಿಕ್‌ಗೆ "
            "ಭೇಟಿ ನೀಡಿ."
        ),
        "cta_button": "ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್ ಬಗ್ಗೆ ಓದಿ",
    },
    "te": {
        "title": "వీపు, మెడ, కీళ్ల నొప్పులకు ఫిజియోథెరపీ",
        "seo_title": "బెంగళూరు, హైదరాబాద్‌లో ఫిజియోథెరపీ | వీపు, మెడ, కీళ్ల సంరక్షణ",
        "search_description": (
            "బెంగళూరులోని ఇందిరానగర్, హైదరాబాద్‌లోని జూబ్లీ హిల్స్‌లో ఉన్న మా క్లినిక్‌లలో వీపు, మెడ, కీళ్ల నొప్పులకు "
            "శాస్త్రీయ ఆధారాలున్న ఫిజియోథెరపీ; ఇంగ్లిష్, కన్నడ, తెలుగు, హిందీలో ఆరోగ్య సమాచారం."
        ),
        "intro": (
            "<p>బెంగళూరు, హైదరాబాద్‌లలోని మా క్లినిక్‌లలో వీపు, మెడ, కీళ్ల నొప్పులకు నిపుణులు అందించే, శాస్త్రీయ "
            "ఆధారాలున్న ఫిజియోథెరపీ.</p>"
            "<p>ఆరోగ్య సమస్యలు, చికిత్సా పద్ధతులు, చికిత్సల గురించి ఇంగ్లిష్, కన్నడ, తెలుగు లేదా హిందీలో చదవండి.</p>"
        ),
        "heading": "స్పైనల్ స్టెనోసిస్‌తో బాధపడుతున్నారా?",
        "paragraph": (
            '<p>ముందుగా మా <a href="page:spinal-stenosis">స్పైనల్ స్టెనోసిస్</a> గైడ్ చదవండి; తర్వాత దానితో '
            'తరచుగా వచ్చే కండరాల నొప్పిని <a href="page:dry-needling-for-spinal-stenosis">డ్రై నీడ్లింగ్</a> ఎలా '
            "తగ్గించగలదో తెలుసుకోండి.</p>"
        ),
        "cta_heading": "పరీక్ష కోసం అపాయింట్‌మెంట్ బుక్ చేసుకోండి",
        "cta_text": (
            "మాకు ఫోన్ చేయండి, లేదా బెంగళూరులోని ఇందిరానగర్‌లో గానీ హైదరాబాద్‌లోని జూబ్లీ హిల్స్‌లో గానీ ఉన్న మా "
            "క్లినిక్‌కు రండి."
        ),
        "cta_button": "స్పైనల్ స్టెనోసిస్ గురించి చదవండి",
    },
    "hi": {
        "title": "पीठ, गर्दन और जोड़ों के दर्द के लिए फिज़ियोथेरेपी",
        "seo_title": "बेंगलुरु और हैदराबाद में फिज़ियोथेरेपी | पीठ, गर्दन और जोड़ों की देखभाल",
        "search_description": (
            "बेंगलुरु के इंदिरानगर और हैदराबाद के जुबली हिल्स में हमारे क्लिनिकों में पीठ, गर्दन और जोड़ों के दर्द के "
            "लिए वैज्ञानिक प्रमाणों पर आधारित फिज़ियोथेरेपी; अंग्रेज़ी, कन्नड़, तेलुगु और हिन्दी में स्वास्थ्य जानकारी।"
        ),
        "intro": (
            "<p>बेंगलुरु और हैदराबाद में हमारे क्लिनिकों में पीठ, गर्दन और जोड़ों के दर्द के लिए विशेषज्ञों द्वारा, "
            "वैज्ञानिक प्रमाणों पर आधारित फिज़ियोथेरेपी।</p>"
            "<p>बीमारियों, उपचार पद्धतियों और उपचार कार्यक्रमों के बारे में अंग्रेज़ी, कन्नड़, तेलुगु या हिन्दी में "
            "पढ़ें।</p>"
        ),
        "heading": "क्या आप स्पाइनल स्टेनोसिस से परेशान हैं?",
        "paragraph": (
            '<p>पहले हमारी <a href="page:spinal-stenosis">स्पाइनल स्टेनोसिस</a> गाइड पढ़ें, फिर जानें कि इसके साथ '
            'अक्सर होने वाले मांसपेशियों के दर्द को <a href="page:dry-needling-for-spinal-stenosis">ड्राई नीडलिंग</a> '
            "कैसे कम कर सकती है।</p>"
        ),
        "cta_heading": "जाँच का समय बुक करें",
        "cta_text": "हमें फ़ोन करें, या बेंगलुरु के इंदिरानगर या हैदराबाद के जुबली हिल्स में हमारे क्लिनिक आएँ।",
        "cta_button": "स्पाइनल स्टेनोसिस के बारे में पढ़ें",
    },
}

HOME = {
    "fields": {
        lang: {
            "title": t["title"],
            "seo_title": t["seo_title"],
            "search_description": t["search_description"],
            "intro": t["intro"],
            "body": home_body(t),
        }
        for lang, t in _HOME_STRINGS.items()
    }
}


SECTIONS = [
    {
        "key": "conditions",
        "fields": {
            "en": {
                "title": "Conditions",
                "seo_title": "Conditions We Treat",
                "search_description": (
                    "Plain-language guides to the back, neck and joint conditions our physiotherapists treat."
                ),
                "intro": (
                    "<p>Plain-language guides to the back, neck and joint conditions our physiotherapists treat "
                    "every day.</p>"
                ),
                "body": [],
            },
            "kn": {
                "slug": "ಆರೋಗ್ಯ-ಸಮಸ್ಯೆಗಳು",
                "title": "ಆರೋಗ್ಯ ಸಮಸ್ಯೆಗಳು",
                "seo_title": "ನಾವು ಚಿಕಿತ್ಸೆ ನೀಡುವ ಆರೋಗ್ಯ ಸಮಸ್ಯೆಗಳು",
                "search_description": (
                    "ನಮ್ಮ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್‌ಗಳು ಚಿಕಿತ್ಸೆ ನೀಡುವ ಬೆನ್ನು, ಕುತ್ತಿಗೆ ಮತ್ತು ಕೀಲುಗಳ ಸಮಸ್ಯೆಗಳ ಕುರಿತು ಸರಳ "
                    "ಭಾಷೆಯ ಮಾರ್ಗದರ್ಶಿಗಳು."
                ),
                "intro": (
                    "<p>ನಮ್ಮ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್‌ಗಳು ಪ್ರತಿದಿನ ಚಿಕಿತ್ಸೆ ನೀಡುವ ಬೆನ್ನು, ಕುತ್ತಿಗೆ ಮತ್ತು ಕೀಲುಗಳ ಸಮಸ್ಯೆಗಳ "
                    "ಕುರಿತು ಸರಳ ಭಾಷೆಯ ಮಾರ್ಗದರ್ಶಿಗಳು.</p>"
                ),
                "body": [],
            },
            "te": {
                "slug": "ఆరోగ్య-సమస్యలు",
                "title": "ఆరోగ్య సమస్యలు",
                "seo_title": "మేము చికిత్స చేసే ఆరోగ్య సమస్యలు",
                "search_description": (
                    "మా ఫిజియోథెరపిస్టులు చికిత్స చేసే వీపు, మెడ, కీళ్ల సమస్యలపై సులభమైన భాషలో మార్గదర్శకాలు."
                ),
                "intro": (
                    "<p>మా ఫిజియోథెరపిస్టులు ప్రతిరోజూ చికిత్స చేసే వీపు, మెడ, కీళ్ల సమస్యలపై సులభమైన భాషలో "
                    "మార్గదర్శకాలు.</p>"
                ),
                "body": [],
            },
            "hi": {
                "slug": "बीमारियाँ",
                "title": "बीमारियाँ और स्थितियाँ",
                "seo_title": "जिन बीमारियों का हम इलाज करते हैं",
                "search_description": (
                    "हमारे फिज़ियोथेरेपिस्ट पीठ, गर्दन और जोड़ों की जिन समस्याओं का इलाज करते हैं, उन पर आसान भाषा में "
                    "जानकारी।"
                ),
                "intro": (
                    "<p>हमारे फिज़ियोथेरेपिस्ट रोज़ पीठ, गर्दन और जोड़ों की जिन समस्याओं का इलाज करते हैं, उन पर आसान "
                    "भाषा में जानकारी।</p>"
                ),
                "body": [],
            },
        },
    },
    {
        "key": "therapies",
        "fields": {
            "en": {
                "title": "Therapies",
                "seo_title": "Physiotherapy Techniques",
                "search_description": (
                    "The techniques our physiotherapists use, from manual therapy to dry needling, and what each "
                    "involves."
                ),
                "intro": (
                    "<p>The techniques our physiotherapists use, from manual therapy to dry needling, and what each "
                    "one involves.</p>"
                ),
                "body": [],
            },
            "kn": {
                "slug": "ಚಿಕಿತ್ಸಾ-ವಿಧಾನಗಳು",
                "title": "ಚಿಕಿತ್ಸಾ ವಿಧಾನಗಳು",
                "seo_title": "ಫಿಸಿಯೋಥೆರಪಿ ಚಿಕಿತ್ಸಾ ವಿಧಾನಗಳು",
                "search_description": (
                    "ಮ್ಯಾನುಯಲ್ ಥೆರಪಿಯಿಂದ ಡ್ರೈ ನೀಡ್ಲಿಂಗ್‌ವರೆಗೆ, ನಮ್ಮ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್‌ಗಳು ಬಳಸುವ ತಂತ್ರಗಳು ಮತ್ತು "
                    "ಪ್ರತಿಯೊಂದರಲ್ಲಿ ಏನಿರುತ್ತದೆ."
                ),
                "intro": (
                    "<p>ಮ್ಯಾನುಯಲ್ ಥೆರಪಿಯಿಂದ ಡ್ರೈ ನೀಡ್ಲಿಂಗ್‌ವರೆಗೆ, ನಮ್ಮ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್‌ಗಳು ಬಳಸುವ ತಂತ್ರಗಳು ಮತ್ತು "
                    "ಪ್ರತಿಯೊಂದರಲ್ಲಿ ಏನೇನಿರುತ್ತದೆ.</p>"
                ),
                "body": [],
            },
            "te": {
                "slug": "చికిత్సా-పద్ధతులు",
                "title": "చికిత్సా పద్ధతులు",
                "seo_title": "ఫిజియోథెరపీ చికిత్సా పద్ధతులు",
                "search_description": (
                    "మాన్యువల్ థెరపీ నుంచి డ్రై నీడ్లింగ్ వరకు, మా ఫిజియోథెరపిస్టులు ఉపయోగించే పద్ధతులు, ప్రతి "
                    "దానిలో ఏమి ఉంటుంది."
                ),
                "intro": (
                    "<p>మాన్యువల్ థెరపీ నుంచి డ్రై నీడ్లింగ్ వరకు, మా ఫిజియోథెరపిస్టులు ఉపయోగించే పద్ధతులు, ప్రతి "
                    "దానిలో ఏమేమి ఉంటాయి.</p>"
                ),
                "body": [],
            },
            "hi": {
                "slug": "उपचार-पद्धतियाँ",
                "title": "उपचार पद्धतियाँ",
                "seo_title": "फिज़ियोथेरेपी की उपचार पद्धतियाँ",
                "search_description": (
                    "मैनुअल थेरेपी से लेकर ड्राई नीडलिंग तक, हमारे फिज़ियोथेरेपिस्ट जिन तकनीकों का इस्तेमाल करते हैं और "
                    "हर एक में क्या होता है।"
                ),
                "intro": (
                    "<p>मैनुअल थेरेपी से लेकर ड्राई नीडलिंग तक, हमारे फिज़ियोथेरेपिस्ट जिन तकनीकों का इस्तेमाल करते हैं "
                    "और हर एक में क्या-क्या होता है।</p>"
                ),
                "body": [],
            },
        },
    },
    {
        "key": "treatments",
        "fields": {
            "en": {
                "title": "Treatments",
                "seo_title": "Physiotherapy Treatment Programmes",
                "search_description": (
                    "Structured physiotherapy programmes that combine exercise, hands-on care and advice for a "
                    "lasting recovery."
                ),
                "intro": (
                    "<p>Structured programmes that combine exercise, hands-on care and advice for a lasting "
                    "recovery.</p>"
                ),
                "body": [],
            },
            "kn": {
                "slug": "ಚಿಕಿತ್ಸೆಗಳು",
                "title": "ಚಿಕಿತ್ಸೆಗಳು",
                "seo_title": "ಫಿಸಿಯೋಥೆರಪಿ ಚಿಕಿತ್ಸಾ ಕಾರ್ಯಕ್ರಮಗಳು",
                "search_description": (
                    "ದೀರ್ಘಕಾಲ ಉಳಿಯುವ ಚೇತರಿಕೆಗಾಗಿ ವ್ಯಾಯಾಮ, ಕೈಚಿಕಿತ್ಸೆ ಮತ್ತು ಸಲಹೆಯನ್ನು ಒಟ್ಟುಗೂಡಿಸುವ ಕ್ರಮಬದ್ಧ "
                    "ಫಿಸಿಯೋಥೆರಪಿ ಕಾರ್ಯಕ್ರಮಗಳು."
                ),
                "intro": (
                    "<p>ದೀರ್ಘಕಾಲ ಉಳಿಯುವ ಚೇತರಿಕೆಗಾಗಿ ವ್ಯಾಯಾಮ, ಕೈಚಿಕಿತ್ಸೆ ಮತ್ತು ಸಲಹೆಯನ್ನು ಒಟ್ಟುಗೂಡಿಸುವ ಕ್ರಮಬದ್ಧ "
                    "ಕಾರ್ಯಕ್ರಮಗಳು.</p>"
                ),
                "body": [],
            },
            "te": {
                "slug": "చికిత్సలు",
                "title": "చికిత్సలు",
                "seo_title": "ఫిజియోథెరపీ చికిత్సా కార్యక్రమాలు",
                "search_description": (
                    "పూర్తిగా, దీర్ఘకాలం కోలుకునేందుకు వ్యాయామం, చేతులతో చేసే చికిత్స, సలహాలను కలిపే క్రమబద్ధమైన "
                    "ఫిజియోథెరపీ కార్యక్రమాలు."
                ),
                "intro": (
                    "<p>పూర్తిగా, దీర్ఘకాలం కోలుకునేందుకు వ్యాయామం, చేతులతో చేసే చికిత్స, సలహాలను కలిపే క్రమబద్ధమైన "
                    "కార్యక్రమాలు.</p>"
                ),
                "body": [],
            },
            "hi": {
                "slug": "उपचार-कार्यक्रम",
                "title": "उपचार कार्यक्रम",
                "seo_title": "फिज़ियोथेरेपी उपचार कार्यक्रम",
                "search_description": (
                    "लंबे समय तक टिकने वाले सुधार के लिए व्यायाम, हाथों से उपचार और सलाह को जोड़ने वाले व्यवस्थित "
                    "फिज़ियोथेरेपी कार्यक्रम।"
                ),
                "intro": (
                    "<p>लंबे समय तक टिकने वाले सुधार के लिए व्यायाम, हाथों से उपचार और सलाह को जोड़ने वाले व्यवस्थित "
                    "कार्यक्रम।</p>"
                ),
                "body": [],
            },
        },
    },
    {
        "key": "symptoms",
        "fields": {
            "en": {
                "title": "Symptoms",
                "seo_title": "Symptoms: What Your Pain May Mean",
                "search_description": (
                    "Common symptoms such as leg pain, numbness and tingling: possible causes and when to get help."
                ),
                "intro": "<p>Common symptoms, what may be causing them and when you should get help.</p>",
                "body": [],
            },
            "kn": {
                "slug": "ಲಕ್ಷಣಗಳು",
                "title": "ಲಕ್ಷಣಗಳು",
                "seo_title": "ಲಕ್ಷಣಗಳು: ನಿಮ್ಮ ನೋವಿನ ಅರ್ಥವೇನಿರಬಹುದು",
                "search_description": (
                    "ಕಾಲು ನೋವು, ಮರಗಟ್ಟುವಿಕೆ ಮತ್ತು ಜುಮ್ಮೆನಿಸುವಿಕೆಯಂತಹ ಸಾಮಾನ್ಯ ಲಕ್ಷಣಗಳು: ಸಂಭವನೀಯ ಕಾರಣಗಳು ಮತ್ತು "
                    "ನೆರವು ಯಾವಾಗ ಪಡೆಯಬೇಕು."
                ),
                "intro": "<p>ಸಾಮಾನ್ಯ ಲಕ್ಷಣಗಳು, ಅವುಗಳಿಗೆ ಕಾರಣವೇನಿರಬಹುದು ಮತ್ತು ನೀವು ಯಾವಾಗ ನೆರವು ಪಡೆಯಬೇಕು.</p>",
                "body": [],
            },
            "te": {
                "slug": "లక్షణాలు",
                "title": "లక్షణాలు",
                "seo_title": "లక్షణాలు: మీ నొప్పి అర్థం ఏమై ఉండవచ్చు",
                "search_description": (
                    "కాలు నొప్పి, తిమ్మిరి, జలదరింపు వంటి సాధారణ లక్షణాలు: సాధ్యమైన కారణాలు, సహాయం ఎప్పుడు పొందాలి."
                ),
                "intro": "<p>సాధారణ లక్షణాలు, వాటికి కారణం ఏమై ఉండవచ్చు, మీరు ఎప్పుడు సహాయం పొందాలి.</p>",
                "body": [],
            },
            "hi": {
                "slug": "लक्षण",
                "title": "लक्षण",
                "seo_title": "लक्षण: आपके दर्द का क्या मतलब हो सकता है",
                "search_description": "पैर दर्द, सुन्नपन और झुनझुनी जैसे आम लक्षण: संभावित कारण और मदद कब लें।",
                "intro": "<p>आम लक्षण, उनकी संभावित वजहें और आपको कब मदद लेनी चाहिए।</p>",
                "body": [],
            },
        },
    },
    {
        "key": "blog",
        "fields": {
            "en": {
                "title": "Blog",
                "seo_title": "Physiotherapy Blog: Articles and Everyday Tips",
                "search_description": (
                    "Articles and everyday tips from our physiotherapists on managing pain and staying active."
                ),
                "intro": (
                    "<p>Articles and everyday tips from our physiotherapists on managing pain and staying "
                    "active.</p>"
                ),
                "body": [],
            },
            "kn": {
                "slug": "ಬ್ಲಾಗ್",
                "title": "ಬ್ಲಾಗ್",
                "seo_title": "ಫಿಸಿಯೋಥೆರಪಿ ಬ್ಲಾಗ್: ಲೇಖನಗಳು ಮತ್ತು ದಿನನಿತ್ಯದ ಸಲಹೆಗಳು",
                "search_description": (
                    "ನೋವನ್ನು ನಿಭಾಯಿಸುವ ಮತ್ತು ಚುರುಕಾಗಿರುವ ಬಗ್ಗೆ ನಮ್ಮ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್‌ಗಳ ಲೇಖನಗಳು ಮತ್ತು ದಿನನಿತ್ಯದ "
                    "ಸಲಹೆಗಳು."
                ),
                "intro": (
                    "<p>ನೋವನ್ನು ನಿಭಾಯಿಸುವ ಮತ್ತು ಚುರುಕಾಗಿರುವ ಬಗ್ಗೆ ನಮ್ಮ ಫಿಸಿಯೋಥೆರಪಿಸ್ಟ್‌ಗಳ ಲೇಖನಗಳು ಮತ್ತು "
                    "ದಿನನಿತ್ಯದ ಸಲಹೆಗಳು.</p>"
                ),
                "body": [],
            },
            "te": {
                "slug": "బ్లాగ్",
                "title": "బ్లాగ్",
                "seo_title": "ఫిజియోథెరపీ బ్లాగ్: వ్యాసాలు, రోజువారీ చిట్కాలు",
                "search_description": (
                    "నొప్పిని నిర్వహించడం, చురుగ్గా ఉండటం గురించి మా ఫిజియోథెరపిస్టుల వ్యాసాలు, రోజువారీ చిట్కాలు."
                ),
                "intro": (
                    "<p>నొప్పిని నిర్వహించడం, చురుగ్గా ఉండటం గురించి మా ఫిజియోథెరపిస్టుల వ్యాసాలు, రోజువారీ "
                    "చిట్కాలు.</p>"
                ),
                "body": [],
            },
            "hi": {
                "slug": "ब्लॉग",
                "title": "ब्लॉग",
                "seo_title": "फिज़ियोथेरेपी ब्लॉग: लेख और रोज़मर्रा के सुझाव",
                "search_description": (
                    "दर्द को संभालने और सक्रिय रहने पर हमारे फिज़ियोथेरेपिस्टों के लेख और रोज़मर्रा के सुझाव।"
                ),
                "intro": "<p>दर्द को संभालने और सक्रिय रहने पर हमारे फिज़ियोथेरेपिस्टों के लेख और रोज़मर्रा के सुझाव।</p>",
                "body": [],
            },
        },
    },
]
