"""Typography corpus, batch 04 (writer A): names and diplomas in their own letters and languages (Romanian,
Polish, Turkish, Vietnamese, Norwegian, Italian: «licență», «magister», «laurea triennale»); the same words
through charsets and HTML entities (an HTML-only body full of entities, a word processor's spans splitting
words, text parts in ISO-8859-1, ISO-8859-15 and windows-1252, encoded-word subjects); English written the
same ways (singular they about oneself or a person referred, pronouns in signatures, en dashes in year
spans, curly quotes)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, other, question
from typography import N

LATIN1 = {"X-Typo-Charset": "iso-8859-1"}  # build.py re-encodes the text part (quoted-printable), then drops the marker

MESSAGES = [
    # Feature: names_and_scripts — level — licență în asistență socială
    # spelling: a Romanian name and diploma with their diacritics (ș, ă, ț) in the From and the body → application (truth: «Raluca», «Lungu»); a licență (bac+3) of July 2025, an ESS aim → eligible
    N("names_and_scripts", "level", "licență în asistență socială", M(
        "Raluca Lungu <raluca.lungu@example.ro>", "Candidatură / Candidature", "24 10:10",
        """Bonjour,

Je m'appelle Raluca Lungu, je viens de Cluj-Napoca et je vis à Lyon depuis un an. J'ai une licență în asistență socială (Universitatea Babeș-Bolyai, juillet 2025), équivalente à une licence en travail social. Je cherche un poste d'accompagnement dans une association qui travaille avec les familles roms ou les personnes migrantes.

Raluca Lungu
07 51 82 36 04""",
        app("Raluca", "Lungu", phone="+33751823604", bac=3, grad="2025-07", status="licenta_asistenta_sociala_2025"),
    )),
    # Feature: names_and_scripts — graduation — magister z pedagogiki (Uniwersytet Jagielloński, 2020)
    # spelling: a Polish name with «Ł» and «ż» in the From and signature, the diploma named in Polish with its year → application (truth: «Łucja», «Kowalczyk»); a magister (bac+5) of 2020 → fails graduation_recent → not eligible
    N("names_and_scripts", "graduation", "magister z pedagogiki (Uniwersytet Jagielloński, 2020)", M(
        "Łucja Kowalczyk <lucja.kowalczyk@example.pl>", "Candidature — Łucja Kowalczyk", "25 09:47",
        """Bonjour,

Je suis titulaire d'un magister z pedagogiki (Uniwersytet Jagielloński, 2020), l'équivalent d'un master en sciences de l'éducation. J'ai travaillé trois ans dans une école à Kraków, puis je suis arrivée à Strasbourg. Je voudrais travailler dans l'éducation populaire.

Łucja Kowalczyk
06 22 74 58 31""",
        app("Łucja", "Kowalczyk", phone="+33622745831", bac=5, grad="2020", failing=("graduation_recent",), status="magister_pedagogiki_2020"),
    )),
    # Feature: names_and_scripts — level — Anadolu Üniversitesi
    # ambiguous: a Turkish distance-learning diploma with no equivalence and no length said — degree_level stays open
    # spelling: a Turkish name with «Ç», «ğ», «ı» and a university named in Turkish («Anadolu Üniversitesi») → application (truth: «Çağdaş», «Aydın»); a diploma of June 2025 of unsaid level → degree_level open → to verify
    N("names_and_scripts", "level", "Anadolu Üniversitesi", M(
        "Çağdaş Aydın <cagdas.aydin@example.com>", "Başvuru – candidature Pro'pulse", "24 18:36",
        """Bonjour,

J'ai obtenu en juin 2025 un diplôme de gestion en enseignement à distance à l'Anadolu Üniversitesi (Eskişehir). Je n'ai pas encore demandé d'équivalence. Je vis à Mulhouse et je voudrais travailler dans une association interculturelle ou un centre social.

Çağdaş Aydın
06 77 40 12 85""",
        app("Çağdaş", "Aydın", phone="+33677401285", bac="*", grad="2025-06", unknown=("degree_level",), status="anadolu_universitesi_sans_equivalence"),
    )),
    # Feature: names_and_scripts — situation — Đặng Minh Châu
    # spelling: a Vietnamese name with «Đ», «ặ», «â» written surname first, the person's own internship with its end → application (truth: «Minh Châu», «Đặng»); an internship running until 31 March 2027 → fails not_internship → not eligible
    N("names_and_scripts", "situation", "Đặng Minh Châu", M(
        "Đặng Minh Châu <minhchau.dang@example.fr>", "Candidature", "25 20:04",
        """Bonjour,

Je m'appelle Đặng Minh Châu (Đặng est mon nom de famille). Diplômée d'un master Développement international (Paris 1, septembre 2026), je suis en stage à l'association Pour un Sourire d'Enfant jusqu'au 31 mars 2027. Je voudrais être accompagnée pour trouver un poste en solidarité internationale après.

Đặng Minh Châu
07 83 15 62 47""",
        app("Minh Châu", "Đặng", phone="+33783156247", bac=5, grad="2026-09", failing=("not_internship",), status="dang_minh_chau_stage_mars_2027"),
    )),
    # Feature: names_and_scripts — career_change — jobs d'été à Ålesund
    # spelling: a Norwegian name and town with «ø» and «Å» in the From and the body; summer jobs during studies, not a career → application (truth: «Bjørn», «Haugen»); a master of June 2026, student summer jobs only → eligible
    N("names_and_scripts", "career_change", "jobs d'été à Ålesund", M(
        "Bjørn Haugen <bjorn.haugen@example.no>", "Candidature Pro'pulse", "23 13:25",
        """Bonjour,

Je suis norvégien, j'ai fait mes études en France : master Gestion des risques environnementaux à Montpellier, obtenu en juin 2026. Pendant mes études j'ai enchaîné les jobs d'été à Ålesund (guide de kayak, pêcherie), rien d'autre. Je cherche un poste dans une association de protection de l'environnement ou une SCIC d'énergie renouvelable.

Bjørn Haugen
07 60 39 21 84""",
        app("Bjørn", "Haugen", phone="+33760392184", bac=5, grad="2026-06", status="bjorn_jobs_ete_alesund"),
        cv=CV("odt", "Bjørn_Haugen_CV.odt", """Bjørn Haugen
Master Gestion des risques environnementaux — Université de Montpellier — juin 2026
Bachelor i biologi — Universitetet i Bergen — 2024
Jobs d'été : guide de kayak à Ålesund (2022, 2023), pêcherie (2021)
Langues : norsk, français, English"""),
    )),
    # Feature: names_and_scripts — studies_finished — iscritta alla laurea magistrale
    # spelling: an Italian name with its diploma named in Italian («laurea triennale», «iscritta alla laurea magistrale») → application (truth: «Giulia», «Ferraro»); laurea triennale of 2025, a laurea magistrale running with exams in February → fails studies_finished → not eligible
    N("names_and_scripts", "studies_finished", "iscritta alla laurea magistrale", M(
        "Giulia Ferraro <giulia.ferraro@example.it>", "Candidatura / candidature", "22 17:50",
        """Bonjour,

J'ai une laurea triennale in Scienze politiche (Università di Bologna, 2025) et je suis iscritta alla laurea magistrale in Cooperazione internazionale, avec des examens en février. Je suis à Paris en Erasmus et je voudrais trouver un travail dans une ONG.

Giulia Ferraro
+39 347 812 5590""",
        app("Giulia", "Ferraro", phone="+393478125590", bac=3, grad="2025", failing=("studies_finished",), status="laurea_magistrale_en_cours"),
    )),
    # Feature: names_and_scripts — kind — Licenciatura em Serviço Social
    # spelling: a Portuguese name and diploma with «ç», «ã» in a general question with no fact of the writer's → question
    N("names_and_scripts", "kind", "Licenciatura em Serviço Social", M(
        "João Gonçalves <joao.goncalves@example.pt>", "Pergunta / question", "23 08:22",
        """Bonjour,

Une Licenciatura em Serviço Social obtenue au Portugal est-elle acceptée par votre programme, ou faut-il une équivalence française ?

Obrigado,
João Gonçalves""",
        question(),
    )),
    # Feature: names_and_scripts — kind — Dziękuję
    # spelling: a Polish name and word with «ę», «ę», «ń» in a thank-you out of any thread, nothing asked → other
    N("names_and_scripts", "kind", "Dziękuję", M(
        "Agnieszka Jabłońska <agnieszka.jablonska@example.fr>", "Merci !", "24 12:30",
        """Bonjour à toute l'équipe,

Je voulais juste vous dire : j'ai signé mon CDI à la ressourcerie de Villeurbanne ! Dziękuję — merci pour tout.

Agnieszka Jabłońska""",
        other(),
    )),
    # Feature: names_and_scripts — kind — Soirée du Tết
    # spelling: Vietnamese words with their diacritics («Tết», «Nguyễn») in an association's one-off invitation → other
    N("names_and_scripts", "kind", "Soirée du Tết", M(
        "Association Lạc Hồng <contact@lachong.example.org>", "Invitation : Soirée du Tết 2027", "25 07:45",
        """Bonjour,

L'association Lạc Hồng vous invite à la Soirée du Tết le samedi 6 février 2027 à Ivry. Au programme : un repas partagé, un concert de Nguyễn Văn Toàn et un stand des associations partenaires. Nous serions heureux d'accueillir un stand Pro'pulse.

Thanh, pour le bureau""",
        other(),
    )),
    # Feature: charsets_and_entities — graduation — diplômée en février 2025
    # spelling: an HTML-only body full of entities («dipl&ocirc;m&eacute;e en f&eacute;vrier», «j&rsquo;ai», «&nbsp;») → application; a licence of February 2025, an ESS aim → eligible
    N("charsets_and_entities", "graduation", "diplômée en février 2025", M(
        "Delphine Cabon <delphine.cabon@example.fr>", "Candidature", "22 10:35",
        """Bonjour,

Je suis diplômée en février 2025 d'une licence Sciences sanitaires et sociales (Université d'Artois, session décalée). J'ai travaillé depuis en remplacement dans un centre de santé associatif et je voudrais y rester dans le secteur.

Delphine Cabon
06 93 47 20 18""",
        app("Delphine", "Cabon", phone="+33693472018", bac=3, grad="2025-02", status="entites_diplomee_fevrier_2025"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Je suis dipl&ocirc;m&eacute;e en f&eacute;vrier&nbsp;2025 d&rsquo;une licence Sciences sanitaires et sociales (Universit&eacute; d&rsquo;Artois, session d&eacute;cal&eacute;e). J&rsquo;ai travaill&eacute; depuis en remplacement dans un centre de sant&eacute; associatif et je voudrais y rester dans le secteur.</p><p>Delphine Cabon<br>06&nbsp;93&nbsp;47&nbsp;20&nbsp;18</p></body></html>",
    )),
    # Feature: charsets_and_entities — situation — je suis en service civique jusqu'au 31 mai 2027
    # spelling: a text part in ISO-8859-1 (quoted-printable: «=E9» for «é»), an encoded-word subject → application; a civic service running until 31 May 2027 → fails not_service_civique → not eligible
    N("charsets_and_entities", "situation", "je suis en service civique jusqu'au 31 mai 2027", M(
        "Florian Guérin <florian.guerin@example.fr>", "Candidature — service civique à l'Afev", "23 19:12",
        """Bonjour,

Titulaire d'un BTS Services informatiques aux organisations (juin 2025), je suis en service civique jusqu'au 31 mai 2027 à l'Afev, où j'aide des collégiens en difficulté. Je voudrais ensuite travailler dans une association du numérique solidaire.

Florian Guérin
06 28 51 93 07""",
        app("Florian", "Guérin", phone="+33628519307", bac=2, grad="2025-06", failing=("not_service_civique",), status="latin1_sc_mai_2027"),
        headers=dict(LATIN1),
    )),
    # Feature: charsets_and_entities — aim — une association ou une collectivité, les deux m'iraient
    # ambiguous: an association or a local authority «les deux m'iraient» — job_seeking_ess stays open
    # spelling: a word processor's HTML with inline styles and spans splitting «associ<span>ation</span>» and «collectivit<span>é</span>» → application; a licence pro of June 2026, two searches on equal terms → job_seeking_ess open → to verify
    N("charsets_and_entities", "aim", "une association ou une collectivité, les deux m'iraient", M(
        "Jérémie Dufour <jeremie.dufour@example.org>", "Candidature Pro'pulse", "24 08:58",
        """Bonjour,

Licence pro Animation de projets de territoire (Guéret, juin 2026). Je cherche un poste d'agent de développement : une association ou une collectivité, les deux m'iraient.

Jérémie Dufour
05 55 61 28 40""",
        app("Jérémie", "Dufour", phone="+33555612840", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="spans_association_ou_collectivite"),
        html="only",
        body_html='<html><head><meta name="Generator" content="Microsoft Word 15"></head><body lang="FR"><div class="WordSection1"><p class="MsoNormal" style="margin:0cm;font-family:Calibri">Bonjour,</p><p class="MsoNormal" style="margin:0cm;font-family:Calibri">Licence pro Animation de projets de territoire (Gu<span style="font-family:Arial">é</span>ret, juin 2026). Je cherche un poste d\'agent de d<span lang="FR">é</span>veloppement&nbsp;: une associ<span style="color:black">ation</span> ou une collectivit<span style="color:black">é</span>, les deux m<span>\'</span>iraient.</p><p class="MsoNormal" style="margin:0cm">J<span>é</span>rémie Dufour<br>05 55 61 28 40</p></div></body></html>',
    )),
    # Feature: charsets_and_entities — situation — mon stage à la Fondation Abbé Pierre s’est terminé le 31 août
    # spelling: a text part in windows-1252 sent 8bit (the curly apostrophe as byte 0x92, the en dash 0x96) → application; an internship ended on 31 August, master of June 2026 → eligible
    N("charsets_and_entities", "situation", "mon stage à la Fondation Abbé Pierre s’est terminé le 31 août", M(
        "Laëtitia Hoarau <laetitia.hoarau@example.re>", "Candidature – master Politiques sociales", "25 11:41",
        """Bonjour,

Diplômée d’un master Politiques sociales (La Réunion, juin 2026), je vous écris depuis Saint-Denis : mon stage à la Fondation Abbé Pierre s’est terminé le 31 août – une très belle expérience – et je cherche un poste dans une association de lutte contre le mal-logement, en métropole ou à La Réunion.

Laëtitia Hoarau
0692 41 58 73""",
        app("Laëtitia", "Hoarau", phone="+262692415873", bac=5, grad="2026-06", status="windows1252_stage_fini_31_aout"),
        headers={"X-Typo-Charset": "windows-1252", "X-Typo-Transfer": "8bit"},  # markers for build.py, stripped
    )),
    # Feature: charsets_and_entities — situation — stage jusqu’au 15 mars 2027
    # spelling: an HTML-only body with entities on the deciding date («jusqu&rsquo;au 15&nbsp;mars&#8239;2027») and a CV → application; an internship running until 15 March 2027 → fails not_internship → not eligible
    N("charsets_and_entities", "situation", "stage jusqu’au 15 mars 2027", M(
        "Ilyes Belhadj <ilyes.belhadj@example.fr>", "Candidature + CV", "21 15:15",
        """Bonjour,

Titulaire d’un BUT Gestion des entreprises et des administrations (juin 2026), je suis en stage jusqu’au 15 mars 2027 dans une mutuelle à Niort. Je voudrais y être embauché ensuite ou trouver un poste équivalent dans une autre mutuelle. CV joint.

Ilyes Belhadj
06 40 71 83 25""",
        app("Ilyes", "Belhadj", phone="+33640718325", bac=3, grad="2026-06", failing=("not_internship",), status="entites_stage_mars_2027"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Titulaire d&rsquo;un BUT Gestion des entreprises et des administrations (juin&nbsp;2026), je suis en stage jusqu&rsquo;au 15&nbsp;mars&#8239;2027 dans une mutuelle &agrave; Niort. Je voudrais y &ecirc;tre embauch&eacute; ensuite ou trouver un poste &eacute;quivalent dans une autre mutuelle. CV joint.</p><p>Ilyes Belhadj<br>06&#160;40&#160;71&#160;83&#160;25</p></body></html>",
        cv=CV("pdf", "CV-Ilyes-Belhadj.pdf", """Ilyes Belhadj
BUT GEA — IUT de Niort — juin 2026
Stage : assistant gestion des adhérents, mutuelle, septembre 2026 – mars 2027
Compétences : tableur, relation adhérents"""),
    )),
    # Feature: charsets_and_entities — studies_finished — soutenu le 9 octobre, diplôme obtenu
    # spelling: a text part in ISO-8859-15 (the euro sign «€» as byte 0xA4, quoted-printable), the amount a distractor → application; master defended on 9 October and obtained → eligible
    N("charsets_and_entities", "studies_finished", "soutenu le 9 octobre, diplôme obtenu", M(
        "Léonie Ketterer <leonie.ketterer@example.fr>", "Candidature Pro'pulse", "20 14:44",
        """Bonjour,

Mon mémoire de master Économie sociale et solidaire (Strasbourg) est soutenu le 9 octobre, diplôme obtenu : je n'ai plus rien à passer. Pendant mon stage, payé 600 € par mois, j'ai découvert les banques alimentaires, et c'est là que je veux travailler.

Léonie Ketterer
03 88 40 62 19""",
        app("Léonie", "Ketterer", phone="+33388406219", bac=5, grad="2026-10", status="iso885915_memoire_soutenu_euro"),
        headers={"X-Typo-Charset": "iso-8859-15"},  # a marker for build.py, stripped
    )),
    # Feature: charsets_and_entities — kind — Animateur·rice
    # spelling: an HTML-only offer with entities («Animateur&middot;rice», «&laquo;&nbsp;», «dipl&ocirc;m&eacute;·e»), nobody applying → other
    N("charsets_and_entities", "kind", "Animateur·rice", M(
        "Centre social Les Tilleuls <rh@cs-tilleuls.example.org>", "Offre d'emploi à diffuser", "22 09:00",
        """Bonjour,

Pourriez-vous relayer notre offre : Animateur·rice « jeunesse » en CDI, 35 h, diplômé·e d'un BPJEPS ou d'un DUT Carrières sociales. Candidature à rh@cs-tilleuls.example.org.

Merci !""",
        other(),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Pourriez-vous relayer notre offre&nbsp;: Animateur&middot;rice &laquo;&nbsp;jeunesse&nbsp;&raquo; en CDI, 35&nbsp;h, dipl&ocirc;m&eacute;&middot;e d&rsquo;un BPJEPS ou d&rsquo;un DUT Carri&egrave;res sociales. Candidature &agrave; rh@cs-tilleuls.example.org.</p><p>Merci&nbsp;!</p></body></html>",
    )),
    # Feature: charsets_and_entities — kind — Gagnez un séjour
    # spelling: a spam whose text part is in windows-1252 and whose subject comes as encoded-words → other
    N("charsets_and_entities", "kind", "Gagnez un séjour", M(
        "Promo Évasion <promo@evasion-exemple.example.com>", "Félicitations ! Vous êtes sélectionné·e", "23 04:11",
        """Félicitations ! Gagnez un séjour d'une semaine en Crète : répondez à notre questionnaire en 2 minutes. Offre réservée aux 100 premiers participants.""",
        other(),
        headers={"X-Typo-Charset": "windows-1252"},  # a marker for build.py, stripped
    )),
    # Feature: english_inclusive — graduation — they finished their degree in June 2025
    # spelling: an adviser writes about the applicant with singular they («they finished their degree», «they’re»), curly apostrophes, pronouns in the signature → application in English (referral: the adviser in forwarded_by, the applicant's address); a BA of June 2025, an aim at charities and co-ops → eligible
    N("english_inclusive", "graduation", "they finished their degree in June 2025", M(
        "Hannah Abbott <h.abbott@careers-exemple.example.ac.uk>", "Referral: Rowan Ellis for Pro'pulse", "20 11:05",
        """Dear Pro'pulse team,

I’m writing on behalf of Rowan Ellis (they/them), a graduate I advised at Sussex. They finished their degree in June 2025 (BA Social Policy) and moved to Paris for their partner’s job. They’re looking for a role in a charity or a co-operative, and they’d really benefit from your programme. They’re happy for you to contact them directly: rowan.ellis@example.co.uk, +44 7700 900 261.

Best wishes,
Hannah Abbott (she/her)
Careers Adviser""",
        app("Rowan", "Ellis", phone="+447700900261", bac=3, grad="2025-06", email="rowan.ellis@example.co.uk", forwarded_by="h.abbott@careers-exemple.example.ac.uk", language="en", status="en_referral_they_ba_june_2025"),
    )),
    # Feature: english_inclusive — career_change — a paralegal for six years (2016–2022)
    # spelling: an en dash in the year span «2016–2022», curly apostrophes, «she/her» in the signature → application in English; six years as a paralegal before the MA → fails not_career_change → not eligible
    N("english_inclusive", "career_change", "a paralegal for six years (2016–2022)", M(
        "Grace Adeyemi <grace.adeyemi@example.com>", "Application – career changer", "21 17:38",
        """Hello,

I worked as a paralegal for six years (2016–2022) before going back to university. I completed an MA in Social Economy at Mondragon in July 2026 and I’d like to work for a cooperative in France.

Kind regards,
Grace Adeyemi (she/her)
+33 7 49 20 61 35""",
        app("Grace", "Adeyemi", phone="+33749206135", bac=5, grad="2026-07", failing=("not_career_change",), language="en", status="en_paralegal_2016_2022"),
    )),
    # Feature: english_inclusive — studies_finished — results are due in January
    # ambiguous: the dissertation is in and every exam sat, only the results are awaited — studies_finished stays open
    # spelling: «they/them» in the signature, curly apostrophes, «I’ve» → application in English; an MSc with results due in January → studies_finished open → to verify
    N("english_inclusive", "studies_finished", "results are due in January", M(
        "Jesse Carmichael <jesse.carmichael@example.org>", "Pro'pulse – application", "22 21:50",
        """Hi there,

I’ve just submitted my MSc dissertation (Environmental Governance, University of Edinburgh) and sat every exam; results are due in January. I’m already in Marseille and looking for work with an environmental NGO or a social enterprise.

Thanks,
Jesse Carmichael
they/them
+33 6 17 94 82 30""",
        app("Jesse", "Carmichael", phone="+33617948230", bac=5, grad=None, unknown=("studies_finished",), language="en", status="en_msc_results_january"),
    )),
    # Feature: english_inclusive — aim — social-economy organisations – co-ops, mutuals, charities
    # spelling: «Mx» in the signature, an en dash before the list, curly apostrophes → application in English; a BSc of June 2026, an aim at the social economy → eligible
    N("english_inclusive", "aim", "social-economy organisations – co-ops, mutuals, charities", M(
        "Alex Kowal <alex.kowal@example.net>", "Application", "23 16:16",
        """Good afternoon,

I graduated in June 2026 with a BSc in Economics from the University of Leeds. I’m looking for roles in social-economy organisations – co-ops, mutuals, charities – where I can work on finance or impact measurement.

Warm regards,
Mx Alex Kowal
+44 7700 900 734""",
        app("Alex", "Kowal", phone="+447700900734", bac=3, grad="2026-06", language="en", status="en_mx_social_economy"),
    )),
    # Feature: english_inclusive — situation — my placement ends in late November
    # ambiguous: a placement ending «in late November» with no day — not_internship stays open
    # spelling: «she/her» in the signature, curly apostrophes, an en dash in «2024–2026» → application in English; a placement ending late November, a master of 2026 → not_internship open → to verify
    N("english_inclusive", "situation", "my placement ends in late November", M(
        "Imogen Ashworth <imogen.ashworth@example.co.uk>", "Pro'pulse application", "24 07:30",
        """Hello,

I did my MA in International Development at SOAS (2024–2026, graduated in September) and my placement ends in late November at a refugee charity in Calais. I’d love your help finding a job in the humanitarian sector in France.

Imogen Ashworth (she/her)
+44 7700 900 552""",
        app("Imogen", "Ashworth", phone="+447700900552", bac=5, grad="2026-09", unknown=("not_internship",), language="en", status="en_placement_late_november"),
    )),
    # Feature: english_inclusive — level — a two-year HND in Business (2023–2025)
    # ambiguous: an HND with no French equivalence said — degree_level stays open
    # spelling: «he/they» in the signature, an en dash in the year span «2023–2025», curly apostrophes → application in English; an HND of 2025 → degree_level open → to verify
    N("english_inclusive", "level", "a two-year HND in Business (2023–2025)", M(
        "Callan Byrne <callan.byrne@example.com>", "Application", "25 13:13",
        """Hi,

I completed a two-year HND in Business (2023–2025) at Glasgow Clyde College. I’ve been volunteering with a food bank since, and I’d like a paid job in a charity or a cooperative in Lyon, where I now live.

Cheers,
Callan Byrne (he/they)
+33 7 55 38 14 60""",
        app("Callan", "Byrne", phone="+33755381460", bac="*", grad="2025", unknown=("degree_level",), language="en", status="en_hnd_2023_2025"),
    )),
    # Feature: english_inclusive — kind — people who graduated abroad
    # spelling: curly apostrophes, «they» about people in general, in a general question in English → question
    N("english_inclusive", "kind", "people who graduated abroad", M(
        "Sam Lindgren <sam.lindgren@example.com>", "Question about eligibility", "20 09:59",
        """Hello,

Is the programme open to people who graduated abroad, or do they need a French diploma? I couldn’t find it on your website.

Thanks!""",
        question(language="en"),
    )),
    # Feature: english_inclusive — kind — Call for speakers
    # spelling: a conference's call in English with curly quotes, an en dash in «8–9 March», pronouns asked for the badge → other
    N("english_inclusive", "kind", "Call for speakers", M(
        "Social Economy Europe Youth <events@see-youth.example.eu>", "Call for speakers – Youth & Social Economy Forum", "21 06:40",
        """Hello Pro'pulse team,

Call for speakers: our “Youth & Social Economy Forum” takes place in Brussels on 8–9 March 2027. Would one of your coordinators like to speak about programmes for young graduates? Please send us a name, a title and their pronouns for the badge.

Best,
The SEE Youth team""",
        other(),
    )),
]
