"""Italian translations of the training demo content, keyed by the English segment."""

DOMAINS = {
    "Vulnerability analysis of public spaces": "Analisi della vulnerabilità degli spazi pubblici",
    "Assessing how exposed a public space is to crime, accidents and attacks, and which measures reduce the risk without closing it.": "Valutare quanto uno spazio pubblico sia esposto a reati, incidenti e attentati, e quali misure riducano il rischio senza chiuderlo.",
    "Crime prevention through environmental design (CPTED)": "Prevenzione del crimine attraverso la progettazione ambientale (CPTED)",
    "Designing and managing places so that they offer fewer opportunities for crime and feel safer to use.": "Progettare e gestire i luoghi in modo che offrano meno occasioni di reato e che chi li frequenta si senta più sicuro.",
    "Crisis communication": "Comunicazione di crisi",
    "Informing the public and working with partners before, during and after a crisis.": "Informare la popolazione e collaborare con i partner prima, durante e dopo una crisi.",
    "Ethical use of security technologies": "Uso etico delle tecnologie di sicurezza",
    "Choosing and using security technologies lawfully, proportionately and with respect for fundamental rights.": "Scegliere e usare le tecnologie di sicurezza nel rispetto della legge, del principio di proporzionalità e dei diritti fondamentali.",
}

INDEX = {
    "Training": "Formazione",
    "training": "formazione",
    "Free online courses for the people who protect Europe's public spaces.": "Corsi online gratuiti per chi protegge gli spazi pubblici in Europa.",
    "Four free, self-paced courses on protecting public spaces while keeping them open to all: vulnerability analysis, crime prevention through environmental design, crisis communication and the ethical use of security technologies. Each course ends with a quiz.": "Quattro corsi gratuiti, da seguire al proprio ritmo, per proteggere gli spazi pubblici mantenendoli aperti a tutti: analisi della vulnerabilità, prevenzione del crimine attraverso la progettazione ambientale, comunicazione di crisi e uso etico delle tecnologie di sicurezza. Ogni corso si conclude con un quiz.",
}
