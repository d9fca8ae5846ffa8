"""Identities corpus, batch 04 (writer A): third_party_names (a mother, a mission locale adviser, a university
careers adviser, a lycée teacher, a father, an apprenticeship tutor writing for the applicant),
english_identities (a middle name, «Jr.», «Dr», «Elizabeth "Liz" Turner», «PARK Ji-woo», «Hughes-Wilson»,
«O'Connor» with a UK number) and identities_other_mail (three referrals, a recruiter's long signature, an
auto-reply naming a deputy and her phone, a bounce, a job board, a partner's offer, a change of name)."""
# ruff: noqa: E501

from __future__ import annotations

from identities import N
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: third_party_names — graduation — ma fille Emma Girard
    # route: the mother «Nathalie Girard» writes, «ma fille Emma Girard» and Emma's own address and phone in the body → first name Emma, last name Girard, email and phone Emma's (forwarded_by the mother); the BTS of June 2026 → application; bac+2 of 2026, an association sought → eligible
    N("third_party_names", "graduation", "ma fille Emma Girard", M(
        "Nathalie Girard <nathalie.girard44@orange.fr>", "Pour ma fille Emma", "02 20:05",
        """Bonjour,

Je me permets de vous écrire pour ma fille Emma Girard, qui a eu son BTS Économie sociale familiale en juin 2026. Elle cherche un poste de conseillère dans une association d'aide aux familles, vers Nantes, mais elle n'ose pas vous contacter.

Ses coordonnées : emma.girard.esf@gmail.com, 07 52 30 64 18.

Merci beaucoup,
Nathalie Girard
02 40 29 13 55""",
        app("Emma", "Girard", phone="+33752306418", bac=2, grad="2026-06", email="emma.girard.esf@gmail.com", forwarded_by="nathalie.girard44@orange.fr", status="mere_pour_emma"),
    )),
    # Feature: third_party_names — level — Dylan Morvan
    # route: a mission locale adviser's mail with his long signature, «Dylan Morvan» and Dylan's phone in one line, no address of Dylan's → first name Dylan, last name Morvan, phone his, email None (forwarded_by the adviser); a CAP as his only diploma → application; CAP below bac+2 → fails degree_level → not eligible
    N("third_party_names", "level", "Dylan Morvan", M(
        "Karim Bensaïd <k.bensaid@mission-locale-brest.example.org>", "Orientation d'un jeune - Dylan Morvan", "03 09:35",
        """Bonjour,

J'accompagne Dylan Morvan (06 41 75 20 38), 20 ans, titulaire d'un CAP Agent polyvalent de restauration obtenu en 2025. Il voudrait travailler dans un restaurant d'insertion. Pourriez-vous me dire si votre programme peut l'accueillir ?

Bien cordialement,

Karim Bensaïd
Conseiller en insertion professionnelle
Mission locale du Pays de Brest
02 98 43 10 20 - k.bensaid@mission-locale-brest.example.org""",
        app("Dylan", "Morvan", phone="+33641752038", bac=0, grad="2025", email=None, forwarded_by="k.bensaid@mission-locale-brest.example.org", failing=("degree_level",), status="mission_locale_dylan_cap"),
    )),
    # Feature: third_party_names — aim — Léonie Barbier
    # route: a university careers adviser's mail, «Léonie Barbier» and her address in the second paragraph, the adviser's name and phone in a larger signature → first name Léonie, last name Barbier, email hers (forwarded_by the adviser); the master of 2025 and a fair-trade network sought → application; bac+5 of 2025, ESS sought → eligible
    N("third_party_names", "aim", "Léonie Barbier", M(
        "Bureau d'aide à l'insertion <baip@univ-grenoble.example.fr>", "Présentation d'une diplômée", "04 14:20",
        """Bonjour,

Le BAIP suit depuis plusieurs mois une diplômée de notre master de sociologie (juin 2025) qui cherche un poste de chargée de projet dans un réseau de commerce équitable ou une association d'éducation populaire.

Il s'agit de Léonie Barbier, que vous pouvez joindre directement : leonie.barbier@laposte.net.

Cordialement,

Marc-Antoine Perret-Duval
Chargé d'insertion professionnelle - BAIP
Université Grenoble Alpes
04 76 82 44 00""",
        app("Léonie", "Barbier", phone=None, bac=5, grad="2025-06", email="leonie.barbier@laposte.net", forwarded_by="baip@univ-grenoble.example.fr", status="baip_leonie_master_2025"),
    )),
    # Feature: third_party_names — situation — mon ancien élève Rayan Meziane
    # route: a lycée teacher writes, «mon ancien élève Rayan Meziane» and Rayan's address → first name Rayan, last name Meziane, email his (forwarded_by the teacher); the BTS of 2026 then a stage running to February → application; a stage running → fails not_internship → not eligible
    N("third_party_names", "situation", "mon ancien élève Rayan Meziane", M(
        "Sophie Castel <sophie.castel@lycee-diderot.example.fr>", "Un ancien élève", "05 17:50",
        """Bonjour,

Professeure d'économie-gestion, je vous écris pour mon ancien élève Rayan Meziane : BTS Gestion de la PME en juin 2026, il est en stage dans une entreprise de transport jusqu'au 15 février 2027 et voudrait ensuite travailler dans une coopérative.

Son adresse : rayan.meziane@gmail.com.

Sophie Castel
Lycée Diderot, Marseille""",
        app("Rayan", "Meziane", phone=None, bac=2, grad="2026-06", email="rayan.meziane@gmail.com", forwarded_by="sophie.castel@lycee-diderot.example.fr", failing=("not_internship",), status="prof_pour_rayan_stage"),
    )),
    # Feature: third_party_names — graduation — notre fils Victor
    # ambiguous: «il y a deux ou trois ans» straddles the two-year limit: graduation_recent open
    # route: the father writes, «notre fils Victor» and «Victor Guérin» in the body, no contact of Victor's → first name Victor, last name Guérin, email and phone None (forwarded_by the father); the master «il y a deux ou trois ans» → application; bac+5, date open → graduation_recent open → to verify
    N("third_party_names", "graduation", "notre fils Victor", M(
        "Philippe Guérin <ph.guerin@wanadoo.fr>", "Notre fils", "06 21:30",
        """Bonjour,

Notre fils Victor a obtenu un master d'histoire il y a deux ou trois ans et, depuis, il enchaîne les petits boulots. Il aimerait travailler dans une association culturelle ou un musée associatif. Victor Guérin, 26 ans, habite Tours.

Je lui ai parlé de votre programme, il vous écrira sans doute lui-même.

Philippe Guérin""",
        app("Victor", "Guérin", phone=None, bac=5, grad=None, email=None, forwarded_by="ph.guerin@wanadoo.fr", unknown=("graduation_recent",), status="pere_pour_victor"),
    )),
    # Feature: third_party_names — studies_finished — Océane Faure, mon apprentie
    # route: the apprenticeship tutor writes, «Océane Faure, mon apprentie» and her phone → first name Océane, last name Faure, phone hers, email None (forwarded_by the tutor); the BTS in alternance finished in June 2026 → application; bac+2 of 2026, studies over, an association sought → eligible
    N("third_party_names", "studies_finished", "Océane Faure, mon apprentie", M(
        "Jérôme Baudry <j.baudry@imprimerie-baudry.example.fr>", "Recommandation", "07 12:10",
        """Bonjour,

Océane Faure, mon apprentie ces deux dernières années, a terminé son BTS Communication en alternance en juin 2026. Son contrat est fini et nous ne pouvons pas l'embaucher. Elle aimerait travailler dans la communication d'une association.

Vous pouvez la joindre au 07 31 84 56 02.

Jérôme Baudry, gérant
Imprimerie Baudry""",
        app("Océane", "Faure", phone="+33731845602", bac=2, grad="2026-06", email=None, forwarded_by="j.baudry@imprimerie-baudry.example.fr", status="tuteur_pour_oceane"),
    )),
    # Feature: third_party_names — kind — ma nièce
    # route: an aunt's question on whether a relative may register someone, no facts of the niece's → question
    N("third_party_names", "kind", "ma nièce", M(
        "Brigitte Laval <brigitte.laval@free.fr>", "Inscrire quelqu'un", "08 15:30",
        """Bonjour,

Est-ce qu'un membre de la famille peut inscrire quelqu'un à votre programme ? Je pense à ma nièce, mais je ne veux pas le faire sans savoir comment ça se passe.

Brigitte Laval""",
        question(),
    )),
    # Feature: third_party_names — kind — elle vous appellera
    # route: a careers adviser's answer in our thread (In-Reply-To <…@animafac.net>) about a student she presented → reply
    N("third_party_names", "kind", "elle vous appellera", M(
        "Bureau d'aide à l'insertion <baip@univ-grenoble.example.fr>", "Re: Présentation d'une diplômée", "12 11:00",
        """Bonjour,

Merci pour votre retour rapide. J'ai transmis à Léonie, elle vous appellera cette semaine.

Marc-Antoine Perret-Duval

Le 11 nov. 2026 à 16:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, Léonie peut nous contacter directement pour un premier entretien.""",
        reply(),
        headers={"In-Reply-To": "<baip-2026-11-11-0088@animafac.net>"},
    )),
    # Feature: english_identities — level — Emily Rose Carter
    # route: «Emily Rose Carter» in the first sentence (Rose a middle name), «Emily Carter» in the signature → first name Emily, last name Carter; the BA of June 2026 → application (en); bac+3 of 2026, a charity sought → eligible
    N("english_identities", "level", "Emily Rose Carter", M(
        "Emily Carter <emily.r.carter@gmail.com>", "Application", "02 11:25",
        """Hello,

My name is Emily Rose Carter; I graduated with a BA in Sociology from the University of Bristol in June 2026. I moved to Lyon in September and I am looking for a job with a charity or a non-profit working with young people.

Thank you,
Emily Carter""",
        app("Emily", "Carter", phone=None, bac=3, grad="2026-06", language="en", status="carter_middle_name"),
    )),
    # Feature: english_identities — graduation — James Whitfield Jr.
    # route: «James Whitfield Jr.» in the signature («Jr.» no part of the name) → first name James, last name Whitfield; the BA of May 2021 → application (en); bac+3 of 2021, five years ago → fails graduation_recent → not eligible
    N("english_identities", "graduation", "James Whitfield Jr.", M(
        "James Whitfield <jwhitfield.jr@gmail.com>", "Pro'pulse application", "03 16:10",
        """Hi,

I earned my BA in Economics from Ohio State in May 2021, worked four years in retail banking in Columbus, and moved to Paris this summer. I would like a role in a social enterprise.

Regards,
James Whitfield Jr.""",
        app("James", "Whitfield", phone=None, bac=3, grad="2021-05", failing=("graduation_recent",), language="en", status="whitfield_jr_ba_2021"),
    )),
    # Feature: english_identities — studies_finished — Dr Aisha Bello
    # route: «Dr Aisha Bello» in the signature («Dr» no part of the name) → first name Aisha, last name Bello; the PhD defended in March 2026, no teaching nor research contract left → application (en); bac+8 of 2026, studies over, an NGO sought → eligible
    N("english_identities", "studies_finished", "Dr Aisha Bello", M(
        "Aisha Bello <aisha.bello.phd@gmail.com>", "Application - PhD graduate", "04 09:20",
        """Dear Pro'pulse team,

I defended my PhD in public health at the University of Bordeaux in March 2026; my contract with the lab ended then and I have no teaching left. I would now like to work for a health NGO or a non-profit clinic network.

Yours sincerely,
Dr Aisha Bello""",
        app("Aisha", "Bello", phone=None, bac=8, grad="2026-03", language="en", status="dr_bello_phd_2026"),
    )),
    # Feature: english_identities — aim — Elizabeth "Liz" Turner
    # ambiguous: «any organisation doing something meaningful» names no kind of employer: job_seeking_ess open
    # route: «Elizabeth "Liz" Turner» in the first line, «please call me Liz» → first name Liz (the preferred name), last name Turner; the MA of 2025 → application (en); bac+5 of 2025, aim open → to verify
    N("english_identities", "aim", "Elizabeth \"Liz\" Turner", M(
        "Elizabeth Turner <e.turner@outlook.com>", "Application", "05 13:30",
        """Hello,

I'm Elizabeth "Liz" Turner (please call me Liz). I finished an MA in Communications at Leeds in September 2025 and I'm now in Montpellier, looking for a communications job in any organisation doing something meaningful.

Cheers,
Liz""",
        app("Liz", "Turner", phone=None, bac=5, grad="2025-09", unknown=("job_seeking_ess",), language="en", status="liz_turner_preferred_name"),
    )),
    # Feature: english_identities — career_change — PARK Ji-woo
    # route: «PARK Ji-woo» in the signature, «Park is my family name» → first name Ji-woo, last name Park; seven years as a semiconductor engineer then a change of career said → application (en); a career change → fails not_career_change → not eligible
    N("english_identities", "career_change", "PARK Ji-woo", M(
        "PARK Ji-woo <jiwoo.park@gmail.com>", "Application - career change", "06 08:05",
        """Hello,

Park is my family name. After seven years as a semiconductor engineer in Seoul, I decided to change careers completely and completed a master's in social and solidarity economy in Grenoble in June 2026. I now want to work in a cooperative.

Best regards,
PARK Ji-woo""",
        app("Ji-woo", "Park", phone=None, bac=5, grad="2026-06", failing=("not_career_change",), language="en", status="park_jiwoo_reconversion"),
    )),
    # Feature: english_identities — studies_finished — Charlotte Hughes-Wilson
    # ambiguous: the dissertation is submitted and the exam board sits in December; she says no more: studies_finished open
    # route: «Charlotte Hughes-Wilson» in the signature, the double-barrelled surname kept whole → last name Hughes-Wilson; the MSc dissertation submitted, the board to come → application (en); bac+5, studies possibly not over → studies_finished open → to verify
    N("english_identities", "studies_finished", "Charlotte Hughes-Wilson", M(
        "Charlotte Hughes-Wilson <c.hugheswilson@gmail.com>", "Application", "07 19:45",
        """Hello,

I have submitted my MSc dissertation in Environmental Policy (University of Edinburgh) and the exam board sits in December. I am now in Rennes and would like to work for an environmental association.

Kind regards,
Charlotte Hughes-Wilson""",
        app("Charlotte", "Hughes-Wilson", phone=None, bac=5, grad=None, unknown=("studies_finished",), language="en", status="hughes_wilson_board_december"),
    )),
    # Feature: english_identities — aim — +44 7700 900 412
    # route: «Siobhán O'Connor» in the signature, the UK mobile «+44 7700 900 412» → last name O'Connor, phone +447700900412; the BSc of 2026 and a fintech start-up sought → application (en); bac+3 of 2026, a private start-up → fails job_seeking_ess → not eligible
    N("english_identities", "aim", "+44 7700 900 412", M(
        "Siobhan O'Connor <siobhan.oconnor@gmail.com>", "Job search support", "08 10:50",
        """Hi there,

I graduated with a BSc in Computer Science from Queen's University Belfast in July 2026 and I'm relocating to Paris. I'm looking for a developer role in a fintech start-up.

Siobhán O'Connor
+44 7700 900 412""",
        app("Siobhán", "O'Connor", phone="+447700900412", bac=3, grad="2026-07", failing=("job_seeking_ess",), language="en", status="oconnor_uk_fintech"),
    )),
    # Feature: english_identities — kind — Does your programme accept
    # route: an English question about eligibility with no facts of the writer's own → question (en)
    N("english_identities", "kind", "Does your programme accept", M(
        "Daniel Kim <daniel.kim.paris@gmail.com>", "Question", "09 14:00",
        """Hello,

Does your programme accept people whose diplomas are from outside the EU, and do I need to have them recognised first?

Thanks,
Daniel""",
        question(language="en"),
    )),
    # Feature: identities_other_mail — level — je vous adresse Maxime Lefebvre
    # route: a university careers adviser writes, «je vous adresse Maxime Lefebvre», his address → first name Maxime, last name Lefebvre, email his (forwarded_by the adviser); the licence pro of June 2026 → application; bac+3 of 2026, a SCIC sought → eligible
    N("identities_other_mail", "level", "je vous adresse Maxime Lefebvre", M(
        "Service orientation et insertion <soip@univ-artois.example.fr>", "Orientation vers Pro'pulse", "10 09:10",
        """Bonjour,

Je vous adresse Maxime Lefebvre, diplômé d'une licence professionnelle « métiers de l'énergie » en juin 2026, qui cherche un poste dans une SCIC d'énergie citoyenne. Son adresse : maxime.lefebvre62@gmail.com.

Cordialement,
Agnès Delcroix
Conseillère d'orientation, Université d'Artois""",
        app("Maxime", "Lefebvre", phone=None, bac=3, grad="2026-06", email="maxime.lefebvre62@gmail.com", forwarded_by="soip@univ-artois.example.fr", status="soip_pour_maxime"),
    )),
    # Feature: identities_other_mail — graduation — ma petite sœur, Inaya Boucher
    # route: a sister writes, «ma petite sœur, Inaya Boucher», her phone → first name Inaya, last name Boucher, phone hers, email None (forwarded_by the sister); the BTS of June 2022 → application; bac+2 of 2022, 53 months ago → fails graduation_recent → not eligible
    N("identities_other_mail", "graduation", "ma petite sœur, Inaya Boucher", M(
        "Sonia Boucher <sonia.boucher@hotmail.fr>", "Pour ma sœur", "11 18:40",
        """Bonjour,

Je vous écris pour ma petite sœur, Inaya Boucher : elle a eu son BTS Assistant de manager en juin 2022 et fait de l'intérim depuis. Elle voudrait travailler dans une association. Son numéro : 06 58 13 92 47.

Merci,
Sonia""",
        app("Inaya", "Boucher", phone="+33658139247", bac=2, grad="2022-06", email=None, forwarded_by="sonia.boucher@hotmail.fr", failing=("graduation_recent",), status="soeur_pour_inaya"),
    )),
    # Feature: identities_other_mail — aim — my student Tom Brennan
    # ambiguous: «a job in youth work» may be with a municipality (public) or an association; the tutor says neither: job_seeking_ess open
    # route: an English tutor writes, «my student Tom Brennan» and his address → first name Tom, last name Brennan, email his (forwarded_by the tutor); the BA of 2026 → application (en); bac+3 of 2026, aim open → to verify
    N("identities_other_mail", "aim", "my student Tom Brennan", M(
        "Margaret Doyle <m.doyle@languages-lyon.example.com>", "Referral", "12 10:40",
        """Hello,

I teach French to adults in Lyon and I am writing about my student Tom Brennan, who completed a BA in Youth and Community Work in Dublin in June 2026. He is looking for a job in youth work in Lyon. His email: tom.brennan.ie@gmail.com.

Best,
Margaret Doyle""",
        app("Tom", "Brennan", phone=None, bac=3, grad="2026-06", email="tom.brennan.ie@gmail.com", forwarded_by="m.doyle@languages-lyon.example.com", unknown=("job_seeking_ess",), language="en", status="tutor_for_tom"),
    )),
    # Feature: identities_other_mail — kind — Chargée de recrutement
    # route: a recruiter's question about relaying offers, with a long signature of names and numbers, no applicant → question
    N("identities_other_mail", "kind", "Chargée de recrutement", M(
        "Laure Chambon <l.chambon@groupe-sos-like.example.org>", "Comment relayer nos offres ?", "13 11:30",
        """Bonjour,

Comment pouvons-nous vous transmettre nos offres d'emploi pour les jeunes que vous accompagnez ? Faut-il passer par un formulaire ?

Bien à vous,

Laure Chambon
Chargée de recrutement
Pôle Ressources humaines - Direction régionale Sud
Standard : 04 91 00 12 34 | Ligne directe : 04 91 00 12 57
Assistante : Mme Nadia Ferhat, 04 91 00 12 58""",
        question(),
    )),
    # Feature: identities_other_mail — kind — ma collègue Justine Abadie
    # route: an out-of-office (Auto-Submitted) naming a deputy «ma collègue Justine Abadie» and her phone → auto-reply
    N("identities_other_mail", "kind", "ma collègue Justine Abadie", M(
        "Hervé Castagné <h.castagne@france-active-like.example.org>", "Absent : Pro'pulse - partenariat", "14 08:00",
        """Bonjour,

Je suis absent jusqu'au 1er décembre. En cas d'urgence, contactez ma collègue Justine Abadie au 05 62 30 48 19 ou à j.abadie@france-active-like.example.org.

Hervé Castagné""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: identities_other_mail — kind — jean-eudes.de-montclar@etu.example.fr
    # route: a delivery failure of our answer to a student address naming it (multipart/report) → bounce
    N("identities_other_mail", "kind", "jean-eudes.de-montclar@etu.example.fr", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Delivery Status Notification (Failure)", "15 04:40",
        """Delivery to the following recipient failed permanently:

     jean-eudes.de-montclar@etu.example.fr

The email account that you tried to reach does not exist.""",
        bounce("jean-eudes.de-montclar@etu.example.fr"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; jean-eudes.de-montclar@etu.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist""",
    )),
    # Feature: identities_other_mail — kind — Offres de la semaine
    # route: a job board's weekly alert (List-Unsubscribe, Precedence bulk) listing offers with recruiters' names → newsletter
    N("identities_other_mail", "kind", "Offres de la semaine", M(
        "Emplois Solidaires <alertes@emplois-solidaires.example.org>", "Vos offres de la semaine", "16 06:00",
        """Offres de la semaine

- Coordinateur·rice de tiers-lieu, Roubaix (contact : Mme Aurore Van Acker)
- Animateur·rice jeunesse, Nantes (contact : M. Yacine Bouaziz)
- Chargé·e de mission ESS, Rennes (contact : Mme Gaëlle Le Floc'h)

Modifier vos alertes ou vous désinscrire : lien en bas de page.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.org/alertes/stop>", "Precedence": "bulk"},
    )),
    # Feature: identities_other_mail — kind — proposer un atelier
    # route: a partner's offer of a CV workshop signed by two people, no applicant → other
    N("identities_other_mail", "kind", "proposer un atelier", M(
        "Pauline Héraud <p.heraud@cv-solidaire.example.org>", "Atelier CV offert", "17 13:15",
        """Bonjour,

Nous aimerions vous proposer un atelier « CV et profil en ligne » gratuit pour les jeunes de votre programme, en décembre ou en janvier.

Pauline Héraud et Samir Ait Ouarab
CV Solidaire""",
        other(),
    )),
    # Feature: identities_other_mail — kind — j'ai changé de nom
    # route: a former participant's notice of a change of name for her file, no application → other
    N("identities_other_mail", "kind", "j'ai changé de nom", M(
        "Morgane Tessier <morgane.tessier@gmail.com>", "Changement de nom", "18 09:40",
        """Bonjour,

J'ai été accompagnée l'an dernier sous le nom de Morgane Ribeiro : j'ai changé de nom depuis mon mariage. Pouvez-vous mettre à jour mon dossier et m'écrire désormais à cette adresse ?

Merci,
Morgane Tessier""",
        other(),
    )),
]
