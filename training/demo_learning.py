"""Demo competence statements for the courses, and a learning path for each staff profile."""

from portal.profiles import StaffProfile as P

# Course slug → what a trainee can do after the course (rated 1 to 5 before and after).
COMPETENCES = {
    "vulnerability-analysis": [
        "I can describe a public space through its users, uses and flows at different times of day.",
        "I can carry out a vulnerability assessment step by step with the right partners.",
        "I can rank risks by likelihood and impact and propose proportionate measures.",
    ],
    "cpted": [
        "I can explain natural surveillance, natural access control, territorial reinforcement and maintenance.",
        "I can spot design features that create opportunities for crime.",
        "I can lead a CPTED site review with planners, police and residents.",
    ],
    "crisis-communication": [
        "I can prepare messages for the public before a crisis happens.",
        "I can give clear, timely instructions to the public during an incident.",
        "I can coordinate what we say with partner organisations.",
    ],
    "ethical-use-of-security-technologies": [
        "I can judge whether a security technology is necessary and proportionate.",
        "I can explain when a data protection impact assessment is needed.",
        "I can involve residents and civil society in decisions about surveillance.",
    ],
}

# Competence statements of the translated course, keyed by the English segment.
COMPETENCE_TRANSLATIONS = {
    "fr": {
        "I can describe a public space through its users, uses and flows at different times of day.": (
            "Je sais décrire un espace public à travers ses usagers, ses usages et ses flux "
            "à différents moments de la journée."
        ),
        "I can carry out a vulnerability assessment step by step with the right partners.": (
            "Je sais mener une évaluation de la vulnérabilité étape par étape, avec les bons partenaires."
        ),
        "I can rank risks by likelihood and impact and propose proportionate measures.": (
            "Je sais classer les risques selon leur probabilité et leur impact, et proposer des mesures proportionnées."
        ),
    },
    "de": {
        "I can describe a public space through its users, uses and flows at different times of day.": (
            "Ich kann einen öffentlichen Raum anhand seiner Nutzerinnen und Nutzer, Nutzungen und "
            "Bewegungsströme zu verschiedenen Tageszeiten beschreiben."
        ),
        "I can carry out a vulnerability assessment step by step with the right partners.": (
            "Ich kann eine Schwachstellenanalyse Schritt für Schritt mit den richtigen Partnern durchführen."
        ),
        "I can rank risks by likelihood and impact and propose proportionate measures.": (
            "Ich kann Risiken nach Eintrittswahrscheinlichkeit und Auswirkung ordnen und "
            "verhältnismäßige Maßnahmen vorschlagen."
        ),
    },
}

VA, CPTED, CRISIS, ETHICS = (
    "vulnerability-analysis",
    "cpted",
    "crisis-communication",
    "ethical-use-of-security-technologies",
)

LEARNING_PATHS = [
    {
        "staff_profile": P.SECURITY_COORDINATOR,
        "title": "Path for urban security coordinators",
        "description": "From assessing a space to communicating in a crisis, with the rules for technology.",
        "courses": [VA, CPTED, CRISIS, ETHICS],
    },
    {
        "staff_profile": P.URBAN_PLANNER,
        "title": "Path for urban planners and architects",
        "description": "Design out crime from the first sketch, and know what a site review looks for.",
        "courses": [CPTED, VA, ETHICS],
    },
    {
        "staff_profile": P.POLICE_OFFICER,
        "title": "Path for local police officers",
        "description": "Assess places with partners, use technology lawfully and inform the public.",
        "courses": [VA, ETHICS, CRISIS],
    },
    {
        "staff_profile": P.SOCIAL_WORKER,
        "title": "Path for social and prevention workers",
        "description": "Make places feel safer with the people who use them, and speak up in a crisis.",
        "courses": [CPTED, CRISIS, ETHICS],
    },
    {
        "staff_profile": P.EVENT_ORGANISER,
        "title": "Path for event organisers",
        "description": "Assess your site, plan your messages, and design the space around the crowd.",
        "courses": [VA, CRISIS, CPTED],
    },
    {
        "staff_profile": P.VOLUNTEER,
        "title": "Path for volunteers",
        "description": "What to say and do in an incident, and how to see a place as an assessor does.",
        "courses": [CRISIS, VA],
    },
]

LEARNING_PATH_TRANSLATIONS = {
    "fr": {
        "Path for urban security coordinators": "Parcours pour les coordinateurs de la sécurité urbaine",
        "From assessing a space to communicating in a crisis, with the rules for technology.": (
            "De l'évaluation d'un espace à la communication de crise, avec les règles à suivre pour la technologie."
        ),
        "Path for urban planners and architects": "Parcours pour les urbanistes et les architectes",
        "Design out crime from the first sketch, and know what a site review looks for.": (
            "Prévenir la délinquance dès la première esquisse, et savoir ce qu'examine une revue de site."
        ),
        "Path for local police officers": "Parcours pour les policiers municipaux",
        "Assess places with partners, use technology lawfully and inform the public.": (
            "Évaluer les lieux avec les partenaires, utiliser la technologie dans le respect de la loi "
            "et informer le public."
        ),
        "Path for social and prevention workers": "Parcours pour les travailleurs sociaux et de prévention",
        "Make places feel safer with the people who use them, and speak up in a crisis.": (
            "Rendre les lieux plus sûrs avec celles et ceux qui les fréquentent, et savoir s'exprimer en cas de crise."
        ),
        "Path for event organisers": "Parcours pour les organisateurs d'événements",
        "Assess your site, plan your messages, and design the space around the crowd.": (
            "Évaluer votre site, préparer vos messages et aménager l'espace en fonction de la foule."
        ),
        "Path for volunteers": "Parcours pour les bénévoles",
        "What to say and do in an incident, and how to see a place as an assessor does.": (
            "Que dire et que faire lors d'un incident, et comment regarder un lieu comme un évaluateur."
        ),
    },
    "de": {
        "Path for urban security coordinators": (
            "Lernpfad für Koordinatorinnen und Koordinatoren der urbanen Sicherheit"
        ),
        "From assessing a space to communicating in a crisis, with the rules for technology.": (
            "Von der Analyse eines Ortes bis zur Krisenkommunikation, mit den Regeln für Sicherheitstechnik."
        ),
        "Path for urban planners and architects": "Lernpfad für Stadtplanung und Architektur",
        "Design out crime from the first sketch, and know what a site review looks for.": (
            "Kriminalität schon beim ersten Entwurf vorbeugen und wissen, worauf eine Ortsbegehung achtet."
        ),
        "Path for local police officers": "Lernpfad für die kommunale Polizei",
        "Assess places with partners, use technology lawfully and inform the public.": (
            "Orte mit Partnern analysieren, Technik rechtmäßig einsetzen und die Öffentlichkeit informieren."
        ),
        "Path for social and prevention workers": "Lernpfad für Sozialarbeit und Prävention",
        "Make places feel safer with the people who use them, and speak up in a crisis.": (
            "Orte gemeinsam mit ihren Nutzerinnen und Nutzern sicherer machen und in der Krise das Wort ergreifen."
        ),
        "Path for event organisers": "Lernpfad für Veranstalterinnen und Veranstalter",
        "Assess your site, plan your messages, and design the space around the crowd.": (
            "Das Gelände analysieren, Botschaften planen und den Raum auf die Menschenmenge ausrichten."
        ),
        "Path for volunteers": "Lernpfad für Ehrenamtliche",
        "What to say and do in an incident, and how to see a place as an assessor does.": (
            "Was bei einem Vorfall zu sagen und zu tun ist, und wie man einen Ort "
            "mit den Augen einer Schwachstellenanalyse sieht."
        ),
    },
}
