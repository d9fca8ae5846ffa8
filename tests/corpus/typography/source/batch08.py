"""Typography corpus, batch 08 (writer B): names and diplomas in their own letters and languages (Bjørn
Vestergaard's «professionsbachelor», Zoë Mühlbauer's «Ausbildung», Rocío Valdés Muñoz's «Grado», Ελένη
Παπαδοπούλου, Ngozi Okonkwo's year in Łódź, Þórunn Sigurðardóttir, Siobhán Ó Murchú, Çiçek e.V.); the same
words through charsets and markup (HTML-only bodies with named and numeric entities, a Word HTML with spans
splitting words, text parts re-encoded by build.py in windows-1252 with € and ’, ISO-8859-15 with œ,
ISO-8859-1, non-ASCII subjects the builder writes as encoded-words); English written inclusively (they/them
about a referred person, Mx, she/her and he/they signatures, curly quotes, en dashes, «alum»)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, newsletter, other, question
from typography import N

CP1252 = {"X-Typo-Charset": "windows-1252", "X-Typo-Transfer": "8bit"}  # markers for build.py, stripped
LATIN9 = {"X-Typo-Charset": "iso-8859-15"}  # a marker for build.py (quoted-printable), stripped
LATIN1 = {"X-Typo-Charset": "iso-8859-1", "X-Typo-Transfer": "8bit"}  # markers for build.py, stripped

MESSAGES = [
    # Feature: names_and_scripts — level — professionsbachelor i socialt arbejde, recognised by ENIC-NARIC France as a licence (bac+3)
    # spelling: ø in the name (From and signature), the Danish diploma named in Danish, an English mail → application in English; name Bjørn Vestergaard; a Danish bachelor recognised as bac+3, June 2025, an ESS aim → eligible
    N("names_and_scripts", "level", "professionsbachelor i socialt arbejde, recognised by ENIC-NARIC France as a licence (bac+3)", M(
        "Bjørn Vestergaard <bjorn.vestergaard@example.dk>", "Application – Pro'pulse", "02 09:58",
        """Hello,

I hold a professionsbachelor i socialt arbejde, recognised by ENIC-NARIC France as a licence (bac+3); I graduated from Københavns Professionshøjskole in June 2025. I moved to Lille in September and I'm looking for a job in a French association working with homeless people. My French is B2 and improving.

Best regards,
Bjørn Vestergaard
+33 6 71 94 28 05""",
        app("Bjørn", "Vestergaard", phone="+33671942805", bac=3, grad="2025-06", language="en", status="b_en_professionsbachelor_danois"),
        cv=CV("pdf", "CV_Bjørn_Vestergaard.pdf", """Bjørn Vestergaard
Professionsbachelor i socialt arbejde — Københavns Professionshøjskole, 2025
Equivalence: licence (bac+3), ENIC-NARIC France attestation, 2026
Practice placement: Kirkens Korshær, København (2024)
Languages: Danish, English, French (B2)"""),
    )),
    # Feature: names_and_scripts — level — eine Ausbildung zur Erzieherin in Freiburg
    # ambiguous: a German Ausbildung with no level given and no equivalence: degree_level stays open
    # spelling: ë and ü in the name, the German diploma named in German («Ausbildung zur Erzieherin») → application; name Zoë Mühlbauer; an Ausbildung of 2025 whose French level is not said → degree_level open → to verify
    N("names_and_scripts", "level", "eine Ausbildung zur Erzieherin in Freiburg", M(
        "Zoë Mühlbauer <zoe.muehlbauer@example.de>", "Candidature Pro'pulse", "03 17:20",
        """Bonjour,

J'ai fait eine Ausbildung zur Erzieherin in Freiburg (éducatrice de jeunes enfants, en Allemagne), terminée en juillet 2025. Je vis à Strasbourg depuis un an et je voudrais travailler dans une crèche associative ou parentale. Je ne sais pas à quel niveau français cette formation correspond.

Zoë Mühlbauer
07 62 18 45 30""",
        app("Zoë", "Mühlbauer", phone="+33762184530", bac="*", grad="2025-07", unknown=("degree_level",), status="b_ausbildung_erzieherin_niveau_inconnu"),
    )),
    # Feature: names_and_scripts — graduation — Grado en Educación Social por la Universidad de Granada (2024)
    # ambiguous: a year alone in 2024: graduation_recent stays open
    # spelling: í, é, ñ, ó in the name and the Spanish diploma named in Spanish, two surnames → application; name Rocío Valdés Muñoz; a Grado recognised as bac+3, of 2024 → graduation_recent open → to verify
    N("names_and_scripts", "graduation", "Grado en Educación Social por la Universidad de Granada (2024)", M(
        "Rocío Valdés Muñoz <rocio.valdes@example.es>", "Candidatura / candidature", "04 11:03",
        """Bonjour,

Je suis titulaire d'un Grado en Educación Social por la Universidad de Granada (2024), reconnu en France au niveau licence (bac+3). J'habite à Perpignan et je cherche un emploi d'éducatrice dans une association d'accueil de mineurs non accompagnés.

Rocío Valdés Muñoz
06 40 73 91 26""",
        app("Rocío", "Valdés Muñoz", phone="+33640739126", bac=3, grad="2024", unknown=("graduation_recent",), status="b_grado_granada_2024"),
    )),
    # Feature: names_and_scripts — graduation — Μεταπτυχιακό — master de sociologie, Lyon 2, 2022
    # spelling: the name in Greek letters in the From and beside the Latin one, the diploma named in Greek and French → application; name Eleni Papadopoulou; master of 2022 → fails graduation_recent → not eligible
    N("names_and_scripts", "graduation", "Μεταπτυχιακό — master de sociologie, Lyon 2, 2022", M(
        "Ελένη Παπαδοπούλου <eleni.papadopoulou@example.gr>", "Candidature", "05 14:36",
        """Bonjour,

Diplôme : Μεταπτυχιακό — master de sociologie, Lyon 2, 2022. Depuis, j'ai travaillé à Thessalonique dans une ONG d'accueil des réfugiés. Je reviens à Lyon et je cherche un poste dans une association d'accompagnement des personnes exilées.

Eleni Papadopoulou (Ελένη Παπαδοπούλου)
07 45 91 26 38""",
        app("Eleni", "Papadopoulou", phone="+33745912638", bac=5, grad="2022", failing=("graduation_recent",), status="b_grec_master_2022"),
    )),
    # Feature: names_and_scripts — situation — my European Solidarity Corps year in Łódź ended on 31 August
    # spelling: Ł and ź in the town, an Igbo name, an English mail → application in English; name Ngozi Okonkwo; a volunteering over on 31 August, master of June 2025, an ESS aim → eligible
    N("names_and_scripts", "situation", "my European Solidarity Corps year in Łódź ended on 31 August", M(
        "Ngozi Okonkwo <ngozi.okonkwo@example.com>", "Joining Pro'pulse", "06 10:15",
        """Dear Pro'pulse team,

I hold a master's in Development Studies from Sciences Po Bordeaux (June 2025), and my European Solidarity Corps year in Łódź ended on 31 August. I'm back in Bordeaux and looking for a paid position in a French association or cooperative working on fair trade or migration.

Kind regards,
Ngozi Okonkwo
+33 7 59 20 83 14""",
        app("Ngozi", "Okonkwo", phone="+33759208314", bac=5, grad="2025-06", language="en", status="b_en_esc_lodz_fini"),
    )),
    # Feature: names_and_scripts — aim — un poste de chargée de clientèle dans une grande banque
    # spelling: Þ, ð, ó in an Icelandic name and patronymic (From and signature), the aim in plain French → application; name Þórunn Sigurðardóttir; BTS of June 2026, a search in a large bank → fails job_seeking_ess → not eligible
    N("names_and_scripts", "aim", "un poste de chargée de clientèle dans une grande banque", M(
        "Þórunn Sigurðardóttir <thorunn.s@example.is>", "Candidature", "07 13:47",
        """Bonjour,

BTS Banque obtenu en juin 2026 à Rouen, après un bac français passé à Reykjavík. Je cherche un poste de chargée de clientèle dans une grande banque, à Paris de préférence, et une amie m'a parlé de votre accompagnement.

Þórunn Sigurðardóttir
06 19 48 72 53""",
        app("Þórunn", "Sigurðardóttir", phone="+33619487253", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="b_islandaise_grande_banque"),
    )),
    # Feature: names_and_scripts — kind — un Bachelor of Arts de l'Ollscoil na Gaillimhe
    # spelling: á and Ó in an Irish name and surname particle, a university named in Irish, a general question with no fact of the writer's own → question
    N("names_and_scripts", "kind", "un Bachelor of Arts de l'Ollscoil na Gaillimhe", M(
        "Siobhán Ó Murchú <siobhan.omurchu@example.ie>", "Diplômes étrangers ?", "08 16:02",
        """Bonjour,

Est-ce qu'un Bachelor of Arts de l'Ollscoil na Gaillimhe (l'université de Galway) est accepté pour Pro'pulse, ou faut-il un diplôme français ? Je me renseigne pour des amies irlandaises installées à Nantes.

Go raibh maith agaibh,
Siobhán Ó Murchú""",
        question(),
    )),
    # Feature: names_and_scripts — kind — Çiçek e.V.
    # spelling: Ç and ç in a Turkish-German association's name, a partnership proposal, nobody applying → other
    N("names_and_scripts", "kind", "Çiçek e.V.", M(
        "Çiçek e.V. <kontakt@cicek-ev.example.de>", "Partenariat franco-allemand", "09 10:30",
        """Bonjour,

Çiçek e.V. est une association germano-turque de Mannheim qui accompagne les jeunes diplômé·es vers l'emploi associatif. Nous aimerions organiser un échange de pratiques avec Pro'pulse au printemps 2027. Seriez-vous intéressés ?

Mit freundlichen Grüßen,
Gülşen Yıldırım, Çiçek e.V.""",
        other(),
    )),
    # Feature: names_and_scripts — kind — Dương Văn Thắng
    # spelling: Vietnamese letters (ư, ơ, ă, ắ) in a name, a thank-you after a workshop, not in a thread, nothing asked → other
    N("names_and_scripts", "kind", "Dương Văn Thắng", M(
        "Dương Văn Thắng <thang.duong@example.fr>", "Merci pour l'atelier", "10 18:22",
        """Bonjour,

Un grand merci pour l'atelier d'hier soir, c'était très clair et très humain. Je transmettrai l'information autour de moi.

Dương Văn Thắng""",
        other(),
    )),
    # Feature: charsets_and_entities — career_change — je n'ai jamais travaill&eacute; avant
    # spelling: an HTML-only body written with named entities («travaill&eacute;», «d&rsquo;», «&nbsp;») on the words that carry the absence of a career; the text body below is what a reader reads → application; no job before a licence pro of June 2026, an ESS aim → eligible
    N("charsets_and_entities", "career_change", "je n'ai jamais travaillé avant", M(
        "Manon Vial <manon.vial@example.fr>", "Candidature Pro'pulse", "11 09:36",
        """Bonjour,

Licence pro Gestion des associations obtenue en juin 2026. À part mes stages, je n'ai jamais travaillé avant : j'ai enchaîné bac, BTS et licence pro. Je cherche un poste d'assistante de gestion dans une association d'aide à domicile.

Manon Vial
06 58 24 90 17""",
        app("Manon", "Vial", phone="+33658249017", bac=3, grad="2026-06", status="b_entites_jamais_travaille"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Licence pro Gestion des associations obtenue en juin&nbsp;2026. &Agrave; part mes stages, je n&#39;ai jamais travaill&eacute; avant&nbsp;: j&#39;ai encha&icirc;n&eacute; bac, BTS et licence pro. Je cherche un poste d&rsquo;assistante de gestion dans une association d&rsquo;aide &agrave; domicile.</p><p>Manon Vial<br>06&nbsp;58&nbsp;24&nbsp;90&nbsp;17</p></body></html>",
    )),
    # Feature: charsets_and_entities — career_change — vendeuse en téléphonie pendant dix ans
    # spelling: a text part re-encoded in windows-1252 (build.py) with ’, € and – that the charset holds, on the words that carry the career → application; ten years in phone retail before the BTS → fails not_career_change → not eligible
    N("charsets_and_entities", "career_change", "vendeuse en téléphonie pendant dix ans", M(
        "Sonia Rebelo <sonia.rebelo@example.com>", "Reconversion – candidature", "12 20:48",
        """Bonjour,

J’ai été vendeuse en téléphonie pendant dix ans (CDI, autour de 1 650 € net par mois), puis j’ai repris une formation : BTS SP3S obtenu en juin 2026. Je cherche aujourd’hui un poste de conseillère en insertion dans une association – idéalement à Toulouse.

Sonia Rebelo
06 87 31 50 42""",
        app("Sonia", "Rebelo", phone="+33687315042", bac=2, grad="2026-06", failing=("not_career_change",), status="b_cp1252_vendeuse_dix_ans"),
        headers=CP1252,
    )),
    # Feature: charsets_and_entities — studies_finished — toutes mes épreuves sont passées, les résultats tombent en décembre
    # ambiguous: every exam passed, results in December with no day: studies_finished stays open
    # spelling: a text part re-encoded in ISO-8859-15 (build.py), with œ and € that Latin-9 holds, on the words that carry the results awaited → application; M2 results awaited → studies_finished open → to verify
    N("charsets_and_entities", "studies_finished", "toutes mes épreuves sont passées, les résultats tombent en décembre", M(
        "Théo Nkemelu <theo.nkemelu@example.org>", "Candidature — résultats en attente", "13 15:28",
        """Bonjour,

Je suis en M2 Économie sociale (Le Mans) : toutes mes épreuves sont passées, les résultats tombent en décembre. J'ai mis tout mon cœur dans ce master, et j'aimerais trouver vite un poste de chargé de projet dans une coopérative d'énergie citoyenne (les offres tournent autour de 28 000 € brut annuels).

Théo Nkemelu
07 16 83 45 92""",
        app("Théo", "Nkemelu", phone="+33716834592", bac="*", grad=None, unknown=("studies_finished",), status="b_latin9_resultats_decembre"),
        headers=LATIN9,
    )),
    # Feature: charsets_and_entities — level — un CAP Accompagnant éducatif petite enfance
    # spelling: a Word HTML body with spans and inline styles splitting «CAP» and «seul diplôme», the text body as read → application; a CAP and no bac → fails degree_level → not eligible
    N("charsets_and_entities", "level", "un CAP Accompagnant éducatif petite enfance", M(
        "Priscilla Moutou <priscilla.moutou@example.re>", "Candidature", "14 12:05",
        """Bonjour,

Mon seul diplôme est un CAP Accompagnant éducatif petite enfance, obtenu en 2024 à Saint-Denis de La Réunion. Je travaille en crèche associative depuis et je voudrais y évoluer.

Priscilla Moutou
06 92 45 18 73""",
        app("Priscilla", "Moutou", phone="+262692451873", bac=0, grad=None, failing=("degree_level",), status="b_word_html_cap_petite_enfance"),
        html="only",
        body_html='<html><head><meta name="Generator" content="Microsoft Word 15"></head><body lang="FR"><div class="WordSection1"><p class="MsoNormal"><span style="font-family:Calibri">Bonjour,</span></p><p class="MsoNormal"><span style="font-family:Calibri">Mon s</span><span style="font-family:Calibri;mso-bidi-font-weight:bold">eul dipl&ocirc;me</span><span style="font-family:Calibri"> est un C</span><span lang="FR" style="font-family:Calibri">AP</span><span style="font-family:Calibri"> Accompagnant &eacute;ducatif petite enfance, obtenu en 2024 &agrave; Saint-Denis de La R&eacute;union. Je travaille en cr&egrave;che associative depuis et je voudrais y &eacute;voluer.</span></p><p class="MsoNormal"><span style="font-family:Calibri">Priscilla Moutou<br>06 92 45 18 73</span></p></div></body></html>',
    )),
    # Feature: charsets_and_entities — aim — un poste dans une coopérative d'habitants
    # spelling: a text part re-encoded in ISO-8859-1 (build.py), 8bit, accents only (no curly apostrophe in Latin-1), a non-ASCII subject the builder writes as encoded-words → application; licence pro of July 2025, a search in housing cooperatives → eligible
    N("charsets_and_entities", "aim", "un poste dans une coopérative d'habitants", M(
        "Gérald Tremblay <gerald.tremblay@example.ca>", "Candidature — coopérative d'habitants", "15 08:14",
        """Bonjour,

Licence professionnelle Gestion de l'habitat social, juillet 2025 (Besançon). Je cherche un poste dans une coopérative d'habitants ou une société coopérative HLM, idéalement en Franche-Comté.

Gérald Tremblay
06 31 62 09 84""",
        app("Gérald", "Tremblay", phone="+33631620984", bac=3, grad="2025-07", status="b_latin1_cooperative_habitants"),
        headers=LATIN1,
    )),
    # Feature: charsets_and_entities — graduation — BUT obtenu en 2024
    # ambiguous: a BUT «en 2024» with no month: graduation_recent stays open
    # spelling: an HTML-only body with numeric entities (&#233; &#8217; &#160; &#8239;) on the words that carry the date → application; BUT of 2024 → graduation_recent open → to verify
    N("charsets_and_entities", "graduation", "BUT obtenu en 2024", M(
        "Yanis Ouattara <yanis.ouattara@example.net>", "Candidature", "16 21:11",
        """Bonjour,

Diplôme : BUT Techniques de commercialisation (BUT obtenu en 2024, IUT d’Évreux). Je veux maintenant vendre autre chose que des abonnements : chargé de développement dans une épicerie coopérative ou une AMAP.

Yanis Ouattara
06 70 24 81 59""",
        app("Yanis", "Ouattara", phone="+33670248159", bac=3, grad="2024", unknown=("graduation_recent",), status="b_entites_numeriques_but_2024"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Dipl&#244;me&#8239;: BUT Techniques de commercialisation (BUT obtenu en 2024, IUT d&#8217;&#201;vreux). Je veux maintenant vendre autre chose que des abonnements&#8239;: charg&#233; de d&#233;veloppement dans une &#233;picerie coop&#233;rative ou une AMAP.</p><p>Yanis Ouattara<br>06&#160;70&#160;24&#160;81&#160;59</p></body></html>",
    )),
    # Feature: charsets_and_entities — kind — Le Bulletin des acteur&middot;ices
    # spelling: an HTML-only letter full of entities (&middot; &eacute; &laquo; &raquo; &nbsp;) with List-Unsubscribe and Precedence bulk → newsletter
    N("charsets_and_entities", "kind", "Le Bulletin des acteur·ices", M(
        "Réseau ESS Normandie <bulletin@ess-normandie.example.org>", "Le Bulletin des acteur·ices — novembre", "17 06:45",
        """Le Bulletin des acteur·ices — novembre

Au sommaire : « Mois de l'ESS, le bilan », les offres d'emploi de nos adhérent·es, et la journée « Jeunes et ESS » du 12 décembre à Caen.

Se désinscrire : https://ess-normandie.example.org/bulletin/desinscription""",
        newsletter(),
        html="only",
        body_html="<html><body><h1>Le Bulletin des acteur&middot;ices &mdash; novembre</h1><p>Au sommaire&nbsp;: &laquo;&nbsp;Mois de l&rsquo;ESS, le bilan&nbsp;&raquo;, les offres d&rsquo;emploi de nos adh&eacute;rent&middot;es, et la journ&eacute;e &laquo;&nbsp;Jeunes et ESS&nbsp;&raquo; du 12&nbsp;d&eacute;cembre &agrave; Caen.</p><p><a href=\"https://ess-normandie.example.org/bulletin/desinscription\">Se d&eacute;sinscrire</a></p></body></html>",
        headers={"List-Unsubscribe": "<https://ess-normandie.example.org/bulletin/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: charsets_and_entities — kind — Votre colis n'a pas pu être livré
    # spelling: a phishing mail in ISO-8859-1 (build.py), accents only, nobody applying → other
    N("charsets_and_entities", "kind", "Votre colis n'a pas pu être livré", M(
        "Service Livraison <suivi@livraison-colis.example.com>", "Votre colis n'a pas pu être livré", "18 03:12",
        """Bonjour,

Votre colis n'a pas pu être livré : des frais de réexpédition de 1,99 sont à régler sous 48 h. Cliquez ici pour reprogrammer la livraison.

Service client""",
        other(),
        headers=LATIN1,
    )),
    # Feature: english_inclusive — situation — they finished their service civique on 15 October
    # spelling: singular they about the person referred («they finished their service civique», «they/them» in the note), curly apostrophes → application in English (referral: the adviser in forwarded_by, the applicant's address); civic service over on 15 October, BTS of June 2025, an ESS aim → eligible
    N("english_inclusive", "situation", "they finished their service civique on 15 October", M(
        "Ruth Abernethy <ruth.abernethy@welcome-centre.example.org>", "Referral – Jordan Mills (they/them)", "19 11:25",
        """Hello,

I’d like to refer Jordan Mills (they/them), a young graduate I’ve supported at our centre in Paris. Jordan holds a BTS in Social and Family Economics (June 2025), and they finished their service civique on 15 October. They’re looking for a job in a French association working on housing.

You can reach them at jordan.mills@example.com or +33 6 24 81 39 07.

Best,
Ruth Abernethy (she/her)
Welcome Centre for Young Adults""",
        app("Jordan", "Mills", phone="+33624813907", bac=2, grad="2025-06", email="jordan.mills@example.com", forwarded_by="ruth.abernethy@welcome-centre.example.org", language="en", status="b_en_referral_they_sc_fini"),
    )),
    # Feature: english_inclusive — situation — I’m interning until 31 March 2027
    # spelling: the title «Mx» in the signature, they/them pronouns, a curly apostrophe in «I’m» on the words that carry the internship → application in English; internship running until 31 March 2027 → fails not_internship → not eligible
    N("english_inclusive", "situation", "I’m interning until 31 March 2027", M(
        "Mx Rowan Whitfield <rowan.whitfield@example.co.uk>", "Pro'pulse application", "20 16:40",
        """Hi,

I graduated with a master’s in Social Policy from Université Paris Cité in September 2026, and I’m interning until 31 March 2027 at a tenants’ federation. I’d like to prepare my job search in the social economy now.

Mx Rowan Whitfield (they/them)
+33 7 81 25 64 90""",
        app("Rowan", "Whitfield", phone="+33781256490", bac=5, grad="2026-09", failing=("not_internship",), language="en", status="b_en_mx_interning_march_2027"),
    )),
    # Feature: english_inclusive — career_change — a few years in retail
    # ambiguous: «a few years» in retail before the licence: the length is not said, not_career_change stays open
    # spelling: «she/her» in the signature, curly apostrophes, an en dash in «2022–2026» → application in English; retail for «a few years» before a licence of June 2026 → not_career_change open → to verify
    N("english_inclusive", "career_change", "a few years in retail", M(
        "Sunita Rao <sunita.rao@example.com>", "Application", "21 12:12",
        """Hello,

After a few years in retail, I went back to university and completed a licence in Economics and Management (2022–2026, graduated June 2026). I’m now looking for a job in a cooperative or a mutual insurer.

Sunita Rao (she/her)
+33 6 09 47 32 18""",
        app("Sunita", "Rao", phone="+33609473218", bac=3, grad="2026-06", unknown=("not_career_change",), language="en", status="b_en_she_her_few_years_retail"),
    )),
    # Feature: english_inclusive — studies_finished — final year – graduating June 2027
    # spelling: an en dash between «final year» and «graduating», «he/him» in the signature → application in English; final year running until June 2027 → fails studies_finished → not eligible
    N("english_inclusive", "studies_finished", "final year – graduating June 2027", M(
        "Tomás Quintero <tomas.quintero@example.org>", "Question / application", "22 19:05",
        """Hi there,

I’m a student at Sciences Po Lyon, final year – graduating June 2027. Could I join Pro’pulse already? I want to work for a co-op or a mutual.

Tomás Quintero (he/him)
+33 7 40 18 92 63""",
        app("Tomás", "Quintero", phone="+33740189263", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_final_year_june_2027"),
    )),
    # Feature: english_inclusive — graduation — MA alum, graduated September 2025
    # spelling: «he/they» in the signature, «alum», curly quotes “ ” around the programme's name → application in English; master of September 2025, an ESS aim → eligible
    N("english_inclusive", "graduation", "MA alum, graduated September 2025", M(
        "Yusuf Raman <yusuf.raman@example.net>", "Joining “Pro’pulse”", "23 10:28",
        """Hello,

I’m a Sorbonne Nouvelle MA alum, graduated September 2025 (Intercultural Communication). I’d love to join “Pro’pulse” to find a role in a migrant-support association or a social cooperative.

Yusuf Raman (he/they)
+33 6 52 38 90 71""",
        app("Yusuf", "Raman", phone="+33652389071", bac=5, grad="2025-09", language="en", status="b_en_he_they_ma_alum_2025"),
    )),
    # Feature: english_inclusive — aim — open to anything – NGOs, start-ups, the civil service
    # ambiguous: three sectors on equal terms, the ESS among them: job_seeking_ess stays open
    # spelling: en dashes and curly apostrophes on the words that carry the aim, «they/she» in the signature → application in English; BUT of June 2026, any sector → job_seeking_ess open → to verify
    N("english_inclusive", "aim", "open to anything – NGOs, start-ups, the civil service", M(
        "Sage Morel <sage.morel@example.fr>", "Application", "24 14:44",
        """Hello,

BUT in Business Management, June 2026 (IUT de Bordeaux). Honestly I’m open to anything – NGOs, start-ups, the civil service – as long as it’s a first real job.

Sage Morel (they/she)
+33 7 05 61 42 98""",
        app("Sage", "Morel", phone="+33705614298", bac=3, grad="2026-06", unknown=("job_seeking_ess",), language="en", status="b_en_open_to_anything"),
    )),
    # Feature: english_inclusive — kind — Are non-binary applicants’ chosen names used
    # spelling: curly apostrophes, «they/them» in a general question, no fact of the writer → question in English
    N("english_inclusive", "kind", "Are non-binary applicants’ chosen names used", M(
        "Ari Pelletier <ari.pelletier@example.org>", "Quick question", "25 09:15",
        """Hi! Are non-binary applicants’ chosen names used in the workshops and on your documents? Asking before a friend applies.
Thanks – Ari (they/them)""",
        question(language="en"),
    )),
    # Feature: english_inclusive — kind — we’re hiring a Youth Engagement Officer (any pronouns)
    # spelling: curly apostrophes, «(any pronouns)», en dashes in an employer's offer in English, nobody applying → other
    N("english_inclusive", "kind", "we’re hiring a Youth Engagement Officer (any pronouns)", M(
        "Careers – Green Futures Trust <careers@greenfutures.example.org>", "Job offer – please share", "25 16:30",
        """Hello Pro’pulse team,

Good news: we’re hiring a Youth Engagement Officer (any pronouns) for our Paris office – 12-month contract, January–December 2027. Could you share the offer with your participants?

Green Futures Trust – Careers""",
        other(),
    )),
]
