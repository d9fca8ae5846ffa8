"""Inbox corpus, batch 04 (writer A): Monday 9 – Wednesday 11 November 2026, the 11 November holiday and its bridge.
Monday's regional ESS newsletter; out-of-office replies for the bridge; the correction of the year written on
the 8th; a British graduate's application; an Irish university's exchange office asking to relay the
programme; a Secours populaire volunteer presenting a man; a SCIC's offer and a Mission locale's information
session; a CRM sale; a participant's attendance certificate and another's interview gone well; a person who
asks for a service civique at Animafac or the programme; applications sent on the holiday from phones.
Messages in arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from inbox import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: machines — kind — La lettre de l'ESS en Grand Est
    # route: the region's monthly newsletter (List-Unsubscribe, Precedence bulk): calls for projects, forums, a portrait of a young graduate → newsletter
    N("machines", "kind", "La lettre de l'ESS en Grand Est", M(
        "Région Grand Est <lettre-ess@grandest.example.fr>", "La lettre de l'ESS en Grand Est - novembre 2026", "11-09 07:00",
        """La lettre de l'ESS en Grand Est - novembre 2026

Appel à projets « Emploi des jeunes dans l'ESS » : dépôt des dossiers jusqu'au 15 janvier 2027.

Mois de l'ESS : 140 événements dans la région, dont le forum des métiers de l'ESS à Metz le 20 novembre.

Portrait : Camille, 24 ans, diplômée d'un BTS, coordinatrice dans une épicerie solidaire à Nancy.

Vous recevez cette lettre car vous êtes abonné·e. Se désabonner : https://grandest.example.fr/ess/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://grandest.example.fr/ess/desabonnement>", "Precedence": "bulk"},
    ), person="region_grand_est"),
    # Feature: first_application — level — j'ai mon bac STMG
    # route: a short mail: a bac STMG (2024) only, then a service civique running to June 2027 in the same paragraph → application; no diploma of bac+2 → fails degree_level, and the service civique running fails not_service_civique → not eligible
    N("first_application", "level", "j'ai mon bac STMG", M(
        "Jordan Lefort <jordan.lefort57@gmail.com>", "Pro'pulse inscription", "11-09 08:20",
        """Bonjour,

J'ai mon bac STMG depuis 2024 et je suis en service civique à Unis-Cité Metz jusqu'en juin 2027. Après je voudrais travailler dans une association sportive, comme éducateur ou dans l'administratif.

Est-ce que votre programme est possible pour moi ?

Jordan Lefort
06 43 72 19 85""",
        app("Jordan", "Lefort", phone="+33643721985", bac=0, grad="2024", failing=("degree_level", "not_service_civique"), status="jordan_bac_service_civique"),
    ), person="jordan_lefort"),
    # Feature: writing_again — graduation — je me suis trompée dans mon mail de dimanche
    # route: Salomé's second mail: «je me suis trompée», the BTS of 2025 (2023 was her bac) in the first paragraph; the correction wins → application; bac+2 of 2025, ESS sought → eligible
    N("writing_again", "graduation", "je me suis trompée dans mon mail de dimanche", M(
        "Salomé Gauthier <salome.gauthier@gmail.com>", "Correction - inscription pro'pulse", "11-09 09:10",
        """Bonjour,

Petite correction : je me suis trompée dans mon mail de dimanche, j'ai obtenu mon BTS Communication en juin 2025 et pas en 2023 (2023, c'est l'année de mon bac). Désolée !

Je cherche toujours un poste de chargée de communication dans une association culturelle ou sportive.

Salomé Gauthier
06 29 84 51 73""",
        app("Salomé", "Gauthier", phone="+33629845173", bac=2, grad="2025-06", status="salome_bts_2025_corrige"),
    ), person="salome_gauthier"),
    # Feature: our_threads — kind — jeudi 12 à 14h
    # route: Loïc's answer in our thread (In-Reply-To <…@animafac.net>, our new slots quoted), a slot chosen → reply
    N("our_threads", "kind", "jeudi 12 à 14h", M(
        "Loïc Ferrer <loic.ferrer@gmail.com>", "Re: Entretien Pro'pulse lundi 9 novembre", "11-09 10:05",
        """Bonjour,

Jeudi 12 à 14h c'est parfait. Et mon entretien de ce matin s'est bien passé, je croise les doigts !

Loïc

Le dim. 8 nov. 2026 à 20:14, Pro'pulse <propulse@animafac.net> a écrit :
> Bonsoir Loïc,
> Bien sûr. Nous pouvons vous proposer mardi 10 à 16h ou jeudi 12 à 14h.
> Bon courage pour votre entretien !
> Claire""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-08-0079@animafac.net>"},
    ), person="loic_ferrer"),
    # Feature: english_mail — level — a BA in Politics
    # route: a British graduate writing in English: a BA in Politics of July 2025 in the first paragraph, a cooperative or a charity sought → application (en); bac+3 of 2025, ESS sought → eligible
    N("english_mail", "level", "a BA in Politics", M(
        "Oliver Grant <oliver.grant@gmail.com>", "Joining Pro'pulse", "11-09 11:30",
        """Hello,

I finished a BA in Politics at the University of Leeds in July 2025 and moved to Lille in January for my partner's job. Since then I've been teaching English part-time.

I'd really like to work for a cooperative or a charity here, ideally on housing or community organising. A colleague mentioned your programme. My French is decent (B2) and improving.

Cheers,
Oliver Grant
07 82 36 41 59""",
        app("Oliver", "Grant", phone="+33782364159", bac=3, grad="2025-07", language="en", status="oliver_ba_politics_lille"),
    ), person="oliver_grant"),
    # Feature: participants — kind — une attestation de présence pour France Travail
    # route: a participant of the cohort asking for an attendance certificate for France Travail, no request to join → other
    N("participants", "kind", "une attestation de présence pour France Travail", M(
        "Anissa Hamdi <anissa.hamdi@gmail.com>", "Attestation", "11-09 12:45",
        """Bonjour Claire,

Ma conseillère France Travail me demande une attestation de présence aux séances Pro'pulse depuis septembre. Pourriez-vous m'en faire une attestation de présence pour France Travail, avec les dates des ateliers ?

Merci beaucoup,
Anissa Hamdi""",
        other(),
    ), person="anissa_hamdi"),
    # Feature: employers_partners — kind — Chargé·e d'animation de la vie coopérative
    # route: a SCIC sending a job offer (bac+3, two years' experience, a start date) to relay → other
    N("employers_partners", "kind", "Chargé·e d'animation de la vie coopérative", M(
        "Romain Lecomte <recrutement@scic-terres-communes.example.org>", "Offre : Chargé·e d'animation de la vie coopérative", "11-09 14:00",
        """Bonjour,

La SCIC Terres Communes (alimentation durable, 230 sociétaires, Nantes) recrute :

Chargé·e d'animation de la vie coopérative - CDI temps plein
Missions : animer le sociétariat, préparer les assemblées générales, coordonner les bénévoles
Profil : bac+3 minimum, deux ans d'expérience dans l'ESS souhaités, goût pour l'animation de collectifs
Prise de poste : 1er février 2027

N'hésitez pas à diffuser auprès des jeunes diplômés de votre programme.

Romain Lecomte
Co-gérant""",
        other(),
    ), person="scic_terres_communes"),
    # Feature: first_application — graduation — Université de Picardie Jules Verne - 2024
    # ambiguous: the CV gives the licence's year alone, 2024: June 2024 would be over 24 months, a later session within them; graduation_recent open
    # route: two lines and a CV (DOCX) holding the facts: a licence of health and social sciences of 2024 (a year alone), a post in a prevention association sought → application; bac+3, the date open → to verify
    N("first_application", "graduation", "Université de Picardie Jules Verne - 2024", M(
        "Célia Delattre <celia.delattre@hotmail.fr>", "CV - Pro'pulse", "11-09 15:20",
        """Bonjour,
Je vous envoie mon CV pour le programme Pro'pulse.
Bien cordialement,
Célia Delattre""",
        app("Célia", "Delattre", phone="+33622951748", bac=3, grad="2024", unknown=("graduation_recent",), info_in="cv", status="celia_cv_licence_2024"),
        cv=CV("docx", "CV_Celia_Delattre.docx", """Célia DELATTRE
Amiens - 06 22 95 17 48 - celia.delattre@hotmail.fr
Projet : chargée de prévention santé en association (addictions, santé des jeunes)
Formation
Licence Sciences sanitaires et sociales - Université de Picardie Jules Verne - 2024
Bac ST2S - 2021
Expériences
Animatrice de prévention (vacations), festival des Nuits d'Amiens - étés 2024 et 2025
Agent d'accueil, CPAM de la Somme - CDD 2025"""),
    ), person="celia_delattre"),
    # Feature: questions_before — kind — les frais de transport sont-ils remboursés
    # route: a question on travel costs, none of his facts → question
    N("questions_before", "kind", "les frais de transport sont-ils remboursés", M(
        "Adrien Vasseur <adrien.vasseur@gmail.com>", "Question frais", "11-09 16:40",
        """Bonjour,

J'habite à Saint-Quentin : si je participe au programme, les frais de transport sont-ils remboursés pour venir aux journées collectives à Paris ?

Merci,
Adrien""",
        question(),
    ), person="adrien_vasseur"),
    # Feature: first_application — level — un CAP petite enfance
    # route: a phone mail: a CAP and a first year of BTS left, work in a supermarket sought → application; no diploma of bac+2 → fails degree_level, a supermarket sought fails job_seeking_ess → not eligible
    N("first_application", "level", "un CAP petite enfance", M(
        "Jessica Carré <jess.carre80@gmail.com>", "", "11-09 18:10",
        """Bonjour jai un CAP petite enfance et jai fait une premiere année de BTS mais jai arreté. Je cherche du travail en grande surface, caissiere ou mise en rayon, vous pouvez m'aider ?
Jessica 06 38 14 92 57""",
        app("Jessica", "Carré", phone="+33638149257", bac=0, grad=None, failing=("degree_level", "job_seeking_ess"), status="jessica_cap_grande_surface"),
    ), person="jessica_carre"),
    # Feature: english_mail — kind — share information about Pro'pulse
    # route: an Irish university's exchange office asking, in English, for a description of the programme to relay to its graduates → other
    N("english_mail", "kind", "share information about Pro'pulse", M(
        "Siobhán Walsh <s.walsh@ucc-international.example.ie>", "Information for our graduates", "11-10 08:30",
        """Dear colleagues,

I work in the International Office of University College Cork. Several of our recent graduates who spent their Erasmus year in France would like to work there, in the non-profit sector.

We would be glad to share information about Pro'pulse with them in our alumni newsletter. Would you have a short description or a flyer in English we could use?

With thanks,
Siobhán Walsh
International Office""",
        other(),
    ), person="ucc_international"),
    # Feature: referred — graduation — il y a deux ans
    # ambiguous: a master from Dakar obtained «il y a deux ans», no month: around November 2024, on the 24-month line; graduation_recent open
    # route: a Secours populaire volunteer presents Ibrahima (his phone given, no address): a master of management from Dakar obtained «il y a deux ans», a post in an association sought → application, referral; bac+5, the date open → to verify
    N("referred", "graduation", "il y a deux ans", M(
        "Monique Lebreton <monique.lebreton@orange.fr>", "Un jeune que j'accompagne", "11-10 09:45",
        """Bonjour,

Je suis bénévole au Secours populaire de Rennes et j'aide depuis l'été un jeune homme, Ibrahima Sow, 27 ans, arrivé du Sénégal. Il a un master en gestion de l'université de Dakar, obtenu il y a deux ans, et son diplôme vient d'être reconnu.

Il voudrait travailler dans une association, dans la gestion ou l'administratif. Il n'a pas d'adresse mail à lui pour l'instant ; son téléphone : 07 58 41 93 26.

Merci de ce que vous pourrez faire pour lui,
Monique Lebreton""",
        app("Ibrahima", "Sow", phone="+33758419326", bac=5, grad=None, unknown=("graduation_recent",), email=None, forwarded_by="monique.lebreton@orange.fr", status="ibrahima_benevole_secours_populaire"),
    ), person="ibrahima_sow"),
    # Feature: first_application — career_change — après dix ans de comptabilité
    # route: a long mail: ten years as an accountant, a master of ESS in progress until September 2027 to change trade → application; a master in progress fails studies_finished, the change of trade fails not_career_change → not eligible
    N("first_application", "career_change", "après dix ans de comptabilité", M(
        "Frédéric Lagarde <f.lagarde@free.fr>", "Reconversion ESS - demande d'accompagnement", "11-10 11:00",
        """Bonjour,

J'ai 41 ans et, après dix ans de comptabilité en cabinet à Toulouse, j'ai décidé de changer de métier pour donner du sens à mon travail.

Je suis depuis septembre en master 2 « Économie sociale et solidaire » à l'université Toulouse Capitole, en formation continue ; je serai diplômé en septembre 2027, après mon mémoire.

Je voudrais dès maintenant préparer mon entrée dans une coopérative ou une association, peut-être comme responsable administratif et financier. Votre programme accepte-t-il les personnes en reconversion ?

Cordialement,
Frédéric Lagarde
06 71 25 84 39""",
        app("Frédéric", "Lagarde", phone="+33671258439", bac="*", grad=None, failing=("studies_finished", "not_career_change"), status="frederic_comptable_master_en_cours"),
    ), person="frederic_lagarde"),
    # Feature: machines — kind — pont du 11 novembre
    # route: the CRESS officer's out-of-office (Auto-Submitted) for the bridge of 11 November → auto-reply
    N("machines", "kind", "pont du 11 novembre", M(
        "Julien Masson <j.masson@cress-hdf.example.org>", "Absent : Re: Mois de l'ESS : forum emploi à Lille", "11-10 12:30",
        """Bonjour,

Je suis absent du mardi 10 au jeudi 12 novembre inclus (pont du 11 novembre) et je n'aurai pas accès à mes messages.

Pour le Forum de l'emploi solidaire, vous pouvez écrire à forum@cress-hdf.example.org.

Julien Masson""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="cress_hdf"),
    # Feature: from_a_post — aim — assistant comptable dans une association ou une mutuelle
    # route: an answer to the programme's notice on a job board, with a CV (PDF): a DUT GEA of June 2025, an assistant accountant's post in an association or a mutuelle sought → application; bac+2 of 2025, ESS sought → eligible
    N("from_a_post", "aim", "assistant comptable dans une association ou une mutuelle", M(
        "Thibault Roger <thibault.roger@laposte.net>", "Annonce Pro'pulse - Emplois Solidaires", "11-10 14:15",
        """Bonjour,

J'ai vu votre annonce sur le site Emplois Solidaires. Titulaire d'un DUT GEA (juin 2025), je cherche un poste d'assistant comptable dans une association ou une mutuelle. Mon CV est en pièce jointe.

Cordialement,
Thibault Roger""",
        app("Thibault", "Roger", phone="+33687513042", bac=2, grad="2025-06", info_in="both", status="thibault_annonce_job_board"),
        cv=CV("pdf", "CV_Thibault_Roger.pdf", """Thibault ROGER
Nantes - 06 87 51 30 42 - thibault.roger@laposte.net
DUT Gestion des entreprises et des administrations, IUT de Nantes - juin 2025
Stage de 10 semaines : assistant comptable, association Trajet (insertion), Nantes - avril-juin 2025
Depuis septembre 2025 : employé polyvalent, restauration rapide (temps partiel)
Logiciels : Ciel Compta, Excel"""),
    ), person="thibault_roger"),
    # Feature: participants — kind — mon entretien à la SCOP s'est bien passé
    # route: a participant of the cohort telling the coach his job interview went well, no request to join → other
    N("participants", "kind", "mon entretien à la SCOP s'est bien passé", M(
        "Kevin Aubert <kevin.aubert@gmail.com>", "Re: Entretien SCOP - besoin d'un conseil", "11-10 15:40",
        """Salut Claire,

Petit retour : mon entretien à la SCOP s'est bien passé ! La simulation avec la coach m'a servi, surtout pour le salaire. Ils me donnent une réponse vendredi.

Kevin""",
        other(),
    ), person="kevin_aubert"),
    # Feature: first_application — studies_finished — mon diplôme est validé
    # route: a pasted cover letter: a master of sociology defended in June, «mon diplôme est validé», a post of research officer in an association federation sought → application; bac+5 of 2026, studies over, ESS sought → eligible
    N("first_application", "studies_finished", "mon diplôme est validé", M(
        "Élise Barbier <elise.barbier@gmail.com>", "Candidature au programme Pro'pulse", "11-10 17:05",
        """Madame, Monsieur,

Titulaire d'un master de sociologie de l'université Paris Cité, j'ai soutenu mon mémoire en juin sur l'engagement bénévole des jeunes retraités ; mon diplôme est validé depuis juillet 2026.

Mes stages au sein d'une fédération d'associations familiales et d'un observatoire de la vie associative m'ont donné le goût des études au service des réseaux associatifs. Je souhaite aujourd'hui devenir chargée d'études dans une fédération associative ou une tête de réseau de l'ESS.

Le programme Pro'pulse m'aiderait à cibler ma recherche et à rencontrer des employeurs du secteur.

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Élise Barbier
06 35 29 71 48""",
        app("Élise", "Barbier", phone="+33635297148", bac=5, grad="2026-07", status="elise_lettre_sociologie"),
    ), person="elise_barbier"),
    # Feature: unwanted — kind — Le CRM pensé pour les associations
    # route: a software vendor's cold sale (a CRM for associations, a demo offered) → other
    N("unwanted", "kind", "Le CRM pensé pour les associations", M(
        "Léo de Asso-Gestion <leo@asso-gestion.example.com>", "Gérez vos bénéficiaires sans Excel", "11-10 18:30",
        """Bonjour,

Vous suivez des dizaines de jeunes sur des tableurs ? Asso-Gestion, le CRM pensé pour les associations : suivi des parcours, relances automatiques, bilans pour vos financeurs en un clic.

Démo gratuite de 20 minutes : https://asso-gestion.example.com/demo

Belle journée,
Léo, de l'équipe Asso-Gestion""",
        other(),
    ), person="asso_gestion"),
    # Feature: not_quite_for_us — aim — une mission de service civique chez Animafac
    # ambiguous: she asks first for a service civique mission at Animafac and only then for the programme; whether she seeks a job at all is not said; job_seeking_ess open
    # route: a graduate asking for a service civique at Animafac «ou sinon» to join the programme, her facts given: a licence STAPS of June 2026, none running → application (she asks to join with her facts); bac+3 of 2026, a job sought open → to verify
    N("not_quite_for_us", "aim", "une mission de service civique chez Animafac", M(
        "Lisa Fernandes <lisa.fernandes@gmail.com>", "Service civique ou Pro'pulse ?", "11-10 20:15",
        """Bonsoir,

J'ai obtenu ma licence STAPS en juin 2026 à Lille. Je cherche une mission de service civique chez Animafac, autour du sport associatif ou de l'engagement étudiant. Ou sinon, est-ce que je pourrais faire Pro'pulse ?

Je ne sais pas trop ce qui est le mieux pour moi, j'aimerais surtout être utile et apprendre.

Lisa Fernandes
07 64 19 83 52""",
        app("Lisa", "Fernandes", phone="+33764198352", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="lisa_service_civique_ou_programme"),
    ), person="lisa_fernandes"),
    # Feature: machines — kind — absente jusqu'au lundi 16 novembre
    # route: the careers service adviser's out-of-office (Auto-Submitted) over the holiday, to our answer → auto-reply
    N("machines", "kind", "absente jusqu'au lundi 16 novembre", M(
        "Hélène Schmitt <helene.schmitt@unistra.example.fr>", "Réponse automatique : RE: Candidature Pro'pulse (1/3) - Lucas Weber", "11-11 09:00",
        """Bonjour,

Le BAIP est fermé le 11 novembre et je suis absente jusqu'au lundi 16 novembre. Je traiterai votre message à mon retour.

Hélène Schmitt
BAIP - Université de Strasbourg""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="baip_unistra"),
    # Feature: first_application — studies_finished — en L3 de sociologie à distance
    # route: a holiday mail: a L3 of sociology followed at a distance and a service civique running to May 2027, both in the first paragraph → application; a licence in progress fails studies_finished, the service civique running fails not_service_civique → not eligible
    N("first_application", "studies_finished", "en L3 de sociologie à distance", M(
        "Clara Nguyen <clara.nguyen@gmail.com>", "Candidature", "11-11 10:20",
        """Bonjour,

Je suis en L3 de sociologie à distance (Lyon 2) et en même temps en service civique dans une association de soutien scolaire à Villeurbanne, jusqu'en mai 2027.

J'aimerais ensuite travailler dans l'éducation populaire. Est-ce que je peux déjà m'inscrire au programme, pour gagner du temps ?

Merci,
Clara Nguyen""",
        app("Clara", "Nguyen", phone=None, bac="*", grad=None, failing=("studies_finished", "not_service_civique"), status="clara_l3_et_service_civique"),
    ), person="clara_nguyen"),
    # Feature: our_threads — kind — ma lettre de motivation comme convenu
    # route: Amandine's answer in our thread (In-Reply-To <…@animafac.net>, our request quoted), her letter attached as agreed at the interview → reply
    N("our_threads", "kind", "ma lettre de motivation comme convenu", M(
        "Amandine Roche <amandine.roche@gmail.com>", "Re: Suite de notre entretien", "11-11 11:45",
        """Bonjour Claire,

Voici ma lettre de motivation comme convenu vendredi. Bon 11 novembre !

Amandine

Le ven. 6 nov. 2026 à 12:02, Pro'pulse <propulse@animafac.net> a écrit :
> Merci Amandine pour cet entretien. Pourriez-vous nous envoyer une courte lettre de motivation d'ici la semaine prochaine ?
> Claire""",
        reply(),
        cv=CV("odt", "Lettre_motivation_Amandine_Roche.odt", """Amandine Roche
Lettre de motivation - programme Pro'pulse
Diplômée d'un BTS Gestion de la PME en juin 2026, je souhaite mettre mes compétences au service d'une association.
Mon alternance dans une régie de quartier m'a appris la gestion administrative et le contact avec les habitants.
Le programme m'aiderait à cibler les structures de l'ESS qui recrutent."""),
        headers={"In-Reply-To": "<suivi-2026-11-06-0074@animafac.net>"},
    ), person="amandine_roche"),
    # Feature: first_application — aim — éducatrice dans une association de protection de l'enfance
    # route: a phone mail on the holiday: a licence pro of June 2026, a post of educator in a child protection association sought → application; bac+3 of 2026, ESS sought → eligible
    N("first_application", "aim", "éducatrice dans une association de protection de l'enfance", M(
        "Maëva Colas <maeva.colas@icloud.com>", "Pro'pulse", "11-11 14:30",
        """Bonjour,
j'ai eu ma licence pro intervention sociale en juin 2026 (IUT de Rennes) et je cherche un poste d'éducatrice dans une association de protection de l'enfance, en Bretagne.
Maëva Colas
06 57 83 24 16

Envoyé de mon iPhone""",
        app("Maëva", "Colas", phone="+33657832416", bac=3, grad="2026-06", status="maeva_licence_pro_telephone"),
    ), person="maeva_colas"),
    # Feature: first_application — studies_finished — le jury se réunit le 30 novembre
    # ambiguous: the master's defence passed, the jury deliberating on 30 November, after TODAY: the master is neither obtained nor failed yet; studies_finished open
    # route: a few paragraphs: a master of social policies whose jury sits on 30 November in the first paragraph, an association of social action sought → application; bac+5 awaited, studies' end open → to verify
    N("first_application", "studies_finished", "le jury se réunit le 30 novembre", M(
        "Pauline Texier <pauline.texier@outlook.fr>", "Candidature Pro'pulse", "11-11 16:00",
        """Bonjour,

J'ai soutenu mon mémoire de master « Politiques sociales et territoires » à Nantes le 6 novembre ; le jury se réunit le 30 novembre pour les résultats définitifs.

Je cherche un poste de chargée de mission dans une association d'action sociale ou une fédération, en Loire-Atlantique. J'aimerais être accompagnée dès maintenant pour ne pas perdre de temps.

Cordialement,
Pauline Texier
06 18 42 97 35""",
        app("Pauline", "Texier", phone="+33618429735", bac=5, grad=None, unknown=("studies_finished",), status="pauline_jury_30_novembre"),
    ), person="pauline_texier"),
    # Feature: employers_partners — kind — une réunion d'information commune
    # route: a Mission locale proposing a joint information session for its young graduates (a date, a place) → other
    N("employers_partners", "kind", "une réunion d'information commune", M(
        "Karim Benhamou <k.benhamou@mission-locale-amiens.example.org>", "Proposition : information collective Pro'pulse", "11-11 18:20",
        """Bonjour,

Plusieurs jeunes diplômés suivis à la Mission locale d'Amiens cherchent dans l'ESS. Nous vous proposons d'organiser ensemble une réunion d'information commune dans nos locaux, par exemple le mardi 8 décembre à 14h, pour présenter Pro'pulse à une quinzaine de jeunes.

Qu'en pensez-vous ?

Karim Benhamou
Conseiller référent ESS, Mission locale d'Amiens""",
        other(),
    ), person="mission_locale_amiens"),
]
