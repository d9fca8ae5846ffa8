"""Inbox corpus, batch 05 (writer B): Thursday 12 – Sunday 15 November 2026, the backlog after the
11 November bridge and the replies to the invitations sent before it."""
# ruff: noqa: E501

from __future__ import annotations

from inbox import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: machines — kind — de retour le lundi 16 novembre
    # route: an adviser's out-of-office answering our mail of the 10th (Auto-Submitted) → auto_reply
    N("machines", "kind", "de retour le lundi 16 novembre", M(
        "Nadège Roussel <n.roussel@missionlocale-bordeaux.example.org>",
        "Absence : Re: Réunion d'information Pro'pulse",
        "12 07:42",
        """Bonjour,

Je suis en congé pour le pont, de retour le lundi 16 novembre. Pour toute urgence, merci de contacter l'accueil de la Mission locale au 05 56 00 00 00.

Nadège Roussel
Conseillère en insertion professionnelle""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="b_mission_locale_bordeaux"),
    # Feature: first_application — graduation — Licence professionnelle Intervention sociale, 2026
    # route: two lines in the body, the licence pro of 2026 and the association sought in the CV → application (facts in the CV); bac+3 of 2026, an association sought → eligible
    N("first_application", "graduation", "Licence professionnelle Intervention sociale, 2026", M(
        "Inès Carpentier <ines.carpentier@gmail.com>",
        "Candidature Pro'pulse",
        "12 08:51",
        """Bonjour,

Je souhaite candidater au programme Pro'pulse, vous trouverez mon CV en pièce jointe.

Bonne journée,
Inès Carpentier""",
        app("Inès", "Carpentier", phone="+33645129873", bac=3, grad="2026", info_in="cv", status="b_ines_lp_intervention_sociale"),
        cv=CV("pdf", "CV_Ines_Carpentier.pdf", """Inès Carpentier
06 45 12 98 73 - ines.carpentier@gmail.com - Bordeaux
Objectif : animatrice ou coordinatrice dans une association d'éducation populaire
Formation
Licence professionnelle Intervention sociale, 2026, IUT Bordeaux Montaigne
DUT Carrières sociales, 2025, IUT Bordeaux Montaigne
Expériences
Stage de 12 semaines, centre d'animation Bastide Benauge (printemps 2026)
Animatrice BAFA en accueil de loisirs, étés 2023 à 2025"""),
    ), person="b_ines_carpentier"),
    # Feature: our_threads — kind — je prends le créneau de mardi 17 à 10h
    # route: a reply in our invitation thread (In-Reply-To <…@animafac.net>, our mail quoted): a slot chosen → reply
    N("our_threads", "kind", "je prends le créneau de mardi 17 à 10h", M(
        "Romane Jacquet <romane.jacquet@outlook.fr>",
        "Re: Pro'pulse - entretien individuel",
        "12 09:37",
        """Bonjour,

Merci pour votre retour ! je prends le créneau de mardi 17 à 10h, en visio si possible car je suis à Poitiers.

Bonne journée,
Romane

Le 10/11/2026 à 16:20, Pro'pulse a écrit :
> Bonjour Romane,
> Votre candidature a retenu notre attention. Nous vous proposons un entretien individuel : mardi 17 novembre à 10h ou mercredi 18 à 15h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-10-0044@animafac.net>", "References": "<invitation-2026-11-10-0044@animafac.net>"},
    ), person="b_romane_jacquet"),
    # Feature: referred — graduation — BTS SP3S obtenu en juin 2025
    # route: a Mission locale adviser presents a young man (his contacts given, the adviser's signature below): a BTS of June 2025, a home-help association sought → application forwarded_by the adviser; bac+2 of 2025-06, ESS aim → eligible
    N("referred", "graduation", "BTS SP3S obtenu en juin 2025", M(
        "Karim Bensaïd <k.bensaid@missionlocale-rouen.example.org>",
        "Orientation d'un jeune vers Pro'pulse",
        "12 10:58",
        """Bonjour,

J'accompagne depuis septembre Kévin Lemoine, 22 ans, BTS SP3S obtenu en juin 2025 au lycée Flaubert. Depuis il a fait des missions d'intérim mais il voudrait vraiment travailler dans une association d'aide à domicile ou un CCAS... je lui ai dit que les associations correspondaient mieux à votre programme et il est d'accord.

Ses coordonnées : kevin.lemoine76@gmail.com / 07 61 44 20 38.

Bien cordialement,
Karim Bensaïd
Conseiller Mission locale de l'agglomération rouennaise
02 35 00 00 00""",
        app("Kévin", "Lemoine", phone="+33761442038", bac=2, grad="2025-06", email="kevin.lemoine76@gmail.com", forwarded_by="k.bensaid@missionlocale-rouen.example.org", status="b_kevin_bts_sp3s"),
    ), person="b_kevin_lemoine"),
    # Feature: employers_partners — kind — nous recherchons deux chef·fes de chantier
    # route: a cooperative employer pastes its offer and asks for profiles; the offer's «bac+2», «ESS» are not an applicant's → other
    N("employers_partners", "kind", "nous recherchons deux chef·fes de chantier", M(
        "Sylvie Marchand <recrutement@scop-batipole.example.fr>",
        "Offre d'emploi - SCOP Batipôle Tours",
        "12 11:40",
        """Bonjour,

La SCOP Batipôle (rénovation énergétique, 45 salariés, Tours) nous recherchons deux chef·fes de chantier en CDI pour janvier. Profil : bac+2 minimum (BTS bâtiment ou équivalent), intérêt pour l'économie sociale et solidaire, permis B. Les jeunes diplômé·es sont les bienvenu·es.

Si des personnes de votre programme sont intéressées, elles peuvent m'écrire directement.

Sylvie Marchand
Chargée RH, SCOP Batipôle""",
        other(),
    ), person="b_scop_batipole"),
    # Feature: first_application — studies_finished — en M2 en alternance jusqu'en septembre 2027
    # route: the body: a master's in progress in work-study until September 2027 → application; studies running → not eligible
    N("first_application", "studies_finished", "en M2 en alternance jusqu'en septembre 2027", M(
        "Théo Vasseur <theo.vasseur@icloud.com>",
        "Pro'pulse",
        "12 13:16",
        """Bonjour,

Je suis en M2 en alternance jusqu'en septembre 2027 (master management des organisations de l'ESS, Grenoble), en entreprise chez une mutuelle. Je voudrais préparer la suite dès maintenant : est-ce que je peux rejoindre Pro'pulse ?

Théo Vasseur
06 82 31 57 90""",
        app("Théo", "Vasseur", phone="+33682315790", bac="*", grad=None, failing=("studies_finished",), status="b_theo_m2_alternance"),
    ), person="b_theo_vasseur"),
    # Feature: questions_before — kind — est-ce qu'il faut être inscrit à France Travail
    # route: a short question with no fact of the writer's → question
    N("questions_before", "kind", "est-ce qu'il faut être inscrit à France Travail", M(
        "marine.bouchet@free.fr",
        "question",
        "12 18:22",
        """Bonsoir, est-ce qu'il faut être inscrit à France Travail pour participer au programme ? Merci""",
        question(),
    ), person="b_marine_bouchet"),
    # Feature: from_a_post — graduation — DUT carrières sociales en juin 2024
    # route: a short answer to the Instagram post: a DUT of June 2024 (more than two years before TODAY), an association sought → application; graduation not recent → not eligible
    N("from_a_post", "graduation", "DUT carrières sociales en juin 2024", M(
        "Lou-Ann Perrot <louann.perrot@gmail.com>",
        "post insta",
        "12 22:04",
        """Bonsoir ! j'ai vu votre post sur insta, je suis super intéressée. J'ai eu mon DUT carrières sociales en juin 2024 à Tours et depuis je suis animatrice périscolaire, je voudrais un vrai poste dans une asso.
Lou-Ann
06 58 20 41 77""",
        app("Lou-Ann", "Perrot", phone="+33658204177", bac=2, grad="2024-06", failing=("graduation_recent",), status="b_louann_dut_2024"),
    ), person="b_louann_perrot"),
    # Feature: writing_again — graduation — j'ai une licence pro
    # ambiguous: the licence pro is given with no year (the CV he says is attached is missing): the date is left open
    # route: person Florian Besson, first mail: a licence pro with no date, a SCOP sought, «CV en pièce jointe» but no file → application; graduation open → to verify
    N("writing_again", "graduation", "j'ai une licence pro", M(
        "Florian Besson <florian.besson21@laposte.net>",
        "Candidature",
        "13 08:12",
        """Bonjour,

Je m'appelle Florian Besson, j'habite Dijon. J'ai une licence pro gestion des organisations de l'économie sociale et solidaire et je cherche un poste de gestionnaire dans une SCOP ou une coopérative d'activités. Mon CV en pièce jointe.

Cordialement,
Florian Besson""",
        app("Florian", "Besson", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="b_florian_sans_cv"),
    ), person="b_florian_besson"),
    # Feature: writing_again — graduation — Licence professionnelle GOESS — juin 2025
    # route: person Florian Besson, second mail: «voici le CV oublié», the CV gives the licence pro of June 2025 and the SCOP aim → application (facts in the CV); bac+3 of 2025-06, ESS aim → eligible
    N("writing_again", "graduation", "Licence professionnelle GOESS — juin 2025", M(
        "Florian Besson <florian.besson21@laposte.net>",
        "Re: Candidature",
        "13 08:40",
        """Pardon, voici le CV oublié dans mon message de ce matin.

Florian Besson""",
        app("Florian", "Besson", phone="+33670185236", bac=3, grad="2025-06", info_in="cv", status="b_florian_cv"),
        cv=CV("odt", "CV Florian Besson.odt", """Florian Besson
Dijon - 06 70 18 52 36 - florian.besson21@laposte.net
Recherche : poste de gestionnaire en SCOP ou coopérative d'activités et d'emploi
Licence professionnelle GOESS — juin 2025 — IUT de Dijon-Auxerre
BTS Comptabilité et gestion — 2024 — lycée Le Castel
Trésorier bénévole de la ressourcerie La Recyclade (depuis 2023)"""),
    ), person="b_florian_besson"),
    # Feature: participants — kind — changer de groupe pour les ateliers
    # route: a participant of the cohort writes a new mail about the coaching days → other (never an application)
    N("participants", "kind", "changer de groupe pour les ateliers", M(
        "Aïcha Diallo <aicha.diallo@hotmail.fr>",
        "Groupe du jeudi",
        "13 09:05",
        """Bonjour Claire,

Est-ce que ce serait possible de changer de groupe pour les ateliers ? J'ai commencé un CDD à mi-temps à la Banque alimentaire le jeudi matin, je pourrais venir le mardi à la place.

Merci beaucoup,
Aïcha (promo de septembre)""",
        other(),
    ), person="b_aicha_diallo"),
    # Feature: first_application — aim — un poste en communication
    # ambiguous: she asks for «un poste en communication» with no employer or sector named: whether an ESS employer is sought is left open
    # route: a few paragraphs: a bachelor in communication of July 2026 (bac+3), a post in communication with no employer named → application; aim open → to verify
    N("first_application", "aim", "un poste en communication", M(
        "Amandine Roux <amandine.roux@yahoo.fr>",
        "candidature programme jeunes diplômés",
        "13 10:26",
        """Bonjour,

Je viens de terminer un bachelor communication et marketing digital (3 ans, diplômée en juillet 2026, Sup de Com Montpellier).

Je cherche un poste en communication, idéalement en CDI, et j'ai besoin d'aide pour mes candidatures : je n'ai pas eu beaucoup de réponses depuis l'été.

Je serais ravie d'échanger avec vous.
Amandine Roux
07 49 02 63 18""",
        app("Amandine", "Roux", phone="+33749026318", bac=3, grad="2026-07", unknown=("job_seeking_ess",), status="b_amandine_bachelor_com"),
    ), person="b_amandine_roux"),
    # Feature: our_threads — kind — je n'ai pas reçu le lien de la visio
    # route: a reply in our thread (In-Reply-To our invitation, quoted): the link of the video call asked for → reply
    N("our_threads", "kind", "je n'ai pas reçu le lien de la visio", M(
        "Mathis Gauthier <mathis.gauthier@gmail.com>",
        "RE: Entretien Pro'pulse",
        "13 11:52",
        """Bonjour,

J'ai bien noté l'entretien de vendredi 13 à 14h mais je n'ai pas reçu le lien de la visio. Pouvez-vous me le renvoyer ?

Mathis

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Envoyé : lundi 9 novembre 2026 17:03
Objet : Entretien Pro'pulse
Bonjour Mathis, je vous confirme votre entretien vendredi 13 novembre à 14h, en visio. Le lien vous sera envoyé la veille.""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-11-09-0012@animafac.net>", "References": "<entretien-2026-11-09-0012@animafac.net>"},
    ), person="b_mathis_gauthier"),
    # Feature: first_application — graduation — master Gestion des ONG en septembre 2025
    # route: a phone mail: a master of September 2025, an NGO or a solidarity association sought → application; bac+5 of 2025-09, ESS aim → eligible
    N("first_application", "graduation", "master Gestion des ONG en septembre 2025", M(
        "Baptiste Morvan <baptiste.morvan29@gmail.com>",
        "",
        "13 12:33",
        """Bonjour
Je suis intéressé par votre accompagnement. jai fini mon master Gestion des ONG en septembre 2025 à l'UBO (Brest) et je cherche un poste dans une ONG ou une asso de solidarité internationale, chargé de projet ou de partenariats.
Merci
Baptiste Morvan 0677152904

Envoyé de mon iPhone""",
        app("Baptiste", "Morvan", phone="+33677152904", bac=5, grad="2025-09", status="b_baptiste_master_ong"),
    ), person="b_baptiste_morvan"),
    # Feature: unwanted — kind — Votre colis n'a pas pu être livré
    # route: a phishing mail (a parcel held, a fee to pay): no applicant, nothing asked of the programme → other
    N("unwanted", "kind", "Votre colis n'a pas pu être livré", M(
        "Service Livraison <notification@colis-suivi-fr.example.com>",
        "Votre colis n'a pas pu être livré",
        "13 14:09",
        """Bonjour,

Votre colis n'a pas pu être livré en raison de frais de douane impayés (1,99 EUR). Sans régularisation sous 48h, il sera retourné à l'expéditeur.

Régler maintenant : https://colis-suivi-fr.example.com/regler

Service client""",
        other(),
    ), person="b_colis_phishing"),
    # Feature: referred — situation — en service civique à Unis-Cité jusqu'en juin 2027
    # route: a university careers service presents a graduate: a licence of July 2026, but a service civique running until June 2027 → application forwarded_by the service; service civique running → not eligible
    N("referred", "situation", "en service civique à Unis-Cité jusqu'en juin 2027", M(
        "SUIO Université de Tours <suio-insertion@univ-tours.example.fr>",
        "Présentation d'une diplômée - Anaïs Delorme",
        "13 15:47",
        """Bonjour,

Le service d'insertion professionnelle de l'université vous présente Anaïs Delorme, diplômée d'une licence de sociologie en juillet 2026. Elle est actuellement en service civique à Unis-Cité jusqu'en juin 2027 et souhaiterait préparer dès maintenant sa recherche d'emploi dans une association culturelle.

Vous pouvez la joindre à anais.delorme@etu.univ-tours.example.fr.

Cordialement,
Hélène Faure
Chargée d'insertion professionnelle, SUIO""",
        app("Anaïs", "Delorme", phone=None, bac=3, grad="2026-07", email="anais.delorme@etu.univ-tours.example.fr", forwarded_by="suio-insertion@univ-tours.example.fr", failing=("not_service_civique",), status="b_anais_sc_unis_cite"),
    ), person="b_anais_delorme"),
    # Feature: english_mail — graduation — MSc in Development Studies in September 2025
    # route: an English application from a Nigerian graduate in Bordeaux: an MSc of September 2025, an NGO sought → application (en); bac+5 of 2025-09, ESS aim → eligible
    N("english_mail", "graduation", "MSc in Development Studies in September 2025", M(
        "Chidinma Okafor <chidinma.okafor@gmail.com>",
        "Application - Pro'pulse programme",
        "13 20:58",
        """Dear Pro'pulse team,

A friend from my French class told me about your programme. I completed an MSc in Development Studies in September 2025 at the University of Bordeaux, after a BSc in Sociology in Lagos.

I am looking for a position in an NGO or a non-profit working with migrant women, ideally in Bordeaux. My French is B2 and improving.

Kind regards,
Chidinma Okafor
+33 7 53 90 26 14""",
        app("Chidinma", "Okafor", phone="+33753902614", bac=5, grad="2025-09", language="en", status="b_chidinma_msc"),
    ), person="b_chidinma_okafor"),
    # Feature: questions_before — kind — compatible avec un travail à temps partiel
    # route: a question about the programme's rhythm, no fact of the writer's → question
    N("questions_before", "kind", "compatible avec un travail à temps partiel", M(
        "Océane Lefort <oceane.lefort@orange.fr>",
        "Renseignement",
        "14 09:14",
        """Bonjour,

Je voudrais savoir si l'accompagnement est compatible avec un travail à temps partiel : combien de demi-journées par semaine faut-il prévoir, et est-ce que les ateliers ont lieu en présentiel ?

Merci d'avance,
Océane Lefort""",
        question(),
    ), person="b_oceane_lefort"),
    # Feature: first_application — career_change — me reconvertir après huit ans comme aide-soignante
    # route: a long mail: a DUT GEA of June 2026 taken to change trade after eight years as a care assistant, an association sought → application; a career change said → not eligible
    N("first_application", "career_change", "me reconvertir après huit ans comme aide-soignante", M(
        "Sandrine Poulain <sandrine.poulain@laposte.net>",
        "Candidature - Sandrine Poulain",
        "14 11:20",
        """Bonjour,

J'ai 34 ans et j'ai décidé de me reconvertir après huit ans comme aide-soignante en EHPAD. J'ai repris mes études en 2024 et j'ai obtenu mon DUT Gestion des entreprises et des administrations en juin 2026, à l'IUT de Clermont-Ferrand.

Je voudrais maintenant travailler dans la gestion administrative d'une association, pourquoi pas dans le médico-social que je connais bien.

J'ai vu que votre programme s'adressait aux jeunes diplômés, j'espère que mon profil peut convenir.

Bien cordialement,
Sandrine Poulain
06 24 71 93 05""",
        app("Sandrine", "Poulain", phone="+33624719305", bac=2, grad="2026-06", failing=("not_career_change",), status="b_sandrine_reconversion"),
    ), person="b_sandrine_poulain"),
    # Feature: first_application — graduation — un bts mco eu en 2024
    # ambiguous: a year alone in 2024 (November 2024 or later is recent, earlier is not): the date is left open
    # route: a phone mail: a BTS MCO of 2024 (year alone), «l'associatif» sought → application; graduation open → to verify
    N("first_application", "graduation", "un bts mco eu en 2024", M(
        "Dylan Marty <dylan.marty45@gmail.com>",
        "pro pulse",
        "14 18:37",
        """bjr je suis interessé par pro pulse, j'ai un bts mco eu en 2024 et je cherche du travail dans l'associatif vers Orléans. vous pouvez m'appeler au 07 83 15 62 40
merci""",
        app("Dylan", "Marty", phone="+33783156240", bac=2, grad="2024", unknown=("graduation_recent",), status="b_dylan_bts_2024"),
    ), person="b_dylan_marty"),
    # Feature: machines — kind — Adresse introuvable
    # route: the delivery report of our acknowledgement to a mistyped address (Mailer-Daemon, multipart/report) → bounce
    N("machines", "kind", "Adresse introuvable", M(
        "Mail Delivery System <MAILER-DAEMON@mx.animafac.net>",
        "Undelivered Mail Returned to Sender",
        "14 21:03",
        """Adresse introuvable

Votre message « Pro'pulse – accusé de réception de votre candidature » n'a pas pu être remis à lena.chabert@gmial.com : le domaine n'existe pas.""",
        bounce("lena.chabert@gmial.com"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; lena.chabert@gmial.com
Action: failed
Status: 5.1.2""",
    ), person="b_lena_chabert"),
    # Feature: employers_partners — kind — la liste d'émargement des ateliers d'octobre
    # route: a funder (the département) asks for the attendance sheets of October's workshops: its dates and «jeunes» are not an applicant's → other
    N("employers_partners", "kind", "la liste d'émargement des ateliers d'octobre", M(
        "Pascale Viguier <p.viguier@departement-gironde.example.fr>",
        "Convention 2026 - pièces justificatives",
        "15 10:10",
        """Bonjour,

Dans le cadre de la convention 2026, pourriez-vous nous transmettre avant le 30 novembre la liste d'émargement des ateliers d'octobre ainsi que le nombre de jeunes accompagnés résidant en Gironde ?

Bien cordialement,
Pascale Viguier
Service insertion, Département de la Gironde""",
        other(),
    ), person="b_departement_gironde"),
    # Feature: our_threads — kind — je serai là samedi matin, merci
    # route: a reply in our thread (In-Reply-To our invitation to the information morning, quoted) confirming → reply
    N("our_threads", "kind", "je serai là samedi matin, merci", M(
        "Élise Vidal <elise.vidal@gmail.com>",
        "Re: Matinée d'information du 21 novembre",
        "15 11:44",
        """Bonjour, je serai là samedi matin, merci ! Je viendrai peut-être avec une amie qui hésite encore à candidater.
Élise

Le jeu. 12 nov. 2026 à 18:05, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour,
> Nous vous invitons à la matinée d'information du samedi 21 novembre, de 10h à 12h, à la Maison des associations de Montpellier.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<information-2026-11-12-0007@animafac.net>", "References": "<information-2026-11-12-0007@animafac.net>"},
    ), person="b_elise_vidal"),
    # Feature: machines — kind — en congé maternité
    # route: a partner's maternity-leave auto-reply (Auto-Submitted) answering our mail → auto_reply
    N("machines", "kind", "en congé maternité", M(
        "Julie Tessier <j.tessier@cape-clermont.example.org>",
        "Réponse automatique : Pro'pulse – bilan de la session de septembre",
        "15 14:30",
        """Bonjour,

Je suis en congé maternité jusqu'au 1er mars 2027. Pendant mon absence, vous pouvez écrire à contact@cape-clermont.example.org.

Julie Tessier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="b_cape_clermont"),
    # Feature: not_quite_for_us — graduation — sinon, je veux bien rejoindre Pro'pulse
    # route: a job AT Animafac asked first, then «sinon» the programme asked with her facts: a licence of 2022, an association sought → application (she asks to join); graduation 2022 not recent → not eligible
    N("not_quite_for_us", "graduation", "sinon, je veux bien rejoindre Pro'pulse", M(
        "Camille Ferrer <camille.ferrer@outlook.fr>",
        "Poste chez Animafac ?",
        "15 20:12",
        """Bonjour,

Est-ce qu'Animafac recrute en ce moment ? J'ai été bénévole dans une association étudiante à Nice pendant trois ans et j'adorerais travailler chez vous, à l'animation du réseau par exemple.

J'ai une licence d'information-communication obtenue en 2022 à l'université Côte d'Azur. Si vous n'avez pas de poste, sinon, je veux bien rejoindre Pro'pulse pour trouver un emploi dans une association.

Camille Ferrer""",
        app("Camille", "Ferrer", phone=None, bac=3, grad="2022", failing=("graduation_recent",), status="b_camille_poste_animafac"),
    ), person="b_camille_ferrer"),
]
