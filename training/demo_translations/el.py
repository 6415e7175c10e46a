"""Greek translations of the training demo content, keyed by the English segment."""

DOMAINS = {
    "Vulnerability analysis of public spaces": "Ανάλυση ευπάθειας δημόσιων χώρων",
    "Assessing how exposed a public space is to crime, accidents and attacks, and which measures reduce the risk without closing it.": "Αξιολόγηση του βαθμού στον οποίο ένας δημόσιος χώρος είναι εκτεθειμένος σε εγκληματικότητα, ατυχήματα και επιθέσεις, και των μέτρων που μειώνουν τον κίνδυνο χωρίς να τον κλείνουν.",
    "Crime prevention through environmental design (CPTED)": "Πρόληψη του εγκλήματος μέσω περιβαλλοντικού σχεδιασμού (CPTED)",
    "Designing and managing places so that they offer fewer opportunities for crime and feel safer to use.": "Σχεδιασμός και διαχείριση χώρων ώστε να προσφέρουν λιγότερες ευκαιρίες για εγκλήματα και οι χρήστες τους να αισθάνονται μεγαλύτερη ασφάλεια.",
    "Crisis communication": "Επικοινωνία σε καταστάσεις κρίσης",
    "Informing the public and working with partners before, during and after a crisis.": "Ενημέρωση του κοινού και συνεργασία με τους εταίρους πριν, κατά τη διάρκεια και μετά από μια κρίση.",
    "Ethical use of security technologies": "Ηθική χρήση τεχνολογιών ασφάλειας",
    "Choosing and using security technologies lawfully, proportionately and with respect for fundamental rights.": "Επιλογή και χρήση τεχνολογιών ασφάλειας με νόμιμο και αναλογικό τρόπο, με σεβασμό στα θεμελιώδη δικαιώματα.",
}

INDEX = {
    "Training": "Εκπαίδευση",
    "training": "ekpaideusi",
    "Free online courses for the people who protect Europe's public spaces.": "Δωρεάν διαδικτυακά μαθήματα για όσους προστατεύουν τους δημόσιους χώρους της Ευρώπης.",
    "Four free, self-paced courses on protecting public spaces while keeping them open to all: vulnerability analysis, crime prevention through environmental design, crisis communication and the ethical use of security technologies. Each course ends with a quiz.": "Τέσσερα δωρεάν μαθήματα, που παρακολουθείτε με τον δικό σας ρυθμό, για την προστασία των δημόσιων χώρων ώστε να παραμένουν ανοιχτοί σε όλους: ανάλυση ευπάθειας, πρόληψη του εγκλήματος μέσω περιβαλλοντικού σχεδιασμού, επικοινωνία σε καταστάσεις κρίσης και ηθική χρήση τεχνολογιών ασφάλειας. Κάθε μάθημα ολοκληρώνεται με ένα κουίζ.",
}
