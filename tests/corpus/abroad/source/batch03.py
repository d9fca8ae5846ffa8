# ruff: noqa: E501
"""Batch 3: Spain, Italy, Portugal, Germany, the United Kingdom, Romania."""

from abroad import C
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Cell: Espagne × abroad_then_france × mm/yyyy — grado (level inferable only)
    C("Espagne", "abroad_then_france", "mm/yyyy", M(
        frm="Lucía Fernández <lucia.fernandez@example.es>",
        subject="Candidatura Pro'pulse",
        date="02 11:05",
        body="""Bonjour,

Je m'appelle Lucía, j'ai fait un grado en Trabajo Social à l'Université de Grenade (06/2025) et je suis à Toulouse depuis septembre pour améliorer mon français.

Je cherche un travail dans une association qui accompagne les personnes sans-abri.

Muchas gracias, pardon, merci beaucoup !
Lucía Fernández""",
        truth=app("Lucía", "Fernández", phone=None, bac="*", grad="2025-06", status="grado_trabajo_social"),
    )),
    # Cell: Espagne × straight × month_year — máster
    C("Espagne", "straight", "month_year", M(
        frm="Pablo Martínez Ruiz <pablo.martinez@example.es>",
        subject="Solicitud / Candidature",
        date="03 17:25",
        body="""Bonjour,

Je suis titulaire d'un máster en économie sociale de l'Université de Valence, obtenu en septembre 2025. Je cherche un emploi dans une coopérative en France, près de Perpignan de préférence.

Cordialement,
Pablo Martínez Ruiz
+34 612 45 78 09""",
        truth=app("Pablo", "Martínez Ruiz", phone="+34612457809", bac=5, grad="2025-09", status="master_valencia"),
    )),
    # Cell: Espagne × equivalence_pending × promo — ciclo superior, writer says BTS level
    C("Espagne", "equivalence_pending", "promo", M(
        frm="Carmen López <carmen.lopez@example.es>",
        subject="candidature",
        date="04 09:40",
        body="""Bonjour,

J'ai un ciclo formativo de grado superior en intégration sociale (promoción 2025), c'est l'équivalent d'un BTS chez vous d'après le centre ENIC-NARIC, la reconnaissance officielle est en cours.

Je voudrais travailler comme intervenante sociale dans une association à Bayonne.

Carmen López""",
        truth=app("Carmen", "López", phone=None, bac=2, grad="2025", status="cfgs_bts_level"),
    )),
    # Cell: Espagne × gap_year × il_y_a — grado, Erasmus, internship now
    C("Espagne", "gap_year", "il_y_a", M(
        frm="Javier Sánchez <javier.sanchez@example.com>",
        subject="Pro'pulse",
        date="04 20:55",
        body="""Hola,

Grado en ADE terminé il y a un an, une année sabbatique ensuite, et maintenant je fais un stage Erasmus+ (prácticas) de six mois dans une coopérative à Lyon, jusqu'en avril.

Après, je voudrais rester dans l'ESS en France.

Javier""",
        truth=app("Javier", "Sánchez", phone=None, bac="*", grad="2025", failing=("not_internship",), status="grado_erasmus_stage"),
    )),
    # Cell: Italie × abroad_then_france × session — laurea triennale, Italian turns
    C("Italie", "abroad_then_france", "session", M(
        frm="Giulia Romano <giulia.romano@example.it>",
        subject="Candidatura per Pro'pulse",
        date="05 10:15",
        body="""Buongiorno,

Je me permets de vous écrire car j'ai pris la laurea triennale en sciences de l'éducation à Bologne, à la session de juillet 2025 (110 e lode !). Maintenant j'habite à Marseille et je cherche un travail dans une coopérative sociale, comme chez nous les cooperative sociali.

Je vous remercie beaucoup et je reste à disposition.
Giulia Romano
+39 347 812 3390""",
        truth=app("Giulia", "Romano", phone="+393478123390", bac=3, grad="2025-07", status="laurea_triennale"),
    )),
    # Cell: Italie × straight × dd/mm/yyyy — laurea magistrale, aim elsewhere
    C("Italie", "straight", "dd/mm/yyyy", M(
        frm="Marco Bianchi <marco.bianchi@example.it>",
        subject="Candidatura",
        date="05 16:00",
        body="""Bonjour,

Laurea magistrale in Economia e Finanza (Bocconi, 20/03/2026). Je cherche un poste d'analyste dans une banque d'affaires à Paris et j'aimerais un coaching pour les entretiens en français.

Marco Bianchi""",
        truth=app("Marco", "Bianchi", phone=None, bac=5, grad="2026-03", failing=("job_seeking_ess",), status="bocconi_banque"),
    )),
    # Cell: Italie × dropout_resumed × none — only maturità
    C("Italie", "dropout_resumed", "none", M(
        frm="Alessandro Ricci <alessandro.ricci@example.it>",
        subject="info",
        date="06 12:30",
        body="""Ciao,

ho il diploma di maturità, ho iniziato l'università a Torino ma ho smesso. Ora sono a Nizza e vorrei lavorare in un'associazione. Je parle un peu français. Je peux venir chez vous ?

Alessandro""",
        truth=app("Alessandro", "Ricci", phone=None, bac=0, grad=None, failing=("degree_level",), language="it", status="maturita_only"),
    )),
    # Cell: Italie × phd × annee_univ — dottorato defended, aim present
    C("Italie", "phd", "annee_univ", M(
        frm="Chiara Esposito <chiara.esposito@example.net>",
        subject="Candidature - docteure",
        date="06 18:45",
        body="""Bonjour,

J'ai terminé mon dottorato di ricerca en sociologie à Naples (XXXVII ciclo, anno accademico 2024-2025), soutenu avec succès. Installée à Grenoble, je vise un poste de chargée d'études dans une fédération associative ou une mutuelle.

Chiara Esposito
07 51 82 66 19""",
        truth=app("Chiara", "Esposito", phone="+33751826619", bac=8, grad="2025", status="dottorato"),
    )),
    # Cell: Portugal × abroad_then_france × mm/yyyy — licenciatura
    C("Portugal", "abroad_then_france", "mm/yyyy", M(
        frm="Beatriz Almeida <beatriz.almeida@example.pt>",
        subject="Candidatura",
        date="07 09:10",
        body="""Bonjour,

Licenciatura en Serviço Social (Université de Coimbra, 07/2024), puis je suis venue en France. Je cherche un emploi d'assistante sociale dans une association, mais je ne sais pas si mon diplôme est reconnu.

Beatriz Almeida
06 28 41 77 30""",
        truth=app("Beatriz", "Almeida", phone="+33628417730", bac=3, grad="2024-07", failing=("graduation_recent",), status="licenciatura_old"),
    )),
    # Cell: Portugal × double_cursus × last_summer — English, mestrado
    C("Portugal", "double_cursus", "last_summer", M(
        frm="Tiago Costa <tiago.costa@example.pt>",
        subject="Application - social economy",
        date="07 15:20",
        body="""Hi,

I did a licenciatura in Economics in Porto and then a mestrado in Social Economy at ISCTE, which I finished last summer. I'd like to work for a French cooperative or a social enterprise; I speak French decently.

Best,
Tiago Costa""",
        truth=app("Tiago", "Costa", phone=None, bac=5, grad="2026", language="en", status="mestrado_last_summer"),
    )),
    # Cell: Portugal × straight × an_dernier — licenciatura, career change? no, CDI now
    C("Portugal", "straight", "an_dernier", M(
        frm="Rita Ferreira <rita.ferreira@example.com>",
        subject="Pro'pulse",
        date="08 11:45",
        body="""Bonjour,

Licenciatura en gestion à Lisbonne, terminée l'année dernière. Depuis février je suis en CDI comme vendeuse dans une boutique de prêt-à-porter à Paris, mais je voudrais un emploi dans une association.

Rita Ferreira""",
        truth=app("Rita", "Ferreira", phone=None, bac=3, grad="2025", unknown=("not_career_change",), status="licenciatura_cdi_now"),
    )),
    # Cell: Allemagne × abroad_then_france × dd/mm/yyyy — Bachelor
    C("Allemagne", "abroad_then_france", "dd/mm/yyyy", M(
        frm="Lena Schneider <lena.schneider@example.de>",
        subject="Bewerbung / Candidature Pro'pulse",
        date="08 17:30",
        body="""Bonjour,

J'ai obtenu mon Bachelor of Arts en Soziale Arbeit à la Hochschule de Fribourg-en-Brisgau (Zeugnis du 30.09.2025, donc 30/09/2025). Je vis à Strasbourg et je cherche un emploi dans une association d'aide aux réfugiés.

Mit freundlichen Grüßen, cordialement,
Lena Schneider
+49 170 552 3318""",
        truth=app("Lena", "Schneider", phone="+491705523318", bac=3, grad="2025-09", status="bachelor_soziale_arbeit"),
    )),
    # Cell: Allemagne × straight × mm/yyyy — Ausbildung only (vocational, EQF 4: the bac's level; label corrected after scoring)
    C("Allemagne", "straight", "mm/yyyy", M(
        frm="Jonas Becker <jonas.becker@example.de>",
        subject="Candidature",
        date="09 08:30",
        body="""Bonjour,

J'ai fait une Ausbildung de trois ans comme Kaufmann für Büromanagement (fin 06/2025), sans Abitur. Je ne sais pas à quel niveau ça correspond en France. Je voudrais travailler dans une coopérative à Strasbourg.

Jonas Becker""",
        truth=app("Jonas", "Becker", phone=None, bac=0, grad="2025-06", failing=("degree_level",), status="ausbildung_bac_level"),
    )),
    # Cell: Allemagne × double_cursus × month_year — Master, German turns, fixed-term
    C("Allemagne", "double_cursus", "month_year", M(
        frm="Felix Wagner <felix.wagner@example.de>",
        subject="Candidature pour Pro'pulse",
        date="09 14:50",
        body="""Bonjour Madame, Monsieur,

Hiermit... pardon : par la présente je pose ma candidature. J'ai fait un double master franco-allemand (Sarrebruck et Metz) en études européennes, fini en février 2026. Actuellement je n'ai pas d'emploi et je cherche une place dans une fondation ou une association européenne d'éducation populaire.

Mit freundlichen Grüßen
Felix Wagner""",
        truth=app("Felix", "Wagner", phone=None, bac=5, grad="2026-02", status="double_master_dfh"),
    )),
    # Cell: Royaume-Uni × abroad_then_france × class_of — BA, English
    C("Royaume-Uni", "abroad_then_france", "class_of", M(
        frm="Hannah Clarke <hannah.clarke@example.co.uk>",
        subject="Pro'pulse application",
        date="10 10:40",
        body="""Hello,

University of Leeds, BA French and Sociology, Class of 2026. I've just moved to Lyon and I'm looking for a job in a charity or a non-profit, ideally in youth work.

Best wishes,
Hannah Clarke
+44 7700 900412""",
        truth=app("Hannah", "Clarke", phone="+447700900412", bac=3, grad="2026", language="en", status="leeds_class_2026"),
    )),
    # Cell: Royaume-Uni × straight × last_summer — MSc, still on a volunteering? no: A-level only? keep MSc, no aim
    C("Royaume-Uni", "straight", "last_summer", M(
        frm="James Patel <james.patel@example.co.uk>",
        subject="Coaching for graduates",
        date="10 18:05",
        body="""Hi,

I finished my MSc in Data Science at King's College London last summer and moved to Paris with my partner. I'm looking for my first job and I heard you coach recent graduates. Could I join?

James Patel""",
        truth=app("James", "Patel", phone=None, bac=5, grad="2026", unknown=("job_seeking_ess",), language="en", status="msc_no_aim"),
    )),
    # Cell: Royaume-Uni × gap_year × class_of — A-levels only, gap year
    C("Royaume-Uni", "gap_year", "class_of", M(
        frm="Ellie Morgan <ellie.morgan@example.co.uk>",
        subject="Can I apply?",
        date="11 12:20",
        body="""Hi!

I finished my A-levels (Class of 2025) and took a gap year working as an au pair in Bordeaux. I'd like to get a job in a French charity rather than go to uni straight away.

Ellie""",
        truth=app("Ellie", "Morgan", phone=None, bac=0, grad="2025", failing=("degree_level",), language="en", status="a_levels_gap"),
    )),
    # Cell: Royaume-Uni × phd × dd/mm/yyyy — PhD in progress (writing up)
    C("Royaume-Uni", "phd", "dd/mm/yyyy", M(
        frm="Dr-to-be Samuel Okafor <samuel.okafor@example.com>",
        subject="Application - PhD candidate",
        date="11 19:30",
        body="""Hello,

I'm a PhD candidate at the University of Edinburgh (social policy), writing up; my viva is scheduled on 15/03/2027. I also hold an MSc (2022). After the viva I want to work for a French non-profit on housing.

Samuel Okafor""",
        truth=app("Samuel", "Okafor", phone=None, bac=5, grad="2022", failing=("graduation_recent", "studies_finished"), language="en", status="phd_writing_up"),
    )),
    # Cell: Roumanie × abroad_then_france × annee_univ — licență
    C("Roumanie", "abroad_then_france", "annee_univ", M(
        frm="Ioana Popescu <ioana.popescu@example.ro>",
        subject="Candidature au programme",
        date="12 09:35",
        body="""Bonjour,

J'ai obtenu ma licență (licence) en assistance sociale à l'Université de Bucarest à la fin de l'année universitaire 2025-2026. Je suis arrivée à Paris en septembre, je cherche un emploi dans une association d'aide aux familles roms ou d'accès aux droits.

Ioana Popescu
07 45 63 18 02""",
        truth=app("Ioana", "Popescu", phone="+33745631802", bac=3, grad="2026", status="licenta"),
    )),
    # Cell: Roumanie × straight × il_y_a — master, Romanian turns, old
    C("Roumanie", "straight", "il_y_a", M(
        frm="Andrei Ionescu <andrei.ionescu@example.ro>",
        subject="Demande",
        date="12 15:00",
        body="""Bonjour,

Je vous écris pour demander si je peux faire partie du programme. Moi j'ai terminé le master en management à Cluj il y a trois ans, et après je suis venu en France. Je veux travailler dans une coopérative, c'est ce qui me plaît.

Merci beaucoup, bonne journée à vous.
Andrei Ionescu""",
        truth=app("Andrei", "Ionescu", phone=None, bac=5, grad="2023", failing=("graduation_recent",), status="cluj_master_3_years"),
    )),
    # Cell: Roumanie × equivalence_pending × session — licență, service civique over
    C("Roumanie", "equivalence_pending", "session", M(
        frm="Elena Dumitru <elena.dumitru@example.net>",
        subject="Candidature Pro'pulse",
        date="13 11:15",
        body="""Bonjour,

Licence en sciences de la communication (Iași, sesiunea de licență de iulie 2025, soit la session de juillet 2025), équivalence demandée au centre ENIC-NARIC. Mon service civique dans une radio associative s'est terminé en octobre.

Je cherche un emploi de chargée de communication dans une association.

Elena Dumitru""",
        truth=app("Elena", "Dumitru", phone=None, bac=3, grad="2025-07", status="ro_sc_over"),
    )),
    # Cell: Italie × n/a × none — question in Italian-flavoured French
    C("Italie", "n/a", "none", M(
        frm="Francesca Greco <francesca.greco@example.it>",
        subject="Informazioni",
        date="13 17:45",
        body="""Bonjour,

Je voulais savoir si Pro'pulse est payant et combien de séances il y a. Aussi, faut-il parler bien le français ?

Grazie mille""",
        truth=question(),
    )),
    # Cell: Royaume-Uni × n/a × none — English question on degree level
    C("Royaume-Uni", "n/a", "none", M(
        frm="Oliver Hughes <oliver.hughes@example.co.uk>",
        subject="HND accepted?",
        date="14 10:25",
        body="""Hello,

Would a British HND count as the "bac+2" level you require? And do you accept people who live in the UK but plan to move to France?

Cheers""",
        truth=question(language="en"),
    )),
    # Cell: Allemagne × n/a × none — partner (DFJW/OFAJ-like office)
    C("Allemagne", "n/a", "none", M(
        frm="Katrin Vogel - Deutsch-Französisches Netzwerk <k.vogel@dfn.example.de>",
        subject="Invitation : forum franco-allemand de l'économie sociale",
        date="14 16:10",
        body="""Bonjour,

Nous organisons le 20 janvier à Strasbourg un forum franco-allemand de l'économie sociale. Nous serions heureux que Pro'pulse y tienne un stand pour présenter son accompagnement.

Bien cordialement,
Katrin Vogel""",
        truth=other(),
    )),
    # Cell: Espagne × n/a × none — newsletter
    C("Espagne", "n/a", "none", M(
        frm="Red Europea de Economía Social <boletin@rees.example.es>",
        subject="Boletín noviembre 2026 / Lettre de novembre",
        date="15 06:30",
        headers={"List-Unsubscribe": "<mailto:baja@rees.example.es>", "Precedence": "list", "List-Id": "<boletin.rees.example.es>"},
        body="""Noticias de la economía social europea / Nouvelles de l'économie sociale européenne

- Appel à projets 2027
- Webinaire : coopératives et transition énergétique

Darse de baja / Se désinscrire : baja@rees.example.es""",
        truth=newsletter(),
    )),
    # Cell: Portugal × n/a × none — auto-reply in Portuguese
    C("Portugal", "n/a", "none", M(
        frm="Beatriz Almeida <beatriz.almeida@example.pt>",
        subject="Resposta automática: Votre candidature à Pro'pulse",
        date="15 12:00",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        body="""Olá, estou de férias até 1 de dezembro. Responderei quando voltar.
Bonjour, je suis en congé jusqu'au 1er décembre.""",
        truth=auto_reply(),
    )),
    # Cell: Roumanie × n/a × none — reply in our thread (question on slot)
    C("Roumanie", "n/a", "none", M(
        frm="Ioana Popescu <ioana.popescu@example.ro>",
        subject="Re: Votre candidature à Pro'pulse",
        date="16 09:40",
        headers={"In-Reply-To": "<7712054.0318@animafac.net>", "References": "<7712054.0318@animafac.net>"},
        body="""Bonjour,

Est-ce que l'entretien peut se faire en visio ? Je travaille le mardi.

Merci, Ioana

> Bonjour Ioana, nous vous proposons un entretien mardi 8 décembre à 11h.""",
        truth=reply(),
    )),
    # Cell: Italie × n/a × none — employer (Italian social cooperative in France)
    C("Italie", "n/a", "none", M(
        frm="Cooperativa Ponte <lavoro@cooponte.example.it>",
        subject="Nous recrutons à Nice : éducateur·rice",
        date="16 15:30",
        body="""Bonjour,

Notre coopérative sociale ouvre une antenne à Nice et recrute deux éducateur·rices (DEES ou équivalent). Pouvez-vous transmettre l'annonce à vos participants ?

Grazie, merci,
Paola Conti, responsable recrutement""",
        truth=other(),
    )),
    # Cell: Espagne × dropout_resumed × annee_univ — CV attached, grado after a break
    C("Espagne", "dropout_resumed", "annee_univ", M(
        frm="Nerea Etxeberria <nerea.etxeberria@example.es>",
        subject="CV - Pro'pulse",
        date="17 10:20",
        body="""Bonjour, je vous envoie mon CV. Je cherche un emploi dans une coopérative au Pays basque français.
Nerea""",
        cv=CV("pdf", "CV_Nerea_Etxeberria.pdf", """Nerea ETXEBERRIA
Hendaye - +34 688 21 40 55 - nerea.etxeberria@example.es
FORMATION
Curso académico 2025-2026 : Grado en Educación Social, Universidad del País Vasco (obtenu)
2019-2021 : Grado en Derecho, interrompu
EXPÉRIENCE
2021-2023 : serveuse, Saint-Sébastien
Bénévole, Banco de Alimentos de Gipuzkoa
LANGUES
Basque, espagnol, français (B2)"""),
        truth=app("Nerea", "Etxeberria", phone="+34688214055", bac="*", grad="2026", info_in="cv", status="grado_cv_resumed"),
    )),
    # Cell: Allemagne × gap_year × an_dernier — Master, service civique (VSI? no, Freiwilliges Soziales Jahr done)
    C("Allemagne", "gap_year", "an_dernier", M(
        frm="Paul Hartmann <paul.hartmann@example.de>",
        subject="Candidature",
        date="17 16:45",
        body="""Bonjour,

Master en sciences politiques à Heidelberg, terminé l'an dernier. Ensuite j'ai fait un service civique en France, dans une association de quartier à Lille ; il se termine en janvier.

Je veux ensuite travailler dans l'ESS en France. Je m'inscris dès maintenant ?

Paul Hartmann""",
        truth=app("Paul", "Hartmann", phone=None, bac=5, grad="2025", failing=("not_service_civique",), status="de_master_sc_now"),
    )),
    # Cell: Royaume-Uni × double_cursus × mm/yyyy — French-British double degree, career change? no; aim ESS
    C("Royaume-Uni", "double_cursus", "mm/yyyy", M(
        frm="Chloé Martin-Evans <chloe.martinevans@example.com>",
        subject="Candidature Pro'pulse",
        date="18 08:55",
        body="""Bonjour,

Double diplôme licence de droit (Paris-Nanterre) et LLB (University of Kent), obtenu en 07/2026. Je souhaite travailler comme juriste dans une association d'accès au droit ou une fédération de l'ESS.

Chloé Martin-Evans
06 90 12 38 47""",
        truth=app("Chloé", "Martin-Evans", phone="+33690123847", bac=3, grad="2026-07", status="double_llb"),
    )),
    # Cell: Portugal × dropout_resumed × il_y_a — licenciatura in progress after resuming
    C("Portugal", "dropout_resumed", "il_y_a", M(
        frm="Diogo Pereira <diogo.pereira@example.pt>",
        subject="Pro'pulse",
        date="18 14:15",
        body="""Bonjour,

J'ai repris ma licence à distance (Universidade Aberta) il y a huit mois, après l'avoir abandonnée en 2020. Il me reste un an. En attendant je voudrais trouver un emploi dans une association à Lyon.

Diogo Pereira""",
        truth=app("Diogo", "Pereira", phone=None, bac="*", grad=None, failing=("studies_finished",), status="pt_licence_resumed_now"),
    )),
    # Cell: Italie × gap_year × mm/yyyy — laurea magistrale, service civique universale done
    C("Italie", "gap_year", "mm/yyyy", M(
        frm="Sara Colombo <sara.colombo@example.it>",
        subject="Candidature",
        date="19 11:00",
        body="""Bonjour,

Laurea magistrale en coopération internationale (Pavie, 11/2024), ensuite un an de servizio civile universale en Italie, terminé en décembre 2025. Je vis à Lyon et je cherche un emploi dans une ONG ou une association.

Sara Colombo""",
        truth=app("Sara", "Colombo", phone=None, bac=5, grad="2024-11", status="laurea_edge_pass"),
    )),
    # Cell: Espagne × phd × session — doctorate, aim absent
    C("Espagne", "phd", "session", M(
        frm="Dr. Miguel Torres <miguel.torres@example.es>",
        subject="Candidature",
        date="19 17:35",
        body="""Bonjour,

Doctorat en histoire (Salamanque), lecture de thèse lors de la session de février 2026, cum laude. Je suis à Bordeaux et je cherche mon premier emploi hors de l'université.

Miguel Torres""",
        truth=app("Miguel", "Torres", phone=None, bac=8, grad="2026-02", unknown=("job_seeking_ess",), status="doctorado_no_aim"),
    )),
    # Cell: Roumanie × double_cursus × month_year — master + job CDI in IT now
    C("Roumanie", "double_cursus", "month_year", M(
        frm="Mihai Stan <mihai.stan@example.ro>",
        subject="Candidature Pro'pulse",
        date="20 09:15",
        body="""Bonjour,

Développeur en CDI depuis 2017 après un master d'informatique à Bucarest, j'ai repris en formation continue un master de gestion à Paris-Dauphine (obtenu en juin 2025) pour me reconvertir : je quitte l'informatique pour devenir chargé de mission dans une association.

Mihai Stan""",
        truth=app("Mihai", "Stan", phone=None, bac=5, grad="2025-06", failing=("not_career_change",), status="ro_dev_reconversion"),
    )),
]
