"""Spanish translations of the training demo content, keyed by the English segment."""

DOMAINS = {
    "Vulnerability analysis of public spaces": "Análisis de la vulnerabilidad de los espacios públicos",
    "Assessing how exposed a public space is to crime, accidents and attacks, and which measures reduce the risk without closing it.": "Evaluar en qué medida un espacio público está expuesto a la delincuencia, los accidentes y los atentados, y qué medidas reducen el riesgo sin cerrarlo.",
    "Crime prevention through environmental design (CPTED)": "Prevención del delito mediante el diseño ambiental (CPTED)",
    "Designing and managing places so that they offer fewer opportunities for crime and feel safer to use.": "Diseñar y gestionar los lugares para que ofrezcan menos oportunidades al delito y resulten más seguros para quienes los usan.",
    "Crisis communication": "Comunicación de crisis",
    "Informing the public and working with partners before, during and after a crisis.": "Informar a la población y trabajar con los socios antes, durante y después de una crisis.",
    "Ethical use of security technologies": "Uso ético de las tecnologías de seguridad",
    "Choosing and using security technologies lawfully, proportionately and with respect for fundamental rights.": "Elegir y utilizar las tecnologías de seguridad de forma legal, proporcionada y respetuosa con los derechos fundamentales.",
}

INDEX = {
    "Training": "Formación",
    "training": "formacion",
    "Free online courses for the people who protect Europe's public spaces.": "Cursos en línea gratuitos para quienes protegen los espacios públicos de Europa.",
    "Four free, self-paced courses on protecting public spaces while keeping them open to all: vulnerability analysis, crime prevention through environmental design, crisis communication and the ethical use of security technologies. Each course ends with a quiz.": "Cuatro cursos gratuitos, para seguir a su propio ritmo, sobre cómo proteger los espacios públicos manteniéndolos abiertos a todos: análisis de la vulnerabilidad, prevención del delito mediante el diseño ambiental, comunicación de crisis y uso ético de las tecnologías de seguridad. Cada curso termina con un cuestionario.",
}
