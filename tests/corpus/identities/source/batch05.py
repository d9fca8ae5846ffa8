"""Identities corpus, batch 05 (writer B): compound_first_names (an «Anne Laure» with no hyphen, «JB» in the
greeting and Jean-Baptiste in the signature, a «Mohamed Amine», a first name that looks like a surname, a
«Marie-Ange» from La Réunion, an «Anna Maria» writing in English, a «Fatima Zahra» with a hyphen in her
address only; a question signed «Marie-Claude», a reply signed «Pierre-Yves»), several_surnames («Moreno
Ruiz», «de Kerangal», «Martin-Duval», a «née Roux», «Ben Youssef», «Van den Broeck»; an auto-reply naming a
deputy «Le Goff-Marchand», a newsletter), family_name_first («RAKOTOARISOA Tiana», «Mme LEFEBVRE Aurore», a
form's «Nom : TRAN / Prénom : Thi Mai», «Liu Yang» with Liu the surname, «GIRAUD Baptiste», «MOREL Cyril» in
an administrative signature; a bounce, a question)."""
# ruff: noqa: E501

from __future__ import annotations

from identities import N
from kit import M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # Feature: compound_first_names — level — Anne Laure Vasseur
    # route: «Anne Laure» with no hyphen in the From and the signature, the phone under the name; the licence pro (bac+3) of June 2025 and a ressourcerie sought in the body → application; bac+3 of 2025, ESS aim → eligible
    N("compound_first_names", "level", "Anne Laure Vasseur", M(
        "Anne Laure Vasseur <annelaure.vasseur@gmail.com>",
        "Candidature Pro'pulse",
        "02 09:21",
        """Bonjour,

J'ai obtenu en juin 2025 une licence professionnelle métiers de l'économie sociale et solidaire à l'IUT de Bordeaux Montaigne. J'ai fait mon alternance dans une ressourcerie de Bègles et j'aimerais continuer dans ce secteur, sur un poste de coordinatrice.

Votre programme m'a été conseillé par une amie.

Bien cordialement,
Anne Laure Vasseur
06 48 12 77 30""",
        app("Anne Laure", "Vasseur", phone="+33648127730", bac=3, grad="2025-06", status="b_cf_anne_laure_sans_trait"),
    )),
    # Feature: compound_first_names — career_change — Charles-Henri Delorme
    # route: «CH» in the first line, «Charles-Henri Delorme» in the signature only; a BTS ESF of 2026 taken «après sept ans comme conducteur de bus», said as a new trade → application; career change → not eligible
    N("compound_first_names", "career_change", "Charles-Henri Delorme", M(
        "CH Delorme <ch.delorme38@orange.fr>",
        "inscription programme",
        "03 21:10",
        """Bonjour,

CH ici (c'est comme ça qu'on m'appelle depuis le lycée), j'ai vu votre annonce au forum de l'emploi de Grenoble. Après sept ans comme conducteur de bus à la TAG, j'ai voulu changer complètement de métier et j'ai repris un BTS économie sociale familiale, obtenu en juillet 2026. Je cherche un poste de conseiller dans une association de quartier.

Merci de me dire si je peux entrer dans le programme.

Charles-Henri Delorme
07 81 22 05 64""",
        app("Charles-Henri", "Delorme", phone="+33781220564", bac=2, grad="2026-07", failing=("not_career_change",), status="b_cf_ch_puis_charles_henri"),
    )),
    # Feature: compound_first_names — graduation — Ayşe Nur Demir
    # ambiguous: «master en 2024» with no month: June 2024 would be more than two years ago, November 2024 recent
    # route: «Ayşe Nur» two Turkish first names in «je m'appelle» and the signature, «aysenur» in the address, the surname after both; the master of «2024» without a month → application; graduation open → to verify
    N("compound_first_names", "graduation", "Ayşe Nur Demir", M(
        "Aysenur Demir <aysenur.demir@outlook.fr>",
        "Demande d'accompagnement – master sociologie",
        "04 13:02",
        """Bonjour,

Je m'appelle Ayşe Nur Demir (Ayşe Nur en deux mots, c'est mon prénom), j'ai fini mon master en 2024 (sociologie des mobilités, université Grenoble Alpes). J'ai travaillé ensuite en intérim pour tenir le coup financièrement. Je voudrais maintenant un poste de chargée de projet dans une association d'éducation populaire ou une SCIC.

Cordialement,
Ayşe Nur Demir""",
        app("Ayşe Nur", "Demir", phone=None, bac=5, grad="2024", unknown=("graduation_recent",), status="b_cf_ayse_nur_2024"),
    )),
    # Feature: compound_first_names — aim — Marie Laure Thomas
    # route: «Marie Laure» spaced, and «Thomas», a surname that looks like a first name, settled by «Thomas, c'est mon nom de famille»; a master CCA of September 2025 and only «un cabinet d'audit» sought → application; no ESS aim → not eligible
    N("compound_first_names", "aim", "Marie Laure Thomas", M(
        "Thomas Marie Laure <thomas.marielaure@gmail.com>",
        "Candidature – master CCA",
        "05 10:44",
        """Bonjour,

Une précision d'abord, car on se trompe souvent : Thomas, c'est mon nom de famille, et mon prénom s'écrit Marie Laure, en deux mots sans trait d'union.

J'ai obtenu mon master comptabilité-contrôle-audit en septembre 2025 à l'IAE de Dijon. Je cherche un premier poste d'assistante dans un cabinet d'audit, idéalement l'un des grands réseaux.

Marie Laure Thomas""",
        app("Marie Laure", "Thomas", phone=None, bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_cf_marie_laure_nom_thomas"),
    )),
    # Feature: compound_first_names — situation — Marie-Ange Bellance
    # route: «Marie-Ange Bellance» in the From and signature, a Guadeloupe mobile 0690 (+590) in the signature; a licence of 2025 and «en service civique à la Croix-Rouge jusqu'au 30 juin 2027» → application; service civique running → not eligible
    N("compound_first_names", "situation", "Marie-Ange Bellance", M(
        "Marie-Ange Bellance <marieange.bellance971@gmail.com>",
        "Candidature depuis la Guadeloupe",
        "06 07:55",
        """Bonjour,

J'ai une licence de géographie (université des Antilles, juin 2025) et je suis en service civique à la Croix-Rouge jusqu'au 30 juin 2027, à Pointe-à-Pitre. J'aimerais préparer dès maintenant la suite dans une association de protection de l'environnement.

Merci,
Marie-Ange Bellance
0690 41 18 57""",
        app("Marie-Ange", "Bellance", phone="+590690411857", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_cf_marie_ange_guadeloupe_sc"),
    )),
    # Feature: compound_first_names — graduation — Anna Maria Kowalczyk
    # route: English, «Anna Maria» two first names written apart, «Kowalczyk» after them; the Master's of June 2026 (bac+5) and a migrant-support NGO sought → application (en); bac+5 of 2026, ESS aim → eligible
    N("compound_first_names", "graduation", "Anna Maria Kowalczyk", M(
        "Anna Maria Kowalczyk <am.kowalczyk@gmail.com>",
        "Application – Pro'pulse programme",
        "06 16:30",
        """Hello,

My name is Anna Maria Kowalczyk (Anna Maria is my first name, both words). I graduated with a Master's in European studies in June 2026 from Sciences Po Grenoble, after a bachelor in Kraków.

I would love to work for a non-profit supporting migrants and refugees in Grenoble or Lyon. Could your programme help me?

Kind regards,
Anna Maria Kowalczyk
+33 7 56 90 12 48""",
        app("Anna Maria", "Kowalczyk", phone="+33756901248", bac=5, grad="2026-06", language="en", status="b_cf_anna_maria_english"),
    )),
    # Feature: compound_first_names — studies_finished — Fatima Zahra Bennani
    # route: «Fatima Zahra» written apart in the From and the signature, «fatima-zahra» in the address; an M2 with «il me reste le mémoire à soutenir en janvier» → application; studies running → not eligible
    N("compound_first_names", "studies_finished", "Fatima Zahra Bennani", M(
        "Fatima Zahra Bennani <fatima-zahra.bennani@hotmail.fr>",
        "Question inscription M2",
        "07 18:40",
        """Bonjour,

Je suis en M2 économie sociale et solidaire à Montpellier ; les cours sont finis mais il me reste le mémoire à soutenir en janvier. Je voudrais commencer à chercher un poste dans une coopérative d'activités et d'emploi.

Est-ce que je peux déjà rejoindre le programme ?

Fatima Zahra Bennani""",
        app("Fatima Zahra", "Bennani", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_cf_fatima_zahra_memoire"),
    )),
    # Feature: compound_first_names — kind — les candidats doivent-ils avoir moins de 30 ans
    # route: a question from a youth centre's worker signed «Marie-Claude», no facts of her own → question
    N("compound_first_names", "kind", "les candidats doivent-ils avoir moins de 30 ans", M(
        "Marie-Claude Bérard <mc.berard@mjc-clermont.example.org>",
        "Âge des candidats ?",
        "08 11:15",
        """Bonjour,

J'accompagne des jeunes à la MJC. Pour votre programme, les candidats doivent-ils avoir moins de 30 ans ? Et faut-il être inscrit à France Travail ?

Merci,
Marie-Claude""",
        question(),
    )),
    # Feature: compound_first_names — kind — je vous renvoie l'attestation signée
    # route: a reply in our thread (In-Reply-To our mail) signed «Pierre-Yves» → reply
    N("compound_first_names", "kind", "je vous renvoie l'attestation signée", M(
        "Pierre-Yves Goasdoué <py.goasdoue@free.fr>",
        "Re: Pièces manquantes",
        "09 14:05",
        """Bonjour,

Comme demandé, je vous renvoie l'attestation signée. Dites-moi s'il manque encore quelque chose.

Pierre-Yves

Le 06/11/2026 à 15:20, Pro'pulse a écrit :
> Il nous manque l'attestation sur l'honneur signée.""",
        reply(),
        headers={"In-Reply-To": "<pieces-0611.pyg@animafac.net>", "References": "<pieces-0611.pyg@animafac.net>"},
    )),
    # Feature: several_surnames — level — Inés Moreno Ruiz
    # route: English, two Spanish surnames «Moreno Ruiz» in the From and the signature with «both are my surnames»; the four-year «degree in Social Work» of June 2025 (bac+3 at least) and a housing charity sought → application (en); bac+3 of 2025, ESS aim → eligible
    N("several_surnames", "level", "Inés Moreno Ruiz", M(
        "Inés Moreno Ruiz <ines.morenoruiz@gmail.com>",
        "Application – social worker, Montpellier",
        "10 12:00",
        """Hello,

I am Spanish and I moved to Montpellier in September. I hold a four-year degree in Social Work from the University of Valencia (June 2025). My French is improving but I write faster in English, I hope this is fine.

I am looking for a job in a non-profit working on access to housing.

Please note that Moreno Ruiz is one surname made of two: both are my surnames, with no hyphen.

Many thanks,
Inés Moreno Ruiz
+34 612 48 90 33""",
        app("Inés", "Moreno Ruiz", phone="+34612489033", bac=3, grad="2025-06", language="en", status="b_ss_moreno_ruiz_english"),
    )),
    # Feature: several_surnames — graduation — Thibault de Kerangal
    # route: a particle «de Kerangal» in the signature; the BTS SP3S (bac+2) of June 2023, three years and more ago → application; diploma too old → not eligible
    N("several_surnames", "graduation", "Thibault de Kerangal", M(
        "Thibault de Kerangal <thibault.dekerangal@gmail.com>",
        "Candidature",
        "10 19:25",
        """Bonjour,

J'ai obtenu mon BTS SP3S en juin 2023 à Brest. Depuis, j'ai travaillé comme agent d'accueil dans une CAF. J'aimerais rejoindre une association d'insertion.

Bien à vous,
Thibault de Kerangal
02 98 44 61 20""",
        app("Thibault", "de Kerangal", phone="+33298446120", bac=2, grad="2023-06", failing=("graduation_recent",), status="b_ss_de_kerangal_bts_2023"),
    )),
    # Feature: several_surnames — aim — Sophie Martin-Duval
    # ambiguous: «dans une collectivité ou une association» puts a public employer and an association side by side with no preference
    # route: a hyphenated surname «Martin-Duval» in the From and the signature; a master of urbanism of 2025 and «dans une collectivité ou une association» → application; aim open → to verify
    N("several_surnames", "aim", "Sophie Martin-Duval", M(
        "Sophie Martin-Duval <sophie.martin-duval@laposte.net>",
        "Demande de renseignements et candidature",
        "11 08:30",
        """Bonjour,

Diplômée d'un master d'urbanisme à Tours en septembre 2025, je cherche un poste de chargée de mission, dans une collectivité ou une association, sur les questions d'habitat.

Je reste disponible pour un échange.

Sophie Martin-Duval""",
        app("Sophie", "Martin-Duval", phone=None, bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="b_ss_martin_duval_collectivite"),
    )),
    # Feature: several_surnames — career_change — Élodie Da Costa, née Roux
    # route: «Élodie Da Costa, née Roux»: the usage name (two words) in the From and signature, the birth name on her diploma; a DEES of 2026 after «quinze ans de vente en grande surface», said as a change of trade → application; career change → not eligible
    N("several_surnames", "career_change", "Élodie Da Costa, née Roux", M(
        "Elodie Da Costa <elodie.dacosta@laposte.net>",
        "Candidature – éducatrice spécialisée",
        "12 20:02",
        """Bonjour,

Après quinze ans de vente en grande surface, j'ai changé de voie et obtenu le DEES en juillet 2026 à l'IRTS de Rouen. Mon diplôme est à mon nom de naissance (Roux) ; j'utilise le nom de mon mari au quotidien.

Je cherche un poste dans un foyer associatif de protection de l'enfance.

Élodie Da Costa, née Roux""",
        app("Élodie", "Da Costa", phone=None, bac=3, grad="2026-07", failing=("not_career_change",), status="b_ss_da_costa_nee_roux"),
    )),
    # Feature: several_surnames — situation — Karim Ben Youssef
    # route: a particle «Ben Youssef» in the From and the signature; a licence AES of 2026 and «en stage jusqu'au 15 janvier» at a town hall → application; internship running → not eligible
    N("several_surnames", "situation", "Karim Ben Youssef", M(
        "Karim Ben Youssef <karim.benyoussef@gmail.com>",
        "Pro'pulse – candidature",
        "13 17:48",
        """Bonjour,

Licence AES obtenue en juin 2026 à Clermont-Ferrand. Je suis actuellement en stage jusqu'au 15 janvier au service jeunesse de la mairie. Ensuite je voudrais travailler dans une association d'éducation populaire.

Karim Ben Youssef
06 09 33 71 85""",
        app("Karim", "Ben Youssef", phone="+33609337185", bac=3, grad="2026-06", failing=("not_internship",), status="b_ss_ben_youssef_stage"),
    )),
    # Feature: several_surnames — studies_finished — Luca Di Stefano
    # ambiguous: «les examens sont finis, j'attends la délibération de janvier»: whether the Swiss bachelor is awarded is not said yet
    # route: an Italian particle «Di Stefano» in the From and the signature, a Swiss mobile +41 under it; a HES bachelor in social work whose «délibération» is awaited → application; studies open → to verify
    N("several_surnames", "studies_finished", "Luca Di Stefano", M(
        "Luca Di Stefano <luca.distefano@bluewin.example.com>",
        "candidature Luca Di Stefano",
        "14 10:10",
        """Bonjour,

J'habite Genève et je m'installe à Annecy en février. J'ai fait un bachelor en travail social à la HES-SO : les examens sont finis, j'attends la délibération de janvier. Je cherche un emploi dans une association d'aide aux personnes sans abri, côté français.

Luca Di Stefano
+41 79 455 21 09""",
        app("Luca", "Di Stefano", phone="+41794552109", bac=3, grad=None, unknown=("studies_finished",), status="b_ss_di_stefano_geneve"),
    )),
    # Feature: several_surnames — kind — En mon absence, vous pouvez joindre
    # route: a partner association's out-of-office naming a deputy «Dominique Le Goff-Marchand» and her number (Auto-Submitted) → auto_reply
    N("several_surnames", "kind", "En mon absence, vous pouvez joindre", M(
        "Hélène Saint-Aubin <h.saint-aubin@asso-logement.example.org>",
        "Absente : Pro'pulse – proposition de rencontre",
        "15 09:00",
        """Bonjour,

Je suis absente jusqu'au 23 novembre. En mon absence, vous pouvez joindre Dominique Le Goff-Marchand au 02 35 71 40 12.

Hélène Saint-Aubin""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: several_surnames — kind — La lettre du réseau
    # route: a network of ESS employers' monthly letter with portraits of people with two surnames (List-Unsubscribe, Precedence: bulk) → newsletter
    N("several_surnames", "kind", "La lettre du réseau", M(
        "Réseau ESS Occitanie <lettre@ess-occitanie.example.org>",
        "La lettre du réseau – novembre 2026",
        "16 06:30",
        """La lettre du réseau – novembre 2026

Portrait : Carmen Ortega Díaz, directrice d'une SCOP de maraîchage
Portrait : Jean de La Morinière, trésorier d'une recyclerie
12 offres d'emploi en Occitanie

Vous recevez cette lettre car vous êtes adhérent. Se désinscrire.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://ess-occitanie.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: family_name_first — level — RAKOTOARISOA Tiana
    # route: «RAKOTOARISOA Tiana» in the From and the signature, the surname in capitals first; the DUT carrières sociales (bac+2) of June 2025 and an association of La Réunion sought → application; bac+2 of 2025, ESS aim → eligible
    N("family_name_first", "level", "RAKOTOARISOA Tiana", M(
        "RAKOTOARISOA Tiana <tiana.rakotoarisoa@yahoo.fr>",
        "Candidature",
        "16 14:22",
        """Bonjour,

Je suis titulaire d'un DUT carrières sociales, option animation sociale et socioculturelle, obtenu en juin 2025 à l'IUT de Bordeaux. Je souhaite travailler dans une association de quartier comme animatrice coordinatrice.

Cordialement,
RAKOTOARISOA Tiana""",
        app("Tiana", "Rakotoarisoa", phone=None, bac=2, grad="2025-06", status="b_fn_rakotoarisoa_tiana"),
    )),
    # Feature: family_name_first — graduation — Mme LEFEBVRE Aurore
    # route: «Mme LEFEBVRE Aurore» in the signature, the surname in capitals after the title; a DE d'assistante de service social of July 2026 and a CHRS associatif sought → application; bac+3 of 2026, ESS aim → eligible
    N("family_name_first", "graduation", "Mme LEFEBVRE Aurore", M(
        "aurore.lefebvre@orange.fr",
        "Candidature – assistante de service social",
        "17 11:05",
        """Madame, Monsieur,

J'ai obtenu mon diplôme d'État en juillet 2026 (DEASS, IRTS de Franche-Comté). Je souhaite rejoindre un CHRS associatif ou une association d'accueil de jour.

Je vous prie d'agréer mes salutations distinguées.

Mme LEFEBVRE Aurore
03 81 52 09 47""",
        app("Aurore", "Lefebvre", phone="+33381520947", bac=3, grad="2026-07", status="b_fn_mme_lefebvre_aurore"),
    )),
    # Feature: family_name_first — aim — Nom : TRAN
    # ambiguous: «un emploi où je me sente utile» names no kind of employer: the ESS search stays open
    # route: a form's «Nom : TRAN / Prénom : Thi Mai» at the top, the Vietnamese order; a licence LEA of 2025 and the aim only «un emploi où je me sente utile» → application; aim open → to verify
    N("family_name_first", "aim", "Nom : TRAN", M(
        "Tran Thi Mai <tranthimai.92@gmail.com>",
        "Formulaire de candidature",
        "17 22:14",
        """Nom : TRAN
Prénom : Thi Mai
Ville : Tours
Diplôme : licence LEA anglais-chinois, juin 2025, université de Tours
Situation : je suis vendeuse à temps plein dans une boutique de prêt-à-porter
Projet : trouver un emploi où je me sente utile, avec mes langues

Merci.""",
        app("Thi Mai", "Tran", phone=None, bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_fn_formulaire_tran_thi_mai"),
    )),
    # Feature: family_name_first — level — LIU Yang
    # route: Chinese order «Liu Yang» with «Liu est mon nom de famille»; only «deux années de prépa» then a gap year, no diploma after the bac → application; below bac+2 → not eligible
    N("family_name_first", "level", "LIU Yang", M(
        "Liu Yang <liu.yang.bsq@outlook.fr>",
        "Demande d'information et candidature",
        "18 09:45",
        """Bonjour,

Je m'appelle Liu Yang : Liu est mon nom de famille et Yang mon prénom. Après mon bac à Besançon, j'ai fait deux années de prépa scientifique sans intégrer d'école, puis une année de petits boulots. Je voudrais travailler dans une association de soutien scolaire.

Merci,
LIU Yang""",
        app("Yang", "Liu", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_fn_liu_yang_prepa"),
    )),
    # Feature: family_name_first — studies_finished — GIRAUD Baptiste
    # route: «GIRAUD Baptiste» in the From display, surname first; a PhD whose «soutenance de ma thèse est fixée au 11 mars 2027» → application; studies not finished → not eligible
    N("family_name_first", "studies_finished", "GIRAUD Baptiste", M(
        "GIRAUD Baptiste <baptiste.giraud@gmail.com>",
        "Doctorant – candidature",
        "19 15:30",
        """Bonjour,

Doctorant en écologie à Clermont-Ferrand, j'ai rendu mon manuscrit et la soutenance de ma thèse est fixée au 11 mars 2027. Je cherche un poste dans une association naturaliste ou un CPIE pour l'après-thèse.

GIRAUD Baptiste""",
        app("Baptiste", "Giraud", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_fn_giraud_baptiste_these"),
    )),
    # Feature: family_name_first — situation — MOREL Cyril
    # route: «MOREL Cyril» in an administrative signature block (Nom Prénom, then address and phone); a BTS of 2025 and a service civique over «le 31 août», a SCOP sought → application; service civique over, bac+2 of 2025, ESS aim → eligible
    N("family_name_first", "situation", "MOREL Cyril", M(
        "cyril.morel21@free.fr",
        "Candidature au programme Pro'pulse",
        "20 10:00",
        """Madame, Monsieur,

Titulaire d'un BTS gestion de la PME obtenu en juin 2025, j'ai effectué un service civique dans une épicerie solidaire de Dijon ; mon contrat de volontariat s'est achevé le 31 août. Je souhaite aujourd'hui intégrer une SCOP ou une coopérative de consommateurs sur un poste administratif.

Veuillez agréer mes salutations distinguées.

MOREL Cyril
12 rue des Perrières, 21000 Dijon
Tél. 06.22.48.91.07""",
        app("Cyril", "Morel", phone="+33622489107", bac=2, grad="2025-06", status="b_fn_morel_cyril_signature_admin"),
    )),
    # Feature: family_name_first — kind — Delivery to the following recipient failed permanently
    # route: a mail-server's delivery report for a student address written surname first (multipart/report) → bounce
    N("family_name_first", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@etu.univ-tours.example.org>",
        "Undelivered Mail Returned to Sender",
        "21 03:12",
        """Delivery to the following recipient failed permanently:

     nguyen.vanhoa@etu.univ-tours.example.org

The account has been closed.""",
        bounce("nguyen.vanhoa@etu.univ-tours.example.org"),
        bounce="""Reporting-MTA: dns; mx.etu.univ-tours.example.org
Final-Recipient: rfc822; nguyen.vanhoa@etu.univ-tours.example.org
Action: failed
Status: 5.1.1""",
    )),
    # Feature: family_name_first — kind — dans quel ordre faut-il écrire nom et prénom
    # route: a question on how to fill in the name fields of the form, no facts of the writer's own → question
    N("family_name_first", "kind", "dans quel ordre faut-il écrire nom et prénom", M(
        "Ngoc Anh Pham <ngocanh.pham@gmail.com>",
        "Formulaire : nom et prénom",
        "22 12:20",
        """Bonjour,

Sur votre formulaire en ligne, dans quel ordre faut-il écrire nom et prénom quand on a un nom vietnamien ? Et faut-il mettre les noms en majuscules ?

Merci d'avance.""",
        question(),
    )),
]
