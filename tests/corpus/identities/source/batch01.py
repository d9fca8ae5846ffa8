"""Identities corpus, batch 01 (writer A): compound_first_names («Jean-Baptiste» greeted as «JB», «Anne Sophie»
with no hyphen, «María José», «Mohamed Amine», «Thomas Laurent»), several_surnames («García López», «de La
Tour», «Le Gall», «Ben Salah», «née Morel», «Ferreira da Silva») and family_name_first («DUPONT Marie», «Mme
MARTIN Claire», «Nguyen Van An», «ZHANG Wei», a form's «Nom : / Prénom :», a From «LEROY Paul»)."""
# ruff: noqa: E501

from __future__ import annotations

from identities import N
from kit import M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: compound_first_names — level — Jean-Baptiste Morel
    # route: «JB» in the first line, «Jean-Baptiste Morel» and his mobile in the signature → first name Jean-Baptiste; the licence pro of June 2025 in the second paragraph, a régie de quartier sought → application; bac+3 of 2025, ESS sought → eligible
    N("compound_first_names", "level", "Jean-Baptiste Morel", M(
        "jb.morel <jb.morel@gmail.com>", "Candidature Pro'pulse", "02 09:40",
        """Bonjour,

JB, 24 ans, de Villeurbanne. Un ami accompagné l'an dernier m'a conseillé de vous écrire.

J'ai une licence professionnelle « coordination de projets de développement social », obtenue en juin 2025 à Lyon 2. Depuis je fais de l'animation en périscolaire et je voudrais un vrai poste de coordinateur dans une régie de quartier ou un centre social associatif.

Merci de me dire comment m'inscrire.

Jean-Baptiste Morel
07 81 26 44 09""",
        app("Jean-Baptiste", "Morel", phone="+33781264409", bac=3, grad="2025-06", status="jb_licence_pro_2025_regie"),
    )),
    # Feature: compound_first_names — graduation — Anne Sophie Bertin
    # route: «Anne Sophie Bertin» unhyphenated in «je m'appelle» and in the signature → first name Anne Sophie (space kept); the master of June 2023 in the first paragraph → application; bac+5 of 2023, 41 months ago → fails graduation_recent → not eligible
    N("compound_first_names", "graduation", "Anne Sophie Bertin", M(
        "Anne Sophie Bertin <annesophie.bertin@laposte.net>", "Demande d'accompagnement", "03 14:15",
        """Bonjour,

Je m'appelle Anne Sophie Bertin. J'ai obtenu un master de sociologie en juin 2023 à l'université de Nantes, puis j'ai enchaîné des missions d'enquêtrice en CDD.

Je cherche maintenant un poste de chargée d'études dans une fédération associative ou une mutuelle. Est-ce que je peux rejoindre votre programme ?

Cordialement,
Anne Sophie Bertin
02 40 71 18 63""",
        app("Anne Sophie", "Bertin", phone="+33240711863", bac=5, grad="2023-06", failing=("graduation_recent",), status="anne_sophie_master_2023"),
    )),
    # Feature: compound_first_names — aim — María José Romero
    # ambiguous: «an organisation where I can be useful» names no kind of employer (a company, a public body or an association would all fit): job_seeking_ess open
    # route: «María José» in the first sentence and the signature, the From with the accents stripped → first name María José; the MSc of June 2026 in the first paragraph, the aim in the second → application (en); bac+5 of 2026, aim's sector unknown → job_seeking_ess open → to verify
    N("compound_first_names", "aim", "María José Romero", M(
        "Maria Jose Romero <mariajose.romero@gmail.com>", "Application - Pro'pulse", "03 18:02",
        """Hello,

My name is María José Romero (María José is my first name, both words). I finished an MSc in Environmental Management in Barcelona in June 2026 and I moved to Toulouse in September with my partner.

I am looking for a job in an organisation where I can be useful, on water or waste projects. My French is improving every week.

Could your programme help me?

Best regards,
María José Romero""",
        app("María José", "Romero", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), language="en", status="maria_jose_msc_2026_en"),
    )),
    # Feature: compound_first_names — situation — Mohamed Amine Bouzid
    # route: «Mohamed Amine Bouzid» in the signature, «Mohamed Amine» in the first line, the phone dotted → first name Mohamed Amine; the BTS of 2026 then a service civique running to June 2027 → application; bac+2 of 2026 but a service civique running → fails not_service_civique → not eligible
    N("compound_first_names", "situation", "Mohamed Amine Bouzid", M(
        "Mohamed Amine Bouzid <mohamedamine.bouzid@outlook.fr>", "Programme Pro'pulse", "04 11:27",
        """Bonjour,

Mohamed Amine, 21 ans, de Marseille. J'ai eu mon BTS Services informatiques aux organisations en juin 2026 et depuis octobre je suis en service civique à la Ligue de l'enseignement, jusqu'à fin juin 2027.

Je voudrais préparer la suite dès maintenant pour trouver un emploi dans le numérique solidaire. Est-ce possible avec vous ?

Merci,
Mohamed Amine Bouzid
06.52.18.77.30""",
        app("Mohamed Amine", "Bouzid", phone="+33652187730", bac=2, grad="2026-06", failing=("not_service_civique",), status="mohamed_amine_bts_service_civique"),
    )),
    # Feature: compound_first_names — aim — je m'appelle Thomas Laurent
    # route: the From's display name «Laurent Thomas» (order reversed by his mail client), «je m'appelle Thomas Laurent» in the body → first name Thomas, last name Laurent; the master of 2025 and a coopérative sought → application; bac+5 of 2025, ESS sought → eligible
    N("compound_first_names", "aim", "je m'appelle Thomas Laurent", M(
        "Laurent Thomas <thomas.laurent.pro@gmail.com>", "Candidature - accompagnement vers l'ESS", "05 08:50",
        """Bonjour,

Je m'appelle Thomas Laurent (Thomas est mon prénom, ma messagerie affiche les deux dans l'autre sens). Je suis titulaire d'un master en économie sociale et solidaire de l'université de Rennes 2, obtenu en septembre 2025.

Je cherche un poste de chargé de développement dans une coopérative d'activité et d'emploi ou une SCIC en Bretagne.

Bien cordialement,
Thomas Laurent""",
        app("Thomas", "Laurent", phone=None, bac=5, grad="2025-09", status="thomas_laurent_master_ess_2025"),
    )),
    # Feature: compound_first_names — career_change — Marie-Claire Fontaine
    # ambiguous: five years as an administrative assistant then a master taken «pour évoluer»; she neither says she changes trade nor that she continues the same one (an assistant's post in an association would be the same trade): not_career_change open
    # route: «Marie-Claire Fontaine» in the signature, «Marie-Claire» in the first line → first name Marie-Claire; the master of June 2026 after five years of work, the aim in the last paragraph → application; bac+5 of 2026, ESS sought, career change unclear → not_career_change open → to verify
    N("compound_first_names", "career_change", "Marie-Claire Fontaine", M(
        "Marie-Claire Fontaine <mc.fontaine@free.fr>", "Inscription", "06 20:31",
        """Bonjour,

Marie-Claire, 31 ans. J'ai travaillé cinq ans comme assistante administrative dans une entreprise de transport, puis j'ai repris un master management des organisations pour évoluer, que j'ai validé en juin 2026.

J'aimerais maintenant travailler dans une association, sur un poste de gestion ou de coordination.

Merci pour votre retour,
Marie-Claire Fontaine""",
        app("Marie-Claire", "Fontaine", phone=None, bac=5, grad="2026-06", unknown=("not_career_change",), status="marie_claire_reprise_master"),
    )),
    # Feature: compound_first_names — graduation — Pierre-Louis Garnier
    # ambiguous: the DUT is named with its IUT but no year, and nothing dates it (no age, no year of work): graduation_recent open
    # route: «Pierre Louis» spaced in the first line, «Pierre-Louis Garnier» hyphenated in the signature → first name Pierre-Louis (the fullest form, the signature's); the DUT without a year → application; bac+2, date unknown, an association of insertion sought → graduation_recent open → to verify
    N("compound_first_names", "graduation", "Pierre-Louis Garnier", M(
        "Pierre-Louis Garnier <pl.garnier@gmail.com>", "Demande d'info", "07 13:05",
        """Bonjour,

Ici Pierre Louis, de Lille. J'ai un DUT Carrières sociales de l'IUT de Tourcoing et j'aimerais travailler dans une association d'insertion par l'activité économique, comme encadrant ou conseiller.

Votre programme peut-il m'accompagner ?

Pierre-Louis Garnier
06 24 90 37 15""",
        app("Pierre-Louis", "Garnier", phone="+33624903715", bac=2, grad=None, unknown=("graduation_recent",), status="pierre_louis_dut_sans_annee"),
    )),
    # Feature: compound_first_names — kind — Marie-Ange, Jean-Marc et Lou-Anne
    # route: a student office's question signed by three compound first names, no facts of the writers' own → question
    N("compound_first_names", "kind", "Marie-Ange, Jean-Marc et Lou-Anne", M(
        "BDE Sciences sociales Lyon 2 <bde.socio.lyon2@gmail.com>", "Question sur les conditions", "08 10:12",
        """Bonjour,

Nous organisons un forum métiers pour les étudiants de L3 et de master. Pouvez-vous nous dire si votre programme est ouvert aux étudiants qui n'ont pas encore leur diplôme, et si quelqu'un de chez vous pourrait venir le présenter en février ?

Merci d'avance,
Marie-Ange, Jean-Marc et Lou-Anne, pour le bureau""",
        question(),
    )),
    # Feature: compound_first_names — kind — JB
    # route: an answer in our thread (In-Reply-To <…@animafac.net>) from the applicant «Jean-Baptiste» signing «JB», confirming an appointment → reply
    N("compound_first_names", "kind", "JB", M(
        "jb.morel <jb.morel@gmail.com>", "Re: Pro'pulse - premier entretien", "12 17:44",
        """Bonjour,

C'est noté pour mardi 17 à 10 h en visio, merci !

JB

Le 12 nov. 2026 à 15:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Jean-Baptiste, nous vous proposons un premier entretien le mardi 17 novembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-11-12-0042@animafac.net>"},
    )),
    # Feature: several_surnames — level — Lucía García López
    # route: «Lucía García López» in the first sentence and the signature → last name García López (both surnames); the master of 2025 in the second paragraph → application; bac+5 of 2025, a fair-trade cooperative sought → eligible
    N("several_surnames", "level", "Lucía García López", M(
        "Lucía García López <lucia.garcialopez@gmail.com>", "Candidatura / candidature Pro'pulse", "02 16:20",
        """Bonjour,

Je suis Lucía García López (García et López sont mes deux noms de famille, je garde les deux).

J'ai obtenu un master commerce international à Toulouse en juillet 2025. Je voudrais travailler dans une coopérative de commerce équitable ou une association d'import solidaire.

Merci beaucoup,
Lucía García López
06 71 30 52 84""",
        app("Lucía", "García López", phone="+33671305284", bac=5, grad="2025-07", status="lucia_garcia_lopez_master_2025"),
    )),
    # Feature: several_surnames — aim — Hugo de La Tour
    # route: «Hugo de La Tour» in the signature, the particle kept → last name de La Tour; the engineering diploma of 2026, a Big Four consulting post sought → application; bac+5 of 2026, consulting sought → fails job_seeking_ess → not eligible
    N("several_surnames", "aim", "Hugo de La Tour", M(
        "Hugo de La Tour <hugo.delatour@outlook.fr>", "Candidature", "03 09:05",
        """Bonjour,

Diplômé de Centrale Lille en septembre 2026, je cherche un poste de consultant junior dans un grand cabinet d'audit, idéalement l'un des Big Four, à Paris.

Un ami m'a dit que vous aidiez les jeunes diplômés à préparer leurs entretiens, d'où mon message.

Cordialement,
Hugo de La Tour""",
        app("Hugo", "de La Tour", phone=None, bac=5, grad="2026-09", failing=("job_seeking_ess",), status="de_la_tour_big_four"),
    )),
    # Feature: several_surnames — graduation — Gwenaëlle Le Gall
    # route: «Gwenaëlle Le Gall» in the signature, the From «gwen.legall» → last name Le Gall (the particle «Le» no first name); the BTSA of June 2024 → application; bac+2 of 2024, 29 months ago → fails graduation_recent → not eligible
    N("several_surnames", "graduation", "Gwenaëlle Le Gall", M(
        "Gwen <gwen.legall@orange.fr>", "accompagnement emploi", "04 19:48",
        """Bonjour,

J'ai passé mon BTSA Gestion et protection de la nature en juin 2024 au lycée de Châteaulin. Depuis, saisons et petits contrats dans les espaces verts.

Je cherche un poste d'animatrice nature dans une association d'éducation à l'environnement, dans le Finistère.

Merci,
Gwenaëlle Le Gall""",
        app("Gwenaëlle", "Le Gall", phone=None, bac=2, grad="2024-06", failing=("graduation_recent",), status="le_gall_btsa_2024"),
    )),
    # Feature: several_surnames — situation — Sami Ben Salah
    # route: «Sami Ben Salah» in «je m'appelle» and the signature → last name Ben Salah; the licence of 2026 then a stage running to March 2027 → application; bac+3 of 2026 but a stage running → fails not_internship → not eligible
    N("several_surnames", "situation", "Sami Ben Salah", M(
        "Sami Ben Salah <sami.bensalah@gmail.com>", "Candidature programme Pro'pulse", "05 12:33",
        """Bonjour,

Je m'appelle Sami Ben Salah. J'ai validé ma licence AES en juin 2026 et je fais en ce moment un stage de six mois dans une épicerie solidaire, qui se termine fin mars 2027.

Après, je voudrais être embauché dans l'ESS. Je peux m'inscrire dès maintenant ?

Sami Ben Salah
06 09 55 21 40""",
        app("Sami", "Ben Salah", phone="+33609552140", bac=3, grad="2026-06", failing=("not_internship",), status="ben_salah_stage_mars_2027"),
    )),
    # Feature: several_surnames — studies_finished — Claire Dubois, née Morel
    # route: «Claire Dubois, née Morel» in the signature, the diploma under her birth name → last name Dubois (the usage name she signs with); the DEES of July 2025, studies over, a child-protection association sought → application; bac+3 of 2025, ESS sought → eligible
    N("several_surnames", "studies_finished", "Claire Dubois, née Morel", M(
        "Claire Dubois <claire.dubois.es@gmail.com>", "Candidature", "06 10:10",
        """Bonjour,

J'ai terminé ma formation d'éducatrice spécialisée à l'IRTS de Loos en juillet 2025 (le diplôme est à mon nom de jeune fille, Morel : je me suis mariée cet été). Je n'ai plus aucun cours ni stage depuis.

Je cherche un poste en protection de l'enfance dans une association.

Bien à vous,
Claire Dubois, née Morel""",
        app("Claire", "Dubois", phone=None, bac=3, grad="2025-07", status="dubois_nee_morel_dees_2025"),
    )),
    # Feature: several_surnames — career_change — Rafael Ferreira da Silva
    # route: «Rafael Ferreira da Silva» in the signature, «Ferreira da Silva» said as one surname → last name Ferreira da Silva; the BSc of 2026 after six years as a bank clerk, «a complete change of career» → application (en); a career change said as such → fails not_career_change → not eligible
    N("several_surnames", "career_change", "Rafael Ferreira da Silva", M(
        "Rafael Ferreira da Silva <rafael.fsilva@gmail.com>", "Application for the programme", "07 15:40",
        """Dear Pro'pulse team,

I worked six years as a bank clerk in Lisbon, then decided on a complete change of career: I completed a BSc in Social Work in Lyon in June 2026. I am now looking for a job with a homeless charity.

(My surname is Ferreira da Silva, three words; please do not shorten it to Silva.)

Kind regards,
Rafael Ferreira da Silva""",
        app("Rafael", "Ferreira da Silva", phone=None, bac=3, grad="2026-06", failing=("not_career_change",), language="en", status="ferreira_da_silva_reconversion_en"),
    )),
    # Feature: several_surnames — kind — Mme de La Fontaine
    # route: an out-of-office (Auto-Submitted) naming a deputy «Mme de La Fontaine» and her phone, no applicant → auto-reply
    N("several_surnames", "kind", "Mme de La Fontaine", M(
        "Bertrand Van Damme <b.vandamme@mission-locale-nord.example.org>", "Réponse automatique : Pro'pulse - atelier", "09 08:00",
        """Bonjour,

Je suis absent jusqu'au 23 novembre. Pour toute urgence, vous pouvez joindre ma collègue Mme de La Fontaine au 03 20 55 41 12.

Bertrand Van Damme
Conseiller - Mission locale""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: several_surnames — kind — Portraits du mois
    # route: a network's monthly newsletter (List-Unsubscribe, Precedence bulk) with portraits of three members with double surnames → newsletter
    N("several_surnames", "kind", "Portraits du mois", M(
        "Réseau Jeunes de l'ESS <lettre@jeunes-ess.example.org>", "La lettre de novembre", "10 07:15",
        """La lettre du Réseau Jeunes de l'ESS — novembre 2026

Portraits du mois
- Inès Martin-Kaci, coordinatrice d'un tiers-lieu à Roubaix
- Yann Le Bris de Kerné, salarié d'une SCOP de menuiserie
- Camila Souza Lima, chargée de mission dans une mutuelle

Agenda : rencontres régionales le 4 décembre à Lyon.

Pour vous désinscrire, cliquez ici.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://jeunes-ess.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: family_name_first — aim — DUPONT Marie
    # route: the signature «DUPONT Marie» (surname in capitals first) → first name Marie, last name Dupont; the BTS ESF of 2025, a social grocery network sought → application; bac+2 of 2025, ESS sought → eligible
    N("family_name_first", "aim", "DUPONT Marie", M(
        "marie.dupont71 <marie.dupont71@gmail.com>", "candidature", "02 21:15",
        """Bonjour,

J'ai obtenu mon BTS Économie sociale familiale en juin 2025. Je voudrais travailler comme conseillère dans un réseau d'épiceries solidaires ou une association d'aide au budget.

Je vous joins mes coordonnées, merci de me recontacter.

DUPONT Marie
06 18 47 20 93""",
        app("Marie", "Dupont", phone="+33618472093", bac=2, grad="2025-06", status="dupont_marie_bts_esf"),
    )),
    # Feature: family_name_first — graduation — Mme MARTIN Claire
    # route: «Mme MARTIN Claire» in the signature (civility, surname in capitals, then the first name) → first name Claire, last name Martin; the licence of 2021 → application; bac+3 of 2021, five years ago → fails graduation_recent → not eligible
    N("family_name_first", "graduation", "Mme MARTIN Claire", M(
        "MARTIN Claire <claire.martin.8@laposte.net>", "Demande de renseignements - programme", "03 08:25",
        """Madame, Monsieur,

Titulaire d'une licence d'histoire obtenue en 2021, j'ai travaillé depuis dans la vente. Je souhaite aujourd'hui rejoindre une association culturelle.

Je vous prie d'agréer mes salutations distinguées.

Mme MARTIN Claire""",
        app("Claire", "Martin", phone=None, bac=3, grad="2021", failing=("graduation_recent",), status="martin_claire_licence_2021"),
    )),
    # Feature: family_name_first — aim — Nguyen Van An
    # ambiguous: «une structure qui a du sens» names no kind of employer: job_seeking_ess open
    # route: «Nguyen Van An» in the signature, «Nguyen est mon nom de famille» in the body → last name Nguyen, first name Van An (the middle name kept with the given name, as he writes it); the master of 2026 → application; bac+5 of 2026, aim open → to verify
    N("family_name_first", "aim", "Nguyen Van An", M(
        "Nguyen Van An <vanan.nguyen@gmail.com>", "Inscription au programme", "04 10:45",
        """Bonjour,

Nguyen est mon nom de famille, mon prénom est Van An. J'ai obtenu un master de gestion de projet à l'université de Strasbourg en juin 2026.

Je cherche un premier poste de chef de projet dans une structure qui a du sens.

Cordialement,
Nguyen Van An""",
        app("Van An", "Nguyen", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="nguyen_van_an_master_2026"),
    )),
    # Feature: family_name_first — level — ZHANG Wei
    # route: the signature «ZHANG Wei» and «Wei est mon prénom» → first name Wei, last name Zhang; the master of 2025 and a cooperative sought → application; bac+5 of 2025, ESS sought → eligible
    N("family_name_first", "level", "ZHANG Wei", M(
        "ZHANG Wei <zhang.wei.fr@gmail.com>", "Candidature Pro'pulse", "05 17:22",
        """Bonjour,

Je m'appelle Wei (prénom), Zhang est mon nom de famille. J'ai un master en logistique de l'université de Lille, obtenu en juillet 2025.

Je voudrais travailler dans une coopérative de circuits courts ou une association de réemploi, sur la logistique.

Merci,
ZHANG Wei
+33 7 66 12 80 45""",
        app("Wei", "Zhang", phone="+33766128045", bac=5, grad="2025-07", status="zhang_wei_master_logistique"),
    )),
    # Feature: family_name_first — situation — Nom : BERNARD
    # route: a form pasted in the mail, «Nom : BERNARD» then «Prénom : Lucie», her phone on the form → first name Lucie, last name Bernard; the BTS of 2026 and a service civique over in October → application; bac+2 of 2026, service civique over, ESS sought → eligible
    N("family_name_first", "situation", "Nom : BERNARD", M(
        "lucie.b <lucieb.rennes@gmail.com>", "Formulaire de contact", "06 09:30",
        """Bonjour, je n'arrivais pas à envoyer le formulaire du site, je le colle ici :

Nom : BERNARD
Prénom : Lucie
Téléphone : 06 31 72 58 04
Diplôme : BTS Support à l'action managériale, juin 2026
Situation : service civique terminé le 31 octobre 2026 (Restos du cœur)
Recherche : poste d'assistante dans une association

Merci !""",
        app("Lucie", "Bernard", phone="+33631725804", bac=2, grad="2026-06", status="bernard_lucie_formulaire"),
    )),
    # Feature: family_name_first — level — LEROY Paul
    # route: the From's display name «LEROY Paul» and the signature → first name Paul, last name Leroy; a CAP as his only diploma → application; CAP below bac+2 → fails degree_level → not eligible
    N("family_name_first", "level", "LEROY Paul", M(
        "LEROY Paul <paul.leroy59@hotmail.fr>", "emploi", "07 18:12",
        """Bonjour,

J'ai un CAP menuisier (2025) et je cherche du travail dans une ressourcerie ou un atelier d'insertion. Je suis motivé et disponible tout de suite.

Merci de me répondre.

LEROY Paul""",
        app("Paul", "Leroy", phone=None, bac=0, grad="2025", failing=("degree_level",), status="leroy_paul_cap"),
    )),
    # Feature: family_name_first — kind — NOM : ___ Prénom : ___
    # route: a question about the programme's form, the writer's own facts absent, an empty «NOM / Prénom» block copied → question
    N("family_name_first", "kind", "NOM : ___ Prénom : ___", M(
        "Pauline <pauline.cresson@gmail.com>", "question formulaire", "08 12:40",
        """Bonjour,

Sur votre formulaire il y a :
NOM : ___ Prénom : ___
Faut-il mettre le nom d'usage ou le nom de naissance ? Et peut-on postuler pour quelqu'un d'autre ?

Merci""",
        question(),
    )),
    # Feature: family_name_first — kind — LAMBERT Hugo
    # route: a partner's proposal of a joint workshop signed «LAMBERT Hugo, chargé de mission», no applicant → other
    N("family_name_first", "kind", "LAMBERT Hugo", M(
        "LAMBERT Hugo <h.lambert@cress-bretagne.example.org>", "Proposition d'atelier commun", "11 14:05",
        """Bonjour,

La CRESS organise en janvier un cycle d'ateliers sur les métiers de l'ESS. Nous aimerions co-animer une séance avec votre équipe, à Rennes. Seriez-vous disponibles pour en parler ?

Bien cordialement,
LAMBERT Hugo
Chargé de mission emploi - CRESS Bretagne
02 99 85 90 00""",
        other(),
    )),
]
