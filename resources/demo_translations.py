"""French and German translations of the resource demo content, written by us, field by field."""

INDEX = {
    "fr": {
        "title": "Ressources",
        "slug": "ressources",
        "introduction": (
            "Rapports, guides, boîtes à outils, enregistrements de webinaires et documents d'orientation "
            "à télécharger et à partager."
        ),
    },
    "de": {
        "title": "Ressourcen",
        "slug": "ressourcen",
        "introduction": (
            "Berichte, Leitfäden, Werkzeugkästen, Webinar-Aufzeichnungen und politische Dokumente zum "
            "Herunterladen und Weitergeben."
        ),
    },
}

RESOURCES = {
    "video-analytics-on-public-squares": {
        "fr": {
            "title": "L'analyse vidéo sur les places publiques : ce qu'une ville doit vérifier",
            "slug": "analyse-video-sur-les-places-publiques",
            "summary": (
                "Un court rapport sur les questions auxquelles une ville doit répondre avant d'utiliser "
                "l'analyse vidéo sur une place : le problème à résoudre, la base juridique, l'analyse "
                "d'impact et la manière de mesurer les résultats."
            ),
        },
        "de": {
            "title": "Videoanalyse auf öffentlichen Plätzen: was eine Stadt prüfen sollte",
            "slug": "videoanalyse-auf-oeffentlichen-plaetzen",
            "summary": (
                "Ein kurzer Bericht über die Fragen, die eine Stadt beantworten sollte, bevor sie auf einem "
                "Platz Videoanalyse einsetzt: das zu lösende Problem, die Rechtsgrundlage, die "
                "Folgenabschätzung und wie die Ergebnisse gemessen werden."
            ),
        },
    },
    "security-by-design-checklist": {
        "fr": {
            "title": "La sécurité dès la conception : une liste de contrôle pour les urbanistes",
            "slug": "securite-des-la-conception-liste-de-controle",
            "summary": (
                "Une liste de contrôle qui transforme les règles empiriques de la sécurité dès la conception "
                "du partenariat de l'Agenda urbain de l'UE sur la sécurité dans les espaces publics en "
                "questions pour chaque étape d'un projet."
            ),
        },
        "de": {
            "title": "Security by Design: eine Checkliste für Planende",
            "slug": "security-by-design-checkliste",
            "summary": (
                "Eine Checkliste, die die Security-by-Design-Faustregeln der Partnerschaft „Sicherheit in "
                "öffentlichen Räumen“ der EU-Städteagenda in Fragen für jede Projektphase übersetzt."
            ),
        },
    },
    "protect-seminars-2020": {
        "fr": {
            "title": "Séminaires PRoTECT 2020 : protéger les espaces publics",
            "slug": "seminaires-protect-2020",
            "summary": (
                "Notes sur les trois conférences en ligne du projet PRoTECT en juillet 2020 : coopérer avec "
                "de nombreux acteurs, études de cas de praticiens, et comment évaluer les technologies."
            ),
        },
        "de": {
            "title": "PRoTECT-Seminare 2020: öffentliche Räume schützen",
            "slug": "protect-seminare-2020",
            "summary": (
                "Notizen zu den drei Online-Konferenzen des Projekts PRoTECT im Juli 2020: Zusammenarbeit "
                "mit vielen Beteiligten, Fallstudien aus der Praxis und die Bewertung von Technologien."
            ),
        },
    },
}
