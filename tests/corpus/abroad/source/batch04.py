# ruff: noqa: E501
"""Batch 4: Brazil, Lebanon, Madagascar, Haiti, Poland, Ukraine, Vietnam, Guinea; and the inbox around them."""

from abroad import C
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Cell: Brésil × abroad_then_france × mm/yyyy — bacharelado (level inferable only)
    C("Brésil", "abroad_then_france", "mm/yyyy", M(
        frm="Ana Clara Souza <anaclara.souza@example.com.br>",
        subject="Candidatura - Pro'pulse",
        date="02 13:40",
        body="""Olá ! Bonjour !

Je suis brésilienne, j'ai fait un bacharelado en Administration publique à l'Université de São Paulo (colação de grau en 03/2025). Je vis à Paris depuis un an avec mon mari.

Je cherche un emploi dans une association ou une coopérative d'économie solidaire, comme les cooperativas populares que je connais bien.

Beijos, bises !
Ana Clara Souza""",
        truth=app("Ana Clara", "Souza", phone=None, bac="*", grad="2025-03", status="bacharelado"),
    )),
    # Cell: Brésil × straight × il_y_a — mestrado, aim ESS, English
    C("Brésil", "straight", "il_y_a", M(
        frm="Lucas Oliveira <lucas.oliveira@example.com>",
        subject="Applying to Pro'pulse",
        date="03 15:05",
        body="""Hello,

I completed my master's (mestrado) in Social Economics at UFRJ about ten months ago. I now live in Marseille and I'm looking for a job at a cooperative or a solidarity finance organisation.

Obrigado,
Lucas Oliveira
+33 6 51 30 22 94""",
        truth=app("Lucas", "Oliveira", phone="+33651302294", bac=5, grad="2026-01", language="en", status="mestrado_10_months"),
    )),
    # Cell: Brésil × dropout_resumed × none — tecnólogo in progress
    C("Brésil", "dropout_resumed", "none", M(
        frm="Rafael Lima <rafael.lima@example.net>",
        subject="inscrição / inscription",
        date="04 18:50",
        body="""Bonjour,

J'ai arrêté la faculté au Brésil pour travailler, et maintenant je reprends un curso tecnólogo en gestion de l'environnement à distance, je suis encore en deuxième semestre. Je voudrais travailler dans une ressourcerie en France.

Rafael""",
        truth=app("Rafael", "Lima", phone=None, bac="*", grad=None, failing=("studies_finished",), status="tecnologo_now"),
    )),
    # Cell: Liban × abroad_then_france × annee_univ — master USJ
    C("Liban", "abroad_then_france", "annee_univ", M(
        frm="Maya Khoury <maya.khoury@example.com>",
        subject="Candidature au programme Pro'pulse",
        date="05 09:20",
        body="""Bonjour,

Titulaire d'un master en travail social de l'Université Saint-Joseph de Beyrouth (année universitaire 2024-2025), je suis arrivée en France après la guerre de 2024... enfin, après tout ce qui s'est passé.

Je souhaite travailler dans une association d'accompagnement des personnes exilées.

Maya Khoury
07 67 30 41 52""",
        truth=app("Maya", "Khoury", phone="+33767304152", bac=5, grad="2025", status="usj_master"),
    )),
    # Cell: Liban × equivalence_pending × mm/yyyy — TS (technicien supérieur), level unclear
    C("Liban", "equivalence_pending", "mm/yyyy", M(
        frm="Georges Haddad <georges.haddad@example.net>",
        subject="candidature",
        date="05 20:15",
        body="""Bonjour,

J'ai un diplôme de TS (technicien supérieur) en comptabilité de l'enseignement technique libanais, obtenu 07/2025. Je ne sais pas s'il est comparable à un BTS ou moins, j'attends la réponse de France Éducation International.

Je cherche un emploi de comptable dans une mutuelle ou une association.

Georges Haddad
06 71 42 09 86""",
        truth=app("Georges", "Haddad", phone="+33671420986", bac="*", grad="2025-07", unknown=("degree_level",), status="liban_ts_unclear"),
    )),
    # Cell: Liban × double_cursus × dd/mm/yyyy — licence LU + master France, internship now
    C("Liban", "double_cursus", "dd/mm/yyyy", M(
        frm="Rami Saab <rami.saab@example.org>",
        subject="Candidature",
        date="06 10:45",
        body="""Bonjour,

Licence en gestion à l'Université libanaise puis master 2 à Aix-Marseille, diplôme daté du 21/09/2026. Je fais un stage dans une fondation à Marseille jusqu'au 31/01/2027, après quoi je cherche un emploi dans l'ESS.

Rami Saab""",
        truth=app("Rami", "Saab", phone=None, bac=5, grad="2026-09", failing=("not_internship",), status="liban_stage_now"),
    )),
    # Cell: Madagascar × abroad_then_france × session — licence
    C("Madagascar", "abroad_then_france", "session", M(
        frm="Hanitra Rakotomalala <hanitra.rakoto@example.mg>",
        subject="Demande de participation",
        date="06 16:30",
        body="""Bonjour,

J'ai obtenu ma licence en sociologie à l'Université d'Antananarivo à la session de mars 2026 (les années sont décalées chez nous). Je suis maintenant à La Réunion puis à Lyon. Je cherche un emploi dans une association de développement local.

Hanitra Rakotomalala""",
        truth=app("Hanitra", "Rakotomalala", phone=None, bac=3, grad="2026-03", status="madagascar_licence"),
    )),
    # Cell: Haïti × abroad_then_france × an_dernier — licence 4 ans, level inferable
    C("Haïti", "abroad_then_france", "an_dernier", M(
        frm="Jean-Robert Pierre <jr.pierre@example.net>",
        subject="Pro'pulse",
        date="07 11:50",
        body="""Bonjour,

J'ai terminé ma licence en sciences économiques (quatre ans) à l'Université d'État d'Haïti l'an dernier, avant de rejoindre ma sœur en Guyane puis à Paris. Je voudrais travailler dans une coopérative ou une mutuelle.

Jean-Robert Pierre""",
        truth=app("Jean-Robert", "Pierre", phone=None, bac="*", grad="2025", status="haiti_licence"),
    )),
    # Cell: Pologne × abroad_then_france × dd/mm/yyyy — magister, aim elsewhere (luxury)
    C("Pologne", "abroad_then_france", "dd/mm/yyyy", M(
        frm="Katarzyna Nowak <katarzyna.nowak@example.pl>",
        subject="Candidature",
        date="07 17:20",
        body="""Bonjour,

Magister en marketing de l'Université de Varsovie (dyplom du 28/06/2025). Je cherche un poste de chef de produit dans une maison de luxe à Paris.

Katarzyna Nowak""",
        truth=app("Katarzyna", "Nowak", phone=None, bac=5, grad="2025-06", failing=("job_seeking_ess",), status="magister_luxe"),
    )),
    # Cell: Pologne × straight × promo — licencjat
    C("Pologne", "straight", "promo", M(
        frm="Tomasz Wójcik <tomasz.wojcik@example.pl>",
        subject="Candidature Pro'pulse",
        date="08 12:35",
        body="""Bonjour,

Licencjat (licence) en travail social, Université Jagellonne de Cracovie, promotion 2026. Je suis en France pour suivre ma compagne et je cherche un emploi dans une association d'hébergement.

Tomasz Wójcik""",
        truth=app("Tomasz", "Wójcik", phone=None, bac=3, grad="2026", status="licencjat"),
    )),
    # Cell: Ukraine × abroad_then_france × mm/yyyy — master, protection temporaire
    C("Ukraine", "abroad_then_france", "mm/yyyy", M(
        frm="Olena Kovalenko <olena.kovalenko@example.com>",
        subject="Candidature - Olena Kovalenko",
        date="08 19:10",
        body="""Bonjour,

Je suis ukrainienne, sous protection temporaire en France. Master en économie à Kharkiv (06/2022), puis j'ai travaillé comme bénévole pour des associations d'aide aux réfugiés à Lyon.

Je cherche un emploi salarié dans une association.

Olena Kovalenko
07 53 90 12 84""",
        truth=app("Olena", "Kovalenko", phone="+33753901284", bac=5, grad="2022-06", failing=("graduation_recent",), status="ukraine_master_old"),
    )),
    # Cell: Ukraine × double_cursus × annee_univ — bachelor (4 ans) + master online in progress
    C("Ukraine", "double_cursus", "annee_univ", M(
        frm="Dmytro Shevchenko <dmytro.shev@example.net>",
        subject="Question / candidature",
        date="09 10:55",
        body="""Bonjour,

J'ai un bachelor en sociologie de Kyiv (4 ans) et je suis inscrit à distance en master à Kyiv pour l'année universitaire 2026-2027. En même temps je cherche un emploi dans une association à Grenoble.

Dmytro""",
        truth=app("Dmytro", "Shevchenko", phone=None, bac="*", grad=None, failing=("studies_finished",), status="ukraine_master_online_now"),
    )),
    # Cell: Vietnam × abroad_then_france × class_of — English, bachelor 4 years
    C("Vietnam", "abroad_then_france", "class_of", M(
        frm="Linh Tran <linh.tran@example.com>",
        subject="Application",
        date="09 16:25",
        body="""Dear Pro'pulse team,

I am Tran Thi Linh (first name Linh). I hold a Bachelor of Social Work from Hanoi's University of Labour and Social Affairs, Class of 2023. I have lived in Toulouse for two years and want to work for an association helping families.

Sincerely,
Linh Tran""",
        truth=app("Linh", "Tran", phone=None, bac="*", grad="2023", failing=("graduation_recent",), language="en", status="vietnam_class_2023"),
    )),
    # Cell: Guinée × abroad_then_france × il_y_a — licence, French with Pular turns
    C("Guinée", "abroad_then_france", "il_y_a", M(
        frm="Mamadou Baldé <mamadou.balde@example.com>",
        subject="demande de programme",
        date="10 08:40",
        body="""Bonjour à vous,

Je m'appelle Mamadou Baldé. J'ai eu la licence en droit à l'Université de Sonfonia il y a vingt mois. Je suis venu en France, maintenant j'ai les papiers. Mon souhait c'est de travailler dans une association pour aider les jeunes comme moi.

Que Dieu vous bénisse.
Mamadou
07 58 33 04 21""",
        truth=app("Mamadou", "Baldé", phone="+33758330421", bac=3, grad="2025-03", status="guinee_20_months"),
    )),
    # Cell: Guinée × dropout_resumed × none — bac only, MNA path
    C("Guinée", "dropout_resumed", "none", M(
        frm="Alpha Diallo <alpha.diallo@example.net>",
        subject="travail",
        date="10 20:00",
        body="""bonjour
je suis arrivé mineur en france, j'ai fait un CAP cuisine puis un bac pro à Nantes et je cherche du travail dans une asso ou un restaurant solidaire
merci
alpha""",
        truth=app("Alpha", "Diallo", phone=None, bac=0, grad=None, failing=("degree_level",), status="cap_then_bac_pro"),
    )),
    # Cell: Brésil × n/a × none — question about foreign degrees
    C("Brésil", "n/a", "none", M(
        frm="Juliana Santos <juliana.santos@example.com.br>",
        subject="Dúvida / question",
        date="11 13:05",
        body="""Bonjour,

Est-ce qu'un diplôme brésilien de quatre ans compte comme bac+2 ou plus pour votre programme ? Et faut-il le faire traduire par un traducteur assermenté ?

Obrigada""",
        truth=question(),
    )),
    # Cell: Liban × n/a × none — newsletter from a network
    C("Liban", "n/a", "none", M(
        frm="Réseau Diaspora Solidaire <lettre@diaspora-solidaire.example.org>",
        subject="Lettre #42 - appels à projets et offres",
        date="11 06:15",
        headers={"List-Unsubscribe": "<https://diaspora-solidaire.example.org/unsub>", "Precedence": "bulk"},
        body="""Bonjour à toutes et à tous,

Dans cette lettre : trois appels à projets pour les associations de la diaspora, deux offres d'emploi, et notre assemblée générale du 12 décembre.

Pour ne plus recevoir cette lettre : https://diaspora-solidaire.example.org/unsub""",
        truth=newsletter(),
    )),
    # Cell: Ukraine × n/a × none — partner (association for refugees)
    C("Ukraine", "n/a", "none", M(
        frm="Iryna Melnyk - Maison de l'Ukraine <iryna.melnyk@maison-ukraine.example.org>",
        subject="Orientations de jeunes diplômés ukrainiens",
        date="12 11:30",
        body="""Bonjour,

Notre association accompagne environ 200 jeunes Ukrainiens à Lyon, dont une partie diplômés. Pourrions-nous organiser une réunion d'information commune avant la prochaine promotion de Pro'pulse ?

Iryna Melnyk, coordinatrice""",
        truth=other(),
    )),
    # Cell: Pologne × n/a × none — bounce
    C("Pologne", "n/a", "none", M(
        frm="postmaster@mail.example.pl",
        subject="Niedostarczona wiadomość / Undeliverable: Votre candidature à Pro'pulse",
        date="12 14:45",
        body="""Delivery has failed to these recipients or groups:

tomasz.wojcik@example.pl
The email address you entered couldn't be found.""",
        bounce="""Reporting-MTA: dns; mail.example.pl

Final-Recipient: rfc822; tomasz.wojcik@example.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound""",
        truth=bounce("tomasz.wojcik@example.pl"),
    )),
    # Cell: Vietnam × n/a × none — auto-reply
    C("Vietnam", "n/a", "none", M(
        frm="Linh Tran <linh.tran@example.com>",
        subject="Automatic reply: Votre candidature à Pro'pulse",
        date="13 09:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Thank you for your email. I am travelling until December 3rd and will reply when I'm back.""",
        truth=auto_reply(),
    )),
    # Cell: Madagascar × n/a × none — reply in our thread
    C("Madagascar", "n/a", "none", M(
        frm="Hanitra Rakotomalala <hanitra.rakoto@example.mg>",
        subject="Re: Votre candidature à Pro'pulse",
        date="13 15:50",
        headers={"In-Reply-To": "<6640118.0406@animafac.net>", "References": "<6640118.0406@animafac.net>"},
        body="""Bonjour,

Oui, ma licence a bien été délivrée en mars 2026, je vous joins l'attestation dès que je la retrouve. Le créneau de vendredi me va.

Hanitra

> Pourriez-vous nous confirmer la date d'obtention de votre licence ?""",
        truth=reply(),
    )),
    # Cell: Haïti × n/a × none — employer
    C("Haïti", "n/a", "none", M(
        frm="Coopérative Lakay <emploi@lakay-coop.example.org>",
        subject="Offre d'emploi : animateur·rice de réseau",
        date="14 10:10",
        body="""Bonjour,

La coopérative Lakay (Montreuil) recrute un·e animateur·rice de réseau de producteurs, CDI temps plein, bac+3. Créole haïtien apprécié. Merci de diffuser !

Guerline Joseph, gérante""",
        truth=other(),
    )),
    # Cell: Brésil × gap_year × last_summer — English, bachelor, currently volunteer abroad? no: au pair; aim absent
    C("Brésil", "gap_year", "last_summer", M(
        frm="Mariana Costa <mariana.costa@example.com>",
        subject="Join Pro'pulse?",
        date="14 18:20",
        body="""Hi!

I'm Mariana, 24, from Curitiba. I got my bachelor's in Psychology last summer and have been an au pair in Versailles since then. Could your programme help me land a job in France?

Thanks a lot,
Mariana Costa""",
        truth=app("Mariana", "Costa", phone=None, bac="*", grad="2026", unknown=("job_seeking_ess",), language="en", status="br_au_pair_no_aim"),
    )),
    # Cell: Liban × phd × month_year — doctorate defended in France
    C("Liban", "phd", "month_year", M(
        frm="Dr. Nadine Abou Jaoudé <nadine.aboujaoude@example.org>",
        subject="Candidature Pro'pulse",
        date="15 09:35",
        body="""Bonjour,

Après un master à l'Université libanaise, j'ai soutenu mon doctorat en sciences de l'éducation à Lyon 2 en novembre 2025. Je quitte la recherche et je cherche un poste de chargée de mission dans une fédération d'éducation populaire.

Nadine Abou Jaoudé
06 62 18 40 37""",
        truth=app("Nadine", "Abou Jaoudé", phone="+33662184037", bac=8, grad="2025-11", status="liban_doctorat"),
    )),
    # Cell: Madagascar × equivalence_pending × dd/mm/yyyy — DTS (Madagascar), level unclear, CV
    C("Madagascar", "equivalence_pending", "dd/mm/yyyy", M(
        frm="Tiana Randria <tiana.randria@example.mg>",
        subject="Candidature",
        date="15 16:00",
        body="""Bonjour, ci-joint mon CV. Je cherche un emploi dans une association de solidarité. Cordialement, Tiana""",
        cv=CV("odt", "CV Tiana.odt", """Tiana RANDRIA
Saint-Denis (93) - 06 52 12 45 78 - tiana.randria@example.mg
DIPLÔMES
Diplôme de technicien supérieur en gestion, Institut de Tananarive, délivré le 14/02/2025 (équivalence en cours d'étude)
Baccalauréat série D, 2021
EXPÉRIENCE
Assistante administrative, ONG locale, 2025
Bénévole, Croix-Rouge malgache"""),
        truth=app("Tiana", "Randria", phone="+33652124578", bac="*", grad="2025-02", unknown=("degree_level",), info_in="cv", status="mada_dts_cv"),
    )),
    # Cell: Pologne × gap_year × il_y_a — magister, one year travelling, ni stage ni SC
    C("Pologne", "gap_year", "il_y_a", M(
        frm="Agnieszka Zielińska <agnieszka.z@example.pl>",
        subject="Candidature",
        date="16 11:15",
        body="""Bonjour,

Magister en études européennes (Poznań) il y a un an et demi, puis j'ai voyagé un an. Je suis à Strasbourg, sans stage ni volontariat en cours, et je cherche un emploi dans une association européenne ou une ONG.

Agnieszka Zielińska""",
        truth=app("Agnieszka", "Zielińska", phone=None, bac=5, grad="2025-05", status="magister_18_months"),
    )),
    # Cell: Ukraine × straight × session — bachelor, session juin 2024 → date only year-month
    C("Ukraine", "straight", "session", M(
        frm="Sofiia Bondarenko <sofiia.bondarenko@example.com>",
        subject="Candidature",
        date="16 17:40",
        body="""Bonjour,

Bachelor en économie (Odessa), session de juin 2024. Je cherche un emploi dans une coopérative ou une association à Nice.

Sofiia""",
        truth=app("Sofiia", "Bondarenko", phone=None, bac="*", grad="2024-06", failing=("graduation_recent",), status="ua_bachelor_old"),
    )),
    # Cell: Vietnam × double_cursus × mm/yyyy — master in France, CDI in a bank now
    C("Vietnam", "double_cursus", "mm/yyyy", M(
        frm="Minh Nguyen <minh.nguyen@example.net>",
        subject="Candidature",
        date="17 10:30",
        body="""Bonjour,

Bachelor à Hô-Chi-Minh-Ville puis master de finance à Rennes (09/2025). Je suis en CDI dans une banque depuis janvier, mais je voudrais travailler dans la finance solidaire, par exemple une coopérative de crédit.

Minh Nguyen""",
        truth=app("Minh", "Nguyen", phone=None, bac=5, grad="2025-09", unknown=("not_career_change",), status="vn_cdi_banque"),
    )),
    # Cell: Guinée × equivalence_pending × promo — master, adviser presents
    C("Guinée", "equivalence_pending", "promo", M(
        frm="Claire Jacquet - France Travail <claire.jacquet@francetravail.example.fr>",
        subject="Présentation d'un candidat - Pro'pulse",
        date="17 15:05",
        body="""Bonjour,

J'accompagne M. Ousmane Camara, master en gestion de projets de l'Université de Conakry (promotion 2025), demande d'attestation de comparabilité déposée. Il vise un poste de chargé de projet dans une association d'éducation à la citoyenneté mondiale.

Contact : ousmane.camara@example.com, 07 61 28 90 43.

Claire Jacquet, conseillère France Travail""",
        truth=app("Ousmane", "Camara", phone="+33761289043", bac=5, grad="2025", email="ousmane.camara@example.com", forwarded_by="claire.jacquet@francetravail.example.fr", status="guinee_referral"),
    )),
    # Cell: Brésil × phd × annee_univ — doutorado in progress (cotutelle)
    C("Brésil", "phd", "annee_univ", M(
        frm="Pedro Alves <pedro.alves@example.com.br>",
        subject="Candidature",
        date="18 09:25",
        body="""Bonjour,

Je suis doctorant en cotutelle entre l'Unicamp et l'EHESS, en quatrième année (année universitaire 2026-2027), sur les coopératives de recyclage. Je voudrais commencer à chercher un emploi dans l'ESS en France.

Pedro Alves""",
        truth=app("Pedro", "Alves", phone=None, bac="*", grad=None, failing=("studies_finished",), status="doutorado_now"),
    )),
    # Cell: Haïti × straight × mm/yyyy — master in France, career? no; HTML only
    C("Haïti", "double_cursus", "mm/yyyy", M(
        frm="Wideline Joseph <wideline.joseph@example.org>",
        subject="Ma candidature",
        date="18 19:45",
        html="only",
        body="""Bonjour,

Licence à Port-au-Prince puis master Économie sociale et solidaire à l'Université Paris-Est Créteil, diplômée en 07/2026.

Je cherche un emploi dans une coopérative d'habitants ou une association de quartier.

Wideline Joseph
06 12 83 40 57""",
        truth=app("Wideline", "Joseph", phone="+33612834057", bac=5, grad="2026-07", status="haiti_master_html"),
    )),
    # Cell: Pologne × dropout_resumed × an_dernier — no higher diploma, ESS aim
    C("Pologne", "dropout_resumed", "an_dernier", M(
        frm="Marta Kowalczyk <marta.kowalczyk@example.pl>",
        subject="Pro'pulse",
        date="19 12:40",
        body="""Bonjour,

J'ai abandonné mes études de licence à Gdańsk l'an dernier, en troisième année, sans diplôme. J'ai seulement la matura. Je cherche un travail dans une association culturelle à Paris.

Marta""",
        truth=app("Marta", "Kowalczyk", phone=None, bac=0, grad=None, failing=("degree_level",), status="matura_only"),
    )),
]
