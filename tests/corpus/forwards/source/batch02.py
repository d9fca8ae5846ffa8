"""Forwards corpus, batch 02 (writer A): Thursday 4 – Sunday 7 February 2027 (few on the weekend), each mail
read on its own day. A diploma «disponible au retrait» now for a session of 2024, a civic service declined
and one running, an enrolment for the running school year, a «lundi» counted from the carried mail's Tuesday,
a correction of a year above a mail of December, results announced after the reading day, a tutor and an
adviser forwarding their young people's mails; an employer's answer forwarded, two forwarded questions, a
reply in our thread, a chain letter and a network's newsletter."""
# ruff: noqa: E501

from __future__ import annotations

from forwards import N
from kit import CV, M, app, newsletter, other, question, reply

MESSAGES = [
    # Feature: school_mail_forwarded — graduation — Licence ... session de juin 2024 ... disponible
    # route: the forwarded mail of the university of 15 January 2027: the diploma «disponible» now is the licence of the June 2024 session (32 months back in February 2027; the pickup date is no obtention) → bac+3 of 2024-06, graduation_recent fails → not_eligible
    N("school_mail_forwarded", "graduation", "session de juin 2024", M(
        "Fanilo Rasoamanana <fanilo.rasoamanana@gmail.com>", "Fwd: Votre diplôme est disponible", "2027-02-04 08:40",
        """Bonjour,

Enfin ! Je viens de recevoir ça, je vais pouvoir fournir mon diplôme aux employeurs. Je cherche un poste en gestion dans une association culturelle. Est-ce que je peux rejoindre Pro'pulse ?

Fanilo Rasoamanana

---------- Forwarded message ---------
From: Service des diplômes <diplomes@univ-paris8.example.fr>
Date: Fri, Jan 15, 2027 at 10:32 AM
Subject: Votre diplôme est disponible
To: <fanilo.rasoamanana@gmail.com>

Madame, Monsieur,

Votre diplôme de Licence Administration économique et sociale, session de juin 2024, est disponible au retrait au bureau des diplômes (bâtiment A, du lundi au jeudi, 9h-12h), sur présentation d'une pièce d'identité.

Le service des diplômes""",
        app("Fanilo", "Rasoamanana", phone=None, bac=3, grad="2024-06", failing=("graduation_recent",), status="fanilo_diplome_retrait_session_2024"),
    )),
    # Feature: placement_forwarded — situation — Nous prenons acte de votre refus de la mission
    # route: the host's forwarded mail of 12 January 2027 acknowledges that she declined the civic service offered: no mission; a licence of June 2026 → bac+3 of 2026-06 → eligible
    N("placement_forwarded", "situation", "Nous prenons acte de votre refus de la mission", M(
        "Bérénice Cazenave-Obi <berenice.cazenave@laposte.net>", "TR: Votre candidature - mission Ambassadeur du tri", "2027-02-04 09:55",
        """Bonjour,

Je vous transfère la réponse de l'association : j'avais été retenue pour un service civique mais je l'ai refusé, parce que je veux un vrai emploi maintenant. J'ai ma licence de géographie depuis juin 2026 et je voudrais travailler dans une association d'environnement.

Merci de me dire comment m'inscrire.
Bérénice Cazenave-Obi
06 58 30 72 14

De : Zéro Déchet Pau <missions@zerodechet-pau.example.org>
Envoyé : mardi 12 janvier 2027 14:20
À : Bérénice Cazenave-Obi
Objet : RE: Votre candidature - mission Ambassadeur du tri

Bonjour Bérénice,

Nous prenons acte de votre refus de la mission de service civique qui devait commencer le 1er février. Nous comprenons votre choix et vous souhaitons une belle recherche d'emploi.

L'équipe de Zéro Déchet Pau""",
        app("Bérénice", "Cazenave-Obi", phone="+33658307214", bac=3, grad="2026-06", status="berenice_sc_refuse"),
        html="only",
    )),
    # Feature: offer_forwarded — career_change — J'ai travaillé plusieurs années avant de reprendre mes études
    # ambiguous: «plusieurs années» of work before her studies, the trade unsaid: a career change or jobs of a young adult, the words do not settle it
    # route: her lines above a forwarded offer («reconversion bienvenue» is the offer's): a licence pro of September 2026, years of work before it, unnamed → bac+3 of 2026-09, not_career_change open → to_verify
    N("offer_forwarded", "career_change", "J'ai travaillé plusieurs années avant de reprendre mes études", M(
        "Fatoumata Sangaré-Roux <fatou.sangare.roux@gmail.com>", "Fwd: Offre - Animatrice réseau AMAP", "2027-02-04 11:20",
        """Bonjour,

J'ai vu cette offre qui dit « reconversion bienvenue », ça m'a fait penser à vous. J'ai travaillé plusieurs années avant de reprendre mes études, et j'ai obtenu en septembre 2026 une licence professionnelle Agriculture biologique. Je voudrais être accompagnée pour postuler à ce type de poste.

Fatoumata Sangaré-Roux

---------- Forwarded message ---------
From: Réseau des AMAP d'Auvergne <emploi@amap-auvergne.example.org>
Date: Tue, Feb 2, 2027 at 6:12 PM
Subject: Offre - Animatrice réseau AMAP
To: <fatou.sangare.roux@gmail.com>

Le réseau recrute un·e animateur·rice (CDD 18 mois, Clermont-Ferrand).
Profil : bac+3 agriculture ou ESS, reconversion bienvenue, permis B indispensable.""",
        app("Fatoumata", "Sangaré-Roux", phone=None, bac=3, grad="2026-09", unknown=("not_career_change",), status="fatoumata_plusieurs_annees_avant"),
    )),
    # Feature: own_mail_forwarded — studies_finished — je suis en M2 cette année, diplôme en septembre 2027
    # route: the forwarded part, his own mail of 10 September 2026 to a job board: a master 2 running in 2026-2027, the diploma in September 2027, ahead of the reading day (a master 1 obtained) → bac+4, graduation null, studies_finished fails → not_eligible
    N("own_mail_forwarded", "studies_finished", "je suis en M2 cette année, diplôme en septembre 2027", M(
        "Corentin Mabillard <corentin.mabillard@outlook.fr>", "TR: Création de mon profil candidat", "2027-02-04 13:00",
        """Bonjour,
je vous envoie ce que j'avais mis sur mon profil Jobs That Make Sense, ça vous donnera une idée. J'aimerais commencer à préparer ma recherche dès maintenant.
Corentin
07 69 40 25 13

De : Corentin Mabillard
Envoyé : jeudi 10 septembre 2026 22:05
À : profils@jobsthatmakesense.example.org
Objet : Création de mon profil candidat

Bonjour, je suis en M2 cette année, diplôme en septembre 2027 (Master Management des organisations sociales, Grenoble). J'aimerais trouver un CDI de chargé de mission dans une fédération d'éducation populaire après. Merci !""",
        app("Corentin", "Mabillard", phone="+33769402513", bac=4, grad=None, failing=("studies_finished",), status="corentin_m2_cette_annee"),
    )),
    # Feature: forward_other_mail — kind — Je vous transmets leur réponse comme convenu
    # route: a participant forwards an employer's answer to her application, as agreed with her coach: no new application → other
    N("forward_other_mail", "kind", "Je vous transmets leur réponse comme convenu", M(
        "Lisa-Marie Okoro <lisamarie.okoro@gmail.com>", "TR: Votre candidature au poste de chargée d'accueil", "2027-02-04 14:30",
        """Bonjour Claire,

Je vous transmets leur réponse comme convenu lors de notre dernier point. On en parle jeudi ?

Lisa-Marie

De : RH Habitat et Humanisme Rhône <rh@hh-rhone.example.org>
Envoyé : jeudi 4 février 2027 11:48
Objet : Votre candidature au poste de chargée d'accueil

Madame,
Nous avons le plaisir de vous proposer un entretien le 11 février à 10h.
Cordialement""",
        other(),
    )),
    # Feature: top_corrects_below — graduation — oubliez l'année du mail, c'est 2025
    # route: her new line corrects the year of her forwarded mail of 2 December 2026 («diplômée en juin 2024»): June 2025, 20 months back in February 2027 → bac+2 of 2025-06 → eligible
    N("top_corrects_below", "graduation", "oubliez l'année du mail, c'est 2025", M(
        "Awa Kanouté-Berger <awa.kanoute.berger@gmail.com>", "TR: Candidature Pro'pulse", "2027-02-04 15:45",
        """Bonjour,

Je me rends compte que dans le mail ci-dessous, que je vous avais envoyé en décembre sans réponse, je me suis trompée : oubliez l'année du mail, c'est 2025 et pas 2024, j'ai bien eu mon DUT en juin 2025. Désolée !

Awa

---------- Message transféré ---------
De : Awa Kanouté-Berger <awa.kanoute.berger@gmail.com>
Date : mer. 2 déc. 2026 à 20:11
Objet : Candidature Pro'pulse
À : propulse@animafac.net

Bonjour, diplômée en juin 2024 d'un DUT Gestion des entreprises et des administrations, je cherche un poste d'assistante de gestion dans une association ou une coopérative. Je suis à Nantes.
Awa Kanouté-Berger
06 83 17 49 26""",
        app("Awa", "Kanouté-Berger", phone="+33683174926", bac=2, grad="2025-06", status="awa_correction_annee_2025"),
    )),
    # Feature: english_forward — studies_finished — Final marks will be released on 19 February 2027
    # ambiguous: the exams are sat and the marks come out on 19 February, after the reading day: the MA neither obtained nor failed yet
    # route: her university's forwarded English mail of 25 January 2027: the MA's final marks on 19 February, after the reading day; a BA before it → bac+3, graduation null, studies_finished open → to_verify
    N("english_forward", "studies_finished", "Final marks will be released on 19 February 2027", M(
        "Saoirse Ní Fhlannagáin <saoirse.nifhlannagain@gmail.com>", "Fwd: MA Social Policy - results timetable", "2027-02-04 17:10",
        """Hi,

I'm finishing an MA in Social Policy at University College Cork (one year, taught) and I've just moved to Marseille, where my partner lives. I'd love to work for a French charity on housing. I'm forwarding the results timetable so you know where I stand - all my exams and my dissertation are done.

Thank you,
Saoirse

---------- Forwarded message ---------
From: School of Applied Social Studies <apss-office@ucc.example.ie>
Date: Mon, Jan 25, 2027 at 11:00 AM
Subject: MA Social Policy - results timetable

Dear students,
Final marks will be released on 19 February 2027 through the student portal. The conferring ceremony will take place in June.
Best wishes,
APSS Office""",
        app("Saoirse", "Ní Fhlannagáin", phone=None, bac=3, grad=None, unknown=("studies_finished",), language="en", status="saoirse_marks_19_february"),
    )),
    # Feature: forward_other_mail — kind — est-ce que le programme est ouvert aux jeunes d'Outre-mer
    # route: a colleague's question forwarded by an educator, no personal fact of anyone → question
    N("forward_other_mail", "kind", "est-ce que le programme est ouvert aux jeunes d'Outre-mer", M(
        "Ludovic Saint-Prix <l.saintprix@cemea-guadeloupe.example.org>", "TR: question Pro'pulse", "2027-02-04 18:30",
        """Bonsoir, une collègue me demande ceci, je vous laisse lui répondre directement si possible (en copie).

De : Nathalie Jean-Baptiste
Envoyé : jeudi 4 février 2027 16:02
Objet : question Pro'pulse

Bonjour Ludovic, est-ce que le programme est ouvert aux jeunes d'Outre-mer, et les ateliers se font-ils en visio ?
Merci, Nathalie""",
        question(),
    )),
    # Feature: adviser_forwarded — situation — comme vous allez démarrer votre service civique en janvier
    # ambiguous: the adviser's forwarded mail of 3 November 2026 foresaw a civic service starting in January 2027; nothing says whether it began, and begun it would still run
    # route: the adviser's third-person statement about him, counted from her Date: a civic service planned for January 2027, not confirmed since; a licence of June 2026 → bac+3 of 2026-06, not_service_civique open → to_verify
    N("adviser_forwarded", "situation", "comme vous allez démarrer votre service civique en janvier", M(
        "Yacine Bouzidi-Ferrand <yacine.bf@hotmail.com>", "Fwd: Suite de notre rendez-vous", "2027-02-05 08:15",
        """Bonjour,

Voici le mail de ma conseillère France Travail qui parle de votre programme. J'ai une licence d'histoire depuis juin 2026 et je voudrais travailler dans la médiation culturelle associative.

Yacine

---------- Forwarded message ---------
From: Sandrine Villemin <sandrine.villemin@francetravail.example.fr>
Date: Tue, Nov 3, 2026 at 2:45 PM
Subject: Suite de notre rendez-vous
To: <yacine.bf@hotmail.com>

Bonjour Monsieur Bouzidi-Ferrand,

Comme vous allez démarrer votre service civique en janvier, je vous suggère de vous inscrire dès maintenant à Pro'pulse (Animafac) pour préparer la suite.

Cordialement,
Sandrine Villemin
Conseillère - agence de Mulhouse""",
        app("Yacine", "Bouzidi-Ferrand", phone=None, bac=3, grad="2026-06", unknown=("not_service_civique",), status="yacine_sc_prevu_janvier"),
    )),
    # Feature: nested_chain — graduation — Diplôme d'État d'éducateur de jeunes enfants, session de juin 2026
    # route: one level down, the training institute's answer of 18 January 2027 to her request: a DEEJE (bac+3) of the June 2026 session; CV attached → bac+3 of 2026-06 → eligible
    N("nested_chain", "graduation", "Diplôme d'État d'éducateur de jeunes enfants, session de juin 2026", M(
        "Eulalie Fournier-Tshibanda <eulalie.ft@sfr.fr>", "Fwd: RE: Demande d'attestation", "2027-02-05 09:40",
        """Bonjour,

Je souhaite m'inscrire à Pro'pulse. Je vous transfère l'échange avec mon école pour la preuve de diplôme, et je joins mon CV. Je cherche un poste dans une crèche associative ou parentale.

Eulalie Fournier-Tshibanda
06 47 21 88 30

---------- Forwarded message ---------
De : Secrétariat EJE <secretariat.eje@irts-lorraine.example.fr>
Date: lun. 18 janv. 2027 à 15:22
Subject: RE: Demande d'attestation
To: Eulalie Fournier-Tshibanda <eulalie.ft@sfr.fr>

Bonjour,
Vous trouverez ci-joint votre attestation de réussite au Diplôme d'État d'éducateur de jeunes enfants, session de juin 2026.
Bien cordialement, le secrétariat

Le ven. 15 janv. 2027 à 09:03, Eulalie Fournier-Tshibanda <eulalie.ft@sfr.fr> a écrit :
> Bonjour, pourriez-vous m'envoyer une attestation de réussite ? J'en ai besoin pour mes candidatures.
> Merci, Eulalie""",
        app("Eulalie", "Fournier-Tshibanda", phone="+33647218830", bac=3, grad="2026-06", status="eulalie_deeje_juin_2026"),
        cv=CV("odt", "CV_Eulalie_FT.odt", "Eulalie Fournier-Tshibanda\nÉducatrice de jeunes enfants\nDiplôme d'État EJE, IRTS de Lorraine, 2026\nStages : multi-accueil associatif Les Lutins (Nancy), crèche parentale Pomme d'Api\nBAFA"),
    )),
    # Feature: forwarded_by_other — situation — je commence lundi un nouveau stage
    # route: his former tutor forwards his mail of Tuesday 2 February 2027: «lundi» counted from that Date is 8 February, after the reading day (5 February): the internship has not begun, not yet a situation; a master of June 2026 → bac+5 of 2026-06 → eligible
    N("forwarded_by_other", "situation", "je commence lundi un nouveau stage", M(
        "Véronique Tessier <v.tessier@secourspop-lot.example.org>", "TR: des nouvelles", "2027-02-05 11:00",
        """Bonjour,

J'ai été la tutrice d'Achille pendant son stage de master l'an dernier. Il m'a écrit cette semaine (message ci-dessous) et je pense vraiment que votre programme lui conviendrait pour la suite. Je vous laisse le contacter : achille.bonnefoy.diarra@gmail.com.

Véronique Tessier
Responsable de l'antenne de Cahors

-------- Message transféré --------
Sujet : des nouvelles
Date : Tue, 2 Feb 2027 21:15:02 +0100
De : Achille Bonnefoy-Diarra <achille.bonnefoy.diarra@gmail.com>
Pour : Véronique Tessier <v.tessier@secourspop-lot.example.org>

Bonsoir Véronique,
Des nouvelles : j'ai mon master depuis juin dernier et, faute de poste, je commence lundi un nouveau stage de quatre mois dans une banque alimentaire. Mais ce que je veux vraiment c'est un emploi dans l'ESS, comme chez vous. Je peux te citer comme référence ?
Achille""",
        app("Achille", "Bonnefoy-Diarra", phone=None, bac=5, grad="2026-06", email="achille.bonnefoy.diarra@gmail.com", forwarded_by="v.tessier@secourspop-lot.example.org", status="achille_stage_lundi_8_fevrier"),
    )),
    # Feature: school_mail_forwarded — studies_finished — confirmation de votre inscription en 3e année
    # route: the school's forwarded mail of 7 September 2026 confirms her enrolment in the third year of a bachelor for 2026-2027, the school year running on the reading day (a BTS before it) → bac+2, graduation null, studies_finished fails → not_eligible
    N("school_mail_forwarded", "studies_finished", "confirmation de votre inscription en 3e année", M(
        "Priscille Mintsa <priscille.mintsa@gmail.com>", "TR: Confirmation d'inscription 2026-2027", "2027-02-05 12:10",
        """Bonjour, on m'a demandé un justificatif de situation pour vos ateliers, voici ma confirmation d'inscription. Je voudrais travailler dans une mutuelle plus tard.
Priscille Mintsa

De : Admissions ISEG Solidaire <admissions@iseg-solidaire.example.fr>
Envoyé : lundi 7 septembre 2026 09:30
À : Priscille Mintsa
Objet : Confirmation d'inscription 2026-2027

Madame,
Nous avons le plaisir de vous adresser la confirmation de votre inscription en 3e année du Bachelor Management de l'économie sociale pour l'année universitaire 2026-2027 (admission parallèle après BTS). Les cours ont repris le 14 septembre.
Le service des admissions""",
        app("Priscille", "Mintsa", phone=None, bac=2, grad=None, failing=("studies_finished",), status="priscille_inscription_bachelor"),
    )),
    # Feature: nested_chain — studies_finished — sera saisie après le jury du 25 février
    # ambiguous: every course and the defence are done, the mark and the master await a jury on 25 February, after the reading day
    # route: the secretary's answer one level down (RE: RE:, 3 February 2027): the thesis mark entered after the jury of 25 February; a master 1 obtained → bac+4, graduation null, studies_finished open → to_verify
    N("nested_chain", "studies_finished", "sera saisie après le jury du 25 février", M(
        "Philippine Aubertin-Sy <philippine.aubertin.sy@etu.example.fr>", "TR: RE: RE: Validation de mon mémoire", "2027-02-05 13:30",
        """Bonjour,

Je pense que ça répond à votre question du formulaire, voici l'échange avec la scolarité. J'ai soutenu le 28 janvier, je cherche un poste de chargée d'études dans une fédération associative.

Philippine Aubertin-Sy
07 45 83 29 16

De : Scolarité Master Sociologie <scol-master-socio@univ-poitiers.example.fr>
Envoyé : mercredi 3 février 2027 10:14
À : Philippine Aubertin-Sy
Objet : RE: RE: Validation de mon mémoire

Bonjour,
Votre note de mémoire sera saisie après le jury du 25 février ; le diplôme ne peut être délivré qu'après cette délibération.
Cordialement

De : Philippine Aubertin-Sy
Envoyé : mardi 2 février 2027 18:40
À : Scolarité Master Sociologie
Objet : RE: Validation de mon mémoire

Bonjour, ma soutenance a eu lieu le 28 janvier, savez-vous quand mon master sera validé ?""",
        app("Philippine", "Aubertin-Sy", phone="+33745832916", bac=4, grad=None, unknown=("studies_finished",), status="philippine_jury_25_fevrier"),
    )),
    # Feature: top_corrects_below — career_change — Après sept ans comme technicien de maintenance
    # route: the line above only repeats («rien n'a changé depuis»), so his forwarded mail of 22 June 2026 stands: seven years as a maintenance technician, then a licence pro of June 2026 → bac+3 of 2026-06, not_career_change fails → not_eligible
    N("top_corrects_below", "career_change", "Après sept ans comme technicien de maintenance", M(
        "Mathurin Lescure <mathurin.lescure@orange.fr>", "TR: Reconversion vers l'ESS", "2027-02-05 15:00",
        """Bonjour,

Je vous relance avec mon mail de juin : rien n'a changé depuis, je suis toujours en recherche.

Mathurin Lescure
06 24 57 81 09

-----Message d'origine-----
De : Mathurin Lescure <mathurin.lescure@orange.fr>
Envoyé : lundi 22 juin 2026 19:30
À : propulse@animafac.net
Objet : Reconversion vers l'ESS

Bonjour,
Après sept ans comme technicien de maintenance dans l'aéronautique, j'ai suivi une licence professionnelle Économie sociale et solidaire que je viens de valider (juin 2026). Je cherche un poste de chargé de développement dans une coopérative.
Mathurin Lescure""",
        app("Mathurin", "Lescure", phone="+33624578109", bac=3, grad="2026-06", failing=("not_career_change",), status="mathurin_sept_ans_maintenance"),
    )),
    # Feature: inline_quoted — level — non j'ai arrêté en cours de L2, j'ai juste ma L1 validée
    # route: his unquoted answers to a friend's quoted questions (the friend's own master is hers): a first year of university validated, the second dropped → bac+1, degree_level fails → not_eligible
    N("inline_quoted", "level", "non j'ai arrêté en cours de L2, j'ai juste ma L1 validée", M(
        "Elouan Quéméner <elouan.quemener@gmail.com>", "Re: Pro'pulse ?", "2027-02-05 16:20",
        """Salut, je vous fais suivre les questions que m'a posées mon amie Jade qui connait votre programme, avec mes réponses, elle m'a dit de vous écrire direct.

Le jeu. 4 févr. 2027 à 21:40, Jade <jade.m@example.net> a écrit :
> moi j'ai eu mon master en 2026 et ils m'ont trop aidée. t'as fini ta L2 du coup ?

non j'ai arrêté en cours de L2, j'ai juste ma L1 validée (AES à Brest)

> et tu cherches quoi comme taf ?

animateur dans une asso de sport pour les jeunes, ou dans un centre social

Elouan
07 12 64 90 58""",
        app("Elouan", "Quéméner", phone="+33712649058", bac=1, grad=None, failing=("degree_level",), status="elouan_l1_validee"),
    )),
    # Feature: forward_other_mail — kind — merci pour le lien, je me suis inscrite à l'atelier
    # route: a participant's answer in our thread (In-Reply-To ours), our mail quoted → reply
    N("forward_other_mail", "kind", "merci pour le lien, je me suis inscrite à l'atelier", M(
        "Rokia Traoré-Duval <rokia.traore.duval@gmail.com>", "RE: Pro'pulse - lien d'inscription atelier CV", "2027-02-05 17:40",
        """Bonjour,
merci pour le lien, je me suis inscrite à l'atelier du 16.
Rokia

De : Pro'pulse <propulse@animafac.net>
Envoyé : vendredi 5 février 2027 10:02
À : Rokia Traoré-Duval
Objet : Pro'pulse - lien d'inscription atelier CV

Bonjour Rokia, voici le lien d'inscription à l'atelier CV du 16 février. L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<atelier-cv-2027-02-05-0042@animafac.net>"},
    )),
    # Feature: own_mail_forwarded — situation — je termine mon service civique le 31 janvier
    # route: the forwarded part, his own mail of 25 November 2026: a civic service ending on 31 January 2027, before the reading day (over); a BTS of June 2025; CV attached → bac+2 of 2025-06 → eligible
    N("own_mail_forwarded", "situation", "je termine mon service civique le 31 janvier", M(
        "Zacharie Ndiaye-Morel <zacharie.ndiaye.morel@gmail.com>", "Fwd: Candidature - animateur numérique", "2027-02-05 19:05",
        """Bonsoir,

Je vous transfère une candidature que j'avais envoyée à une asso en novembre, c'est toujours d'actualité sauf que maintenant je suis disponible. Mon CV est en pièce jointe.

Zacharie
06 35 90 14 72

---------- Forwarded message ---------
De : Zacharie Ndiaye-Morel <zacharie.ndiaye.morel@gmail.com>
Date: mer. 25 nov. 2026 à 12:44
Subject: Candidature - animateur numérique
To: <contact@emmaus-connect-lille.example.org>

Bonjour,
Titulaire d'un BTS SIO (juin 2025), je termine mon service civique le 31 janvier dans un espace public numérique et je cherche un poste d'animateur numérique à partir de février.
Cordialement,
Zacharie Ndiaye-Morel""",
        app("Zacharie", "Ndiaye-Morel", phone="+33635901472", bac=2, grad="2025-06", status="zacharie_sc_fin_31_janvier"),
        cv=CV("pdf", "Zacharie_Ndiaye-Morel_CV.pdf", "Zacharie Ndiaye-Morel\nAnimateur numérique\n2025 BTS Services informatiques aux organisations, Lille\n2026-2027 Service civique, espace public numérique de Roubaix (février 2026 - janvier 2027)\nPIX, permis B"),
    )),
    # Feature: placement_forwarded — situation — votre mission de service civique de huit mois à partir du 1er octobre
    # route: the host's forwarded mail of 28 September 2026: a civic service of eight months from 1 October 2026, so until the end of May 2027, running on the reading day (her line above: «toujours en mission»); a licence of 2026 → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("placement_forwarded", "situation", "votre mission de service civique de huit mois à partir du 1er octobre", M(
        "Lou-Anne Chaffardon <louanne.chaffardon@gmail.com>", "Fwd: Confirmation de votre mission", "2027-02-06 10:30",
        """Coucou l'équipe,

je suis toujours en mission (mail ci dessous) mais je voudrais anticiper. J'ai ma licence de psycho depuis juin 2026 et je vise un poste de coordinatrice dans une asso d'aide aux aidants.

Lou-Anne

---------- Forwarded message ---------
From: France Alzheimer Gironde <benevolat@francealzheimer33.example.org>
Date: Mon, Sep 28, 2026 at 5:05 PM
Subject: Confirmation de votre mission
To: <louanne.chaffardon@gmail.com>

Bonjour Lou-Anne,
Nous avons le plaisir de vous confirmer votre mission de service civique de huit mois à partir du 1er octobre, 28 heures par semaine, auprès des familles accompagnées.
À très vite !""",
        app("Lou-Anne", "Chaffardon", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="louanne_sc_huit_mois"),
    )),
    # Feature: attached_message — studies_finished — je serai diplômé en juin prochain
    # ambiguous: the attached mail of 14 March 2026 expected the master in June 2026; nothing since says it was obtained, nor that it was not
    # route: the attached mail (message/rfc822), his own to a school's alumni network: a master 2 expected «en juin prochain» (June 2026 from its Date), not confirmed above → bac+4, graduation null, studies_finished open → to_verify
    N("attached_message", "studies_finished", "je serai diplômé en juin prochain", M(
        "Gaspard Mbemba-Leclerc <gaspard.mbemba@laposte.net>", "Candidature", "2027-02-06 15:20",
        """Bonjour, je vous joins le mail que j'avais écrit au réseau des anciens l'an dernier, il présente mon projet. Gaspard Mbemba-Leclerc

Bonjour,

Étudiant en master 2 Développement local à l'université de Limoges, je serai diplômé en juin prochain. Je souhaite travailler dans une coopérative d'activité et d'emploi ou un incubateur de l'ESS.

Pourriez-vous me mettre en relation avec des anciens qui travaillent dans ce secteur ?

Merci,
Gaspard""",
        app("Gaspard", "Mbemba-Leclerc", phone=None, bac=4, grad=None, unknown=("studies_finished",), status="gaspard_eml_juin_prochain"),
        headers={"X-Forwards-Split": "1", "X-Forwards-Inner-From": "Gaspard Mbemba-Leclerc <gaspard.mbemba@laposte.net>",
                 "X-Forwards-Inner-To": "Réseau Alumni DL <alumni-dl@unilim.example.fr>", "X-Forwards-Inner-Subject": "Mise en relation - projet ESS",
                 "X-Forwards-Inner-Date": "2026-03-14 16:45"},
    )),
    # Feature: forward_other_mail — kind — Transférez ce message à dix personnes
    # route: a chain letter forwarded to a list of addresses, ours among them → other
    N("forward_other_mail", "kind", "Transférez ce message à dix personnes", M(
        "Marcelline Gbedo <marcelline.gbedo@yahoo.fr>", "Fwd: Fwd: Fwd: à lire absolument !!!", "2027-02-06 18:00",
        """---------- Forwarded message ---------
From: Christiane <christiane.b@example.net>
Date: Sat, Feb 6, 2027
Subject: Fwd: Fwd: à lire absolument !!!

Transférez ce message à dix personnes dans l'heure et votre vœu le plus cher se réalisera avant la fin du mois. Ne brisez pas la chaîne !!!""",
        other(),
    )),
    # Feature: english_forward — career_change — I spent ten years as a sous-chef
    # route: his English lines above his own forwarded mail of 19 October 2026: ten years as a sous-chef, then a master in social enterprise of September 2026 → bac+5 of 2026-09, not_career_change fails → not_eligible
    N("english_forward", "career_change", "I spent ten years as a sous-chef", M(
        "Rhys Pritchard <rhys.pritchard@gmail.com>", "Fwd: Introduction", "2027-02-07 11:00",
        """Hello Pro'pulse team,

A friend gave me your address. Below is the note I sent to a network of cooperatives in October, which sums me up. I now live in Nantes.

Regards,
Rhys Pritchard
07 61 39 82 45

---------- Forwarded message ---------
From: Rhys Pritchard <rhys.pritchard@gmail.com>
Date: Mon, Oct 19, 2026 at 9:12 AM
Subject: Introduction
To: <contact@coop-network.example.org>

Dear all,
I spent ten years as a sous-chef in London restaurants before going back to university. I completed an MA in Social Enterprise (Cardiff) in September 2026 and I would like to work for a food cooperative in France.
Best,
Rhys""",
        app("Rhys", "Pritchard", phone="+33761398245", bac=5, grad="2026-09", failing=("not_career_change",), language="en", status="rhys_ten_years_sous_chef"),
    )),
    # Feature: forwarded_by_other — aim — je sais pas trop ce que je veux faire
    # ambiguous: in her forwarded mail she hesitates between social animation and retail; an aim in the social economy is neither said nor excluded
    # route: her adviser forwards her mail of 20 January 2027 (her address and phone in it): a BTS of June 2025, the aim unsettled → bac+2 of 2025-06, job_seeking_ess open → to_verify
    N("forwarded_by_other", "aim", "je sais pas trop ce que je veux faire", M(
        "Thibault Ernoult <t.ernoult@missionlocale-creil.example.fr>", "TR: fiche de liaison - Nawel", "2027-02-07 14:15",
        """Bonjour,

Je vous transfère le message que Nawel Haddou-Girard m'a envoyé, avec son accord, en vue d'une orientation vers Pro'pulse. Je reste disponible.

Thibault Ernoult
Conseiller Mission locale de Creil

De : Nawel Haddou-Girard <nawel.hg@gmail.com>
Envoyé : mercredi 20 janvier 2027 17:55
À : Thibault Ernoult
Objet : RE: fiche de liaison

Bonjour Monsieur,
Comme je vous ai dit j'ai mon BTS NDRC depuis juin 2025. Je sais pas trop ce que je veux faire, peut-être l'animation dans un centre social, peut-être la vente. Vous pouvez donner mon numéro : 06 16 72 43 85.
Nawel""",
        app("Nawel", "Haddou-Girard", phone="+33616724385", bac=2, grad="2025-06", unknown=("job_seeking_ess",), email="nawel.hg@gmail.com", forwarded_by="t.ernoult@missionlocale-creil.example.fr", status="nawel_fiche_de_liaison"),
    )),
    # Feature: forward_other_mail — kind — La lettre du Mouvement associatif
    # route: a network's newsletter forwarded to us by its sender list (List-Unsubscribe), no applicant → newsletter
    N("forward_other_mail", "kind", "La lettre du Mouvement associatif", M(
        "Le Mouvement associatif Hauts-de-France <lettre@lmahdf.example.org>", "Fwd: La lettre du Mouvement associatif - février", "2027-02-07 16:40",
        """À transmettre à vos réseaux.

---------- Forwarded message ---------
From: Le Mouvement associatif <lettre@lmahdf.example.org>
Date: Fri, Feb 5, 2027
Subject: La lettre du Mouvement associatif - février

Dans ce numéro : l'emploi associatif en 2026, les aides au premier emploi, les rencontres régionales du 25 mars.
Pour ne plus recevoir cette lettre : https://lmahdf.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://lmahdf.example.org/desinscription>"},
    )),
    # Feature: offer_forwarded — situation — j'ai fini le mien en décembre
    # route: her lines above a forwarded internship offer («stage de 6 mois» is the offer's): her own internship ended in December 2026, a master of September 2026 → bac+5 of 2026-09 → eligible
    N("offer_forwarded", "situation", "j'ai fini le mien en décembre", M(
        "Héloïse Dambreville <heloise.dambreville@gmail.com>", "TR: Offre de stage - chargée de plaidoyer", "2027-02-07 19:30",
        """Bonjour,

On m'a transféré cette offre mais c'est encore un stage, et je n'en veux plus : j'ai fini le mien en décembre et j'ai mon master Droits de l'homme depuis septembre 2026. Est-ce que Pro'pulse peut m'aider à trouver un vrai poste de chargée de plaidoyer dans une ONG ?

Héloïse Dambreville
06 91 05 36 28

De : Amnesty Groupe Rennes <groupe.rennes@amnesty.example.org>
Envoyé : vendredi 5 février 2027 10:10
Objet : Offre de stage - chargée de plaidoyer

Stage de 6 mois à partir de mars 2027, gratification légale. Profil : master en cours ou jeune diplômé·e.""",
        app("Héloïse", "Dambreville", phone="+33691053628", bac=5, grad="2026-09", status="heloise_stage_fini_decembre"),
        html="only",
    )),
    # Feature: forward_other_mail — kind — mes étudiants me demandent si
    # route: a teacher forwards her students' question about the dates of the next cohort, no personal fact → question
    N("forward_other_mail", "kind", "mes étudiants me demandent si", M(
        "Isaure Montagnac <isaure.montagnac@lycee-jaures.example.fr>", "Fwd: Pro'pulse", "2027-02-07 21:00",
        """Bonjour,

Je suis enseignante en BTS ESF ; mes étudiants me demandent si les inscriptions pour la prochaine cohorte sont ouvertes et jusqu'à quand. Je vous transfère le message du délégué.

---------- Forwarded message ---------
From: Délégué BTS ESF 2 <delegue.esf2@example.net>
Date: Sun, Feb 7, 2027
Subject: Pro'pulse

Madame, vous pouvez demander pour nous quand ouvrent les inscriptions ?""",
        question(),
    )),
]
