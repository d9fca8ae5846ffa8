"""Batch 3: «licence» and «bac» — a driving, sports, software or drinks licence; a sandbox, a sorting bin, a
ferry, a sibling's bac pro; and the true sense for contrast. Each message written by hand; the comment
names its trap."""

from kit import CV, M, app, bounce, newsletter, other, question, reply
from senses import S

MESSAGES = [
    # Sense: licence — other_sense — licence de handball
    S("licence", "other_sense", "licence", M(
        "Kenza Amrani <kenza.amrani@example.org>", "Candidature", "17 16:45",
        """Bonjour,

J'ai un BUT Carrières sociales (juin 2025). Je joue au handball en club depuis dix ans et je viens de
renouveler ma licence pour la saison. Je cherche un emploi d'animatrice sportive dans une association
d'éducation populaire.

Kenza Amrani""",
        app("Kenza", "Amrani", phone=None, bac=3, grad="2025-06", status="licence_handball_but"),
    )),
    # Sense: licence — true_sense — licence universitaire
    S("licence", "true_sense", "licence", M(
        "Baptiste Leclerc <baptiste.leclerc@example.net>", "Candidature Baptiste Leclerc", "18 09:05",
        """Bonjour,

J'ai obtenu ma licence d'histoire en juin 2026 et je ne poursuis pas en master. Je cherche un emploi dans
une association d'éducation à la citoyenneté.

Baptiste Leclerc
06 18 27 36 45""",
        app("Baptiste", "Leclerc", phone="+33618273645", bac=3, grad="2026-06",
            status="licence_histoire_2026"),
    )),
    # Sense: licence — other_sense — licence IV débit de boissons
    S("licence", "other_sense", "licence IV", M(
        "Morgane Tissot <morgane.tissot@example.fr>", "Candidature café associatif", "18 11:40",
        """Bonjour,

Je voudrais travailler dans le café associatif de mon quartier, qui vient d'obtenir sa licence IV. J'ai
un BTS Management en hôtellerie-restauration obtenu en juillet 2024, puis un an de saison en Savoie. C'est
l'ESS que je vise maintenant.

Morgane Tissot""",
        app("Morgane", "Tissot", phone=None, bac=2, grad="2024-07", failing=["graduation_recent"],
            status="licence_iv_bts_2024_07"),
    )),
    # Sense: licence — other_sense — licence de logiciel
    S("licence", "other_sense", "licences", M(
        "Adrien Faure <adrien.faure@example.org>", "candidature informatique solidaire", "18 14:15",
        """Bonjour,
Je m'occupe en ce moment, bénévolement, de remplacer les licences Microsoft d'une petite asso par des
logiciels libres. Côté études : titre RNCP niveau 6 Concepteur développeur (2025). Je cherche un emploi de
développeur dans une SCOP ou une entreprise de l'ESS.
Adrien""",
        app("Adrien", "Faure", phone=None, bac=3, grad="2025", status="licences_logiciel_rncp6"),
    )),
    # Sense: licence — true_sense — licence non validée
    S("licence", "true_sense", "licence", M(
        "Océane Guérin <oceane.guerin@example.com>", "Candidature", "18 17:30",
        """Bonjour,

Je n'ai pas validé ma troisième année de licence (L3 de psychologie, juin 2026) ; j'ai donc seulement ma
L2, validée en juin 2025. J'ai arrêté les études et je cherche un emploi dans une association d'aide aux
personnes âgées.

Océane Guérin""",
        app("Océane", "Guérin", phone=None, bac=2, grad="2025-06", status="l3_non_validee_l2_2025"),
    )),
    # Sense: licence — other_sense — English driving licence
    S("licence", "other_sense", "driving licence", M(
        "Grace Mensah <grace.mensah@example.com>", "Application", "19 08:50",
        """Hello,

I have a full driving licence, which may help for rural projects. I completed a BSc in Environmental
Science at Lancaster in July 2023 and have worked in a bike shop since. I'd like a job in a French
cooperative.

Grace Mensah""",
        app("Grace", "Mensah", phone=None, bac=3, grad="2023-07", language="en",
            failing=["graduation_recent"],
            status="en_driving_licence_bsc_2023"),
    )),
    # Sense: licence — other_sense — licence d'entraîneur
    S("licence", "other_sense", "licence d'entraîneur", M(
        "Sami Khelifi <sami.khelifi@example.net>", "Candidature Pro'pulse", "19 10:20",
        """Bonjour,

J'ai passé ma licence d'entraîneur de football (niveau départemental) cet automne. Mon diplôme
universitaire, c'est un DUT GEA de 2025. Je cherche un poste administratif dans un club ou une
association sportive.

Sami Khelifi
07 66 12 90 43""",
        app("Sami", "Khelifi", phone="+33766129043", bac=2, grad="2025", status="licence_entraineur_dut"),
    )),
    # Sense: licence — true_sense — licence pro en cours
    S("licence", "true_sense", "licence pro", M(
        "Julie Carpentier <julie.carpentier@example.org>", "Candidature", "19 13:35",
        """Bonjour,
Je suis actuellement en licence pro Métiers de l'économie sociale (fin en juin 2027). J'ai un BTS SP3S de
2025. Je cherche un emploi dans l'ESS.
Julie""",
        app("Julie", "Carpentier", phone=None, bac=2, grad="2025", failing=["studies_finished"],
            status="licence_pro_en_cours"),
    )),
    # Sense: licence — other_sense — question about licence Creative Commons of the site
    S("licence", "other_sense", "licence", M(
        "Antoine Mercier <antoine.mercier@example.org>", "Vos fiches pratiques", "19 15:00",
        """Bonjour,
Sous quelle licence sont publiées vos fiches pratiques ? Je voudrais les reprendre dans le journal de
notre association, en citant la source. Merci.""",
        question(),
    )),
    # Sense: licence — other_sense — licence d'exploitation / spectacle
    S("licence", "other_sense", "licence d'entrepreneur de spectacles", M(
        "Zoé Lefèvre <zoe.lefevre@example.fr>", "Candidature", "19 18:10",
        """Bonjour,

L'association dans laquelle je voudrais travailler, une compagnie de théâtre, attend sa licence
d'entrepreneur de spectacles. Moi j'ai un master Arts du spectacle obtenu en septembre 2026 ; je cherche
un emploi de chargée de production dans une compagnie associative.

Zoé Lefèvre""",
        app("Zoé", "Lefèvre", phone=None, bac=5, grad="2026-09", status="licence_spectacles_master"),
    )),
    # Sense: licence — true_sense — licence 2022
    S("licence", "true_sense", "licence", M(
        "Matthieu Rolland <matthieu.rolland@example.com>", "candidature", "20 09:30",
        """Bonjour, licence de LEA obtenue en 2022, puis voyages et petits boulots. Je cherche un emploi
dans une
ONG ou une association de solidarité internationale.
Matthieu Rolland""",
        app("Matthieu", "Rolland", phone=None, bac=3, grad="2022", failing=["graduation_recent"],
            status="licence_2022"),
    )),
    # Sense: bac — other_sense — bac à sable
    S("bac", "other_sense", "bac à sable", M(
        "Noémie Gauthier <noemie.gauthier@example.org>", "Candidature crèche parentale", "20 11:00",
        """Bonjour,

Je voudrais travailler dans une crèche parentale associative (j'ai même repeint le bac à sable de celle de
mon neveu !). Je suis diplômée d'État éducatrice de jeunes enfants depuis juillet 2025, diplôme de niveau
bac+3.

Noémie Gauthier""",
        app("Noémie", "Gauthier", phone=None, bac=3, grad="2025-07", status="bac_a_sable_deeje"),
    )),
    # Sense: bac — other_person — bac pro du frère
    S("bac", "other_person", "bac pro", M(
        "Ilyes Mansouri <ilyes.mansouri@example.net>", "Candidature", "20 14:30",
        """Bonjour,
Mon petit frère vient d'avoir son bac pro commerce, moi je suis diplômé d'une licence de sciences de
l'éducation (juin 2026). Je cherche un emploi dans une association de soutien scolaire.
Ilyes — 06 41 55 20 98""",
        app("Ilyes", "Mansouri", phone="+33641552098", bac=3, grad="2026-06", status="frere_bac_pro"),
    )),
    # Sense: bac — true_sense — bac seul
    S("bac", "true_sense", "bac", M(
        "Léa Bonnet <lea.bonnet@example.com>", "candidature pro'pulse", "20 16:45",
        """Bonjour, j'ai le bac (2023) et j'ai commencé un BTS que je n'ai pas fini. Je cherche un emploi
dans une recyclerie associative.
Léa Bonnet""",
        app("Léa", "Bonnet", phone=None, bac=0, grad=None, failing=["degree_level"], status="bac_seul"),
    )),
    # Sense: bac — other_sense — bac de tri / compost
    S("bac", "other_sense", "bacs de tri", M(
        "Florian Masson <florian.masson@example.org>", "Candidature économie circulaire", "21 09:15",
        """Bonjour,

Je suis titulaire d'un master Gestion des déchets (septembre 2025). J'ai conçu pendant mon stage, terminé
en août 2025, les bacs de tri et de compost d'une ressourcerie. Je cherche un poste dans une ressourcerie
ou une SCIC d'économie circulaire.

Florian Masson""",
        app("Florian", "Masson", phone=None, bac=5, grad="2025-09", status="bacs_de_tri"),
    )),
    # Sense: bac — other_sense — le bac (ferry) de Loire
    S("bac", "other_sense", "bac", M(
        "Estelle Roche <estelle.roche@example.fr>", "Candidature", "21 11:50",
        """Bonjour,

J'habite sur l'autre rive, je traverse la Loire en bac tous les matins, donc je préfère un emploi autour
de Saumur. J'ai un DUT Gestion logistique et transport, obtenu en 2021. Je cherche un poste dans une
entreprise d'insertion.

Estelle Roche""",
        app("Estelle", "Roche", phone=None, bac=2, grad="2021", failing=["graduation_recent"],
            status="bac_ferry_dut_2021"),
    )),
    # Sense: bac — true_sense — bac+5 literal
    S("bac", "true_sense", "bac+5", M(
        "Hamza Diallo <hamza.diallo@example.org>", "Candidature bac+5", "21 14:05",
        """Bonjour,
Bac+5 en management de projets solidaires (juin 2026), je cherche un emploi dans l'ESS, de préférence en
Île-de-France.
Hamza Diallo""",
        app("Hamza", "Diallo", phone=None, bac=5, grad="2026-06", status="bac5_literal"),
    )),
    # Sense: bac — other_sense — bac de culture (jardinière)
    S("bac", "other_sense", "bacs", M(
        "Marion Blanchard <marion.blanchard@example.net>", "Candidature jardin partagé", "21 16:20",
        """Bonjour,

J'anime déjà, le dimanche, un jardin partagé : on a construit douze bacs de culture avec les voisins.
J'aimerais en faire mon métier, dans une association d'agriculture urbaine. Je n'ai pas précisé : je suis
titulaire d'un BTSA Aménagements paysagers (juin 2025).

Marion Blanchard""",
        app("Marion", "Blanchard", phone=None, bac=2, grad="2025-06", status="bacs_culture_btsa"),
    )),
    # Sense: bac — other_person — the daughter's bac: a parent
    S("bac", "other_person", "bac", M(
        "Sylvie Perrot <sylvie.perrot@example.fr>", "Pour ma fille", "22 10:00",
        """Bonjour,

Ma fille Clémence Perrot (clemence.perrot@example.org) a eu son bac en 2020 puis un master de géographie
en juin 2025. Elle cherche un emploi dans l'ESS, elle n'ose pas vous écrire. Pouvez-vous la contacter ?

Sylvie Perrot""",
        app("Clémence", "Perrot", phone=None, bac=5, grad="2025-06", email="clemence.perrot@example.org",
            forwarded_by="sylvie.perrot@example.fr", status="mere_bac_2020_master"),
    )),
    # Sense: bac — other_sense — newsletter bac à sable numérique
    S("bac", "other_sense", "bac à sable", M(
        "Numérique Solidaire <lettre@numsol.example.org>", "Ouverture du bac à sable des outils libres",
        "22 07:00",
        """Nouveau : un « bac à sable » pour essayer les outils libres avant de les installer dans votre
association. Agenda des ateliers du mois. Se désabonner.""",
        newsletter(),
    )),
    # Sense: bac — other_sense — bounce with bac in subject
    S("bac", "other_sense", "bac", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender",
        "22 09:30",
        """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.
(Your message « Votre candidature à Pro'pulse — niveau bac+2 » was not delivered.)""",
        bounce("quentin.bac@example.net"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; quentin.bac@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <quentin.bac@example.net>: Recipient address rejected""",
    )),
    # Sense: licence — other_sense — reply in thread: licence sportive
    S("licence", "other_sense", "licence", M(
        "Romain Vidal <romain.vidal@example.org>", "Re: Atelier CV du 3 décembre", "22 12:40",
        """Bonjour,
Merci, je serai là. Je partirai juste un peu avant 17 h pour aller chercher ma licence au club.
Romain

> Pro'pulse a écrit : Votre atelier CV aura lieu le 3 décembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-1203@animafac.net>", "References": "<atelier-1203@animafac.net>"},
    )),
    # Sense: bac — true_sense — CV with bac+2 level unclear (formation courte)
    S("bac", "true_sense", "Bac", M(
        "Yasmine Tahiri <yasmine.tahiri@example.com>", "CV", "22 15:00",
        """Bonjour, mon CV ci-joint. Je cherche un emploi dans une association d'insertion.
Yasmine""",
        app("Yasmine", "Tahiri", phone="+33677889900", bac=None, grad=None,
            unknown=["degree_level", "graduation_recent"], info_in="both",
            status="cv_bac_puis_formation_inconnue"),
        cv=CV("odt", "CV_Yasmine.odt", """
Yasmine Tahiri
06 77 88 99 00
Formation
2019 : Bac ES, lycée Jean-Jaurès
2020-2022 : formation à l'IRTS (sans précision)
Expérience
2022-2026 : animatrice périscolaire (CDD successifs)
"""),
    )),
    # Sense: licence — other_sense — licence CACES
    S("licence", "other_sense", "licence", M(
        "Regie de quartier Nord <emploi@regienord.example.org>", "Poste à pourvoir : encadrant technique",
        "22 17:10",
        """Bonjour,

La régie de quartier recrute un encadrant technique d'insertion (CDI). Permis B exigé, licence CACES
appréciée. Merci de faire circuler auprès des candidats que vous suivez.

Régie de quartier Nord""",
        other(),
    )),
]
