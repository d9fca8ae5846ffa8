"""Repairs corpus, batch 01 (writer A): facts repaired inside the sentence that states them («enfin non»,
«pardon», «je veux dire», «euh… en fait»), revised in a bracket, a pair of dashes or an aside, and revised in
a PS, an NB or an «Oups» at the end; other mail repaired the same way (a question whose level is put right
in the sentence, an auto-reply whose return date is corrected, a newsletter's date corrected in brackets, a
reply in our thread moving an appointment, a question whose town is corrected in its PS, an employer's
offer corrected in a PS)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from repairs import N

MESSAGES = [
    # Feature: in_sentence_repair — level — d'un DUT, enfin non, d'un BUT, trois ans
    # repair: «un DUT Carrières sociales» → «enfin non, un BUT, trois ans, validé en juin 2026» = the level is bac+3 and the diploma recent → meets degree_level → eligible
    N("in_sentence_repair", "level", "d'un DUT, enfin non, d'un BUT, trois ans", M(
        "Amina Benali <amina.benali@example.fr>", "Candidature Pro'pulse - Amina Benali", "02 09:14",
        """Bonjour,

Je m'appelle Amina Benali, j'habite Roubaix et je sors d'un DUT, enfin non, d'un BUT, trois ans, en Carrières sociales, parcours éducation spécialisée, validé en juin 2026 à l'IUT de Tourcoing (on me reprend tout le temps, les anciens disent encore « DUT »).

Depuis la rentrée je fais des remplacements comme animatrice dans un centre social, et j'aimerais un vrai poste de médiatrice dans une association d'accès aux droits.

Est-ce que mon profil correspond ?

Amina Benali
06 23 48 91 07""",
        app("Amina", "Benali", phone="+33623489107", bac=3, grad="2026-06", status="dut_enfin_non_but_trois_ans"),
    )),
    # Feature: in_sentence_repair — situation — je suis en stage chez Enercoop — pardon, j'étais en stage
    # repair: «je suis en stage chez Enercoop» → «pardon, j'étais : fini le 20 novembre» = the internship is over → meets not_internship → eligible
    N("in_sentence_repair", "situation", "je suis en stage chez Enercoop — pardon, j'étais en stage", M(
        "Maxence Carrère <maxence.carrere@example.org>", "Pro'pulse : candidature", "03 18:22",
        """Bonjour,

Diplômé du master Économie sociale et solidaire de Grenoble (septembre 2026), je suis en stage chez Enercoop — pardon, j'étais en stage : le dernier jour était le vendredi 20 novembre, et j'ai encore du mal à m'y faire.

J'y ai travaillé sur la mobilisation des sociétaires, et c'est exactement ce que je voudrais continuer à faire dans une coopérative d'énergie ou une SCIC.

Je peux passer vous voir à Paris quand vous voulez.

Maxence Carrère
07 81 36 20 55""",
        app("Maxence", "Carrère", phone="+33781362055", bac=5, grad="2026-09", status="stage_enercoop_pardon_fini_20_nov"),
    )),
    # Feature: in_sentence_repair — level — bac+2, enfin non, juste le bac
    # repair: «bac+2» → «enfin non, juste le bac : le BTS, je ne l'ai pas eu» = no diploma of bac+2 → fails degree_level → not eligible
    N("in_sentence_repair", "level", "bac+2, enfin non, juste le bac", M(
        "Soraya Chérif <soraya.cherif@example.net>", "candidature", "04 22:47",
        """bonjour

j'ai vu votre programme sur instagram. j'ai un bac+2, enfin non, juste le bac : j'ai fait les deux ans de BTS économie sociale familiale mais je ne l'ai pas eu en juin, il me manquait l'épreuve pro.

je cherche un travail dans une asso, n'importe laquelle qui aide les familles, je suis motivée

Soraya
0612 40 77 83""",
        app("Soraya", "Chérif", phone="+33612407783", bac=0, grad=None, failing=("degree_level",), status="bac_plus_2_enfin_non_bts_rate"),
    )),
    # Feature: in_sentence_repair — career_change — deux ans, enfin non, dix ans en réalité
    # repair: «deux ans au Crédit agricole avant la licence pro» → «enfin non, dix ans en réalité» = a trade of ten years before the diploma → fails not_career_change → not eligible
    N("in_sentence_repair", "career_change", "deux ans, enfin non, dix ans en réalité", M(
        "Dimitri Anastasiou <d.anastasiou@example.com>", "Candidature au programme Pro'pulse", "05 12:03",
        """Madame, Monsieur,

Avant de reprendre mes études, j'ai travaillé comme conseiller clientèle au Crédit agricole pendant deux ans, enfin non, dix ans en réalité, de 2012 à 2022 — le temps passe vite derrière un guichet.

J'ai ensuite obtenu en juin 2026 une licence professionnelle Gestion des structures de l'économie sociale et solidaire à l'IUT de Bordeaux, et je cherche désormais un poste de responsable administratif et financier dans une association ou une mutuelle.

Je joins volontiers mon CV si besoin.

Dimitri Anastasiou
05 56 88 14 39""",
        app("Dimitri", "Anastasiou", phone="+33556881439", bac=3, grad="2026-06", failing=("not_career_change",), status="banque_deux_ans_enfin_non_dix"),
    )),
    # Feature: in_sentence_repair — aim — dans la banque, je veux dire dans une banque coopérative
    # repair: «un poste dans la banque» → «je veux dire dans une banque coopérative ou un fonds solidaire, type la Nef» = the search is in the ESS → meets job_seeking_ess → eligible
    N("in_sentence_repair", "aim", "dans la banque, je veux dire dans une banque coopérative", M(
        "Fatou Diallo <fatou.diallo@example.fr>", "Candidature - finance solidaire", "06 08:55",
        """Bonjour,

Titulaire d'un master Finance d'entreprise obtenu en juin 2025 à Nantes, je recherche un premier poste dans la banque, je veux dire dans une banque coopérative ou un fonds d'investissement solidaire, type la Nef ou France Active — les grandes banques de réseau ne m'intéressent pas.

J'ai fait mon alternance dans une caisse de microcrédit, et j'ai envie de continuer à financer des projets qui ont du sens.

Cordialement,
Fatou Diallo
+33 6 54 02 18 96""",
        app("Fatou", "Diallo", phone="+33654021896", bac=5, grad="2025-06", status="banque_je_veux_dire_cooperative"),
    )),
    # Feature: in_sentence_repair — situation — le 30 novembre, euh, fin novembre plutôt
    # ambiguous: the service civique's end is first dated 30 November, then the writer takes the day back («fin novembre plutôt, je n'ai plus la date exacte»): it may end before or after 26 November — a coordinator must ask
    # repair: «service civique jusqu'au 30 novembre» → «euh, fin novembre plutôt, je n'ai plus la date exacte» = the end has no day → not_service_civique unknown → to verify
    N("in_sentence_repair", "situation", "le 30 novembre, euh, fin novembre plutôt", M(
        "Kenji Laurent <kenji.laurent@example.org>", "Pro'pulse - candidature Kenji Laurent", "07 15:31",
        """Bonjour,

Je finis mon service civique à la Fédération des centres sociaux du Rhône le 30 novembre, euh, fin novembre plutôt, je n'ai plus la date exacte sous les yeux et mon contrat est au bureau.

J'ai une licence de sociologie (Lyon 2, juin 2025). Je voudrais devenir chargé de développement associatif.

Kenji Laurent
06 30 19 72 48""",
        app("Kenji", "Laurent", phone="+33630197248", bac=3, grad="2025-06", unknown=("not_service_civique",), status="sc_30_nov_euh_fin_novembre"),
    )),
    # Feature: in_sentence_repair — graduation — en 2023, enfin non, en 2024
    # ambiguous: the licence is moved from 2023 to 2024 with no month: June 2024 is too old, December 2024 recent — a coordinator must ask
    # repair: «licence en 2023» → «enfin non, en 2024» = a year alone in 2024 → graduation_recent unknown → to verify
    N("in_sentence_repair", "graduation", "en 2023, enfin non, en 2024", M(
        "Inés Guerrero <ines.guerrero@example.com>", "Candidature Pro'pulse", "09 11:40",
        """Bonjour,

J'ai fini ma licence d'espagnol et de FLE à Montpellier en 2023, enfin non, en 2024 : j'ai redoublé la L3 à cause d'un semestre Erasmus qui n'a pas été validé.

Depuis, je donne des cours de français à des personnes exilées, en bénévole, et je voudrais en faire mon métier dans une association.

Bien à vous,
Inés Guerrero
07 45 66 01 92""",
        app("Inés", "Guerrero", phone="+33745660192", bac=3, grad="2024", unknown=("graduation_recent",), status="licence_2023_enfin_non_2024"),
    )),
    # Feature: in_sentence_repair — kind — pour les titulaires d'un BTS, pardon, d'un BUT
    # repair: «ouvert aux titulaires d'un BTS» → «pardon, d'un BUT» = a question about the programme with no personal facts enough to judge → kind question
    N("in_sentence_repair", "kind", "pour les titulaires d'un BTS, pardon, d'un BUT", M(
        "Lina Amrani <lina.amrani@example.fr>", "Question sur les conditions", "10 20:12",
        """Bonjour,

Est-ce que Pro'pulse est ouvert pour les titulaires d'un BTS, pardon, d'un BUT — je confonds tous ces sigles — qui ont fait leur troisième année en alternance ? Et faut-il habiter en Île-de-France ?

Merci d'avance,
Lina""",
        question(),
    )),
    # Feature: in_sentence_repair — kind — de retour le 30 novembre, non, le 3 décembre
    # repair: «de retour le 30 novembre» → «non, le 3 décembre» = an absence notice with its return date corrected, no application → kind auto_reply
    N("in_sentence_repair", "kind", "de retour le 30 novembre, non, le 3 décembre", M(
        "Marion Chauvet <m.chauvet@example.org>", "Absence du bureau (Re: Atelier CV du 28/11)", "24 07:30",
        """Bonjour,

Je suis en déplacement et serai de retour le 30 novembre, non, le 3 décembre (le train du 30 a été annulé). Pour l'atelier CV, merci de contacter directement l'accueil de la Maison des associations au 03 88 21 40 00.

Marion Chauvet
Chargée d'accompagnement, Maison des associations de Strasbourg""",
        auto_reply(),
    )),
    # Feature: parenthetical_repair — situation — (terminé depuis le 31 octobre, en fait
    # repair: «je suis en service civique chez Unis-Cité» → «(terminé depuis le 31 octobre, en fait)» = the civic service is over → meets not_service_civique → eligible
    N("parenthetical_repair", "situation", "(terminé depuis le 31 octobre, en fait", M(
        "Lucas Hoarau <lucas.hoarau@example.re>", "Candidature", "11 06:48",
        """Bonjour,

Je suis en service civique chez Unis-Cité à Saint-Denis de La Réunion (terminé depuis le 31 octobre, en fait — j'ai gardé cette phrase de ma lettre d'il y a deux mois), sur un programme de lutte contre l'isolement des personnes âgées.

J'ai une licence de psychologie obtenue en juin 2025. J'aimerais maintenant un poste de coordinateur dans une association du champ médico-social, à La Réunion ou en métropole.

Lucas Hoarau
0692 41 86 03""",
        app("Lucas", "Hoarau", phone="+262692418603", bac=3, grad="2025-06", status="sc_unis_cite_termine_en_fait"),
    )),
    # Feature: parenthetical_repair — studies_finished — (sous réserve du jury du 8 décembre
    # ambiguous: every exam is passed but the jury that awards the diploma sits on 10 December: «diplômée» is taken back to results awaited — a coordinator must ask
    # repair: «je suis diplômée du master» → «(sous réserve du jury du 8 décembre, pour être honnête)» = results awaited after every exam → studies_finished unknown → to verify
    N("parenthetical_repair", "studies_finished", "(sous réserve du jury du 8 décembre", M(
        "Chiara Esposito <chiara.esposito@example.it>", "Candidature Pro'pulse — Chiara Esposito", "11 14:26",
        """Bonjour,

Je suis diplômée du master Ingénierie de projets culturels de Lille (sous réserve du jury du 8 décembre, pour être honnête : toutes mes notes sont tombées et mon mémoire est soutenu, mais rien n'est officiel avant).

Je cherche un poste de chargée de production ou de médiation dans une association culturelle ou un tiers-lieu. J'ai travaillé deux saisons pour un festival associatif de la métropole.

Cordialement,
Chiara Esposito
07 58 23 04 71""",
        app("Chiara", "Esposito", phone="+33758230471", bac="*", grad=None, unknown=("studies_finished",), status="diplomee_sous_reserve_jury_8_dec"),
    )),
    # Feature: parenthetical_repair — situation — (prolongé jusqu'au 26 février par avenant, finalement
    # repair: «j'ai terminé mon stage à la Croix-Rouge» → «(prolongé jusqu'au 26 février par avenant, finalement)» = the internship runs past today → fails not_internship → not eligible
    N("parenthetical_repair", "situation", "(prolongé jusqu'au 26 février par avenant, finalement", M(
        "Grégoire Lefebvre <gregoire.lefebvre@example.fr>", "Demande d'inscription Pro'pulse", "12 10:05",
        """Bonjour,

Titulaire d'un master Action humanitaire (Université d'Évry, juin 2026), j'ai terminé mon stage au siège de la Croix-Rouge française (prolongé jusqu'au 26 février par avenant, finalement, pour boucler le projet d'évaluation que je pilote).

Je voudrais profiter de ces mois pour préparer mon entrée dans le secteur associatif : chargé de projets, suivi-évaluation, partenariats.

Grégoire Lefebvre
01 43 72 18 60""",
        app("Grégoire", "Lefebvre", phone="+33143721860", bac=5, grad="2026-06", failing=("not_internship",), status="stage_termine_prolonge_fevrier"),
    )),
    # Feature: parenthetical_repair — level — un diplôme de niveau bac+2 (un titre professionnel de niveau 4, pour être précise
    # repair: «un diplôme de niveau bac+2» → «(un titre professionnel de niveau 4, pour être précise)» = a level-4 title, no bac+2 → fails degree_level → not eligible
    N("parenthetical_repair", "level", "un diplôme de niveau bac+2 (un titre professionnel de niveau 4, pour être précise", M(
        "Mariam Kaboré <mariam.kabore@example.net>", "candidature Mariam Kaboré", "13 16:38",
        """Bonjour,

J'ai obtenu cette année un diplôme de niveau bac+2 (un titre professionnel de niveau 4, pour être précise : secrétaire assistante médico-sociale, à l'AFPA de Dijon, en mai 2026).

Je cherche un poste d'assistante administrative dans une association d'aide à domicile ou un foyer.

Merci,
Mariam Kaboré
06 07 93 25 18""",
        app("Mariam", "Kaboré", phone="+33607932518", bac=0, grad="2026-05", failing=("degree_level",), status="bac2_parenthese_titre_niveau_4"),
    )),
    # Feature: parenthetical_repair — graduation — in 2023 (2025, actually
    # repair: «I graduated in 2023» → «(2025, actually — 2023 was my bachelor's)» = the master is of 2025 → meets graduation_recent → eligible (English)
    N("parenthetical_repair", "graduation", "in 2023 (2025, actually", M(
        "Rebecca Fischer-Kelly <rebecca.fk@example.co.uk>", "Pro'pulse application", "13 21:09",
        """Hello,

I graduated in 2023 (2025, actually — 2023 was my bachelor's in Politics at Leeds; my MA in Social Policy at Sciences Po Lyon was awarded in July 2025).

I have lived in Lyon for three years, speak French fluently, and would like to work for an association or a cooperative on housing or homelessness.

Kind regards,
Rebecca Fischer-Kelly
+44 7700 900 418""",
        app("Rebecca", "Fischer-Kelly", phone="+447700900418", bac=5, grad="2025-07", status="en_graduated_2023_actually_2025", language="en"),
    )),
    # Feature: parenthetical_repair — career_change — (deux étés en réalité, pendant ma licence
    # repair: «après plusieurs années de travail dans l'agriculture» → «(deux étés en réalité, pendant ma licence)» = summer jobs of a student, no career → meets not_career_change → eligible
    N("parenthetical_repair", "career_change", "(deux étés en réalité, pendant ma licence", M(
        "Corentin Jolivet <corentin.jolivet@example.fr>", "Candidature programme", "14 09:27",
        """Bonjour,

Après plusieurs années de travail dans l'agriculture (deux étés en réalité, pendant ma licence, à la cueillette des pommes chez un voisin — j'ai tendance à gonfler), j'ai obtenu ma licence de géographie à Angers en juin 2026.

Je voudrais rejoindre une association de développement rural, une AMAP de réseau ou une coopérative agricole.

Corentin Jolivet
02 41 66 30 84""",
        app("Corentin", "Jolivet", phone="+33241663084", bac=3, grad="2026-06", status="annees_agriculture_en_fait_deux_etes"),
    )),
    # Feature: parenthetical_repair — kind — (le jeudi 10, en fait — erratum
    # repair: «forum le jeudi 3 décembre» → «(le jeudi 10, en fait — erratum)» = a newsletter correcting its calendar, no application → kind newsletter
    N("parenthetical_repair", "kind", "(le jeudi 10, en fait — erratum", M(
        "Les Rencontres solidaires de l'Ain <infolettre@example.org>", "Infolettre n°42 — novembre", "16 08:00",
        """INFOLETTRE N°42

Forum « Travailler dans l'ESS » : le jeudi 3 décembre (le jeudi 10, en fait — erratum, la salle n'était pas libre le 3), à Bourg-en-Bresse, de 14 h à 19 h.

Atelier « Créer son association » : samedi 12 décembre, Maison de la vie associative.

Pour vous désabonner, répondez STOP.""",
        newsletter(),
    )),
    # Feature: parenthetical_repair — kind — le mercredi 2 (le jeudi 3 plutôt
    # repair: «je serai là le mercredi 2» → «(le jeudi 3 plutôt, le 2 j'ai un entretien)» = a reply in our thread moving an appointment, no application → kind reply
    N("parenthetical_repair", "kind", "le mercredi 2 (le jeudi 3 plutôt", M(
        "Ibrahim Cissé <ibrahim.cisse@example.fr>", "Re: Réunion d'information Pro'pulse", "17 13:15",
        """Bonjour,

Merci pour l'invitation, je serai là le mercredi 2 (le jeudi 3 plutôt, le 2 j'ai un entretien avec une SCOP — je croise les doigts).

Bonne journée,
Ibrahim Cissé

> Bonjour Ibrahim, une réunion d'information a lieu les 2 et 3 décembre à 18 h. Dites-nous quel jour vous convient.""",
        reply(),
        headers={"In-Reply-To": "<info-1202.cisse@animafac.net>", "References": "<info-1202.cisse@animafac.net>"},
    )),
    # Feature: postscript_repair — graduation — PS : je me suis trompée de date plus haut
    # repair: «licence en juin 2025» → «PS : je me suis trompée de date plus haut, la licence c'est juin 2023» = the only diploma is too old → fails graduation_recent → not eligible
    N("postscript_repair", "graduation", "PS : je me suis trompée de date plus haut", M(
        "Laëtitia Fontaine <laetitia.fontaine@example.fr>", "Candidature Laëtitia Fontaine", "17 19:50",
        """Bonjour,

J'ai obtenu ma licence Administration économique et sociale à l'université de Poitiers en juin 2025. Depuis, j'ai fait un service civique de huit mois au Secours catholique, terminé cet été, et je voudrais maintenant trouver un emploi de chargée d'accueil ou d'accompagnement dans une association de solidarité.

Je suis disponible tout de suite.

Laëtitia Fontaine
05 49 30 77 12

PS : je me suis trompée de date plus haut, la licence c'est juin 2023. Juin 2025, c'est le début du service civique, pardon.""",
        app("Laëtitia", "Fontaine", phone="+33549307712", bac=3, grad="2023-06", failing=("graduation_recent",), status="ps_licence_2025_non_2023"),
    )),
    # Feature: postscript_repair — situation — PS : mon école a finalement accepté que j'arrête
    # repair: «en stage jusqu'au 15 janvier» → «PS : mon école a finalement accepté que j'arrête, dernier jour le 20 novembre» = the internship is over → meets not_internship → eligible
    N("postscript_repair", "situation", "PS : mon école a finalement accepté que j'arrête", M(
        "Walid Haddad <walid.haddad@example.com>", "Candidature Pro'pulse", "18 11:11",
        """Bonjour,

Je suis en stage de fin d'études jusqu'au 15 janvier au service communication d'une agence immobilière de Marseille, mais mon master Communication des organisations (IAE Aix, soutenu en septembre 2026) est déjà validé et je n'ai aucune envie de rester dans l'immobilier.

Je voudrais travailler pour une association ou une fondation, sur la communication de projets de solidarité.

Walid Haddad
06 11 52 84 39

PS : mon école a finalement accepté que j'arrête plus tôt, puisque le diplôme est acquis : mon dernier jour a été le 20 novembre. Je suis donc libre.""",
        app("Walid", "Haddad", phone="+33611528439", bac=5, grad="2026-09", status="ps_stage_arrete_20_nov"),
    )),
    # Feature: postscript_repair — aim — NB : en relisant, je dois être honnête
    # ambiguous: the body seeks an ESS post, the NB adds an offer at Decathlon the writer «accepterai sans doute» if the ESS does not answer by January: two searches on equal terms — a coordinator must ask
    # repair: «je cherche un poste dans une association sportive» → «NB : une promesse chez Decathlon que j'accepterai sans doute si rien ne vient» = the ESS and a big retailer on equal terms → job_seeking_ess unknown → to verify
    N("postscript_repair", "aim", "NB : en relisant, je dois être honnête", M(
        "Léa Girard <lea.girard@example.fr>", "Pro'pulse", "18 17:02",
        """Bonjour,

J'ai un BUT Gestion administrative et commerciale des organisations (Tarbes, juin 2026). Je cherche un poste de chargée de développement dans une association sportive ou un club, idéalement dans les Pyrénées.

Léa Girard
07 12 64 38 90

NB : en relisant, je dois être honnête : j'ai aussi une promesse d'embauche comme vendeuse chez Decathlon à partir de janvier, que j'accepterai sans doute si rien ne vient du côté associatif d'ici là.""",
        app("Léa", "Girard", phone="+33712643890", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="nb_promesse_decathlon"),
    )),
    # Feature: postscript_repair — studies_finished — Oups : j'oubliais la soutenance
    # repair: «je viens de finir mes études» → «Oups : j'oubliais la soutenance du mémoire, le 17 décembre» = a defence still ahead → fails studies_finished → not eligible
    N("postscript_repair", "studies_finished", "Oups : j'oubliais la soutenance", M(
        "Samuel Bouchard <samuel.bouchard@example.org>", "candidature - Samuel Bouchard", "19 08:40",
        """Bonjour,

Je viens de finir mes études : master 2 Économie sociale et solidaire à l'université de Rennes 2. Mon stage de six mois dans une coopérative d'activité et d'emploi s'est terminé en octobre.

Je cherche un poste d'accompagnateur de porteurs de projet dans une CAE ou une couveuse.

Samuel Bouchard
02 99 14 70 26

Oups : j'oubliais la soutenance du mémoire, qui a lieu le 17 décembre. Donc pas tout à fait fini, techniquement.""",
        app("Samuel", "Bouchard", phone="+33299147026", bac="*", grad=None, failing=("studies_finished",), status="oups_soutenance_17_decembre"),
    )),
    # Feature: postscript_repair — graduation — PS : erreur de frappe sur mon numéro
    # repair: «06 21 …» → «PS : erreur de frappe sur mon numéro, c'est 06 12 …» = the phone is put right; the BUT of June 2025 stands untouched → meets graduation_recent → eligible (the repair changes no criterion)
    N("postscript_repair", "graduation", "PS : erreur de frappe sur mon numéro", M(
        "Nadia Ferhat <nadia.ferhat@example.fr>", "Candidature au programme Pro'pulse", "19 14:55",
        """Bonjour,

Diplômée d'un BUT Carrières sociales, parcours animation sociale et socioculturelle (IUT de Tours, juin 2025), je travaille depuis en CDD dans une MJC comme animatrice, contrat qui s'achève en décembre.

Je souhaite trouver un poste de coordinatrice jeunesse dans une association d'éducation populaire.

Vous pouvez me joindre au 06 21 47 03 58.

Nadia Ferhat

PS : erreur de frappe sur mon numéro, c'est 06 12 47 03 58.""",
        app("Nadia", "Ferhat", phone="+33612470358", bac=3, grad="2025-06", status="ps_numero_corrige"),
    )),
    # Feature: postscript_repair — career_change — PS : « quelques années », c'est six ans
    # repair: «quelques années dans la grande distribution» → «PS : « quelques années », c'est six ans à plein temps comme chef de rayon» = a trade of six years before the master → fails not_career_change → not eligible
    N("postscript_repair", "career_change", "PS : « quelques années », c'est six ans", M(
        "Gabriel Kouassi <gabriel.kouassi@example.com>", "Candidature Pro'pulse — reconversion", "20 10:18",
        """Bonjour,

Après quelques années dans la grande distribution, j'ai repris mes études et j'ai obtenu en septembre 2026 un master Management des organisations de l'ESS à Paris-Est Créteil. Je cherche un poste de directeur adjoint ou de coordinateur dans une structure d'insertion par l'activité économique.

Mon CV est joint.

Gabriel Kouassi
+33 7 60 45 12 88

PS : « quelques années », c'est six ans à plein temps comme chef de rayon chez Leclerc, de 2016 à 2022 ; je préfère que ce soit clair.""",
        app("Gabriel", "Kouassi", phone="+33760451288", bac=5, grad="2026-09", failing=("not_career_change",), status="ps_quelques_annees_six_ans", info_in="both"),
        cv=CV("pdf", "CV-Gabriel-Kouassi.pdf", """Gabriel Kouassi — Créteil
Master Management des organisations de l'ESS, UPEC, 2026
Chef de rayon, hypermarché (2016-2022)
Bénévole, Restos du cœur de Créteil"""),
    )),
    # Feature: postscript_repair — kind — PS : je voulais dire Toulouse, pas Toulon
    # repair: «des permanences à Toulon ?» → «PS : je voulais dire Toulouse, pas Toulon» = a question about the programme with no personal facts enough to judge → kind question
    N("postscript_repair", "kind", "PS : je voulais dire Toulouse, pas Toulon", M(
        "Quentin <quentin.dpx@example.fr>", "Permanences en région ?", "21 12:44",
        """Bonjour,

Est-ce que vous organisez des permanences ou des ateliers Pro'pulse à Toulon, ou est-ce que tout se passe à distance ?

Merci,
Quentin

PS : je voulais dire Toulouse, pas Toulon. Le correcteur de mon téléphone a ses préférences.""",
        question(),
    )),
    # Feature: postscript_repair — kind — PS : le poste est en CDI
    # repair: «CDD de 12 mois» → «PS : le poste est en CDI, pas en CDD comme écrit plus haut» = an employer's offer corrected, no application → kind other
    N("postscript_repair", "kind", "PS : le poste est en CDI", M(
        "Coopérative Les Champs Communs <recrutement@example.coop>", "Offre : chargé·e d'animation du sociétariat", "23 09:30",
        """Bonjour l'équipe Pro'pulse,

Notre SCIC recrute un·e chargé·e d'animation du sociétariat, en CDD de 12 mois, basé·e à Périgueux. Profil junior bienvenu : bac+3 minimum, goût pour la vie coopérative. Pourriez-vous relayer l'offre auprès des jeunes que vous accompagnez ?

Fiche de poste sur demande.

Salutations coopératives,
Mathilde, cogérante

PS : le poste est en CDI, pas en CDD comme écrit plus haut — notre conseil d'administration a tranché hier soir.""",
        other(),
    )),
]
