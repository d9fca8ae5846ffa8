# ruff: noqa: E501
"""Batch 10 — questions about the programme with no personal fact (kind `question`), each asked three
times: the age limit, foreign diplomas, cost and length, where it takes place, a parent's general question,
an adviser asking for the criteria. Each set: what is asked (its comment), then three tellings.
"""

from kit import M, question
from registers import but, told

_q = question()
_en = question(language="en")

SETS = [
    # Asked: is there an age limit?
    told(
        "question: age limit",
        ("formal", M(
            frm="Bérénice Aubry <berenice.aubry@example.org>",
            subject="Renseignements sur le programme",
            date="03 14:00",
            body="""Madame, Monsieur,

Ayant pris connaissance de votre programme d'accompagnement vers l'emploi dans l'économie sociale et solidaire, je me permets de vous demander s'il existe une limite d'âge pour y participer, les informations disponibles sur votre site ne me permettant pas de le déterminer.

Je vous remercie par avance de votre réponse et vous prie d'agréer mes salutations distinguées.

Bérénice Aubry""",
            truth=_q)),
        ("plain", M(
            frm="Florent Michaud <florent.michaud@example.net>",
            subject="Âge",
            date="04 12:30",
            body="""Bonjour,

Petite question : il faut avoir quel âge maximum pour faire Pro'pulse ?

Merci,
Florent""",
            truth=_q)),
        ("sms", M(
            frm="kenza.b@example.com",
            subject="",
            date="05 23:50",
            body="""slt y a un age max pr pro pulse ?? merci""",
            truth=_q)),
    ),
    # Asked: are foreign diplomas accepted?
    told(
        "question: foreign diplomas",
        ("formal", M(
            frm="Olivier Bertin <olivier.bertin@example.com>",
            subject="Question relative aux diplômes étrangers",
            date="06 09:30",
            body="""Madame, Monsieur,

Je souhaiterais savoir si les diplômes obtenus hors de France, et notamment hors de l'Union européenne, sont pris en considération dans l'examen des candidatures à votre programme, ou si une attestation de comparabilité délivrée par ENIC-NARIC est exigée.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Bertin""",
            truth=_q)),
        ("plain", M(
            frm="Awa Ndiaye <awa.ndiaye@example.org>",
            subject="Diplôme étranger ?",
            date="07 13:15",
            body="""Bonjour,

Est-ce que Pro'pulse accepte les diplômes étrangers, ou seulement les diplômes français ?

Bonne journée""",
            truth=_q)),
        ("english", M(
            frm="Daniel Brooks <daniel.brooks@example.net>",
            subject="Foreign degrees",
            date="08 10:05",
            body="""Hello,

Does Pro'pulse accept degrees from outside France? Do you need an official comparability statement?

Thanks,
Daniel""",
            truth=_en)),
    ),
    # Asked: does it cost anything, and how long does it last?
    told(
        "question: cost and length",
        ("formal", M(
            frm="Hélène Charpentier <helene.charpentier@example.net>",
            subject="Demande d'information",
            date="09 11:00",
            body="""Madame, Monsieur,

Je me permets de vous solliciter afin d'obtenir quelques précisions sur votre programme : pourriez-vous m'indiquer sa durée totale, le rythme des séances, ainsi que l'éventuelle participation financière demandée aux bénéficiaires ?

Avec mes remerciements, je vous prie d'agréer mes salutations distinguées.

Hélène Charpentier""",
            truth=_q)),
        ("plain", M(
            frm="Sami Ouali <sami.ouali@example.com>",
            subject="Pro'pulse c'est combien ?",
            date="10 15:40",
            body="""Bonjour,

C'est payant Pro'pulse ? Et ça dure combien de temps ?

Merci !""",
            truth=_q)),
        ("sms", M(
            frm="lou.k@example.net",
            subject="question",
            date="11 22:30",
            body="""bjr c payant ou gratuit pro pulse? et ca dure cb de tps? mrc""",
            truth=_q)),
    ),
    # Asked: where does it take place, can it be done remotely?
    told(
        "question: place and remote attendance",
        ("formal", M(
            frm="Gérard Poulain <gerard.poulain@example.org>",
            subject="Modalités du programme",
            date="12 10:10",
            body="""Madame, Monsieur,

Résidant en zone rurale, loin des grandes métropoles, je souhaiterais savoir dans quelles villes se déroulent les séances de votre programme et s'il est envisageable de les suivre à distance.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Gérard Poulain""",
            truth=_q)),
        ("plain", M(
            frm="Céline Marais <celine.marais@example.com>",
            subject="Où ?",
            date="13 14:25",
            body="""Bonjour,

Le programme a lieu où exactement ? On peut le suivre en visio ?

Céline""",
            truth=_q)),
        ("english", M(
            frm="Tom Harris <tom.harris@example.org>",
            subject="Where does it take place?",
            date="14 09:40",
            body="""Hi,

Where do the Pro'pulse sessions take place? Is there an online option?

Cheers,
Tom""",
            truth=_en)),
    ),
    # Asked (a parent, nothing said about the child): how does one apply?
    told(
        "question: how to apply, asked by a parent with no fact about the child",
        ("formal", M(
            frm="Monique Leblanc <monique.leblanc@example.net>",
            subject="Renseignements",
            date="15 10:00",
            body="""Madame, Monsieur,

Une amie m'ayant parlé de votre programme, je souhaiterais connaître la marche à suivre pour y présenter une candidature, ainsi que les pièces qu'il convient de fournir, afin de pouvoir en informer mon fils.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Monique Leblanc""",
            truth=_q)),
        ("plain", M(
            frm="Laurent Guichard <laurent.guichard@example.com>",
            subject="Comment s'inscrire",
            date="16 12:50",
            body="""Bonjour,

Comment on s'inscrit à Pro'pulse ? C'est pour ma fille, elle m'a demandé de me renseigner. Il faut envoyer quoi ?

Merci,
Laurent Guichard""",
            truth=_q)),
        ("third_person", M(
            frm="Patricia Renaud <patricia.renaud@example.org>",
            subject="Pour mon neveu",
            date="17 11:20",
            body="""Bonjour,

Je me renseigne pour mon neveu : quelle est la procédure pour candidater, et quels documents faut-il joindre ?

Cordialement,
Patricia Renaud""",
            truth=_q)),
    ),
    # Asked (an adviser, about no one in particular): what are the criteria?
    told(
        "question: the criteria, asked by an adviser for the young people she follows",
        ("formal", M(
            frm="Nathalie Girard <nathalie.girard@missionlocale.example.com>",
            subject="Critères d'admission",
            date="18 09:00",
            body="""Madame, Monsieur,

Conseillère en insertion professionnelle, je souhaiterais connaître précisément les critères d'admission de votre programme (niveau de diplôme, ancienneté du diplôme, situation actuelle) afin de pouvoir orienter vers vous les jeunes que j'accompagne.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Nathalie Girard
Mission Locale""",
            truth=_q)),
        ("plain", M(
            frm="Jérôme Masse <jerome.masse@example.net>",
            subject="Conditions",
            date="19 16:05",
            body="""Bonjour,

Quelles sont les conditions pour entrer dans Pro'pulse ? Il faut quel diplôme ?

Jérôme""",
            truth=_q)),
        ("english", M(
            frm="Priya Shah <priya.shah@example.com>",
            subject="Eligibility criteria",
            date="20 10:45",
            body="""Hello,

I work at a university careers service. Could you tell me the eligibility criteria for Pro'pulse (degree level, how recent, current situation), so I can refer students to you?

Best regards,
Priya Shah""",
            truth=but(_en))),
    ),
]
