"""Others corpus, batch 03 (writer A): another person's fact DENIED of the writer («moi plus», «lui oui, moi
non», «pas moi», «contrairement à…», «moi pas encore»), a friend who applies too or did the programme before,
and the applicant's own children (a «stage de 3e», a service civique, a BTS) beside the parent's facts; other
mail that names them too (the cousin in BTS, a bounce, a reply in our thread, a former participant's offer, a
mother asking for her daughter in terminale, a parental-leave auto-reply)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from others import N

MESSAGES = [
    # Feature: unlike_other — situation — moi, c'est terminé depuis mai
    # others: «Elle est encore en stage à la mairie» = the classmate Louise's running internship; «moi, c'est terminé» denies it of the writer → not_internship met → eligible
    N("unlike_other", "situation", "moi, c'est terminé depuis mai", M(
        "Morgane Tessier <morgane.tessier@example.org>", "Candidature Pro'pulse", "19 09:10",
        """Bonjour,

On a fait le même BTS Tourisme avec Louise, diplômées en juin 2026. Elle est encore en stage à la mairie ; moi, c'est terminé depuis mai, avant les examens.

Je cherche un emploi dans le tourisme social et solidaire, par exemple une association de villages vacances. Je peux rejoindre le programme ?

Morgane Tessier
06 71 24 58 93""",
        app("Morgane", "Tessier", phone="+33671245893", bac=2, grad="2026-06", status="louise_stage_moi_termine"),
    )),
    # Feature: unlike_other — career_change — je n'ai jamais changé de voie
    # others: «mon cousin, qui a été dix ans commercial avant de se reconvertir» = the cousin's career change, denied of the writer by «contrairement à» → not_career_change met → eligible
    N("unlike_other", "career_change", "je n'ai jamais changé de voie", M(
        "Bilal Mansouri <bilal.mansouri@example.net>", "inscription programme Pro'pulse", "20 14:48",
        """Bonjour,

Contrairement à mon cousin, qui a été dix ans commercial avant de se reconvertir dans l'éducation, je n'ai jamais changé de voie : animateur depuis mes dix-sept ans, puis DUT carrières sociales obtenu en juin 2025.

Je cherche un poste de coordinateur jeunesse dans une association. Est-ce que je suis éligible ?

Bilal Mansouri
07 33 68 20 14""",
        app("Bilal", "Mansouri", phone="+33733682014", bac=2, grad="2025-06", status="cousin_commercial_jamais_change"),
    )),
    # Feature: unlike_other — level — lui oui, moi non
    # others: «Mon frère a fait un BTS après le bac» = the brother's BTS; «lui oui, moi non» denies it of the writer → only the bac → fails degree_level
    N("unlike_other", "level", "lui oui, moi non", M(
        "Steven Lagarde <steven.lagarde@example.com>", "programme", "21 19:22",
        """Bonjour,

Mon frère a fait un BTS après le bac, lui oui, moi non : j'ai commencé à travailler tout de suite comme animateur périscolaire. Aujourd'hui je voudrais un vrai poste dans une association d'éducation populaire.

Votre programme est-il fait pour moi ?

Steven Lagarde
06 14 83 92 57""",
        app("Steven", "Lagarde", phone="+33614839257", bac=0, grad=None, failing=("degree_level",), status="frere_bts_lui_oui_moi_non"),
    )),
    # Feature: unlike_other — situation — contrairement à elle, le mien court encore jusqu'en février
    # others: «ma copine a fini son service civique en octobre» = the girlfriend's ended service civique; «contrairement à elle, le mien court encore» = the writer's still running until February → fails not_service_civique
    N("unlike_other", "situation", "contrairement à elle, le mien court encore jusqu'en février", M(
        "Maxime Guilbaud <maxime.guilbaud@example.fr>", "candidature", "22 21:07",
        """Salut l'équipe,

ma copine a fini son service civique en octobre ; contrairement à elle, le mien court encore jusqu'en février, à la Fondation du patrimoine. J'ai une licence d'histoire de juin 2025.

Je voudrais ensuite travailler dans une association culturelle. Je peux m'inscrire maintenant ?

Maxime Guilbaud
07 91 42 35 60""",
        app("Maxime", "Guilbaud", phone="+33791423560", bac=3, grad="2025-06", failing=("not_service_civique",), status="copine_fini_le_mien_court"),
    )),
    # Feature: unlike_other — graduation — pas moi — enfin, pas cette année-là
    # ambiguous: «elle l'a eue en juin 2025, pas moi — enfin, pas cette année-là»: the writer has the licence but its year is left untold
    # others: «elle l'a eue en juin 2025» = the sister's date, denied of the writer for that year only → graduation_recent open → to_verify
    N("unlike_other", "graduation", "pas moi — enfin, pas cette année-là", M(
        "Jeanne Royer <jeanne.royer@example.org>", "Pro'pulse : candidature", "23 10:35",
        """Bonjour,

Ma sœur et moi avons fait la même licence de lettres modernes ; elle l'a eue en juin 2025, pas moi — enfin, pas cette année-là.

Je cherche un poste dans une association de lutte contre l'illettrisme. Pouvez-vous me dire si je peux candidater ?

Jeanne Royer
06 56 19 74 28""",
        app("Jeanne", "Royer", phone="+33656197428", bac=3, grad=None, unknown=("graduation_recent",), status="soeur_licence_pas_cette_annee"),
    )),
    # Feature: unlike_other — aim — moi je vise la fonction publique d'État, un ministère
    # others: «contrairement à ma sœur, qui travaille dans l'associatif» = the sister's ESS job, denied for the writer → the writer aims at a ministry → fails job_seeking_ess
    N("unlike_other", "aim", "moi je vise la fonction publique d'État, un ministère", M(
        "Quentin Pellerin <quentin.pellerin@example.net>", "renseignement candidature", "24 08:18",
        """Bonjour,

Contrairement à ma sœur, qui travaille dans l'associatif depuis des années, moi je vise la fonction publique d'État, un ministère si possible. J'ai un master d'administration publique de septembre 2026.

Votre programme peut-il m'accompagner ?

Quentin Pellerin
06 35 90 47 16""",
        app("Quentin", "Pellerin", phone="+33635904716", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="soeur_asso_moi_ministere"),
    )),
    # Feature: unlike_other — kind — Mon cousin, en BTS, pourrait-il
    # others: «Mon cousin, en BTS» = a cousin mentioned, not presented as applying (the writer asks for him in passing) → kind question (the corpus's convention)
    N("unlike_other", "kind", "Mon cousin, en BTS, pourrait-il", M(
        "Inès Boukhari <ines.boukhari@example.com>", "question", "25 12:12",
        """Bonjour,

Mon cousin, en BTS, pourrait-il s'inscrire dès maintenant, ou faut-il avoir fini ses études, contrairement à ce que pense sa mère ?

Merci de votre réponse,
Inès""",
        question(),
    )),
    # Feature: unlike_other — kind — Undeliverable
    # others: «votre fils nous a indiqué cette adresse» = our mail to a mother's address, bounced → kind bounce
    N("unlike_other", "kind", "Undeliverable", M(
        "postmaster@example.fr", "Undeliverable: Pro'pulse - informations", "20 06:45",
        """Your message to catherine.perret@example.fr couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.

----- Original message -----
Bonjour Madame Perret,
votre fils nous a indiqué cette adresse : vous trouverez ci-joint la présentation du programme.
L'équipe Pro'pulse""",
        bounce("catherine.perret@example.fr"),
        bounce="Reporting-MTA: dns; mx.example.fr\nFinal-Recipient: rfc822; catherine.perret@example.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: friend_applying_too — situation — le mien s'est terminé en août
    # others: «Elle est en service civique jusqu'en janvier» = the friend Soraya's, not the writer's; «le mien s'est terminé en août» = the writer's ended → not_service_civique met → eligible
    N("friend_applying_too", "situation", "le mien s'est terminé en août", M(
        "Clara Dumont <clara.dumont@example.org>", "Candidature à deux", "19 16:40",
        """Bonjour,

Nous postulons à deux avec mon amie Soraya Bensaïd, qui vous écrira de son côté. Elle est en service civique jusqu'en janvier ; le mien s'est terminé en août.

J'ai un DUT carrières sociales de juin 2025 et je cherche un poste dans une association d'aide aux personnes exilées. Pouvons-nous candidater ?

Clara Dumont
06 27 43 81 59""",
        app("Clara", "Dumont", phone="+33627438159", bac=2, grad="2025-06", status="amie_soraya_mien_fini_aout"),
    )),
    # Feature: friend_applying_too — identity — Mes coordonnées sont dans mon CV
    # others: «Mon ami Julien Marsac (06 84 51 27 30) postule aussi» = the friend's name and phone, a second candidate → the applicant's contacts are hers, in her CV and signature → eligible
    N("friend_applying_too", "identity", "Mes coordonnées sont dans mon CV", M(
        "Wassila Hamdi <wassila.hamdi@example.fr>", "Candidature Pro'pulse", "20 11:03",
        """Bonjour,

Mon ami Julien Marsac (06 84 51 27 30) postule aussi, il vous écrira lui-même. Pour ma part, j'ai un BTS Économie sociale familiale obtenu en juin 2026 et je cherche un poste dans une épicerie sociale.

Mes coordonnées sont dans mon CV ci-joint. Puis-je candidater ?

Wassila Hamdi
07 12 58 93 46""",
        app("Wassila", "Hamdi", phone="+33712589346", bac=2, grad="2026-06", info_in="both", status="ami_julien_telephone_cv"),
        cv=CV("odt", "cv-wassila-hamdi.odt", "Wassila Hamdi\n07 12 58 93 46 - wassila.hamdi@example.fr\nBTS Économie sociale familiale, juin 2026\nStage : épicerie sociale Le Panier, 2026\nObjectif : conseillère en épicerie sociale"),
    )),
    # Feature: friend_applying_too — graduation — moi j'ai mon BTS depuis 2023
    # others: «une amie a fait le programme l'an dernier, avec un master de 2024» = the friend's diploma → the writer's BTS of 2023 is more than 24 months old → fails graduation_recent
    N("friend_applying_too", "graduation", "moi j'ai mon BTS depuis 2023", M(
        "Florian Masson <florian.masson@example.com>", "Pro'pulse", "21 13:55",
        """Bonjour,

Une amie a fait le programme l'an dernier, avec un master de 2024, et elle en garde un très bon souvenir. Moi j'ai mon BTS depuis 2023 (comptabilité et gestion) et je voudrais travailler dans une mutuelle.

Est-ce possible pour moi aussi ?

Florian Masson
06 63 27 15 08""",
        app("Florian", "Masson", phone="+33663271508", bac=2, grad="2023", failing=("graduation_recent",), status="amie_master_2024_bts_2023"),
    )),
    # Feature: friend_applying_too — aim — moi je cherche une association de protection de l'enfance
    # others: «Kenza, qui postule aussi, veut rejoindre une start-up» = the friend's aim, not the writer's → the writer aims at child protection associations → eligible
    N("friend_applying_too", "aim", "moi je cherche une association de protection de l'enfance", M(
        "Lou Fabiani <lou.fabiani@example.net>", "candidature", "22 09:27",
        """Bonjour,

Ma meilleure amie Kenza, qui postule aussi, veut rejoindre une start-up. Moi je cherche une association de protection de l'enfance, comme éducatrice. J'ai mon diplôme d'État d'éducatrice spécialisée (licence) depuis juin 2026.

Je peux rejoindre le programme ?

Lou Fabiani
06 85 12 60 34""",
        app("Lou", "Fabiani", phone="+33685126034", bac=3, grad="2026-06", status="kenza_startup_moi_enfance"),
    )),
    # Feature: friend_applying_too — studies_finished — on fait le même parcours depuis la licence
    # ambiguous: «on fait le même parcours depuis la licence» after «Élodie est encore inscrite en M2»: whether the writer is enrolled in the M2 too is unsaid
    # others: «Élodie, qui postule aussi, est encore inscrite en M2» = the friend's running studies; «le même parcours» may copy them → studies_finished open (and the writer's licence has no date) → to_verify
    N("friend_applying_too", "studies_finished", "on fait le même parcours depuis la licence", M(
        "Agathe Poupard <agathe.poupard@example.org>", "Pro'pulse - deux candidatures", "23 18:14",
        """Bonjour,

Élodie, qui postule aussi, est encore inscrite en M2 d'urbanisme ; on fait le même parcours depuis la licence. On voudrait toutes les deux travailler dans une association d'habitat solidaire.

Est-ce que c'est possible pour moi ?

Agathe Poupard
07 48 36 91 25""",
        app("Agathe", "Poupard", phone="+33748369125", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), status="elodie_m2_meme_parcours"),
    )),
    # Feature: friend_applying_too — career_change — moi j'ai été cariste douze ans
    # others: «mon ami Lucas, qui a fait le programme l'an dernier après un BTS» = the friend's path → the writer's twelve years as a forklift driver before his DUT → fails not_career_change
    N("friend_applying_too", "career_change", "moi j'ai été cariste douze ans", M(
        "Patrick Nkemelu <patrick.nkemelu@example.fr>", "inscription", "24 20:40",
        """Bonjour,

C'est mon ami Lucas, qui a fait le programme l'an dernier après un BTS, qui m'a conseillé de vous écrire. Moi j'ai été cariste douze ans avant de reprendre un DUT gestion, obtenu en juin 2026.

Je voudrais travailler dans une ressourcerie ou une entreprise d'insertion. Suis-je éligible ?

Patrick Nkemelu
06 40 71 28 63""",
        app("Patrick", "Nkemelu", phone="+33640712863", bac=2, grad="2026-06", failing=("not_career_change",), info_in="both", status="ami_lucas_cariste"),
        cv=CV("pdf", "CV-Nkemelu.pdf", "Patrick Nkemelu\nDUT Gestion des entreprises et des administrations, juin 2026\n2011-2023 : cariste, plateforme logistique\nObjectif : ressourcerie, entreprise d'insertion"),
    )),
    # Feature: friend_applying_too — level — moi le mien dans la même école
    # ambiguous: «elle son BTS, moi le mien dans la même école»: whether the writer's diploma is a BTS too or another of the school's titles is unsaid
    # others: «Inès a eu son BTS en juin 2025» = the friend's BTS; «moi le mien» names no level of its own → degree_level open → to_verify
    N("friend_applying_too", "level", "moi le mien dans la même école", M(
        "Noah Bertin <noah.bertin@example.com>", "Candidature", "25 10:58",
        """Bonjour,

On postule ensemble avec Inès : on a eu notre diplôme en juin 2025, elle son BTS, moi le mien dans la même école, à Angers.

Je voudrais travailler dans une SCOP du bâtiment. Est-ce que je peux m'inscrire ?

Noah Bertin
07 20 64 39 81""",
        app("Noah", "Bertin", phone="+33720643981", bac="*", grad="2025-06", unknown=("degree_level",), status="ines_bts_le_mien"),
    )),
    # Feature: friend_applying_too — kind — Re: Réunion d'information du 3 décembre
    # others: «mon amie Chloé, qui postule aussi» = a friend named in a reply in our thread → kind reply
    N("friend_applying_too", "kind", "Re: Réunion d'information du 3 décembre", M(
        "Lydia Ferhani <lydia.ferhani@example.net>", "Re: Réunion d'information du 3 décembre", "21 17:33",
        """Bonjour,

Je viendrai à la réunion avec mon amie Chloé, qui postule aussi. Faut-il qu'elle s'inscrive séparément ?

Lydia

Le 20 nov. 2026 à 10:00, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Lydia, la réunion d'information aura lieu le 3 décembre à 18 h.""",
        reply(),
        headers={"In-Reply-To": "<reunion-2011-lf@animafac.net>", "References": "<reunion-2011-lf@animafac.net>"},
    )),
    # Feature: friend_applying_too — kind — proposer un témoignage
    # others: «avec mon ami Hamza, qui a suivi le programme la même année» = former participants offering a talk → kind other
    N("friend_applying_too", "kind", "proposer un témoignage", M(
        "Justine Caillaud <justine.caillaud@example.org>", "Proposer un témoignage", "24 12:00",
        """Bonjour,

Ancienne participante de Pro'pulse, je voudrais proposer un témoignage lors de votre prochaine réunion, avec mon ami Hamza, qui a suivi le programme la même année et travaille maintenant dans une SCIC.

Dites-nous quelle date vous arrange.

Justine Caillaud""",
        other(),
    )),
    # Feature: own_children — situation — moi j'ai eu mon BTS ESF en juin 2026
    # others: «Ma fille fait son stage de 3e à la ressourcerie cette semaine» = the daughter's school placement, not the mother's internship → not_internship met → eligible
    N("own_children", "situation", "moi j'ai eu mon BTS ESF en juin 2026", M(
        "Fatoumata Keïta <fatoumata.keita@example.com>", "Candidature Pro'pulse", "19 12:25",
        """Bonjour,

Ma fille fait son stage de 3e à la ressourcerie du quartier cette semaine, et c'est là que j'ai vu votre affiche. Moi j'ai eu mon BTS ESF en juin 2026, préparé à distance pendant que les enfants étaient petits.

Je cherche un emploi de conseillère dans une association ou un centre social. Puis-je candidater ?

Fatoumata Keïta
06 22 90 47 35""",
        app("Fatoumata", "Keïta", phone="+33622904735", bac=2, grad="2026-06", status="fille_stage_3e_bts_esf"),
    )),
    # Feature: own_children — situation — moi je suis en stage jusqu'au 15 janvier
    # others: «mon fils est en service civique» = the son's, not the father's; «moi je suis en stage jusqu'au 15 janvier» = the writer's internship running → fails not_internship
    N("own_children", "situation", "moi je suis en stage jusqu'au 15 janvier", M(
        "Olivier Brunschwig <olivier.brunschwig@example.net>", "Pro'pulse", "20 19:50",
        """Bonjour,

Chez nous c'est la saison des engagements : mon fils est en service civique, et moi je suis en stage jusqu'au 15 janvier dans une régie de quartier, pour finir ma licence pro.

Je voudrais ensuite travailler dans l'insertion. Puis-je déjà candidater ?

Olivier Brunschwig
07 53 19 82 40""",
        app("Olivier", "Brunschwig", phone="+33753198240", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="fils_service_civique_pere_stage"),
    )),
    # Feature: own_children — career_change — après dix-huit ans de secrétariat médical
    # others: «mon aîné finit son BTS» = the son's studies → the mother's eighteen years of medical secretarial work before her DEUST → fails not_career_change
    N("own_children", "career_change", "après dix-huit ans de secrétariat médical", M(
        "Véronique Hamel <veronique.hamel@example.fr>", "candidature", "21 08:40",
        """Bonjour,

Mes enfants sont grands, mon aîné finit son BTS. De mon côté, après dix-huit ans de secrétariat médical, j'ai passé un DEUST en juin 2026 pour travailler dans le social.

Je cherche un poste dans une association d'aide à domicile. Votre programme m'est-il accessible ?

Véronique Hamel
06 78 25 13 69""",
        app("Véronique", "Hamel", phone="+33678251369", bac=2, grad="2026-06", failing=("not_career_change",), status="aine_bts_mere_secretariat"),
    )),
    # Feature: own_children — aim — on cherche tous les deux un premier emploi
    # ambiguous: «on cherche tous les deux un premier emploi» right after the son's bank: whether the mother looks at banks too is unsaid
    # others: «Mon fils vise une banque» = the son's aim; «on cherche tous les deux» may share it → job_seeking_ess open → to_verify
    N("own_children", "aim", "on cherche tous les deux un premier emploi", M(
        "Hayat Benaissa <hayat.benaissa@example.org>", "Inscription", "22 15:05",
        """Bonjour,

Mon fils vise une banque, il vient de finir son BTS ; on cherche tous les deux un premier emploi, lui et moi, depuis la rentrée. J'ai moi-même une licence de gestion obtenue en juin 2025, après avoir élevé mes enfants.

Est-ce que je peux rejoindre votre programme ?

Hayat Benaissa
07 66 14 30 52""",
        app("Hayat", "Benaissa", phone="+33766143052", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="fils_banque_tous_les_deux"),
    )),
    # Feature: own_children — identity — Pour me joindre directement, c'est le 06 30 52 84 17
    # others: «celui de mon fils Idriss, 07 43 26 91 08» = the son's phone, a second candidate → the applicant's own number → eligible
    N("own_children", "identity", "Pour me joindre directement, c'est le 06 30 52 84 17", M(
        "Souad El Idrissi <souad.elidrissi@example.com>", "Candidature programme", "23 13:30",
        """Bonjour,

Je souhaite m'inscrire. J'ai un BTS Services et prestations des secteurs sanitaire et social depuis juin 2025 et je cherche un poste dans un centre social associatif.

Attention, sur mon dossier CAF apparaît parfois le numéro de mon fils Idriss, 07 43 26 91 08 : il est lycéen, ce n'est pas lui qui postule. Pour me joindre directement, c'est le 06 30 52 84 17.

Merci,
Souad El Idrissi""",
        app("Souad", "El Idrissi", phone="+33630528417", bac=2, grad="2025-06", status="fils_idriss_numero"),
    )),
    # Feature: own_children — graduation — moi j'ai une licence de 2010
    # others: «Mon fils vient d'avoir son bac» = the son's new diploma → the father's licence of 2010 is far older than 24 months → fails graduation_recent
    N("own_children", "graduation", "moi j'ai une licence de 2010", M(
        "Karim Zeroual <karim.zeroual@example.net>", "Pro'pulse", "24 17:48",
        """Bonjour,

Mon fils vient d'avoir son bac et cherche sa voie ; moi j'ai une licence de 2010 en sciences de l'éducation et je voudrais enfin travailler dans une association de parentalité.

Est-ce que votre programme accepte les parents ?

Karim Zeroual
06 97 30 28 14""",
        app("Karim", "Zeroual", phone="+33697302814", bac=3, grad="2010", failing=("graduation_recent",), status="fils_bac_pere_licence_2010"),
    )),
    # Feature: own_children — kind — Ma fille, en terminale, pourra-t-elle
    # others: «Ma fille, en terminale» = a daughter mentioned, not presented as applying now → kind question
    N("own_children", "kind", "Ma fille, en terminale, pourra-t-elle", M(
        "Isabelle Ménard <isabelle.menard@example.fr>", "renseignement", "25 09:45",
        """Bonjour,

Ma fille, en terminale, pourra-t-elle un jour faire votre programme si elle choisit un BTS ? Je me renseigne pour plus tard.

Bien cordialement,
Isabelle Ménard""",
        question(),
    )),
    # Feature: own_children — kind — Je suis en congé parental
    # others: «Je suis en congé parental … contactez mon collègue Arnaud Leroy» = an auto-reply naming a colleague → kind auto_reply
    N("own_children", "kind", "Je suis en congé parental", M(
        "Delphine Riviere <delphine.riviere@example.org>", "Réponse automatique : Convention de partenariat", "26 07:15",
        """Bonjour,

Je suis en congé parental jusqu'au 4 janvier. Pour la convention de partenariat, contactez mon collègue Arnaud Leroy (arnaud.leroy@example.org).

Delphine Riviere""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
