"""Identities corpus, batch 02 (writer A): name_in_closing_only («Bien à vous, Léa», «L. Dubois», a signature
block with a title and a school, a name only in the CV, a first name only, «M. Roux»), mailbox_not_the_person
(a mother's mailbox, a pseudonym, a campsite's reception address, a partner's mailbox, a company's display
name, a father's address, a student-number address) and usage_and_chosen_names («Alex» for Alexandre, «Sam»
for the diploma's Samia, «helene» for Hélène, a married name, «Marie-Jo», a nickname in passing)."""
# ruff: noqa: E501

from __future__ import annotations

from identities import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: name_in_closing_only — level — Bien à vous, Léa
    # route: no name in the greeting nor the body, «Bien à vous, Léa» in the closing, a bare From «lea.fabre@…» → first name Léa, last name Fabre from the address's local part; the licence pro of June 2025 → application; bac+3 of 2025, an association sought → eligible
    N("name_in_closing_only", "level", "Bien à vous,\nLéa", M(
        "lea.fabre@gmail.com", "Candidature accompagnement", "02 10:05",
        """Bonjour,

Diplômée d'une licence professionnelle « métiers de l'animation sociale » en juin 2025 (IUT de Nantes), je cherche un poste de coordinatrice dans une association de quartier ou une maison des jeunes.

Je suis disponible pour un entretien quand vous voulez.

Bien à vous,
Léa""",
        app("Léa", "Fabre", phone=None, bac=3, grad="2025-06", status="lea_closing_licence_pro"),
    )),
    # Feature: name_in_closing_only — studies_finished — L. Dubois
    # ambiguous: the mémoire was handed in in September and the jury has not yet met; she does not say whether anything else is left: studies_finished open
    # route: «L. Dubois» in the closing, the From bare «l.dubois.pro@…», the first name Laetitia only in the attached CV → first name Laetitia (from the CV), last name Dubois; the master's jury to come in the second paragraph → application; bac+5, studies possibly not over → studies_finished open → to verify
    N("name_in_closing_only", "studies_finished", "L. Dubois", M(
        "l.dubois.pro@outlook.fr", "Candidature - master urbanisme", "03 11:40",
        """Bonjour,

Vous trouverez ci-joint mon CV. J'ai suivi un master urbanisme et aménagement à Lille ; j'ai rendu mon mémoire en septembre et j'attends le passage devant le jury, qui n'a pas encore de date.

Je cherche un poste dans une association d'habitat participatif ou un bailleur associatif.

Cordialement,
L. Dubois""",
        app("Laetitia", "Dubois", phone="+33645128870", bac=5, grad=None, unknown=("studies_finished",), status="l_dubois_cv_jury_attendu"),
        cv=CV("pdf", "CV_Dubois.pdf", """Laetitia Dubois
06 45 12 88 70 - l.dubois.pro@outlook.fr
Formation
2024-2026 Master Urbanisme et aménagement, Université de Lille (mémoire rendu, jury à venir)
2021-2024 Licence de géographie, Université de Lille
Expériences
Stage de six mois, Habitat et Humanisme Nord (2026)"""),
    )),
    # Feature: name_in_closing_only — studies_finished — Étudiant en M2 Management
    # route: the signature block «Thibault Roger / Étudiant en M2 Management des ESS / IAE de Lille» (title and school below the name) → first name Thibault, last name Roger; the M2 running in the signature and the body → application; studies running → fails studies_finished → not eligible
    N("name_in_closing_only", "studies_finished", "Étudiant en M2 Management", M(
        "t.roger@etu.example.fr", "Programme Pro'pulse - renseignements", "04 16:55",
        """Bonjour,

Je termine mon année de M2 en juin 2027 et je voudrais savoir si je peux déjà commencer l'accompagnement pour trouver un poste dans une coopérative.

Cordialement,

Thibault Roger
Étudiant en M2 Management des entreprises de l'ESS
IAE de Lille
Directrice de la formation : Pr. Anne Vermeersch""",
        app("Thibault", "Roger", phone=None, bac="*", grad=None, failing=("studies_finished",), status="roger_signature_m2_en_cours"),
    )),
    # Feature: name_in_closing_only — situation — Karima Benali
    # route: no name in the body nor the closing, the From bare «k.benali@…», «Karima Benali» and her phone only at the top of the attached CV → first name Karima, last name Benali (from the CV); the service civique over in August 2026 and the BTS of 2025 → application; bac+2 of 2025, service civique over, ESS sought → eligible
    N("name_in_closing_only", "situation", "Karima Benali", M(
        "k.benali@outlook.fr", "Candidature", "05 09:15",
        """Bonjour,

Je vous envoie ma candidature pour votre programme. Mon service civique dans une association de lutte contre l'illettrisme est terminé depuis fin août 2026, et je voudrais trouver un emploi dans ce domaine, toujours dans l'associatif.

Mon CV est en pièce jointe.

Merci et bonne journée""",
        app("Karima", "Benali", phone="+33758302164", bac=2, grad="2025-06", status="benali_nom_dans_cv"),
        cv=CV("docx", "mon_cv.docx", """Karima Benali
07 58 30 21 64
Formation : BTS Communication, lycée Jean-Rostand, Roubaix (juin 2025)
Service civique : AFEV Lille, février-août 2026
Langues : arabe, anglais"""),
    )),
    # Feature: name_in_closing_only — aim — Merci, Yanis
    # ambiguous: «n'importe quel poste stable dans le social» names no kind of employer (a département's social service is public): job_seeking_ess open; the last name is given nowhere (mail, From, address): last name None
    # route: «Merci, Yanis» in the closing only, a From «yanis93@…» with no surname → first name Yanis, last name None; the BTS SP3S of 2026 → application; bac+2 of 2026, aim's sector unknown → job_seeking_ess open → to verify
    N("name_in_closing_only", "aim", "Merci,\nYanis", M(
        "yanis93@gmail.com", "renseignement programme", "06 22:10",
        """Bonjour,

J'ai eu mon BTS SP3S en juin 2026. Je cherche n'importe quel poste stable dans le social, en Seine-Saint-Denis si possible.

Comment on fait pour être accompagné ?

Merci,
Yanis""",
        app("Yanis", None, phone=None, bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="yanis_sans_nom"),
    )),
    # Feature: name_in_closing_only — career_change — Cordialement, M. Roux
    # route: «Cordialement, M. Roux» in the closing (M. a civility or an initial), the From's display name «Mathieu Roux» → first name Mathieu from the From, last name Roux; ten years as a plumber then a reconversion said as such → application; a career change → fails not_career_change → not eligible
    N("name_in_closing_only", "career_change", "Cordialement,\nM. Roux", M(
        "Mathieu Roux <mathieu.roux.31@orange.fr>", "Reconversion - demande d'accompagnement", "07 08:45",
        """Bonjour,

Après dix ans comme plombier, je me reconvertis : j'ai obtenu en juillet 2026 un titre professionnel de conseiller en insertion professionnelle (niveau 5) et je cherche un poste dans une association d'insertion à Toulouse.

Est-ce que votre programme accepte les personnes en reconversion ?

Cordialement,
M. Roux""",
        app("Mathieu", "Roux", phone=None, bac=2, grad="2026-07", failing=("not_career_change",), status="m_roux_plombier_reconversion"),
    )),
    # Feature: name_in_closing_only — kind — C.
    # route: an answer in our thread (In-Reply-To <…@animafac.net>) signed with an initial only, sending a document asked for → reply
    N("name_in_closing_only", "kind", "Voici l'attestation demandée", M(
        "c.vidalenc@gmail.com", "Re: Pro'pulse - pièces manquantes", "13 09:20",
        """Bonjour,

Voici l'attestation demandée, je l'ai scannée ce matin. Dites-moi s'il manque autre chose.

C.

Le 12 nov. 2026 à 18:10, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, il nous manque l'attestation de réussite de votre diplôme.""",
        reply(),
        headers={"In-Reply-To": "<pieces-2026-11-12-0311@animafac.net>"},
    )),
    # Feature: name_in_closing_only — kind — Je suis actuellement en déplacement
    # route: an out-of-office (Auto-Submitted) signed with initials only, naming no applicant → auto-reply
    N("name_in_closing_only", "kind", "Je suis actuellement en déplacement", M(
        "rh@ressourcerie-garonne.example.org", "Absence : Pro'pulse - offre de poste", "14 07:05",
        """Bonjour,

Je suis actuellement en déplacement et je lirai votre message à mon retour le 24 novembre.

F. L.-M.
Ressourcerie Garonne""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: mailbox_not_the_person — graduation — c'est Chloé Lebrun, j'écris depuis la boîte de ma mère
    # route: the From «Sandrine Petit» (her mother's mailbox), «c'est Chloé Lebrun» in the first line → first name Chloé, last name Lebrun, email the From (no other address given); the BTS of June 2026 → application; bac+2 of 2026, an association sought → eligible
    N("mailbox_not_the_person", "graduation", "c'est Chloé Lebrun, j'écris depuis la boîte de ma mère", M(
        "Sandrine Petit <sandrine.petit56@orange.fr>", "Candidature de Chloé", "02 19:30",
        """Bonjour,

C'est Chloé Lebrun, j'écris depuis la boîte de ma mère car la mienne ne marche plus. J'ai obtenu mon BTS Tourisme en juin 2026 à Vannes.

Je cherche un emploi dans une association de tourisme social ou un village vacances associatif. Vous pouvez répondre ici, ma mère me transmettra.

Chloé
07 44 19 62 38""",
        app("Chloé", "Lebrun", phone="+33744196238", bac=2, grad="2026-06", status="lebrun_boite_mere"),
    )),
    # Feature: mailbox_not_the_person — level — Noémie Vasseur
    # ambiguous: a private graphic-design school's «diplôme d'établissement» with no RNCP level she can name: degree_level open
    # route: the pseudonym From «lapinbleu92@…», «Noémie Vasseur» in the signature → first name Noémie, last name Vasseur, email the From; the school's diploma of 2025 with no level → application; level unknown → degree_level open → to verify
    N("mailbox_not_the_person", "level", "Noémie Vasseur", M(
        "lapinbleu92@hotmail.fr", "graphiste cherche poste associatif", "03 15:10",
        """Bonjour,

J'ai fini en juin 2025 une école privée de graphisme à Paris, trois ans, avec un diplôme d'établissement (je ne sais pas s'il a un niveau reconnu, l'école n'en parlait jamais).

Je voudrais être graphiste dans une association ou une coopérative de communication.

Merci de votre aide,
Noémie Vasseur""",
        app("Noémie", "Vasseur", phone=None, bac=None, grad="2025-06", unknown=("degree_level",), status="vasseur_pseudo_ecole_privee"),
    )),
    # Feature: mailbox_not_the_person — aim — écrire sur adrien.collet@gmail.com
    # route: the From is a campsite's reception address where he worked the summer, «Adrien Collet» in the body, an answer address given → first name Adrien, last name Collet, email adrien.collet@gmail.com; the master of 2025 and a tourism-for-all association sought → application; bac+5 of 2025, ESS sought → eligible
    N("mailbox_not_the_person", "aim", "écrire sur adrien.collet@gmail.com", M(
        "Camping Les Pins - Accueil <accueil@camping-lespins.example.fr>", "Candidature Adrien Collet", "04 08:10",
        """Bonjour,

Je m'appelle Adrien Collet et j'utilise l'ordinateur de l'accueil du camping où j'ai travaillé cet été : merci de ne pas répondre ici mais d'écrire sur adrien.collet@gmail.com.

J'ai un master tourisme et développement territorial (septembre 2025) et je cherche un poste dans une association de tourisme social, type VVF ou Cap France.

Adrien Collet""",
        app("Adrien", "Collet", phone=None, bac=5, grad="2025-09", email="adrien.collet@gmail.com", status="collet_boite_camping"),
    )),
    # Feature: mailbox_not_the_person — situation — je passe par la boîte mail de mon compagnon
    # route: the From «Julien Morin» (her partner's mailbox), «Sarah Haddou» in the body and signature → first name Sarah, last name Haddou, email the From; the licence of 2026 then a service civique running to May 2027 → application; a service civique running → fails not_service_civique → not eligible
    N("mailbox_not_the_person", "situation", "je passe par la boîte mail de mon compagnon", M(
        "Julien Morin <julien.morin@free.fr>", "Pro'pulse - question d'inscription", "05 21:00",
        """Bonjour,

Je suis Sarah Haddou, je passe par la boîte mail de mon compagnon. Licence de psychologie obtenue en juin 2026 ; depuis octobre je suis en service civique dans une association d'aide aux devoirs, jusqu'en mai 2027.

J'aimerais commencer l'accompagnement maintenant pour trouver un poste après.

Sarah Haddou
06 27 41 05 91""",
        app("Sarah", "Haddou", phone="+33627410591", bac=3, grad="2026-06", failing=("not_service_civique",), status="haddou_boite_compagnon_sc"),
    )),
    # Feature: mailbox_not_the_person — career_change — Élodie Marchand
    # route: the From's display name a company «Atelier Bois & Co», «Élodie Marchand, gérante» in the signature → first name Élodie, last name Marchand, email the From (hers, the company's); eight years as a cabinet-maker then a change of trade said → application; a career change → fails not_career_change → not eligible
    N("mailbox_not_the_person", "career_change", "Élodie Marchand", M(
        "Atelier Bois & Co <contact@atelier-boisco.example.fr>", "Changement de métier", "06 14:25",
        """Bonjour,

Ébéniste à mon compte depuis huit ans, j'ai décidé de changer complètement de métier : j'ai validé l'an dernier une licence de sciences de l'éducation à distance (juin 2025) et je veux devenir formatrice dans une association.

Votre programme est-il fait pour moi ?

Élodie Marchand, gérante
Atelier Bois & Co""",
        app("Élodie", "Marchand", phone=None, bac=3, grad="2025-06", failing=("not_career_change",), status="marchand_entreprise_reconversion"),
    )),
    # Feature: mailbox_not_the_person — graduation — Lucas Pons
    # ambiguous: «il y a quelques années» may be two or four years: graduation_recent open
    # route: the From «G. Pons <papy.rugby@…>» (his father's mailbox), «Lucas Pons» in the body, his own mobile given beside his father's → first name Lucas, last name Pons, phone his; the licence of «quelques années» → application; bac+3, date open → graduation_recent open → to verify
    N("mailbox_not_the_person", "graduation", "Lucas Pons", M(
        "G. Pons <papy.rugby@wanadoo.fr>", "Pour Lucas", "07 11:50",
        """Bonjour,

Je suis Lucas Pons, j'utilise l'adresse de mon père. J'ai eu ma licence STAPS il y a quelques années et depuis j'ai entraîné des jeunes dans un club de rugby amateur, en bénévolat surtout.

Je cherche un poste de coordinateur sportif dans une association. Mon portable : 06 80 12 47 53 (celui de mon père, si vous n'arrivez pas à me joindre : 05 61 42 17 80).

Lucas Pons""",
        app("Lucas", "Pons", phone="+33680124753", bac=3, grad=None, unknown=("graduation_recent",), status="pons_boite_pere"),
    )),
    # Feature: mailbox_not_the_person — studies_finished — Amandine Roy
    # route: a student-number From «e21904587@…», «Amandine Roy» in the signature → first name Amandine, last name Roy, email the From; the M2 over in September 2026 («plus aucun cours») → application; bac+5 of 2026, studies over, a mutuelle sought → eligible
    N("mailbox_not_the_person", "studies_finished", "Amandine Roy", M(
        "e21904587@etu.univ-tours.example.fr", "Demande d'accompagnement", "08 10:35",
        """Bonjour,

J'ai soutenu mon mémoire de M2 Économie de la santé en septembre 2026 et j'ai eu le diplôme : je n'ai plus aucun cours. Je cherche un poste de chargée d'études dans une mutuelle.

Bonne journée,
Amandine Roy""",
        app("Amandine", "Roy", phone=None, bac=5, grad="2026-09", status="roy_adresse_numero_etudiant"),
    )),
    # Feature: mailbox_not_the_person — kind — lapin.vert.33@hotmail.fr
    # route: a delivery failure of our answer to a pseudonym address closed since (multipart/report) → bounce
    N("mailbox_not_the_person", "kind", "lapin.vert.33@hotmail.fr", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.example.net>", "Undelivered Mail Returned to Sender", "09 03:12",
        """This is the mail system at host smtp.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<lapin.vert.33@hotmail.fr>: host mx.example.com said: 550 Requested action not taken: mailbox unavailable""",
        bounce("lapin.vert.33@hotmail.fr"),
        bounce="""Reporting-MTA: dns; smtp.example.net
Final-Recipient: rfc822; lapin.vert.33@hotmail.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable""",
    )),
    # Feature: mailbox_not_the_person — kind — Famille Roche
    # route: a family mailbox's question on whether a son may apply, no facts of anyone's → question
    N("mailbox_not_the_person", "kind", "Famille Roche", M(
        "Famille Roche <famille.roche@orange.fr>", "Question", "10 20:45",
        """Bonjour,

Notre fils aimerait s'inscrire à votre programme. Peut-il le faire depuis notre adresse familiale, ou doit-il absolument avoir sa propre adresse mail ?

Merci,
Famille Roche""",
        question(),
    )),
    # Feature: usage_and_chosen_names — situation — Je m'appelle Alexandre mais appelez-moi Alex
    # route: «Je m'appelle Alexandre mais appelez-moi Alex» (a usage name asked for), signed «Alex Perrin» → first name Alex, last name Perrin; the licence of 2026 then a stage running to February 2027 → application; a stage running → fails not_internship → not eligible
    N("usage_and_chosen_names", "situation", "Je m'appelle Alexandre mais appelez-moi Alex", M(
        "Alexandre Perrin <alexandre.perrin@gmail.com>", "Inscription", "02 13:20",
        """Bonjour,

Je m'appelle Alexandre mais appelez-moi Alex, tout le monde le fait. Licence de géographie validée en juin 2026, je suis en stage dans un parc naturel régional jusqu'à fin février 2027.

Je voudrais ensuite travailler dans une association de protection de l'environnement.

Alex Perrin""",
        app("Alex", "Perrin", phone=None, bac=3, grad="2026-06", failing=("not_internship",), status="alex_perrin_stage_fevrier"),
    )),
    # Feature: usage_and_chosen_names — level — je m'appelle Sam
    # route: «je m'appelle Sam», the diploma and the address under the civil first name Samia, «merci d'utiliser Sam» → first name Sam (the chosen one), last name Khelifi; the licence of 2025 in the body → application; bac+3 of 2025, an LGBT+ association sought → eligible
    N("usage_and_chosen_names", "level", "je m'appelle Sam", M(
        "Samia Khelifi <samia.khelifi@outlook.fr>", "Candidature", "03 17:35",
        """Bonjour,

Je m'appelle Sam (mon diplôme et mon adresse mail sont encore au prénom de mon état civil, Samia ; merci d'utiliser Sam). J'ai une licence de sociologie obtenue en juin 2025 à Lyon.

Je cherche un poste de chargé·e d'accueil dans une association LGBT+ ou un centre de santé communautaire.

Sam Khelifi""",
        app("Sam", "Khelifi", phone=None, bac=3, grad="2025-06", status="sam_prenom_choisi"),
    )),
    # Feature: usage_and_chosen_names — aim — Hélène Bonnet
    # ambiguous: «un poste de chargée de communication, peu importe la structure» leaves the sector open: job_seeking_ess open
    # route: the From «helene.bonnet@…» with the accent stripped, «Hélène Bonnet» in the signature → first name Hélène (as she writes it); the master of 2026 → application; bac+5 of 2026, aim open → to verify
    N("usage_and_chosen_names", "aim", "Hélène Bonnet", M(
        "helene.bonnet@laposte.net", "recherche d'emploi - communication", "04 12:00",
        """Bonjour,

J'ai terminé un master information-communication à Rennes en juin 2026. Je cherche un poste de chargée de communication, peu importe la structure, du moment que l'équipe est sympa.

Pouvez-vous m'aider ?

Hélène Bonnet""",
        app("Hélène", "Bonnet", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="helene_sans_accent_adresse"),
    )),
    # Feature: usage_and_chosen_names — graduation — Julie Carré (Lemaire sur mon diplôme
    # route: «Julie Carré (Lemaire sur mon diplôme)» in the first line, the married name she signs with → first name Julie, last name Carré; the master of September 2022 → application; bac+5 of 2022, 50 months ago → fails graduation_recent → not eligible
    N("usage_and_chosen_names", "graduation", "Julie Carré (Lemaire sur mon diplôme", M(
        "Julie Carré <julie.carre@gmail.com>", "Candidature Pro'pulse", "05 14:45",
        """Bonjour,

Julie Carré (Lemaire sur mon diplôme, c'était mon nom avant mon mariage). Master de droit social obtenu en septembre 2022, puis trois ans dans un cabinet d'avocats.

Je voudrais maintenant être juriste dans une association d'accès aux droits.

Julie Carré""",
        app("Julie", "Carré", phone=None, bac=5, grad="2022-09", failing=("graduation_recent",), status="carre_nom_marital_2022"),
    )),
    # Feature: usage_and_chosen_names — aim — Marie-Josée Rivière
    # route: «Marie-Josée Rivière» in the introduction, «Marie-Jo» in the closing (a short form, no request to be called so) → first name Marie-Josée; the BTS of 2026, an association's accounts sought → application; bac+2 of 2026, ESS sought → eligible
    N("usage_and_chosen_names", "aim", "Marie-Josée Rivière", M(
        "Marie-Josée Rivière <mj.riviere@gmail.com>", "Candidature comptabilité associative", "06 16:15",
        """Bonjour,

Je suis Marie-Josée Rivière, titulaire d'un BTS Comptabilité et gestion depuis juin 2026. Je cherche un poste d'aide-comptable dans une association ou une fédération associative, sur Marseille.

Bonne fin de journée,
Marie-Jo
06 14 38 92 70""",
        app("Marie-Josée", "Rivière", phone="+33614389270", bac=2, grad="2026-06", status="marie_jo_bts_cg"),
    )),
    # Feature: usage_and_chosen_names — level — Baptiste Ollivier, « Titi » pour mon équipe
    # route: «Baptiste Ollivier» introduced, «Titi» a nickname in passing → first name Baptiste; a bac pro as his only diploma → application; bac pro below bac+2 → fails degree_level → not eligible
    N("usage_and_chosen_names", "level", "Baptiste Ollivier, « Titi » pour mon équipe", M(
        "Baptiste Ollivier <titi.ollivier@gmail.com>", "candidature", "07 19:05",
        """Bonjour,

Baptiste Ollivier, « Titi » pour mon équipe de foot. J'ai un bac pro Commerce (2024) et je travaille en grande surface. Je voudrais entrer dans une association sportive comme agent d'accueil.

Merci,
Baptiste""",
        app("Baptiste", "Ollivier", phone=None, bac=0, grad="2024", failing=("degree_level",), status="ollivier_bac_pro"),
    )),
    # Feature: usage_and_chosen_names — kind — Sissi
    # route: an association's job offer to relay, signed by a nickname «Sissi» under the civil name, no applicant → other
    N("usage_and_chosen_names", "kind", "Sissi", M(
        "Cécile Amrani <recrutement@maison-quartier.example.org>", "Offre à relayer : animateur·rice jeunesse", "11 10:25",
        """Bonjour,

Notre maison de quartier recrute un·e animateur·rice jeunesse en CDI à Nantes Nord. Pourriez-vous relayer l'offre aux jeunes que vous accompagnez ? Fiche de poste sur demande.

Merci !
Cécile Amrani, « Sissi » pour tout le quartier
Coordinatrice""",
        other(),
    )),
    # Feature: usage_and_chosen_names — kind — je retire ma candidature
    # route: a withdrawal signed with a married name and the maiden name in brackets, no new facts → other
    N("usage_and_chosen_names", "kind", "je retire ma candidature", M(
        "Aurélie Masson <aurelie.masson@yahoo.fr>", "Retrait de candidature", "15 09:55",
        """Bonjour,

J'ai trouvé un poste, donc je retire ma candidature à votre programme. Merci pour votre écoute.

Aurélie Masson (Gauthier de naissance)""",
        other(),
    )),
]
