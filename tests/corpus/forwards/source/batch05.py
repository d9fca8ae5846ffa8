"""Forwards corpus, batch 05 (writer B): the middle of February 2027, each mail read on its own Date's day.
Mail that carries mail: her own words of the autumn forwarded, a school's convocation, an adviser's note, a
civic service's certificate, an offer, a chain of three levels; the carried Date counts the carried words."""
# ruff: noqa: E501

from __future__ import annotations

from forwards import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: forward_other_mail — kind — Je suis absente du bureau jusqu'au 22 février
    # route: an out-of-office (Auto-Submitted) of a partner's adviser quoting our mail below; the quoted invitation is ours → auto_reply
    N("forward_other_mail", "kind", "Je suis absente du bureau jusqu'au 22 février", M(
        "Solène Le Moal <s.lemoal@mission-locale-lorient.example.fr>",
        "Réponse automatique : Réunion d'information Pro'pulse du 4 mars",
        "2027-02-15 07:48",
        """Bonjour,

Je suis absente du bureau jusqu'au 22 février inclus. Pour toute urgence, merci de contacter l'accueil de la Mission locale au 02 97 00 00 00.

Solène Le Moal

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Envoyé : lundi 15 février 2027 07:45
À : Solène Le Moal
Objet : Réunion d'information Pro'pulse du 4 mars

Bonjour Solène, nous organisons une réunion d'information pour les jeunes diplômé·es le jeudi 4 mars à Lorient. N'hésitez pas à la relayer.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: own_mail_forwarded — graduation — j'ai obtenu mon master en septembre dernier
    # route: the forwarded part, her own mail of 18 November 2026 to an association: «j'ai obtenu mon master en septembre dernier» = September 2026 counted from that Date, within the two years read on 2027-02-15; a post in an association sought → eligible
    N("own_mail_forwarded", "graduation", "j'ai obtenu mon master en septembre dernier", M(
        "Inès Talbi <ines.talbi@gmail.com>",
        "TR: Candidature spontanée - chargée de projets",
        "2027-02-15 09:20",
        """Bonjour,

Je vous transfère ce que j'avais écrit à une association en novembre, ça résume bien ma situation, rien n'a changé depuis sauf que je n'ai toujours rien trouvé ! Je voudrais m'inscrire à Pro'pulse.

Inès
06 12 47 83 59

-------- Message transféré --------
Sujet : Candidature spontanée - chargée de projets
Date : Wed, 18 Nov 2026 14:02:11 +0100
De : Inès Talbi <ines.talbi@gmail.com>
Pour : contact@terre-de-liens-normandie.example.org

Madame, Monsieur,

j'ai obtenu mon master en septembre dernier (Développement local et économie solidaire, Université de Caen) et je cherche un premier poste de chargée de projets dans une association qui travaille sur l'alimentation ou le foncier agricole. Mon stage de fin d'études était déjà dans une AMAP.

Je me tiens à votre disposition pour un échange.
Inès Talbi""",
        app("Inès", "Talbi", phone="+33612478359", bac=5, grad="2026-09", status="b_ines_master_septembre_dernier"),
        cv=CV("pdf", "CV_Ines_Talbi.pdf", """Inès Talbi
Chargée de projets alimentation durable
Master Développement local et économie solidaire, Université de Caen, 2026
Stage de fin d'études : AMAP du Bessin, 6 mois
06 12 47 83 59 — ines.talbi@gmail.com"""),
    )),
    # Feature: school_mail_forwarded — studies_finished — Vous êtes convoquée à la session de rattrapage
    # route: the forwarded university mail of 9 February 2027: «Vous êtes convoquée à la session de rattrapage» on 8 March for two UE of the M2; read on 2027-02-15 the master is not obtained, exams still to sit → studies_finished fails → not_eligible (bac+4 last obtained)
    N("school_mail_forwarded", "studies_finished", "Vous êtes convoquée à la session de rattrapage", M(
        "Maëva Toumi <maeva.toumi@etu.univ-rennes2.example.fr>",
        "Fwd: Convocation session 2 - M2 ISE",
        "2027-02-15 11:05",
        """Bonjour, je voulais savoir si je pouvais déjà commencer l'accompagnement, je vous mets la convoc en dessous. J'ai mon M1 depuis 2025.

Maëva Toumi, 07 61 29 40 88

---------- Forwarded message ---------
De : Scolarité Master ISE <scolarite-master-ise@univ-rennes2.example.fr>
Date: mar. 9 févr. 2027 à 16:40
Subject: Convocation session 2 - M2 ISE
To: <maeva.toumi@etu.univ-rennes2.example.fr>

Madame,

Vous êtes convoquée à la session de rattrapage du Master 2 Intervention et solidarités en Europe pour les UE suivantes : UE 903 Politiques sociales comparées, UE 907 Méthodologie du mémoire.
Date : lundi 8 mars 2027, 9 h, bâtiment B, salle B214.

Le service de scolarité""",
        app("Maëva", "Toumi", phone="+33761294088", bac=4, grad=None, failing=("studies_finished",), status="b_maeva_convoquee_rattrapage"),
    )),
    # Feature: adviser_forwarded — graduation — vous qui êtes diplômée depuis l'an dernier
    # ambiguous: the adviser's «depuis l'an dernier», counted from her Date of March 2026, is 2025 alone with no month: read in February 2027 the year 2025 leaves the limit open
    # route: the forwarded adviser's mail of 10 March 2026: «vous qui êtes diplômée depuis l'an dernier» = 2025 (from the carried Date, not 2026), a BTS; the adviser's own licence is hers; year alone 2025 read on 2027-02-15 → graduation_recent open → to_verify
    N("adviser_forwarded", "graduation", "vous qui êtes diplômée depuis l'an dernier", M(
        "Carla Vasconcelos <carla.vasconcelos@hotmail.fr>",
        "TR: Pro'pulse / Animafac",
        "2027-02-15 13:31",
        """Bonjour

Ma conseillère m'avait envoyé ça l'année dernière et je ne l'avais jamais fait… je me lance maintenant. Je cherche toujours dans l'animation ou l'aide aux familles en asso.

Carla Vasconcelos
06 84 10 57 32

De : Agnès Poirot <agnes.poirot@francetravail.example.fr>
Envoyé : mardi 10 mars 2026 10:14
À : carla.vasconcelos@hotmail.fr
Objet : Pro'pulse / Animafac

Bonjour Madame Vasconcelos,

Comme évoqué lors de notre entretien, vous qui êtes diplômée depuis l'an dernier d'un BTS Économie sociale familiale, je vous conseille de regarder le programme Pro'pulse d'Animafac, qui accompagne les jeunes diplômés vers l'emploi dans l'ESS.

Bien cordialement,
Agnès Poirot
Conseillère emploi — titulaire d'une licence de psychologie, je reste joignable le mardi""",
        app("Carla", "Vasconcelos", phone="+33684105732", bac=2, grad="2025", unknown=("graduation_recent",), status="b_carla_diplomee_depuis_an_dernier"),
    )),
    # Feature: placement_forwarded — situation — pour une durée de 8 mois à compter du 1er octobre 2026
    # route: the forwarded civic service agreement of September 2026: a mission «pour une durée de 8 mois à compter du 1er octobre 2026», i.e. until 31 May 2027, running on 2027-02-15 and nothing above says it stopped → not_service_civique fails → not_eligible
    N("placement_forwarded", "situation", "pour une durée de 8 mois à compter du 1er octobre 2026", M(
        "Yanis Belkadi <yanis.belkadi@laposte.net>",
        "TR: Votre contrat d'engagement de service civique",
        "2027-02-15 15:12",
        """Bonjour,

Je suis en service civique (le contrat est en dessous) et je voudrais préparer la suite dès maintenant. J'ai une licence pro Animation sociale de 2026. C'est possible de faire Pro'pulse en même temps ?

Yanis Belkadi — 06 50 73 18 26

-------- Message transféré --------
Sujet : Votre contrat d'engagement de service civique
Date : Thu, 24 Sep 2026 11:27:40 +0200
De : Ligue de l'enseignement 29 <servicecivique@laligue29.example.org>
Pour : yanis.belkadi@laposte.net

Bonjour Yanis,

Vous trouverez ci-joint votre contrat d'engagement de service civique, mission « Faciliter l'accès aux loisirs éducatifs », pour une durée de 8 mois à compter du 1er octobre 2026, 28 heures par semaine.

Merci de nous le retourner signé.
L'équipe service civique""",
        app("Yanis", "Belkadi", phone="+33650731826", bac=3, grad="2026", failing=("not_service_civique",), status="b_yanis_sc_8_mois_octobre"),
    )),
    # Feature: offer_forwarded — level — j'ai un BUT Carrières sociales
    # route: her words above a forwarded offer: «j'ai un BUT Carrières sociales» (bac+3, June 2026) and a post in a centre social sought; the offer's «Bac+5 exigé» and «reconversion bienvenue» are the employer's → eligible
    N("offer_forwarded", "level", "j'ai un BUT Carrières sociales", M(
        "Lisa-Marie Poujade <lisamarie.poujade@gmail.com>",
        "Fwd: Offre coordinateur·ice jeunesse - Centre social des Trois Cités",
        "2027-02-15 17:44",
        """Bonjour,

est-ce que Pro'pulse peut m'aider à candidater à ce genre d'offre ? j'ai un BUT Carrières sociales (animation sociale et socioculturelle) obtenu en juin 2026, et ils demandent un bac+5… je voudrais vraiment bosser dans un centre social.

Lisa-Marie Poujade
07 58 36 14 90

---------- Forwarded message ---------
From: Centre social des Trois Cités <recrutement@cs-troiscites.example.org>
Date: Fri, Feb 12, 2027 at 9:05 AM
Subject: Offre coordinateur·ice jeunesse - Centre social des Trois Cités

Le Centre social des Trois Cités (Poitiers) recrute un·e coordinateur·ice jeunesse en CDI.
Profil : Bac+5 exigé (master en sciences sociales ou équivalent), 3 ans d'expérience, reconversion bienvenue.
Candidature avant le 5 mars.""",
        app("Lisa-Marie", "Poujade", phone="+33758361490", bac=3, grad="2026-06", status="b_lisamarie_but_offre_bac5"),
        cv=CV("docx", "LM_Poujade_CV.docx", """Lisa-Marie Poujade
BUT Carrières sociales, animation sociale et socioculturelle — IUT de Poitiers, 2026
Animatrice BAFA, centres de loisirs (étés 2022-2025)
Projet tutoré : conseil de jeunes de quartier"""),
    )),
    # Feature: forwarded_by_other — situation — mon stage chez vous se termine le 18 décembre
    # route: her former tutor forwards his intern's own mail of 7 December 2026 (her address and phone in it): «mon stage chez vous se termine le 18 décembre» (over on 2027-02-15), a master of September 2026 → application forwarded_by the tutor; eligible
    N("forwarded_by_other", "situation", "mon stage chez vous se termine le 18 décembre", M(
        "Bertrand Oliveira <b.oliveira@regie-quartier-nantes.example.org>",
        "TR: Après mon stage",
        "2027-02-15 19:30",
        """Bonjour,

Mon ancienne stagiaire m'a écrit ceci en décembre. Je n'avais pas de poste à lui proposer, mais je pense qu'elle a toute sa place chez vous : sérieuse, très bonne avec les habitants. Je vous laisse la contacter.

Bertrand Oliveira
Responsable de la Régie de quartier Nord

-------- Message transféré --------
Sujet : Après mon stage
Date : Mon, 7 Dec 2026 18:42:09 +0100
De : Hatice Yılmaz <hatice.yilmaz@outlook.fr>
Pour : Bertrand Oliveira <b.oliveira@regie-quartier-nantes.example.org>

Bonjour Bertrand,
Comme vous le savez, mon stage chez vous se termine le 18 décembre. J'ai validé mon master Villes et territoires en septembre, le stage était en plus, et je cherche maintenant un poste de chargée de développement local dans une régie de quartier ou une association d'habitants. Auriez-vous des pistes ?
Merci pour tout,
Hatice — 07 81 46 29 53""",
        app("Hatice", "Yılmaz", phone="+33781462953", bac=5, grad="2026-09", email="hatice.yilmaz@outlook.fr", forwarded_by="b.oliveira@regie-quartier-nantes.example.org", status="b_hatice_stage_fin_18_decembre"),
    )),
    # Feature: top_corrects_below — situation — finalement mon stage s'est arrêté le 29 janvier
    # route: the new text above corrects her mail of 2 December 2026 below («en stage jusqu'à fin mars»): «finalement mon stage s'est arrêté le 29 janvier», over on 2027-02-16; a licence of 2026 and an ESS search → eligible
    N("top_corrects_below", "situation", "finalement mon stage s'est arrêté le 29 janvier", M(
        "Anaïs Ribeiro-Lenoir <anais.ribeirolenoir@outlook.fr>",
        "TR: Demande d'information Pro'pulse",
        "2027-02-16 08:37",
        """Bonjour,

Je vous renvoie mon mail de décembre resté sans réponse, avec une mise à jour : finalement mon stage s'est arrêté le 29 janvier (la structure a perdu une subvention). Donc je suis disponible tout de suite !

Anaïs

________________________________
De : Anaïs Ribeiro-Lenoir <anais.ribeirolenoir@outlook.fr>
Envoyé : mercredi 2 décembre 2026 19:20
À : propulse@animafac.net
Objet : Demande d'information Pro'pulse

Bonjour,
J'ai une licence Sciences sanitaires et sociales (juin 2026) et je suis en stage jusqu'à fin mars dans une association de prévention santé. Après, je voudrais un poste de chargée de prévention dans une association ou une mutuelle.
Est-ce que je peux m'inscrire ?
Anaïs Ribeiro-Lenoir
06 03 92 71 45""",
        app("Anaïs", "Ribeiro-Lenoir", phone="+33603927145", bac=3, grad="2026-06", status="b_anais_stage_arrete_29_janvier"),
        html="only",
    )),
    # Feature: inline_quoted — career_change — douze ans préparatrice en pharmacie
    # route: her answers between the adviser's «>» questions: «douze ans préparatrice en pharmacie» before a licence pro of 2026 taken to change trades; the quoted questions are not hers → not_career_change fails → not_eligible
    N("inline_quoted", "career_change", "douze ans préparatrice en pharmacie", M(
        "Murielle Gbaguidi <murielle.gbaguidi@orange.fr>",
        "Re: Quelques questions avant de vous orienter",
        "2027-02-16 10:02",
        """Bonjour Madame Lesueur,

Voici mes réponses, et je mets Pro'pulse en copie comme vous me l'avez conseillé.

Le 11/02/2027 à 14:26, Élodie Lesueur <e.lesueur@cap-emploi-asso.example.org> a écrit :
> Quel est votre dernier diplôme et quand l'avez-vous obtenu ?

Licence professionnelle Intervention sociale, juin 2026.

> Avez-vous une expérience professionnelle avant ce diplôme ?

Oui, douze ans préparatrice en pharmacie. J'ai repris les études pour changer complètement de métier.

> Quel type de poste visez-vous ?

Accompagnatrice socioprofessionnelle dans un chantier d'insertion.

Murielle Gbaguidi
06 71 38 25 04""",
        app("Murielle", "Gbaguidi", phone="+33671382504", bac=3, grad="2026-06", failing=("not_career_change",), status="b_murielle_douze_ans_pharmacie"),
        headers={"Cc": "propulse@animafac.net"},
        to="Élodie Lesueur <e.lesueur@cap-emploi-asso.example.org>",
    )),
    # Feature: forwarded_by_other — graduation — j'ai eu mon DEES en juillet
    # route: a mother forwards her daughter's own mail of 3 January 2027 (the daughter's address and phone in it): «j'ai eu mon DEES en juillet» = July 2026 from that Date; a post in a child-protection association sought → application forwarded_by the mother; eligible
    N("forwarded_by_other", "graduation", "j'ai eu mon DEES en juillet", M(
        "Françoise Camara-Diop <fcamaradiop56@wanadoo.fr>",
        "Tr: pour Pro'pulse",
        "2027-02-16 12:18",
        """Bonjour,

Je vous transfère le message de ma fille, qui n'ose pas vous écrire elle-même. Elle serait ravie d'être accompagnée. Merci de lui répondre à elle.

Cordialement,
F. Camara-Diop

----- Mail transféré -----
De : Awa Camara-Diop <awa.camaradiop@gmail.com>
À : Françoise Camara-Diop <fcamaradiop56@wanadoo.fr>
Envoyé : dimanche 3 janvier 2027 21:10
Objet : pour Pro'pulse

Maman, voilà ce que je voulais leur dire si tu peux transférer :
Bonjour, je m'appelle Awa Camara-Diop, j'ai eu mon DEES en juillet (éducatrice spécialisée, IRTS de Bretagne) et je cherche un poste d'éducatrice dans une association de protection de l'enfance. Mon numéro : 06 26 48 93 17.""",
        app("Awa", "Camara-Diop", phone="+33626489317", bac=3, grad="2026-07", email="awa.camaradiop@gmail.com", forwarded_by="fcamaradiop56@wanadoo.fr", status="b_awa_dees_juillet_maman"),
    )),
    # Feature: forward_other_mail — kind — est-ce que c'est ouvert aux personnes
    # route: a friend's question forwarded by a participant: whether the programme is open to people abroad; no personal fact of the writer's own → question
    N("forward_other_mail", "kind", "est-ce que c'est ouvert aux personnes", M(
        "Hugo Santoni <hugo.santoni@free.fr>",
        "Fwd: question pour Animafac",
        "2027-02-16 14:40",
        """Bonjour, une amie m'a demandé de vous faire suivre sa question, je ne sais pas répondre.

---------- Message transféré ---------
De : Clémence <clem.v@example.net>
Date: dim. 14 févr. 2027 à 18:03
Objet : question pour Animafac

Hugo, tu pourras demander à ton programme est-ce que c'est ouvert aux personnes qui vivent dans les DOM, et si les ateliers sont en visio ? Merci !!""",
        question(),
        html="only",
    )),
    # Feature: nested_chain — studies_finished — le jury de délibération se tiendra le 3 mars
    # ambiguous: every exam taken and the jury ahead of the reading day: whether the licence is obtained is open
    # route: two levels down (TR: TR:), the school's mail of 1 February 2027: all re-sits taken, «le jury de délibération se tiendra le 3 mars», after 2027-02-16; the friend in the middle is no applicant → studies_finished open → to_verify
    N("nested_chain", "studies_finished", "le jury de délibération se tiendra le 3 mars", M(
        "Naël Hadjadj <nael.hadjadj@outlook.fr>",
        "TR: TR: Résultats licence pro",
        "2027-02-16 16:55",
        """Bonjour,

Je vous fais suivre la chaîne, ma copine Sirine m'a dit que vous preniez des gens qui attendent leurs résultats. J'ai passé tous mes rattrapages début février. Je cherche un poste de gestionnaire dans une mutuelle ou une coopérative.
Naël Hadjadj 07 44 18 62 30

De : Sirine Ammar <sirine.ammar@example.com>
Envoyé : lundi 8 février 2027 20:11
À : Naël Hadjadj <nael.hadjadj@outlook.fr>
Objet : TR: Résultats licence pro

Regarde, c'est le mail que tu m'as montré, envoie-le à Pro'pulse avec ton message, moi ils m'ont prise avec une date de jury. (Moi j'ai eu mon master en 2025 mais bon.)

De : Secrétariat LP MGO <lp-mgo@iut-evry.example.fr>
Envoyé : lundi 1 février 2027 09:00
À : Naël Hadjadj
Objet : Résultats licence pro

Bonjour,
Les épreuves de rattrapage sont terminées. Le jury de délibération se tiendra le 3 mars ; les résultats seront publiés sur l'ENT le lendemain.
Le secrétariat""",
        app("Naël", "Hadjadj", phone="+33744186230", bac="*", grad=None, unknown=("studies_finished",), status="b_nael_jury_3_mars"),
    )),
    # Feature: attached_message — graduation — Diplômée en juin dernier
    # route: her own mail of 12 September 2024 attached as message/rfc822 («voir le mail en pièce jointe»): «diplômée en juin dernier» = June 2024 from that Date, 32 months back on 2027-02-16 → graduation_recent fails → not_eligible
    N("attached_message", "graduation", "Diplômée en juin dernier", M(
        "Océane Brugère <oceane.brugere@sfr.fr>",
        "candidature pro'pulse",
        "2027-02-16 19:20",
        """Bonjour, voir le mail en pièce jointe que j'avais envoyé à une asso, ma situation n'a pas changé depuis : toujours en recherche dans l'économie sociale et solidaire. 06 37 82 11 95

Océane

Bonjour,

Diplômée en juin dernier d'un BTS SP3S, je me permets de vous envoyer ma candidature pour le poste d'assistante de coordination. Je suis motivée par le secteur associatif et disponible immédiatement.

Océane Brugère""",
        app("Océane", "Brugère", phone="+33637821195", bac=2, grad="2024-06", failing=("graduation_recent",), status="b_oceane_juin_dernier_2024"),
        headers={"X-Forwards-Split": "2", "X-Forwards-Inner-From": "Océane Brugère <oceane.brugere@sfr.fr>", "X-Forwards-Inner-To": "recrutement@epicerie-partage-limoges.example.org", "X-Forwards-Inner-Subject": "Candidature assistante de coordination", "X-Forwards-Inner-Date": "2024-09-12 10:31"},
    )),
    # Feature: top_corrects_below — graduation — oubliez la date de mon mail, c'était juillet 2024
    # route: the new text above corrects her mail of January 2027 below («diplômée en juillet 2025»): «oubliez la date de mon mail, c'était juillet 2024»; the newer statement wins, 31 months back on 2027-02-16 → graduation_recent fails → not_eligible
    N("top_corrects_below", "graduation", "oubliez la date de mon mail, c'était juillet 2024", M(
        "Adèle Nakache <adele.nakache@protonmail.com>",
        "Re: ma candidature (correction)",
        "2027-02-16 21:40",
        """Re-bonjour,

Petite erreur dans mon mail du mois dernier : oubliez la date de mon mail, c'était juillet 2024 et pas 2025 pour ma licence, je me suis trompée en tapant. Désolée !

Adèle

Le 26/01/2027 à 22:04, Adèle Nakache <adele.nakache@protonmail.com> a écrit :
> Bonjour, je suis diplômée en juillet 2025 d'une licence AES et je cherche un poste d'assistante administrative dans une association culturelle. Mon numéro : 06 88 41 26 75.
> Adèle Nakache""",
        app("Adèle", "Nakache", phone="+33688412675", bac=3, grad="2024-07", failing=("graduation_recent",), status="b_adele_juillet_2024_pas_2025"),
    )),
    # Feature: english_forward — graduation — your degree was conferred on 15 July 2026
    # route: an English forward of her university's mail of 20 July 2026: «your degree was conferred on 15 July 2026» (an MSc), within the two years read on 2027-02-17; a post in a cooperative sought → eligible, language en
    N("english_forward", "graduation", "your degree was conferred on 15 July 2026", M(
        "Maren Adeyemi-Holt <maren.adeyemiholt@gmail.com>",
        "Fwd: Degree conferral confirmation",
        "2027-02-17 08:15",
        """Hello,

I'd like to join Pro'pulse. I moved to Lyon in January and I'm looking for a job in a cooperative or a social enterprise (my MSc was on community energy). Forwarding the confirmation from my university below.

Maren Adeyemi-Holt
+44 7700 912 384

---------- Forwarded message ---------
From: Student Records <records@univ-bristol.example.ac.uk>
Date: Mon, 20 Jul 2026 at 11:02
Subject: Degree conferral confirmation
To: <maren.adeyemiholt@gmail.com>

Dear Maren,
We are pleased to confirm that your degree was conferred on 15 July 2026: MSc Environmental Policy and Management (Merit).
Student Records Office""",
        app("Maren", "Adeyemi-Holt", phone="+447700912384", bac=5, grad="2026-07", language="en", status="b_maren_conferred_july"),
    )),
    # Feature: english_forward — situation — your placement will run from 1 February to 30 June 2027
    # route: an English forward of a host's mail of December 2026: «your placement will run from 1 February to 30 June 2027», running on 2027-02-17 → not_internship fails → not_eligible, language en
    N("english_forward", "situation", "your placement will run from 1 February to 30 June 2027", M(
        "Tomasz Wierzbicki <tomasz.wierzbicki@gmx.de>",
        "Fwd: Welcome to Solidarité Habitat",
        "2027-02-17 09:42",
        """Hi,

a friend told me about your programme. I finished my Master in Social Work in Kraków in June 2026 and came to France through Erasmus+ for an internship (see below). Could I join now so I'm ready for a job in an association in July?

Tomasz, +49 151 2390 4471

Begin forwarded message:

From: Hélène Varga <h.varga@solidarite-habitat.example.org>
Subject: Welcome to Solidarité Habitat
Date: 14 December 2026 at 15:30:12 CET
To: Tomasz Wierzbicki <tomasz.wierzbicki@gmx.de>

Dear Tomasz,
Your Erasmus+ agreement is signed: your placement will run from 1 February to 30 June 2027 in our Strasbourg office, supporting the housing advice team.
Best wishes,
Hélène""",
        app("Tomasz", "Wierzbicki", phone="+4915123904471", bac=5, grad="2026-06", failing=("not_internship",), language="en", status="b_tomasz_placement_to_june"),
    )),
    # Feature: own_mail_forwarded — aim — chargée de communication, peu importe le secteur
    # ambiguous: a trade (communication) with «peu importe le secteur»: whether the search is in the ESS is open
    # route: her own mail of 5 January 2027 to a job board forwarded: a master of 2026, «chargée de communication, peu importe le secteur»; nothing above names the ESS → job_seeking_ess open → to_verify
    N("own_mail_forwarded", "aim", "chargée de communication, peu importe le secteur", M(
        "Léonie Fromentin <leonie.fromentin@yahoo.fr>",
        "Fwd: Mon profil - recherche d'emploi",
        "2027-02-17 11:10",
        """Bonjour, c'est ce que j'ai envoyé au site d'emploi de ma fac, je vous le transfère pour Pro'pulse.

---------- Forwarded message ---------
De : Léonie Fromentin <leonie.fromentin@yahoo.fr>
Date: mar. 5 janv. 2027 à 10:48
Subject: Mon profil - recherche d'emploi
To: <emploi@bao-univ-tours.example.fr>

Bonjour,
Diplômée d'un master Information-communication en juin 2026, je cherche un poste de chargée de communication, peu importe le secteur, en Centre-Val de Loire.
Léonie Fromentin - 06 94 27 50 18""",
        app("Léonie", "Fromentin", phone="+33694275018", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_leonie_peu_importe_secteur"),
    )),
    # Feature: forward_other_mail — kind — Delivery Status Notification (Failure)
    # route: a delivery failure carrying our mail to a mistyped address → bounce
    N("forward_other_mail", "kind", "Delivery Status Notification (Failure)", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.animafac.net>",
        "Delivery Status Notification (Failure)",
        "2027-02-17 12:00",
        """Delivery Status Notification (Failure)

Votre message n'a pas pu être remis à romain.ebrard@gmial.com : domaine introuvable.

----- Message d'origine -----
Objet : Votre candidature à Pro'pulse
Bonjour Romain, merci pour votre candidature…""",
        bounce("romain.ebrard@gmial.com"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; romain.ebrard@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 Host unknown (gmial.com)""",
    )),
    # Feature: school_mail_forwarded — graduation — a été déclarée admise au diplôme
    # route: the forwarded attestation of the school: she «a été déclarée admise au diplôme» of DEASS, session 2025, no month; year alone 2025 read on 2027-02-17 → graduation_recent open → to_verify
    N("school_mail_forwarded", "graduation", "a été déclarée admise au diplôme", M(
        "Rokia Sidibé-Ba <rokia.sidibeba@gmail.com>",
        "TR: Attestation de réussite DEASS",
        "2027-02-17 13:25",
        """Bonjour,

Je souhaite candidater à Pro'pulse. Je vous transfère mon attestation. Je cherche un poste d'assistante sociale dans une association (accueil de demandeurs d'asile, hébergement).

Rokia Sidibé-Ba
07 53 80 19 46

-------- Message transféré --------
Sujet : Attestation de réussite DEASS
De : Secrétariat pédagogique <secretariat@irts-hdf.example.fr>
Pour : rokia.sidibeba@gmail.com

Madame,
Nous vous prions de trouver ci-dessous votre attestation de réussite : Mme Rokia Sidibé-Ba a été déclarée admise au diplôme d'État d'assistant de service social, session 2025.
La directrice des formations""",
        app("Rokia", "Sidibé-Ba", phone="+33753801946", bac=3, grad="2025", unknown=("graduation_recent",), status="b_rokia_admise_session_2025"),
    )),
    # Feature: adviser_forwarded — situation — votre stage se termine le 31 janvier
    # route: the forwarded Mission locale adviser's mail of 20 January 2027: «votre stage se termine le 31 janvier», over on 2027-02-17; a BTS of 2026 and an ESS search above → eligible
    N("adviser_forwarded", "situation", "votre stage se termine le 31 janvier", M(
        "Dylan Nwosu <dylan.nwosu@gmail.com>",
        "Fwd: Suite de notre rendez-vous",
        "2027-02-17 14:10",
        """Bonjour,

Mon conseiller de la Mission locale m'a conseillé de vous écrire, son mail est en dessous. J'ai un BTS SP3S depuis juin 2026 et je cherche un poste dans une association d'aide à domicile ou un CCAS associatif… enfin une asso.

Dylan Nwosu
07 66 21 83 09

---------- Forwarded message ---------
De : Mathis Guerin <m.guerin@ml-amiens.example.fr>
Date: mer. 20 janv. 2027 à 15:48
Subject: Suite de notre rendez-vous
To: Dylan Nwosu <dylan.nwosu@gmail.com>

Bonjour Dylan,
Comme convenu, votre stage se termine le 31 janvier : pensez dès maintenant à contacter Pro'pulse (propulse@animafac.net) pour l'après.
Mathis Guerin, conseiller""",
        app("Dylan", "Nwosu", phone="+33766218309", bac=2, grad="2026-06", status="b_dylan_stage_fin_31_janvier"),
    )),
    # Feature: forward_other_mail — kind — vous pouvez me rappeler à partir de lundi
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) fixing a call; no application → reply
    N("forward_other_mail", "kind", "vous pouvez me rappeler à partir de lundi", M(
        "Jade Lemaire-Sow <jade.lemairesow@gmail.com>",
        "Re: Votre inscription à Pro'pulse",
        "2027-02-17 16:30",
        """Bonjour,

Merci pour votre retour, vous pouvez me rappeler à partir de lundi, plutôt l'après-midi.

Jade

Le lun. 15 févr. 2027 à 10:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Jade,
> Merci pour votre candidature. Pourriez-vous nous indiquer un créneau pour un premier appel ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<inscription-2027-02-15-0412@animafac.net>", "References": "<inscription-2027-02-15-0412@animafac.net>"},
    )),
    # Feature: forward_other_mail — kind — à diffuser à vos participant·es
    # route: a partner network forwards a job offer to us «à diffuser à vos participant·es»; its «bac+3» is the offer's → other
    N("forward_other_mail", "kind", "à diffuser à vos participant·es", M(
        "Réseau des ressourceries d'Occitanie <contact@ressourceries-occitanie.example.org>",
        "TR: Offre animateur·ice réemploi - Ressourcerie du Lauragais",
        "2027-02-17 17:48",
        """Bonjour l'équipe Pro'pulse,

Une offre qui pourrait intéresser vos jeunes diplômé·es, à diffuser à vos participant·es si vous le souhaitez.

Bien à vous,
Le réseau

De : Ressourcerie du Lauragais <rh@ressourcerie-lauragais.example.org>
Envoyé : mardi 16 février 2027 09:30
Objet : Offre animateur·ice réemploi

CDD 12 mois, 35 h, Castelnaudary. Bac+3 dans l'animation ou l'environnement, débutant·e accepté·e. Prise de poste : 1er avril.""",
        other(),
    )),
    # Feature: nested_chain — level — un titre certifié de Coordinateur de projets solidaires
    # ambiguous: an RNCP title named without its level: whether it reaches bac+2 is open
    # route: a Fwd: Fwd: chain, her training body's mail one level down: «un titre certifié de Coordinateur de projets solidaires» delivered in December 2026, no level said; the cousin's «bac+5» in the middle is his → degree_level open → to_verify
    N("nested_chain", "level", "un titre certifié de Coordinateur de projets solidaires", M(
        "Fatoumata Dramé-Touré <fatou.drametoure@gmail.com>",
        "Fwd: Fwd: Délivrance de votre titre",
        "2027-02-17 18:30",
        """Bonjour,

Mon cousin m'a renvoyé ce mail qu'il avait reçu pour moi sur son adresse (j'avais mis la sienne à l'inscription). Je voudrais m'inscrire à Pro'pulse pour trouver un poste dans une association d'éducation populaire.

Fatoumata Dramé-Touré, 06 09 36 77 14

---------- Forwarded message ---------
From: Moussa Dramé-Touré <moussa.drametoure@example.net>
Date: jeu. 11 févr. 2027 à 19:02
Subject: Fwd: Délivrance de votre titre

Tiens c'est pour toi. (Moi avec mon bac+5 je n'ai jamais eu de mail aussi clair lol)

---------- Forwarded message ---------
From: Centre de formation Horizons <certification@horizons-formation.example.fr>
Date: Tue, 15 Dec 2026 at 10:00
Subject: Délivrance de votre titre

Madame Dramé-Touré, le jury du 10 décembre 2026 vous a délivré un titre certifié de Coordinateur de projets solidaires, enregistré au RNCP. Votre parchemin vous sera envoyé par courrier.""",
        app("Fatoumata", "Dramé-Touré", phone="+33609367714", bac=None, grad="2026-12", unknown=("degree_level",), status="b_fatoumata_titre_rncp"),
    )),
    # Feature: forward_other_mail — kind — La lettre de l'IUT — février 2027
    # route: a school forwarding its own newsletter to its partners (List-Unsubscribe); its «diplômé·es 2026» are its readers → newsletter
    N("forward_other_mail", "kind", "La lettre de l'IUT — février 2027", M(
        "IUT Carrières sociales Grenoble <lettre@iut-cs-grenoble.example.fr>",
        "TR: La lettre de l'IUT — février 2027",
        "2027-02-17 19:00",
        """Chers partenaires,

Nous vous faisons suivre notre lettre de février, envoyée aux diplômé·es 2026.

La lettre de l'IUT — février 2027
- Forum des métiers de l'animation le 18 mars
- Portrait : trois anciennes de la promo 2026 en poste dans l'ESS
- Offres de stage pour les BUT 2

Se désabonner : https://iut-cs-grenoble.example.fr/lettre/desabonner""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://iut-cs-grenoble.example.fr/lettre/desabonner>", "Precedence": "bulk"},
    )),
    # Feature: offer_forwarded — career_change — j'ai travaillé plusieurs années avant de reprendre mes études
    # ambiguous: years of work before the new diploma told without saying what they were: whether it is a career change is open
    # route: her lines above a forwarded offer whose «reconversion bienvenue» is the employer's: «j'ai travaillé plusieurs années avant de reprendre mes études», the trade not said, a DUT of 2026 → not_career_change open → to_verify
    N("offer_forwarded", "career_change", "j'ai travaillé plusieurs années avant de reprendre mes études", M(
        "Rachida El Fassi <rachida.elfassi@gmail.com>",
        "Tr: Offre - Chargé·e d'accueil et de médiation (H/F)",
        "2027-02-17 20:15",
        """bonsoir,

je suis tombée sur cette offre, ils disent "reconversion bienvenue" alors je me demande si c'est pour moi. J'ai travaillé plusieurs années avant de reprendre mes études et j'ai eu mon DUT Carrières sociales en juin 2026. Est ce que Pro'pulse pourrait m'aider a préparer ma candidature ? je ne cherche que dans l'associatif.

Rachida El Fassi
06 23 70 84 51

> Message du 16/02/27 11:20
> De : "Maison de la médiation" <emploi@maison-mediation93.example.org>
> Objet : Offre - Chargé·e d'accueil et de médiation (H/F)
>
> CDD 9 mois, Saint-Denis. Bac+2 minimum, reconversion bienvenue, permis B apprécié.
> Envoyez CV et lettre avant le 10 mars.""",
        app("Rachida", "El Fassi", phone="+33623708451", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_rachida_plusieurs_annees"),
    )),
]
