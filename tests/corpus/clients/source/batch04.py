"""Clients corpus, batch 04 (writer A): HTML-only mail from editors and templates (a CV site's template in
tables with a hidden preheader, a <ul> list, <br> soup, a <style> block and headings, a tracking pixel, a
newsletter, a job board's alert); quoting styles (answers interleaved under the eligibility questions copied
from our site, «>>» levels with a friend's mail, Outlook's quote with no «>» under a header block, the writer's
own earlier mail quoted under a change, «> >» levels of an adviser's chain, a reply in our thread); English
clients and boilerplate («Sent from my iPhone», «Get Outlook for iOS», «-----Original Message-----», «On Fri,
Nov 20, 2026 at 2:03 PM … wrote:», an English confidentiality notice, «Sent from my Galaxy»)."""
# ruff: noqa: E501

from __future__ import annotations

from clients import N
from kit import M, app, auto_reply, newsletter, other, question, reply

PIXEL = '<img src="https://t.mailtrack.example.com/o/4f9a2c.gif" width="1" height="1" alt="" style="display:none">'
PREHEADER = '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{}</div>'

MESSAGES = [
    # Feature: html_composers — graduation — diplômée en juillet 2026
    # shape: HTML only from a CV site's mail template: layout tables, a hidden preheader «Candidature — stage en cours» (the template's teaser, not what she wrote), the visible cells say the internship is over → application; licence pro of July 2026, internship over, ESS aim → eligible
    N("html_composers", "graduation", "diplômée en juillet 2026", M(
        "Laetitia Aubert <laetitia.aubert@gmail.com>", "Ma candidature — Laetitia Aubert", "02 10:40",
        """Laetitia Aubert
Candidature au programme Pro'pulse

Bonjour,

Je suis diplômée en juillet 2026 d'une licence professionnelle Animation sociale et socioculturelle. Mon stage à la Fédération des centres sociaux s'est terminé en août ; je cherche un poste de coordinatrice enfance-jeunesse dans une association.

07 59 21 36 84""",
        app("Laetitia", "Aubert", phone="+33759213684", bac=3, grad="2026-07", status="template_preheader_stage_en_cours"),
        html="only",
        body_html=(
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Candidature</title></head><body style="margin:0">'
            + PREHEADER.format("Candidature — stage en cours")
            + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center">'
            '<table width="600" cellpadding="24" bgcolor="#ffffff"><tr><td style="font-family:Arial">'
            '<h1 style="font-size:22px;color:#2b2d42">Laetitia Aubert</h1><h2 style="font-size:15px">Candidature au'
            " programme Pro'pulse</h2><p>Bonjour,</p><p>Je suis diplômée en juillet 2026 d'une licence professionnelle"
            " Animation sociale et socioculturelle. Mon stage à la Fédération des centres sociaux s'est terminé en"
            " août&nbsp;; je cherche un poste de coordinatrice enfance-jeunesse dans une association.</p>"
            '<p style="color:#8d99ae">07&nbsp;59&nbsp;21&nbsp;36&nbsp;84</p></td></tr></table></td></tr></table>'
            "</body></html>"
        ),
    )),
    # Feature: html_composers — situation — En stage jusqu'au 15 janvier 2027
    # shape: HTML only from a webmail's rich editor: a <ul> list of three items, the second one the internship running → application; licence pro of 2026, internship until 15 January 2027 → fails not_internship → not eligible
    N("html_composers", "situation", "En stage jusqu'au 15 janvier 2027", M(
        "Romain Gillet <romain.gillet@outlook.fr>", "Candidature Pro'pulse", "03 12:05",
        """Bonjour,

Voici ma situation en bref :
- Licence pro Gestion de projets associatifs, juin 2026
- En stage jusqu'au 15 janvier 2027 à la Ligue contre le cancer
- Recherche : un poste de chargé de collecte dans une association

Romain Gillet, 06 84 51 20 37""",
        app("Romain", "Gillet", phone="+33684512037", bac=3, grad="2026-06", failing=("not_internship",), status="ul_stage_15_janvier"),
        html="only",
        body_html=(
            "<div>Bonjour,</div><div><br></div><div>Voici ma situation en bref :</div><ul><li>Licence pro Gestion de"
            " projets associatifs, juin 2026</li><li>En stage jusqu'au 15 janvier 2027 à la Ligue contre le cancer</li>"
            "<li>Recherche : un poste de chargé de collecte dans une association</li></ul><div>Romain Gillet, 06 84 51"
            " 20 37</div>"
        ),
    )),
    # Feature: html_composers — level — BTS MCO en 2025
    # shape: HTML only, <br> soup from a phone's rich editor (every line a <br>, &nbsp; everywhere) → application; BTS (bac+2) of 2025, a job in an insertion shop → eligible
    N("html_composers", "level", "BTS MCO en 2025", M(
        "Yasmine Ghazi <yasmine.ghazi@gmail.com>", "candidature", "04 17:58",
        """Bonjour,
j'ai eu mon BTS MCO en 2025 (juin)
je voudrais travailler comme vendeuse-encadrante dans une boutique solidaire ou une entreprise d'insertion
merci
Yasmine 06 25 93 70 14""",
        app("Yasmine", "Ghazi", phone="+33625937014", bac=2, grad="2025-06", status="br_soup_bts_mco"),
        html="only",
        body_html=(
            "Bonjour,<br>j'ai eu mon BTS MCO en 2025 (juin)<br>je voudrais travailler comme vendeuse-encadrante dans une"
            " boutique solidaire ou une entreprise d'insertion<br>merci<br>Yasmine&nbsp;06&nbsp;25&nbsp;93&nbsp;70&nbsp;14"
            "<br><br><br>"
        ),
    )),
    # Feature: html_composers — career_change — six ans comme infirmière en clinique
    # shape: HTML only with a <style> block (CSS that is no text), <h2> headings and inline styles → application; master of 2026 after six years as a nurse → fails not_career_change → not eligible
    N("html_composers", "career_change", "six ans comme infirmière en clinique", M(
        "Émilie Clément <emilie.clement@protonmail.com>", "Candidature — Émilie Clément", "05 09:48",
        """Parcours

Après six ans comme infirmière en clinique, j'ai repris mes études et obtenu en juin 2026 un master Santé publique et promotion de la santé.

Projet

Je souhaite travailler dans une association de prévention ou une mutuelle.

Émilie Clément — 06 70 32 84 15""",
        app("Émilie", "Clément", phone="+33670328415", bac=5, grad="2026-06", failing=("not_career_change",), status="style_h2_infirmiere_six_ans"),
        html="only",
        body_html=(
            "<html><head><style>body{font-family:Georgia,serif;color:#333} h2{font-size:16px;color:#6a4c93;"
            "margin-bottom:4px} .stage{display:none} p{line-height:1.5}</style></head><body><h2>Parcours</h2>"
            "<p>Après six ans comme infirmière en clinique, j'ai repris mes études et obtenu en juin 2026 un master"
            " Santé publique et promotion de la santé.</p><h2>Projet</h2><p>Je souhaite travailler dans une"
            ' association de prévention ou une mutuelle.</p><p style="font-size:12px">Émilie Clément — 06 70 32 84 15'
            "</p></body></html>"
        ),
    )),
    # Feature: html_composers — aim — une entreprise adaptée
    # shape: HTML only sent through a mail tracker: <p> with inline styles and a 1×1 tracking pixel at the end → application; master of 2025, a job in a sheltered company (entreprise adaptée) → eligible
    N("html_composers", "aim", "une entreprise adaptée", M(
        "Théo Boyer <theo.boyer@gmail.com>", "Candidature programme Pro'pulse", "06 11:34",
        """Bonjour,

Titulaire d'un master Management des organisations (septembre 2025), je souhaite travailler dans une entreprise adaptée ou un ESAT, sur un poste de coordination de production.

Théo Boyer
06 57 18 42 90""",
        app("Théo", "Boyer", phone="+33657184290", bac=5, grad="2025-09", status="pixel_entreprise_adaptee"),
        html="only",
        body_html=(
            '<p style="margin:0 0 12px;font-family:Helvetica">Bonjour,</p><p style="margin:0 0 12px;font-family:'
            "Helvetica\">Titulaire d'un master Management des organisations (septembre 2025), je souhaite travailler"
            " dans une entreprise adaptée ou un ESAT, sur un poste de coordination de production.</p>"
            '<p style="margin:0;font-family:Helvetica">Théo Boyer<br>06 57 18 42 90</p>' + PIXEL
        ),
    )),
    # Feature: html_composers — graduation — Licence professionnelle — obtenue il y a deux ans
    # ambiguous: «il y a deux ans» from November 2026 sits on the 24-month edge, the month never said — graduation_recent stays open
    # shape: HTML only, a two-column table (labels / values) from a form-like template → application; licence pro «obtained two years ago», an ESS aim → graduation_recent open → to verify
    N("html_composers", "graduation", "Licence professionnelle — obtenue il y a deux ans", M(
        "Maxime Aubry <maxime.aubry@free.fr>", "Formulaire de candidature", "07 14:22",
        """Nom : Maxime Aubry
Diplôme : Licence professionnelle — obtenue il y a deux ans
Recherche : poste d'animateur dans une association d'éducation à l'environnement
Téléphone : 06 36 41 07 58""",
        app("Maxime", "Aubry", phone="+33636410758", bac=3, grad=None, unknown=("graduation_recent",), status="table_il_y_a_deux_ans"),
        html="only",
        body_html=(
            '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td><b>Nom</b></td><td>Maxime Aubry'
            "</td></tr><tr><td><b>Diplôme</b></td><td>Licence professionnelle — obtenue il y a deux ans</td></tr>"
            "<tr><td><b>Recherche</b></td><td>poste d'animateur dans une association d'éducation à l'environnement"
            "</td></tr><tr><td><b>Téléphone</b></td><td>06 36 41 07 58</td></tr></table>"
        ),
    )),
    # Feature: html_composers — kind — Les offres de la semaine
    # shape: an HTML-only newsletter (Mailchimp-like: preheader, tables, buttons, pixel), List-Unsubscribe and Precedence: bulk → newsletter
    N("html_composers", "kind", "Les offres de la semaine", M(
        "Ressources Solidaires <newsletter@ressources-solidaires.example.org>", "Les offres de la semaine dans l'ESS", "09 06:05",
        """Les offres de la semaine

Chargé·e de mission à Lyon, coordinateur de bénévoles à Lille, animatrice à Brest.

Se désinscrire""",
        newsletter(),
        html="only",
        body_html=(
            PREHEADER.format("12 nouvelles offres cette semaine")
            + '<table width="600" align="center"><tr><td><h1>Les offres de la semaine</h1><p>Chargé·e de mission à'
            " Lyon, coordinateur de bénévoles à Lille, animatrice à Brest.</p><a href=\"https://ressources-solidaires"
            '.example.org/u/unsub">Se désinscrire</a></td></tr></table>' + PIXEL
        ),
        headers={"List-Unsubscribe": "<https://ressources-solidaires.example.org/u/unsub>", "Precedence": "bulk"},
    )),
    # Feature: html_composers — kind — Une nouvelle offre correspond à votre alerte
    # shape: an HTML-only job alert from a job board (tables, a button), not a newsletter we subscribed to as a list, no person's fact → other
    N("html_composers", "kind", "Une nouvelle offre correspond à votre alerte", M(
        "JobBoard Emploi <alertes@jobboard.example.com>", "Une nouvelle offre correspond à votre alerte", "10 05:40",
        """Une nouvelle offre correspond à votre alerte « chargé de projet ESS »

Chargé de projet — Fondation Abbé-Pierre — Marseille

Voir l'offre""",
        other(),
        html="only",
        body_html=(
            "<table><tr><td><h2>Une nouvelle offre correspond à votre alerte « chargé de projet ESS »</h2></td></tr>"
            "<tr><td><b>Chargé de projet</b> — Fondation Abbé-Pierre — Marseille</td></tr><tr><td><a style=\"background:"
            '#0a66c2;color:#fff;padding:8px" href="https://jobboard.example.com/o/88231">Voir l\'offre</a></td></tr></table>'
        ),
    )),
    # Feature: html_composers — kind — la date limite pour candidater
    # shape: HTML only from a composer with <p> and <br>, a question with no personal fact → question
    N("html_composers", "kind", "la date limite pour candidater", M(
        "Lou Dumas <lou.dumas@gmail.com>", "Date limite ?", "11 19:20",
        """Bonjour,

Quelle est la date limite pour candidater à la session de janvier ? Merci !""",
        question(),
        html="only",
        body_html="<p>Bonjour,</p><p>Quelle est la date limite pour candidater à la session de janvier&nbsp;? Merci&nbsp;!</p>",
    )),
    # Feature: quoting_styles — graduation — Oui, licence obtenue en juin 2025
    # shape: a first mail (no thread) whose writer copied the eligibility questions of our site as «> » quotes and answered under each (interleaved) → application; licence of June 2025, no internship nor civic service, ESS aim → eligible
    N("quoting_styles", "graduation", "Oui, licence obtenue en juin 2025", M(
        "Sarah Bellamy <sarah.bellamy@gmail.com>", "Candidature - réponses aux questions", "02 20:15",
        """Bonjour, je reprends les questions de votre site :

> Êtes-vous diplômé·e d'un bac+2 au moins depuis moins de deux ans ?
Oui, licence obtenue en juin 2025 (histoire, Université de Caen).

> Êtes-vous actuellement en stage ou en service civique ?
Non, ni l'un ni l'autre.

> Quel emploi cherchez-vous ?
Médiatrice culturelle dans une association ou un écomusée associatif.

Sarah Bellamy, 06 49 27 15 80""",
        app("Sarah", "Bellamy", phone="+33649271580", bac=3, grad="2025-06", status="interleave_questions_site"),
    )),
    # Feature: quoting_styles — situation — je suis encore en service civique jusqu'au 30 avril 2027
    # shape: bottom-posting under a «>>» / «>» chain (a friend's mail recommending us, quoted twice) — the applicant's own words at the very bottom → application; BUT of 2026, civic service until 30 April 2027 → fails not_service_civique → not eligible
    N("quoting_styles", "situation", "je suis encore en service civique jusqu'au 30 avril 2027", M(
        "Loïc Daniel <loic.daniel@yahoo.fr>", "Re: Fwd: programme pour jeunes diplômés", "03 22:30",
        """Le 2 nov. 2026 à 18:12, Manon a écrit :
> Regarde ça, c'est pour toi je pense !
>> Pro'pulse accompagne les jeunes diplômés vers un emploi dans l'ESS.
>> Candidatures : propulse@animafac.net

Bonjour, mon amie m'a transféré votre présentation (ci-dessus). J'ai un BUT Information-communication de juin 2026 et je suis encore en service civique jusqu'au 30 avril 2027 chez les Scouts et Guides de France. J'aimerais préparer la suite dans une association.

Loïc Daniel
07 15 84 30 62""",
        app("Loïc", "Daniel", phone="+33715843062", bac=3, grad="2026-06", failing=("not_service_civique",), status="bottom_post_sc_30_avril"),
    )),
    # Feature: quoting_styles — studies_finished — je redouble mon M2
    # shape: Outlook's quote with no «>»: the new words on top, then a «De : … Envoyé : … Objet :» header block and her own earlier mail (saying the M2 would end in September) → application; the newest words: she repeats her M2 → fails studies_finished → not eligible
    N("quoting_styles", "studies_finished", "je redouble mon M2", M(
        "Pauline Lebrun <pauline.lebrun@outlook.com>", "RE: candidature", "04 13:03",
        """Bonjour,

Mauvaise nouvelle depuis mon mail de septembre : je n'ai pas validé mon mémoire, je redouble mon M2 cette année. Je comprends si ma candidature ne peut pas être retenue.

Pauline

De : Pauline Lebrun <pauline.lebrun@outlook.com>
Envoyé : lundi 7 septembre 2026 10:15
À : propulse@animafac.net
Objet : candidature

Bonjour, je finis mon M2 Politiques sociales en septembre à Rennes et je cherche un emploi dans une association d'aide aux familles. Pauline Lebrun, 06 22 08 71 43""",
        app("Pauline", "Lebrun", phone="+33622087143", bac="*", grad=None, failing=("studies_finished",), status="outlook_sans_chevron_redoublement"),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: quoting_styles — aim — je vise maintenant une coopérative
    # shape: the writer's own earlier mail quoted with «> » under a new one that changes the aim (the old: a consulting firm) — the newest words decide → application; licence of 2026, a cooperative now → eligible
    N("quoting_styles", "aim", "je vise maintenant une coopérative", M(
        "Aurélien Guillaume <aurelien.guillaume@gmail.com>", "Re: Candidature Aurélien Guillaume", "05 08:55",
        """Bonjour,

J'ai réfléchi depuis mon premier mail : je vise maintenant une coopérative, de préférence une CAE ou une SCOP de services, plutôt qu'un cabinet.

Aurélien

Le lun. 2 nov. 2026 à 09:20, Aurélien Guillaume <aurelien.guillaume@gmail.com> a écrit :
> Bonjour, licence de gestion (Dauphine, juin 2026). Je cherche un poste de consultant junior dans un cabinet de conseil.
> Aurélien Guillaume, 06 93 40 18 57""",
        app("Aurélien", "Guillaume", phone="+33693401857", bac=3, grad="2026-06", status="own_quote_aim_changed_cooperative"),
    )),
    # Feature: quoting_styles — situation — C'est compliqué, on en parle à l'entretien ?
    # ambiguous: asked whether she is in an internship, she answers «c'est compliqué» — not_internship stays open
    # shape: interleaved answers under the questions of our site copied as «> », the answer to the internship question left open → application; licence of 2025, ESS aim, internship unclear → not_internship open → to verify
    N("quoting_styles", "situation", "C'est compliqué, on en parle à l'entretien ?", M(
        "Élise Hamel <elise.hamel@laposte.net>", "Candidature", "06 16:44",
        """Bonjour,

> Votre diplôme et son année :
Licence de lettres modernes, juin 2025.

> Êtes-vous actuellement en stage ?
C'est compliqué, on en parle à l'entretien ?

> Quel secteur visez-vous ?
L'économie sociale : une maison d'édition associative ou une librairie coopérative.

Élise Hamel — 06 81 24 69 03""",
        app("Élise", "Hamel", phone="+33681246903", bac=3, grad="2025-06", unknown=("not_internship",), status="interleave_stage_complique"),
    )),
    # Feature: quoting_styles — career_change — j'ai été vendeuse pendant dix ans
    # shape: top-posting over a «> >» chain with a France Travail adviser; her own words on top → application (her own mail); a licence pro of 2026 after ten years as a saleswoman → fails not_career_change → not eligible
    N("quoting_styles", "career_change", "j'ai été vendeuse pendant dix ans", M(
        "Véronique Courtois <veronique.courtois@gmail.com>", "Re: Re: orientation", "07 10:10",
        """Bonjour,

Comme je l'expliquais à ma conseillère (échange ci-dessous), j'ai été vendeuse pendant dix ans avant ma licence pro Métiers de l'animation sociale (juin 2026). Je souhaite travailler en centre social associatif.

Véronique Courtois, 06 45 70 92 31

> Le 3 nov. 2026, Véronique Courtois a écrit :
> > Bonjour Madame, pensez-vous que Pro'pulse peut m'aider ?
> Bonjour Véronique, oui, écrivez-leur directement en présentant votre parcours.""",
        app("Véronique", "Courtois", phone="+33645709231", bac=3, grad="2026-06", failing=("not_career_change",), status="chevrons_vendeuse_dix_ans"),
    )),
    # Feature: quoting_styles — kind — Oui, je suis disponible le 17 au matin
    # shape: an answer interleaved under OUR quoted questions, In-Reply-To ours → reply
    N("quoting_styles", "kind", "Oui, je suis disponible le 17 au matin", M(
        "Nicolas Barbier <nicolas.barbier@gmail.com>", "Re: Entretien Pro'pulse", "12 09:40",
        """> Pouvez-vous venir à un entretien le mardi 17 novembre ?
Oui, je suis disponible le 17 au matin.

> Préférez-vous la visio ou le présentiel ?
Présentiel, je suis à Paris.

Nicolas""",
        reply(),
        headers={"In-Reply-To": "<rdv-nb-2026-11-11@animafac.net>", "References": "<rdv-nb-2026-11-11@animafac.net>"},
    )),
    # Feature: quoting_styles — kind — Merci beaucoup pour l'atelier
    # shape: a thank-you bottom-posted under a «> » quote of the workshop's invitation (not our thread: a partner's mail), no application → other
    N("quoting_styles", "kind", "Merci beaucoup pour l'atelier", M(
        "Rozenn Blin <rozenn.blin@gmail.com>", "Re: Atelier réseau", "13 18:22",
        """> Atelier réseau : jeudi 12 novembre, 18h, Maison des associations.

Merci beaucoup pour l'atelier d'hier, j'ai appris plein de choses.
Rozenn""",
        other(),
    )),
    # Feature: english_clients — level — a Master's in Development Studies
    # shape: iPhone in English, «Sent from my iPhone» at the foot → application (English); a Master's (bac+5) of June 2025, a French association → eligible
    N("english_clients", "level", "a Master's in Development Studies", M(
        "Folake Adeyemi <folake.adeyemi@icloud.com>", "Application", "02 07:50",
        """Hi,

I hold a Master's in Development Studies from SOAS (June 2025) and I recently moved to Paris. I'd love to work for a French association in international solidarity. Could your programme help me?

Folake Adeyemi
+33 7 52 63 14 80

Sent from my iPhone""",
        app("Folake", "Adeyemi", phone="+33752631480", bac=5, grad="2025-06", language="en", status="en_iphone_masters_soas"),
        headers={"X-Mailer": "iPhone Mail (22B91)"},
    )),
    # Feature: english_clients — studies_finished — I'm in the final year of my BA
    # shape: Outlook for iOS in English, «Get Outlook for iOS» under three lines → application (English); a BA running until June 2027 → fails studies_finished → not eligible
    N("english_clients", "studies_finished", "I'm in the final year of my BA", M(
        "Euan Fraser <euan.fraser@outlook.com>", "Pro'pulse", "03 21:05",
        """Hello, I'm in the final year of my BA in French and Politics (Edinburgh, graduating June 2027), on my year abroad in Lyon. I'd like to start working in the social economy in France after that.
Euan

Get Outlook for iOS""",
        app("Euan", "Fraser", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="en_outlook_ios_ba_final_year"),
        headers={"X-Mailer": "Microsoft Outlook for iOS"},
    )),
    # Feature: english_clients — career_change — worked as a chef for eight years
    # shape: an adviser's English note above «-----Original Message-----» and the applicant's mail with «From: Sent: To: Subject:» → application (referral: the adviser in forwarded_by, the applicant's address); eight years as a chef before the degree → fails not_career_change → not eligible
    N("english_clients", "career_change", "worked as a chef for eight years", M(
        "Helen Carter <h.carter@britishcouncil.example.org>", "FW: Pro'pulse application", "04 09:15",
        """Dear Pro'pulse team,

I'm forwarding the message below from a learner of ours. Best wishes, Helen

-----Original Message-----
From: Diego Alvarez <diego.alvarez@gmail.com>
Sent: Tuesday, November 3, 2026 6:41 PM
To: Helen Carter <h.carter@britishcouncil.example.org>
Subject: Pro'pulse application

Hi Helen, as we discussed: I worked as a chef for eight years in London, then completed a BA in Social Policy in June 2026. I'd like to work for a French food bank or a social restaurant. Diego, +44 7911 123456""",
        app("Diego", "Alvarez", phone="+447911123456", bac=3, grad="2026-06", failing=("not_career_change",), email="diego.alvarez@gmail.com", forwarded_by="h.carter@britishcouncil.example.org", language="en", status="en_original_message_chef"),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: english_clients — aim — a role in an NGO or a social enterprise
    # shape: Gmail in English, new words above «On Fri, Nov 20, 2026 at 2:03 PM … wrote:» and her own earlier quoted mail → application (English); MA of September 2025, an NGO or social enterprise → eligible
    N("english_clients", "aim", "a role in an NGO or a social enterprise", M(
        "Hannah Becker <hannah.becker@gmail.com>", "Re: application", "21 10:02",
        """Hi again,

To be clearer than yesterday: I'm looking for a role in an NGO or a social enterprise, nothing else.

Hannah

On Fri, Nov 20, 2026 at 2:03 PM Hannah Becker <hannah.becker@gmail.com> wrote:
> Hello, I finished my MA in Sustainability Studies at Lund University in September 2025 and I'm now living in Strasbourg. Could I join your programme?
> Hannah Becker, +49 151 23456789""",
        app("Hannah", "Becker", phone="+4915123456789", bac=5, grad="2025-09", language="en", status="en_gmail_wrote_ngo"),
    )),
    # Feature: english_clients — level — a Higher National Diploma
    # ambiguous: a Nigerian HND, its French level never said (bac+2 or below?) — degree_level stays open
    # shape: English mail with a long English confidentiality notice («This email and any attachments are confidential…») that is no fact → application (English); an HND of 2025 of unknown French level, an ESS aim → degree_level open → to verify
    N("english_clients", "level", "a Higher National Diploma", M(
        "Chidi Eze <chidi.eze@consult-ng.example.com>", "Application to Pro'pulse", "05 16:20",
        """Good afternoon,

I hold a Higher National Diploma in Business Administration (Yaba College of Technology, 2025). I now live in Lille and would like to work for a cooperative or an association.

Kind regards,
Chidi Eze
+33 6 05 82 47 19

This email and any attachments are confidential and intended solely for the use of the individual to whom they are addressed. If you have received this email in error please notify the sender.""",
        app("Chidi", "Eze", phone="+33605824719", bac="*", grad="2025", unknown=("degree_level",), language="en", status="en_disclaimer_hnd"),
    )),
    # Feature: english_clients — studies_finished — the results come out in January
    # ambiguous: everything handed in, the results due in January — whether the degree is obtained stays open
    # shape: Samsung Email in English, «Sent from my Galaxy» at the foot → application (English); an MSc whose results come in January, an ESS aim → studies_finished open → to verify
    N("english_clients", "studies_finished", "the results come out in January", M(
        "Ifeoma Lawal <ifeoma.lawal@gmail.com>", "Pro'pulse application", "06 12:12",
        """Hello, I've finished all my MSc coursework (Social Innovation, Lille) and handed in my dissertation; the results come out in January. I'm looking for a job in a French social enterprise. Ifeoma, 07 49 31 86 20

Sent from my Galaxy""",
        app("Ifeoma", "Lawal", phone="+33749318620", bac="*", grad=None, unknown=("studies_finished",), language="en", status="en_galaxy_dissertation_january"),
        headers={"X-Mailer": "Samsung Mobile Email"},
    )),
    # Feature: english_clients — kind — is the programme open to non-French speakers
    # shape: iPhone in English, «Sent from my iPhone», a question with no personal fact → question
    N("english_clients", "kind", "is the programme open to non-French speakers", M(
        "Kate Doyle <kate.doyle@icloud.com>", "Question", "09 08:08",
        """Hi, is the programme open to non-French speakers, or are all workshops in French? Thanks

Sent from my iPhone""",
        question(language="en"),
        headers={"X-Mailer": "iPhone Mail (22B91)"},
    )),
    # Feature: english_clients — kind — I am currently out of the office
    # shape: an English Outlook out-of-office with an English disclaimer, Auto-Submitted: auto-replied → auto_reply
    N("english_clients", "kind", "I am currently out of the office", M(
        "James Holloway <j.holloway@impact-fund.example.co.uk>", "Automatic reply: Pro'pulse partnership", "10 09:00",
        """Thank you for your email. I am currently out of the office with limited access to email, returning on 18 November.

This email and any attachments are confidential.""",
        auto_reply(),
        headers={"X-Mailer": "Microsoft Outlook 16.0", "Auto-Submitted": "auto-replied"},
    )),
]
