"""Backlog corpus, batch 08 (writer B): Wednesday 17 to Friday 19 March 2027, each mail read on a day chosen
first for it. Ends «fin avril» read on 30 April, results of early April, plans of two steps, a spring of 2025:
the mail's words count from its Date, the criteria are judged when read."""
# ruff: noqa: E501

from __future__ import annotations

from backlog import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: later_other_mail — kind — nous ouvrons trois postes de médiateur·ices
    # read: 2027-03-17 → 2027-03-17: nothing between
    # route: an employer tells us of posts open for our participants; no applicant → other
    N("later_other_mail", "kind", "nous ouvrons trois postes de médiateur·ices", M(
        "Association Trait d'union Sud <rh@traitdunion-sud.example.org>",
        "Postes à pourvoir - médiation sociale",
        "2027-03-17 08:00",
        """Bonjour l'équipe Pro'pulse,

Comme chaque printemps, nous ouvrons trois postes de médiateur·ices sociaux en CDI à Marseille (bac+2 minimum, débutant·es bienvenu·es). Si certain·es de vos participant·es sont intéressé·es, qu'ils ou elles écrivent à rh@traitdunion-sud.example.org avant le 15 avril.

Bien à vous,
Le service RH""",
        other(),
    )),
    # Feature: end_between — situation — mon stage se termine fin avril
    # read: 2027-03-17 → 2027-04-30: «fin avril» (30 April) is the reading day: nothing of the internship runs after it
    # route: her words «mon stage se termine fin avril» = 30 April 2027, the reading day → over; a master of 2026 and a post in a solidarity-finance association sought → eligible
    N("end_between", "situation", "mon stage se termine fin avril", M(
        "Margaux Delorme-Achour <margaux.delormeachour@gmail.com>",
        "Candidature Pro'pulse",
        "2027-03-17 08:50",
        """Bonjour,

Titulaire d'un master Finance solidaire (octobre 2026), je fais un stage complémentaire dans un réseau de microcrédit : mon stage se termine fin avril. Je cherche ensuite un poste de chargée d'accompagnement dans une association de finance solidaire.

Margaux Delorme-Achour
06 17 39 82 64""",
        app("Margaux", "Delorme-Achour", phone="+33617398264", bac=5, grad="2026-10", status="b_margaux_stage_fin_avril"),
        html="only",
    ), read_on="2027-04-30"),
    # Feature: result_between — studies_finished — résultats le 2 avril
    # read: 2027-03-17 → 2027-04-09: the results of 2 April are out but not told to us
    # route: his words «soutenance faite, résultats le 2 avril» for the M2, between the Date and 9 April → studies_finished open (M1 held) → to_verify
    N("result_between", "studies_finished", "résultats le 2 avril", M(
        "Timothée Gbédo <timothee.gbedo@gmail.com>",
        "Inscription Pro'pulse",
        "2027-03-17 09:30",
        """Bonjour,

M2 Gestion des organisations sanitaires et sociales : soutenance faite, résultats le 2 avril. Je cherche un poste d'adjoint de direction dans une association gestionnaire d'établissements.

Timothée Gbédo
06 75 81 40 23""",
        app("Timothée", "Gbédo", phone="+33675814023", bac=4, grad=None, unknown=("studies_finished",), status="b_timothee_resultats_2_avril"),
    ), read_on="2027-04-09"),
    # Feature: same_day — graduation — diplômé en février 2025
    # read: 2027-03-17 → 2027-03-17: nothing between
    # route: his words «diplômé en février 2025», read in March 2027 → 25 months, graduation_recent fails; «chef de rayon dans la grande distribution» sought → job_seeking_ess fails → not_eligible
    N("same_day", "graduation", "diplômé en février 2025", M(
        "Kévin Marchetti-Obame <kevin.marchettiobame@hotmail.fr>",
        "candidature",
        "2027-03-17 10:10",
        """Bonjour,

diplômé en février 2025 d'un bachelor commerce, je cherche un poste de chef de rayon dans la grande distribution. On m'a parlé de votre programme pour les jeunes diplômés.

Kévin Marchetti-Obame
06 88 15 27 46""",
        app("Kévin", "Marchetti-Obame", phone="+33688152746", bac=3, grad="2025-02", failing=("graduation_recent", "job_seeking_ess"), status="b_kevin_fevrier_2025_grande_distribution"),
    )),
    # Feature: start_between — situation — je démarre mon service civique lundi 22
    # read: 2027-03-17 → 2027-03-26: the certain start of Monday 22 March has come
    # route: her words «contrat signé, je démarre mon service civique lundi 22» (22 March), held on 26 March → not_service_civique fails → not_eligible
    N("start_between", "situation", "je démarre mon service civique lundi 22", M(
        "Eugénie Ratsimba <eugenie.ratsimba@gmail.com>",
        "Pro'pulse - est-ce possible ?",
        "2027-03-17 11:00",
        """Bonjour,

J'ai une licence Langues étrangères appliquées (2026). Contrat signé, je démarre mon service civique lundi 22 dans une association d'accueil de réfugiés, pour sept mois. Je voudrais savoir si je peux déjà m'inscrire à Pro'pulse pour préparer l'après.

Eugénie Ratsimba
07 26 49 13 85""",
        app("Eugénie", "Ratsimba", phone="+33726491385", bac=3, grad="2026", failing=("not_service_civique",), status="b_eugenie_sc_lundi_22"),
    ), read_on="2027-03-26"),
    # Feature: limit_crossing — graduation — licence obtenue en mars 2025
    # read: 2027-03-17 → 2027-04-16: the reading month is April: March 2025 is now 25 months back
    # route: his words «licence obtenue en mars 2025», read in April 2027 → 25 months, graduation_recent fails → not_eligible
    N("limit_crossing", "graduation", "licence obtenue en mars 2025", M(
        "Arsène Kouadio-Brisset <arsene.kouadiobrisset@gmail.com>",
        "Demande d'accompagnement",
        "2027-03-17 11:45",
        """Bonjour,

J'ai une licence obtenue en mars 2025 (AES, validée au rattrapage d'hiver). Depuis, petits boulots. Je voudrais travailler dans une structure d'insertion par l'activité économique, comme encadrant ou en administratif.

Arsène Kouadio-Brisset
06 34 70 29 18""",
        app("Arsène", "Kouadio-Brisset", phone="+33634702918", bac=3, grad="2025-03", failing=("graduation_recent",), status="b_arsene_licence_mars_2025"),
    ), read_on="2027-04-16"),
    # Feature: later_other_mail — kind — les ateliers sont-ils payants
    # read: 2027-03-17 → 2027-03-22: a question about the programme; no fact changes with the day
    # route: a question about the programme, no personal fact → question
    N("later_other_mail", "kind", "les ateliers sont-ils payants", M(
        "Apolline Rebeyrol <apolline.rebeyrol@gmail.com>",
        "Renseignement",
        "2027-03-17 12:30",
        """Bonjour,

les ateliers sont-ils payants ? Et y a-t-il une date limite pour s'inscrire au programme ?

Merci,
Apolline""",
        question(),
    ), read_on="2027-03-22"),
    # Feature: relative_past — situation — mon service civique s'est terminé avant-hier
    # read: 2027-03-17 → 2027-03-26: «avant-hier» stays 15 March, over
    # route: his words «mon service civique s'est terminé avant-hier», from 17 March = 15 March, over; a licence pro of 2026 and an ESS search → eligible
    N("relative_past", "situation", "mon service civique s'est terminé avant-hier", M(
        "Noam Bellefleur <noam.bellefleur@gmail.com>",
        "Inscription",
        "2027-03-17 13:40",
        """Salut l'équipe,

mon service civique s'est terminé avant-hier (huit mois dans une ressourcerie à Clermont), et maintenant je cherche un vrai boulot dans le réemploi, en asso ou en SCOP. J'ai une licence pro Gestion des déchets et économie circulaire, juin 2026.

Noam Bellefleur
07 72 36 58 14""",
        app("Noam", "Bellefleur", phone="+33772365814", bac=3, grad="2026-06", status="b_noam_sc_avant_hier"),
    ), read_on="2027-03-26"),
    # Feature: written_for_later — situation — son stage de fin d'études court jusqu'au 30 avril
    # read: 2027-03-17 → 2027-03-17: nothing between
    # route: an IUT's careers officer presents a student (his own address and phone given): «son stage de fin d'études court jusqu'au 30 avril», the licence pro after it → not_internship and studies_finished fail → not_eligible, forwarded_by the officer
    N("written_for_later", "situation", "son stage de fin d'études court jusqu'au 30 avril", M(
        "Hélène Dufresne-Mayaud <h.dufresne@iut-annecy.example.fr>",
        "Un étudiant pour Pro'pulse",
        "2027-03-17 14:30",
        """Bonjour,

Je vous écris pour Yohan Ménard, en licence pro Métiers de l'animation sociale à l'IUT : son stage de fin d'études court jusqu'au 30 avril, et il aimerait être accompagné vers un emploi associatif dès la rentrée.

Ses coordonnées : yohan.menard@etu.iut-annecy.example.fr, 06 43 91 57 20.

Bien cordialement,
Hélène Dufresne-Mayaud
Chargée d'insertion professionnelle""",
        app("Yohan", "Ménard", phone="+33643915720", bac=2, grad=None, failing=("studies_finished", "not_internship"), email="yohan.menard@etu.iut-annecy.example.fr", forwarded_by="h.dufresne@iut-annecy.example.fr", status="b_yohan_stage_30_avril_iut"),
    )),
    # Feature: english_later — graduation — I was awarded my MSc on the 5th
    # read: 2027-03-17 → 2027-03-22: nothing that changes the month: «the 5th» stays 5 March
    # route: her words «I was awarded my MSc on the 5th», past in a mail of 17 March = 5 March 2027; a job in a French non-profit sought → eligible
    N("english_later", "graduation", "I was awarded my MSc on the 5th", M(
        "Priya Venkataraman <priya.venkataraman@gmail.com>",
        "Pro'pulse - application",
        "2027-03-17 15:20",
        """Hello,

I was awarded my MSc on the 5th (Environmental Policy, University of Edinburgh, completed remotely from Toulouse). I am looking for a first job in a French environmental association or a renewable-energy cooperative. Please find my CV attached.

Many thanks,
Priya Venkataraman
06 12 58 39 74""",
        app("Priya", "Venkataraman", phone="+33612583974", bac=5, grad="2027-03", language="en", status="b_priya_msc_on_the_5th"),
        cv=CV("pdf", "Priya_Venkataraman_CV.pdf", """Priya Venkataraman
MSc Environmental Policy — University of Edinburgh — March 2027
BSc Geography — University of Leeds — 2024
Volunteer, Les Amis de la Terre Toulouse"""),
    ), read_on="2027-03-22"),
    # Feature: later_other_mail — kind — L'actu des associations employeuses
    # read: 2027-03-17 → 2027-04-02: a newsletter whose agenda is past; still a newsletter
    # route: a federation's newsletter (List-Unsubscribe), offers and agenda nobody's application → newsletter
    N("later_other_mail", "kind", "L'actu des associations employeuses", M(
        "Hexopée <lettre@hexopee.example.org>",
        "L'actu des associations employeuses - n° 112",
        "2027-03-17 17:00",
        """L'actu des associations employeuses — n° 112

- Convention collective ÉCLAT : la valeur du point au 1er avril.
- Matinale « Recruter un premier emploi » le 25 mars.
- Offres du réseau : coordinateur·ice (Lyon), chargé·e de mission (Lille).

Se désinscrire : https://hexopee.example.org/lettre/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://hexopee.example.org/lettre/stop>", "Precedence": "bulk"},
    ), read_on="2027-04-02"),
    # Feature: planned_steps — studies_finished — je soutiens le 8 avril, puis je cherche un poste
    # read: 2027-03-18 → 2027-04-16: the defence of 8 April has come, its result not told
    # route: her plan «je soutiens le 8 avril, puis je cherche un poste»: the defence between the Date and 16 April → studies_finished open (M1 held) → to_verify
    N("planned_steps", "studies_finished", "je soutiens le 8 avril, puis je cherche un poste", M(
        "Salomé Carvalho-Pinto <salome.carvalhopinto@gmail.com>",
        "Pro'pulse",
        "2027-03-18 08:30",
        """Bonjour,

Mon calendrier : je rends mon mémoire de M2 Développement social fin mars, je soutiens le 8 avril, puis je cherche un poste dans une association d'accompagnement des personnes âgées. Je préfère m'y prendre tôt !

Salomé Carvalho-Pinto
06 58 43 27 90""",
        app("Salomé", "Carvalho-Pinto", phone="+33658432790", bac=4, grad=None, unknown=("studies_finished",), status="b_salome_soutient_8_avril"),
    ), read_on="2027-04-16"),
    # Feature: start_between — situation — si tout va bien je commence un stage le 29 mars
    # read: 2027-03-18 → 2027-04-02: the hoped start of 29 March has come; whether it happened is not told
    # route: his words «si tout va bien je commence un stage le 29 mars», a start only hoped, before 2 April → not_internship open; a licence of 2026 → to_verify
    N("start_between", "situation", "si tout va bien je commence un stage le 29 mars", M(
        "Raphaël Nyamsi <raphael.nyamsi@gmail.com>",
        "Inscription",
        "2027-03-18 09:15",
        """Bonjour,

Licence d'histoire (2026), je cherche un emploi dans la médiation patrimoniale associative. si tout va bien je commence un stage le 29 mars dans un écomusée, mais rien n'est encore signé.

Raphaël Nyamsi
07 38 61 24 97""",
        app("Raphaël", "Nyamsi", phone="+33738612497", bac=3, grad="2026", unknown=("not_internship",), status="b_raphael_stage_29_mars_si_tout_va_bien"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — merci pour l'atelier d'hier
    # read: 2027-03-18 → 2027-03-26: a reply in our thread; its kind does not change
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) thanking for a workshop → reply
    N("later_other_mail", "kind", "merci pour l'atelier d'hier", M(
        "Morgane Quéméner <morgane.quemener@gmail.com>",
        "Re: Atelier pitch du 17 mars",
        "2027-03-18 10:00",
        """Bonjour,

merci pour l'atelier d'hier, c'était très utile. Est-ce que le support sera envoyé ?

Morgane

Le lun. 15 mars 2027 à 11:05, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Morgane,
> Nous vous confirmons votre inscription à l'atelier pitch du mercredi 17 mars, 14 h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<atelier-2027-03-15-1105@animafac.net>", "References": "<atelier-2027-03-15-1105@animafac.net>"},
    ), read_on="2027-03-26"),
    # Feature: end_after — situation — il me reste encore six semaines de service civique
    # read: 2027-03-18 → 2027-03-18: nothing between
    # route: her words «il me reste encore six semaines de service civique» → about 29 April, held on 18 March → not_service_civique fails → not_eligible
    N("end_after", "situation", "il me reste encore six semaines de service civique", M(
        "Domitille Vasseur <domitille.vasseur@gmail.com>",
        "Pro'pulse",
        "2027-03-18 11:00",
        """Bonjour,

il me reste encore six semaines de service civique dans une association de soutien aux aidants. J'ai un master de psychologie sociale (2026) et j'aimerais travailler ensuite dans une association du médico-social.

Domitille Vasseur
06 29 84 13 57""",
        app("Domitille", "Vasseur", phone="+33629841357", bac=5, grad="2026", failing=("not_service_civique",), status="b_domitille_six_semaines_sc"),
    )),
    # Feature: result_between — graduation — mon DEASS est validé, résultats reçus le 10 mars
    # read: 2027-03-18 → 2027-03-22: the ceremony of 1 April still ahead; the diploma already obtained
    # route: her words «mon DEASS est validé, résultats reçus le 10 mars» (the ceremony of 1 April no condition) → graduation 2027-03 meets; an association post sought → eligible
    N("result_between", "graduation", "mon DEASS est validé, résultats reçus le 10 mars", M(
        "Soukaïna Belabbas <soukaina.belabbas@gmail.com>",
        "Candidature",
        "2027-03-18 12:20",
        """Bonjour,

Bonne nouvelle : mon DEASS est validé, résultats reçus le 10 mars ! La remise des diplômes est le 1er avril, mais je cherche déjà un poste d'assistante sociale dans une association d'hébergement d'urgence.

Soukaïna Belabbas
07 67 20 45 38""",
        app("Soukaïna", "Belabbas", phone="+33767204538", bac=3, grad="2027-03", status="b_soukaina_deass_10_mars"),
    ), read_on="2027-03-22"),
    # Feature: limit_crossing — graduation — j'ai eu mon BTS au printemps 2025
    # ambiguous: «au printemps 2025» is March, April or May 2025: read in April 2027, March fails and April or May meet
    # read: 2027-03-18 → 2027-04-16: the reading month is April: the limit now falls inside the spring of 2025
    # route: his words «j'ai eu mon BTS au printemps 2025», read in April 2027 → graduation 2025 with no month, open → graduation_recent open → to_verify
    N("limit_crossing", "graduation", "j'ai eu mon BTS au printemps 2025", M(
        "Ulysse Pradeau <ulysse.pradeau@laposte.net>",
        "demande",
        "2027-03-18 14:00",
        """Bonjour,

j'ai eu mon BTS au printemps 2025 (BTS SP3S, en formation continue), et je cherche un poste de coordinateur d'aide à domicile dans une association.

Ulysse Pradeau
06 51 29 74 80""",
        app("Ulysse", "Pradeau", phone="+33651297480", bac=2, grad="2025", unknown=("graduation_recent",), status="b_ulysse_bts_printemps_2025"),
    ), read_on="2027-04-16"),
    # Feature: later_other_mail — kind — de retour le mardi 6 avril
    # read: 2027-03-18 → 2027-04-09: the return date has passed; still an out-of-office
    # route: an out-of-office (Auto-Submitted) of a school's internship office → auto_reply
    N("later_other_mail", "kind", "de retour le mardi 6 avril", M(
        "Bureau des stages IRTS <stages@irts-nouvelleaquitaine.example.fr>",
        "Réponse automatique : Présentation Pro'pulse aux promotions 2027",
        "2027-03-18 15:30",
        """Bonjour,

Le bureau des stages est fermé pour les vacances de printemps, de retour le mardi 6 avril. Merci de votre patience.

Le bureau des stages""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), read_on="2027-04-09"),
    # Feature: weekdays_yearless — situation — je finis le vendredi 2
    # read: 2027-03-18 → 2027-04-09: Friday 2 April has passed
    # route: his words «mon stage, je finis le vendredi 2», coming in a mail of 18 March = Friday 2 April 2027, over on 9 April; a master of 2026 and an ESS search → eligible
    N("weekdays_yearless", "situation", "je finis le vendredi 2", M(
        "Mehdi Aït-Ouarab <mehdi.aitouarab@gmail.com>",
        "Inscription Pro'pulse",
        "2027-03-18 16:40",
        """Bonjour,

Master Ingénierie de la concertation (2026). Mon stage, je finis le vendredi 2, au sein d'une association de démocratie participative. Je cherche ensuite un poste de chargé de concertation dans une SCOP ou une association.

Mehdi Aït-Ouarab
06 73 48 16 29""",
        app("Mehdi", "Aït-Ouarab", phone="+33673481629", bac=5, grad="2026", status="b_mehdi_stage_vendredi_2"),
    ), read_on="2027-04-09"),
    # Feature: relative_past — level — mon bac pro date d'il y a trois ans
    # read: 2027-03-19 → 2027-03-19: nothing between
    # route: his words «mon bac pro date d'il y a trois ans» → 2024, the bac pro his only diploma → degree_level fails (and the year 2024 fails the limit) → not_eligible
    N("relative_past", "level", "mon bac pro date d'il y a trois ans", M(
        "Dorian Lacombe-Yapi <dorian.lacombeyapi@gmail.com>",
        "pro'pulse",
        "2027-03-19 08:20",
        """bonjour

j'ai terminé mon service civique hier et je cherche un taf dans une asso de sport. mon bac pro date d'il y a trois ans (bac pro commerce), j'ai pas fait d'études après. c'est possible pour moi ?

Dorian
06 04 87 25 39""",
        app("Dorian", "Lacombe-Yapi", phone="+33604872539", bac=0, grad="2024", failing=("degree_level", "graduation_recent"), status="b_dorian_bac_pro_trois_ans"),
    )),
    # Feature: planned_steps — situation — je finis mon stage le 26 mars puis je prends une semaine de vacances
    # read: 2027-03-19 → 2027-03-26: the internship's last day is the reading day: nothing of it runs after
    # route: her plan «je finis mon stage le 26 mars puis je prends une semaine de vacances»: the internship over on 26 March; a master of 2026 and an ESS search → eligible
    N("planned_steps", "situation", "je finis mon stage le 26 mars puis je prends une semaine de vacances", M(
        "Bleuenn Kerhervé <bleuenn.kerherve@gmail.com>",
        "Candidature Pro'pulse",
        "2027-03-19 09:30",
        """Bonjour,

Diplômée d'un master Gestion des territoires et développement local (septembre 2026), je finis mon stage le 26 mars puis je prends une semaine de vacances avant de chercher à temps plein un poste dans une association de développement rural. CV joint.

Bleuenn Kerhervé
06 38 27 95 14""",
        app("Bleuenn", "Kerhervé", phone="+33638279514", bac=5, grad="2026-09", status="b_bleuenn_stage_26_mars_vacances"),
        cv=CV("odt", "Bleuenn_Kerherve_CV.odt", """Bleuenn Kerhervé
Master Gestion des territoires et développement local — Université Rennes 2 — septembre 2026
Stage : Pays du Centre-Ouest Bretagne, janvier – mars 2027
Bénévole, association des foyers ruraux"""),
    ), read_on="2027-03-26"),
    # Feature: written_for_later — studies_finished — elle passe son jury de DE le 31 mars
    # read: 2027-03-19 → 2027-04-02: the jury of 31 March has sat, its decision not told to us
    # route: a friend presents the applicant (her own address given, no phone): «elle passe son jury de DE le 31 mars» (DE éducatrice de jeunes enfants), between the Date and 2 April → studies_finished open, graduation null (a licence held: bac+3) → to_verify, forwarded_by the friend
    N("written_for_later", "studies_finished", "elle passe son jury de DE le 31 mars", M(
        "Coline Marchal <coline.marchal@gmail.com>",
        "Pour une amie",
        "2027-03-19 10:45",
        """Hello,

J'ai fait Pro'pulse l'an dernier et je vous envoie une amie, Aïssatou Kane-Fabre : elle a déjà une licence de sciences de l'éducation, elle termine sa formation d'éducatrice de jeunes enfants et elle passe son jury de DE le 31 mars. Elle voudrait travailler dans une crèche associative ou parentale.

Son mail : aissatou.kanefabre@gmail.com

Merci encore pour tout !
Coline""",
        app("Aïssatou", "Kane-Fabre", phone=None, bac=3, grad=None, unknown=("studies_finished",), email="aissatou.kanefabre@gmail.com", forwarded_by="coline.marchal@gmail.com", status="b_aissatou_jury_de_31_mars_amie"),
    ), read_on="2027-04-02"),
    # Feature: english_later — studies_finished — I defend my thesis a week from Monday
    # read: 2027-03-19 → 2027-04-02: the defence of Monday 29 March has passed, its outcome not told
    # route: his words «I defend my thesis a week from Monday», from Friday 19 March = Monday 29 March, between the Date and 2 April → studies_finished open (a BA held: bac+3) → to_verify
    N("english_later", "studies_finished", "I defend my thesis a week from Monday", M(
        "Oluwaseun Adeyemi-Clarke <seun.adeyemiclarke@gmail.com>",
        "Pro'pulse - application",
        "2027-03-19 12:00",
        """Hi,

I'm completing a Master's in Urban Studies at Sciences Po, taught in English. I defend my thesis a week from Monday and I would like to find a job in a housing association or a tenants' cooperative afterwards.

Best wishes,
Oluwaseun Adeyemi-Clarke
07 56 32 81 49""",
        app("Oluwaseun", "Adeyemi-Clarke", phone="+33756328149", bac=3, grad=None, unknown=("studies_finished",), language="en", status="b_oluwaseun_thesis_week_from_monday"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — y a-t-il une limite d'âge pour participer
    # read: 2027-03-19 → 2027-03-19: nothing between
    # route: a question about the programme, no personal fact → question
    N("later_other_mail", "kind", "y a-t-il une limite d'âge pour participer", M(
        "Loan Pichereau <loan.pichereau@free.fr>",
        "question âge",
        "2027-03-19 14:00",
        """Bonjour, y a-t-il une limite d'âge pour participer au programme ? Merci.""",
        question(),
    )),
    # Feature: later_other_mail — kind — Rencontres de l'emploi solidaire jeudi 25 mars
    # read: 2027-03-19 → 2027-04-02: the meeting of 25 March is past; still an invitation
    # route: a partner's invitation to an employment meeting for our participants; no applicant → other
    N("later_other_mail", "kind", "Rencontres de l'emploi solidaire jeudi 25 mars", M(
        "Mouvement associatif d'Occitanie <contact@lma-occitanie.example.org>",
        "Invitation : Rencontres de l'emploi solidaire jeudi 25 mars",
        "2027-03-19 16:00",
        """Bonjour,

Nous vous convions, vous et les jeunes que vous accompagnez, aux Rencontres de l'emploi solidaire jeudi 25 mars à Montpellier (Maison des associations, 9 h 30 – 16 h). Entrée libre sur inscription.

Le Mouvement associatif Occitanie""",
        other(),
    ), read_on="2027-04-02"),
]
