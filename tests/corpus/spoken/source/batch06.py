"""Spoken corpus, batch 06 (writer B): oral_syntax («le master je l'ai validé», «j'suis plus en stage», «j'ai
bossé huit ans dans la restau», «le mémoire je l'ai rendu mais», «l'associatif c'est pas trop mon truc»,
«j'fais un service civique», «on l'a eu en juin»; an oral question), self_corrections («en 2023 non pardon
en 2025», «en 2024 euh non 2022», «je fais un stage euh je faisais», «enfin presque il me reste», «un bac
plus euh attendez je reprends», «euh six sept ans», «ou enfin non … je sais pas encore»; a reply «jeudi non
vendredi», an auto-reply «jusqu'au 2 non jusqu'au 4»), voicemail_transcript (SFR's and Bouygues' voicemail,
a 3CX and a Ringover PBX: an address dictated, a stage running, «[inaudible]» on a year and on a sector, an
Irish caller in English, a third year running; an employer's voicemail, a caller's question)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, other, question, reply
from spoken import N

MESSAGES = [
    # Feature: oral_syntax — graduation — le master je l'ai validé en septembre 2025
    # route: a voice note typed out by the person as said, the dislocated topic «le master je l'ai validé en septembre 2025», a typed CV attached → application; master September 2025, a cooperative sought → eligible
    N("oral_syntax", "graduation", "le master je l'ai validé en septembre 2025", M(
        "Sevda Yıldız <sevda.yildiz@example.org>",
        "candidature Pro'pulse",
        "03 09:14",
        """Bonjour,

alors en fait le master je l'ai validé en septembre 2025, master ESS à Grenoble, et du coup là je cherche un poste de chargée de projet dans une coopérative ou une asso, voilà. Je vous mets mon CV en pièce jointe.

Sevda""",
        app("Sevda", "Yıldız", phone=None, bac=5, grad="2025-09", status="b_os_master_valide_grenoble"),
        cv=CV("pdf", "CV_Sevda_Yildiz.pdf", """Sevda Yıldız
Grenoble – sevda.yildiz@example.org
Formation
2023–2025 : Master Économie sociale et solidaire, Université Grenoble Alpes
Expériences
2025 : stage de fin d'études, Crescendo SCOP (6 mois)
Compétences : gestion de projet, animation de réseau, turc courant"""),
    )),
    # Feature: oral_syntax — situation — j'suis plus en stage depuis fin août
    # route: Samsung voice input, the negation without «ne» «j'suis plus en stage depuis fin août» → application; no internship running, a licence of June 2026, an association sought → eligible
    N("oral_syntax", "situation", "j'suis plus en stage depuis fin août", M(
        "Bastien Morel <bastien.morel@example.org>",
        "pro pulse",
        "03 13:50",
        """salut bon ben j'suis plus en stage depuis fin août c'était à la banque alimentaire de rouen et ma licence AES je l'ai eue en juin 2026 du coup je cherche un taf dans une asso d'aide alimentaire ou un truc comme ça voilà merci""",
        app("Bastien", "Morel", phone=None, bac=3, grad="2026-06", status="b_os_plus_en_stage_rouen"),
    )),
    # Feature: oral_syntax — career_change — moi en fait j'ai bossé huit ans dans la restau
    # route: iOS dictation, the career before in «moi en fait j'ai bossé huit ans dans la restau» then a BTS of 2025 taken in a reconversion → application; a career change → fails not_career_change → not eligible
    N("oral_syntax", "career_change", "moi en fait j'ai bossé huit ans dans la restau", M(
        "Karim Benali <karim.benali@example.org>",
        "Candidature",
        "04 10:22",
        """Bonjour moi en fait j'ai bossé huit ans dans la restau comme chef de partie et du coup j'ai repris les études, le BTS ESF je l'ai eu en juin 2025, et maintenant je veux bosser dans une asso d'insertion genre un chantier d'insertion cuisine. Voilà si c'est possible de rentrer dans le programme.
Karim""",
        app("Karim", "Benali", phone=None, bac=2, grad="2025-06", failing=("not_career_change",), status="b_os_huit_ans_restau_clermont"),
    )),
    # Feature: oral_syntax — studies_finished — le mémoire je l'ai rendu mais j'ai pas encore les résultats
    # ambiguous: «le mémoire je l'ai rendu mais j'ai pas encore les résultats»: the master may be validated or not, studies_finished stays open
    # route: SwiftKey dictation, the dislocated «le mémoire» handed in, the results not yet out → application; studies open → to verify
    N("oral_syntax", "studies_finished", "le mémoire je l'ai rendu mais j'ai pas encore les résultats", M(
        "Natalia Kowalczyk <natalia.kowalczyk@example.org>",
        "Candidature programme",
        "04 18:03",
        """bonjour alors moi je suis en master 2 développement local enfin le mémoire je l'ai rendu mais j'ai pas encore les résultats ça devrait tomber en décembre et du coup je voudrais trouver un emploi dans une association de développement rural près de Dijon est-ce que je peux candidater quand même merci
Natalia Kowalczyk""",
        app("Natalia", "Kowalczyk", phone=None, bac=5, grad=None, unknown=("studies_finished",), status="b_os_memoire_rendu_dijon"),
    )),
    # Feature: oral_syntax — aim — l'associatif c'est pas trop mon truc
    # route: Samsung voice input, «genre l'associatif c'est pas trop mon truc» and «je vise plutôt un cabinet d'audit» → application; no ESS search → fails job_seeking_ess → not eligible
    N("oral_syntax", "aim", "l'associatif c'est pas trop mon truc", M(
        "Emre Doğan <emre.dogan@example.org>",
        "question candidature",
        "05 11:40",
        """bonjour j'ai un master finance que j'ai eu en juin 2025 à Bordeaux et on m'a parlé de votre programme pour trouver un premier job mais genre l'associatif c'est pas trop mon truc je vise plutôt un cabinet d'audit ou une banque quoi est-ce que vous accompagnez aussi pour ça merci
Emre""",
        app("Emre", "Doğan", phone=None, bac=5, grad="2025-06", failing=("job_seeking_ess",), status="b_os_associatif_pas_mon_truc_bordeaux"),
    )),
    # Feature: oral_syntax — situation — là j'fais un service civique jusqu'en juin
    # route: iOS dictation, «là j'fais un service civique jusqu'en juin» at a Restos du cœur → application; a service civique running → fails not_service_civique → not eligible
    N("oral_syntax", "situation", "là j'fais un service civique jusqu'en juin", M(
        "Ambre Lucas <ambre.lucas@example.org>",
        "Pro'pulse",
        "05 19:27",
        """Bonjour du coup moi j'ai une licence de psycho depuis juin 2026 et là j'fais un service civique jusqu'en juin aux restos du cœur de Besançon mais je voudrais préparer la suite et trouver un emploi dans le social voilà merci de me dire""",
        app("Ambre", "Lucas", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="b_os_service_civique_jusquen_juin_besancon"),
    )),
    # Feature: oral_syntax — level — on l'a eu en juin 2026 le BUT carrières sociales
    # route: macOS dictation, «on» for «nous» (the speaker and her promo): «on l'a eu en juin 2026 le BUT carrières sociales» → application; bac+3 June 2026, an éducation populaire association sought → eligible
    N("oral_syntax", "level", "on l'a eu en juin 2026 le BUT carrières sociales", M(
        "Fatima Zahra Ouali <fz.ouali@example.org>",
        "Candidature Pro'pulse",
        "06 09:55",
        """Bonjour, avec ma promo on l'a eu en juin 2026 le BUT carrières sociales à l'IUT de Brest, et moi du coup je cherche un poste d'animatrice dans une asso d'éducation populaire, ben sur Brest ou Quimper. Voilà, merci !
Fatima Zahra""",
        app("Fatima Zahra", "Ouali", phone=None, bac=3, grad="2026-06", status="b_os_on_la_eu_but_brest"),
    )),
    # Feature: oral_syntax — kind — du coup c'est payant ou pas
    # route: Samsung voice input, a question on the cost and the rhythm of the programme in oral French, no fact of the writer → question
    N("oral_syntax", "kind", "du coup c'est payant ou pas", M(
        "Hugo Barbier <hugo.barbier@example.org>",
        "question",
        "06 21:12",
        """bonjour j'ai vu votre programme sur insta du coup c'est payant ou pas et ça prend combien d'heures par semaine parce que je bosse à côté merci""",
        question(),
    )),
    # Feature: self_corrections — graduation — en 2023 non pardon en 2025
    # route: iOS dictation with the repair left in: «j'ai eu mon master en 2023 non pardon en 2025» → application; the final version wins: master 2025, a fondation sought → eligible
    N("self_corrections", "graduation", "en 2023 non pardon en 2025", M(
        "Joséphine Nkounkou <josephine.nkounkou@example.org>",
        "Candidature",
        "07 10:18",
        """Bonjour je m'appelle Joséphine j'ai eu mon master coopération internationale en 2023 non pardon en 2025 en juillet à Bordeaux et je cherche un emploi dans une ONG ou une association de solidarité internationale je joins mon CV merci""",
        app("Joséphine", "Nkounkou", phone=None, bac=5, grad="2025-07", status="b_sc_2023_non_pardon_2025"),
        cv=CV("docx", "CV Joséphine Nkounkou.docx", """Joséphine Nkounkou
Bordeaux
Master Coopération internationale et développement – Université Bordeaux Montaigne – juillet 2025
Stage de six mois, association Cap Solidarités (2025)
Langues : français, anglais, lingala"""),
    )),
    # Feature: self_corrections — graduation — en 2024 euh non 2022 attendez oui 2022
    # route: Samsung dictation, the repair «mon BTS en 2024 euh non 2022 attendez oui 2022» → application; the final version: a BTS of 2022 → fails graduation_recent → not eligible
    N("self_corrections", "graduation", "en 2024 euh non 2022 attendez oui 2022", M(
        "Loïs Grandjean <lois.grandjean@example.org>",
        "candidature pro pulse",
        "07 15:41",
        """bonjour j'ai eu mon BTS SP3S en 2024 euh non 2022 attendez oui 2022 c'est ça et depuis je fais des remplacements en EHPAD mais je voudrais un poste stable dans une association d'aide à domicile merci de votre retour""",
        app("Loïs", "Grandjean", phone=None, bac=2, grad="2022", failing=("graduation_recent",), status="b_sc_2024_non_2022_dijon"),
    )),
    # Feature: self_corrections — situation — je fais un stage euh je faisais un stage
    # route: macOS dictation, the repair «je fais un stage euh je faisais un stage … il s'est terminé le 30 octobre» → application; the internship over, a licence of 2025 → eligible
    N("self_corrections", "situation", "je fais un stage euh je faisais un stage", M(
        "Ilyes Haddou <ilyes.haddou@example.org>",
        "Candidature Pro'pulse",
        "08 09:03",
        """Bonjour, je fais un stage euh je faisais un stage à la fondation Abbé Pierre à Montpellier, il s'est terminé le 30 octobre. J'ai une licence de sciences sociales depuis juin 2025 et je cherche maintenant un emploi dans le logement social associatif. Merci.
Ilyes Haddou""",
        app("Ilyes", "Haddou", phone=None, bac=3, grad="2025-06", status="b_sc_faisais_un_stage_montpellier"),
        cv=CV("pdf", "CV_Ilyes_Haddou.pdf", """Ilyes Haddou – Montpellier
Licence Sciences sociales, Université Paul-Valéry, 2025
Stage, Fondation Abbé Pierre, mai–octobre 2026
Bénévole, Secours populaire (2022–2025)"""),
    )),
    # Feature: self_corrections — studies_finished — j'ai fini mes études enfin presque il me reste le deuxième semestre
    # route: iOS dictation, «j'ai fini mes études enfin presque il me reste le deuxième semestre de la licence» → application; the final version: studies running → fails studies_finished → not eligible
    N("self_corrections", "studies_finished", "j'ai fini mes études enfin presque il me reste le deuxième semestre", M(
        "Noa Benoît <noa.benoit@example.org>",
        "candidature",
        "08 17:36",
        """bonjour j'ai fini mes études enfin presque il me reste le deuxième semestre de la licence pro à faire jusqu'en juin et après je voudrais travailler dans une ressourcerie ou une recyclerie est-ce que je peux déjà m'inscrire merci Noa""",
        app("Noa", "Benoît", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_sc_enfin_presque_semestre"),
    )),
    # Feature: self_corrections — level — j'ai un bac plus euh attendez je reprends
    # ambiguous: the level is started («un bac plus euh») then abandoned («attendez je reprends») and never said again: a diploma of June 2025 of no stated level, degree_level stays open
    # route: Samsung dictation, the abandoned start states nothing, the restart gives only the date → application; level open → to verify
    N("self_corrections", "level", "j'ai un bac plus euh attendez je reprends", M(
        "Cyprien Mathieu <cyprien.mathieu@example.org>",
        "Pro pulse candidature",
        "09 12:07",
        """bonjour alors j'ai un bac plus euh attendez je reprends donc j'ai fini mes études en juin 2025 à l'université de Franche-Comté et je cherche un poste dans une association d'éducation à l'environnement merci de votre réponse Cyprien""",
        app("Cyprien", "Mathieu", phone=None, bac=None, grad="2025-06", unknown=("degree_level",), status="b_sc_bac_plus_euh_besancon"),
    )),
    # Feature: self_corrections — career_change — dans la banque pendant euh six sept ans
    # route: iOS dictation, «j'ai travaillé dans la banque pendant euh six sept ans» after a master of 2017 → application; a career before and a diploma of 2017 → fails graduation_recent and not_career_change → not eligible
    N("self_corrections", "career_change", "dans la banque pendant euh six sept ans", M(
        "Rania Saadé <rania.saade@example.org>",
        "Candidature reconversion",
        "09 19:45",
        """Bonjour, après mon master de gestion en 2017 j'ai travaillé dans la banque pendant euh six sept ans comme conseillère clientèle et là je voudrais me reconvertir dans la finance solidaire, type France Active ou une coopérative de crédit. Est-ce que votre programme est ouvert aux personnes en reconversion ? Merci.
Rania Saadé""",
        app("Rania", "Saadé", phone=None, bac=5, grad="2017", failing=("graduation_recent", "not_career_change"), status="b_sc_banque_six_sept_ans"),
    )),
    # Feature: self_corrections — aim — dans une asso ou enfin non plutôt dans une boîte de conseil enfin je sais pas encore
    # ambiguous: the person repairs twice and ends on «je sais pas encore»: neither the association nor the consulting firm stands, the ESS search stays open
    # route: Samsung voice input, a BUT of 2026, the aim repaired to no choice → application; aim open → to verify
    N("self_corrections", "aim", "dans une asso ou enfin non plutôt dans une boîte de conseil enfin je sais pas encore", M(
        "Tom Lagarde <tom.lagarde@example.org>",
        "candidature",
        "10 10:31",
        """bonjour j'ai eu mon BUT GEA en juin 2026 et je cherche un poste de gestionnaire dans une asso ou enfin non plutôt dans une boîte de conseil enfin je sais pas encore c'est pour ça que je voudrais être accompagné merci""",
        app("Tom", "Lagarde", phone=None, bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_sc_asso_ou_conseil_sais_pas"),
    )),
    # Feature: self_corrections — kind — jeudi non vendredi à 10h
    # route: iOS dictation, an answer in our thread choosing a slot with a repair «jeudi non vendredi à 10h» (In-Reply-To our proposal) → reply
    N("self_corrections", "kind", "jeudi non vendredi à 10h", M(
        "Paola Ferreira <paola.ferreira@example.org>",
        "Re: Entretien d'accueil Pro'pulse",
        "10 16:12",
        """Bonjour oui je peux venir jeudi non vendredi à 10h pardon enfin jeudi j'ai un rendez-vous médical donc vendredi 10h c'est bon merci""",
        reply(),
        headers={"In-Reply-To": "<accueil-1011.pf@animafac.net>", "References": "<accueil-1011.pf@animafac.net>"},
    )),
    # Feature: self_corrections — kind — je suis absent jusqu'au 2 non jusqu'au 4 décembre
    # route: an out-of-office dictated with its repair left in, sent automatically (Auto-Submitted) → auto_reply
    N("self_corrections", "kind", "je suis absent jusqu'au 2 non jusqu'au 4 décembre", M(
        "Julien Carré <j.carre@pole-insertion.example.org>",
        "Réponse automatique : Votre message",
        "11 08:00",
        """bonjour je suis absent jusqu'au 2 non jusqu'au 4 décembre je veux dire le vendredi 4 inclus je traiterai votre message à mon retour pour les urgences appelez l'accueil merci""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: voicemail_transcript — level — j'ai un BTS économie sociale familiale que j'ai eu en juin 2025
    # route: SFR voicemail-to-email of the programme's line, the caller presents herself, «j'ai un BTS économie sociale familiale que j'ai eu en juin 2025», dictates her address → application; email as dictated, phone the caller's number; bac+2 2025, an association sought → eligible
    N("voicemail_transcript", "level", "j'ai un BTS économie sociale familiale que j'ai eu en juin 2025", M(
        "Messagerie vocale SFR <messagerie-vocale@sfr-pro.example.net>",
        "Nouveau message vocal de +33 6 71 24 58 09",
        "11 14:36",
        """Vous avez reçu un nouveau message vocal.

De : +33 6 71 24 58 09
Reçu le : 11/11/2026 à 14:35
Durée : 0 min 52 s

Transcription (peut contenir des erreurs) :
« bonjour je m'appelle Nadia Rasoanirina j'appelle pour le programme pro pulse j'ai un BTS économie sociale familiale que j'ai eu en juin 2025 à Rouen et je cherche un emploi dans une association de quartier mon adresse mail c'est nadia point rasoa arobase example point org merci de me rappeler au revoir »

Pour écouter ce message, appelez le 123 ou connectez-vous à votre espace client.""",
        app("Nadia", "Rasoanirina", phone="+33671245809", bac=2, grad="2025-06", email="nadia.rasoa@example.org", status="b_vm_sfr_bts_esf_rouen"),
    )),
    # Feature: voicemail_transcript — situation — je suis en stage jusqu'en janvier
    # route: Bouygues Telecom voicemail-to-email, the caller «je suis en stage jusqu'en janvier», no address given → application; email none, phone the caller's; an internship running → fails not_internship → not eligible
    N("voicemail_transcript", "situation", "je suis en stage jusqu'en janvier", M(
        "Bouygues Telecom Messagerie <messagerie@bouygues-pro.example.net>",
        "Message vocal de 07 52 33 18 64 (0:41)",
        "12 11:09",
        """Nouveau message sur votre messagerie vocale

Appelant : 07 52 33 18 64
Date : jeudi 12 novembre 2026, 11:08
Durée : 41 secondes

Texte du message (transcription automatique) :
oui bonjour c'est Quentin Leroy je vous appelle pour m'inscrire à pro pulse j'ai un master géographie depuis septembre 2026 là je suis en stage jusqu'en janvier à la métropole de Grenoble et après je voudrais travailler dans une asso de mobilité douce voilà rappelez-moi merci

Ce message vous est envoyé automatiquement, merci de ne pas y répondre.""",
        app("Quentin", "Leroy", phone="+33752331864", bac=5, grad="2026-09", email=None, failing=("not_internship",), status="b_vm_bouygues_stage_janvier"),
    )),
    # Feature: voicemail_transcript — graduation — mon master en [inaudible]
    # ambiguous: «[inaudible]» stands where the master's year was said: it states nothing, graduation_recent stays open
    # route: a 3CX PBX's voicemail-to-email, the caller presents herself and asks to join, the year lost in «mon master en [inaudible]» → application; email none, phone the caller's; graduation open → to verify
    N("voicemail_transcript", "graduation", "mon master en [inaudible]", M(
        "3CX Phone System <pbx@standard-animafac.example.org>",
        "Nouveau message vocal de +33 6 34 90 17 52 pour l'extension 204",
        "12 16:44",
        """Nouveau message vocal

Appelant : +33 6 34 90 17 52
Extension : 204 (Pro'pulse)
Durée : 00:38

Transcription :
bonjour je m'appelle Margaux Vidal je voulais m'inscrire au programme j'ai eu mon master en [inaudible] à Montpellier en économie sociale et je cherche un emploi dans une coopérative voilà vous pouvez me rappeler sur ce numéro merci

La transcription est générée automatiquement et peut contenir des erreurs.""",
        app("Margaux", "Vidal", phone="+33634901752", bac=5, grad=None, email=None, unknown=("graduation_recent",), status="b_vm_3cx_master_inaudible"),
    )),
    # Feature: voicemail_transcript — graduation — I finished my master's in June 2025
    # route: SFR voicemail-to-email, an Irish caller in English «I finished my master's in June 2025» at UCC, a charity or co-op sought, an address spelt out → application in English; master June 2025, ESS sought → eligible
    N("voicemail_transcript", "graduation", "I finished my master's in June 2025", M(
        "Messagerie vocale SFR <messagerie-vocale@sfr-pro.example.net>",
        "Nouveau message vocal de +353 87 412 6630",
        "13 10:15",
        """Vous avez reçu un nouveau message vocal.

De : +353 87 412 6630
Reçu le : 13/11/2026 à 10:14
Durée : 1 min 04 s

Transcription (peut contenir des erreurs) :
« hi there this is Aoibheann Walsh calling from Cork I'm interested in the pro pulse program I finished my master's in June 2025 in social policy at UCC and I'm moving to Bordeaux next month and I'd love to work for a charity or a co-op there my email is aoibheann dot walsh at example dot org thanks a million bye »

Pour écouter ce message, appelez le 123 ou connectez-vous à votre espace client.""",
        app("Aoibheann", "Walsh", phone="+353874126630", bac=5, grad="2025-06", email="aoibheann.walsh@example.org", language="en", status="b_vm_sfr_irish_master_2025"),
    )),
    # Feature: voicemail_transcript — studies_finished — je suis encore en troisième année de licence
    # route: a Ringover PBX's voicemail-to-email, the caller «je suis encore en troisième année de licence» → application; email none, phone the caller's; studies running → fails studies_finished → not eligible
    N("voicemail_transcript", "studies_finished", "je suis encore en troisième année de licence", M(
        "Ringover <notifications@ringover-mail.example.net>",
        "Messagerie : nouveau message de +33 6 20 48 73 11",
        "13 17:28",
        """Nouveau message vocal sur la ligne « Pro'pulse accueil »

Numéro de l'appelant : +33 6 20 48 73 11
Durée : 29 s

Transcription automatique :
bonjour c'est Ayşe Polat je suis encore en troisième année de licence à Dijon je voulais savoir si je pouvais commencer l'accompagnement pour trouver un emploi dans une asso l'année prochaine merci au revoir

Écoutez l'enregistrement dans votre application Ringover.""",
        app("Ayşe", "Polat", phone="+33620487311", bac="*", grad=None, email=None, failing=("studies_finished",), status="b_vm_ringover_troisieme_annee"),
    )),
    # Feature: voicemail_transcript — aim — je cherche un emploi dans [inaudible]
    # ambiguous: «[inaudible]» stands where the sector was said: the ESS search stays open
    # route: Bouygues Telecom voicemail-to-email, a licence pro of 2025, the aim lost in «je cherche un emploi dans [inaudible]» → application; email none, phone the caller's; aim open → to verify
    N("voicemail_transcript", "aim", "je cherche un emploi dans [inaudible]", M(
        "Bouygues Telecom Messagerie <messagerie@bouygues-pro.example.net>",
        "Message vocal de 06 93 41 27 80 (0:35)",
        "14 09:47",
        """Nouveau message sur votre messagerie vocale

Appelant : 06 93 41 27 80
Date : samedi 14 novembre 2026, 09:46
Durée : 35 secondes

Texte du message (transcription automatique) :
bonjour ici Jean-Marc Hoarau de Saint-Pierre j'ai une licence pro gestion des ressources humaines depuis juin 2025 et je cherche un emploi dans [inaudible] de préférence à la Réunion merci de me rappeler

Ce message vous est envoyé automatiquement, merci de ne pas y répondre.""",
        app("Jean-Marc", "Hoarau", phone="+262693412780", bac=3, grad="2025-06", email=None, unknown=("job_seeking_ess",), status="b_vm_bouygues_emploi_inaudible"),
    )),
    # Feature: voicemail_transcript — kind — on recrute deux animateurs pour janvier
    # route: SFR voicemail-to-email, an employer's director leaving a job offer for the programme's participants, no applicant → other
    N("voicemail_transcript", "kind", "on recrute deux animateurs pour janvier", M(
        "Messagerie vocale SFR <messagerie-vocale@sfr-pro.example.net>",
        "Nouveau message vocal de +33 5 56 72 14 30",
        "16 15:02",
        """Vous avez reçu un nouveau message vocal.

De : +33 5 56 72 14 30
Reçu le : 16/11/2026 à 15:01
Durée : 0 min 47 s

Transcription (peut contenir des erreurs) :
« oui bonjour Gilles Marchand directeur du centre social des Aubiers à Bordeaux on recrute deux animateurs pour janvier en CDI et on avait bien travaillé avec vos jeunes l'an dernier donc si vous avez des profils n'hésitez pas à me rappeler merci »

Pour écouter ce message, appelez le 123 ou connectez-vous à votre espace client.""",
        other(),
    )),
    # Feature: voicemail_transcript — kind — est-ce que les entretiens peuvent se faire en visio
    # route: a 3CX PBX's voicemail-to-email, a caller asking whether interviews can be held by video, no fact of hers → question
    N("voicemail_transcript", "kind", "est-ce que les entretiens peuvent se faire en visio", M(
        "3CX Phone System <pbx@standard-animafac.example.org>",
        "Nouveau message vocal de +33 7 81 06 42 95 pour l'extension 204",
        "17 11:20",
        """Nouveau message vocal

Appelant : +33 7 81 06 42 95
Extension : 204 (Pro'pulse)
Durée : 00:22

Transcription :
oui bonjour je voulais juste savoir est-ce que les entretiens peuvent se faire en visio parce que j'habite assez loin merci

La transcription est générée automatiquement et peut contenir des erreurs.""",
        question(),
    )),
]
