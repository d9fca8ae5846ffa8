"""Identities corpus, batch 03 (writer A): phones (a La Réunion mobile, Martinique's +596, a Belgian +32, a
Moroccan +212, a Senegalese +221, 0033, a number split across a line beside a mother's), addresses_in_body
(«écrivez-moi plutôt à …», «[at] … [point]», a university address ending and a personal one, an address in the
CV to answer at, a signature address, a Reply-To) and names_of_the_world («El Idrissi», «Fatoumata Bintou
Coulibaly», «N'Diaye», «Hovhannisyan», «Kevin Zhang» born «Zhang Wei», «Đặng»)."""
# ruff: noqa: E501

from __future__ import annotations

from identities import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: phones — level — 0692 41 83 27
    # route: the Réunion mobile «0692 41 83 27» in the signature → phone +262692418327; the licence of June 2025 in the first paragraph, an association in Saint-Denis sought → application; bac+3 of 2025, ESS sought → eligible
    N("phones", "level", "0692 41 83 27", M(
        "Jessica Payet <jessica.payet974@gmail.com>", "Candidature depuis La Réunion", "02 06:40",
        """Bonjour,

Je vous écris de Saint-Denis de La Réunion. J'ai obtenu ma licence de sciences sanitaires et sociales en juin 2025 à l'université de La Réunion.

Je cherche un poste de coordinatrice dans une association d'aide à domicile de l'île. Votre accompagnement se fait-il aussi à distance ?

Jessica Payet
0692 41 83 27""",
        app("Jessica", "Payet", phone="+262692418327", bac=3, grad="2025-06", status="payet_reunion_licence"),
    )),
    # Feature: phones — graduation — +596 696 24 51 09
    # route: the Martinique mobile «+596 696 24 51 09» in the body → phone +596696245109; the BTS of June 2023 → application; bac+2 of 2023, 41 months ago → fails graduation_recent → not eligible
    N("phones", "graduation", "+596 696 24 51 09", M(
        "Dimitri Bellance <dimitri.bellance@outlook.fr>", "Demande d'accompagnement", "03 13:15",
        """Bonjour,

Dimitri Bellance, de Fort-de-France. J'ai un BTS Gestion de la PME obtenu en juin 2023 et je voudrais travailler dans une coopérative agricole de l'île. Vous pouvez m'appeler au +596 696 24 51 09 (décalage horaire : moins cinq heures).

Merci,
Dimitri""",
        app("Dimitri", "Bellance", phone="+596696245109", bac=2, grad="2023-06", failing=("graduation_recent",), status="bellance_martinique_bts_2023"),
    )),
    # Feature: phones — level — +32 470 58 21 96
    # ambiguous: a Belgian «promotion sociale» course of three evening years whose title she does not give: it may be a bachelor (bac+3) or a shorter certificate: degree_level open
    # route: the Belgian mobile «+32 470 58 21 96» in the signature → phone +32470582196; the evening course of 2026 → application; level unknown, an ASBL sought → degree_level open → to verify
    N("phones", "level", "+32 470 58 21 96", M(
        "Manon Wauters <manon.wauters@gmail.com>", "Candidature - frontalière", "04 18:50",
        """Bonjour,

J'habite Tournai et je voudrais travailler côté français. J'ai terminé en juin 2026 une formation d'éducatrice en promotion sociale, trois ans en cours du soir. Je cherche un poste dans une association d'aide à l'enfance à Lille ou Roubaix.

Manon Wauters
+32 470 58 21 96""",
        app("Manon", "Wauters", phone="+32470582196", bac=None, grad="2026-06", unknown=("degree_level",), status="wauters_belgique_promotion_sociale"),
    )),
    # Feature: phones — studies_finished — +212 6 61 23 45 78
    # route: the Moroccan mobile «+212 6 61 23 45 78» in the body → phone +212661234578; the master running in Rabat until July 2027 → application; studies running → fails studies_finished → not eligible
    N("phones", "studies_finished", "+212 6 61 23 45 78", M(
        "Omar Tazi <omar.tazi@gmail.com>", "Programme Pro'pulse", "05 10:30",
        """Bonjour,

Je suis en deuxième année de master à Rabat et je finis en juillet 2027. Je voudrais revenir à Lyon ensuite et travailler dans une association de solidarité internationale.

Peut-on commencer l'accompagnement avant la fin du master ? Mon numéro : +212 6 61 23 45 78 (WhatsApp).

Omar Tazi""",
        app("Omar", "Tazi", phone="+212661234578", bac="*", grad=None, failing=("studies_finished",), status="tazi_maroc_master_en_cours"),
    )),
    # Feature: phones — graduation — +221 77 412 35 60
    # ambiguous: «I graduated a while ago» with no year, and nothing else dates the degree: graduation_recent open
    # route: the Senegalese mobile «+221 77 412 35 60» in the signature → phone +221774123560; a BA from Accra with no year → application (en); bac+3, date open, an NGO sought → graduation_recent open → to verify
    N("phones", "graduation", "+221 77 412 35 60", M(
        "Aminata Sow <aminata.sow.dkr@gmail.com>", "Application Pro'pulse", "06 15:00",
        """Hello,

I hold a BA in Development Studies from the University of Ghana (Accra); I graduated a while ago and have since volunteered with a women's cooperative in Thiès. I will move to Paris in January and I am looking for a job with an NGO or an association there.

Best regards,
Aminata Sow
+221 77 412 35 60""",
        app("Aminata", "Sow", phone="+221774123560", bac=3, grad=None, unknown=("graduation_recent",), language="en", status="sow_senegal_ba_en"),
    )),
    # Feature: phones — aim — 0033 6 73 20 84 51
    # route: a mobile written «0033 6 73 20 84 51» from abroad → phone +33673208451; the master of 2026 and a SCOP sought → application; bac+5 of 2026, ESS sought → eligible
    N("phones", "aim", "0033 6 73 20 84 51", M(
        "Romain Chevalier <romain.chevalier@gmail.com>", "Candidature", "07 09:55",
        """Bonjour,

Je rentre de six mois de voyage en janvier. J'ai obtenu mon master de génie civil en juin 2026 et je cherche un poste de conducteur de travaux dans une SCOP du bâtiment, vers Nantes.

Mon numéro français reste actif : 0033 6 73 20 84 51.

Romain Chevalier""",
        app("Romain", "Chevalier", phone="+33673208451", bac=5, grad="2026-06", status="chevalier_0033_scop"),
    )),
    # Feature: phones — level — 06 12 38 57 90
    # route: her mobile split across a line («06 12 38» / «57 90»), her mother's landline after it → phone +33612385790 (hers, not her mother's); a titre professionnel niveau 4 as her only diploma → application; niveau 4 below bac+2 → fails degree_level → not eligible
    N("phones", "level", "06 12 38 57 90", M(
        "Inès Lopes <ines.lopes@gmail.com>", "candidature", "08 17:40",
        """Bonjour,

J'ai un titre professionnel d'assistante de vie aux familles (niveau 4), obtenu en mars 2026. Je voudrais travailler dans une association d'aide à domicile.

Vous pouvez me joindre au 06 12 38
57 90, ou chez ma mère au 04 78 62 31 05 si je ne réponds pas.

Inès Lopes""",
        app("Inès", "Lopes", phone="+33612385790", bac=0, grad="2026-03", failing=("degree_level",), status="lopes_numero_coupe"),
    )),
    # Feature: phones — kind — rappelez-moi au 07 69 45 12 03
    # route: a question about the programme's calendar from someone who gives only a phone to call back, no facts of her own → question
    N("phones", "kind", "rappelez-moi au 07 69 45 12 03", M(
        "Nadia <nadia.f@gmail.com>", "Question rapide", "09 12:05",
        """Bonjour,

Quand commence la prochaine session du programme ? C'est plus simple pour moi par téléphone : rappelez-moi au 07 69 45 12 03 après 18 h.

Nadia""",
        question(),
    )),
    # Feature: phones — kind — mon nouveau numéro
    # route: an answer in our thread (In-Reply-To <…@animafac.net>) giving a new phone number → reply
    N("phones", "kind", "mon nouveau numéro", M(
        "Kevin Grondin <kevin.grondin@gmail.com>", "Re: Pro'pulse - rendez-vous", "16 08:30",
        """Bonjour,

Merci, je serai bien là jeudi. Attention, j'ai changé de téléphone : mon nouveau numéro est le 0693 12 45 78.

Kevin

Le 15 nov. 2026 à 11:00, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Kevin, nous confirmons votre rendez-vous de jeudi à 9 h (heure de La Réunion).""",
        reply(),
        headers={"In-Reply-To": "<rdv-2026-11-15-0127@animafac.net>"},
    )),
    # Feature: addresses_in_body — graduation — écrivez-moi plutôt à theo.marchal@gmail.com
    # route: the From his employer's address, «écrivez-moi plutôt à theo.marchal@gmail.com» in the body → email theo.marchal@gmail.com; the master of June 2025 → application; bac+5 of 2025, an association sought → eligible
    N("addresses_in_body", "graduation", "écrivez-moi plutôt à theo.marchal@gmail.com", M(
        "Théo Marchal <t.marchal@logistique-rhone.example.com>", "Candidature programme", "02 12:50",
        """Bonjour,

Je vous écris de ma boîte professionnelle (contrat saisonnier qui se termine fin novembre) : écrivez-moi plutôt à theo.marchal@gmail.com.

Master de géographie obtenu en juin 2025. Je cherche un poste de chargé de mission mobilité dans une association.

Théo Marchal""",
        app("Théo", "Marchal", phone=None, bac=5, grad="2025-06", email="theo.marchal@gmail.com", status="marchal_adresse_perso"),
    )),
    # Feature: addresses_in_body — situation — clara [point] moulin [at] laposte [point] net
    # ambiguous: «une mission de six mois à la Croix-Rouge» may be a CDD, a stage or a service civique; she does not say which: not_internship and not_service_civique open
    # route: the address written obfuscated in the body, decoded → email clara.moulin@laposte.net; the licence of 2026 then a «mission» running to January → application; bac+3 of 2026, the mission's nature unknown → to verify
    N("addresses_in_body", "situation", "clara [point] moulin [at] laposte [point] net", M(
        "Clara M. <cm.2003@gmail.com>", "Inscription Pro'pulse", "03 20:20",
        """Bonjour,

Licence de sciences de l'éducation (juin 2026). En ce moment j'ai une mission de six mois à la Croix-Rouge, jusqu'en janvier. Après je voudrais un poste dans une association d'éducation populaire.

Je ne lis plus cette adresse, répondez-moi à : clara [point] moulin [at] laposte [point] net

Clara Moulin""",
        app("Clara", "Moulin", phone=None, bac=3, grad="2026-06", email="clara.moulin@laposte.net", unknown=("not_internship", "not_service_civique"), status="moulin_adresse_masquee"),
    )),
    # Feature: addresses_in_body — aim — lucie.fabre.rh@gmail.com
    # route: the From a university address closing in December, a personal address given → email lucie.fabre.rh@gmail.com; the master of 2026 and a bank's HR sought → application; bac+5 of 2026, a bank sought → fails job_seeking_ess → not eligible
    N("addresses_in_body", "aim", "lucie.fabre.rh@gmail.com", M(
        "Lucie Fabre <lucie.fabre@etu.univ-nantes.example.fr>", "Candidature RH", "04 09:00",
        """Bonjour,

Mon adresse universitaire sera fermée le 31 décembre ; pour la suite, merci d'utiliser lucie.fabre.rh@gmail.com.

J'ai eu mon master RH en septembre 2026. Je vise un poste de chargée de recrutement dans une grande banque de réseau ou une compagnie d'assurance.

Lucie Fabre""",
        app("Lucie", "Fabre", phone=None, bac=5, grad="2026-09", email="lucie.fabre.rh@gmail.com", failing=("job_seeking_ess",), status="fabre_adresse_fac_fermee"),
    )),
    # Feature: addresses_in_body — aim — l'adresse indiquée sur mon CV
    # ambiguous: «un poste de comptable» with no kind of employer: job_seeking_ess open
    # route: «répondez-moi à l'adresse indiquée sur mon CV», the CV's address differing from the From → email jeremy.caron.compta@gmail.com; the DCG of 2026 → application; bac+3 of 2026, aim open → to verify
    N("addresses_in_body", "aim", "l'adresse indiquée sur mon CV", M(
        "Jérémy Caron <jcaron80@hotmail.fr>", "Candidature", "05 16:35",
        """Bonjour,

J'ai obtenu le DCG en juillet 2026 et je cherche un poste de comptable à Amiens. Merci de me répondre à l'adresse indiquée sur mon CV, je n'utilise presque plus celle-ci.

Cordialement,
Jérémy Caron""",
        app("Jérémy", "Caron", phone="+33622471930", bac=3, grad="2026-07", email="jeremy.caron.compta@gmail.com", unknown=("job_seeking_ess",), status="caron_adresse_du_cv"),
        cv=CV("pdf", "CV_Jeremy_Caron.pdf", """Jérémy Caron
jeremy.caron.compta@gmail.com - 06 22 47 19 30
DCG, Lycée Louis-Thuillier, Amiens (juillet 2026)
BTS Comptabilité et gestion (2023)"""),
    )),
    # Feature: addresses_in_body — studies_finished — Contact : yasmine.toure.pro@gmail.com
    # route: the signature's «Contact : yasmine.toure.pro@gmail.com (c'est celle que je consulte)» differing from the From → email that one; the licence in alternance running to June 2027 → application; studies running → fails studies_finished → not eligible
    N("addresses_in_body", "studies_finished", "Contact : yasmine.toure.pro@gmail.com", M(
        "Yasmine T. <yasminet.59@hotmail.fr>", "Question inscription", "06 11:10",
        """Bonjour,

Je suis en licence professionnelle en alternance dans une mutuelle, jusqu'en juin 2027. Je voudrais savoir si je peux m'inscrire pour préparer l'après.

Yasmine Touré
Contact : yasmine.toure.pro@gmail.com (c'est celle que je consulte)""",
        app("Yasmine", "Touré", phone=None, bac="*", grad=None, email="yasmine.toure.pro@gmail.com", failing=("studies_finished",), status="toure_adresse_signature"),
    )),
    # Feature: addresses_in_body — situation — Lena Schmitt
    # route: a Reply-To header naming another address of hers (lena.schmitt.pro@gmail.com) → email the Reply-To's; the service civique over in September and the BTS of 2025 → application; bac+2 of 2025, service civique over, an association sought → eligible
    N("addresses_in_body", "situation", "Lena Schmitt", M(
        "Lena Schmitt <lena.schmitt67@orange.fr>", "Candidature programme", "07 14:40",
        """Bonjour,

BTS Tourisme en juin 2025, puis service civique à Unis-Cité, terminé en septembre 2026. Je cherche un poste d'animatrice dans une association de quartier à Strasbourg.

Merci de votre retour,
Lena Schmitt""",
        app("Lena", "Schmitt", phone=None, bac=2, grad="2025-06", email="lena.schmitt.pro@gmail.com", status="schmitt_reply_to"),
        headers={"Reply-To": "lena.schmitt.pro@gmail.com"},
    )),
    # Feature: addresses_in_body — kind — merci d'écrire désormais à
    # route: an out-of-office (Auto-Submitted) of a school's careers office giving a deputy's address → auto-reply
    N("addresses_in_body", "kind", "merci d'écrire désormais à", M(
        "Service stages <stages@lycee-carnot.example.fr>", "Réponse automatique", "17 07:00",
        """Bonjour,

Cette adresse n'est plus consultée pendant les congés de Mme Lenoir. Pour toute demande, merci d'écrire désormais à vie-scolaire@lycee-carnot.example.fr.

Service des stages""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: addresses_in_body — kind — notre nouvelle adresse
    # route: a partner association's notice of its new address, no applicant → other
    N("addresses_in_body", "kind", "notre nouvelle adresse", M(
        "Accueil Solidarité Emploi <contact@ase-lille.example.org>", "Changement d'adresse mail", "18 10:15",
        """Bonjour,

Merci de noter notre nouvelle adresse : accueil@ase-lille.example.org. L'ancienne ne sera plus relevée après le 31 décembre.

L'équipe d'Accueil Solidarité Emploi""",
        other(),
    )),
    # Feature: names_of_the_world — level — Yasmine El Idrissi
    # route: «Yasmine El Idrissi» in the first sentence and the signature → last name El Idrissi (the particle kept); the master of 2026 → application; bac+5 of 2026, a migrants' association sought → eligible
    N("names_of_the_world", "level", "Yasmine El Idrissi", M(
        "Yasmine El Idrissi <y.elidrissi@gmail.com>", "Candidature", "02 17:05",
        """Bonjour,

Je suis Yasmine El Idrissi, titulaire d'un master de droit des étrangers depuis juin 2026. Je voudrais être juriste dans une association d'accompagnement des personnes migrantes, à Marseille.

Bien à vous,
Yasmine El Idrissi""",
        app("Yasmine", "El Idrissi", phone=None, bac=5, grad="2026-06", status="el_idrissi_master_2026"),
    )),
    # Feature: names_of_the_world — situation — Fatoumata Bintou Coulibaly
    # route: «Fatoumata Bintou Coulibaly» in the signature, «Fatoumata Bintou» as her first names → first name Fatoumata Bintou, last name Coulibaly; the licence of 2025 then a service civique running to July 2027 → application; a service civique running → fails not_service_civique → not eligible
    N("names_of_the_world", "situation", "Fatoumata Bintou Coulibaly", M(
        "Fatoumata Coulibaly <fatou.coulibaly@outlook.fr>", "demande", "03 19:25",
        """Bonjour,

J'ai une licence d'anglais (2025) et je fais un service civique dans une association de soutien scolaire jusqu'en juillet 2027. Je voudrais savoir si je peux déjà faire votre programme.

Mes prénoms sont Fatoumata Bintou, je tiens aux deux.

Fatoumata Bintou Coulibaly""",
        app("Fatoumata Bintou", "Coulibaly", phone=None, bac=3, grad="2025-06", failing=("not_service_civique",), status="coulibaly_service_civique_2027"),
    )),
    # Feature: names_of_the_world — graduation — Ousmane N'Diaye
    # route: «Ousmane N'Diaye» with its apostrophe in the signature, the From without it → last name N'Diaye; the BUT of June 2026 → application; bac+3 of 2026, an insertion company sought → eligible
    N("names_of_the_world", "graduation", "Ousmane N'Diaye", M(
        "Ousmane Ndiaye <ousmane.ndiaye@gmail.com>", "Candidature Pro'pulse", "04 13:45",
        """Bonjour,

J'ai obtenu mon BUT Gestion logistique et transport en juin 2026 à l'IUT de Villeneuve-d'Ascq. Je cherche un poste dans une entreprise d'insertion de logistique ou une ressourcerie.

Ousmane N'Diaye
06 52 41 27 63""",
        app("Ousmane", "N'Diaye", phone="+33652412763", bac=3, grad="2026-06", status="ndiaye_apostrophe_but"),
    )),
    # Feature: names_of_the_world — career_change — Anahit Hovhannisyan
    # ambiguous: six years as a pharmacy assistant then a master of public health: a pharmacy assistant going into health prevention may continue her trade or change it; she does not say: not_career_change open
    # route: «Anahit Hovhannisyan» in the signature → last name Hovhannisyan; six years of work before a master of 2026 → application; bac+5 of 2026, an association sought, career change unclear → not_career_change open → to verify
    N("names_of_the_world", "career_change", "Anahit Hovhannisyan", M(
        "Anahit Hovhannisyan <anahit.hovhannisyan@gmail.com>", "Candidature", "05 08:15",
        """Bonjour,

J'ai été préparatrice en pharmacie pendant six ans, à Erevan puis à Lyon, et j'ai obtenu en septembre 2026 un master de santé publique. Je cherche un poste en prévention dans une association de santé.

Cordialement,
Anahit Hovhannisyan""",
        app("Anahit", "Hovhannisyan", phone=None, bac=5, grad="2026-09", unknown=("not_career_change",), status="hovhannisyan_master_sante"),
    )),
    # Feature: names_of_the_world — aim — Kevin Zhang (Zhang Wei en chinois)
    # route: «Kevin Zhang (Zhang Wei en chinois)», the adopted first name he signs with → first name Kevin, last name Zhang; the master of 2025 and a video-game studio sought → application; bac+5 of 2025, a private studio → fails job_seeking_ess → not eligible
    N("names_of_the_world", "aim", "Kevin Zhang (Zhang Wei en chinois)", M(
        "Kevin Zhang <kevin.zhang.dev@gmail.com>", "Candidature développeur", "06 21:40",
        """Bonjour,

Kevin Zhang (Zhang Wei en chinois). Master informatique obtenu en juin 2025 à Paris-Saclay. Je cherche un poste de développeur dans un studio de jeux vidéo.

Merci,
Kevin Zhang""",
        app("Kevin", "Zhang", phone=None, bac=5, grad="2025-06", failing=("job_seeking_ess",), status="kevin_zhang_studio"),
    )),
    # Feature: names_of_the_world — situation — Đặng is my family name
    # route: «Đặng Thị Mai» in the first line, «Đặng is my family name … please call me Mai» → first name Mai, last name Đặng (the diacritics kept); the stage over in August and the master of 2026 → application (en); bac+5 of 2026, a non-profit sought → eligible
    N("names_of_the_world", "situation", "Đặng is my family name", M(
        "Mai Dang <mai.dang.hn@gmail.com>", "Application", "07 10:05",
        """Hello,

My name is Đặng Thị Mai: Đặng is my family name, Thị a middle name, and please call me Mai. I completed my master's in public policy at Sciences Po Lyon in July 2026, after my final internship ended in June.

I am looking for a job in a non-profit working on housing.

Best wishes,
Mai Đặng""",
        app("Mai", "Đặng", phone=None, bac=5, grad="2026-07", language="en", status="dang_thi_mai_en"),
    )),
    # Feature: names_of_the_world — kind — Portraits de la diaspora
    # route: a diaspora association's newsletter (List-Unsubscribe, Precedence bulk) with members' portraits → newsletter
    N("names_of_the_world", "kind", "Portraits de la diaspora", M(
        "Diaspora & Emploi <infos@diaspora-emploi.example.org>", "Lettre d'information n° 38", "19 07:30",
        """Lettre d'information n° 38

Portraits de la diaspora : Rivo Andrianarisoa, Aïssatou Bâ et Hakob Sargsyan racontent leur premier emploi dans l'ESS.

Prochain atelier CV : le 10 décembre à Saint-Denis.

Se désinscrire : lien en bas de page.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://diaspora-emploi.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: names_of_the_world — kind — Razafindrakoto
    # route: a Malagasy students' association proposing a joint evening, signed by its president, no applicant → other
    N("names_of_the_world", "kind", "Razafindrakoto", M(
        "Association des étudiants malgaches de Lyon <aeml@example.org>", "Proposition de soirée", "20 18:20",
        """Bonjour,

Nous aimerions organiser avec vous une soirée d'information sur l'emploi dans l'ESS pour nos membres, en janvier. Qui peut-on contacter ?

Tiana Razafindrakoto, présidente""",
        other(),
    )),
]
