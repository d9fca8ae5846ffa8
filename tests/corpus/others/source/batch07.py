"""Others corpus, batch 07 (writer B): the other's fact DENIED of the writer («moi plus», «à la différence
de», «moi je n'ai pas encore soutenu», «contrairement à», "unlike"), friends who apply too or did the programme before, and
the applicant's own children with their school, stage or service civique; other mail that names them too
(questions about a friend or a son not presented as applying, an auto-reply, a reply in our thread, a
newsletter of former participants, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from others import N

MESSAGES = [
    # Feature: unlike_other — situation — moi non : j'ai fini le mien en juillet
    # others: «ma sœur jumelle est encore en stage» = the twin sister's internship, DENIED of the writer by «moi non» → not_internship met → eligible
    N("unlike_other", "situation", "moi non : j'ai fini le mien en juillet", M(
        "Salomé Ekambi-Roussel <salome.ekambiroussel@example.org>", "Candidature Salomé", "02 11:11",
        """Bonjour,

Ma sœur jumelle est encore en stage dans une agence de communication, moi non : j'ai fini le mien en juillet et validé ma licence Information-communication en juin 2026.

Je voudrais devenir chargée de communication dans une association ou une fondation. Est-ce que je peux entrer dans votre programme ?

Salomé Ekambi-Roussel
06 28 53 71 04""",
        app("Salomé", "Ekambi-Roussel", phone="+33628537104", bac=3, grad="2026-06", status="b_jumelle_stage_moi_non"),
    )),
    # Feature: unlike_other — career_change — moi j'ai fait mes études d'une traite
    # others: «mon mari, qui a changé trois fois de métier» = the husband's career changes, DENIED of the writer by «à la différence de» → not_career_change met → eligible
    N("unlike_other", "career_change", "moi j'ai fait mes études d'une traite", M(
        "Anouk De Smet <anouk.desmet@example.com>", "Demande de participation", "03 15:40",
        """Bonjour,

À la différence de mon mari, qui a changé trois fois de métier avant de se stabiliser, moi j'ai fait mes études d'une traite : master Économie sociale et solidaire, diplômée en septembre 2026.

Je cherche un poste de chargée de développement dans une coopérative ou une association. Pourriez-vous me dire si je peux candidater ?

Anouk De Smet
07 61 24 98 35""",
        app("Anouk", "De Smet", phone="+33761249835", bac=5, grad="2026-09", status="b_mari_trois_metiers_moi_non"),
    )),
    # Feature: unlike_other — studies_finished — moi je n'ai pas encore soutenu
    # others: «mon copain a fini son master» = the boyfriend's finished studies; «moi je n'ai pas encore soutenu» is the writer's own running state (defence in January) → fails studies_finished → not_eligible
    N("unlike_other", "studies_finished", "moi je n'ai pas encore soutenu", M(
        "Maëva Lopes <maeva.lopes@example.net>", "pro'pulse - je peux ?", "04 22:15",
        """Bonsoir,

Mon copain a fini son master ; moi je n'ai pas encore soutenu, ma soutenance de M2 est en janvier. On cherche tous les deux du travail à Bordeaux.

Moi je voudrais travailler dans une association culturelle. Est-ce que je peux déjà candidater ou je dois attendre ?

Maëva Lopes""",
        app("Maëva", "Lopes", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_copain_fini_moi_pas_encore"),
    )),
    # Feature: unlike_other — aim — moi je vise une start-up
    # others: «ma copine ne jure que par l'associatif» = the girlfriend's aim, DENIED of the writer by «contrairement à» → the writer's start-up aim fails job_seeking_ess → not_eligible
    N("unlike_other", "aim", "moi je vise une start-up", M(
        "Timothée Perrin <timothee.perrin@example.fr>", "candidature", "05 10:02",
        """Bonjour,

J'ai un BUT Informatique depuis juin 2026. Contrairement à ma copine, qui ne jure que par l'associatif, moi je vise une start-up dans la tech, même si ça paie moins au début.

Est-ce que votre programme peut m'accompagner ?

Timothée Perrin
06 54 89 12 37""",
        app("Timothée", "Perrin", phone="+33654891237", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="b_copine_asso_moi_startup"),
    )),
    # Feature: unlike_other — graduation — le mien est plus récent
    # ambiguous: «ma sœur aînée a son BTS depuis 2021 … à la différence d'elle, le mien est plus récent» denies the year but gives none: «plus récent» may be 2022 as well as 2026
    # others: «ma sœur aînée a son BTS depuis 2021» = the sister's old diploma, DENIED of the writer without a year of her own → graduation_recent open → to_verify
    N("unlike_other", "graduation", "le mien est plus récent", M(
        "Perrine Rivoire <perrine.rivoire@example.org>", "question candidature", "06 13:30",
        """Bonjour,

Ma sœur aînée a son BTS depuis 2021 et on lui a dit que c'était trop ancien pour votre programme. À la différence d'elle, le mien est plus récent (BTS Tourisme aussi, même lycée).

Je voudrais travailler dans le tourisme solidaire, une association ou une SCIC. Est-ce que je peux postuler ?

Perrine Rivoire
07 92 40 63 18""",
        app("Perrine", "Rivoire", phone="+33792406318", bac=2, grad=None, unknown=("graduation_recent",), status="b_soeur_bts_2021_le_mien_recent"),
    )),
    # Feature: unlike_other — graduation — I finished my BSc back in 2020
    # others: «unlike my brother, who graduated this summer» = the brother's recent degree, DENIED of the writer → a BSc of 2020 fails graduation_recent → not_eligible
    N("unlike_other", "graduation", "I finished my BSc back in 2020", M(
        "Kwame Asante <kwame.asante@example.com>", "Quick eligibility question", "07 09:45",
        """Hello,

Unlike my brother, who graduated this summer, I finished my BSc back in 2020 (Environmental Science, Accra). I've been in France for two years doing odd jobs.

I'd like to work for an environmental association. Can I apply to Pro'pulse?

Kwame Asante
06 47 13 82 59""",
        app("Kwame", "Asante", phone="+33647138259", bac=3, grad="2020", failing=("graduation_recent",), language="en", status="b_brother_summer_me_bsc_2020"),
    )),
    # Feature: unlike_other — kind — ma copine, elle, est encore en stage
    # others: «ma copine, elle, est encore en stage» = a friend mentioned, not presented as applying, the writer asking in general → kind question
    N("unlike_other", "kind", "ma copine, elle, est encore en stage", M(
        "Jules Tessonneau <jules.tessonneau@example.net>", "petite question", "08 18:05",
        """Bonjour,

Ma copine, elle, est encore en stage jusqu'en mars et se demande si elle pourra s'inscrire après. Est-ce que les sessions ont lieu toute l'année ou seulement à la rentrée ?

Merci !
Jules""",
        question(),
    )),
    # Feature: unlike_other — kind — contactez ma remplaçante, Mme Ly
    # others: «ma remplaçante, Mme Ly» = a colleague named as contact in an auto-reply → kind auto_reply
    N("unlike_other", "kind", "contactez ma remplaçante, Mme Ly", M(
        "Sébastien Roux <sebastien.roux@example.org>", "Réponse automatique : Votre message", "09 07:30",
        """Bonjour,

Je ne suis plus en poste au Point information jeunesse depuis le 1er novembre. Pour les dossiers en cours, contactez ma remplaçante, Mme Ly (helene.ly@example.org).

Cordialement,
Sébastien Roux""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: friend_applying_too — identity — mes coordonnées : 07 36 81 20 94
    # others: «mon amie Salma Idrissi (salma.idrissi@example.net, 06 91 57 42 08)» = the friend's contacts, who applies too → the applicant's own contacts → eligible
    N("friend_applying_too", "identity", "mes coordonnées : 07 36 81 20 94", M(
        "Gwenaëlle Caradec <gwenaelle.caradec@example.fr>", "Candidature (on postule à deux)", "09 16:10",
        """Bonjour,

On postule à deux avec mon amie Salma Idrissi (salma.idrissi@example.net, 06 91 57 42 08), elle vous envoie son dossier de son côté. Elle sort d'un master, moi d'une licence pro Intervention sociale obtenue en juin 2026.

Je cherche un poste de médiatrice dans une association de quartier. Mes coordonnées : 07 36 81 20 94.

Merci de votre attention,
Gwenaëlle Caradec""",
        app("Gwenaëlle", "Caradec", phone="+33736812094", bac=3, grad="2026-06", status="b_amie_postule_contacts_second"),
    )),
    # Feature: friend_applying_too — situation — moi je suis encore en service civique jusqu'au 31 janvier
    # others: «mon ami Bilal a fait le programme l'an dernier après son service civique» = the friend's past service civique → the writer's own running until 31 January fails not_service_civique → not_eligible
    N("friend_applying_too", "situation", "moi je suis encore en service civique jusqu'au 31 janvier", M(
        "Nathan Bertrand <nathan.bertrand@example.com>", "Pro'pulse", "10 12:48",
        """Bonjour,

Mon ami Bilal a fait le programme l'an dernier après son service civique et il a trouvé un poste dans une fondation. Moi je suis encore en service civique jusqu'au 31 janvier, dans une association de prévention routière.

J'ai un DUT Carrières juridiques de juin 2025. Je peux m'inscrire pour la session de janvier ?

Nathan Bertrand
06 09 46 71 23""",
        app("Nathan", "Bertrand", phone="+33609467123", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_ami_bilal_moi_sc_janvier"),
    )),
    # Feature: friend_applying_too — studies_finished — on a passé notre dernier oral la semaine dernière
    # ambiguous: «l'une de nous deux doit encore rendre son rapport de stage» — which of the two friends still owes it is not said
    # others: «avec mon amie Anaïs» = the friend applying too; the unfinished report belongs to one of them, unnamed → studies_finished open → to_verify
    N("friend_applying_too", "studies_finished", "on a passé notre dernier oral la semaine dernière", M(
        "Iris Fauconnier <iris.fauconnier@example.org>", "deux candidatures", "11 19:37",
        """Bonjour,

Avec mon amie Anaïs, on a passé notre dernier oral la semaine dernière, licence pro Gestion des organisations de l'ESS. L'une de nous deux doit encore rendre son rapport de stage avant le 15 décembre, l'autre a tout fini.

On aimerait toutes les deux travailler dans une association. Est-ce que je peux candidater dès maintenant ? Anaïs vous écrira de son côté.

Iris Fauconnier
06 85 30 17 42""",
        app("Iris", "Fauconnier", phone="+33685301742", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), status="b_amie_une_de_nous_rapport"),
    )),
    # Feature: friend_applying_too — graduation — le mien date de juin 2025
    # others: «mon amie Ambre, qui postule aussi, a son diplôme depuis 2022» = the friend's old diploma, not the writer's → a DEUST of June 2025 → eligible
    N("friend_applying_too", "graduation", "le mien date de juin 2025", M(
        "Mehdi Rahmani <mehdi.rahmani@example.net>", "candidature + CV", "12 08:20",
        """Bonjour,

Mon amie Ambre, qui postule aussi, a son diplôme depuis 2022 et elle a peur que ce soit trop vieux. Moi je n'ai pas ce souci : le mien date de juin 2025, un DEUST Animation et gestion des activités sportives.

Je voudrais travailler dans une association sportive ou d'insertion par le sport. CV en pièce jointe. Est-ce que c'est bon pour vous ?

Mehdi Rahmani
07 27 18 56 93""",
        app("Mehdi", "Rahmani", phone="+33727185693", bac=2, grad="2025-06", status="b_amie_2022_moi_juin_2025"),
        cv=CV("docx", "CV-Mehdi-Rahmani.docx", """Mehdi Rahmani
Animateur sportif
Éducateur bénévole au club de basket de Bagnolet
mehdi.rahmani@example.net — 07 27 18 56 93"""),
    )),
    # Feature: friend_applying_too — level — moi je n'ai que le bac
    # others: «ma copine Fanny postule aussi, elle a une licence» = the friend's licence, not the writer's → a bac alone fails degree_level → not_eligible
    N("friend_applying_too", "level", "moi je n'ai que le bac", M(
        "Léane Chauvin <leane.chauvin@example.com>", "on candidate", "13 14:02",
        """Salut !

Ma copine Fanny postule aussi, elle a une licence de sociologie. Moi je n'ai que le bac (ST2S, 2025), mais j'ai fait plein de bénévolat à la Croix-Rouge.

J'aimerais trop bosser dans une asso d'aide aux personnes sans abri. Est-ce que je peux quand même tenter ma chance ?

Léane
06 72 49 35 81""",
        app("Léane", "Chauvin", phone="+33672493581", bac=0, grad="2025", failing=("degree_level",), status="b_copine_licence_moi_bac"),
    )),
    # Feature: friend_applying_too — identity — mon adresse : samira.ferhat@example.net
    # others: «la boîte de mon amie Eva» = the friend's mailbox in From, and Eva applies too → the applicant's own address is the one she writes → eligible
    N("friend_applying_too", "identity", "mon adresse : samira.ferhat@example.net", M(
        "Eva Morel <eva.morel@example.org>", "Candidature de Samira Ferhat", "14 10:44",
        """Bonjour,

Je vous écris depuis la boîte de mon amie Eva, la mienne ne marche plus depuis hier. Eva postule aussi, elle a un BTS de 2025, elle vous écrira elle-même.

Je m'appelle Samira Ferhat, j'ai un master Développement local obtenu en septembre 2025 et je cherche un poste dans une association d'aide aux agriculteurs ou une coopérative. Pour me répondre, mon adresse : samira.ferhat@example.net, et mon portable 06 16 84 27 53.

Est-ce que je peux rejoindre le programme ?

Samira Ferhat""",
        app("Samira", "Ferhat", phone="+33616842753", bac=5, grad="2025-09", email="samira.ferhat@example.net", status="b_boite_amie_eva_moi_samira"),
    )),
    # Feature: friend_applying_too — career_change — j'ai été chauffeur-livreur pendant sept ans
    # others: «mon ami Kevin a suivi Pro'pulse l'an dernier, il sortait d'un BTS» = the friend's path, not the writer's → the writer's own seven years as a delivery driver before his licence pro fail not_career_change → not_eligible
    N("friend_applying_too", "career_change", "j'ai été chauffeur-livreur pendant sept ans", M(
        "Grégory Pasquier <gregory.pasquier@example.fr>", "Candidature - reconversion", "15 17:58",
        """Bonjour,

Mon ami Kevin a suivi Pro'pulse l'an dernier, il sortait d'un BTS et ça l'a beaucoup aidé. Moi c'est différent : j'ai été chauffeur-livreur pendant sept ans, puis j'ai repris une licence pro Logistique, obtenue en juin 2026.

Je voudrais travailler dans la logistique d'une banque alimentaire ou d'une ressourcerie. Mon profil est-il accepté ?

Grégory Pasquier
06 38 62 90 14""",
        app("Grégory", "Pasquier", phone="+33638629014", bac=3, grad="2026-06", failing=("not_career_change",), status="b_ami_kevin_moi_chauffeur"),
    )),
    # Feature: friend_applying_too — kind — mon amie Sarah est partante aussi
    # others: «mon amie Sarah est partante aussi» = a friend named in a reply in our thread, no facts → kind reply
    N("friend_applying_too", "kind", "mon amie Sarah est partante aussi", M(
        "Célia Baron <celia.baron@example.net>", "Re: Atelier réseau du 5 décembre", "16 12:12",
        """Bonjour,

Je confirme ma présence à l'atelier du 5 décembre, et mon amie Sarah est partante aussi, vous l'avez déjà en candidate je crois.

Merci,
Célia

> Il reste des places pour l'atelier réseau du 5 décembre.""",
        reply(),
        headers={"In-Reply-To": "<atelier-0512@animafac.net>", "References": "<atelier-0512@animafac.net>"},
    )),
    # Feature: friend_applying_too — kind — Des nouvelles des anciens
    # others: «Baptiste et son amie Aya» = former participants' stories in a newsletter → kind newsletter
    N("friend_applying_too", "kind", "Des nouvelles des anciens", M(
        "Réseau des anciens Pro'pulse <anciens@example.org>", "Des nouvelles des anciens — automne 2026", "17 07:30",
        """Des nouvelles des anciens — automne 2026

Baptiste et son amie Aya avaient candidaté ensemble en 2025. Lui est aujourd'hui coordinateur dans une recyclerie, elle chargée de projet dans une fondation pour l'enfance.

Témoignage : Karima, ancienne volontaire, raconte son premier poste dans une mutuelle.

Se désabonner : anciens@example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:anciens@example.org?subject=unsubscribe>"},
    )),
    # Feature: own_children — situation — moi j'ai terminé mon master en septembre 2025
    # others: «ma fille fait son stage de 3e dans une association» = the daughter's school stage, not the parent's → not_internship met → eligible
    N("own_children", "situation", "moi j'ai terminé mon master en septembre 2025", M(
        "Fatima Zerrouki <fatima.zerrouki@example.org>", "Candidature Pro'pulse", "17 20:05",
        """Bonjour,

Ma fille fait son stage de 3e dans une association cette semaine et, en l'accompagnant, j'ai découvert Pro'pulse sur une affiche. Moi j'ai terminé mon master en septembre 2025 (Politiques sociales).

Je cherche un poste de chargée de projet dans un centre social ou une association familiale. Mon CV est joint. Puis-je candidater ?

Fatima Zerrouki
06 23 70 58 46""",
        app("Fatima", "Zerrouki", phone="+33623705846", bac=5, grad="2025-09", info_in="both", status="b_fille_stage_3e_moi_master"),
        cv=CV("pdf", "Fatima_Zerrouki_CV.pdf", """Fatima Zerrouki
Master Politiques sociales et territoires — septembre 2025
Licence Sciences sanitaires et sociales — 2024
fatima.zerrouki@example.org — 06 23 70 58 46"""),
    )),
    # Feature: own_children — career_change — après quinze ans comme cheffe de rayon
    # others: «mon fils est en service civique» = the son's service civique, not the parent's → the parent's own fifteen years in retail before her BTS fail not_career_change → not_eligible
    N("own_children", "career_change", "après quinze ans comme cheffe de rayon", M(
        "Brigitte Caron <brigitte.caron@example.net>", "candidature", "18 09:17",
        """Bonjour,

Mon fils est en service civique dans une association environnementale et c'est lui qui m'a poussée à vous écrire. Moi, après quinze ans comme cheffe de rayon, j'ai repris un BTS Économie sociale familiale, obtenu en juin 2026.

J'aimerais travailler dans une association d'aide au budget des familles. Est-ce possible de rejoindre Pro'pulse ?

Brigitte Caron
07 54 21 83 60""",
        app("Brigitte", "Caron", phone="+33754218360", bac=2, grad="2026-06", failing=("not_career_change",), status="b_fils_sc_moi_cheffe_rayon"),
    )),
    # Feature: own_children — situation — Ma fille et moi sommes à l'épicerie solidaire depuis la rentrée
    # ambiguous: «ma fille et moi sommes à l'épicerie solidaire», «elle en service civique»: the writer's own standing there (volunteer, bénévole, intern) is not said
    # others: «elle en service civique» = the daughter's; the mother's own status beside her is left open → not_service_civique open → to_verify
    N("own_children", "situation", "Ma fille et moi sommes à l'épicerie solidaire depuis la rentrée", M(
        "Josiane Lebrun <josiane.lebrun@example.com>", "Pro'pulse", "19 14:25",
        """Bonjour,

Ma fille et moi sommes à l'épicerie solidaire depuis la rentrée, elle en service civique, et c'est là qu'on m'a parlé de vous. J'ai un DUT Gestion logistique et transport obtenu en juin 2025, après avoir élevé mes enfants.

Je voudrais un poste de coordinatrice logistique dans une épicerie solidaire ou une banque alimentaire. Je peux candidater ?

Josiane Lebrun
06 41 96 27 30""",
        app("Josiane", "Lebrun", phone="+33641962730", bac=2, grad="2025-06", unknown=("not_service_civique",), status="b_fille_sc_moi_epicerie_flou"),
    )),
    # Feature: own_children — studies_finished — moi je finis mon master en alternance
    # others: «mon fils passe son bac cette année» = the son's exam → the parent's own master running (defence June 2027) fails studies_finished → not_eligible
    N("own_children", "studies_finished", "moi je finis mon master en alternance", M(
        "Rachid Benali <rachid.benali@example.org>", "Renseignement pour candidater", "20 18:40",
        """Bonjour,

Pendant que mon fils passe son bac cette année, moi je finis mon master en alternance (Management des organisations sanitaires et sociales), soutenance en juin 2027.

Je voudrais diriger une structure associative plus tard. Est-ce que je peux déjà intégrer votre programme ?

Rachid Benali
06 57 08 34 19""",
        app("Rachid", "Benali", phone="+33657083419", bac="*", grad=None, failing=("studies_finished",), status="b_fils_bac_moi_master_en_cours"),
    )),
    # Feature: own_children — identity — mon numéro personnel : 07 18 45 63 92
    # others: «mon fils Nathan peut vous répondre au 06 87 23 51 40» = the son's phone, a second contact → the applicant's own phone → eligible
    N("own_children", "identity", "mon numéro personnel : 07 18 45 63 92", M(
        "Odile Mbarga-Lenoir <odile.mbargalenoir@example.fr>", "Candidature", "21 11:33",
        """Bonjour,

Je souhaite candidater à Pro'pulse. J'ai une licence pro Médiation sociale obtenue en juin 2026 et je cherche un poste de médiatrice dans une association ou une régie de quartier.

Je travaille en horaires décalés : si besoin, mon fils Nathan peut vous répondre au 06 87 23 51 40 et prendre un message, mais c'est bien moi qui candidate. Mon numéro personnel : 07 18 45 63 92.

Odile Mbarga-Lenoir""",
        app("Odile", "Mbarga-Lenoir", phone="+33718456392", bac=3, grad="2026-06", status="b_fils_tel_moi_candidate"),
    )),
    # Feature: own_children — graduation — j'ai eu ma licence pro la même année que le bac de mon fils
    # ambiguous: the year of the licence is given only by the son's bac, and the son's bac year is only guessed from «en deuxième année de BTS»
    # others: «mon fils, qui est maintenant en deuxième année de BTS» = the son's studies, whose dates only hint at the parent's → graduation_recent open → to_verify
    N("own_children", "graduation", "j'ai eu ma licence pro la même année que le bac de mon fils", M(
        "Bruno Lacroix <bruno.lacroix@example.net>", "Inscription", "22 19:50",
        """Bonjour,

J'ai eu ma licence pro la même année que le bac de mon fils, qui est maintenant en deuxième année de BTS. C'était une licence pro Gestion des structures sanitaires et sociales, faite en formation continue.

Je voudrais travailler dans un EHPAD associatif ou une mutuelle. Est-ce que je peux m'inscrire ?

Bruno Lacroix
06 92 14 58 07""",
        app("Bruno", "Lacroix", phone="+33692145807", bac=3, grad=None, unknown=("graduation_recent",), status="b_licence_annee_bac_fils"),
    )),
    # Feature: own_children — kind — mon fils, qui entre en BUT l'an prochain
    # others: «mon fils, qui entre en BUT l'an prochain» = a son mentioned, not presented as applying → kind question
    N("own_children", "kind", "mon fils, qui entre en BUT l'an prochain", M(
        "Hervé Delmas <herve.delmas@example.org>", "Question d'un parent", "23 08:05",
        """Bonjour,

Mon fils, qui entre en BUT l'an prochain, s'intéresse aux métiers de l'ESS. Votre programme accepte-t-il les diplômés de BUT, et combien de temps après le diplôme ?

Merci par avance,
Hervé Delmas""",
        question(),
    )),
    # Feature: own_children — kind — Message not delivered
    # others: «votre fils Malik» in the returned subject = a son named in a bounced mail → kind bounce
    N("own_children", "kind", "Message not delivered", M(
        "Mail Delivery System <mailer-daemon@example.com>", "Message not delivered", "24 05:41",
        """Message not delivered

Your message to christine.aubry@example.com was not delivered: the mailbox is full.

Original subject: Re: la candidature de votre fils Malik""",
        bounce("christine.aubry@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; christine.aubry@example.com\nAction: failed\nStatus: 5.2.2",
    )),
]
