"""Demo content of the training app: the four training domains, the training index and four courses.

Each course has two modules of lessons and ends with a quiz that uses all four question
types. The vulnerability-analysis course is translated completely into French and
German, the training index and the domains into every locale; the other pages reach
the other locales as untranslated (alias) pages. The loader is idempotent: it only
adds what is missing and never edits what exists.
"""

from django.core.exceptions import ImproperlyConfigured

from wagtail.models import Locale, Site

from portal.demo import (
    demo_loader,
    ensure_locales,
    feature_on_home,
    get_or_create_child,
    source_segments,
    translate_page,
)
from portal.models import Domain
from portal.profiles import StaffProfile
from training.demo_learning import COMPETENCES, LEARNING_PATH_TRANSLATIONS, LEARNING_PATHS
from training.demo_translations import COURSES as COURSE_TRANSLATIONS
from training.demo_translations import DOMAINS as DOMAIN_TRANSLATIONS
from training.demo_translations import INDEX as INDEX_TRANSLATIONS
from training.models import CoursePage, LearningPath, LessonPage, ModulePage, QuizPage, TrainingIndexPage

# --- block helpers ---------------------------------------------------------------------


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def subheading(text):
    return heading(text, "h3")


def paragraph(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def bullets(*items, ordered=False):
    tag = "ol" if ordered else "ul"
    return {"type": "paragraph", "value": f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"}


def key_points(title, *points):
    return {"type": "key_points", "value": {"title": title, "points": list(points)}}


def callout(tone, title, text):
    return {"type": "callout", "value": {"tone": tone, "title": title, "text": f"<p>{text}</p>"}}


def right(text, feedback):
    return {"text": text, "correct": True, "feedback": feedback}


def wrong(text, feedback):
    return {"text": text, "correct": False, "feedback": feedback}


def single_choice(prompt, choices, explanation, weight=1):
    value = {"prompt": prompt, "explanation": explanation, "weight": weight, "choices": choices}
    return {"type": "single_choice", "value": value}


def multiple_choice(prompt, choices, explanation, weight=1):
    value = {"prompt": prompt, "explanation": explanation, "weight": weight, "choices": choices}
    return {"type": "multiple_choice", "value": value}


def true_false(prompt, answer, feedback_true, feedback_false, explanation, weight=1):
    value = {
        "prompt": prompt,
        "explanation": explanation,
        "weight": weight,
        "answer": answer,
        "feedback_true": feedback_true,
        "feedback_false": feedback_false,
    }
    return {"type": "true_false", "value": value}


def ordering(prompt, items, explanation, weight=1):
    value = {"prompt": prompt, "explanation": explanation, "weight": weight, "items": list(items)}
    return {"type": "ordering", "value": value}


P = StaffProfile

# --- the four training domains ----------------------------------------------------------

DOMAINS = [
    {
        "slug": "vulnerability-analysis",
        "name": "Vulnerability analysis of public spaces",
        "description": (
            "Assessing how exposed a public space is to crime, accidents and attacks, "
            "and which measures reduce the risk without closing it."
        ),
    },
    {
        "slug": "cpted",
        "name": "Crime prevention through environmental design (CPTED)",
        "description": (
            "Designing and managing places so that they offer fewer opportunities for crime and feel safer to use."
        ),
    },
    {
        "slug": "crisis-communication",
        "name": "Crisis communication",
        "description": "Informing the public and working with partners before, during and after a crisis.",
    },
    {
        "slug": "ethical-use-of-security-technologies",
        "name": "Ethical use of security technologies",
        "description": (
            "Choosing and using security technologies lawfully, proportionately and with respect for "
            "fundamental rights."
        ),
    },
]

INDEX = {
    "title": "Training",
    "slug": "training",
    "introduction": (
        "Four free, self-paced courses on protecting public spaces while keeping them open to all: "
        "vulnerability analysis, crime prevention through environmental design, crisis communication "
        "and the ethical use of security technologies. Each course ends with a quiz."
    ),
    "search_description": "Free online courses for the people who protect Europe's public spaces.",
}

# --- course 1: vulnerability analysis ---------------------------------------------------

VULNERABILITY_ANALYSIS = {
    "domain": "vulnerability-analysis",
    "slug": "vulnerability-analysis",
    "title": "Vulnerability analysis of public spaces",
    "summary": (
        "Learn to look at a square, a street or an event site the way an assessor does: who uses it, "
        "what could happen there, where it is weak, and which proportionate measures close the gaps."
    ),
    "outcomes": [
        "Explain why open public spaces and other soft targets are exposed to risks, from incivilities to attacks",
        "Describe a public space through its users, uses, flows and surroundings at different times",
        "Carry out a vulnerability assessment in clear steps, with the right partners",
        "Rank risks by likelihood and impact, and choose proportionate, layered measures",
    ],
    "minutes": 90,
    "profiles": [P.SECURITY_COORDINATOR, P.URBAN_PLANNER, P.POLICE_OFFICER, P.EVENT_ORGANISER],
    "search_description": "A practical course on assessing the vulnerabilities of squares, streets and event sites.",
    "modules": [
        {
            "slug": "understanding-the-public-space",
            "title": "Understanding the public space",
            "summary": "Why public spaces are exposed, and how to describe one before you assess it.",
            "lessons": [
                {
                    "slug": "why-public-spaces-are-vulnerable",
                    "title": "Why public spaces are vulnerable",
                    "summary": "Open by design and shared by many: what makes public spaces both valuable and exposed.",
                    "minutes": 10,
                    "body": [
                        heading("Open by design"),
                        paragraph(
                            "Squares, streets, parks, markets, stations and the surroundings of stadiums are where "
                            "the life of a city takes place. People meet, trade, play, celebrate and demonstrate "
                            "there. All of this depends on openness: anyone may come in, at any time, without being "
                            "checked. The same openness makes public spaces hard to protect.",
                            "Security professionals call such places <b>soft targets</b>: sites with many people, "
                            "little protection and often a symbolic value. Sports venues, shopping centres, schools "
                            "and public transport belong to the same family. Attacks in several European cities over "
                            "the past decade have shown that a crowded, well-known public space can be chosen "
                            "precisely because it is open and emblematic.",
                        ),
                        heading("A wide range of risks"),
                        paragraph(
                            "Terrorism is the most visible threat, but not the most frequent. A vulnerability "
                            "analysis also considers everyday problems: theft, vandalism, harassment, drug dealing, "
                            "fights at night, and the incivilities that make people avoid a place. Accidents count "
                            "too: a crowd crush, a fire, a vehicle that leaves the road. Many measures reduce several "
                            "of these risks at once."
                        ),
                        key_points(
                            "Three questions to keep in mind",
                            "Who uses this space, when, and for what?",
                            "What could go wrong here, and how badly?",
                            "What would make it harder to happen, without pushing people away?",
                        ),
                        heading("Protecting without closing"),
                        paragraph(
                            "The aim is not to turn a square into a fortress. Barriers, fences and cameras out of "
                            "proportion to the risk can make people feel less safe, not more, and drive them away "
                            "from the very places a city wants to keep alive. Good protection is often hardly "
                            "visible: a bench that stops a vehicle, a well-lit path, a clear line of sight.",
                            "No service can do this alone. The local authority manages the space, but the police, "
                            "emergency services, urban planners, transport operators, event organisers, shop "
                            "keepers and residents each hold part of the picture. The local authority is usually "
                            "first in line when something happens, and it is best placed to bring these partners "
                            "together.",
                        ),
                        callout(
                            "info",
                            "Where this training comes from",
                            "The four domains of this portal follow those of the Secu4All project, which the "
                            "European Forum for Urban Security (Efus) led from December 2020 to June 2023 with the "
                            "Brussels-Capital Region, the city of The Hague, the municipal police of Riga and the "
                            "city of Xàbia.",
                        ),
                    ],
                },
                {
                    "slug": "mapping-a-public-space",
                    "title": "Mapping a public space and its users",
                    "summary": (
                        "Describe the site before you judge it: boundaries, users, flows, times and surroundings."
                    ),
                    "minutes": 12,
                    "body": [
                        heading("Start with a description, not a verdict"),
                        paragraph(
                            "A vulnerability analysis is only as good as the picture it starts from. Before you "
                            "discuss threats or measures, describe the space as it is used today. Do it with people "
                            "who know it at different hours: the neighbourhood police officer, the market manager, "
                            "street workers, the cleaning team and local shop keepers."
                        ),
                        heading("What to record"),
                        bullets(
                            "<b>Boundaries and access:</b> where the space begins and ends, every entrance for "
                            "people and vehicles, and the routes the emergency services would take.",
                            "<b>Users and uses:</b> residents, commuters, tourists, children, older people, street "
                            "vendors, homeless people; markets, concerts, demonstrations.",
                            "<b>Flows and density:</b> where people walk, wait and gather, and how crowded the space "
                            "becomes at peak times.",
                            "<b>Time:</b> day and night, weekdays and weekends, the seasons, and the events that "
                            "change everything.",
                            "<b>Surroundings:</b> buildings that attract crowds or carry a symbolic value, such as "
                            "a town hall, a place of worship or a transport hub.",
                            "<b>Existing protection:</b> lighting, cameras, bollards, staff on site, and who is "
                            "responsible for each.",
                        ),
                        callout(
                            "tip",
                            "Walk it at night",
                            "Visit the site at least twice, at a quiet hour and at a busy one, and once after dark. "
                            "Many problems, such as blind corners or broken lights, only show then.",
                        ),
                        heading("Owners and responsibilities"),
                        paragraph(
                            "A public space rarely has a single owner. A square may belong to the city, while the "
                            "station next to it belongs to a transport operator and the shopping arcade to a private "
                            "company. In these semi-public spaces responsibilities often blur. Note who owns and who "
                            "manages each part, and whom you would call at three in the morning."
                        ),
                        key_points(
                            "Your description should answer",
                            "Which parts of the space are most crowded, and when?",
                            "Where can a vehicle enter, and at what speed?",
                            "Which places cannot be seen from anywhere?",
                            "Who is responsible for each part of the space?",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "carrying-out-an-assessment",
            "title": "Carrying out a vulnerability assessment",
            "summary": "A step-by-step method, from threats to proportionate measures, and a quiz.",
            "lessons": [
                {
                    "slug": "the-assessment-step-by-step",
                    "title": "The assessment, step by step",
                    "summary": "Six steps that take you from a described site to an agreed list of priorities.",
                    "minutes": 15,
                    "body": [
                        paragraph(
                            "Once the site is described, the assessment itself follows a simple sequence. Methods "
                            "used by European cities differ in their tools and forms, but most follow the same "
                            "logic."
                        ),
                        heading("Six steps"),
                        subheading("1. Set the scope and the team"),
                        paragraph(
                            "Decide which space, which period and which events the assessment covers, and who takes "
                            "part. A mixed team of security, planning, police, emergency services and the site "
                            "manager sees more than any of them alone."
                        ),
                        subheading("2. Identify threats"),
                        paragraph(
                            "List what could realistically happen here, from pickpocketing and fights to a vehicle "
                            "driven into a crowd. Use police information and past incidents, not only the headlines."
                        ),
                        subheading("3. Find the vulnerabilities"),
                        paragraph(
                            "For each threat, look for what makes it easier: an open approach for vehicles, a crowd "
                            "that cannot move away, poor lighting, no staff on site, unclear evacuation routes, "
                            "places that nobody can see."
                        ),
                        subheading("4. Estimate the risk"),
                        paragraph(
                            "Combine how likely each scenario is with how serious its consequences would be. A "
                            "simple matrix with three to five levels is enough to compare scenarios and agree on "
                            "priorities."
                        ),
                        subheading("5. Choose measures"),
                        paragraph(
                            "Start with the highest risks. Prefer measures that reduce several risks at once and "
                            "keep the space open, and check that each is proportionate to the risk it addresses."
                        ),
                        subheading("6. Review"),
                        paragraph(
                            "Repeat the assessment when the space, its use or the threat changes, after every "
                            "serious incident, and in any case at regular intervals."
                        ),
                        callout(
                            "warning",
                            "Handle the results with care",
                            "An assessment lists the weak points of a public space. Share it only with those who "
                            "need it, and store it securely.",
                        ),
                        key_points(
                            "Remember",
                            "Describe the site before you judge it.",
                            "Work with a mixed team.",
                            "Base threats on evidence, not on headlines.",
                            "Rank the risks, then act on the highest first.",
                        ),
                    ],
                },
                {
                    "slug": "from-findings-to-measures",
                    "title": "From findings to measures",
                    "summary": "Layered, proportionate measures that protect a space and keep it open.",
                    "minutes": 12,
                    "body": [
                        heading("Layers of protection"),
                        paragraph(
                            "Good protection rarely rests on a single measure. Think in layers that work together: "
                            "measures that <b>deter</b> an offender, help to <b>detect</b> a problem early, "
                            "<b>delay</b> an attack or slow down a vehicle, and support a fast <b>response</b>. If "
                            "one layer fails, the next one still helps."
                        ),
                        heading("Physical, organisational and human measures"),
                        paragraph(
                            "Physical measures include street furniture that stops vehicles, better lighting and "
                            "clear lines of sight. Organisational measures include traffic plans for events, "
                            "agreements with neighbouring owners and exercises with the emergency services. Human "
                            "measures are often the most effective: trained staff on site who know what to look "
                            "for, and residents and shop keepers who report an unattended bag or someone acting "
                            "suspiciously."
                        ),
                        callout(
                            "tip",
                            "Design it in, do not add it on",
                            "Protection designed into a square from the start, such as planters, seating or changes "
                            "of level that stop vehicles, costs less and looks better than barriers added later. "
                            "This is the idea behind Security by Design.",
                        ),
                        heading("Is it proportionate?"),
                        paragraph(
                            "Every measure has a cost: money, but also comfort, accessibility and the feeling of "
                            "freedom in the space. Before you decide, ask whether it addresses a real, assessed "
                            "risk; whether a lighter measure would do; whether the space stays accessible to "
                            "wheelchair users, prams and emergency vehicles; and whether the measure might increase "
                            "fear instead of reducing it."
                        ),
                        key_points(
                            "Before you choose a measure, check that it",
                            "responds to a risk you have assessed",
                            "is the lightest measure that works",
                            "keeps the space open and accessible",
                            "has an owner who will maintain it",
                        ),
                        paragraph(
                            "Finally, write down what you decided and why. A short action plan with owners, "
                            "deadlines and a date for the next review turns an assessment into change."
                        ),
                    ],
                },
            ],
            "quiz": {
                "slug": "quiz-vulnerability-analysis",
                "title": "Quiz: vulnerability analysis",
                "introduction": (
                    "Six questions on the whole course. Each answer comes with an explanation once you submit."
                ),
                "pass_mark": 70,
                "max_attempts": None,
                "questions": [
                    single_choice(
                        "Which of these is the best first step of a vulnerability analysis?",
                        [
                            right(
                                "Describe the space, its users and its uses at different times",
                                "Right: you cannot judge a space you have not described.",
                            ),
                            wrong(
                                "Install cameras at the entrances", "Measures come after the assessment, not before."
                            ),
                            wrong(
                                "Close the space to vehicles",
                                "That may become a measure, but only once you know the risks.",
                            ),
                            wrong(
                                "Ask the police for a list of threats and stop there",
                                "Police information matters, but it is one input among several.",
                            ),
                        ],
                        "An assessment starts from a shared description of the site: its boundaries, users, flows "
                        "and times. Threats, vulnerabilities and measures build on it.",
                    ),
                    multiple_choice(
                        "Which of these are soft targets in the sense used in this course? Select all that apply.",
                        [
                            right("A busy shopping street", "Yes: many people, open access, little protection."),
                            right("A school entrance at the start of the day", "Yes: crowded, predictable and open."),
                            right("A railway station concourse", "Yes: transport hubs are typical soft targets."),
                            wrong(
                                "A military base with guarded gates",
                                "No: a guarded, closed site is a hardened target, not a soft one.",
                            ),
                        ],
                        "Soft targets are places with many people, open access and little protection, such as "
                        "shopping areas, schools, sports venues and public transport.",
                        weight=2,
                    ),
                    true_false(
                        "A vulnerability assessment only needs to consider terrorist attacks.",
                        False,
                        "Not quite: terrorism is one threat among several.",
                        "Correct: everyday crime, incivilities and accidents belong in the assessment too.",
                        "Measures often reduce several risks at once, so an assessment looks at the whole range: "
                        "crime, incivilities, crowd incidents and attacks.",
                    ),
                    ordering(
                        "Put the steps of a vulnerability assessment in the right order.",
                        [
                            "Set the scope and the team",
                            "Identify threats",
                            "Find the vulnerabilities",
                            "Estimate the risk",
                            "Choose measures",
                            "Review",
                        ],
                        "Each step builds on the one before; the review starts the cycle again when the space, its "
                        "use or the threat changes.",
                        weight=2,
                    ),
                    single_choice(
                        "Which measure best protects a square against vehicles while keeping it open?",
                        [
                            right(
                                "Planters and benches designed to stop vehicles",
                                "Yes: integrated street furniture protects without closing the space.",
                            ),
                            wrong(
                                "A fence around the whole square",
                                "It would stop vehicles, but also pedestrians and the life of the square.",
                            ),
                            wrong(
                                "More signs asking drivers to slow down",
                                "Signs do not stop a driver who means harm.",
                            ),
                            wrong(
                                "A camera at each entrance",
                                "Cameras can help to detect, but they do not stop a vehicle.",
                            ),
                        ],
                        "Security by Design builds protection into the layout and the street furniture, so that the "
                        "space stays welcoming.",
                    ),
                    true_false(
                        "Residents and shop keepers who report an unattended bag are part of the protection of a "
                        "public space.",
                        True,
                        "Correct: human vigilance is often the most effective layer.",
                        "They are: local people notice what is unusual in their street.",
                        "Human measures, such as trained staff and vigilant residents, complement physical and "
                        "organisational ones.",
                    ),
                ],
            },
        },
    ],
}

# --- course 2: CPTED --------------------------------------------------------------------

CPTED = {
    "domain": "cpted",
    "slug": "cpted",
    "title": "Crime prevention through environmental design (CPTED)",
    "summary": (
        "How the design and management of streets, squares and buildings can reduce crime and the fear of "
        "crime: natural surveillance, natural access control, territorial reinforcement and maintenance."
    ),
    "outcomes": [
        "Explain the four classic CPTED principles and how they work together",
        "Recognise design features that create or remove opportunities for crime",
        "Run a CPTED site review with planners, police and residents",
        "Argue for security by design early in an urban project",
    ],
    "minutes": 100,
    "profiles": [P.URBAN_PLANNER, P.SECURITY_COORDINATOR, P.POLICE_OFFICER, P.SOCIAL_WORKER],
    "search_description": "How the design and upkeep of public spaces prevents crime and the fear of crime.",
    "modules": [
        {
            "slug": "the-principles-of-cpted",
            "title": "The principles of CPTED",
            "summary": "Four principles that shape how a place is used and how safe it feels.",
            "lessons": [
                {
                    "slug": "natural-surveillance",
                    "title": "Natural surveillance",
                    "summary": "See and be seen: sightlines, active frontages and lighting.",
                    "minutes": 10,
                    "body": [
                        paragraph(
                            "Crime prevention through environmental design, or CPTED, starts from a simple "
                            "observation: the way a place is designed and managed influences how people behave in "
                            "it. Offenders look for opportunities to act unseen and to leave easily. CPTED reduces "
                            "those opportunities, and at the same time helps ordinary users feel safer."
                        ),
                        heading("See and be seen"),
                        paragraph(
                            "Natural surveillance means arranging a space so that the people who are normally there "
                            "(residents, passers-by, shop staff) can see what happens, and so that anyone thinking of "
                            "committing an offence knows they can be seen. It is called natural because it relies on "
                            "ordinary presence and lines of sight, not on guards or cameras."
                        ),
                        heading("Design features that help"),
                        bullets(
                            "Windows, entrances and active ground floors, such as shops and cafés, that face the "
                            "street or the square",
                            "Clear lines of sight: low hedges, transparent shelters, no walls or kiosks that create "
                            "hiding places",
                            "Even lighting that lights faces and footpaths, not only the road, without glare or deep "
                            "shadows",
                            "Paths that follow the routes people actually take, so that they stay busy",
                            "Uses that bring people throughout the day, such as a market in the morning and café "
                            "terraces in the evening",
                        ),
                        callout(
                            "info",
                            "Better light, not just more",
                            "More light is not always better. Glare can dazzle, and a brightly lit spot next to a "
                            "dark one makes the dark one harder to see into. Aim for even light in which faces can "
                            "be recognised.",
                        ),
                        heading("Limits"),
                        paragraph(
                            "Natural surveillance only works if someone is there to see and is willing to act. An "
                            "office district that empties at night offers little of it, however well it is lit. "
                            "This is why CPTED pays as much attention to how a space is used as to how it is built."
                        ),
                        key_points(
                            "In short",
                            "People behave differently when they know they can be seen.",
                            "Design for lines of sight, active frontages and good lighting.",
                            "Surveillance needs people: plan uses that bring them.",
                        ),
                    ],
                },
                {
                    "slug": "natural-access-control",
                    "title": "Natural access control",
                    "summary": "Guide people where they are meant to go, without locking the space.",
                    "minutes": 10,
                    "body": [
                        paragraph(
                            "Natural access control guides people where they are meant to go and makes it harder to "
                            "reach places where they have no business. Like natural surveillance, it works through "
                            "design rather than guards: the layout, the paths, planting, fences, gates and street "
                            "furniture."
                        ),
                        heading("Guiding, not locking"),
                        paragraph(
                            "Most public spaces must stay open. Access control there means making the intended "
                            "route obvious and the unintended one less attractive: one clear main entrance instead "
                            "of several hidden ones, a path that leads past active frontages, a low fence or hedge "
                            "that marks the edge of a private garden. The aim is to reduce anonymous through traffic "
                            "where it invites crime, such as an alley behind shops, not to exclude people."
                        ),
                        heading("Examples"),
                        bullets(
                            "A single, well-lit entrance to a car park, visible from the street",
                            "Planting or low walls that separate a residential courtyard from a public path",
                            "Bollards and street furniture that keep vehicles out of pedestrian areas while letting "
                            "people, bicycles and emergency vehicles through",
                            "Gates on service alleys that are only used for deliveries",
                        ),
                        callout(
                            "warning",
                            "Watch for side effects",
                            "Too much control backfires. High fences and locked gates can make a place look "
                            "dangerous, cut neighbourhoods off from each other and lengthen escape routes in an "
                            "emergency. Check every access measure with the fire and rescue services.",
                        ),
                        paragraph(
                            "Access control and surveillance reinforce each other: a path that leads people past "
                            "windows is both guided and watched. When you review a design, look at the two together. "
                            "A gate that nobody can see from a window or a street is easy to force or climb, while "
                            "an entrance in full view of a busy café needs no lock to discourage most offenders."
                        ),
                        key_points(
                            "Ask about every access point",
                            "Who is meant to use it, and when?",
                            "Can it be seen from where people are?",
                            "Does it still let emergency services in and people out?",
                        ),
                    ],
                },
                {
                    "slug": "territorial-reinforcement-and-maintenance",
                    "title": "Territorial reinforcement and maintenance",
                    "summary": "Make ownership visible and show that the place is cared for.",
                    "minutes": 12,
                    "body": [
                        heading("Territorial reinforcement"),
                        paragraph(
                            "People look after places they feel are theirs. Territorial reinforcement uses design "
                            "to show clearly where public space ends and semi-private or private space begins, and "
                            "who is responsible for it. A change of paving, a low hedge, a gate or a front garden "
                            "tells visitors that they are entering someone's space.",
                            "Clear territories encourage residents and users to notice and question unusual "
                            "behaviour, and show potential offenders that they may be noticed. Spaces that belong to "
                            "nobody, such as leftover corners between buildings or undefined strips of grass, tend to "
                            "be neglected and misused.",
                        ),
                        heading("Maintenance and image"),
                        paragraph(
                            "A place that is cared for signals that someone is watching. Litter, graffiti, broken "
                            "lights and damaged furniture signal the opposite, and make people feel unsafe even "
                            "where little crime occurs. Maintenance is a prevention measure in its own right, not an "
                            "afterthought."
                        ),
                        bullets(
                            "Repair broken lights and street furniture quickly",
                            "Remove graffiti and litter regularly, especially after events",
                            "Prune hedges and trees so that they do not block lines of sight or lights",
                            "Agree who maintains each part of the space, semi-public areas included",
                        ),
                        callout(
                            "tip",
                            "Plan the upkeep with the design",
                            "A design that the city cannot afford to maintain will decline. Choose robust materials "
                            "and plants that stay low without constant pruning, and involve the maintenance "
                            "department from the start.",
                        ),
                        heading("Beyond the built environment"),
                        paragraph(
                            "Later approaches, often called second-generation CPTED, add social factors to the "
                            "physical ones: community cohesion, local culture and the ties between residents. A "
                            "well-designed square works best when the people around it know each other and take "
                            "part in its life. This is where social workers, prevention workers and residents' "
                            "groups join planners and police."
                        ),
                        key_points(
                            "The four principles at a glance",
                            "Natural surveillance: see and be seen.",
                            "Natural access control: guide people where they should go.",
                            "Territorial reinforcement: make ownership visible.",
                            "Maintenance: show that the place is cared for.",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "cpted-in-practice",
            "title": "CPTED in practice",
            "summary": "From a site review to security by design in urban projects, and a quiz.",
            "lessons": [
                {
                    "slug": "running-a-cpted-site-review",
                    "title": "Running a CPTED site review",
                    "summary": "A structured visit that looks at a place through the four principles.",
                    "minutes": 12,
                    "body": [
                        paragraph(
                            "A CPTED site review is a structured visit that looks at a place through the four "
                            "principles. It can examine an existing square that has problems, or a design before it "
                            "is built. It is short and cheap, and it is often the start of lasting improvements."
                        ),
                        heading("Prepare"),
                        paragraph(
                            "Gather what is known: crime and incident figures, complaints, calls to the police, "
                            "results of local safety surveys, plans of the area. Invite a small mixed group: a "
                            "planner or architect, a police officer, the site manager, someone from maintenance, and "
                            "people who use the space, including young people, women and older residents, whose "
                            "experience of safety often differs."
                        ),
                        heading("Walk and observe"),
                        paragraph(
                            "Walk the site together at different times, including after dark. Take notes and "
                            "photographs. For each part of the space, ask the questions of the four principles. Can "
                            "people see and be seen? Is it clear where to go? Is it clear who is responsible? Is it "
                            "cared for? Also note what works well, so that it is kept."
                        ),
                        callout(
                            "info",
                            "Listen to how people feel",
                            "Fear of crime does not always match recorded crime, but it changes how people use a "
                            "space. A short walk with residents, in which they point out the places they avoid and "
                            "say why, reveals problems that figures miss.",
                        ),
                        heading("Report and follow up"),
                        paragraph(
                            "Keep the report short: a map, the problems found, and recommendations ranked by "
                            "priority, each with the person or service responsible. Separate quick fixes, such as "
                            "pruning or repairing lights, from larger changes that need a budget or a planning "
                            "decision. Agree on a date to come back and check what has changed."
                        ),
                        key_points(
                            "A good review",
                            "uses both figures and the experience of users",
                            "brings a mixed group to the site, by day and by night",
                            "records what works as well as what does not",
                            "ends with owners and dates, not only advice",
                        ),
                    ],
                },
                {
                    "slug": "security-by-design",
                    "title": "Security by design in urban projects",
                    "summary": "Why prevention costs least when it is part of the first sketch.",
                    "minutes": 12,
                    "body": [
                        paragraph(
                            "The cheapest time to prevent crime is before a place is built. Once a square is paved "
                            "and the buildings around it are up, changing lines of sight or entrances is expensive. "
                            "Security by Design brings the concerns of CPTED, and of protection against attacks, into "
                            "urban planning and design from the very first sketch."
                        ),
                        heading("Why early matters"),
                        paragraph(
                            "When security is added at the end of a project, it usually arrives as barriers, fences "
                            "and cameras that were never part of the design. When it is considered from the start, "
                            "the same protection can be built into the layout: the position of entrances, the line "
                            "of the paths, the choice of street furniture and planting. The result is both safer and "
                            "more pleasant."
                        ),
                        heading("Who needs to be at the table"),
                        paragraph(
                            "Planners and architects lead the design, but they need what the police know about local "
                            "crime, what the emergency services need for access and evacuation, what the maintenance "
                            "department can look after, and what future users expect. The Partnership on Security in "
                            "Public Spaces of the Urban Agenda for the EU has drawn up rules of thumb that help local "
                            "authorities build this approach into their planning and design processes."
                        ),
                        callout(
                            "tip",
                            "Write it into the brief",
                            "Include safety and security objectives in the design brief and in the selection "
                            "criteria of design competitions. What is not asked for at the start is rarely delivered "
                            "at the end.",
                        ),
                        heading("Balancing objectives"),
                        paragraph(
                            "Security is one objective among many: accessibility, greenery, adaptation to heat and "
                            "heavy rain, heritage, local trade. Good design finds measures that serve several at "
                            "once, such as trees in large planters that shade a square and also stop vehicles. It "
                            "also avoids making the space hostile to some of its users."
                        ),
                        key_points(
                            "Remember",
                            "Consider security from the first sketch.",
                            "Bring police, emergency services and users into the design process.",
                            "Prefer measures that serve several objectives.",
                        ),
                    ],
                },
            ],
            "quiz": {
                "slug": "quiz-cpted",
                "title": "Quiz: CPTED",
                "introduction": "Six questions on the four principles and how to apply them.",
                "pass_mark": 60,
                "max_attempts": None,
                "questions": [
                    single_choice(
                        "What does natural surveillance rely on?",
                        [
                            right(
                                "The ordinary presence of people and clear lines of sight",
                                "Right: it needs neither guards nor cameras.",
                            ),
                            wrong(
                                "Cameras watched from a control room",
                                "Cameras are technical surveillance, not natural surveillance.",
                            ),
                            wrong(
                                "Private security guards on patrol",
                                "Guards are organised surveillance; natural surveillance relies on ordinary users.",
                            ),
                            wrong("High fences around the space", "Fences control access, and they often block views."),
                        ],
                        "Natural surveillance means that the people who are normally in a space can see what happens "
                        "there, thanks to its layout, its frontages and its lighting.",
                    ),
                    multiple_choice(
                        "Which of these are among the four classic CPTED principles? Select all that apply.",
                        [
                            right("Natural access control", "Yes: it guides people where they are meant to go."),
                            right("Territorial reinforcement", "Yes: it makes ownership visible."),
                            right("Maintenance", "Yes: a place that is cared for shows that someone is watching."),
                            wrong(
                                "Facial recognition",
                                "No: CPTED works through design and management, not biometric technology.",
                            ),
                            wrong("Curfews for young people", "No: CPTED changes places, not who may use them."),
                        ],
                        "The four classic principles are natural surveillance, natural access control, territorial "
                        "reinforcement and maintenance.",
                        weight=2,
                    ),
                    true_false(
                        "More light always makes a public space safer.",
                        False,
                        "Not always: glare and uneven light can make things harder to see.",
                        "Correct: even light in which faces can be recognised matters more than brightness.",
                        "Lighting helps natural surveillance when it is even and lights faces and footpaths; glare "
                        "and dark patches next to bright ones work against it.",
                    ),
                    ordering(
                        "Put the stages of a CPTED site review in the right order.",
                        [
                            "Gather figures and invite a mixed group",
                            "Walk the site at different times, including after dark",
                            "Write a short report with ranked recommendations",
                            "Come back to check what has changed",
                        ],
                        "A review prepares with data and the right people, observes on site, reports with owners and "
                        "priorities, and follows up.",
                        weight=2,
                    ),
                    single_choice(
                        "When is it cheapest to build security into a public space?",
                        [
                            right(
                                "In the design brief, before the first sketch",
                                "Yes: what is asked for at the start shapes the whole design.",
                            ),
                            wrong(
                                "Once the works are finished",
                                "Changes after construction are expensive and often look added on.",
                            ),
                            wrong(
                                "After the first serious incident",
                                "Waiting for an incident is the most expensive option of all.",
                            ),
                        ],
                        "Security by Design considers safety from the start of a project, when protection can still "
                        "be built into the layout at little cost.",
                    ),
                    true_false(
                        "Second-generation CPTED adds social factors, such as community cohesion, to the physical "
                        "design principles.",
                        True,
                        "Correct: places work best when the people around them know each other.",
                        "It does: it looks at the ties between residents as well as at the built environment.",
                        "Second-generation CPTED brings social and community factors into prevention, alongside "
                        "design.",
                    ),
                ],
            },
        },
    ],
}

# --- course 3: crisis communication -----------------------------------------------------

CRISIS_COMMUNICATION = {
    "domain": "crisis-communication",
    "slug": "crisis-communication",
    "title": "Crisis communication",
    "summary": (
        "What to prepare before a crisis, what to say in the first hours, and how to communicate during "
        "recovery, together with the police, the emergency services and other partners."
    ),
    "outcomes": [
        "Prepare a crisis communication plan with roles, channels and pre-approved messages",
        "Write a first public message that says what is known, what is being done and what people should do",
        "Coordinate messages with the police, the emergency services and other authorities",
        "Communicate during recovery in a way that supports victims and the whole community",
    ],
    "minutes": 90,
    "profiles": [P.SECURITY_COORDINATOR, P.EVENT_ORGANISER, P.POLICE_OFFICER, P.VOLUNTEER],
    "search_description": "Communicating with the public and partners before, during and after a crisis.",
    "modules": [
        {
            "slug": "before-a-crisis",
            "title": "Before a crisis",
            "summary": "The plan, the partners and the trust you need before anything happens.",
            "lessons": [
                {
                    "slug": "preparing-a-communication-plan",
                    "title": "Preparing a crisis communication plan",
                    "summary": "Roles, contacts, channels, templates and exercises.",
                    "minutes": 12,
                    "body": [
                        paragraph(
                            "A crisis is the worst moment to decide who speaks, on which channel and with whose "
                            "approval. Local authorities are first in line when something happens in a public space, "
                            "and people turn to them for information within minutes. What you prepare beforehand "
                            "decides how well you can answer."
                        ),
                        heading("What the plan contains"),
                        bullets(
                            "<b>Roles:</b> who leads communication, who approves messages, who speaks to the media, "
                            "and who stands in for each of them",
                            "<b>Contacts:</b> up-to-date lists of partners (police, emergency services, transport "
                            "operators, event organisers, neighbouring municipalities) that can be reached day and "
                            "night",
                            "<b>Channels:</b> the city's website and social media accounts, alerts by text message, "
                            "screens in public spaces, local radio, and ways to reach people who do not use the "
                            "internet",
                            "<b>Templates:</b> short, pre-approved messages for likely scenarios, with blanks for the "
                            "facts",
                            "<b>Procedures:</b> how the communication team joins the crisis team, and how messages "
                            "are agreed with the police and the judicial authorities",
                        ),
                        callout(
                            "tip",
                            "Templates save minutes",
                            "Prepare templates for the scenarios identified in your vulnerability assessment, such "
                            "as an evacuation, a crowd incident or an attack. Write them in plain language and have "
                            "them translated into the main languages spoken in your city.",
                        ),
                        heading("Exercise it"),
                        paragraph(
                            "A plan that has never been tested fails in unexpected places: an expired password, a "
                            "phone number that has changed, a spokesperson on holiday. Run exercises with your "
                            "partners at least once a year, with communication as part of the scenario, and update "
                            "the plan after each one."
                        ),
                        heading("Events need their own plan"),
                        paragraph(
                            "Before a large event, the organiser, the city and the police should agree who tells "
                            "the public what, how announcements will be made on site, and how to reach visitors who "
                            "are already on their way."
                        ),
                        key_points(
                            "Before a crisis",
                            "Know who speaks and who approves.",
                            "Keep contact lists up to date.",
                            "Prepare translated templates.",
                            "Exercise the plan with your partners.",
                        ),
                    ],
                },
                {
                    "slug": "building-trust",
                    "title": "Building trust before it is needed",
                    "summary": "Partners, residents and media who know you before the crisis.",
                    "minutes": 10,
                    "body": [
                        paragraph(
                            "In a crisis, people follow the advice of sources they already trust. Trust cannot be "
                            "built in the first hour of an emergency: it comes from months and years of honest, "
                            "useful communication."
                        ),
                        heading("Relationships with partners"),
                        paragraph(
                            "Get to know your counterparts in the police, the emergency services, the regional or "
                            "national authorities, transport operators and the organisers of major events before "
                            "you need them. Agree how you will share information, who has the final word on "
                            "operational messages, and how you will avoid contradicting each other."
                        ),
                        heading("Relationships with the public"),
                        paragraph(
                            "Tell residents how they will be informed in an emergency: which channels, which "
                            "accounts are official. Awareness campaigns can teach simple behaviours, such as "
                            "reporting an unattended bag or following the instructions of stewards. Keep the tone "
                            "calm and practical: messages that frighten people without telling them what to do only "
                            "add to the feeling of insecurity."
                        ),
                        callout(
                            "info",
                            "Reach everyone",
                            "Work with the associations and social workers who are in touch with people the city "
                            "rarely reaches: people who do not speak the local language, older people, people with "
                            "disabilities, tourists. In a crisis they can pass messages on and tell you what people "
                            "need.",
                        ),
                        heading("Media and social media"),
                        paragraph(
                            "Local journalists are partners in a crisis: they relay instructions to people you cannot "
                            "reach yourself. Meet them in quiet times, explain how the city will communicate in an "
                            "emergency, and keep their contacts at hand. Build an audience for your official social "
                            "media accounts now: an account that nobody follows cannot inform anyone on the day."
                        ),
                        key_points(
                            "Trust comes from",
                            "being present and useful before the crisis",
                            "roles agreed with partners",
                            "channels that people already know and follow",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "during-and-after-a-crisis",
            "title": "During and after a crisis",
            "summary": "The first message, the hours that follow, recovery and lessons learnt, and a quiz.",
            "lessons": [
                {
                    "slug": "the-first-hours",
                    "title": "The first hours",
                    "summary": "Speak early, with one voice, and correct rumours with facts.",
                    "minutes": 12,
                    "body": [
                        paragraph(
                            "When an incident happens in a public space, information spreads on social media within "
                            "minutes, often before the authorities have confirmed anything. Silence is filled with "
                            "rumours. The first official message should therefore come quickly, even if it says "
                            "little."
                        ),
                        heading("What the first message says"),
                        bullets(
                            "What has happened, as far as it is confirmed",
                            "What the authorities are doing",
                            "What people should do, or avoid doing, now",
                            "Where and when the next update will come",
                        ),
                        callout(
                            "tip",
                            "It is fine not to know",
                            "Say clearly what you do not know yet. Saying that the number of injured people is not "
                            "yet known is better than a figure you will have to correct later.",
                        ),
                        heading("One voice, many channels"),
                        paragraph(
                            "Agree every message with the police and the emergency services before it goes out, or "
                            "relay theirs. Operational instructions, such as areas to avoid or evacuation routes, "
                            "should come from the authority in charge of the operation. Publish the same message on "
                            "all channels, and repeat it: many people will only see it the second or third time."
                        ),
                        heading("What not to do"),
                        bullets(
                            "Do not speculate about causes or perpetrators.",
                            "Do not publish names or images of victims.",
                            "Do not share information that could help an attacker or endanger an operation.",
                            "Do not leave a question unanswered for hours: say when you will know more.",
                        ),
                        paragraph(
                            "Monitor social media to spot rumours and false information, and correct them with "
                            "facts from your official accounts, without repeating the rumour more than you need to. "
                            "Ask the public not to share pictures or videos of police operations or of victims."
                        ),
                        key_points(
                            "In the first hours",
                            "Speak early, even briefly.",
                            "Say what is known, what is being done and what to do.",
                            "Coordinate with the police and the emergency services.",
                            "Correct rumours with facts.",
                        ),
                    ],
                },
                {
                    "slug": "after-the-crisis",
                    "title": "After the crisis",
                    "summary": "Support, reopening, remembrance and the lessons learnt.",
                    "minutes": 10,
                    "body": [
                        paragraph(
                            "Communication does not stop when the emergency services leave. The weeks after a crisis "
                            "shape how a community recovers, and how much it trusts its institutions afterwards."
                        ),
                        heading("Support and information"),
                        paragraph(
                            "Tell people where they can find help: victim support services, psychological support, "
                            "information lines for relatives, and practical news about reopened streets and "
                            "transport. Keep this information up to date and in the languages people need. Inform "
                            "victims and their families directly, before they learn the news from the media."
                        ),
                        heading("Reopening and reassurance"),
                        paragraph(
                            "When a public space reopens, explain what has been done and why. Visible measures, "
                            "such as more staff on site, can reassure people for a while, but present them as part "
                            "of a plan, not as a permanent state of alarm. The aim is for people to come back to the "
                            "space and use it freely."
                        ),
                        callout(
                            "warning",
                            "Prevent stigmatisation",
                            "After an attack, some groups may be blamed as a whole. Public messages should avoid any "
                            "generalisation, and city leaders can show that they stand with all communities. Social "
                            "workers and community organisations can help to detect tensions early.",
                        ),
                        heading("Remember and learn"),
                        paragraph(
                            "Prepare commemorations with the victims and their families, and respect their wishes. "
                            "Then hold a debriefing with all partners: what worked, what did not, which messages "
                            "were misunderstood. Update the plan, the templates and the contact lists with what you "
                            "have learnt, and share the lessons with other cities, which may face the same situation "
                            "one day."
                        ),
                        key_points(
                            "After a crisis",
                            "Inform victims and their families first.",
                            "Explain the reopening and the measures taken.",
                            "Avoid stigmatising any group.",
                            "Debrief with partners and update the plan.",
                        ),
                    ],
                },
            ],
            "quiz": {
                "slug": "quiz-crisis-communication",
                "title": "Quiz: crisis communication",
                "introduction": "Six questions on communicating before, during and after a crisis.",
                "pass_mark": 70,
                "max_attempts": None,
                "questions": [
                    single_choice(
                        "What is the main purpose of message templates prepared before a crisis?",
                        [
                            right(
                                "To publish accurate, approved information quickly",
                                "Right: templates save minutes when they matter most.",
                            ),
                            wrong(
                                "To avoid having to coordinate with the police",
                                "Messages still need to be agreed with partners on the day.",
                            ),
                            wrong(
                                "To replace the spokesperson",
                                "Templates support the spokesperson; they do not replace them.",
                            ),
                        ],
                        "Templates prepared for likely scenarios let the city publish a first, accurate message within "
                        "minutes, once the facts are filled in and agreed with partners.",
                    ),
                    multiple_choice(
                        "Which of these belong in a first public message? Select all that apply.",
                        [
                            right("What has happened, as far as it is confirmed", "Yes: confirmed facts only."),
                            right("What people should do now", "Yes: clear instructions protect people."),
                            right(
                                "When the next update will come",
                                "Yes: it tells people where to look and limits rumours.",
                            ),
                            wrong("A guess at who is responsible", "No: never speculate about perpetrators."),
                            wrong(
                                "The names of the victims",
                                "No: names belong to families and investigators, not to a public message.",
                            ),
                        ],
                        "A first message says what is known, what is being done, what people should do and when the "
                        "next update will come. It never speculates or exposes victims.",
                        weight=2,
                    ),
                    true_false(
                        "As long as the facts are not confirmed, it is better to say nothing at all.",
                        False,
                        "Not so: silence is quickly filled with rumours.",
                        "Correct: speak early, and say what you do not know yet.",
                        "A short first message that states what is confirmed and what is not yet known is better "
                        "than silence, which rumours fill within minutes.",
                    ),
                    ordering(
                        "Put these communication tasks in the order of a crisis.",
                        [
                            "Prepare templates and contact lists",
                            "Exercise the plan with partners",
                            "Publish a first message within minutes",
                            "Give regular updates on all channels",
                            "Hold a debriefing and update the plan",
                        ],
                        "Preparation comes before the crisis, the first message and updates during it, and the "
                        "debriefing after it, feeding the next version of the plan.",
                        weight=2,
                    ),
                    true_false(
                        "Operational instructions, such as areas to avoid, should come from the authority in charge "
                        "of the operation or be agreed with it.",
                        True,
                        "Correct: one voice avoids contradictory instructions.",
                        "They should: contradictory instructions put people at risk.",
                        "The authority that runs the operation knows which areas are dangerous; other partners relay "
                        "its instructions.",
                    ),
                    single_choice(
                        "After an attack, what should public messages avoid?",
                        [
                            right(
                                "Any generalisation that blames a group of people",
                                "Right: stigmatisation divides the community when it most needs to hold together.",
                            ),
                            wrong(
                                "Information about victim support", "Support information is essential after a crisis."
                            ),
                            wrong(
                                "Explaining why measures have been taken",
                                "Explaining measures helps people come back to the space.",
                            ),
                        ],
                        "Recovery depends on a community that holds together; messages should support victims and "
                        "avoid blaming any group.",
                    ),
                ],
            },
        },
    ],
}

# --- course 4: ethical use of security technologies -------------------------------------

ETHICAL_USE = {
    "domain": "ethical-use-of-security-technologies",
    "slug": "ethical-use-of-security-technologies",
    "title": "Ethical use of security technologies",
    "summary": (
        "How to decide whether a camera, a sensor or an AI system belongs in a public space: legitimacy, "
        "necessity, proportionality, data protection and the limits set by EU law."
    ),
    "outcomes": [
        "Apply the tests of legitimacy, necessity and proportionality to a proposed technology",
        "Explain when the GDPR requires a data protection impact assessment",
        "Describe the limits the EU AI Act sets on real-time remote biometric identification in public spaces",
        "Organise the choice of a technology with transparency, oversight and evaluation",
    ],
    "minutes": 100,
    "profiles": [P.SECURITY_COORDINATOR, P.POLICE_OFFICER, P.URBAN_PLANNER, P.SOCIAL_WORKER],
    "search_description": "Necessity, proportionality, the GDPR and the EU AI Act for security technologies.",
    "modules": [
        {
            "slug": "rights-and-principles",
            "title": "Rights and principles",
            "summary": "The questions to answer before any technology enters a public space.",
            "lessons": [
                {
                    "slug": "necessity-and-proportionality",
                    "title": "Necessity and proportionality",
                    "summary": "Three tests for any security technology, and why there is no silver bullet.",
                    "minutes": 12,
                    "body": [
                        paragraph(
                            "Cameras, sensors, drones, crowd-counting systems and analytics based on artificial "
                            "intelligence are offered to cities as answers to security problems. Some help; some do "
                            "little; some create new risks for the rights of the people they observe. Before a "
                            "technology enters a public space, a local authority should be able to answer a few "
                            "questions in writing."
                        ),
                        heading("Three tests"),
                        paragraph(
                            "<b>Legitimacy:</b> is there a clear and lawful purpose? A vague aim such as improving "
                            "security is not enough; reducing bicycle thefts at a given station is specific enough "
                            "to be evaluated.",
                            "<b>Necessity:</b> is the technology needed to achieve that purpose, or would less "
                            "intrusive measures work as well, such as better lighting, more staff on site or a change "
                            "in design? Necessity is not the same as usefulness: many things are useful without being "
                            "necessary.",
                            "<b>Proportionality:</b> do the expected benefits outweigh the intrusion into people's "
                            "privacy and freedom? The answer depends on how many people are affected, how sensitive "
                            "the data is, how long it is kept and who can see it.",
                        ),
                        callout(
                            "info",
                            "Fundamental rights at stake",
                            "Surveillance of public spaces touches the rights to respect for private life and to the "
                            "protection of personal data, and it can discourage people from exercising their freedoms "
                            "of expression and assembly. The Charter of Fundamental Rights of the European Union "
                            "protects all of them.",
                        ),
                        heading("No silver bullet"),
                        paragraph(
                            "Practitioners in European projects on the protection of public spaces keep reaching the "
                            "same conclusion: no technology solves a security problem on its own. It should be one "
                            "element in a range of complementary measures, and it should not end up making people "
                            "feel less safe. A camera that nobody watches, and whose images are never used, adds cost "
                            "without protection."
                        ),
                        key_points(
                            "Before deciding, write down",
                            "the specific problem and the purpose",
                            "the less intrusive options you considered",
                            "the expected benefit and how you will measure it",
                            "who will be affected, and how",
                        ),
                    ],
                },
                {
                    "slug": "data-protection",
                    "title": "Data protection in public spaces",
                    "summary": "The GDPR's principles and the data protection impact assessment.",
                    "minutes": 12,
                    "body": [
                        paragraph(
                            "Most security technologies in public spaces process personal data: images of people, "
                            "number plates, signals from phones. In the European Union this processing must comply "
                            "with the General Data Protection Regulation (GDPR). When the police process data to "
                            "prevent, investigate or prosecute crime, the Law Enforcement Directive applies instead, "
                            "through national law. Both rest on the same principles."
                        ),
                        heading("Principles that apply"),
                        bullets(
                            "<b>Purpose limitation:</b> collect data for specified, explicit and legitimate purposes, "
                            "and do not reuse it for incompatible ones.",
                            "<b>Data minimisation:</b> collect only what is adequate, relevant and necessary; for "
                            "example, cameras that do not film into private windows.",
                            "<b>Storage limitation:</b> keep recordings only as long as needed, then delete them "
                            "automatically.",
                            "<b>Integrity and confidentiality:</b> protect the data against unauthorised access, and "
                            "log who views it.",
                            "<b>Transparency:</b> inform people, for example with clear signs that say who is "
                            "filming and how to contact them.",
                            "<b>Accountability:</b> be able to show that you comply.",
                        ),
                        heading("The data protection impact assessment"),
                        paragraph(
                            "The GDPR requires a data protection impact assessment (DPIA) before any processing that "
                            "is likely to result in a high risk to people's rights and freedoms. It names the "
                            "systematic monitoring of a publicly accessible area on a large scale as one such case. "
                            "A camera network covering a city centre will therefore usually need one.",
                            "A DPIA describes the processing and its purposes, assesses its necessity and "
                            "proportionality, identifies the risks to the people concerned and sets out the measures "
                            "that address them. Ask your data protection officer for advice from the start. If the "
                            "assessment shows a high risk that you cannot reduce, you must consult the data "
                            "protection authority before you begin.",
                        ),
                        callout(
                            "tip",
                            "Assess before you buy",
                            "Carry out the DPIA while the project can still change. An assessment written after the "
                            "equipment is installed tends to justify a decision instead of informing it.",
                        ),
                        key_points(
                            "Remember",
                            "Personal data in public spaces is protected by EU law.",
                            "A large camera network usually needs a DPIA.",
                            "Involve the data protection officer early.",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "choosing-and-governing-technologies",
            "title": "Choosing and governing technologies",
            "summary": "Biometrics and the EU AI Act, a responsible selection process, and a quiz.",
            "lessons": [
                {
                    "slug": "biometric-identification-and-the-ai-act",
                    "title": "Biometric identification and the EU AI Act",
                    "summary": "Why live facial recognition in public spaces is prohibited, with narrow exceptions.",
                    "minutes": 15,
                    "body": [
                        paragraph(
                            "Facial recognition and other biometric technologies can identify a person from their "
                            "face or other physical features. Used on a crowd, they scan everyone who passes, most of "
                            "whom are suspected of nothing. This is why they raise the sharpest questions of all "
                            "security technologies."
                        ),
                        heading("Biometric data under the GDPR"),
                        paragraph(
                            "Biometric data used to identify a person uniquely is a special category of personal "
                            "data. Processing it is prohibited in principle; the exceptions are narrow and, for "
                            "security purposes, need a specific legal basis."
                        ),
                        heading("The EU Artificial Intelligence Act"),
                        paragraph(
                            "The AI Act, adopted in 2024, sorts AI systems by the risk they pose. It bans some "
                            "practices outright and sets strict requirements for others. Its bans have applied "
                            "since 2 February 2025. One of them concerns the use of real-time remote biometric "
                            "identification systems in publicly accessible spaces for the purpose of law "
                            "enforcement.",
                            "The ban has narrow exceptions: the targeted search for specific victims of abduction, "
                            "trafficking or sexual exploitation, or for missing persons; the prevention of a "
                            "specific, substantial and imminent threat to life or of a terrorist attack; and the "
                            "identification of suspects of certain serious crimes. Even then, national law must "
                            "expressly allow such use, and each use needs prior authorisation by a judicial or "
                            "independent administrative authority. In a duly justified emergency, use may begin "
                            "without it, but authorisation must be requested within 24 hours at the latest.",
                            "The Act also bans building facial recognition databases through the untargeted "
                            "scraping of facial images from the internet or from CCTV footage. Remote biometric "
                            "identification systems that are not banned are classed as high-risk and must meet "
                            "strict requirements.",
                        ),
                        callout(
                            "warning",
                            "Not a local decision",
                            "A city cannot introduce live facial recognition in its streets on its own initiative. "
                            "Whether any use is possible depends on EU and national law; examine any proposal with "
                            "lawyers and the data protection authority before considering a pilot.",
                        ),
                        key_points(
                            "Remember",
                            "Biometric data is a special category of personal data.",
                            "Live remote biometric identification in public spaces for law enforcement is banned, "
                            "with narrow exceptions.",
                            "Each exception needs a basis in national law and prior authorisation.",
                        ),
                        paragraph(
                            "Debates such as the one around the facial recognition test at the Nice Carnival show "
                            "how closely these uses are watched. Whatever the law allows, the questions of the "
                            "previous lessons remain: is it necessary, is it proportionate, and would people still "
                            "feel free in that space?"
                        ),
                    ],
                },
                {
                    "slug": "choosing-a-technology-responsibly",
                    "title": "Choosing a technology responsibly",
                    "summary": "From the need to the decision, with rules, evaluation and the public involved.",
                    "minutes": 12,
                    "body": [
                        paragraph(
                            "A responsible choice of technology is a process, not a purchase. The PRoTECT project, in "
                            "which Efus was a partner, developed tools that help local authorities assess "
                            "technologies and select solutions that fit their needs. Whatever tool you use, the "
                            "process follows the same logic."
                        ),
                        heading("From need to decision"),
                        bullets(
                            "Describe the problem and the need, using your vulnerability assessment.",
                            "List all the options, including those that involve no technology.",
                            "Assess each option for effectiveness, cost and impact on fundamental rights.",
                            "Test the chosen option in a limited pilot with clear evaluation criteria.",
                            "Decide, and set a date for the next evaluation.",
                            ordered=True,
                        ),
                        heading("Governance"),
                        paragraph(
                            "Technology needs rules as much as it needs hardware. Decide in advance who may use the "
                            "system and for what, who may see the data, how long it is kept, how misuse is detected "
                            "and who is accountable. An independent body, such as an ethics committee, can review "
                            "the use regularly with the data protection officer. Beware of function creep: a system "
                            "installed for one purpose that is quietly used for others."
                        ),
                        callout(
                            "tip",
                            "Plan the end from the start",
                            "Decide when the system will be evaluated and under which conditions it will be switched "
                            "off. A measure that is no longer necessary is no longer proportionate.",
                        ),
                        heading("Involve the public"),
                        paragraph(
                            "Explain to residents what the technology does and what it does not do, publish the "
                            "results of the evaluation, and give people a way to ask questions or complain. People "
                            "accept measures they understand and whose limits they can see. Secret or unexplained "
                            "systems erode trust, and they can increase the very feeling of insecurity they were "
                            "meant to reduce."
                        ),
                        key_points(
                            "A responsible technology is",
                            "chosen for a defined need",
                            "tested and evaluated",
                            "governed by clear rules",
                            "explained to the public",
                        ),
                    ],
                },
            ],
            "quiz": {
                "slug": "quiz-ethical-use",
                "title": "Quiz: ethical use of security technologies",
                "introduction": "Six questions on rights, data protection and EU law.",
                "pass_mark": 70,
                "max_attempts": 3,
                "questions": [
                    single_choice(
                        "A city wants to install cameras in a square. Which aim is specific enough to assess "
                        "necessity and proportionality?",
                        [
                            right(
                                "Reducing bicycle thefts at the station entrance",
                                "Right: a specific purpose can be measured and compared with other options.",
                            ),
                            wrong("Improving security in general", "Too vague: nothing can be measured against it."),
                            wrong(
                                "Showing residents that the city is taking action",
                                "That is communication, not a security purpose.",
                            ),
                        ],
                        "Legitimacy, necessity and proportionality can only be assessed against a clear, specific "
                        "purpose.",
                    ),
                    multiple_choice(
                        "Which of these are data protection principles of the GDPR? Select all that apply.",
                        [
                            right("Data minimisation", "Yes: only what is adequate, relevant and necessary."),
                            right("Storage limitation", "Yes: keep data only as long as needed."),
                            right("Purpose limitation", "Yes: specified, explicit and legitimate purposes."),
                            wrong(
                                "Keeping recordings as long as possible in case they are useful",
                                "No: that contradicts storage limitation.",
                            ),
                            wrong(
                                "Collecting everything the system can record",
                                "No: that contradicts data minimisation.",
                            ),
                        ],
                        "The GDPR's principles include purpose limitation, data minimisation, accuracy, storage "
                        "limitation, integrity and confidentiality, and accountability.",
                        weight=2,
                    ),
                    true_false(
                        "Under the GDPR, the systematic monitoring of a publicly accessible area on a large scale "
                        "requires a data protection impact assessment.",
                        True,
                        "Correct: the GDPR names it as a case of likely high risk.",
                        "It does: the GDPR names this case explicitly.",
                        "A DPIA is required before processing likely to result in a high risk, and large-scale "
                        "systematic monitoring of publicly accessible areas is one of the cases the GDPR names.",
                    ),
                    true_false(
                        "Under the EU AI Act, a city may decide on its own to use real-time facial recognition in its "
                        "streets.",
                        False,
                        "No: this use is banned except in narrow cases that national law must allow.",
                        "Correct: it is banned, with narrow exceptions that need a legal basis and authorisation.",
                        "Real-time remote biometric identification in publicly accessible spaces for law enforcement "
                        "is prohibited, except in narrow cases allowed by national law and authorised beforehand by "
                        "a judicial or independent administrative authority.",
                        weight=2,
                    ),
                    ordering(
                        "Put the steps of a responsible technology choice in the right order.",
                        [
                            "Describe the problem and the need",
                            "List all the options, including those without technology",
                            "Assess each option for effectiveness, cost and impact on rights",
                            "Test the chosen option in a limited pilot",
                            "Decide, and set a date for the next evaluation",
                        ],
                        "The need comes first; options, assessment and a pilot follow, and the decision includes "
                        "its own evaluation date.",
                        weight=2,
                    ),
                    single_choice(
                        "What is function creep?",
                        [
                            right(
                                "A system installed for one purpose being used for others",
                                "Right: new purposes need a new assessment.",
                            ),
                            wrong("The gradual wear of equipment", "No: the term is about purposes, not hardware."),
                            wrong(
                                "A rise in the number of cameras",
                                "More cameras can be a sign of it, but the term refers to new purposes.",
                            ),
                        ],
                        "Function creep happens when a system is used beyond the purpose for which it was assessed "
                        "and approved; clear rules and regular review prevent it.",
                    ),
                ],
            },
        },
    ],
}

COURSES = [VULNERABILITY_ANALYSIS, CPTED, CRISIS_COMMUNICATION, ETHICAL_USE]


# --- the loader -------------------------------------------------------------------------


@demo_loader(order=20)
def load_training(log):
    source_locale = ensure_locales()
    domains = {spec["slug"]: _ensure_domain(spec, source_locale, log) for spec in DOMAINS}

    home = Site.objects.get(is_default_site=True).root_page.specific
    index, created = get_or_create_child(home, TrainingIndexPage, show_in_menus=True, **INDEX)
    if created:
        log(f"  created {index.title!r}")

    courses = [_ensure_course(index, spec, domains[spec["domain"]], log) for spec in COURSES]
    feature_on_home(courses)
    for course in courses:
        _ensure_competences(course, log)

    _translate(index, INDEX_TRANSLATIONS, log)
    for course in courses:
        translations = COURSE_TRANSLATIONS.get(course.slug)
        if translations:
            for page in [course, *_descendants_in_tree_order(course)]:
                _translate(page, translations, log)


def _ensure_domain(spec, source_locale, log):
    domain = Domain.objects.filter(locale=source_locale, slug=spec["slug"]).first()
    if domain is None:
        domain = Domain.objects.create(locale=source_locale, **spec)
        log(f"  created the domain {domain.name!r}")
    _translate(domain, DOMAIN_TRANSLATIONS, log)
    return domain


def _ensure_course(index, spec, domain, log):
    course, created = get_or_create_child(
        index,
        CoursePage,
        spec["slug"],
        title=spec["title"],
        domain=domain,
        summary=spec["summary"],
        learning_outcomes=[{"type": "outcome", "value": outcome} for outcome in spec["outcomes"]],
        estimated_minutes=spec["minutes"],
        staff_profiles=[str(profile) for profile in spec["profiles"]],
        search_description=spec["search_description"],
        competences=[{"type": "competence", "value": text} for text in COMPETENCES.get(spec["slug"], [])],
    )
    if created:
        log(f"  created the course {course.title!r}")
    for module_spec in spec["modules"]:
        module, _created = get_or_create_child(
            course, ModulePage, module_spec["slug"], title=module_spec["title"], summary=module_spec["summary"]
        )
        for lesson in module_spec["lessons"]:
            get_or_create_child(
                module,
                LessonPage,
                lesson["slug"],
                title=lesson["title"],
                summary=lesson["summary"],
                body=lesson["body"],
                estimated_minutes=lesson["minutes"],
            )
        quiz = module_spec.get("quiz")
        if quiz:
            get_or_create_child(
                module,
                QuizPage,
                quiz["slug"],
                title=quiz["title"],
                introduction=quiz["introduction"],
                questions=quiz["questions"],
                pass_mark=quiz["pass_mark"],
                max_attempts=quiz["max_attempts"],
            )
    return course


def _ensure_competences(course, log):
    """Courses loaded before competence statements existed get them (and their translations, updated)."""
    statements = COMPETENCES.get(course.slug, [])
    if len(course.competences) or not statements:
        return
    course.competences = [{"type": "competence", "value": text} for text in statements]
    course.save_revision().publish()
    log(f"  added competence statements to {course.title!r}")
    for code, strings in COURSE_TRANSLATIONS.get(course.slug, {}).items():
        if course.get_translations().filter(locale__language_code=code, alias_of__isnull=True).exists():
            translate_page(course, code, strings)


@demo_loader(order=21)
def load_learning_paths(log):
    """A learning path per staff profile over the demo courses, in English, French and German."""
    source_locale = ensure_locales()
    courses = {course.slug: course for course in CoursePage.objects.filter(locale=source_locale)}
    for spec in LEARNING_PATHS:
        path = LearningPath.objects.filter(locale=source_locale, staff_profile=spec["staff_profile"]).first()
        if path is None:
            path = LearningPath.objects.create(
                locale=source_locale,
                staff_profile=spec["staff_profile"],
                title=spec["title"],
                description=spec["description"],
                courses=[{"type": "course", "value": courses[slug].pk} for slug in spec["courses"] if slug in courses],
            )
            log(f"  created the learning path {path.title!r}")
        _translate(path, LEARNING_PATH_TRANSLATIONS, log)


def _descendants_in_tree_order(page):
    """Parents before children: wagtail-localize needs a page's parent translated first."""
    return [descendant.specific for descendant in page.get_descendants().order_by("path")]


def _translate(instance, translations, log):
    """Translate a page or snippet into each language of ``translations``, unless already done.

    ``translations`` maps a language code to an English-segment → translation mapping.
    A segment without a translation is an error: the demo content must be complete.
    """
    for code, strings in translations.items():
        locale = Locale.objects.get(language_code=code)
        existing = instance.get_translations().filter(locale=locale)
        if hasattr(instance, "alias_of_id"):
            existing = existing.filter(alias_of__isnull=True)
        if existing.exists():
            continue
        missing = [segment for segment in source_segments(instance) if segment not in strings]
        if missing:
            raise ImproperlyConfigured(f"No {code} translation for these segments of {instance!r}: {missing}")
        translate_page(instance, code, strings)
        log(f"  translated {str(instance)!r} into {code}")


# Runs after the library's loaders: the lesson links to a case study through a page chooser,
# found by slug, so the training app does not import the case-study app.
LESSON_CASE_STUDY_LINKS = {"biometric-identification-and-the-ai-act": "facial-recognition-at-the-nice-carnival"}


@demo_loader(order=40)
def link_lessons_to_case_studies(log):
    from wagtail.models import Page

    from portal.demo import give_blocks_ids, resync_translations

    source = Locale.objects.get(language_code="en")
    for lesson_slug, case_study_slug in LESSON_CASE_STUDY_LINKS.items():
        lesson = LessonPage.objects.filter(slug=lesson_slug, locale=source).first()
        case_study = Page.objects.filter(slug=case_study_slug, locale=source).first()
        if lesson is None or case_study is None:
            continue
        if any(block.block_type == "case_study" for block in lesson.body):
            continue
        lesson.body.append(("case_study", {"page": case_study, "text": ""}))
        give_blocks_ids(lesson)
        lesson.save_revision().publish()
        resync_translations(lesson)
        log(f"  linked the lesson {lesson.title!r} to the case study {case_study.title!r}")
