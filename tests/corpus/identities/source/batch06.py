"""Identities corpus, batch 06 (writer B): name_in_closing_only («Amitiés, Solène» with an address that spells
no surname, «K. Aydın» with the first name in the From, a signature block «stagiaire communication» under a
scène nationale, a name only in the attached CV, «A. Mercier» with an initial given nowhere in full, «Gaëlle»
with the surname in the address; a question signed «Léon (promo 2025)», a withdrawal signed with a first name
only), mailbox_not_the_person (a sister's mailbox, a pseudonym «skate4life76», an épicerie solidaire's shared
address with a personal one to answer at, a former hotel employer's address, a partner's mailbox, a
plumbing company's display name, a grandmother's mailbox; a reply from a partner's mailbox, a family
mailbox's out-of-office), usage_and_chosen_names (a chosen first name Noa beside the diploma's Noémie, «Max»
for Maximilien, «celine» for Céline, a married name Kaya beside Yıldız, «Théo pour les amis» in passing, a
Mihaela called Michelle at work; a question on usage names, a student union's newsletter)."""
# ruff: noqa: E501

from __future__ import annotations

from identities import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: name_in_closing_only — graduation — Amitiés,
    # route: no name in the greeting nor the body, «Amitiés, Solène» in the closing only, the address «solene.b33» spells no surname (last name given nowhere → None), the phone under the first name; a master of July 2025 and a cooperative sought → application; bac+5 of 2025, ESS aim → eligible
    N("name_in_closing_only", "graduation", "Amitiés,\nSolène", M(
        "solene.b33@gmail.com",
        "Candidature programme jeunes diplômés",
        "02 10:12",
        """Bonjour,

J'ai validé en juillet 2025 un master de géographie (aménagement et développement local) à l'université Bordeaux Montaigne. J'aimerais travailler pour une coopérative d'habitants ou une SCIC qui porte des projets de logement partagé.

Votre programme m'intéresse beaucoup, comment se passe l'inscription ?

Amitiés,
Solène
06 31 75 40 22""",
        app("Solène", None, phone="+33631754022", bac=5, grad="2025-07", status="b_nc_amities_solene"),
    )),
    # Feature: name_in_closing_only — graduation — K. Aydın
    # route: only «K. Aydın» in the closing, the first name Kaan in the From's display name; a licence of June 2022 → application; diploma more than two years old → not eligible
    N("name_in_closing_only", "graduation", "K. Aydın", M(
        "Kaan Aydin <k.aydin@outlook.fr>",
        "Demande d'information / inscription",
        "03 14:40",
        """Bonjour,

Titulaire d'une licence d'économie-gestion obtenue en juin 2022 à Clermont-Ferrand, j'ai travaillé depuis dans la logistique. Je souhaite rejoindre une entreprise d'insertion sur un poste d'encadrant.

Pouvez-vous m'indiquer si mon profil correspond ?

Bien cordialement,
K. Aydın""",
        app("Kaan", "Aydın", phone=None, bac=3, grad="2022-06", failing=("graduation_recent",), status="b_nc_initiale_k_aydin"),
    )),
    # Feature: name_in_closing_only — situation — Stagiaire communication
    # route: a signature block (name, «Stagiaire communication», the scène nationale, its switchboard) and no name in the body; a master of culture of 2026 and a placement «jusqu'à fin février» in the theatre → application; internship running → not eligible
    N("name_in_closing_only", "situation", "Stagiaire communication", M(
        "Romane Ferrier <romane.ferrier@gmail.com>",
        "Candidature Pro'pulse",
        "04 12:05",
        """Bonjour,

Diplômée d'un master management des organisations culturelles (Université de Bourgogne, juin 2026), je suis en stage jusqu'à fin février au service communication d'une scène nationale. Pour la suite, je vise une compagnie ou un lieu culturel associatif.

Belle journée,

Romane Ferrier
Stagiaire communication
Scène nationale de Dijon – 03 80 00 41 00""",
        app("Romane", "Ferrier", phone=None, bac=5, grad="2026-06", failing=("not_internship",), status="b_nc_bloc_signature_stagiaire"),
    )),
    # Feature: name_in_closing_only — level — Quentin Barbier
    # ambiguous: «le diplôme de l'école» of a private graphic-design school names no level (no RNCP level said)
    # route: no name in the mail at all («Cordialement.»), the name and the phone only in the attached CV, the address «q.barbier» agrees; a private school's diploma of 2025 with no level → application; level open → to verify
    N("name_in_closing_only", "level", "Quentin Barbier", M(
        "q.barbier@laposte.net",
        "Candidature – CV en pièce jointe",
        "05 19:30",
        """Bonjour,

Vous trouverez mon CV en pièce jointe. J'ai obtenu en juin 2025 le diplôme de l'école (une école privée de design graphique à Rouen, trois ans). Je cherche un poste de graphiste dans une association culturelle ou une coopérative de communication.

Cordialement.""",
        app("Quentin", "Barbier", phone="+33699214587", bac=None, grad="2025-06", unknown=("degree_level",), status="b_nc_nom_dans_cv_seulement"),
        cv=CV("pdf", "CV_graphiste.pdf", """Quentin Barbier
Graphiste
06 99 21 45 87 – q.barbier@laposte.net
2022–2025 : école privée de design graphique, Rouen – diplôme de l'école
Stages : agence de communication (3 mois), festival de musique associatif (2 mois)"""),
    )),
    # Feature: name_in_closing_only — aim — A. Mercier
    # route: «A. Mercier» in the closing, an initial only; the From is a bare address «amercier76» and no first name stands anywhere (first name given nowhere → None); a BUT of 2026 and a ressourcerie sought → application; bac+3 of 2026, ESS aim → eligible
    N("name_in_closing_only", "aim", "A. Mercier", M(
        "amercier76@free.fr",
        "Pro'pulse",
        "06 09:50",
        """Bonjour,

BUT gestion des entreprises et des administrations obtenu en juin 2026 à l'IUT de Rouen. Je cherche un poste de gestionnaire dans une ressourcerie ou une recyclerie associative de la métropole.

Merci pour votre retour.

A. Mercier""",
        app(None, "Mercier", phone=None, bac=3, grad="2026-06", status="b_nc_initiale_seule_a_mercier"),
    )),
    # Feature: name_in_closing_only — career_change — Gaëlle
    # route: «Gaëlle» alone in the closing, the surname from the address «gaelle.kerboul» which plainly spells it; a DEJEPS of 2026 after «huit ans d'hôtesse de l'air», said as a new trade → application; career change → not eligible
    N("name_in_closing_only", "career_change", "Gaëlle", M(
        "gaelle.kerboul@orange.fr",
        "candidature reconversion animation",
        "07 17:22",
        """Bonjour,

Après huit ans d'hôtesse de l'air, j'ai changé de métier : j'ai obtenu le DEJEPS animation socio-éducative en juin 2026 à Brest. Je cherche un poste de coordinatrice dans une association d'éducation populaire.

Merci d'avance,
Gaëlle""",
        app("Gaëlle", "Kerboul", phone=None, bac=2, grad="2026-06", failing=("not_career_change",), status="b_nc_gaelle_nom_dans_adresse"),
    )),
    # Feature: name_in_closing_only — kind — Léon (promo 2025)
    # route: a question on the calendar of the sessions, signed «Léon (promo 2025)» only, no fact of the writer's own beyond the signature → question
    N("name_in_closing_only", "kind", "Léon (promo 2025)", M(
        "leon.dlv@gmail.com",
        "Dates des prochaines sessions ?",
        "08 20:10",
        """Bonjour,

Quand commence la prochaine session d'accompagnement, et combien de temps dure-t-elle ? Est-ce qu'elle se fait en visio ou sur place à Bordeaux ?

Merci,
Léon (promo 2025)""",
        question(),
    )),
    # Feature: name_in_closing_only — kind — je retire ma candidature
    # route: a withdrawal signed with a first name only, no facts → other
    N("name_in_closing_only", "kind", "je retire ma candidature", M(
        "clem.vasseur@hotmail.fr",
        "Retrait",
        "09 08:15",
        """Bonjour,

J'ai trouvé un poste la semaine dernière, je retire ma candidature. Merci pour votre accueil et bonne continuation.

Clémence""",
        other(),
    )),
    # Feature: mailbox_not_the_person — level — j'utilise la boîte mail de ma sœur
    # route: the From is her sister's («Lina Moreau»), the writer names herself in the body and signature «Yasmine Haddad», no other address given (email the From); a licence pro of 2025 and a centre social sought → application; bac+3 of 2025, ESS aim → eligible
    N("mailbox_not_the_person", "level", "j'utilise la boîte mail de ma sœur", M(
        "Lina Moreau <lina.moreau@gmail.com>",
        "Candidature de Yasmine",
        "10 11:33",
        """Bonjour,

Je m'appelle Yasmine Haddad ; j'utilise la boîte mail de ma sœur en attendant de récupérer l'accès à la mienne, vous pouvez me répondre ici.

J'ai une licence professionnelle intervention sociale, obtenue en juin 2025 à Montpellier. Je cherche un poste d'animatrice dans un centre social associatif.

Yasmine Haddad
07 44 12 60 39""",
        app("Yasmine", "Haddad", phone="+33744126039", bac=3, grad="2025-06", status="b_mb_boite_de_la_soeur"),
    )),
    # Feature: mailbox_not_the_person — level — Désolé pour l'adresse
    # route: a pseudonym address «skate4life76», the person names himself «Nicolas Lemaire» in the signature; a bac and one year of licence left → application; below bac+2 → not eligible
    N("mailbox_not_the_person", "level", "Désolé pour l'adresse", M(
        "skate4life76@hotmail.fr",
        "candidature",
        "10 22:47",
        """Bonjour,

J'ai eu mon bac en 2024 et j'ai fait une année de licence de sociologie à Rouen que j'ai arrêtée. Je travaille dans un skatepark associatif le week-end et j'aimerais y trouver un vrai poste.

Désolé pour l'adresse, c'est celle que j'ai depuis le collège.

Nicolas Lemaire""",
        app("Nicolas", "Lemaire", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_mb_pseudo_skate"),
    )),
    # Feature: mailbox_not_the_person — aim — l'adresse de l'épicerie où je suis bénévole
    # route: the From is the épicerie solidaire's shared mailbox where she volunteers, she signs «Awa Traoré» and asks to be answered at her own address (email = that address); a master of 2026 and the épicerie's network sought → application; bac+5 of 2026, ESS aim → eligible
    N("mailbox_not_the_person", "aim", "l'adresse de l'épicerie où je suis bénévole", M(
        "Épicerie solidaire La Brouette <contact@labrouette-tours.example.org>",
        "Candidature personnelle – Awa Traoré",
        "11 16:02",
        """Bonjour,

J'écris depuis l'adresse de l'épicerie où je suis bénévole, mais ma candidature est personnelle : merci de me répondre sur awa.traore37@gmail.com.

J'ai terminé en septembre 2026 un master économie sociale et solidaire à l'université de Tours. J'aimerais travailler dans un réseau d'épiceries solidaires ou une association d'aide alimentaire.

Awa Traoré""",
        app("Awa", "Traoré", phone=None, bac=5, grad="2026-09", email="awa.traore37@gmail.com", status="b_mb_epicerie_adresse_perso"),
    )),
    # Feature: mailbox_not_the_person — aim — l'adresse de la réception de l'hôtel
    # ambiguous: «un poste dans le social» names a trade, not an employer: an association, a CCAS or a private firm alike
    # route: the From is a former employer's reception address (a hotel), the person signs «Pauline Brunet» and gives her mobile, no other address (the label's email is the From); a DUT of 2025 and «un poste dans le social» → application; aim open → to verify
    N("mailbox_not_the_person", "aim", "l'adresse de la réception de l'hôtel", M(
        "Hôtel Les Cimes – Réception <reception@hotel-les-cimes.example.fr>",
        "Demande d'accompagnement",
        "12 07:58",
        """Bonjour,

Je vous écris depuis l'adresse de la réception de l'hôtel où je finis ma saison (je n'y serai plus après le 30 novembre) : le plus simple est de m'appeler au 06 58 20 14 73.

J'ai un DUT carrières sociales de juin 2025 (IUT de Grenoble) et je voudrais trouver un poste dans le social, près de Grenoble.

Pauline Brunet""",
        app("Pauline", "Brunet", phone="+33658201473", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="b_mb_adresse_hotel_saison"),
    )),
    # Feature: mailbox_not_the_person — situation — la compagne de Julien
    # route: the From is her partner's «Julien Perrot», she names herself «Camille Vidalenc» in the body and signature; a licence of 2026 and a service civique «jusqu'en juillet 2027» → application; service civique running → not eligible
    N("mailbox_not_the_person", "situation", "la compagne de Julien", M(
        "Julien Perrot <jperrot.bdx@gmail.com>",
        "Candidature (Camille Vidalenc)",
        "13 21:15",
        """Bonjour,

C'est Camille, la compagne de Julien : je passe par son adresse car la mienne ne fonctionne plus.

J'ai eu ma licence d'histoire en juin 2026 à Bordeaux et je suis en service civique dans une association de lutte contre l'illettrisme jusqu'en juillet 2027. J'aimerais savoir si je peux préparer la suite avec vous.

Camille Vidalenc""",
        app("Camille", "Vidalenc", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="b_mb_boite_du_compagnon"),
    )),
    # Feature: mailbox_not_the_person — situation — l'ordinateur de l'entreprise de mon père
    # route: the From's display name is his father's plumbing company, the son signs «Mathis Tessier» and gives his own address to answer at; a BTS of 2025 and an apprenticeship over in August, a régie de quartier sought → application; no contract running, bac+2 of 2025, ESS aim → eligible
    N("mailbox_not_the_person", "situation", "l'ordinateur de l'entreprise de mon père", M(
        "SARL Tessier Plomberie <contact@tessier-plomberie.example.fr>",
        "Candidature Mathis Tessier",
        "14 18:44",
        """Bonjour,

Je vous écris depuis l'ordinateur de l'entreprise de mon père, mais répondez-moi plutôt sur mathis.tessier21@gmail.com.

J'ai obtenu mon BTS fluides énergies domotique en juin 2025 en alternance ; mon contrat s'est terminé fin août. Je cherche un poste de technicien dans une régie de quartier ou un chantier d'insertion à Dijon.

Mathis Tessier
06 27 88 03 51""",
        app("Mathis", "Tessier", phone="+33627880351", bac=2, grad="2025-06", email="mathis.tessier21@gmail.com", status="b_mb_entreprise_du_pere"),
    )),
    # Feature: mailbox_not_the_person — level — l'ordinateur de ma grand-mère
    # ambiguous: «le diplôme de l'école de cirque» names no level
    # route: the From is his grandmother's mailbox «Mamie Jo», he names himself «Noah Lefort» in the body; a circus school's diploma of 2025 with no level said, a circus association sought → application; level open → to verify
    N("mailbox_not_the_person", "level", "l'ordinateur de ma grand-mère", M(
        "Mamie Jo <josette.blanchard@orange.fr>",
        "pour Noah",
        "15 15:20",
        """Bonjour,

C'est Noah Lefort qui écrit, depuis l'ordinateur de ma grand-mère (je n'ai pas encore d'ordinateur à moi). J'ai eu le diplôme de l'école de cirque de Clermont en juin 2025, après trois ans de formation. Je voudrais travailler dans une association qui fait du cirque social avec des jeunes.

Mon numéro : 07 69 30 12 84

Noah Lefort""",
        app("Noah", "Lefort", phone="+33769301284", bac=None, grad="2025-06", unknown=("degree_level",), status="b_mb_boite_grand_mere"),
    )),
    # Feature: mailbox_not_the_person — kind — Re: Votre rendez-vous
    # route: an answer in our thread (In-Reply-To our mail) sent from her mother's mailbox, signed by the applicant → reply
    N("mailbox_not_the_person", "kind", "Re: Votre rendez-vous", M(
        "Sandrine Olivier <sandrine.olivier56@orange.fr>",
        "Re: Votre rendez-vous du 20 novembre",
        "16 19:02",
        """Bonjour,

C'est Inès (je réponds depuis la boîte de ma mère). Le créneau de 10 h me va très bien, je serai là.

Inès

Le 14/11/2026 à 11:40, Pro'pulse a écrit :
> Nous vous proposons un rendez-vous le 20 novembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-1411.io@animafac.net>", "References": "<rdv-1411.io@animafac.net>"},
    )),
    # Feature: mailbox_not_the_person — kind — Famille Öztürk
    # route: a shared family mailbox's automatic holiday message (Auto-Submitted) → auto_reply
    N("mailbox_not_the_person", "kind", "Famille Öztürk", M(
        "Famille Öztürk <famille.ozturk@free.fr>",
        "Réponse automatique : Votre candidature à Pro'pulse",
        "17 06:00",
        """Bonjour,

Nous sommes en voyage jusqu'au 28 novembre et lisons peu nos messages. Nous vous répondrons à notre retour.

Famille Öztürk""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: usage_and_chosen_names — graduation — je m'appelle Noa
    # route: a chosen first name «Noa» she asks to be called by, the civil «Noémie» still on the diploma; a licence of June 2026 and a LGBT+ youth association sought → application; bac+3 of 2026, ESS aim → eligible
    N("usage_and_chosen_names", "graduation", "je m'appelle Noa", M(
        "Noa Girard <noa.girard@gmail.com>",
        "Candidature",
        "17 13:45",
        """Bonjour,

Je m'appelle Noa ; sur mon diplôme figure encore mon prénom de naissance, Noémie, le changement à l'état civil est en cours. Merci de m'appeler Noa dans vos échanges.

J'ai obtenu ma licence de psychologie en juin 2026 à Grenoble et je cherche un poste d'accueil ou d'animation dans une association d'accompagnement des jeunes LGBT+.

Noa Girard""",
        app("Noa", "Girard", phone=None, bac=3, grad="2026-06", status="b_uc_prenom_choisi_noa"),
    )),
    # Feature: usage_and_chosen_names — graduation — appelez-moi Max
    # route: «Maximilien Roche» in the From and the CV, «appelez-moi Max» asked in the body (first name Max); a BTS of June 2023 → application; diploma more than two years old → not eligible
    N("usage_and_chosen_names", "graduation", "appelez-moi Max", M(
        "Maximilien Roche <maximilien.roche@laposte.net>",
        "Candidature Pro'pulse",
        "18 10:30",
        """Bonjour,

Maximilien Roche, mais appelez-moi Max, tout le monde le fait. J'ai un BTS services informatiques aux organisations obtenu en juin 2023 à Montpellier et je voudrais travailler dans une association de médiation numérique.

Max
06 12 90 48 77""",
        app("Max", "Roche", phone="+33612904877", bac=2, grad="2023-06", failing=("graduation_recent",), status="b_uc_maximilien_appelez_moi_max"),
    )),
    # Feature: usage_and_chosen_names — graduation — Céline Lemaître
    # ambiguous: «promo 2024» with no month: a 2024 graduation may be older than two years or not
    # route: «celine.lemaitre» in the address without accents, «Céline Lemaître» with them in the signature (the label keeps them); a master «promo 2024» and a federation of associations or a cooperative sought → application; graduation open → to verify
    N("usage_and_chosen_names", "graduation", "Céline Lemaître", M(
        "celine.lemaitre@yahoo.fr",
        "Demande de renseignements – candidature",
        "19 08:10",
        """Bonjour,

Je suis diplômée du master droit de l'économie sociale et solidaire de l'université de Rouen, promo 2024. Je cherche un poste de juriste dans une fédération d'associations ou une coopérative.

Bien à vous,
Céline Lemaître""",
        app("Céline", "Lemaître", phone=None, bac=5, grad="2024", unknown=("graduation_recent",), status="b_uc_celine_sans_accent"),
    )),
    # Feature: usage_and_chosen_names — level — mon nom d'usage est Kaya
    # route: «mon nom d'usage est Kaya», the birth name «Yıldız» on the diploma, she signs «Esra Kaya»; a BTS ESF of 2025 and an association for families sought → application; bac+2 of 2025, ESS aim → eligible
    N("usage_and_chosen_names", "level", "mon nom d'usage est Kaya", M(
        "Esra Kaya <esra.kaya63@gmail.com>",
        "Candidature – conseillère ESF",
        "20 14:15",
        """Bonjour,

Mon nom d'usage est Kaya (nom de mon mari) ; mon BTS économie sociale familiale, obtenu en juin 2025 à Clermont-Ferrand, est au nom de Yıldız. Je cherche un poste dans une association d'aide aux familles.

Cordialement,
Esra Kaya
07 58 14 20 96""",
        app("Esra", "Kaya", phone="+33758142096", bac=2, grad="2025-06", status="b_uc_nom_usage_kaya"),
    )),
    # Feature: usage_and_chosen_names — situation — Théo pour les amis
    # route: «Théodore Lambert» introduces himself with his civil first name, «Théo pour les amis» only in passing (the label keeps Théodore); a master of 2026 and a stage «jusqu'au 31 janvier» → application; internship running → not eligible
    N("usage_and_chosen_names", "situation", "Théo pour les amis", M(
        "Théodore Lambert <theodore.lambert@outlook.fr>",
        "Candidature",
        "21 11:00",
        """Bonjour,

Je suis Théodore Lambert (Théo pour les amis). J'ai fini mon master de sciences politiques à Sciences Po Bordeaux en septembre 2026 et je fais un stage jusqu'au 31 janvier dans une fondation. Ensuite, j'aimerais travailler dans une association de plaidoyer.

Théodore Lambert""",
        app("Théodore", "Lambert", phone=None, bac=5, grad="2026-09", failing=("not_internship",), status="b_uc_theo_en_passant"),
    )),
    # Feature: usage_and_chosen_names — level — Michelle au travail
    # ambiguous: a Romanian diploma in social work awaiting its «attestation de comparabilité», bac+2 or bac+3 in her own words: the level is open
    # route: «Mihaela Popescu», called «Michelle au travail» (and in the From) but asking to be called Mihaela; a Romanian diploma of June 2025 «bac+2 ou bac+3» by its coming equivalence → application; level open → to verify
    N("usage_and_chosen_names", "level", "Michelle au travail", M(
        "Michelle Popescu <michelle.popescu@gmail.com>",
        "Candidature Pro'pulse",
        "22 16:40",
        """Bonjour,

Je m'appelle Mihaela Popescu ; on m'appelle Michelle au travail, mais je préfère Mihaela. J'ai étudié l'assistance sociale à Iași (Roumanie) et j'ai eu mon diplôme en juin 2025 ; j'attends encore l'attestation de comparabilité, je ne sais pas si ce sera reconnu comme bac+2 ou bac+3.

Je cherche un poste dans une association d'accueil des migrants à Tours.

Mihaela Popescu""",
        app("Mihaela", "Popescu", phone=None, bac=None, grad="2025-06", unknown=("degree_level",), status="b_uc_mihaela_michelle"),
    )),
    # Feature: usage_and_chosen_names — kind — sous mon prénom d'usage
    # route: a general question on applying under a usage first name, no facts of the writer's own → question
    N("usage_and_chosen_names", "kind", "sous mon prénom d'usage", M(
        "sasha.l@protonmail.example.com",
        "Prénom d'usage",
        "23 09:05",
        """Bonjour,

Peut-on candidater sous mon prénom d'usage, même si mes diplômes portent un autre prénom ? Quels documents faudra-t-il fournir ?

Merci,
Sasha""",
        question(),
    )),
    # Feature: usage_and_chosen_names — kind — Se désinscrire
    # route: a student union's monthly letter with portraits signed by nicknames (List-Unsubscribe, Precedence: bulk) → newsletter
    N("usage_and_chosen_names", "kind", "Se désinscrire", M(
        "BDE Carrières sociales Tours <bde.cs@iut-tours.example.fr>",
        "La gazette du BDE – novembre",
        "24 07:30",
        """La gazette du BDE – novembre

Portrait de «Kiki» (Christelle Adjovi), présidente, et de «Tom» (Thomas Bouvier), trésorier
Soirée des anciens le 4 décembre
Offres de stage et d'emploi de nos partenaires associatifs

Se désinscrire""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://iut-tours.example.fr/bde/desinscription>", "Precedence": "bulk"},
    )),
]
