"""Latvian translations of the training demo content, keyed by the English segment."""

DOMAINS = {
    "Vulnerability analysis of public spaces": "Publiskās ārtelpas ievainojamības analīze",
    "Assessing how exposed a public space is to crime, accidents and attacks, and which measures reduce the risk without closing it.": "Izvērtēšana, cik lielā mērā publiskā ārtelpa ir pakļauta noziedzībai, negadījumiem un uzbrukumiem, un kādi pasākumi samazina risku, to neslēdzot.",
    "Crime prevention through environmental design (CPTED)": "Noziedzības novēršana ar vides dizainu (CPTED)",
    "Designing and managing places so that they offer fewer opportunities for crime and feel safer to use.": "Vietu plānošana un pārvaldība tā, lai tās sniegtu mazāk iespēju noziegumiem un to lietotāji justos drošāk.",
    "Crisis communication": "Krīzes komunikācija",
    "Informing the public and working with partners before, during and after a crisis.": "Sabiedrības informēšana un sadarbība ar partneriem pirms krīzes, tās laikā un pēc tās.",
    "Ethical use of security technologies": "Drošības tehnoloģiju ētiska izmantošana",
    "Choosing and using security technologies lawfully, proportionately and with respect for fundamental rights.": "Drošības tehnoloģiju izvēle un izmantošana likumīgi, samērīgi un ievērojot pamattiesības.",
}

INDEX = {
    "Training": "Apmācības",
    "training": "apmacibas",
    "Free online courses for the people who protect Europe's public spaces.": "Bezmaksas tiešsaistes kursi tiem, kas aizsargā Eiropas publisko ārtelpu.",
    "Four free, self-paced courses on protecting public spaces while keeping them open to all: vulnerability analysis, crime prevention through environmental design, crisis communication and the ethical use of security technologies. Each course ends with a quiz.": "Četri bezmaksas kursi, kurus varat apgūt savā tempā, par to, kā aizsargāt publisko ārtelpu, saglabājot to atvērtu visiem: ievainojamības analīze, noziedzības novēršana ar vides dizainu, krīzes komunikācija un drošības tehnoloģiju ētiska izmantošana. Katrs kurss noslēdzas ar testu.",
}
