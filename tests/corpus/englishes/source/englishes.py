"""What a message of the englishes corpus is: an application written in English by a native or fully
fluent speaker of one of twelve Englishes, in that variety's own idiom for school, degrees, dates, work,
internships and volunteering — the idiom as its speakers write it, not a translation of French. Each
message's deciding fact (when the degree was awarded, its level, what the writer does now, a past career,
the job sought, whether studies are over) is carried through one idiom of its variety («I'm after finishing
my degree», «I passed out in 2024», «I'm on placement till March», «co-op term», «SIWES», «matric», «TAFE
Cert IV», «ABD», «the third sector»), chosen first from a grid of twelve features.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its feature, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming the
three; build.py adds the feature and the fact to its truth line. Every application is labelled
``language="en"``. The label is what a careful coordinator decides from the writer's own words; where an
idiom truly leaves a criterion open, it is ``unknown`` and a second comment line ``# ambiguous: …`` says why.
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

GRID = {
    "uk": "England and Wales: uni, finals, a 2:1, resits, placement year, sandwich course, HND/HNC,"
    " foundation degree, A-levels, «graduated in the summer», «I'm on placement», gap year, the charity"
    " sector",
    "scotland_ireland": "Scotland and Ireland: four-year honours, Highers, Leaving Cert, «I'm after"
    " finishing», «I'm only after graduating», PLC course, final year, «repeat exams in August»",
    "us": "United States: associate degree, bachelor's, senior year, class of '25, commencement, credits"
    " short, community college, AmeriCorps, «I'm interning», nonprofit, «wrapping up my thesis»",
    "canada": "anglophone Canada: co-op term, convocation, CEGEP (Quebec anglophones), «finishing up my last"
    " semester», «graduating this spring», not-for-profit",
    "india": "India: «passed out in», B.Com/BBA/B.Tech/MBA, «pursuing», «presently doing my internship»,"
    " «I am having 4 years experience in», «kindly», CGPA, backlog (an exam still to clear)",
    "west_africa": "Nigeria, Ghana, Sierra Leone: HND, OND, B.Sc, second class upper, NYSC («I'm currently"
    " serving», youth corper), SIWES / industrial attachment, «I await my results»",
    "southern_africa": "South Africa, Zimbabwe, Kenya: matric, honours year, learnership, «doing my"
    " articles», diploma (NQF 6), attachment, «I'm busy with my final year»",
    "australia_nz": "Australia and New Zealand: TAFE, Cert IV, uni, honours, working holiday, «finished my"
    " degree last semester», uni placement, the for-purpose sector",
    "caribbean_asia": "Jamaica, Trinidad, Singapore, Malaysia, the Philippines, Hong Kong: CAPE, UWI, poly"
    " diploma, O levels, OJT, «graduated cum laude», NS (Singapore's military national service)",
    "expat_france": "English speakers living in France telling French things in English: «a licence at Lyon"
    " 2», «my master 2», BTS, «my stage ends in March», «doing a service civique», «France Travail says»",
    "career_turn": "any variety: the career-change criterion in native idiom («pivoting», «transitioning into"
    " the social sector after ten years in banking», «second career», «retraining») against a recent"
    " graduate's side jobs («bar work through uni», «a year in consulting after my master's»)",
    "third_party": "a parent, a careers adviser, a university careers service, a refugee-support caseworker"
    " writing in English about someone (referrals): «my son has just completed…», «I'm writing on behalf"
    " of…»",
}


class N(Featured):
    """One message and the idiom that carries its deciding fact: ``words`` stand in its subject, body or CV
    as written (case and line breaks aside), and they are the writer's own English, not a French phrase."""

    GRID = GRID
