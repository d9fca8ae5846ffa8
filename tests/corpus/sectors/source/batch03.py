"""Sectors corpus, batch 03 (writer A): housing (CHRS, pension de famille, SIAO and maraudes, bailleur social,
DE CESF, DEASS, DEES, veilleur de nuit), solidarity finance (banque coopérative vs banque commerciale or
d'investissement, caisse régionale in alternance, mutuelle vs assureur privé, Adie and microcrédit, DCG),
international solidarity (VSI, Corps européen de solidarité, FLE, associations d'accueil des personnes
exilées, OFII, an ONG's volunteering); other mail from the same fields (a housing association offering to host
a session, a bounce, a mutual bank's auto-reply, a question about mutuelles, an association's reply in our
thread, an ONG's out-of-office)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from sectors import N

MESSAGES = [
    # Feature: housing — graduation — DE CESF décroché en juillet 2026
    # sector: «DE CESF décroché en juillet 2026» = the diplôme d'État de conseillère en économie sociale et familiale, bac+3, 4 months ago → meets graduation_recent, degree_level
    N("housing", "graduation", "DE CESF décroché en juillet 2026", M(
        "Léa Bertrand <lea.bertrand@example.org>", "Candidature intervenante sociale", "03 09:12",
        """Bonjour,

DE CESF décroché en juillet 2026. Pendant ma formation, j'ai fait mon stage long dans une résidence sociale et j'ai accompagné des ménages vers le logement.

Je recherche un poste d'intervenante sociale en CHRS ou en logement accompagné, dans une association, sur Rennes ou Nantes.

Léa Bertrand
06 21 67 38 40""",
        app("Léa", "Bertrand", phone="+33621673840", bac=3, grad="2026-07", status="cesf_chrs_2026"),
    )),
    # Feature: housing — graduation — DEASS obtenu en 2023
    # sector: «DEASS obtenu en 2023» = the diploma of assistant de service social, of a year at least 35 months ago → fails graduation_recent
    N("housing", "graduation", "DEASS obtenu en 2023", M(
        "Mounir Khelifi <mounir.khelifi@example.net>", "Candidature pension de famille", "04 13:40",
        """Bonjour,

J'ai mon DEASS obtenu en 2023. Depuis, j'ai travaillé au 115 puis au SIAO de mon département.

Je voudrais devenir hôte de pension de famille, dans une association ou une fondation qui gère ce type de logement.

Mounir Khelifi
07 39 48 15 62""",
        app("Mounir", "Khelifi", phone="+33739481562", bac=3, grad="2023", failing=("graduation_recent",), status="deass_2023_pension"),
    )),
    # Feature: housing — aim — a job with a bailleur social (a social landlord) as a housing officer
    # ambiguous: a French bailleur social may be a public office (OPH), a private company (ESH) or a cooperative or association; she names none, and an HLM landlord is not always the ESS
    # sector: «a job with a bailleur social (a social landlord) as a housing officer» = a housing employer of unstated status → job_seeking_ess open
    N("housing", "aim", "a job with a bailleur social (a social landlord) as a housing officer", M(
        "Siobhán Gallagher <siobhan.gallagher@example.com>", "Application Pro'pulse", "05 10:08",
        """Hello,

I am from Galway and I have been living in Lyon for two years. I finished a licence pro in gestion locative in June 2025 (a housing management degree), after a BA in Ireland.

I am looking for a job with a bailleur social (a social landlord) as a housing officer, in Lyon or around.

Thank you,
Siobhán Gallagher
07 58 31 60 24""",
        app("Siobhán", "Gallagher", phone="+33758316024", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="lp_bailleur_social_en", language="en"),
    )),
    # Feature: housing — situation — en stage à la maraude du SIAO jusqu'au 15 janvier
    # sector: «en stage à la maraude du SIAO jusqu'au 15 janvier» = a placement under convention with the street outreach team, running past today → fails not_internship
    N("housing", "situation", "en stage à la maraude du SIAO jusqu'au 15 janvier", M(
        "Clara Duval <clara.duval@example.fr>", "candidature", "06 18:27",
        """Bonjour,

Licence pro Intervention sociale obtenue en juin 2026. Je n'avais pas trouvé de poste, alors mon ancienne fac m'a fait une convention : je suis en stage à la maraude du SIAO jusqu'au 15 janvier, trois soirs par semaine.

Après, je voudrais être embauchée comme intervenante sociale dans une association d'hébergement.

Clara Duval
06 77 25 49 13""",
        app("Clara", "Duval", phone="+33677254913", bac=3, grad="2026-06", failing=("not_internship",), status="stage_maraude_siao"),
    )),
    # Feature: housing — career_change — veilleur de nuit en CHRS pendant quelques années
    # ambiguous: «quelques années» as night watchman may have been a student job during the DEES or a trade held before it; he does not say
    # sector: «veilleur de nuit en CHRS pendant quelques années» = a night job of the hébergement, held before the DEES for an unstated time and reason → not_career_change open
    N("housing", "career_change", "veilleur de nuit en CHRS pendant quelques années", M(
        "Florian Mercier <florian.mercier@example.com>", "Candidature éducateur", "07 22:15",
        """Bonjour,

J'ai été veilleur de nuit en CHRS pendant quelques années, puis j'ai obtenu mon DEES en juin 2025.

Je cherche un poste d'éducateur spécialisé dans un CHRS ou un accueil de jour, dans une association.

Florian Mercier
06 86 50 27 31""",
        app("Florian", "Mercier", phone="+33686502731", bac=3, grad="2025-06", unknown=("not_career_change",), status="veilleur_puis_dees"),
    )),
    # Feature: housing — situation — elle est bénévole à la maraude du mardi soir
    # sector: «elle est bénévole à la maraude du mardi soir» = volunteering in a street outreach, neither an internship nor a civic service → meets not_internship, not_service_civique
    N("housing", "situation", "elle est bénévole à la maraude du mardi soir", M(
        "Odile Marchal - Pension de famille Les Lilas <odile.marchal@example.org>", "Une candidate pour Pro'pulse", "08 11:50",
        """Bonjour,

Je suis hôtesse de la pension de famille Les Lilas. Je vous écris pour Awa Sissoko, que je connais bien : elle est bénévole à la maraude du mardi soir depuis deux ans et elle vient souvent aider aux repas partagés chez nous.

Awa a obtenu son DEES en juillet 2026. Elle cherche un poste d'éducatrice dans l'hébergement ou le logement accompagné, dans une association.

Son mail : awa.sissoko@example.net, son portable : 07 45 12 86 39.

Bien à vous,
Odile Marchal""",
        app("Awa", "Sissoko", phone="+33745128639", bac=3, grad="2026-07", status="dees_benevole_maraude", email="awa.sissoko@example.net", forwarded_by="odile.marchal@example.org"),
    )),
    # Feature: housing — kind — notre association d'hébergement peut accueillir une session d'information
    # sector: «notre association d'hébergement peut accueillir une session d'information» = a housing association offering a room, no application → kind other
    N("housing", "kind", "notre association d'hébergement peut accueillir une session d'information", M(
        "Pierre-Yves Ollivier <py.ollivier@example.org>", "Proposition de partenariat", "20 09:30",
        """Bonjour,

Je dirige le pôle logement d'une association qui gère deux CHRS et une pension de famille. Plusieurs de nos salariés en contrat court cherchent un emploi durable : notre association d'hébergement peut accueillir une session d'information dans ses locaux en janvier.

Dites-moi quelles dates vous conviendraient.

Pierre-Yves Ollivier""",
        other(),
    )),
    # Feature: housing — kind — boîte pleine : residence.lesremparts@example.net
    # sector: «boîte pleine : residence.lesremparts@example.net» = our mail to a résidence sociale bounced → kind bounce
    N("housing", "kind", "boîte pleine : residence.lesremparts@example.net", M(
        "Mail Delivery System <mailer-daemon@mx.example.net>", "Échec de la remise du message", "21 08:12",
        """Le message n'a pas pu être remis au destinataire suivant.

boîte pleine : residence.lesremparts@example.net""",
        bounce("residence.lesremparts@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; residence.lesremparts@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full",
    )),
    # Feature: finance — aim — conseillère clientèle dans une banque coopérative
    # sector: «conseillère clientèle dans une banque coopérative» = a cooperative bank, part of the ESS → meets job_seeking_ess
    N("finance", "aim", "conseillère clientèle dans une banque coopérative", M(
        "Emma Roussel <emma.roussel@example.org>", "Candidature conseillère clientèle", "02 09:05",
        """Bonjour,

J'ai obtenu mon BTS Banque en juin 2025. Je souhaite devenir conseillère clientèle dans une banque coopérative, parce que j'aime l'idée que les clients soient aussi sociétaires et que l'argent reste sur le territoire.

Mon CV est en pièce jointe.

Emma Roussel
06 32 47 89 15""",
        app("Emma", "Roussel", phone="+33632478915", bac=2, grad="2025-06", status="bts_banque_coop"),
        cv=CV("docx", "Emma_Roussel_CV.docx", "Emma Roussel\nConseillère clientèle\nExpériences : accueil en agence (alternance), opérations courantes, ouverture de comptes\nLangues : anglais courant"),
    )),
    # Feature: finance — aim — analyste dans une banque d'investissement
    # sector: «analyste dans une banque d'investissement» = investment banking, not the ESS → fails job_seeking_ess
    N("finance", "aim", "analyste dans une banque d'investissement", M(
        "Alexandre Vidal-Roche <alexandre.vidalroche@example.com>", "Candidature", "03 07:30",
        """Bonjour,

Master finance obtenu en septembre 2026. Je vise un poste d'analyste dans une banque d'investissement à Paris ou à Londres, en fusions-acquisitions.

Cordialement,
Alexandre Vidal-Roche
06 49 20 71 83""",
        app("Alexandre", "Vidal-Roche", phone="+33649207183", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="master_finance_banque_invest"),
    )),
    # Feature: finance — studies_finished — en alternance à la caisse régionale, en 2e année de BTS Banque
    # sector: «en alternance à la caisse régionale, en 2e année de BTS Banque» = a bank apprenticeship: the BTS is running → fails studies_finished
    N("finance", "studies_finished", "en alternance à la caisse régionale, en 2e année de BTS Banque", M(
        "Lucas Dupré <lucas.dupre@example.net>", "candidature pro'pulse", "04 20:02",
        """Bonjour,

Je suis en alternance à la caisse régionale, en 2e année de BTS Banque, et je voudrais rester dans une banque mutualiste après mon diplôme.

Votre programme peut-il m'aider dès maintenant ?

Lucas Dupré
07 60 84 12 95""",
        app("Lucas", "Dupré", phone="+33760841295", bac="*", grad=None, failing=("studies_finished",), status="bts_banque_alternance"),
    )),
    # Feature: finance — aim — conseiller en assurance, pas de préférence entre mutuelle et assureur privé
    # ambiguous: a mutuelle is the ESS, a private insurer is not; he wants either
    # sector: «conseiller en assurance, pas de préférence entre mutuelle et assureur privé» = the insurance trade, ESS or not indifferently → job_seeking_ess open
    N("finance", "aim", "conseiller en assurance, pas de préférence entre mutuelle et assureur privé", M(
        "Nicolas Carvalho <nicolas.carvalho@example.fr>", "Candidature", "05 12:58",
        """Bonjour,

DUT GEA obtenu en juin 2025. Je cherche un poste de conseiller en assurance, pas de préférence entre mutuelle et assureur privé, du moment que c'est en CDI près de Bordeaux.

Nicolas Carvalho
06 14 83 52 70""",
        app("Nicolas", "Carvalho", phone="+33614835270", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="gea_assurance_indifferent"),
    )),
    # Feature: finance — career_change — onze ans de conseil clientèle dans le réseau d'une banque commerciale
    # sector: «onze ans de conseil clientèle dans le réseau d'une banque commerciale» = eleven years in the trade before a master ESS → fails not_career_change
    N("finance", "career_change", "onze ans de conseil clientèle dans le réseau d'une banque commerciale", M(
        "Nathalie Giordano <nathalie.giordano@example.org>", "Reconversion - candidature", "06 09:45",
        """Bonjour,

J'ai fait onze ans de conseil clientèle dans le réseau d'une banque commerciale. En 2025 j'ai repris un master ESS, obtenu en juin 2026, pour donner du sens à mon métier.

Je cherche un poste de chargée d'accompagnement chez France Active ou dans une structure de finance solidaire.

Nathalie Giordano
06 80 36 14 57""",
        app("Nathalie", "Giordano", phone="+33680361457", bac=5, grad="2026-06", failing=("not_career_change",), status="banquiere_vers_finance_solidaire"),
    )),
    # Feature: finance — level — j'ai eu mon DCG en juin 2025
    # sector: «j'ai eu mon DCG en juin 2025» = the diplôme de comptabilité et de gestion, bac+3, 17 months ago → meets degree_level, graduation_recent
    N("finance", "level", "j'ai eu mon DCG en juin 2025", M(
        "Kenza Benali <kenza.benali@example.com>", "Candidature comptable", "07 14:20",
        """Bonjour,

J'ai eu mon DCG en juin 2025. J'ai travaillé un an en cabinet, et ce que je veux maintenant c'est être comptable dans une mutuelle ou une association, pas en cabinet.

Kenza Benali
07 03 59 28 46""",
        app("Kenza", "Benali", phone="+33703592846", bac=3, grad="2025-06", status="dcg_mutuelle"),
    )),
    # Feature: finance — graduation — chargée de microcrédit à l'Adie, après un bachelor d'école de commerce
    # ambiguous: the bachelor's year is never given; a first job at the Adie says nothing of how long ago she graduated
    # sector: «chargée de microcrédit à l'Adie, après un bachelor d'école de commerce» = a bac+3 of unstated date, then a job in microcredit → graduation_recent open
    N("finance", "graduation", "chargée de microcrédit à l'Adie, après un bachelor d'école de commerce", M(
        "Rokia Traoré <rokia.traore@example.net>", "Candidature", "08 16:44",
        """Bonjour,

Je suis chargée de microcrédit à l'Adie, après un bachelor d'école de commerce. Mon contrat se termine en décembre et je voudrais rester dans la finance solidaire, par exemple dans un fonds d'épargne solidaire.

Rokia Traoré
06 95 40 73 28""",
        app("Rokia", "Traoré", phone="+33695407328", bac=3, grad=None, unknown=("graduation_recent",), status="adie_bachelor"),
    )),
    # Feature: finance — kind — La caisse locale du Crédit coopératif est fermée le samedi
    # sector: «La caisse locale du Crédit coopératif est fermée le samedi» = a cooperative bank's automatic answer → kind auto_reply: no personal fact
    N("finance", "kind", "La caisse locale du Crédit coopératif est fermée le samedi", M(
        "Agence Crédit coopératif Lille <agence.lille@credit-coop.example.com>", "Accusé de réception", "22 10:00",
        """Bonjour,

Nous avons bien reçu votre message. La caisse locale du Crédit coopératif est fermée le samedi ; un conseiller vous répondra sous 48 heures ouvrées.

Ceci est une réponse automatique.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: finance — kind — le programme prépare-t-il aussi aux métiers du microcrédit, par exemple à l'Adie
    # sector: «le programme prépare-t-il aussi aux métiers du microcrédit, par exemple à l'Adie» = a general question on a finance trade → kind question
    N("finance", "kind", "le programme prépare-t-il aussi aux métiers du microcrédit, par exemple à l'Adie", M(
        "Hélène Baptiste <helene.baptiste@example.org>", "Question", "23 15:12",
        """Bonjour,

Une question : le programme prépare-t-il aussi aux métiers du microcrédit, par exemple à l'Adie, ou seulement à ceux des associations ?

Merci,
Hélène Baptiste""",
        question(),
    )),
    # Feature: international — situation — en VSI au Togo, mon contrat court jusqu'en juillet 2027
    # sector: «en VSI au Togo, mon contrat court jusqu'en juillet 2027» = a volontariat de solidarité internationale, a civic-service-like volunteering held now → fails not_service_civique
    N("international", "situation", "en VSI au Togo, mon contrat court jusqu'en juillet 2027", M(
        "Camille Ferrand <camille.ferrand@example.com>", "Candidature à distance", "02 06:55",
        """Bonjour,

Je vous écris de Kara : je suis en VSI au Togo, mon contrat court jusqu'en juillet 2027, avec une ONG qui appuie des coopératives de transformatrices de soja.

J'ai un master coopération internationale obtenu en juin 2025. Je prépare mon retour et voudrais travailler dans une ONG de solidarité internationale en France.

Camille Ferrand
+228 90 47 12 63""",
        app("Camille", "Ferrand", phone="+22890471263", bac=5, grad="2025-06", failing=("not_service_civique",), status="vsi_togo"),
    )),
    # Feature: international — situation — my European Solidarity Corps (Corps européen de solidarité) placement ended in September
    # sector: «my European Solidarity Corps (Corps européen de solidarité) placement ended in September» = a Corps européen de solidarité volunteering, over → meets not_service_civique
    N("international", "situation", "my European Solidarity Corps (Corps européen de solidarité) placement ended in September", M(
        "Jakob Brenner <jakob.brenner@example.org>", "Application", "03 12:18",
        """Hello,

I am German, 25, and I hold an MA in migration studies from Osnabrück (July 2025). My European Solidarity Corps (Corps européen de solidarité) placement ended in September: I spent ten months in an association welcoming exiled people in Grenoble.

I would like to stay and work for an association d'accueil or an NGO supporting asylum seekers.

Best regards,
Jakob Brenner
07 82 64 30 19""",
        app("Jakob", "Brenner", phone="+33782643019", bac=5, grad="2025-07", status="esc_fini_en", language="en"),
    )),
    # Feature: international — level — un DU FLE obtenu en juin 2026 et un diplôme d'enseignante du Liban, sans équivalence
    # ambiguous: a DU FLE has no level of its own, and a Lebanese teacher's diploma without equivalence may be a teaching certificate or a licence
    # sector: «un DU FLE obtenu en juin 2026 et un diplôme d'enseignante du Liban, sans équivalence» = a university certificate plus a foreign title of unknown level → degree_level open
    N("international", "level", "un DU FLE obtenu en juin 2026 et un diplôme d'enseignante du Liban, sans équivalence", M(
        "Rania Haddad <rania.haddad@example.net>", "Candidature formatrice FLE", "04 10:35",
        """Bonjour,

J'ai un DU FLE obtenu en juin 2026 et un diplôme d'enseignante du Liban, sans équivalence pour l'instant. J'ai enseigné huit ans à Beyrouth avant d'arriver en France.

Je voudrais être formatrice FLE dans une association qui accueille des personnes exilées.

Rania Haddad
06 57 92 38 14""",
        app("Rania", "Haddad", phone="+33657923814", bac="*", grad="2026-06", unknown=("degree_level",), status="du_fle_liban"),
    )),
    # Feature: international — aim — formatrice FLE dans une association d'accueil des personnes exilées
    # sector: «formatrice FLE dans une association d'accueil des personnes exilées» = French teaching in an association → meets job_seeking_ess
    N("international", "aim", "formatrice FLE dans une association d'accueil des personnes exilées", M(
        "Margot Lemaire <margot.lemaire@example.fr>", "Candidature", "05 17:03",
        """Bonjour,

Master FLE obtenu en juin 2026. Je cherche un poste de formatrice FLE dans une association d'accueil des personnes exilées, à Paris ou en petite couronne.

Merci,
Margot Lemaire
06 24 81 57 36""",
        app("Margot", "Lemaire", phone="+33624815736", bac=5, grad="2026-06", status="master_fle_asso"),
    )),
    # Feature: international — aim — un poste à l'OFII ou en préfecture
    # sector: «un poste à l'OFII ou en préfecture» = the migration field's public administrations, not the ESS → fails job_seeking_ess
    N("international", "aim", "un poste à l'OFII ou en préfecture", M(
        "Théo Marin <theo.marin@example.com>", "candidature", "06 11:11",
        """Bonjour,

Master Migrations internationales obtenu en septembre 2025. Je cherche un poste à l'OFII ou en préfecture, au service des étrangers, je passe les concours de la fonction publique.

Théo Marin
07 16 49 82 05""",
        app("Théo", "Marin", phone="+33716498205", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="master_migrations_ofii"),
    )),
    # Feature: international — situation — en mission de volontariat avec une ONG en Équateur jusqu'à mi-décembre
    # ambiguous: «mission de volontariat» with an ONG may be a VSI, a service civique à l'international or an unpaid volunteer stay; the scheme is not named
    # sector: «en mission de volontariat avec une ONG en Équateur jusqu'à mi-décembre» = a volunteering abroad of unstated scheme held now → not_service_civique open
    N("international", "situation", "en mission de volontariat avec une ONG en Équateur jusqu'à mi-décembre", M(
        "Juliette Blanchard <juliette.blanchard@example.org>", "Candidature depuis Quito", "07 03:40",
        """Bonjour,

Je suis en mission de volontariat avec une ONG en Équateur jusqu'à mi-décembre, sur des projets d'eau potable. J'ai un master Action humanitaire obtenu en juin 2025.

À mon retour je voudrais travailler comme chargée de projet dans une ONG de solidarité internationale.

Juliette Blanchard
06 70 38 25 91""",
        app("Juliette", "Blanchard", phone="+33670382591", bac=5, grad="2025-06", unknown=("not_service_civique",), status="volontariat_equateur"),
    )),
    # Feature: international — kind — l'association d'accueil vous confirme la salle pour l'atelier du 2 décembre
    # sector: «l'association d'accueil vous confirme la salle pour l'atelier du 2 décembre» = an association for exiled people answering in our thread → kind reply
    N("international", "kind", "l'association d'accueil vous confirme la salle pour l'atelier du 2 décembre", M(
        "Association Terre d'Accueil <contact@terredaccueil.example.org>", "Re: Atelier emploi pour vos bénévoles", "24 14:30",
        """Bonjour,

Très bien : l'association d'accueil vous confirme la salle pour l'atelier du 2 décembre à 10 h.

Amicalement,
Fatima, coordinatrice

> Le 18 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Pouvons-nous venir présenter le programme à vos bénévoles ?""",
        reply(),
        headers={"In-Reply-To": "<atelier-terreaccueil-1811@animafac.net>", "References": "<atelier-terreaccueil-1811@animafac.net>"},
    )),
    # Feature: international — kind — je suis en mission terrain au Sénégal jusqu'au 5 décembre
    # sector: «je suis en mission terrain au Sénégal jusqu'au 5 décembre» = an ONG officer's out-of-office → kind auto_reply: no personal fact
    N("international", "kind", "je suis en mission terrain au Sénégal jusqu'au 5 décembre", M(
        "Bruno Lefort <bruno.lefort@ong-sahel.example.org>", "Absence : Re: Intervention au forum", "25 08:00",
        """Bonjour,

Merci pour votre message ; je suis en mission terrain au Sénégal jusqu'au 5 décembre, avec un accès limité à mes mails. Pour toute urgence, écrivez à siege@ong-sahel.example.org.

Bruno Lefort
Responsable des programmes""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
