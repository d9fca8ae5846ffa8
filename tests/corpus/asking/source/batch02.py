"""Asking corpus, batch 02 (writer A): indirect questions («je me demande si…», «je voudrais savoir si…»),
hypotheticals («et si…», «imaginons que…», «au cas où…» — no fact, unless they presuppose one), requests for
an exception («est-ce rédhibitoire ?», «une dérogation ?»); other mail that asks too (a question on foreign
diplomas, an example about someone else, a question on exceptions, a newsletter, an auto-reply, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from asking import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question

MESSAGES = [
    # Feature: indirect_question — level — je me demande si mon BTS Tourisme, obtenu en juin 2025
    # asking: «je me demande si mon BTS Tourisme, obtenu en juin 2025» = the indirect question presupposes a BTS (bac+2) of June 2025 → meets degree_level, graduation_recent → eligible
    N("indirect_question", "level", "je me demande si mon BTS Tourisme, obtenu en juin 2025", M(
        "Priscilla Adjovi <priscilla.adjovi@example.org>", "Candidature Pro'pulse", "02 10:20",
        """Bonjour,

Je me demande si mon BTS Tourisme, obtenu en juin 2025, est accepté pour votre programme, vu que ce n'est pas un diplôme « du social ». Je voudrais travailler dans le tourisme solidaire, par exemple dans une association de séjours adaptés ou un réseau d'auberges associatives.

Je vous joins mon CV.

Priscilla Adjovi
06 84 59 20 13""",
        app("Priscilla", "Adjovi", phone="+33684592013", bac=2, grad="2025-06", status="bts_tourisme", info_in="both"),
        cv=CV("pdf", "CV_Priscilla_Adjovi.pdf", "Priscilla Adjovi\n2025 : BTS Tourisme, lycée Carnot\n2024 : stage de 8 semaines, office de tourisme\nJobs d'été : animatrice en centre de vacances\nLangues : anglais, espagnol"),
    )),
    # Feature: indirect_question — level — je voudrais savoir si un bac pro et dix ans de terrain
    # asking: «je voudrais savoir si un bac pro et dix ans de terrain» = the question presupposes his bac pro as highest diploma (level 4) → fails degree_level
    N("indirect_question", "level", "je voudrais savoir si un bac pro et dix ans de terrain", M(
        "Mickaël Fontaine <mickael.fontaine@example.com>", "niveau d'études", "03 07:45",
        """Bonjour,

Je voudrais savoir si un bac pro et dix ans de terrain, ça peut remplacer le bac+2 que vous demandez. Mon bac pro date de 2014, c'est mon seul diplôme, et depuis je travaille dans la logistique d'une banque alimentaire, d'abord bénévole puis salarié.

J'aimerais évoluer vers un poste de coordination dans une association.

Mickaël Fontaine
06 36 80 24 95""",
        app("Mickaël", "Fontaine", phone="+33636802495", bac=0, grad=None, failing=("degree_level",), status="bac_pro_dix_ans"),
    )),
    # Feature: indirect_question — studies_finished — je me demande si je suis considérée comme diplômée
    # ambiguous: everything validated but one resit whose mark is not out: she may or may not have finished
    # asking: «je me demande si je suis considérée comme diplômée» = her own doubt about the fact: one resit pending → studies_finished open
    N("indirect_question", "studies_finished", "je me demande si je suis considérée comme diplômée", M(
        "Eléonore Castagnet <eleonore.castagnet@example.fr>", "Situation un peu floue", "05 13:37",
        """Bonjour,

Je me demande si je suis considérée comme diplômée pour votre programme : j'ai validé toute ma licence de sociologie sauf une UE, que j'ai repassée au rattrapage début novembre, et la note n'est pas encore tombée.

Je voudrais travailler dans une association de médiation sociale. Est-ce que je peux déjà candidater ?

Eléonore Castagnet
07 29 41 60 57""",
        app("Eléonore", "Castagnet", phone="+33729416057", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), status="rattrapage_en_attente"),
    )),
    # Feature: indirect_question — studies_finished — pourriez-vous me dire si mon alternance en BTS, qui finit en juin
    # asking: «pourriez-vous me dire si mon alternance en BTS, qui finit en juin» = a BTS in alternance running until June 2027 → fails studies_finished
    N("indirect_question", "studies_finished", "pourriez-vous me dire si mon alternance en BTS, qui finit en juin", M(
        "Jordan Beaulieu <jordan.beaulieu@example.net>", "alternance", "06 19:03",
        """Bonjour,

Pourriez-vous me dire si mon alternance en BTS, qui finit en juin, est compatible avec votre programme ? Je suis en BTS Gestion de la PME, deuxième année, en alternance dans une SCOP de menuiserie, et j'aimerais continuer dans une coopérative.

Merci,
Jordan Beaulieu
06 52 17 93 48""",
        app("Jordan", "Beaulieu", phone="+33652179348", bac="*", grad=None, failing=("studies_finished",), status="bts_alternance_juin"),
    )),
    # Feature: indirect_question — career_change — j'aimerais savoir si le fait d'avoir été animateur pendant mes études
    # asking: «j'aimerais savoir si le fait d'avoir été animateur pendant mes études» = student jobs, presupposed: no career before the diploma → meets not_career_change → eligible
    N("indirect_question", "career_change", "j'aimerais savoir si le fait d'avoir été animateur pendant mes études", M(
        "Samuel Ekwalla <samuel.ekwalla@example.org>", "Question + candidature", "08 16:16",
        """Bonjour,

J'ai terminé mon master Intervention sociale en juin 2025. J'aimerais savoir si le fait d'avoir été animateur pendant mes études (week-ends et vacances, dans des accueils de loisirs) compte comme une « reconversion » pour vous. Je n'ai pas d'autre expérience.

Je cherche un poste de coordinateur dans un centre social ou une fédération d'éducation populaire.

Samuel Ekwalla
06 90 47 15 36""",
        app("Samuel", "Ekwalla", phone="+33690471536", bac=5, grad="2025-06", status="animateur_etudes"),
    )),
    # Feature: indirect_question — aim — je voudrais savoir si une régie municipale ou une association, ça compte pareil
    # ambiguous: she hesitates between a municipal service (public) and an association (ESS): her aim is split
    # asking: «je voudrais savoir si une régie municipale ou une association, ça compte pareil» = an aim between the public sector and the ESS → job_seeking_ess open
    N("indirect_question", "aim", "je voudrais savoir si une régie municipale ou une association, ça compte pareil", M(
        "Apolline Garnier <apolline.garnier@example.com>", "candidature ?", "09 12:58",
        """Bonjour,

J'ai une licence pro Métiers de l'animation sociale depuis juin 2026. Je voudrais savoir si une régie municipale ou une association, ça compte pareil pour votre programme, parce que j'hésite vraiment entre les deux pour mon premier poste.

Apolline Garnier
07 13 58 62 04""",
        app("Apolline", "Garnier", phone="+33713586204", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="regie_ou_asso"),
    )),
    # Feature: indirect_question — kind — je me demande si un diplôme obtenu à l'étranger est reconnu
    # asking: «je me demande si un diplôme obtenu à l'étranger est reconnu» = an indirect question about any diploma, no personal fact → kind question
    N("indirect_question", "kind", "je me demande si un diplôme obtenu à l'étranger est reconnu", M(
        "Farida Benslimane <farida.benslimane@example.org>", "diplômes étrangers", "10 09:26",
        """Bonjour,

Je me demande si un diplôme obtenu à l'étranger est reconnu par votre programme, et s'il faut une attestation de comparabilité. Pourriez-vous me renseigner ?

Cordialement,
Farida Benslimane""",
        question(),
    )),
    # Feature: indirect_question — kind — Vous vous demandez si votre association peut accueillir
    # asking: «Vous vous demandez si votre association peut accueillir» = a federation's newsletter asking its readers, no application → kind newsletter
    N("indirect_question", "kind", "Vous vous demandez si votre association peut accueillir", M(
        "La lettre du réseau Asso'Ouest <lettre@example.net>", "La lettre de novembre : accueillir un volontaire", "11 06:00",
        """LA LETTRE D'ASSO'OUEST — novembre 2026

Vous vous demandez si votre association peut accueillir un volontaire en service civique ? Notre fiche pratique répond aux questions les plus fréquentes.

Aussi ce mois-ci : la formation « premiers pas en comptabilité associative », le calendrier des rencontres départementales.

Se désinscrire : https://example.net/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://example.net/desinscription>"},
    )),
    # Feature: hypothetical — situation — et si je partais quelques mois en service civique d'ici là
    # asking: «et si je partais quelques mois en service civique d'ici là» = a hypothetical, no fact: no service civique now; her BTS of June 2026 is said plainly → eligible
    N("hypothetical", "situation", "et si je partais quelques mois en service civique d'ici là", M(
        "Clémence Yildiz <clemence.yildiz@example.fr>", "Pro'pulse ou service civique ?", "02 20:44",
        """Bonsoir,

J'ai eu mon BTS Services et prestations des secteurs sanitaire et social en juin 2026 et je cherche un poste dans une association d'aide à domicile. Je voudrais entrer dans votre programme. Mais et si je partais quelques mois en service civique d'ici là ? Est-ce que je perdrais ma place ?

Clémence Yildiz
06 25 63 91 47""",
        app("Clémence", "Yildiz", phone="+33625639147", bac=2, grad="2026-06", status="et_si_service_civique"),
    )),
    # Feature: hypothetical — situation — imaginons que je trouve un stage en janvier
    # asking: «imaginons que je trouve un stage en janvier» = a hypothetical internship, no fact; a licence of July 2025 → eligible
    N("hypothetical", "situation", "imaginons que je trouve un stage en janvier", M(
        "Théo Marchetti <theo.marchetti@example.net>", "candidature + question", "04 11:19",
        """Bonjour,

Je postule à Pro'pulse : licence d'économie obtenue en juillet 2025, je cherche un emploi dans la finance solidaire (une banque coopérative ou un fonds comme France Active). Mon CV est joint.

Une question quand même : imaginons que je trouve un stage en janvier, est-ce que je devrais quitter le programme ?

Théo Marchetti
06 14 70 38 25""",
        app("Théo", "Marchetti", phone="+33614703825", bac=3, grad="2025-07", status="imaginons_stage"),
        cv=CV("odt", "cv-theo-marchetti.odt", "Théo Marchetti\nFormation : licence d'économie (2025)\nExpérience : vendeur en librairie (jobs étudiants)\nBénévole trésorier d'une association étudiante"),
    )),
    # Feature: hypothetical — situation — au cas où mon stage actuel serait prolongé
    # asking: «au cas où mon stage actuel serait prolongé» = the extension is hypothetical, the current internship is presupposed → fails not_internship
    N("hypothetical", "situation", "au cas où mon stage actuel serait prolongé", M(
        "Anaïs Pelletier <anais.pelletier@example.com>", "Question stage", "07 08:55",
        """Bonjour,

Je suis titulaire d'un DUT Carrières sociales (2025) et je souhaite candidater. Au cas où mon stage actuel serait prolongé jusqu'en mars, pourrais-je tout de même suivre vos ateliers ? Il est dans une association d'insertion par le logement et j'aimerais y rester.

Anaïs Pelletier
07 40 86 29 13""",
        app("Anaïs", "Pelletier", phone="+33740862913", bac=2, grad="2025", failing=("not_internship",), status="stage_prolonge"),
    )),
    # Feature: hypothetical — studies_finished — et si mon mémoire n'était pas validé
    # ambiguous: he defended his mémoire and waits for the jury's decision: finished or not is not known yet
    # asking: «et si mon mémoire n'était pas validé» = a hypothetical on a defence already held, its outcome unknown → studies_finished open
    N("hypothetical", "studies_finished", "et si mon mémoire n'était pas validé", M(
        "Ibrahima Sarr <ibrahima.sarr@example.org>", "master et candidature", "10 17:50",
        """Bonjour,

J'ai soutenu mon mémoire de master Économie sociale et solidaire la semaine dernière, j'attends la délibération. Je voudrais candidater tout de suite pour la session de janvier. Et si mon mémoire n'était pas validé, qu'est-ce qui se passerait pour ma candidature ?

Je cherche un poste de chargé de développement dans une SCIC.

Ibrahima Sarr
06 61 34 08 72""",
        app("Ibrahima", "Sarr", phone="+33661340872", bac=5, grad=None, unknown=("graduation_recent", "studies_finished"), status="memoire_deliberation"),
    )),
    # Feature: hypothetical — level — Et si je reprenais une licence
    # asking: «Et si je reprenais une licence» = a hypothetical licence, no fact; what stands is her bac, her only diploma → fails degree_level
    N("hypothetical", "level", "Et si je reprenais une licence", M(
        "Jessica Hoarau <jessica.hoarau@example.fr>", "je peux postuler ?", "12 22:31",
        """Bonsoir,

Pour l'instant j'ai juste le bac (2021), et je travaille comme animatrice périscolaire. Je voudrais travailler dans une association de soutien scolaire. Est-ce que je peux entrer dans Pro'pulse ? Et si je reprenais une licence, je pourrais candidater pendant ?

Jessica
06 92 15 47 80""",
        app("Jessica", "Hoarau", phone="+33692154780", bac=0, grad=None, failing=("degree_level",), status="et_si_licence"),
    )),
    # Feature: hypothetical — aim — What if I took a part-time job at a supermarket while I wait
    # asking: «What if I took a part-time job at a supermarket while I wait» = a hypothetical job, no fact; her aim is a food co-op → eligible
    N("hypothetical", "aim", "What if I took a part-time job at a supermarket while I wait", M(
        "Hannah Okafor <hannah.okafor@example.com>", "Joining Pro'pulse", "14 15:08",
        """Hi,

I finished my BSc in Environmental Science in Leeds in July 2025 and I now live in Grenoble. I'd love to join Pro'pulse: my goal is a job in a food cooperative or a community garden association here.

What if I took a part-time job at a supermarket while I wait? Would that be a problem for the programme?

Thanks a lot,
Hannah Okafor
07 83 41 52 90""",
        app("Hannah", "Okafor", phone="+33783415290", bac=3, grad="2025-07", language="en", status="what_if_supermarket"),
    )),
    # Feature: hypothetical — graduation — imaginons que mon DUT de 2021 soit trop ancien
    # asking: «imaginons que mon DUT de 2021 soit trop ancien» = the hypothesis is about its value, the DUT of 2021 is presupposed → fails graduation_recent
    N("hypothetical", "graduation", "imaginons que mon DUT de 2021 soit trop ancien", M(
        "Nicolas Ferrand <nicolas.ferrand@example.net>", "DUT ancien", "15 09:14",
        """Bonjour,

Je voudrais candidater à votre programme pour travailler dans une ressourcerie. Imaginons que mon DUT de 2021 soit trop ancien : est-ce qu'une formation courte suffirait à le « rafraîchir » ?

Merci de votre réponse,
Nicolas Ferrand
06 03 28 94 61""",
        app("Nicolas", "Ferrand", phone="+33603289461", bac=2, grad="2021", failing=("graduation_recent",), status="dut_2021_imaginons"),
    )),
    # Feature: hypothetical — kind — par exemple quelqu'un en stage
    # asking: «par exemple quelqu'un en stage» = an example about someone else, no personal fact → kind question
    N("hypothetical", "kind", "par exemple quelqu'un en stage", M(
        "Pauline Rey <pauline.rey@example.org>", "Conditions", "16 11:40",
        """Bonjour,

Les conditions d'entrée sont-elles strictes ? Par exemple quelqu'un en stage, il peut postuler s'il finit le mois suivant ? Et imaginons qu'un candidat trouve un emploi pendant le programme ?

Merci !""",
        question(),
    )),
    # Feature: hypothetical — kind — au cas où l'adresse serait erronée
    # asking: «au cas où l'adresse serait erronée» = a delivery failure report → kind bounce
    N("hypothetical", "kind", "au cas où l'adresse serait erronée", M(
        "Mail Delivery Subsystem <mailer-daemon@example.org>", "Échec de la remise du message", "17 05:12",
        """Le message n'a pas pu être remis à nora.belhadj@example.org. Contactez le destinataire par un autre moyen au cas où l'adresse serait erronée.""",
        bounce("nora.belhadj@example.org"),
        bounce="Reporting-MTA: dns; mx.example.org\nArrival-Date: Tue, 17 Nov 2026 05:12:40 +0100\n\nFinal-Recipient: rfc822; nora.belhadj@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist",
    )),
    # Feature: exception_request — career_change — je suis en reconversion, est-ce rédhibitoire
    # asking: «je suis en reconversion, est-ce rédhibitoire» = the career change asked to be excused is a fact: nine years as a baker before the BTS → fails not_career_change
    N("exception_request", "career_change", "je suis en reconversion, est-ce rédhibitoire", M(
        "Laurent Quintin <laurent.quintin@example.com>", "Candidature - reconversion", "03 18:22",
        """Bonjour,

J'ai été boulanger pendant neuf ans, puis j'ai repris une formation : BTS ESF obtenu en juin 2026. Je voudrais travailler dans une épicerie sociale ou un restaurant solidaire. Je suis en reconversion, est-ce rédhibitoire pour votre programme ?

Mon CV est en pièce jointe.

Laurent Quintin
06 87 12 35 04""",
        app("Laurent", "Quintin", phone="+33687123504", bac=2, grad="2026-06", failing=("not_career_change",), status="boulanger_reconversion", info_in="both"),
        cv=CV("docx", "Laurent_Quintin_CV.docx", "Laurent Quintin\n2026 : BTS Économie sociale familiale\n2015-2024 : boulanger, boulangerie artisanale (CDI)\n2014 : CAP boulanger"),
    )),
    # Feature: exception_request — graduation — mon BTS date de juin 2023, une dérogation est-elle possible
    # asking: «mon BTS date de juin 2023, une dérogation est-elle possible» = a BTS of June 2023 (41 months): the exception asked for is a failing fact → fails graduation_recent
    N("exception_request", "graduation", "mon BTS date de juin 2023, une dérogation est-elle possible", M(
        "Soraya Medjahed <soraya.medjahed@example.fr>", "Demande de dérogation", "05 10:01",
        """Madame, Monsieur,

Je souhaite intégrer le programme Pro'pulse. Je sais que le diplôme doit avoir moins de deux ans : mon BTS date de juin 2023, une dérogation est-elle possible ? J'ai été en arrêt maladie une grande partie de l'année dernière.

Je recherche un poste d'assistante de gestion dans une association.

Respectueusement,
Soraya Medjahed
07 56 09 21 83""",
        app("Soraya", "Medjahed", phone="+33756092183", bac=2, grad="2023-06", failing=("graduation_recent",), status="bts_2023_derogation"),
    )),
    # Feature: exception_request — situation — j'ai fait un stage de six mois qui s'est terminé en août, est-ce bloquant
    # asking: «j'ai fait un stage de six mois qui s'est terminé en août, est-ce bloquant» = an exception asked for an internship already over → meets not_internship → eligible
    N("exception_request", "situation", "j'ai fait un stage de six mois qui s'est terminé en août, est-ce bloquant", M(
        "Elias Benhamou <elias.benhamou@example.org>", "stage long", "09 14:30",
        """Bonjour,

Master de sociologie obtenu en juin 2025. Après ça j'ai fait un stage de six mois qui s'est terminé en août, est-ce bloquant pour Pro'pulse ? Je lis que les stagiaires ne peuvent pas entrer.

Je voudrais un poste de chargé d'études dans une fédération associative ou une mutuelle.

Elias Benhamou
06 48 21 76 39""",
        app("Elias", "Benhamou", phone="+33648217639", bac=5, grad="2025-06", status="stage_fini_aout"),
    )),
    # Feature: exception_request — level — je n'ai que le bac, est-ce bloquant
    # asking: «je n'ai que le bac, est-ce bloquant» = the bac as highest diploma, stated → fails degree_level
    N("exception_request", "level", "je n'ai que le bac, est-ce bloquant", M(
        "Dounia Chaoui <dounia.chaoui@example.net>", "candidature", "11 19:19",
        """bonjour, je n'ai que le bac, est-ce bloquant ? j'ai fait 3 ans de bénévolat aux Restos et je voudrais en faire mon métier, dans une asso d'aide alimentaire. si vous faites des exceptions je suis partante !!

Dounia 06 39 72 18 45""",
        app("Dounia", "Chaoui", phone="+33639721845", bac=0, grad=None, failing=("degree_level",), status="que_le_bac"),
    )),
    # Feature: exception_request — career_change — quelques années dans la restauration avant mon BTS, est-ce rédhibitoire
    # ambiguous: «quelques années» in restaurants before the BTS: a career, or jobs while looking for his way? not said
    # asking: «quelques années dans la restauration avant mon BTS, est-ce rédhibitoire» = years of unclear standing in another trade → not_career_change open
    N("exception_request", "career_change", "quelques années dans la restauration avant mon BTS, est-ce rédhibitoire", M(
        "Adrien Kowalczyk <adrien.kowalczyk@example.com>", "Ma candidature", "13 12:05",
        """Bonjour,

Je me présente : Adrien, 28 ans, BTS Gestion de la PME obtenu en juillet 2026. J'ai travaillé quelques années dans la restauration avant mon BTS, est-ce rédhibitoire ? Je cherche un poste de gestionnaire dans une SCOP ou une association.

Merci de votre retour,
Adrien Kowalczyk
06 20 94 53 71""",
        app("Adrien", "Kowalczyk", phone="+33620945371", bac=2, grad="2026-07", unknown=("not_career_change",), status="restauration_quelques_annees"),
    )),
    # Feature: exception_request — situation — je suis en service civique jusqu'en février, une exception est possible
    # asking: «je suis en service civique jusqu'en février, une exception est possible» = a service civique running today, stated → fails not_service_civique
    N("exception_request", "situation", "je suis en service civique jusqu'en février, une exception est possible", M(
        "Maïwenn Le Bihan <maiwenn.lebihan@example.fr>", "service civique", "18 09:48",
        """Bonjour,

J'ai une licence d'histoire obtenue en juin 2026 et je voudrais candidater à Pro'pulse pour travailler ensuite dans une association culturelle. Je suis en service civique jusqu'en février, une exception est possible ? Je pourrais me libérer pour les ateliers.

Merci,
Maïwenn Le Bihan
06 70 83 26 19""",
        app("Maïwenn", "Le Bihan", phone="+33670832619", bac=3, grad="2026-06", failing=("not_service_civique",), status="sc_fevrier_exception"),
    )),
    # Feature: exception_request — kind — accordez-vous des dérogations
    # asking: «accordez-vous des dérogations» = a question about exceptions with no personal fact → kind question
    N("exception_request", "kind", "accordez-vous des dérogations", M(
        "Mission locale du Pays de Morlaix <contact.ml@example.fr>", "Critères du programme", "19 11:23",
        """Bonjour,

Nous orientons régulièrement des jeunes vers votre programme. Accordez-vous des dérogations pour les diplômes de plus de deux ans, ou pour les jeunes qui ont un bac+1 ? Cela nous aiderait pour nos prochaines orientations.

Cordialement,
L'équipe de la Mission locale""",
        question(),
    )),
    # Feature: exception_request — kind — une exception à mes horaires
    # asking: «une exception à mes horaires» = an automatic out-of-office answer → kind auto_reply
    N("exception_request", "kind", "une exception à mes horaires", M(
        "Julien Aubertin <julien.aubertin@example.org>", "Absence : Re: Pro'pulse - convention de partenariat", "20 08:00",
        """Je suis absent jusqu'au 30 novembre. Pour une exception à mes horaires ou une urgence, merci de contacter le secrétariat au 03 88 00 00 00.

Message automatique.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
