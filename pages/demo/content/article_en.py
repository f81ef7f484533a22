"""English (source) strings of the demo article "Dry needling for spinal stenosis".

Written for this demo in our own words; the block structure is built by ``pages.article_body``.
Lists of pairs are (title, text), (text, detail) or (aspect, left, right), in display order.
"""

ARTICLE = {
    "title": "Dry Needling for Spinal Stenosis: Easing Muscle Pain and Stiffness",
    "seo_title": "Dry Needling for Spinal Stenosis | Physiotherapy in Bangalore and Hyderabad",
    "search_description": (
        "How dry needling eases the muscle pain, stiffness and trigger points that come with spinal stenosis, "
        "who it suits, who should avoid it and what a session involves."
    ),
    "intro": (
        "<p>Spinal stenosis often brings stubborn muscle pain and tightness with it. Dry needling cannot undo the "
        "narrowing in the spine, but by switching off trigger points and improving local circulation it can ease "
        "pain, loosen stiff muscles and help you move more freely.</p>"
        "<p>Below we explain how the treatment works for stenosis, who it is suited to and what a typical "
        "session feels like.</p>"
    ),
    # Spinal stenosis and dry needling: the essentials
    "h_basics": "Stenosis and dry needling in brief",
    "p_basics": (
        "<p>Knowing why stenosis develops and how it shows itself makes it far easier to manage. Dry needling is "
        "a promising way to tackle the muscle pain and poor muscle function that so often come with it. Here is "
        "a short guide to both.</p>"
    ),
    "h_what_stenosis": "What is spinal stenosis?",
    "p_what_stenosis": (
        "<p>In spinal stenosis, the spaces inside the spine become narrower than they should be. It happens most "
        "often in the lower back (the lumbar spine) or in the neck (the cervical spine). As the room shrinks, the "
        "nerves running through the spine, and sometimes the spinal cord itself, can be squeezed. Our page on "
        '<a href="page:spinal-stenosis">spinal stenosis</a> covers the condition in more depth.</p>'
    ),
    "image_caption": (
        "The spinal cord and nerve roots pass through the central canal of the spine and the openings at its "
        "sides; stenosis narrows these spaces."
    ),
    "image_alt": "Illustration of the lower spine in which a narrowed spinal canal presses on a nerve",
    "analogy_title": "Think of a kinked garden hose",
    "analogy_text": (
        "Picture a garden hose with a kink that never straightens out. The bend chokes the flow of water. In the "
        "same way, a narrowed spine squeezes the nerves and disturbs the signals they carry. This can show up as "
        "pain, numbness and other problems that interfere with everyday life."
    ),
    "symptoms_title": "Signs of spinal stenosis to look out for",
    "symptoms_intro": "Not everyone has all of these, but they are the signs people with stenosis notice most often:",
    "symptoms": [
        (
            "Back, buttock or leg pain, or pain in the neck, shoulders or arms",
            "Lumbar stenosis usually affects the lower back, buttocks and legs; cervical stenosis affects the neck, "
            "shoulders and arms.",
        ),
        (
            "Numbness or tingling",
            "Many people describe it as pins and needles in the legs, feet, arms or hands.",
        ),
        (
            "Muscle weakness or cramps",
            "Muscles that get their signals from the squeezed nerves may tire quickly, feel weak or cramp.",
        ),
        (
            "Pain that builds when you stand or walk",
            "It usually eases when you sit down or bend forward, which is why leaning on a shopping trolley feels "
            "better (the so-called 'shopping cart sign').",
        ),
    ],
    # What is dry needling?
    "h_what_dn": "What is dry needling?",
    "p_what_dn": (
        "<p>A modern technique grounded in scientific evidence, dry needling eases muscle pain and gets muscles "
        "working normally again. A trained physiotherapist places very thin, solid (filiform) needles, much like "
        "acupuncture needles, straight into myofascial trigger points: tight spots in a muscle that hurt when "
        "pressed. Nothing is injected, which is why it is called 'dry'. Find out more on our "
        '<a href="page:dry-needling">dry needling</a> page.</p>'
    ),
    "h_vs_acupuncture": "How is it different from acupuncture?",
    "p_vs_acupuncture": (
        "<p>Acupuncture comes from traditional Chinese medicine and sets out to rebalance the flow of energy (Qi) "
        "along channels called meridians. Dry needling, by contrast, is built on Western anatomy and the science "
        "of the nervous system. It goes straight for trigger points to relieve muscle pain and dysfunction, an "
        "approach backed by modern research.</p>"
    ),
    "comparison_title": "Dry needling and acupuncture at a glance",
    "comparison_left": "Dry needling",
    "comparison_right": "Acupuncture",
    "comparison_rows": [
        (
            "Based on",
            "Western anatomy, neuroscience and modern research",
            "Traditional Chinese medicine and the idea of energy (Qi) flowing along meridians",
        ),
        (
            "Where the needles go",
            "Into trigger points in tight, painful muscles",
            "Into set points along the meridians",
        ),
        (
            "Main aim",
            "To relieve muscle pain and restore muscle function",
            "To restore the balance of the body's energy",
        ),
        (
            "Needles used",
            "Thin, solid, single-use needles",
            "Thin, solid needles of a similar kind",
        ),
    ],
    # How dry needling eases the symptoms
    "h_how_it_helps": "How dry needling eases the symptoms of stenosis",
    "callout_not_a_cure": (
        "Dry needling does not widen a narrowed spinal canal, and it cannot cure spinal stenosis. What it "
        "treats are the muscle problems that build up around the condition."
    ),
    "p_how_it_helps": (
        "<p>Those secondary muscle problems are very often what hurts most and what limits your movement from day "
        "to day. The two steps below show how they arise and where dry needling comes in.</p>"
    ),
    "mechanism_title": "How it works",
    "step1_title": "Step 1: how stenosis sets up a vicious circle",
    "step1_body": (
        "<p>When stenosis presses on a nerve, pain signals follow. By reflex, the muscles next to the spine, and "
        "those of the arm or leg involved, tighten up to protect, or 'guard', the area. When this guarding goes "
        "on for weeks or months, it leads to:</p>"
    ),
    "step1_points": [
        "Myofascial trigger points: over-sensitive knots within a muscle; pressing on them hurts, and they can "
        "send pain to other parts of the body.",
        "Poorer blood flow: muscles that stay tight are badly supplied with blood, so waste products build up and "
        "the tissue runs short of oxygen.",
        "Compensating movements: to dodge the pain, you start standing, walking and moving differently, which "
        "puts extra strain on other muscles and leads to still more trigger points and poorly working muscles.",
    ],
    "step2_title": "Step 2: where dry needling steps in",
    "step2_body": (
        "<p>By aiming the needles at specific problem areas in the muscles, the physiotherapist eases the pain and "
        "tension that stenosis sets off. The treatment helps in four ways:</p>"
    ),
    "step2_points": [
        "Deactivating trigger points, so that the tight knot lets go.",
        "Modulating pain, by calming the pain signals travelling through the nervous system.",
        "Boosting blood flow, which clears away irritants and nourishes the tissue.",
        "Restoring muscle function, so that exercising and moving become easier.",
    ],
    "h_trigger_points": "Deactivating trigger points",
    "p_trigger_points": (
        "<p>When the needle reaches a trigger point, the muscle often gives a quick, involuntary twitch (the "
        "'local twitch response') and then relaxes straight away. This effectively resets the muscle, breaks the "
        "loop of constant tension and switches off the knot that was causing the pain.</p>"
    ),
    "muscles_title": "Muscles we commonly treat",
    "muscles": [
        (
            "Lumbar stenosis",
            "Gluteus medius and minimus (in the buttock), quadratus lumborum (QL) and the erector spinae muscles "
            "that run along the spine.",
        ),
        (
            "Cervical stenosis",
            "Upper trapezius, levator scapulae and the deep neck flexors.",
        ),
    ],
    "h_pain_modulation": "Pain modulation",
    "pain_title": "Two ways the needle turns down pain",
    "pain_items": [
        (
            "Gate control",
            "Feeling the needle activates nerve fibres that signal the brain and can 'close the gate' on "
            "the deeper, long-standing pain coming from the stenosis. In effect, it gives the nervous system "
            "something else to attend to.",
        ),
        (
            "Natural painkillers",
            "Treatment encourages your body to produce its own pain-relieving chemicals, endorphins and "
            "enkephalins, which ease pain throughout the body.",
        ),
    ],
    "h_blood_flow": "Better blood flow and healing",
    "p_blood_flow": (
        "<p>The tiny injury the needle makes tells the body to send more blood to the treated area. The fresh "
        "blood carries away inflammatory substances and brings in oxygen and nutrients, which helps the tissue "
        "heal.</p>"
    ),
    "h_function": "Restoring muscle function",
    "p_function": (
        "<p>Once the tension is released and the trigger points have calmed down, the muscle can return to its "
        "normal length and work properly again. That makes it much easier to do the therapeutic exercises that "
        "give you lasting stability and relief.</p>"
    ),
    # Is dry needling enough on its own?
    "h_standalone": "Is dry needling enough on its own?",
    "p_standalone": (
        "<p>Dry needling can bring real relief, but it gives the best results as one part of a complete "
        "physiotherapy plan. Think of it as opening a 'window of opportunity': with pain and tension eased, you "
        "can get on with the exercises that bring long-term improvement. Our "
        '<a href="page:spinal-stenosis-exercise-programme">spinal stenosis exercise programme</a> shows what that '
        "looks like.</p>"
    ),
    "fit_title": "How the pieces fit together",
    "fit_items": [
        ("Dry needling", "Eases pain and muscle tension quickly."),
        (
            "The therapeutic window",
            "With less pain, you can do the key exercises, such as core strengthening, stretching and posture "
            "correction, more comfortably and with better technique.",
        ),
        (
            "The long-term answer",
            "It is the exercises that give you durable strength and stability and keep your symptoms in check.",
        ),
    ],
    "plan_title": "What a full treatment plan usually covers",
    "plan_items": [
        ("Manual therapy", "Hands-on joint mobilisation and soft-tissue techniques."),
        ("Therapeutic exercise", "Core strengthening, flexibility work and nerve gliding exercises."),
        ("Patient education", "Advice on posture, safe body mechanics and ways to manage pain."),
    ],
    # Who is a good candidate?
    "h_candidates": "Who is likely to benefit?",
    "p_candidates": (
        "<p>Dry needling tends to work best for people whose stenosis comes with a strong muscular element. It may "
        "be worth considering if any of the following sound familiar.</p>"
    ),
    "candidates_title": "Dry needling may suit you if",
    "candidates": [
        (
            "Muscle pain is a big part of the picture",
            "Alongside your stenosis, you have noticeable muscle pain, tight muscles or spasms.",
        ),
        (
            "Your pain behaves like muscle pain",
            "It seems to come more from the muscles than from the nerves, and it improves with muscle-focused "
            "treatment.",
        ),
        (
            "You want to rely less on painkillers",
            "You would like to cut down on pain medication and move about more easily.",
        ),
        (
            "Your progress has stalled",
            "Muscle pain and guarding have brought your physiotherapy to a plateau and are making it hard to move "
            "forward.",
        ),
    ],
    "contra_title": "Who should avoid dry needling",
    "contra_intro": (
        "Dry needling is a useful tool for managing stenosis, but it is not right for everyone. For safety "
        "reasons it should not be used if any of the following apply to you:"
    ),
    "contra_items": [
        (
            "Fear of needles",
            "A strong fear of needles, or marked discomfort with them, makes it an unsuitable choice.",
        ),
        (
            "Infection or broken skin at the treatment site",
            "Needling an infected area or damaged skin could make the problem worse.",
        ),
        (
            "Pregnancy",
            "It can carry risks, especially in the first three months or over certain areas of the body, so speak "
            "to your doctor first.",
        ),
        (
            "Bleeding disorders or high-dose blood thinners",
            "They make bleeding or bruising more likely, both during a session and afterwards.",
        ),
        (
            "A weakened immune system",
            "Reduced immunity can slow healing and make complications more likely.",
        ),
    ],
    "callout_consult": (
        "Before you start dry needling, check with your doctor or physiotherapist that it suits your "
        "situation."
    ),
    # What to expect
    "h_expect": "What to expect during treatment",
    "expect_title": "Your dry needling session, step by step",
    "expect_items": [
        (
            "Assessment first",
            "Your physiotherapist examines you to decide which muscles to treat.",
        ),
        (
            "Needle insertion",
            "You may feel a twitch or a deep ache as the needle goes in; both are signs that the muscle is "
            "letting go.",
        ),
        (
            "Soreness afterwards",
            "Some soreness, much like after a workout, is normal and should settle within 24 to 48 hours.",
        ),
        (
            "Aftercare",
            "To get the most from the treatment, your physiotherapist may suggest drinking plenty of water, "
            "applying gentle heat and doing light stretches.",
        ),
    ],
    "callout_clothing": (
        "Tip: wear loose, comfortable clothes to your appointment so that the therapist can easily reach your "
        "back, hips or neck."
    ),
    # Care at our clinics
    "h_care": "Personalised spinal stenosis care in Bangalore and Hyderabad",
    "p_summary": (
        "<p>Dry needling is a targeted, non-surgical way to manage the symptoms of spinal stenosis. By easing "
        "tight muscles, spasms and trigger points, dry needling can bring real relief, help you move better and "
        "support the rest of your treatment. It will not cure stenosis, but it can make your physiotherapy more "
        "effective and reduce your pain. If stenosis is causing you muscle-related pain, a qualified "
        "physiotherapist can tell you whether dry needling could help you live more comfortably.</p>"
    ),
    "p_clinics": (
        "<p>In both our Bangalore and our Hyderabad clinics, your care is planned around your own needs, "
        "so that treatment stays effective and comfortable at every stage of your recovery.</p>"
    ),
    "cta_heading": "Start your recovery today",
    "cta_text": (
        "Don't put off feeling better. Get in touch with our team for more details or to book an assessment."
    ),
    "cta_button": "Read about spinal stenosis care",
    # FAQ
    "faq_title": "Frequently asked questions",
    "faq": [
        (
            "Does dry needling hurt?",
            "<p>Usually you feel no more than a tiny pinprick. When the muscle twitches in response, you may "
            "notice a short-lived cramp or ache; that is part of how the treatment works. Most patients cope with "
            "it easily.</p>",
        ),
        (
            "How many sessions will I need?",
            "<p>It differs a great deal from person to person. Some people feel much better after a single "
            "session, while long-standing problems often call for a course of four to six sessions. Your "
            "physiotherapist will draw up a treatment plan for you.</p>",
        ),
        (
            "Is dry needling safe if I have spinal stenosis?",
            "<p>Yes. Carried out by a certified physiotherapist with the right experience, dry needling is very "
            "safe. Each needle is sterile and thrown away after a single use, and it goes into muscle, not "
            "directly into the spinal nerves or the spine itself.</p>",
        ),
        (
            "What side effects can dry needling have?",
            "<p>The most common are short-lived muscle soreness and, now and then, a small bruise where the needle "
            "went in. Both usually clear up within 24 to 48 hours.</p>",
        ),
    ],
    "related_title": "Read next",
}
