"""Lengths corpus, batch 03 (writer A): telegraphic (fragments, slashes, arrows, pipes, ticks, the abbreviations
people use), short_with_attachment (two or three lines and a PDF, DOCX or ODT that holds the deciding fact, or a
short body that decides while the attachment repeats or is out of date), long_then_postscript (long mails whose
P.S., «Edit :», «J'oubliais :» or «Petite précision» adds or corrects the deciding fact)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from lengths import N

MESSAGES = [
    # Feature: telegraphic — graduation — BUT GEA (juin 2026)
    # length: short, 22 words of fragments joined by dashes, the BUT's month in the first fragment, the aim in the second → application; BUT of June 2026, an association or a SCOP → eligible
    N("telegraphic", "graduation", "BUT GEA (juin 2026)", M(
        "Yasmine Hadj <yasmine.hadj@gmail.com>", "Candidature Pro'pulse", "03 08:12",
        """BUT GEA (juin 2026) – recherche : gestionnaire admin/compta en asso ou SCOP – secteur Nantes – dispo immédiate
Yasmine Hadj – 07 66 18 42 95""",
        app("Yasmine", "Hadj", phone="+33766184295", bac=3, grad="2026-06", status="telegraphe_but_gea_juin"),
    )),
    # Feature: telegraphic — situation — SC en cours → fin 30/04/27
    # length: short, 20 words in three fragments split by pipes, the running civic service and its end after the arrow → application; M1 of 2025 (bac+4), a civic service until 30 April 2027 → fails not_service_civique → not eligible
    N("telegraphic", "situation", "SC en cours → fin 30/04/27", M(
        "Bastien Ferreira <bastien.ferreira@laposte.net>", "candidature", "04 19:45",
        """M1 psycho validé 2025 | SC en cours → fin 30/04/27 | ensuite : asso santé mentale, Bordeaux
Bastien F.
06 45 12 98 73""",
        app("Bastien", "Ferreira", phone="+33645129873", bac=4, grad="2025", failing=("not_service_civique",), status="telegraphe_sc_fin_avril_2027"),
    )),
    # Feature: telegraphic — career_change — Ex-agent immobilier (2015-2022)
    # length: short, 18 words in a chain of arrows, the past trade on the left of the first arrow → application; seven years as an estate agent before a licence pro of 2025 → fails not_career_change → not eligible
    N("telegraphic", "career_change", "Ex-agent immobilier (2015-2022)", M(
        "Grégoire Lacombe <gregoire.lacombe@gmail.com>", "Pro'pulse – candidature G. Lacombe", "05 13:02",
        """Ex-agent immobilier (2015-2022) → LP métiers de l'ESS 2025 → cherche poste chargé de dév en SCIC, Toulouse
G. Lacombe / 06 81 47 29 36""",
        app("Grégoire", "Lacombe", phone="+33681472936", bac=3, grad="2025", failing=("not_career_change",), status="telegraphe_ex_agent_immo"),
    )),
    # Feature: telegraphic — level — Bachelor « Manager de projets solidaires » (école privée)
    # ambiguous: a private school's bachelor with no recognised level said: degree_level stays open
    # length: short, 17 words in four fragments split by slashes, the diploma of a private school as the first fragment → application; a private bachelor of June 2026 of unsaid level, an association sought → degree_level open → to verify
    N("telegraphic", "level", "Bachelor « Manager de projets solidaires » (école privée)", M(
        "Clara Delorme <clara.delorme@icloud.com>", "Candidature", "06 10:27",
        """Bachelor « Manager de projets solidaires » (école privée) / juin 2026 / cherche asso / dispo
Clara D.""",
        app("Clara", "Delorme", phone=None, bac="*", grad="2026-06", unknown=("degree_level",), status="telegraphe_bachelor_prive"),
    )),
    # Feature: telegraphic — aim — objectif : CESF en asso d'insertion
    # length: short, 23 words on four short lines with a tick, the aim on the third line → application; DE CESF of 2025 (bac+3), no internship or civic service, a post in an insertion association → eligible
    N("telegraphic", "aim", "objectif : CESF en asso d'insertion", M(
        "Nadège Kouassi <nadege.kouassi@gmail.com>", "Candidature N. Kouassi", "07 15:33",
        """DE CESF 2025 ✔
pas de stage ni de SC en cours
objectif : CESF en asso d'insertion, Lyon + alentours
Nadège Kouassi 07 58 64 21 09""",
        app("Nadège", "Kouassi", phone="+33758642109", bac=3, grad="2025", status="telegraphe_de_cesf_objectif"),
    )),
    # Feature: telegraphic — studies_finished — L3 AES en cours (fin mai 2027)
    # length: short, 14 words, the licence's third year running in the first fragment → application; a licence in progress with no earlier diploma → fails studies_finished → not eligible
    N("telegraphic", "studies_finished", "L3 AES en cours (fin mai 2027)", M(
        "Ilyes Bouaziz <ilyes.bouaziz@etu.univ-amu.fr>", "pro'pulse", "08 22:51",
        """L3 AES en cours (fin mai 2027) - cherche job asso après - Marseille
Ilyes""",
        app("Ilyes", "Bouaziz", phone=None, bac="*", grad=None, failing=("studies_finished",), status="telegraphe_l3_en_cours"),
    )),
    # Feature: telegraphic — situation — stage fin nov.
    # ambiguous: an internship ending «fin nov.» with no day, read on the 26th: not_internship stays open
    # length: short, 16 words in three fragments, the internship's end without a day in the middle → application; master ESS of September 2026, an internship ending late November → not_internship open → to verify
    N("telegraphic", "situation", "stage fin nov.", M(
        "Margaux Jourdan <margaux.jourdan@gmail.com>", "Candidature Pro'pulse - M. Jourdan", "09 07:40",
        """Master ESS sept. 2026 / stage fin nov. / puis recherche poste en asso, Rennes ou Nantes
Margaux Jourdan""",
        app("Margaux", "Jourdan", phone=None, bac=5, grad="2026-09", unknown=("not_internship",), status="telegraphe_stage_fin_nov"),
    )),
    # Feature: telegraphic — studies_finished — M2 terminé, soutenu le 14/10, diplôme reçu
    # length: short, 24 words on three lines, the master finished and received on the first line → application; master of October 2026, a project officer's post in a cultural association → eligible
    N("telegraphic", "studies_finished", "M2 terminé, soutenu le 14/10, diplôme reçu", M(
        "Adèle Giraudeau <adele.giraudeau@gmail.com>", "Pro'pulse - Adèle Giraudeau", "10 17:18",
        """M2 médiation culturelle : M2 terminé, soutenu le 14/10, diplôme reçu
Recherche → chargée de projets, asso culturelle (Lille/Roubaix)
06 28 93 47 15""",
        app("Adèle", "Giraudeau", phone="+33628934715", bac=5, grad="2026-10", status="telegraphe_m2_soutenu_octobre"),
    )),
    # Feature: telegraphic — kind — Absente du 24/11 au 02/12
    # length: short, 17 words of fragments, an out-of-office (Auto-Submitted) → auto-reply
    N("telegraphic", "kind", "Absente du 24/11 au 02/12", M(
        "Jeanne Bourdais <j.bourdais@federation-centres-sociaux-loire.example.fr>", "Absence – Jeanne Bourdais", "24 09:00",
        """Absente du 24/11 au 02/12 inclus.
Urgences : accueil 04 77 32 18 50
Dossiers subventions : Hugo, poste 214""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: telegraphic — kind — dates prochaine session ?
    # length: short, 11 words of questions with no fact of the writer → question
    N("telegraphic", "kind", "dates prochaine session ?", M(
        "Kader Amrani <kader.amrani@gmail.com>", "Pro'pulse ?", "11 12:06",
        """Bonjour
dates prochaine session ? lieu ? visio possible ?
merci""",
        question(),
    )),
    # Feature: short_with_attachment — graduation — Licence professionnelle Métiers de la gestion des associations – juillet 2025
    # length: short, 15 words pointing to a PDF holding the CV and the letter, the licence's month and the aim only in the attachment → application; licence pro of July 2025, a post in an association → eligible
    N("short_with_attachment", "graduation", "Licence professionnelle Métiers de la gestion des associations – juillet 2025", M(
        "Pauline Brisset <pauline.brisset@gmail.com>", "Candidature Pro'pulse - Pauline Brisset", "12 09:55",
        """Bonjour,
Ci-joint ma candidature (CV et lettre dans le même PDF).
Bonne journée,
Pauline Brisset""",
        app("Pauline", "Brisset", phone="+33677412853", bac=3, grad="2025-07", status="pj_pdf_lp_gestion_asso", info_in="cv"),
        cv=CV("pdf", "Brisset_Pauline_candidature.pdf", """Pauline Brisset – Dijon – 06 77 41 28 53
Formation
Licence professionnelle Métiers de la gestion des associations – juillet 2025 – IUT de Dijon
BTS Support à l'action managériale – 2024 – Lycée Le Castel
Expérience
Assistante de gestion en alternance – Fédération départementale des foyers ruraux (2024–2025)
Lettre de motivation
Madame, Monsieur, je souhaite rejoindre Pro'pulse pour trouver un poste d'assistante de gestion ou de coordinatrice dans une association de Côte-d'Or. Depuis mon diplôme, j'effectue des remplacements ponctuels en secrétariat. Je vous remercie de votre attention."""),
    )),
    # Feature: short_with_attachment — career_change — 2018 – 2024 : technicienne de laboratoire
    # length: short, 12 words and a DOCX CV whose experience lines hold six years in a private laboratory before the master → application; years of another trade before the master of 2026 → fails not_career_change → not eligible
    N("short_with_attachment", "career_change", "2018 – 2024 : technicienne de laboratoire", M(
        "Émilie Chabert <emilie.chabert@free.fr>", "CV - Pro'pulse", "13 14:20",
        """Bonjour, voici mon CV en pièce jointe pour votre programme. Émilie""",
        app("Émilie", "Chabert", phone="+33614853027", bac=5, grad="2026-06", failing=("not_career_change",), status="pj_docx_technicienne_labo", info_in="cv"),
        cv=CV("docx", "CV Emilie Chabert.docx", """Émilie Chabert
06 14 85 30 27 – Grenoble
Objectif : chargée de mission dans une association d'éducation à la santé ou une mutuelle
Formation
Master Santé publique, parcours promotion de la santé – Université Grenoble Alpes – juin 2026
DUT Génie biologique – 2018
Expériences
2018 – 2024 : technicienne de laboratoire – laboratoire privé d'analyses médicales, Grenoble (CDI)
2025 : stage de master – association de prévention des addictions, Grenoble"""),
    )),
    # Feature: short_with_attachment — studies_finished — résultats du jury attendus mi-décembre
    # ambiguous: every exam passed and the jury's results awaited: studies_finished stays open
    # length: short, 9 words and an ODT letter whose one line says the results are awaited after every exam → application; a master whose results come mid-December (no earlier diploma given) → studies_finished open → to verify
    N("short_with_attachment", "studies_finished", "résultats du jury attendus mi-décembre", M(
        "Louise Bertin <louise.bertin@gmail.com>", "Candidature", "14 10:41",
        """Bonjour,
Ma lettre de motivation est en pièce jointe.
Louise""",
        app("Louise", "Bertin", phone=None, bac="*", grad=None, unknown=("studies_finished",), status="pj_odt_jury_mi_decembre", info_in="cv"),
        cv=CV("odt", "lettre motivation Louise Bertin.odt", """Louise Bertin – Strasbourg
Madame, Monsieur,
Je termine un master en politiques sociales à l'université de Strasbourg : tous mes examens et mon mémoire sont passés, les résultats du jury attendus mi-décembre.
Je souhaite travailler dans une association d'hébergement ou d'accès au logement, où j'ai fait mon stage.
Veuillez agréer mes salutations distinguées."""),
    )),
    # Feature: short_with_attachment — graduation — DUT Info-Com juin 2025
    # length: short, 24 words that decide on their own, the attached PDF CV only repeating them → application; DUT of June 2025 (bac+2), a cultural association sought → eligible
    N("short_with_attachment", "graduation", "DUT Info-Com juin 2025", M(
        "Idriss Halimi <idriss.halimi@outlook.fr>", "CV + candidature", "15 18:10",
        """Bonjour, je vous envoie mon CV : DUT Info-Com juin 2025, je cherche un poste de chargé de com dans une asso culturelle. Merci !
Idriss Halimi""",
        app("Idriss", "Halimi", phone="+33752184630", bac=2, grad="2025-06", status="pj_pdf_repete_dut_infocom"),
        cv=CV("pdf", "CV_Idriss_Halimi.pdf", """Idriss Halimi – Nancy – 07 52 18 46 30
DUT Information-communication – IUT Nancy-Charlemagne – juin 2025
Recherche : chargé de communication en association culturelle
Stage : Scène de musiques actuelles associative, Nancy (avril–juin 2025)"""),
    )),
    # Feature: short_with_attachment — situation — mon stage a été prolongé jusqu'au 31 janvier
    # length: short, 26 words correcting the attached CV (which says the internship ended on 31 October) → application; the body's newer word: an internship until 31 January 2027 → fails not_internship → not eligible
    N("short_with_attachment", "situation", "mon stage a été prolongé jusqu'au 31 janvier", M(
        "Justine Clavel <justine.clavel@gmail.com>", "Candidature Pro'pulse", "16 11:30",
        """Bonjour, mon CV est joint. Attention, il n'est pas à jour : mon stage a été prolongé jusqu'au 31 janvier. Je candidate pour après.
Justine Clavel""",
        app("Justine", "Clavel", phone="+33678203145", bac=5, grad="2026-06", failing=("not_internship",), status="pj_pdf_stage_prolonge"),
        cv=CV("pdf", "CV_Justine_Clavel_sept2026.pdf", """Justine Clavel – Angers – 06 78 20 31 45
Master Économie sociale et solidaire – Université d'Angers – juin 2026
Stage : chargée de projet, coopérative d'habitants (1er mai – 31 octobre 2026)
Recherche : poste en coopérative ou association d'habitat participatif"""),
    )),
    # Feature: short_with_attachment — level — BTS SP3S
    # length: short, 4 words («Candidature en PJ.» and a name) and a PDF CV holding the BTS (bac+2), its month and the aim → application; BTS SP3S of June 2025, a post in a home-help association → eligible
    N("short_with_attachment", "level", "BTS SP3S", M(
        "Kelly Durand <kelly.durand@hotmail.fr>", "Candidature", "17 16:44",
        """Candidature en PJ.
Kelly""",
        app("Kelly", "Durand", phone="+33640528817", bac=2, grad="2025-06", status="pj_pdf_bts_sp3s", info_in="cv"),
        cv=CV("pdf", "cv kelly.pdf", """Kelly Durand – Le Mans – 06 40 52 88 17
BTS SP3S (Services et prestations des secteurs sanitaire et social) – juin 2025
Recherche : responsable de secteur ou assistante de coordination dans une association d'aide à domicile
Expériences : stage en EHPAD associatif (2024), auxiliaire de vie l'été (2023, 2024)"""),
    )),
    # Feature: short_with_attachment — kind — notre flyer pour le forum
    # length: short, 30 words and a PDF flyer of a local forum, no application and no question → other
    N("short_with_attachment", "kind", "notre flyer pour le forum", M(
        "Inès Haddad <ines.haddad@cress-normandie.example.fr>", "Forum de l'emploi ESS – 10 décembre", "18 09:12",
        """Bonjour,
Voici notre flyer pour le forum de l'emploi ESS du 10 décembre à Caen, si vous voulez le relayer auprès de vos participants normands.
Bonne journée,
Inès""",
        other(),
        cv=CV("pdf", "Flyer_forum_emploi_ESS_Caen.pdf", """Forum de l'emploi dans l'ESS – Caen – jeudi 10 décembre, 9 h – 17 h
Halle aux granges – entrée libre
40 employeurs : associations, coopératives, mutuelles, structures d'insertion
Ateliers CV, job dating, conférences"""),
    )),
    # Feature: short_with_attachment — kind — Adresse introuvable
    # length: short, 22 words of a mail server's notice, the delivery report attached → bounce
    N("short_with_attachment", "kind", "Adresse introuvable", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", "19 15:03",
        """Adresse introuvable
Votre message n'a pas été distribué à julie.aubry.2003@gmial.com, car le domaine est introuvable. Vérifiez qu'il ne contient pas de faute de frappe.""",
        bounce("julie.aubry.2003@gmial.com"),
        bounce="""Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; julie.aubry.2003@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: domain gmial.com not found""",
    )),
    # Feature: long_then_postscript — situation — P.S. : ma mission se termine le 30 novembre
    # length: long, about 370 words on a licence pro, a civic service in a library and a search, the civic service's end added only in the P.S. (30 November, after today) → application; licence pro of 2025, a civic service running until 30 November → fails not_service_civique → not eligible
    N("long_then_postscript", "situation", "P.S. : ma mission se termine le 30 novembre", M(
        "Noémie Lopez <noemie.lopez@gmail.com>", "Candidature Pro'pulse – Noémie Lopez", "20 20:37",
        """Bonjour,

Je m'appelle Noémie, j'ai 23 ans et je vis à Limoges. Je vous écris pour candidater au programme Pro'pulse, que j'ai découvert grâce à une publication d'Animafac sur Instagram.

J'ai obtenu en 2025 une licence professionnelle Métiers du livre, parcours médiation, à l'IUT du Limousin. Pendant ma formation, j'ai fait mon alternance dans une librairie indépendante, ce qui m'a appris beaucoup de choses sur le commerce du livre, mais ce qui m'intéressait le plus, c'était les rencontres d'auteurs et les ateliers avec les écoles.

Après la licence, je n'ai pas trouvé tout de suite de poste dans la médiation. J'ai alors choisi de faire un service civique dans une association de lutte contre l'illettrisme, qui intervient dans les bibliothèques de quartier et dans les centres sociaux de l'agglomération. J'y anime des ateliers d'écriture avec des adultes qui ont peu été à l'école, j'accompagne des parents qui veulent lire des histoires à leurs enfants, et je prépare avec l'équipe une semaine de la lecture au printemps.

Cette expérience m'a confirmé que je voulais travailler dans ce domaine, et plus largement dans l'économie sociale et solidaire. J'aime l'idée que la culture soit un outil d'émancipation et pas seulement un produit. Je cherche donc un poste de médiatrice culturelle, d'animatrice lecture ou de chargée de projets dans une association d'éducation populaire, une bibliothèque associative ou une structure de lutte contre l'illettrisme.

J'aimerais être accompagnée pour plusieurs raisons. D'abord, je connais mal les employeurs du secteur en dehors de Limoges, et je suis prête à bouger. Ensuite, je n'ai jamais négocié de contrat de travail et je ne sais pas vraiment comment on parle de salaire dans une association. Enfin, je trouve difficile de valoriser une expérience de service civique : certains recruteurs semblent la considérer comme du bénévolat, alors que j'y travaille plus de trente heures par semaine.

Je suis disponible pour un entretien quand vous le souhaitez, à distance ou à Paris (le train Limoges-Paris est long, mais je m'organiserai).

Merci beaucoup pour votre attention,
Noémie Lopez
06 52 38 17 46

P.S. : ma mission se termine le 30 novembre, je le précise parce que je ne l'ai pas dit plus haut et que je ne sais pas si c'est important pour la date de démarrage.""",
        app("Noémie", "Lopez", phone="+33652381746", bac=3, grad="2025", failing=("not_service_civique",), status="ps_sc_fin_30_novembre"),
    )),
    # Feature: long_then_postscript — graduation — Edit : en fait c'était en juin 2025
    # length: long, about 360 words giving a licence «obtenue en 2023» in the second paragraph, corrected by the «Edit :» at the end → application; the newest word: licence of June 2025, a post in a solidarity grocery network → eligible
    N("long_then_postscript", "graduation", "Edit : en fait c'était en juin 2025", M(
        "Romain Kieffer <romain.kieffer@gmail.com>", "Candidature programme Pro'pulse", "21 09:14",
        """Bonjour l'équipe Pro'pulse,

Je vous écris depuis Metz pour vous proposer ma candidature. Je vais essayer d'être clair sur mon parcours, même si je ne suis pas très doué pour parler de moi.

J'ai une licence de géographie, parcours aménagement et développement des territoires, obtenue en 2023 à l'université de Lorraine. Pendant mes études, j'ai fait un stage dans une communauté de communes rurale, où j'ai travaillé sur un diagnostic des services de proximité : épiceries, médecins, transports à la demande. C'est là que j'ai découvert le rôle énorme des associations dans les villages, notamment les épiceries solidaires et les tiers-lieux.

Depuis, je donne un coup de main dans une épicerie solidaire de Metz-Borny, deux demi-journées par semaine, à la réception des livraisons et à l'accueil. J'y ai rencontré des gens formidables, des bénévoles retraités comme des bénéficiaires qui sont devenus bénévoles à leur tour. Le responsable m'a dit que leur réseau régional cherchait régulièrement des coordinateurs, mais que les postes partaient souvent par le bouche-à-oreille.

À côté, je travaille à temps partiel dans une boulangerie, le matin très tôt, pour payer mon loyer. Ce n'est pas ce que je veux faire de ma vie, mais ça me laisse les après-midi pour chercher et pour le bénévolat.

Ce que je cherche : un poste de coordinateur ou d'animateur de réseau dans une association d'aide alimentaire, un réseau d'épiceries solidaires ou un tiers-lieu rural, en Moselle ou en Meurthe-et-Moselle. Je suis aussi ouvert aux structures d'insertion qui travaillent sur l'alimentation.

J'ai besoin d'aide pour structurer ma recherche : je postule un peu au hasard, je ne relance jamais, et je ne sais pas bien présenter mon expérience bénévole. Votre programme me semble être exactement ce qu'il me faut. Je suis disponible pour un entretien à distance ou à Paris, de préférence l'après-midi à cause de la boulangerie.

Je vous remercie de m'avoir lu, et je vous souhaite une bonne journée.

Romain Kieffer
07 45 82 16 39

Edit : en fait c'était en juin 2025, pas en 2023, je me suis trompé en tapant : j'ai redoublé ma deuxième année et j'ai fini en 2025. Désolé pour la confusion, c'est important pour vos critères je crois.""",
        app("Romain", "Kieffer", phone="+33745821639", bac=3, grad="2025-06", status="edit_licence_2025_pas_2023"),
    )),
    # Feature: long_then_postscript — studies_finished — J'oubliais : j'attends encore les résultats de mon rattrapage
    # ambiguous: the resit passed and its results awaited after every exam: studies_finished stays open
    # length: long, about 370 words on a BUT, an alternance, a move and an aim, the resit's results awaited added in the «J'oubliais :» at the end → application; a BUT whose resit results are awaited (no earlier diploma) → studies_finished open → to verify
    N("long_then_postscript", "studies_finished", "J'oubliais : j'attends encore les résultats de mon rattrapage", M(
        "Sabrina Guillaume <sabrina.guillaume@gmail.com>", "Ma candidature", "21 22:05",
        """Bonsoir,

Je vous contacte parce que je voudrais rejoindre le programme Pro'pulse. Une ancienne participante, qui travaille maintenant dans la même association que ma tante, m'a dit que ça l'avait beaucoup aidée, alors je tente ma chance.

J'ai fait un BUT Carrières sociales, parcours animation sociale et socioculturelle, à l'IUT de Tourcoing, de 2023 à 2026. La troisième année, je l'ai faite en alternance dans une maison de quartier de Roubaix, où je m'occupais surtout du secteur jeunes : l'accueil du soir, l'aide aux devoirs, les sorties du samedi et un projet de court-métrage avec une dizaine d'ados. C'était une année très riche, épuisante parfois, mais je crois que j'ai vraiment trouvé mon métier.

Ce qui m'a le plus marquée, c'est le projet de court-métrage. Au début, les jeunes ne voulaient rien écrire, ils disaient que de toute façon personne ne s'intéressait à ce qu'ils avaient à dire. À la fin, le film a été projeté au cinéma du quartier devant deux cents personnes, et certains parents sont venus me remercier. C'est ce genre de moment qui me donne envie de continuer.

Je cherche maintenant un poste d'animatrice ou de coordinatrice jeunesse dans une maison de quartier, un centre social ou une association d'éducation populaire, dans la métropole lilloise. Je ne veux pas travailler pour une mairie en direct, je préfère le fonctionnement associatif, avec des habitants au conseil d'administration. J'ai passé mon permis cet été, ce qui m'ouvre un peu plus de possibilités.

Je viens aussi de déménager : je vivais chez mes parents à Tourcoing, j'ai pris un petit appartement à Lille-Fives avec une amie. Du coup, mon adresse a changé, mais mon numéro reste le même. L'appartement est à cinq minutes du métro, ce qui simplifie beaucoup les trajets, et je peux être n'importe où dans la métropole en moins de quarante minutes.

J'espère que ma candidature retiendra votre attention. Je suis disponible pour en parler quand vous voulez, sauf le jeudi matin où j'accompagne ma grand-mère à ses rendez-vous médicaux.

Merci beaucoup,
Sabrina Guillaume
06 93 14 75 28

J'oubliais : j'attends encore les résultats de mon rattrapage (un module de méthodologie que j'ai repassé en septembre), le jury doit se réunir avant Noël. Tout le reste est validé.""",
        app("Sabrina", "Guillaume", phone="+33693147528", bac="*", grad=None, unknown=("studies_finished",), status="joubliais_rattrapage_resultats"),
    )),
    # Feature: long_then_postscript — career_change — avant la fac, j'ai été aide-soignant pendant sept ans
    # length: long, about 360 words on a master of 2026, an internship and a search in health associations, the seven years as a care assistant told only in the «Petite précision» at the end → application; seven years of another trade before the master → fails not_career_change → not eligible
    N("long_then_postscript", "career_change", "avant la fac, j'ai été aide-soignant pendant sept ans", M(
        "Olivier Bakayoko <olivier.bakayoko@gmail.com>", "Candidature Pro'pulse", "22 10:48",
        """Bonjour,

Je souhaite candidater au programme Pro'pulse. J'ai obtenu en juin 2026 un master Management des organisations sanitaires et sociales à l'université de Rennes, et je cherche un poste de coordinateur ou de chef de service dans une association du secteur médico-social ou de la santé.

Mon stage de fin d'études s'est déroulé dans une association gestionnaire de services de soins infirmiers à domicile, en Ille-et-Vilaine. J'y ai travaillé sur la réorganisation des tournées, sur l'accueil des nouveaux salariés et sur un projet de formation aux gestes de prévention des troubles musculo-squelettiques. J'ai particulièrement apprécié le travail avec les équipes de terrain, qui connaissent mieux que personne les besoins des patients et les contraintes du métier.

Ce qui m'attire dans le secteur associatif, c'est la possibilité de concilier qualité des soins et conditions de travail décentes, sans la pression du rendement que l'on trouve dans certains groupes privés. J'ai vu pendant mes études comment des associations parvenaient à innover, par exemple avec des équipes autonomes sur le modèle néerlandais, et j'aimerais contribuer à ce type de projets.

Je suis mobile en Bretagne et dans les Pays de la Loire. J'ai le permis et un véhicule. Je peux commencer immédiatement, et je n'ai aucune contrainte particulière d'horaires.

Je me rends bien compte que les postes de coordination sont souvent proposés à des personnes plus expérimentées, et c'est pour cela que votre accompagnement m'intéresse : j'aimerais apprendre à mieux présenter mes compétences, rencontrer des professionnels du secteur et comprendre comment fonctionnent les recrutements dans les associations gestionnaires. Je serais aussi heureux d'échanger avec d'autres jeunes diplômés, même si je suis un peu plus âgé que la moyenne.

Je vous remercie pour votre attention et reste à votre disposition pour un entretien.

Bien cordialement,
Olivier Bakayoko
06 37 25 84 19

Petite précision, pour que tout soit clair : avant la fac, j'ai été aide-soignant pendant sept ans, en CDI dans une clinique privée de Saint-Malo, de 2014 à 2021. C'est d'ailleurs pour ça que j'ai repris des études, pour passer de l'autre côté de l'organisation. Je ne l'ai pas mis plus haut parce que je ne savais pas si ça comptait.""",
        app("Olivier", "Bakayoko", phone="+33637258419", bac=5, grad="2026-06", failing=("not_career_change",), status="precision_aide_soignant_sept_ans"),
    )),
    # Feature: long_then_postscript — aim — c'est vraiment dans une association que je veux travailler
    # length: long, about 360 words hesitating between a local authority and an association, the choice made only in the P.S. → application; licence of June 2026, the P.S.'s newest word: an association → eligible
    N("long_then_postscript", "aim", "c'est vraiment dans une association que je veux travailler", M(
        "Manon Étienne <manon.etienne@gmail.com>", "Candidature - Manon Étienne", "22 17:26",
        """Bonjour,

Je vous écris pour vous présenter ma candidature au programme Pro'pulse. J'ai obtenu en juin 2026 une licence d'administration publique à l'université de Clermont-Ferrand, et je suis en recherche d'emploi depuis l'été.

Pour être honnête, j'hésite encore sur la direction à prendre. D'un côté, ma formation m'a préparée aux concours de la fonction publique territoriale, et plusieurs de mes camarades préparent le concours de rédacteur. J'ai fait un stage dans le service jeunesse d'une mairie de la banlieue clermontoise, qui s'est très bien passé, et mon tuteur m'a encouragée à passer le concours. De l'autre côté, j'ai été bénévole pendant trois ans dans une association d'aide aux devoirs, et j'ai toujours eu l'impression que c'était là que je me sentais le plus utile.

J'ai du mal à trancher. Dans une collectivité, la stabilité et les perspectives d'évolution sont rassurantes, et j'aime le sens du service public. Dans une association, j'ai l'impression qu'on peut aller plus vite, inventer des choses, être au plus près des gens, mais les contrats sont plus fragiles et les salaires souvent plus bas. Mes parents, qui sont tous les deux fonctionnaires, me poussent vers la première option, évidemment.

C'est en partie pour y voir plus clair que votre programme m'intéresse : j'aimerais rencontrer des professionnels des associations, comprendre concrètement leur quotidien, et savoir si mon profil, plutôt administratif, peut y trouver sa place. Je pense à des postes de chargée de mission, d'assistante de direction ou de gestionnaire de projets.

Je suis disponible immédiatement, et mobile dans toute l'Auvergne. Je peux me rendre à Lyon ou à Paris pour les rencontres collectives si nécessaire. Depuis l'été, je garde aussi des enfants le mercredi pour une famille du quartier, ce qui me laisse le reste de la semaine libre pour mes démarches et mes entretiens.

Je vous remercie de votre attention et reste à votre disposition.

Cordialement,
Manon Étienne
07 61 48 25 93

P.S. Après avoir relu mon message ce matin et en avoir parlé avec ma meilleure amie, je crois que ma réponse est claire : c'est vraiment dans une association que je veux travailler, pas dans une mairie. Je n'ai pas l'intention de passer le concours cette année.""",
        app("Manon", "Étienne", phone="+33761482593", bac=3, grad="2026-06", status="ps_choix_association"),
    )),
    # Feature: long_then_postscript — kind — Lettre d'information du réseau
    # length: long, about 390 words, a network's newsletter (List-Unsubscribe, Precedence: bulk) with news, events and a P.S. → newsletter
    N("long_then_postscript", "kind", "Lettre d'information du réseau", M(
        "Réseau Jeunes & ESS Grand Est <lettre@jeunes-ess-grandest.example.org>", "Lettre d'information du réseau – novembre 2026", "23 07:30",
        """Lettre d'information du réseau Jeunes & ESS Grand Est – n° 42 – novembre 2026

Édito
Chères et chers membres du réseau, l'automne a été riche en rencontres : plus de trois cents jeunes ont participé à nos cafés de l'ESS à Strasbourg, Nancy, Metz et Reims depuis septembre. Merci aux structures qui ont ouvert leurs portes, et aux bénévoles qui ont préparé les cafés, les badges et les gâteaux.

Ce mois-ci dans le réseau
– Le Mois de l'ESS s'est achevé avec une journée régionale à Châlons-en-Champagne, consacrée à l'emploi des jeunes dans les associations et les coopératives. Les actes seront publiés en janvier.
– Trois nouvelles structures ont rejoint le réseau : une SCIC de mobilité solidaire à Mulhouse, une ressourcerie à Épinal et une association de médiation numérique à Troyes. Bienvenue à elles !
– Notre groupe de travail sur les salaires dans les petites associations a rendu ses premières conclusions : une fiche pratique sur les conventions collectives est disponible sur notre site.

Agenda
– 3 décembre, Nancy : atelier « Réussir son entretien dans une association » (sur inscription, 15 places).
– 8 décembre, en ligne : webinaire « Le service civique, et après ? », avec deux anciens volontaires devenus salariés.
– 15 décembre, Strasbourg : soirée de fin d'année du réseau, au tiers-lieu de la Coop, à partir de 18 h 30.

Portrait
Ce mois-ci, nous donnons la parole à une coordinatrice de chantier d'insertion dans les Ardennes, qui raconte comment elle est arrivée dans l'ESS après des études de biologie, et ce qu'elle dirait à un jeune qui hésite : « Allez voir les structures, posez des questions, proposez de donner un coup de main une journée. On ne recrute pas des diplômes, on recrute des personnes. »

Offres d'emploi
Retrouvez sur notre site les 27 offres publiées ce mois-ci par les structures du réseau, dont neuf accessibles aux jeunes diplômés sans expérience : animation, gestion, communication, accompagnement.

Appel à bénévoles
Nous cherchons des volontaires pour tenir notre stand au salon de l'étudiant de Reims en janvier. Deux heures suffisent, et le café est offert.

P.S. Notre enquête annuelle sur les attentes des jeunes est ouverte jusqu'au 20 décembre : dix minutes pour nous aider à mieux vous accompagner en 2027. Le lien est sur la page d'accueil de notre site.

Vous recevez cette lettre parce que vous êtes inscrit·e à la liste du réseau. Pour vous désinscrire, suivez le lien en bas de page.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:desinscription@jeunes-ess-grandest.example.org>", "Precedence": "bulk"},
    )),
    # Feature: long_then_postscript — kind — je vous confirme ma présence à la première rencontre
    # length: long, about 360 words answering our mail of practical information in our thread (In-Reply-To ours), with a P.S. about a document → reply
    N("long_then_postscript", "kind", "je vous confirme ma présence à la première rencontre", M(
        "Lucie Fabregas <lucie.fabregas@gmail.com>", "Re: Pro'pulse – bienvenue dans la session de janvier", "24 13:15",
        """Bonjour,

Merci beaucoup pour votre message et pour toutes ces informations, c'est une très bonne nouvelle pour moi. Je vous confirme ma présence à la première rencontre, le mardi 12 janvier à 9 h 30, à la Maison des associations.

Je réponds dans l'ordre à vos questions.

Pour le déjeuner : je ne mange pas de viande, mais je mange du poisson et des œufs. Rien d'autre de particulier, pas d'allergie.

Pour les aménagements : je n'en ai pas besoin, merci d'avoir posé la question. J'ai juste tendance à prendre beaucoup de notes, donc si les supports peuvent être envoyés à l'avance, ce serait un plus, mais ce n'est vraiment pas indispensable.

Pour l'ordinateur : j'ai un portable personnel, je l'apporterai. Je n'aurai donc pas besoin d'un prêt.

Pour les transports : j'habite à Montreuil, donc je comprends que les frais restent à ma charge. Ce n'est pas un problème, j'ai un passe Navigo.

Pour le questionnaire de démarrage : je l'ai rempli hier soir, j'espère qu'il vous est bien parvenu. J'ai hésité sur la question des trois structures dans lesquelles on aimerait travailler, j'en ai mis quatre, j'espère que ce n'est pas grave.

Pour la présentation de deux minutes : je vais la préparer pendant les vacances de Noël. Est-ce qu'on peut utiliser un support visuel, ou est-ce qu'il faut parler sans rien ? Je suis plus à l'aise avec quelques images, mais je m'adapterai.

J'ai aussi une question sur le binôme : est-ce que nous le rencontrerons dès la première séance, ou plus tard ? Et est-ce que nous pouvons proposer une personne avec qui nous aimerions être en binôme, si nous connaissons déjà quelqu'un dans la promotion ? Je pense qu'une amie de fac a aussi été retenue, mais je ne voudrais pas imposer quoi que ce soit.

Enfin, pour la marraine ou le parrain : est-ce que vous tenez compte des secteurs qui nous intéressent pour faire les associations ? J'avais indiqué l'habitat et l'hébergement dans ma candidature.

Merci encore, et très bonnes fêtes de fin d'année en avance à toute l'équipe.

Lucie Fabregas

P.S. Je vous renvoie en pièce jointe l'autorisation de droit à l'image signée dans un prochain message, mon scanner fait des siennes ce soir.""",
        reply(),
        headers={"In-Reply-To": "<bienvenue-session-janvier.2411@animafac.net>", "References": "<bienvenue-session-janvier.2411@animafac.net>"},
    )),
]
