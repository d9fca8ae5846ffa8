"""Asking corpus, batch 06 (writer B): indirect_question (je me demande si / je voudrais savoir si /
pourriez-vous me dire si / I'd like to know whether), hypothetical (et si / imaginons / supposons / au cas où /
si jamais — no fact), exception_request (est-ce rédhibitoire / bloquant / une dérogation); other mail asking
too (questions with no personal fact, an auto-reply, a newsletter, a reply in our thread, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from asking import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # Feature: indirect_question — graduation — ma licence de géographie, obtenue en 2021
    # asking: «ma licence de géographie, obtenue en 2021» = a bac+3 of 2021 inside the indirect question → fails graduation_recent
    N("indirect_question", "graduation", "ma licence de géographie, obtenue en 2021", M(
        "Damien Verbrugge <damien.verbrugge@example.fr>", "Renseignement avant candidature", "01 10:22",
        """Bonjour,

Je voudrais savoir si ma licence de géographie, obtenue en 2021, est encore prise en compte pour votre programme. Depuis j'ai enchaîné des contrats courts en animation.

Je cherche un poste stable dans une association d'éducation à l'environnement.

Cordialement,
Damien Verbrugge
06 14 52 78 03""",
        app("Damien", "Verbrugge", phone="+33614527803", bac=3, grad="2021", failing=("graduation_recent",), status="b_savoir_si_licence_2021"),
    )),
    # Feature: indirect_question — studies_finished — je me demande si j'ai vraiment fini mes études
    # ambiguous: all the M2 exams are sat but the results come in December: finished or not is not known on 26 November
    # asking: «je me demande si j'ai vraiment fini mes études» = the writer doubts the fact itself, results pending → studies_finished open
    N("indirect_question", "studies_finished", "je me demande si j'ai vraiment fini mes études", M(
        "Priya Raman <priya.raman@example.org>", "Suis-je éligible ?", "04 21:45",
        """Bonsoir,

J'ai passé tous mes examens de M2 en octobre mais les résultats ne tombent qu'en décembre, alors je me demande si j'ai vraiment fini mes études au sens où vous l'entendez.

Je voudrais travailler dans une mutuelle ou une association de prévention santé.

Merci de m'éclairer,
Priya Raman
07 31 64 82 50""",
        app("Priya", "Raman", phone="+33731648250", bac="*", grad=None, unknown=("studies_finished",), status="b_demande_si_fini"),
    )),
    # Feature: indirect_question — level — mon DEUST animation, que j'ai eu en juin 2026
    # asking: «mon DEUST animation, que j'ai eu en juin 2026» = a bac+2 obtained five months ago, inside the indirect question → meets degree_level, graduation_recent
    N("indirect_question", "level", "mon DEUST animation, que j'ai eu en juin 2026", M(
        "Noé Carpentier <noe.carpentier@example.net>", "DEUST", "06 14:30",
        """Bonjour,

Pourriez-vous me dire si mon DEUST animation, que j'ai eu en juin 2026, compte bien comme un bac+2 chez vous ? Je veux postuler mais je préfère vérifier.

Je cherche un poste d'animateur dans une MJC ou un centre social.

Noé Carpentier
06 62 19 37 84""",
        app("Noé", "Carpentier", phone="+33662193784", bac=2, grad="2026-06", status="b_deust_animation_2026"),
    )),
    # Feature: indirect_question — level — mon BPJEPS, obtenu en mai 2025
    # asking: «mon BPJEPS, obtenu en mai 2025» = a level-4 title, the highest one said → fails degree_level
    N("indirect_question", "level", "mon BPJEPS, obtenu en mai 2025", M(
        "Lucas Rivollet <lucas.rivollet@example.com>", "question niveau", "08 09:12",
        """Bonjour,

Je voulais savoir si mon BPJEPS, obtenu en mai 2025, suffit pour entrer dans le programme. C'est mon seul diplôme après le bac.

J'aimerais travailler comme animateur dans une association sportive de quartier.

Lucas Rivollet
07 24 90 51 16""",
        app("Lucas", "Rivollet", phone="+33724905116", bac=0, grad="2025-05", failing=("degree_level",), status="b_savoir_si_bpjeps"),
    )),
    # Feature: indirect_question — aim — whether my plan to work for a charity running food banks
    # asking: «whether my plan to work for a charity running food banks» = an ESS aim inside the indirect question → meets job_seeking_ess
    N("indirect_question", "aim", "whether my plan to work for a charity running food banks", M(
        "Oluwaseun Adeyemi <seun.adeyemi@example.org>", "Quick enquiry", "10 16:08",
        """Hello,

I'd like to know whether my plan to work for a charity running food banks fits your programme. I finished my BSc in nutrition in July 2025 and I have been living in Lille since September.

Could you tell me if I can apply?

Kind regards,
Oluwaseun Adeyemi
06 58 13 92 47""",
        app("Oluwaseun", "Adeyemi", phone="+33658139247", bac=3, grad="2025-07", status="b_whether_food_bank", language="en"),
    )),
    # Feature: indirect_question — situation — mon stage actuel dans une ressourcerie, qui court jusqu'en janvier
    # asking: «mon stage actuel dans une ressourcerie, qui court jusqu'en janvier» = an internship held now → fails not_internship
    N("indirect_question", "situation", "mon stage actuel dans une ressourcerie, qui court jusqu'en janvier", M(
        "Zoé Marechal <zoe.marechal@example.fr>", "Candidature", "12 11:57",
        """Bonjour,

J'ignore si mon stage actuel dans une ressourcerie, qui court jusqu'en janvier, est un obstacle. J'ai mon BTS GPN depuis juin 2025 et j'adore ce que je fais là-bas, j'aimerais continuer dans le réemploi associatif.

Pouvez-vous me dire si je peux candidater ?

Zoé Marechal
06 36 48 21 70""",
        app("Zoé", "Marechal", phone="+33636482170", bac=2, grad="2025-06", failing=("not_internship",), status="b_ignore_si_stage_ressourcerie"),
    )),
    # Feature: indirect_question — kind — je me demande si un bac+2 en alternance compte
    # asking: «je me demande si un bac+2 en alternance compte» = a question about the criteria in general, no «j'ai» → kind question
    N("indirect_question", "kind", "je me demande si un bac+2 en alternance compte", M(
        "Camille Sylvestre <camille.sylvestre@example.com>", "Question sur les critères", "14 08:44",
        """Bonjour,

Je me demande si un bac+2 en alternance compte comme un bac+2 classique pour votre programme, et si les titres professionnels sont acceptés.

Merci d'avance,
Camille Sylvestre""",
        question(),
    )),
    # Feature: indirect_question — kind — Je ne sais pas si je pourrai vous répondre avant lundi
    # asking: «Je ne sais pas si je pourrai vous répondre avant lundi» = an out-of-office → kind auto_reply
    N("indirect_question", "kind", "Je ne sais pas si je pourrai vous répondre avant lundi", M(
        "Agnès Poulain <agnes.poulain@example.org>", "Absence : Re: Atelier CV du 28 novembre", "15 17:00",
        """Bonjour,

Je suis en déplacement. Je ne sais pas si je pourrai vous répondre avant lundi ; pour les inscriptions à l'atelier, merci d'écrire à contact@example.org.

Agnès Poulain""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: hypothetical — situation — et si je faisais un service civique avant de commencer
    # asking: «et si je faisais un service civique avant de commencer» = a hypothetical, no service civique held → meets not_service_civique (silence)
    N("hypothetical", "situation", "et si je faisais un service civique avant de commencer", M(
        "Jade Laborde <jade.laborde@example.net>", "petite question", "02 13:19",
        """Bonjour,

J'ai ma licence de lettres depuis juin 2025 et je voudrais rejoindre votre programme pour trouver un poste dans une association culturelle.

Et si je faisais un service civique avant de commencer, ça changerait quelque chose pour ma candidature ? Je n'ai encore rien signé, c'est juste une idée.

Merci !
Jade Laborde
06 49 27 15 83""",
        app("Jade", "Laborde", phone="+33649271583", bac=3, grad="2025-06", status="b_et_si_service_civique"),
    )),
    # Feature: hypothetical — career_change — chef de rayon dans la grande distribution pendant douze ans
    # asking: «chef de rayon dans la grande distribution pendant douze ans» = a stated past next to a hypothetical stage (no fact): twelve years in another trade before the licence pro → fails not_career_change
    N("hypothetical", "career_change", "chef de rayon dans la grande distribution pendant douze ans", M(
        "Patrice Abena <patrice.abena@example.com>", "Candidature et stage éventuel", "05 07:41",
        """Bonjour,

Supposons que je fasse un stage cet hiver pour me faire la main : est-ce que ça me ferait perdre ma place dans le programme ?

Pour info, j'ai été chef de rayon dans la grande distribution pendant douze ans, puis j'ai repris une licence pro gestion des structures de l'ESS, obtenue en juin 2026. Je veux travailler dans une épicerie solidaire ou une association.

Patrice Abena
06 75 31 20 94""",
        app("Patrice", "Abena", phone="+33675312094", bac=3, grad="2026-06", failing=("not_career_change",), status="b_supposons_stage_chef_rayon"),
    )),
    # Feature: hypothetical — situation — au cas où mon stage de fin de master, censé finir fin novembre, serait prolongé
    # ambiguous: the stage exists (presupposed) and ends «fin novembre», no day: it may still run on 26 November, and the master ends with it
    # asking: «au cas où mon stage de fin de master, censé finir fin novembre, serait prolongé» = a presupposed stage ending at an unstated day; the extension is hypothetical → not_internship and studies_finished open
    N("hypothetical", "situation", "au cas où mon stage de fin de master, censé finir fin novembre, serait prolongé", M(
        "Hugo Ibarrola <hugo.ibarrola@example.org>", "Stage et candidature", "09 18:25",
        """Bonjour,

Je voudrais candidater pour la session de décembre. Au cas où mon stage de fin de master, censé finir fin novembre, serait prolongé de quelques semaines, est-ce que je pourrais quand même être pris ?

Je cherche un poste de chargé de mission dans une SCIC ou une association d'énergie citoyenne.

Hugo Ibarrola
07 12 68 40 35""",
        app("Hugo", "Ibarrola", phone="+33712684035", bac="*", grad=None, unknown=("studies_finished", "not_internship"), status="b_au_cas_ou_stage_prolonge"),
    )),
    # Feature: hypothetical — aim — je cherche un poste de chef de projet dans une start-up de la tech
    # asking: «je cherche un poste de chef de projet dans une start-up de la tech» = the stated aim, next to a hypothetical delay, is outside the ESS → fails job_seeking_ess
    N("hypothetical", "aim", "je cherche un poste de chef de projet dans une start-up de la tech", M(
        "Arnaud Dufresne <arnaud.dufresne@example.fr>", "question", "11 12:14",
        """Bonjour,

J'ai un master en management de l'innovation (septembre 2025) et je cherche un poste de chef de projet dans une start-up de la tech. Imaginons que je n'aie toujours rien trouvé en janvier : est-ce que je peux rejoindre votre programme à ce moment-là ?

Merci,
Arnaud Dufresne
06 07 83 55 21""",
        app("Arnaud", "Dufresne", phone="+33607835521", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_imaginons_startup"),
    )),
    # Feature: hypothetical — graduation — supposons que mon BTS de juin 2025 ne suffise pas
    # asking: «supposons que mon BTS de juin 2025 ne suffise pas» = the hypothesis bears on our judgement; the BTS of June 2025 is presupposed → meets degree_level, graduation_recent
    N("hypothetical", "graduation", "supposons que mon BTS de juin 2025 ne suffise pas", M(
        "Mélissa Grondin <melissa.grondin@example.net>", "BTS et programme", "13 20:03",
        """Bonsoir,

Je voudrais entrer dans le programme pour trouver un poste d'assistante dans une association de tourisme solidaire. Mais supposons que mon BTS de juin 2025 ne suffise pas, est-ce que je devrais reprendre une licence d'abord ?

Merci pour votre retour,
Mélissa Grondin
06 92 40 17 66""",
        app("Mélissa", "Grondin", phone="+33692401766", bac=2, grad="2025-06", status="b_supposons_bts_2025", info_in="both"),
        cv=CV("docx", "CV_Melissa_Grondin.docx", "Mélissa Grondin\nBTS Tourisme, juin 2025 (lycée Leconte de Lisle)\nSaisonnière en office de tourisme, étés 2023 et 2024\nLangues : anglais, créole, espagnol"),
    )),
    # Feature: hypothetical — studies_finished — si jamais je ne valide pas mon mémoire en février
    # asking: «si jamais je ne valide pas mon mémoire en février» = the hypothesis is the failure; it presupposes a mémoire still to defend → fails studies_finished
    N("hypothetical", "studies_finished", "si jamais je ne valide pas mon mémoire en février", M(
        "Anaïs Keller <anais.keller@example.com>", "Mémoire en février", "16 15:37",
        """Bonjour,

Je suis en train de finir mon master ESS et je voudrais candidater dès maintenant. Si jamais je ne valide pas mon mémoire en février, est-ce que je perds ma place ?

Je vise une association de lutte contre la précarité.

Anaïs Keller
06 86 25 73 19""",
        app("Anaïs", "Keller", phone="+33686257319", bac="*", grad=None, failing=("studies_finished",), status="b_si_jamais_memoire_fevrier"),
    )),
    # Feature: hypothetical — level — imaginons que mon DTS obtenu au Maroc ne soit pas reconnu
    # ambiguous: a foreign diploma with no equivalence given; its level in France is not said
    # asking: «imaginons que mon DTS obtenu au Maroc ne soit pas reconnu» = a diploma presupposed (obtained), of unstated French level; its non-recognition is hypothetical → degree_level open
    N("hypothetical", "level", "imaginons que mon DTS obtenu au Maroc ne soit pas reconnu", M(
        "Yassine El Idrissi <yassine.elidrissi@example.org>", "Diplôme étranger", "18 10:50",
        """Bonjour,

Je suis arrivé en France cette année et je voudrais rejoindre votre programme. Imaginons que mon DTS obtenu au Maroc ne soit pas reconnu, est-ce qu'il y a une autre solution ? Je l'ai eu en juin 2025, en gestion.

Je cherche un poste dans une association ou une coopérative.

Yassine El Idrissi
07 53 26 81 40""",
        app("Yassine", "El Idrissi", phone="+33753268140", bac="*", grad="2025-06", unknown=("degree_level",), status="b_imaginons_dts_maroc"),
    )),
    # Feature: hypothetical — kind — et si quelqu'un finit son service civique en mars
    # asking: «et si quelqu'un finit son service civique en mars» = a hypothetical about nobody in particular → kind question
    N("hypothetical", "kind", "et si quelqu'un finit son service civique en mars", M(
        "Fabien Peyrol <fabien.peyrol@example.net>", "Question générale", "19 09:28",
        """Bonjour,

Je prépare une réunion d'information dans notre lycée. Et si quelqu'un finit son service civique en mars, est-ce qu'il peut candidater dès maintenant ou doit-il attendre ? Et au cas où un élève aurait un BTS mais pas encore le diplôme, il fait comment ?

Merci,
Fabien Peyrol""",
        question(),
    )),
    # Feature: hypothetical — kind — Et si votre association accueillait un volontaire
    # asking: «Et si votre association accueillait un volontaire» = a newsletter's hypothetical headline → kind newsletter
    N("hypothetical", "kind", "Et si votre association accueillait un volontaire", M(
        "Réseau Engagement Jeunes <infos@example.org>", "Les infos du réseau – novembre 2026", "20 06:30",
        """Les infos du réseau – novembre 2026

Et si votre association accueillait un volontaire ? Guide pratique, calendrier des agréments et témoignages.
Formation des tuteurs : 9 et 10 décembre, en ligne.
Offre : coordinateur·rice d'un réseau de bénévoles (CDD 12 mois).

Pour ne plus recevoir ces infos, cliquez sur « se désabonner ».""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:infos@example.org?subject=unsubscribe>"},
    )),
    # Feature: exception_request — career_change — j'ai été conducteur de bus pendant vingt ans
    # asking: «j'ai été conducteur de bus pendant vingt ans» = the fact the writer asks to be excused for: twenty years of another trade before the licence pro → fails not_career_change
    N("exception_request", "career_change", "j'ai été conducteur de bus pendant vingt ans", M(
        "Gilles Hamon <gilles.hamon@example.fr>", "Demande de dérogation", "03 08:05",
        """Bonjour,

J'ai été conducteur de bus pendant vingt ans, puis j'ai obtenu une licence pro animation sociale en juin 2026. Je sais que votre programme n'est pas fait pour les reconversions : est-ce rédhibitoire, ou peut-on envisager une exception ?

Je voudrais travailler dans un centre social.

Gilles Hamon
06 21 84 60 37""",
        app("Gilles", "Hamon", phone="+33621846037", bac=3, grad="2026-06", failing=("not_career_change",), status="b_derogation_conducteur_bus"),
    )),
    # Feature: exception_request — level — Je n'ai que le bac
    # asking: «Je n'ai que le bac» = the highest diploma is the bac, asked as an exception → fails degree_level
    N("exception_request", "level", "Je n'ai que le bac", M(
        "Kevin Huynh <kevin.huynh@example.net>", "dérogation possible ?", "07 23:11",
        """Bonsoir, je n'ai que le bac (bac pro commerce, 2020), est-ce bloquant ? Une dérogation est possible ? Ça fait 5 ans que je suis bénévole aux Restos et je voudrais en faire mon métier dans une asso.

Kevin
07 40 22 96 58""",
        app("Kevin", "Huynh", phone="+33740229658", bac=0, grad="2020", failing=("degree_level",), status="b_que_le_bac"),
    )),
    # Feature: exception_request — graduation — je n'ai jamais travaillé depuis mon master de juin 2025
    # asking: «je n'ai jamais travaillé depuis mon master de juin 2025» = a worry with no cause: a master of 17 months ago → meets degree_level, graduation_recent
    N("exception_request", "graduation", "je n'ai jamais travaillé depuis mon master de juin 2025", M(
        "Sarah Chaumette <sarah.chaumette@example.com>", "Est-ce rédhibitoire ?", "10 10:40",
        """Bonjour,

Je n'ai jamais travaillé depuis mon master de juin 2025 (santé publique), à part du bénévolat. Est-ce que c'est rédhibitoire pour entrer dans le programme ? J'ai peur que ce trou dans mon CV me ferme les portes.

Je voudrais travailler dans une association de réduction des risques.

Sarah Chaumette
06 66 70 38 12""",
        app("Sarah", "Chaumette", phone="+33666703812", bac=5, grad="2025-06", status="b_jamais_travaille_master"),
    )),
    # Feature: exception_request — situation — je suis en service civique jusqu'en avril
    # asking: «je suis en service civique jusqu'en avril» = a service civique held now, an exception asked → fails not_service_civique
    N("exception_request", "situation", "je suis en service civique jusqu'en avril", M(
        "Maëva Pothier <maeva.pothier@example.org>", "Service civique et programme", "14 12:26",
        """Bonjour,

J'ai un BUT carrières sociales obtenu en juin 2026, mais je suis en service civique jusqu'en avril dans une épicerie solidaire. Une dérogation est-elle possible pour entrer dès décembre ? Je pourrais aménager mes horaires.

Je veux ensuite travailler dans l'aide alimentaire associative.

Maëva Pothier
06 31 09 45 72""",
        app("Maëva", "Pothier", phone="+33631094572", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_derogation_sc_avril"),
    )),
    # Feature: exception_request — graduation — mon DUT date de l'automne 2024
    # ambiguous: «l'automne 2024» is September, October or November 2024: two months fail the 24 months, one meets them
    # asking: «mon DUT date de l'automne 2024» = a bac+2 of an unstated month of autumn 2024, asked as an exception → graduation_recent open
    N("exception_request", "graduation", "mon DUT date de l'automne 2024", M(
        "Romain Deschamps <romain.deschamps@example.net>", "limite des deux ans", "17 19:02",
        """Bonjour,

Mon DUT date de l'automne 2024 (j'ai eu un rattrapage). Si je dépasse un peu les deux ans, est-ce bloquant ou est-ce que vous acceptez quand même ?

Je cherche un poste de technicien dans une ressourcerie ou une association de réemploi.

Romain Deschamps
07 84 51 23 69""",
        app("Romain", "Deschamps", phone="+33784512369", bac=2, grad="2024", unknown=("graduation_recent",), status="b_dut_automne_2024"),
    )),
    # Feature: exception_request — aim — Je vise un poste au ministère de la Transition écologique
    # asking: «Je vise un poste au ministère de la Transition écologique» = an aim in a ministry, asked as an exception → fails job_seeking_ess
    N("exception_request", "aim", "Je vise un poste au ministère de la Transition écologique", M(
        "Laure Desjardins <laure.desjardins@example.fr>", "Candidature", "21 09:48",
        """Bonjour,

Je vise un poste au ministère de la Transition écologique, pas dans une association. Est-ce rédhibitoire pour être accompagnée par vous ? J'ai un master d'écologie obtenu en septembre 2026.

Bien cordialement,
Laure Desjardins
06 57 92 31 08""",
        app("Laure", "Desjardins", phone="+33657923108", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_ministere_transition"),
    )),
    # Feature: exception_request — kind — est-ce que vous pourriez faire une exception pour ma candidature
    # asking: «est-ce que vous pourriez faire une exception pour ma candidature» = a reply in our thread after a refusal, asking again → kind reply
    N("exception_request", "kind", "est-ce que vous pourriez faire une exception pour ma candidature", M(
        "Ibrahim Sangaré <ibrahim.sangare@example.org>", "Re: Votre candidature au programme", "22 11:15",
        """Bonjour,

Merci pour votre réponse. Je comprends la règle, mais est-ce que vous pourriez faire une exception pour ma candidature ? Sinon, avez-vous d'autres dispositifs à me conseiller ?

Ibrahim

Le 21/11/2026 à 10:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, votre diplôme ayant plus de deux ans, nous ne pouvons pas retenir votre candidature.""",
        reply(),
        headers={"In-Reply-To": "<20261121103000.9182@animafac.net>", "References": "<20261121103000.9182@animafac.net>"},
    )),
    # Feature: exception_request — kind — pas d'exception sur la taille des messages
    # asking: «pas d'exception sur la taille des messages» = a delivery failure report (mailbox full) → kind bounce
    N("exception_request", "kind", "pas d'exception sur la taille des messages", M(
        "MAILER-DAEMON@example.com", "Échec de remise du message", "23 04:40",
        """Ce message n'a pas pu être remis : la boîte du destinataire est pleine et le serveur n'accorde pas d'exception sur la taille des messages.

<manon.girard@example.com>: 552 5.2.2 Mailbox full""",
        bounce("manon.girard@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; manon.girard@example.com\nAction: failed\nStatus: 5.2.2",
    )),
]
