"""English (source) strings of the demo's shorter pages, keyed by page key.

The block structure of each page is built in ``pages`` (one builder per page); lists of pairs
are (title, text) in display order.
"""

SHORT_PAGES = {
    "spinal-stenosis": {
        "title": "Spinal Stenosis",
        "seo_title": "Spinal Stenosis: Symptoms, Causes and Physiotherapy",
        "search_description": (
            "What spinal stenosis is, the back, leg, neck and arm symptoms it causes, and how physiotherapy in "
            "Bangalore and Hyderabad helps you manage it."
        ),
        "intro": (
            "<p>Spinal stenosis is a narrowing of the spaces inside the spine that can squeeze the spinal cord and "
            "the nerves branching from it. It is most common in the lower back and the neck, and it usually "
            "develops slowly with age.</p>"
        ),
        "h_causes": "Why does the spine narrow?",
        "p_causes": (
            "<p>Most cases come from age-related wear and tear: the discs lose height, the small facet joints "
            "thicken and the ligaments stiffen, and together they crowd the nerves. Less often, a person is born "
            "with a narrow canal, or the narrowing follows an injury.</p>"
        ),
        "warning_title": "See a doctor promptly if you notice",
        "warning_items": [
            (
                "Loss of bladder or bowel control",
                "This can be a sign of severe nerve compression and needs emergency care.",
            ),
            (
                "Numbness around the groin or inner thighs",
                "Sometimes called saddle numbness; get medical help the same day.",
            ),
            (
                "Weakness that is quickly getting worse",
                "For example, a foot that starts to drag or hands that become clumsy.",
            ),
        ],
        "p_treatment": (
            "<p>For most people, physiotherapy is the first step: a tailored "
            '<a href="page:spinal-stenosis-exercise-programme">exercise programme</a>, hands-on therapy and, when '
            'tight muscles are a big part of the pain, <a href="page:dry-needling">dry needling</a>.</p>'
        ),
        "cta_heading": "Talk to a spine physiotherapist",
        "cta_text": "Book an assessment at our Bangalore or Hyderabad clinic and get a plan made for you.",
        "cta_button": "See how dry needling helps",
    },
    "dry-needling": {
        "title": "Dry Needling",
        "seo_title": "Dry Needling by Physiotherapists in Bangalore and Hyderabad",
        "search_description": (
            "Dry needling uses fine, sterile needles to release tight knots in muscles. What it helps with, what "
            "a session is like and who should avoid it."
        ),
        "intro": (
            "<p>Dry needling is a physiotherapy technique in which fine, sterile, single-use needles are placed "
            "into tight knots in a muscle (trigger points) to ease pain and help the muscle work normally "
            "again.</p>"
        ),
        "h_uses": "What can dry needling help with?",
        "uses_title": "Common reasons people come to us",
        "uses_items": [
            ("Back and neck pain", "Including the muscle pain that often comes with spinal stenosis."),
            ("Shoulder and hip pain", "When tight muscles are limiting movement."),
            ("Sports injuries and muscle strains", "As one part of a rehabilitation plan."),
        ],
        "callout": (
            "Dry needling is always combined with exercise and advice. On its own it eases symptoms, but it does "
            "not fix the underlying cause."
        ),
        "p_article": (
            "<p>Read how it helps people with stenosis in our article "
            '<a href="page:dry-needling-for-spinal-stenosis">Dry needling for spinal stenosis</a>.</p>'
        ),
        "cta_heading": "Is dry needling right for you?",
        "cta_text": "Our physiotherapists will examine you and talk you through your options.",
        "cta_button": "Read about spinal stenosis",
    },
    "sciatica-leg-pain": {
        "title": "Sciatica and Leg Pain",
        "seo_title": "Sciatica: Pain Spreading into the Buttock and Leg",
        "search_description": (
            "Pain that travels from the lower back into the buttock and leg: common causes such as lumbar spinal "
            "stenosis, and when to seek urgent help."
        ),
        "intro": (
            "<p>Pain that travels from the lower back into the buttock and down the leg is often called sciatica. "
            "It usually means that a nerve root in the lower spine is irritated or being pressed on.</p>"
        ),
        "h_feel": "What it can feel like",
        "feel_title": "Typical sensations",
        "feel_items": [
            ("A deep ache or burning pain", "Felt in the buttock, the back of the thigh or the calf."),
            ("Pain that builds as you stand or walk", "With stenosis it often settles when you sit or bend forward."),
            ("Pins and needles or weakness", "Sometimes reaching as far as the foot."),
        ],
        "p_causes": (
            '<p>Common causes include a bulging disc and lumbar <a href="page:spinal-stenosis">spinal stenosis</a>. '
            "A physiotherapist can work out where your pain is coming from and plan your treatment.</p>"
        ),
        "callout": (
            "Get urgent medical help if leg pain comes with loss of bladder or bowel control, numbness around the "
            "groin, or weakness that is getting worse quickly."
        ),
        "cta_heading": "Get your leg pain checked",
        "cta_text": "An assessment is the first step towards the right treatment.",
        "cta_button": "See the exercise programme",
    },
    "numbness-and-tingling": {
        "title": "Numbness and Tingling",
        "seo_title": "Numbness and Tingling in the Arms or Legs",
        "search_description": (
            "Pins and needles or numbness in the arms, hands, legs or feet can come from a pinched nerve in the "
            "spine. Common causes and when to get help."
        ),
        "intro": (
            "<p>Numbness, tingling or a 'pins and needles' feeling in the arms or legs often means that a nerve is "
            "being pressed on or irritated somewhere along its path, sometimes in the spine itself.</p>"
        ),
        "h_causes": "Possible causes",
        "causes_title": "Common causes",
        "causes_items": [
            (
                "Spinal stenosis",
                "Narrowing in the neck can affect the arms; narrowing in the lower back can affect the legs.",
            ),
            ("A disc pressing on a nerve", "Often together with pain along the same path."),
            (
                "Conditions that affect the nerves themselves",
                "Such as diabetes or a lack of vitamin B12, which your doctor can test for.",
            ),
        ],
        "callout": (
            "Sudden numbness or weakness of the face, arm or leg, especially on one side of the body, can be a sign "
            "of a stroke. Call 112 or 108 for an ambulance straight away."
        ),
        "cta_heading": "Let us find the cause",
        "cta_text": "Our physiotherapists will examine you and, if needed, refer you to a doctor.",
        "cta_button": "Read about spinal stenosis",
    },
    "spinal-stenosis-exercise-programme": {
        "title": "Spinal Stenosis Exercise Programme",
        "seo_title": "Physiotherapy Exercise Programme for Spinal Stenosis",
        "search_description": (
            "A supervised physiotherapy programme for spinal stenosis: forward-bending exercises, core strength, "
            "nerve glides and walking tolerance, adjusted to you."
        ),
        "intro": (
            "<p>Our exercise programme for spinal stenosis is a supervised course of physiotherapy that builds "
            "strength, flexibility and walking tolerance, so that you can do more with less pain.</p>"
        ),
        "h_includes": "What the programme includes",
        "includes_title": "Over six to eight weeks, you will work on",
        "includes_items": [
            ("Flexion-based exercises", "Gentle forward-bending movements that make more room around the nerves."),
            ("Core and hip strengthening", "To support your spine when you stand and walk."),
            ("Nerve glides", "Gentle movements that help irritated nerves slide freely."),
            ("Walking tolerance", "A graded walking or stationary-cycling plan that builds stamina step by step."),
        ],
        "image_caption": "A physiotherapist guiding a gentle stretching exercise.",
        "image_alt": "A patient doing a supervised stretch on an exercise mat with a physiotherapist",
        "callout": (
            "Do your home exercises little and often: a few minutes twice a day helps more than one long session "
            "a week."
        ),
        "cta_heading": "Start your programme",
        "cta_text": "Your physiotherapist will assess you and tailor the exercises to your symptoms.",
        "cta_button": "See how dry needling helps",
    },
    "staying-active-with-lumbar-stenosis": {
        "title": "Staying Active with Lumbar Stenosis: Everyday Tips",
        "seo_title": "Staying Active with Lumbar Spinal Stenosis: Five Everyday Tips",
        "search_description": (
            "Simple tips from our physiotherapists for walking, sitting, sleeping and lifting when you live with "
            "lumbar spinal stenosis."
        ),
        "intro": (
            "<p>Living with lumbar spinal stenosis does not mean giving up an active life. Small changes to the way "
            "you walk, sit and rest can make a real difference.</p>"
        ),
        "h_tips": "Five everyday tips",
        "tips_title": "Try these",
        "tips_items": [
            (
                "Walk in short bouts",
                "Several ten-minute walks are easier than one long one; sit down or lean forward to rest when "
                "symptoms build.",
            ),
            (
                "Try a stationary bike",
                "Cycling keeps you slightly bent forward, a position most people with stenosis find comfortable.",
            ),
            (
                "Choose supportive seating",
                "Use a chair that supports your lower back, with your feet flat on the floor.",
            ),
            ("Sleep on your side with your knees bent", "Or on your back with a pillow under your knees."),
            ("Lift with your legs", "Bend your knees and keep the load close to your body."),
        ],
        "image_caption": "Gentle daily stretches keep the back and hips supple.",
        "image_alt": "A person doing a gentle lower-back stretch at home",
        "callout": (
            "Keep a simple diary of how far you can walk comfortably. Watching the distance grow week by week is a "
            "great motivator."
        ),
        "p_programme": (
            "<p>For a structured plan, see our "
            '<a href="page:spinal-stenosis-exercise-programme">spinal stenosis exercise programme</a>.</p>'
        ),
        "cta_heading": "Want a plan made for you?",
        "cta_text": "Our physiotherapists can design exercises that fit your daily routine.",
        "cta_button": "Book an appointment online",
    },
}
