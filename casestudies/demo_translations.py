"""French and German translations of the case-study demo content, written by us, field by field.

Glossary (docs/translation.md): public space: espace public / öffentlicher Raum; formal address.
"""

INDEX = {
    "fr": {
        "title": "Études de cas",
        "slug": "etudes-de-cas",
        "introduction": (
            "Ce que d'autres villes ont essayé pour garder leurs espaces publics ouverts et sûrs : "
            "ce qu'elles ont fait, sur quelle base juridique, avec quel résultat."
        ),
    },
    "de": {
        "title": "Fallstudien",
        "slug": "fallstudien",
        "introduction": (
            "Was andere Städte versucht haben, um ihre öffentlichen Räume offen und sicher zu halten: "
            "was sie getan haben, auf welcher Rechtsgrundlage und mit welchem Ergebnis."
        ),
    },
}

CASE_STUDIES = {
    "facial-recognition-at-the-nice-carnival": {
        "fr": {
            "title": "La reconnaissance faciale au carnaval de Nice",
            "slug": "reconnaissance-faciale-carnaval-de-nice",
            "summary": (
                "En 2019, la ville de Nice a testé la reconnaissance faciale à l'entrée de son carnaval, "
                "avec des volontaires qui avaient accepté d'y participer."
            ),
            "city": "Nice",
            "stakeholders": (
                "La ville de Nice, les volontaires qui ont participé et l'autorité nationale de protection "
                "des données (CNIL)."
            ),
            "what_was_done": (
                "<p>Pendant le carnaval, des caméras placées à une entrée comparaient les visages des "
                "visiteurs avec les photos d'un petit groupe de volontaires, pour vérifier si le logiciel "
                "pouvait les repérer dans la foule.</p>"
            ),
            "results": (
                "<p>La ville a présenté le test comme un succès. L'autorité de protection des données a "
                "souligné qu'un court test avec des volontaires consentants dit peu de choses sur "
                "l'efficacité et l'acceptation d'un tel système en situation réelle.</p>"
            ),
            "legal_basis": (
                "<p>Le test reposait sur le consentement des volontaires. L'autorité de protection des "
                "données a rappelé qu'utiliser la reconnaissance faciale sur le grand public exigerait une "
                "base juridique spécifique et une analyse d'impact relative à la protection des données.</p>"
            ),
            "lessons_learned": (
                "<p>Un test technique ne répond pas aux questions de nécessité et de proportionnalité. "
                "Décidez d'abord quel problème la technologie doit résoudre et comment son effet sera mesuré.</p>"
            ),
        },
        "de": {
            "title": "Gesichtserkennung beim Karneval in Nizza",
            "slug": "gesichtserkennung-karneval-nizza",
            "summary": (
                "2019 testete die Stadt Nizza am Eingang ihres Karnevals die Gesichtserkennung, mit "
                "Freiwilligen, die der Teilnahme zugestimmt hatten."
            ),
            "city": "Nizza",
            "stakeholders": (
                "Die Stadt Nizza, die teilnehmenden Freiwilligen und die nationale Datenschutzbehörde (CNIL)."
            ),
            "what_was_done": (
                "<p>Während des Karnevals verglichen Kameras an einem Eingang die Gesichter der Besucher "
                "mit den Fotos einer kleinen Gruppe von Freiwilligen, um zu prüfen, ob die Software sie in "
                "der Menge erkennt.</p>"
            ),
            "results": (
                "<p>Die Stadt stellte den Test als Erfolg dar. Die Datenschutzbehörde wies darauf hin, dass "
                "ein kurzer Test mit einwilligenden Freiwilligen wenig darüber aussagt, wie ein solches "
                "System im echten Einsatz funktionieren und angenommen würde.</p>"
            ),
            "legal_basis": (
                "<p>Der Test beruhte auf der Einwilligung der Freiwilligen. Die Datenschutzbehörde erinnerte "
                "daran, dass Gesichtserkennung gegenüber der Allgemeinheit eine eigene Rechtsgrundlage und "
                "eine Datenschutz-Folgenabschätzung erfordern würde.</p>"
            ),
            "lessons_learned": (
                "<p>Ein technischer Test beantwortet nicht die Fragen der Erforderlichkeit und "
                "Verhältnismäßigkeit. Legen Sie zuerst fest, welches Problem die Technik lösen soll und wie "
                "ihre Wirkung gemessen wird.</p>"
            ),
        },
    },
    "security-by-design-ten-rules-of-thumb": {
        "fr": {
            "title": "La sécurité dès la conception : dix règles empiriques",
            "slug": "securite-des-la-conception-dix-regles",
            "summary": (
                "Le partenariat sur la sécurité dans les espaces publics de l'Agenda urbain de l'UE a rédigé "
                "dix règles empiriques pour intégrer la sécurité dès le début de l'urbanisme et de "
                "l'aménagement."
            ),
            "stakeholders": "Les villes et organisations partenaires du partenariat sur la sécurité dans les espaces publics.",
            "what_was_done": (
                "<p>Beaucoup d'autorités locales connaissent mal l'approche de la sécurité dès la conception. "
                "Le partenariat l'a traduite en recommandations courtes et concrètes pour la manière dont "
                "les autorités planifient et aménagent les espaces publics.</p>"
            ),
            "results": (
                "<p>Les règles se veulent pratiques et faciles à adopter, pour que urbanistes, architectes "
                "et personnels de sécurité puissent les utiliser au quotidien.</p>"
            ),
            "legal_basis": (
                "<p>Les règles sont des recommandations, pas des lois. Elles s'inscrivent dans le plan "
                "d'action du partenariat, dans le cadre de l'Agenda urbain pour l'UE.</p>"
            ),
            "lessons_learned": (
                "<p>La sécurité fonctionne le mieux lorsqu'elle fait partie du projet dès la première "
                "esquisse, et non ajoutée sous forme de barrières une fois l'espace construit.</p>"
            ),
        },
        "de": {
            "title": "Security by Design: zehn Faustregeln",
            "slug": "security-by-design-zehn-faustregeln",
            "summary": (
                "Die Partnerschaft „Sicherheit in öffentlichen Räumen“ der EU-Städteagenda hat zehn "
                "Faustregeln verfasst, um Sicherheit von Anfang an in Stadtplanung und Gestaltung einzubeziehen."
            ),
            "stakeholders": "Die Partnerstädte und -organisationen der Partnerschaft „Sicherheit in öffentlichen Räumen“.",
            "what_was_done": (
                "<p>Viele Kommunen kennen den Ansatz Security by Design kaum. Die Partnerschaft hat ihn in "
                "kurze, konkrete Empfehlungen für die Planung und Gestaltung öffentlicher Räume übersetzt.</p>"
            ),
            "results": (
                "<p>Die Faustregeln sollen praxisnah und leicht anzuwenden sein, damit Planerinnen, "
                "Architekten und Sicherheitsfachleute sie im Alltag nutzen können.</p>"
            ),
            "legal_basis": (
                "<p>Die Regeln sind Empfehlungen, keine Gesetze. Sie gehören zum Aktionsplan der "
                "Partnerschaft im Rahmen der Städteagenda für die EU.</p>"
            ),
            "lessons_learned": (
                "<p>Sicherheit wirkt am besten, wenn sie ab der ersten Skizze Teil des Entwurfs ist und "
                "nicht erst als Barriere nach dem Bau hinzukommt.</p>"
            ),
        },
    },
    "protect-assessing-technologies": {
        "fr": {
            "title": "PRoTECT : évaluer les technologies avant de les acheter",
            "slug": "protect-evaluer-les-technologies",
            "summary": (
                "Le projet PRoTECT (2018–2021) a aidé les autorités locales à évaluer et choisir des "
                "technologies comme l'analyse vidéo pour protéger les places et d'autres espaces publics."
            ),
            "stakeholders": (
                "L'Efus, des autorités locales, des services de police, des centres de recherche et des "
                "fournisseurs de technologies."
            ),
            "what_was_done": (
                "<p>Le projet a développé des outils qui aident une autorité locale à évaluer des "
                "technologies et à choisir celles qui répondent à ses besoins, et les a présentés lors de "
                "trois séminaires en ligne en juillet 2020.</p>"
            ),
            "results": (
                "<p>Les intervenants ont conclu qu'il n'existe pas de solution miracle : la technologie doit "
                "être une mesure parmi d'autres, complémentaire de mesures centrées sur l'humain.</p>"
            ),
            "legal_basis": (
                "<p>Des obstacles législatifs et administratifs peuvent empêcher une autorité locale "
                "d'adopter une technologie ; il faut les vérifier avant l'achat, pas après.</p>"
            ),
            "lessons_learned": (
                "<p>Une technologie choisie ne doit pas accroître le sentiment d'insécurité du public. "
                "Les habitants et les commerces restent les premiers à remarquer ce qui ne va pas.</p>"
            ),
        },
        "de": {
            "title": "PRoTECT: Technologien vor dem Kauf bewerten",
            "slug": "protect-technologien-bewerten",
            "summary": (
                "Das Projekt PRoTECT (2018–2021) half Kommunen, Technologien wie Videoanalyse zum Schutz von "
                "Plätzen und anderen öffentlichen Räumen zu bewerten und auszuwählen."
            ),
            "stakeholders": ("Efus, Kommunen, Polizeibehörden, Forschungseinrichtungen und Technologieanbieter."),
            "what_was_done": (
                "<p>Das Projekt entwickelte Werkzeuge, mit denen eine Kommune Technologien bewerten und die "
                "passenden auswählen kann, und stellte sie im Juli 2020 in drei Online-Seminaren vor.</p>"
            ),
            "results": (
                "<p>Die Beteiligten kamen zu dem Schluss, dass es keine Patentlösung gibt: Technik sollte eine "
                "von mehreren sich ergänzenden Maßnahmen sein, neben menschenzentrierten.</p>"
            ),
            "legal_basis": (
                "<p>Rechtliche und administrative Hürden können eine Kommune daran hindern, eine Technologie "
                "einzuführen; sie müssen vor dem Kauf geprüft werden, nicht danach.</p>"
            ),
            "lessons_learned": (
                "<p>Eine gewählte Technologie darf in der Öffentlichkeit kein größeres Unsicherheitsgefühl "
                "erzeugen. Anwohner und Geschäfte bemerken als Erste, wenn etwas nicht stimmt.</p>"
            ),
        },
    },
}
