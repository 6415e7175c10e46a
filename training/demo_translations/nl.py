"""Dutch translations of the training demo content, keyed by the English segment."""

DOMAINS = {
    "Vulnerability analysis of public spaces": "Kwetsbaarheidsanalyse van openbare ruimten",
    "Assessing how exposed a public space is to crime, accidents and attacks, and which measures reduce the risk without closing it.": "Beoordelen in hoeverre een openbare ruimte blootstaat aan criminaliteit, ongevallen en aanslagen, en welke maatregelen het risico verkleinen zonder de ruimte af te sluiten.",
    "Crime prevention through environmental design (CPTED)": "Criminaliteitspreventie door omgevingsontwerp (CPTED)",
    "Designing and managing places so that they offer fewer opportunities for crime and feel safer to use.": "Plekken zo ontwerpen en beheren dat ze minder gelegenheid tot criminaliteit bieden en veiliger aanvoelen.",
    "Crisis communication": "Crisiscommunicatie",
    "Informing the public and working with partners before, during and after a crisis.": "Het publiek informeren en samenwerken met partners vóór, tijdens en na een crisis.",
    "Ethical use of security technologies": "Ethisch gebruik van beveiligingstechnologieën",
    "Choosing and using security technologies lawfully, proportionately and with respect for fundamental rights.": "Beveiligingstechnologieën kiezen en gebruiken op een rechtmatige en proportionele manier, met respect voor de grondrechten.",
}

INDEX = {
    "Training": "Opleidingen",
    "training": "opleidingen",
    "Free online courses for the people who protect Europe's public spaces.": "Gratis onlinecursussen voor iedereen die de openbare ruimten van Europa beschermt.",
    "Four free, self-paced courses on protecting public spaces while keeping them open to all: vulnerability analysis, crime prevention through environmental design, crisis communication and the ethical use of security technologies. Each course ends with a quiz.": "Vier gratis cursussen in uw eigen tempo over het beschermen van openbare ruimten zonder ze voor iemand af te sluiten: kwetsbaarheidsanalyse, criminaliteitspreventie door omgevingsontwerp, crisiscommunicatie en ethisch gebruik van beveiligingstechnologieën. Elke cursus eindigt met een quiz.",
}
