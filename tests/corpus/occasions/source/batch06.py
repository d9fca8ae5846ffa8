"""Occasions corpus, batch 06 (writer B): relances of an application that got no answer («sans nouvelles de
ma candidature envoyée le…», «je reviens vers vous»), the facts said again and sometimes updated; mails
written because something changed («j'ai reçu mon diplôme hier», a service civique just over or just begun);
new applications after a refusal or a «trop tôt» last session, the old reason quoted; other mail on the same
occasions (a relance with no fact, a bounce, a true reply in our thread, a partner's newsletter, a question on
applying twice, an auto-reply)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from occasions import N

MESSAGES = [
    # Feature: follow_up_no_answer — studies_finished — depuis mon premier mail, j'ai soutenu mon mémoire le 17 novembre
    # occasion: «depuis mon premier mail, j'ai soutenu mon mémoire le 17 novembre» = the relance updates the earlier «mémoire pas encore soutenu»: the last word counts → studies finished, master of November 2026 → eligible
    N("follow_up_no_answer", "studies_finished", "depuis mon premier mail, j'ai soutenu mon mémoire le 17 novembre", M(
        "Léa Roussel <lea.roussel@example.org>", "Sans nouvelles de ma candidature", "21 09:37",
        """Bonjour,

Sans nouvelles de ma candidature envoyée le 2 novembre, je me permets de vous réécrire. À l'époque je n'avais pas encore soutenu, mais depuis mon premier mail, j'ai soutenu mon mémoire le 17 novembre et mon master Développement local est validé.

Je cherche toujours un poste de chargée de mission dans une association de développement rural ou une SCIC.

Bien cordialement,
Léa Roussel
06 71 58 23 40""",
        app("Léa", "Roussel", phone="+33671582340", bac=5, grad="2026-11", status="b_master_dev_local_soutenu"),
    )),
    # Feature: follow_up_no_answer — graduation — ma licence AES, obtenue en 2021
    # occasion: «ma licence AES, obtenue en 2021» = the relance says the facts again (the earlier mail's 5 November is no graduation): a licence of 2021 → fails graduation_recent → not_eligible
    N("follow_up_no_answer", "graduation", "ma licence AES, obtenue en 2021", M(
        "Fabrice N'Guessan <fabrice.nguessan@example.net>", "Relance candidature du 5 novembre", "19 14:20",
        """Bonjour,

Je n'ai pas eu de réponse à ma candidature du 5 novembre, je me permets donc de la relancer.

Je rappelle mon parcours : ma licence AES, obtenue en 2021, puis des missions d'intérim dans l'administration. Je souhaite travailler dans une association du secteur médico-social.

Merci d'avance pour votre retour,
Fabrice N'Guessan
06 72 90 46 15""",
        app("Fabrice", "N'Guessan", phone="+33672904615", bac=3, grad="2021", failing=("graduation_recent",), status="b_licence_aes_2021_relance"),
    )),
    # Feature: follow_up_no_answer — situation — mon service civique se termine fin novembre
    # ambiguous: a service civique ending «fin novembre» with no day: it may still be running on 26 November or just over
    # occasion: «mon service civique se termine fin novembre» = the relance brings the end of the service civique with no day → not_service_civique open → to_verify
    N("follow_up_no_answer", "situation", "mon service civique se termine fin novembre", M(
        "Océane Philippe <oceane.philippe@example.com>", "je reviens vers vous", "16 20:11",
        """Bonsoir,

Je reviens vers vous car je n'ai pas eu de nouvelles depuis ma candidature du mois dernier.

Petit rappel : BUT Information-communication obtenu en juin 2026, et mon service civique se termine fin novembre. Je serai donc disponible pour la promo. J'aimerais travailler dans la communication d'une association environnementale.

Merci,
Océane Philippe
07 62 35 18 94""",
        app("Océane", "Philippe", phone="+33762351894", bac=3, grad="2026-06", unknown=("not_service_civique",), status="b_but_infocom_sc_fin_novembre"),
    )),
    # Feature: follow_up_no_answer — situation — j'ai finalement accepté de prolonger mon stage jusqu'en février
    # occasion: «j'ai finalement accepté de prolonger mon stage jusqu'en février» = the relance updates the earlier «stage fini en octobre»: the last word counts, a stage running now → fails not_internship → not_eligible
    N("follow_up_no_answer", "situation", "j'ai finalement accepté de prolonger mon stage jusqu'en février", M(
        "Quentin Simon <quentin.simon@example.fr>", "relance + mise à jour", "22 12:03",
        """Bonjour,

Toujours sans réponse à ma candidature envoyée le 28 octobre, je relance, avec une mise à jour. Dans mon premier mail je disais que mon stage s'arrêtait fin octobre : j'ai finalement accepté de prolonger mon stage jusqu'en février, la structure me l'a proposé.

Le reste ne change pas : licence de sciences de l'éducation (2026), envie de travailler dans une association de soutien scolaire.

Quentin Simon
06 73 64 29 81""",
        app("Quentin", "Simon", phone="+33673642981", bac=3, grad="2026", failing=("not_internship",), status="b_licence_sde_stage_prolonge"),
    )),
    # Feature: follow_up_no_answer — level — I hold a BA in Social Policy (2025)
    # occasion: «I hold a BA in Social Policy (2025)» = an English follow-up re-attaching the CV: a BA (bac+3) of 2025 → meets → eligible
    N("follow_up_no_answer", "level", "I hold a BA in Social Policy (2025)", M(
        "Aoife Ryan <aoife.ryan@example.com>", "Following up on my application", "18 10:48",
        """Dear Pro'pulse team,

I'm following up on my application sent on 2 November, as I haven't heard back yet. I attach my CV again in case it got lost.

To sum up: I hold a BA in Social Policy (2025), I have lived in Bordeaux for a year, and I would love to work for a charity supporting refugees.

Kind regards,
Aoife Ryan
07 63 80 27 15""",
        app("Aoife", "Ryan", phone="+33763802715", bac=3, grad="2025", info_in="both", language="en", status="b_ba_social_policy"),
        cv=CV("pdf", "Aoife_Ryan_CV.pdf", """Aoife Ryan
aoife.ryan@example.com
Education
BA in Social Policy, 2025
Experience
Volunteer, refugee welcome centre, 2024-2025"""),
    )),
    # Feature: follow_up_no_answer — career_change — j'ai été aide-soignante pendant douze ans avant mon BTS
    # occasion: «j'ai été aide-soignante pendant douze ans avant mon BTS» = the relance repeats the earlier facts: twelve years of another trade before the BTS → fails not_career_change → not_eligible
    N("follow_up_no_answer", "career_change", "j'ai été aide-soignante pendant douze ans avant mon BTS", M(
        "Martine Ribeiro <martine.ribeiro@example.org>", "Candidature - pas de réponse", "23 08:15",
        """Madame, Monsieur,

Je vous ai adressé ma candidature le 4 novembre et je n'ai pas eu de réponse. Je me permets de relancer.

Je rappelle ma situation : j'ai été aide-soignante pendant douze ans avant mon BTS SP3S, obtenu en juin 2026. Je cherche un poste de coordinatrice dans une association d'aide à domicile.

Veuillez agréer mes salutations distinguées,
Martine Ribeiro
06 74 12 59 38""",
        app("Martine", "Ribeiro", phone="+33674125938", bac=2, grad="2026-06", failing=("not_career_change",), status="b_aide_soignante_bts_sp3s"),
    )),
    # Feature: follow_up_no_answer — aim — après réflexion, je ne cherche plus que dans l'associatif
    # occasion: «après réflexion, je ne cherche plus que dans l'associatif» = the relance updates the earlier «start-up ou association»: the last word counts → meets job_seeking_ess → eligible
    N("follow_up_no_answer", "aim", "après réflexion, je ne cherche plus que dans l'associatif", M(
        "Hugo Santos-Marquet <hugo.sm@example.net>", "Re-bonjour (candidature du 9 novembre)", "24 17:55",
        """Bonjour,

Je reviens vers vous au sujet de ma candidature du 9 novembre, restée sans réponse. Dans ce mail je disais hésiter entre une start-up et une association : après réflexion, je ne cherche plus que dans l'associatif, idéalement une association d'aide aux personnes sans abri.

Pour rappel, j'ai un DUT Carrières sociales de juin 2025.

Hugo Santos-Marquet
06 75 38 91 06""",
        app("Hugo", "Santos-Marquet", phone="+33675389106", bac=2, grad="2025-06", status="b_dut_cs_plus_que_asso"),
    )),
    # Feature: follow_up_no_answer — kind — avez-vous bien reçu mon dossier ?
    # occasion: «avez-vous bien reçu mon dossier ?» = a relance with no fact and no CV → kind question
    N("follow_up_no_answer", "kind", "avez-vous bien reçu mon dossier ?", M(
        "yasmine.taleb@example.fr", "dossier", "25 07:40",
        """Bonjour, j'ai envoyé ma candidature il y a trois semaines, avez-vous bien reçu mon dossier ? Merci""",
        question(),
    )),
    # Feature: follow_up_no_answer — kind — Your message to samuel.okafor@example.net couldn't be delivered
    # occasion: «Your message to samuel.okafor@example.net couldn't be delivered» = our answer to a relance came back → kind bounce
    N("follow_up_no_answer", "kind", "Your message to samuel.okafor@example.net couldn't be delivered", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Delivery Status Notification (Failure)", "20 05:33",
        """Your message to samuel.okafor@example.net couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.""",
        bounce("samuel.okafor@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; samuel.okafor@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: situation_changed — studies_finished — j'ai reçu mon diplôme hier
    # occasion: «j'ai reçu mon diplôme hier» = the news is the diploma in hand (received yesterday; the BUT was validated in July, yesterday's date is no graduation) → studies finished → eligible
    N("situation_changed", "studies_finished", "j'ai reçu mon diplôme hier", M(
        "Zoé Marin <zoe.marin@example.org>", "Ça y est, je peux candidater !", "25 19:08",
        """Bonjour !

J'ai reçu mon diplôme hier, enfin le vrai papier : BUT Carrières sociales, validé en juillet 2026. J'attendais de l'avoir pour vous écrire, je ne sais pas pourquoi.

Donc je candidate à Pro'pulse ! Je cherche un poste d'éducatrice dans une association de protection de l'enfance.

Zoé Marin
06 76 45 02 93""",
        app("Zoé", "Marin", phone="+33676450293", bac=3, grad="2026-07", status="b_but_cs_diplome_recu"),
    )),
    # Feature: situation_changed — situation — j'ai commencé un service civique lundi
    # occasion: «j'ai commencé un service civique lundi» = the change is a service civique begun this week: the new state counts → fails not_service_civique → not_eligible
    N("situation_changed", "situation", "j'ai commencé un service civique lundi", M(
        "Rayan Mebarki <rayan.mebarki@example.com>", "du nouveau", "26 09:30",
        """Bonjour,

Du nouveau de mon côté, ma situation a changé : mon CDD à la Poste s'est arrêté et j'ai commencé un service civique lundi dans une association de médiation numérique, pour huit mois. J'ai un BTS SIO de 2025.

Je voudrais quand même m'inscrire à Pro'pulse, pour préparer la suite : après, je veux rester dans la médiation numérique, en association.

Rayan Mebarki
07 64 91 30 57""",
        app("Rayan", "Mebarki", phone="+33764913057", bac=2, grad="2025", failing=("not_service_civique",), status="b_bts_sio_sc_commence"),
    )),
    # Feature: situation_changed — situation — mon stage se termine bientôt
    # ambiguous: «bientôt» gives no date: the stage may end before or after the programme starts, and it runs today unless it ends before 26 November
    # occasion: «mon stage se termine bientôt» = a change announced, not happened: the stage's end undated → not_internship open → to_verify
    N("situation_changed", "situation", "mon stage se termine bientôt", M(
        "Clémence Poirier <clemence.poirier@example.fr>", "Candidature - changement de situation", "17 13:44",
        """Bonjour,

Je vous écris parce que ma situation change : mon stage se termine bientôt et je vais enfin pouvoir chercher un vrai poste. J'ai un master Économie sociale, obtenu en septembre 2026.

Je vise les coopératives d'activité et d'emploi.

Clémence Poirier
06 77 20 83 46""",
        app("Clémence", "Poirier", phone="+33677208346", bac=5, grad="2026-09", unknown=("not_internship",), status="b_master_es_stage_bientot"),
    )),
    # Feature: situation_changed — situation — mon service civique s'est terminé le 31 octobre
    # occasion: «mon service civique s'est terminé le 31 octobre» = the change is the service civique over: the old state is history → meets not_service_civique → eligible
    N("situation_changed", "situation", "mon service civique s'est terminé le 31 octobre", M(
        "Dylan Sanchez <dylan.sanchez@example.net>", "Je suis disponible maintenant", "12 10:26",
        """Bonjour,

J'étais en service civique quand j'ai découvert votre programme, mais mon service civique s'est terminé le 31 octobre. Maintenant je suis disponible à 100 %.

J'ai une licence STAPS (2025) et je cherche un poste d'éducateur sportif dans une association de quartier.

Dylan Sanchez
07 65 08 47 12""",
        app("Dylan", "Sanchez", phone="+33765084712", bac=3, grad="2025", status="b_licence_staps_sc_fini"),
    )),
    # Feature: situation_changed — level — ça y est, j'ai eu mon DAEU
    # occasion: «ça y est, j'ai eu mon DAEU» = the news is a DAEU, a bac-level title → fails degree_level → not_eligible
    N("situation_changed", "level", "ça y est, j'ai eu mon DAEU", M(
        "Soraya Mokrani <soraya.mokrani@example.org>", "ça y est !!", "08 21:17",
        """Bonsoir,

Ça y est, j'ai eu mon DAEU ! Je l'ai préparé le soir pendant deux ans. Je voulais absolument le dire à quelqu'un, et je voudrais m'inscrire à Pro'pulse maintenant.

J'aimerais travailler dans une association d'alphabétisation, là où j'ai moi-même appris.

Soraya
06 78 56 14 20""",
        app("Soraya", "Mokrani", phone="+33678561420", bac=0, grad=None, failing=("degree_level",), status="b_daeu_obtenu"),
    )),
    # Feature: situation_changed — aim — dans l'humanitaire ou dans la grande distribution
    # ambiguous: since the change the writer looks both in humanitarian work and in retail: the ESS search is neither clear nor excluded
    # occasion: «dans l'humanitaire ou dans la grande distribution» = the change (a contract ended) brings a split aim → job_seeking_ess open → to_verify
    N("situation_changed", "aim", "dans l'humanitaire ou dans la grande distribution", M(
        "Baptiste Perrin <baptiste.perrin@example.com>", "Candidature", "14 11:11",
        """Bonjour,

Depuis la fin de mon contrat saisonnier, je me pose beaucoup de questions. J'ai un BTS Management commercial opérationnel (juin 2025) et je cherche désormais un emploi, dans l'humanitaire ou dans la grande distribution, je n'ai pas encore tranché.

Je souhaite rejoindre votre programme pour y voir plus clair.

Baptiste Perrin
06 79 03 65 28""",
        app("Baptiste", "Perrin", phone="+33679036528", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="b_bts_mco_humanitaire_ou_gd"),
    )),
    # Feature: situation_changed — kind — Re: Votre dossier Pro'pulse
    # occasion: «Re: Votre dossier Pro'pulse» = a true reply in our thread announcing a change (In-Reply-To to our Message-ID) → kind reply
    N("situation_changed", "kind", "Re: Votre dossier Pro'pulse", M(
        "Margaux Thibault <margaux.thibault@example.fr>", "Re: Votre dossier Pro'pulse", "24 13:50",
        """Bonjour,

Bonne nouvelle, j'ai eu les résultats ce matin : tout est validé. Je complète le dossier comme vous me l'aviez demandé.

Margaux

> Nous attendons la confirmation de votre diplôme pour finaliser votre dossier.""",
        reply(),
        headers={"In-Reply-To": "<dossier-1187@animafac.net>", "References": "<dossier-1187@animafac.net>"},
    )),
    # Feature: situation_changed — kind — Ce qui change en décembre à la Maison de l'emploi
    # occasion: «Ce qui change en décembre à la Maison de l'emploi» = a partner's newsletter about its own changes, no one applying → kind newsletter
    N("situation_changed", "kind", "Ce qui change en décembre à la Maison de l'emploi", M(
        "Maison de l'emploi <lettre@mde.example.org>", "Ce qui change en décembre à la Maison de l'emploi", "02 07:00",
        """La lettre de la Maison de l'emploi - décembre

Ce qui change en décembre à la Maison de l'emploi : nouveaux horaires d'accueil, permanence numérique le mercredi, atelier CV le jeudi.

Pour vous désinscrire de cette lettre, répondez STOP.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@mde.example.org?subject=stop>"},
    )),
    # Feature: reapplying — studies_finished — vous m'aviez répondu que c'était trop tôt, je n'avais pas fini mon master
    # occasion: «vous m'aviez répondu que c'était trop tôt, je n'avais pas fini mon master» = the old reason quoted is the old state; now «je l'ai terminé en septembre» → studies finished → eligible
    N("reapplying", "studies_finished", "vous m'aviez répondu que c'était trop tôt, je n'avais pas fini mon master", M(
        "Anaïs Vincent <anais.vincent@example.org>", "Nouvelle candidature", "10 15:05",
        """Bonjour,

J'avais candidaté à la session de mars et vous m'aviez répondu que c'était trop tôt, je n'avais pas fini mon master. Je l'ai terminé en septembre (master Politiques sociales), donc je retente ma chance !

Je cherche un poste de chargée d'études dans une fédération associative. Mon CV à jour est joint.

Anaïs Vincent
06 80 17 42 63""",
        app("Anaïs", "Vincent", phone="+33680174263", bac=5, grad="2026-09", status="b_master_ps_trop_tot_mars"),
        cv=CV("odt", "CV_Anais_Vincent.odt", """Anaïs Vincent
Master Politiques sociales, 2026
Licence de sociologie, 2024
Stage de fin d'études, fédération de centres sociaux (mars-août 2026)"""),
    )),
    # Feature: reapplying — graduation — mon DUT de 2022 était trop ancien
    # occasion: «mon DUT de 2022 était trop ancien» = the old refusal's reason, and nothing changed since: the DUT of 2022 is still the diploma → fails graduation_recent → not_eligible
    N("reapplying", "graduation", "mon DUT de 2022 était trop ancien", M(
        "Karim Saadi <karim.saadi@example.net>", "je retente", "06 18:42",
        """Bonjour,

Je retente ma chance. À la session de l'an passé, on m'avait répondu que mon DUT de 2022 était trop ancien. Je n'ai pas d'autre diplôme depuis, mais j'ai beaucoup de bénévolat dans une épicerie sociale et j'aimerais vraiment y travailler.

Est-ce que vous pouvez revoir mon dossier ?

Karim Saadi
07 66 29 51 84""",
        app("Karim", "Saadi", phone="+33766295184", bac=2, grad="2022", failing=("graduation_recent",), status="b_dut_2022_toujours"),
    )),
    # Feature: reapplying — situation — vous m'aviez dit d'attendre la fin de mon stage, il se termine en novembre
    # ambiguous: the stage that made the last application too early ends «en novembre» with no day: over or still running on 26 November
    # occasion: «vous m'aviez dit d'attendre la fin de mon stage, il se termine en novembre» = the old reason quoted, the change undated → not_internship open → to_verify
    N("reapplying", "situation", "vous m'aviez dit d'attendre la fin de mon stage, il se termine en novembre", M(
        "Lina Ortega <lina.ortega@example.com>", "Deuxième candidature", "13 09:58",
        """Bonjour,

C'est ma deuxième candidature. Au printemps vous m'aviez dit d'attendre la fin de mon stage, il se termine en novembre, alors je vous réécris à nouveau.

Licence pro Métiers de l'animation sociale (2026), et l'envie de travailler dans une MJC.

Lina Ortega
06 81 60 34 75""",
        app("Lina", "Ortega", phone="+33681603475", bac=3, grad="2026", unknown=("not_internship",), status="b_lp_animation_stage_novembre"),
    )),
    # Feature: reapplying — level — j'ai toujours mon bac ST2S
    # occasion: «j'ai toujours mon bac ST2S» = a new application after a refusal for the bac: nothing changed on the diploma → fails degree_level → not_eligible
    N("reapplying", "level", "j'ai toujours mon bac ST2S", M(
        "Yasmina Rahmani <yasmina.rahmani@example.fr>", "candidature à nouveau", "15 16:33",
        """Bonjour,

On m'avait dit l'année dernière que ce n'était pas possible sans bac+2. J'ai toujours mon bac ST2S, mais depuis j'ai deux ans de bénévolat dans une association d'aide aux devoirs et je me dis que ça peut compter.

Je voudrais être animatrice dans cette association.

Yasmina Rahmani
07 67 84 09 31""",
        app("Yasmina", "Rahmani", phone="+33767840931", bac=0, grad=None, failing=("degree_level",), status="b_bac_st2s_toujours"),
    )),
    # Feature: reapplying — graduation — I graduated with my BA in July 2026
    # occasion: «I graduated with my BA in July 2026» = last year «too early, still on my course», the change now: a BA of July 2026 → eligible
    N("reapplying", "graduation", "I graduated with my BA in July 2026", M(
        "Priya Raman-Shah <priya.rs@example.com>", "Applying again", "11 12:19",
        """Hi,

I applied last year and you told me it was too early because I was still on my course. I graduated with my BA in July 2026 (International Relations), so I'm applying again.

I'd like to work for a fair-trade cooperative or a charity.

Thanks,
Priya Raman-Shah
07 68 52 17 40""",
        app("Priya", "Raman-Shah", phone="+33768521740", bac=3, grad="2026-07", language="en", status="b_ba_ir_again"),
    )),
    # Feature: reapplying — career_change — quinze ans de menuiserie avant ma licence
    # occasion: «quinze ans de menuiserie avant ma licence» = the refusal's reason quoted, and it still holds: fifteen years of another trade → fails not_career_change → not_eligible
    N("reapplying", "career_change", "quinze ans de menuiserie avant ma licence", M(
        "Olivier Tessier <olivier.tessier@example.org>", "Demande de réexamen", "09 10:40",
        """Bonjour,

J'avais déjà candidaté en janvier. Vous m'aviez répondu que mon profil relevait de la reconversion, à cause de mes quinze ans de menuiserie avant ma licence pro (juin 2026). Je me permets d'insister, car je ne vois pas d'autre programme pour moi.

Je souhaite travailler dans une recyclerie.

Olivier Tessier
06 82 93 26 07""",
        app("Olivier", "Tessier", phone="+33682932607", bac=3, grad="2026-06", failing=("not_career_change",), status="b_menuisier_lp_reexamen"),
    )),
    # Feature: reapplying — kind — peut-on candidater une deuxième fois
    # occasion: «peut-on candidater une deuxième fois» = a question about reapplying in general, no personal fact → kind question
    N("reapplying", "kind", "peut-on candidater une deuxième fois", M(
        "Gaëlle Vautrin <gaelle.vautrin@example.net>", "question", "07 11:20",
        """Bonjour,

Petite question : peut-on candidater une deuxième fois si on a été refusé à une session précédente ? Il faut attendre combien de temps ?

Merci,
Gaëlle Vautrin""",
        question(),
    )),
    # Feature: reapplying — kind — Je suis actuellement en déplacement
    # occasion: «Je suis actuellement en déplacement» = an out-of-office to our answer to a reapplication → kind auto_reply
    N("reapplying", "kind", "Je suis actuellement en déplacement", M(
        "Pierre Moulin <pierre.moulin@example.com>", "Absence du bureau", "26 06:58",
        """Je suis actuellement en déplacement et je n'ai qu'un accès limité à mes courriels. Je reviendrai vers vous dès que possible.

Pierre Moulin""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
