"""What a message of the jargon corpus is: an application (or other mail) whose deciding fact is carried by
the words of an institution — an acronym, an administrative category, an official title or level, a
contract's or a scheme's name, a university jury's code — the way applicants, advisers, parents and schools
write when their world is made of forms and schemes («titre RNCP niveau 6», «180 ECTS validés», «AJAC en
L3», «DE cat. A depuis septembre», «en PMSMP jusqu'au 12/12», «CDDI en ACI», «VSC terminé au 31/08»,
«dossier PTP déposé auprès de Transitions Pro», «BPJEPS APT», «une SCIC ou une structure agréée ESUS»). The
reader must know what the institution means (its level, its status, its date), not the phrase around it.
Each message's feature is chosen first from a grid of twelve, the institution that carries the fact.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its feature, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming the
three; build.py adds the feature and the fact to its truth line. Applications are French, about one in
seven English (``language="en"``). The label is what a careful coordinator decides from the institution's
own meaning; where it truly leaves a criterion open, it is ``unknown`` and a second comment line
``# ambiguous: …`` says why.
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

GRID = {
    "ects_juries": "the university's administration: ECTS counts (120 = bac+2, 180 = bac+3, 300 = bac+5),"
    " «ADM», «AJ», «AJAC» (ajourné autorisé à continuer: not finished), «DEF», «session 2 / rattrapages»,"
    " «délibération du jury», «attestation de réussite», «diplôme en cours d'édition», «UE en dette»",
    "rncp_levels": "certification levels: «titre RNCP niveau 5/6/7», the old nomenclature (niveau III ="
    " bac+2, II = bac+3/4, I = bac+5, IV = bac, V = CAP), EQF/CEC levels, «titre professionnel», «CQP»"
    " (level often unstated), «certification inscrite au RS»",
    "diploma_codes": "diploma acronyms without explanation: BUT, DUT, DEUST, BTSA, DNMADE, DCG, DSCG, LP,"
    " M1/M2, MEEF, DEES, DEASS, DEETS, DECESF, DEJEPS (bac+2), BPJEPS (bac level), CAP AEPE, DU (level"
    " unknown), «DE d'éducateur spécialisé»",
    "job_schemes": "public employment schemes and statuses: «inscrit·e à France Travail», «DE cat. A»,"
    " «DELD», «ARE», «RSA», «CEJ», «PACEA», «Garantie jeunes», «Prépa compétences», «accompagnement APEC /"
    " Cap emploi» — for the aim (actively searching) and for dates («sortie de formation initiale»)",
    "contracts": "work contracts: «contrat pro», «apprentissage / alternance» (held now = studies not"
    " finished; ended with the diploma = fine), «CDDI», «PEC», «CUI», «intérim», «CDD d'usage»,"
    " «vacations», «micro-entrepreneur», «job étudiant»",
    "immersions": "internship-like schemes: «convention de stage», «stage de fin d'études», «PMSMP» (a"
    " jobseeker's immersion: not a student internship), «POEI», «AFPR», «EMT», «période d'application en"
    " entreprise», «stage alterné»",
    "civic_schemes": "volunteering schemes: «engagement de service civique», «volontaire en SC jusqu'au…»,"
    " «VSC», «VSI», «VIA», «Corps européen de solidarité / CES», «SNU» (a week-long school-age scheme: not"
    " the service civique), «mission de volontariat agréée ASC»",
    "transitions": "career-change schemes and signs: «PTP (ex-CIF)», «CPF de transition», «Transitions"
    " Pro», «bilan de compétences», «CEP», «VAE», «démission pour reconversion», «FNE-Formation», «dix ans"
    " d'ancienneté en CDI» before a new diploma; against a graduate's «CDD de 6 mois après mon M2»",
    "ess_structures": "the aim through structure types: SIAE, ACI, EI, ETTI, AI, EA, ESAT, SCOP, SCIC, CAE,"
    " GEIQ, «agrément ESUS», «association loi 1901», «fondation RUP», «mutuelle», «régie de quartier»,"
    " «tiers-lieu», «PTCE», «CRESS»; against «entreprise à mission», «B Corp», «service RSE d'un grand"
    " groupe»",
    "adviser_referral": "a professional presents someone in the jargon of referral: «fiche de liaison», «je"
    " vous oriente», «jeune suivi·e en CEJ», «NEET», «QPV», «RQTH», «niveau 6», «sortant·e de formation"
    " initiale» (the person presented is the applicant; the adviser is the referrer)",
    "admin_dates": "dates in administrative form: «session de juin 2025», «promotion 2024-2025», «année"
    " universitaire 2024/2025», «date de délibération : 04/07/2025», «date de fin de contrat», «millésime"
    " 2025», «S2 2025», «N-1», «diplôme délivré le…» against «remise des diplômes» (a ceremony)",
    "english_jargon": "the same institutions in English: «EQF level 6», «120 ECTS», «European Solidarity"
    " Corps», «work integration social enterprise», «registered charity», «job seeker's allowance»,"
    " «apprenticeship», «traineeship», «Erasmus+ placement», a foreigner in France naming French schemes in"
    " English",
}


class N(Featured):
    """One message and the institution's words that carry its deciding fact: ``words`` stand in its subject,
    body or CV as written (case and line breaks aside), and they name an institution (an acronym, a level, a
    scheme, a contract, a structure type, an administrative date), not a plain phrase."""

    GRID = GRID
