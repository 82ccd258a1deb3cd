"""Synthetic but plausible text for the benchmark vault: English and Khmer minutes, titles.

Khmer sentences are built from real Khmer words and phrases written without spaces between
words (as Khmer is), with the occasional space between phrases and the khan (។) at the end.
Frequencies are chosen so the benchmark has a common English word (COMMON_WORD, in roughly a
third of English minutes), a rare one (RARE_WORD, about 1 in 20,000) and Khmer substrings of
2 and 5 characters.
"""

from __future__ import annotations

import random

COMMON_WORD = "union"
RARE_WORD = "ombudsperson"
KHMER_SHORT = "ដី"  # 2 characters: inside ដីធ្លី (land) and ដីកា
KHMER_LONG = "សហជីព"  # 5 characters: "trade union"

KHMER_SUBJECTS = [
    "អ្នកចូលរួម",  # participants
    "ប្រធានកិច្ចប្រជុំ",  # the chair of the meeting
    "តំណាងសហជីព",  # the union representative
    "តំណាងអង្គការ",  # the organisation's representative
    "មេធាវី",  # the lawyer
    "អ្នកសារព័ត៌មាន",  # the journalist
    "យុវជន",  # youth
    "ស្ត្រីមេដឹកនាំសហគមន៍",  # women community leaders
    "កម្មករ",  # workers
    "កសិករ",  # farmers
    "សមាជិកបណ្តាញ",  # network members
]
KHMER_VERBS = [
    "បានលើកឡើងថា",  # raised that
    "បានពិភាក្សាអំពី",  # discussed
    "បានស្នើឱ្យ",  # proposed
    "បានរាយការណ៍អំពី",  # reported on
    "បានសង្កត់ធ្ងន់លើ",  # stressed
    "បានព្រួយបារម្ភអំពី",  # were concerned about
    "បានឯកភាពលើ",  # agreed on
]
KHMER_TOPICS = [
    "សិទ្ធិមនុស្ស",  # human rights
    "ប្រជាធិបតេយ្យ",  # democracy
    "កិច្ចប្រជុំ",  # the meeting
    "សហជីព",  # trade unions
    "សិទ្ធិកម្មករ",  # workers' rights
    "ដីធ្លី",  # land
    "ការបោះឆ្នោត",  # elections
    "សង្គមស៊ីវិល",  # civil society
    "សុវត្ថិភាពឌីជីថល",  # digital security
    "រដ្ឋាភិបាល",  # the government
    "ការតាមដាន",  # surveillance
    "សេរីភាពនៃការបញ្ចេញមតិ",  # freedom of expression
    "ប្រាក់ឈ្នួលអប្បបរមា",  # minimum wage
    "រោងចក្រកាត់ដេរ",  # garment factories
    "ព្រៃឈើនិងបរិស្ថាន",  # forests and the environment
    "ការរំលោភសិទ្ធិ",  # rights violations
    "ការគំរាមកំហែង",  # threats
    "ការចាប់ខ្លួនសកម្មជន",  # the arrest of activists
    "ច្បាប់ស្តីពីអង្គការ",  # the law on associations
    "ការបណ្តុះបណ្តាល",  # training
    "ថវិកាគម្រោង",  # the project budget
    "ការអ៊ិនគ្រីបទូរស័ព្ទ",  # phone encryption
    "ពាក្យសម្ងាត់",  # passwords
    "តុលាការ",  # the courts
    "អាជ្ញាធរមូលដ្ឋាន",  # local authorities
    "ដីកាកោះហៅ",  # court summons
]
KHMER_LINKS = ["និង", "នៅក្នុង", "សម្រាប់", "ជាមួយ", "ដោយសារ"]  # and, in, for, with, because of
KHMER_PLACES = ["នៅភ្នំពេញ", "នៅខេត្តសៀមរាប", "នៅខេត្តបាត់ដំបង", "នៅខេត្តកំពត", "នៅតាមខេត្ត"]
KHMER_TAILS = [
    "ហើយត្រូវតាមដាននៅកិច្ចប្រជុំលើកក្រោយ",  # and must follow up at the next meeting
    "ដែលជាបញ្ហាបន្ទាន់",  # which is an urgent problem
    "ហើយស្នើឱ្យមានការសហការ",  # and asked for cooperation
    "សម្រាប់ឆ្នាំក្រោយ",  # for next year
    "",
]

EN_SUBJECTS = [
    "The chair",
    "Participants",
    "The union representative",
    "A lawyer from the legal aid group",
    "Youth delegates",
    "The women's network",
    "The regional partner",
    "Several members",
    "The facilitator",
    "The embassy observer",
    "Community representatives",
    "The finance officer",
]
EN_VERBS = [
    "reported on",
    "raised concerns about",
    "proposed a joint statement on",
    "asked for an update on",
    "presented findings on",
    "agreed to follow up on",
    "stressed the urgency of",
    "shared lessons learned from",
    "recommended training on",
    "questioned the budget for",
]
EN_TOPICS = [
    "land disputes in the provinces",
    "the draft law on associations",
    "digital security for field staff",
    "surveillance of phone calls",
    "the minimum wage negotiations",
    "freedom of expression online",
    "election monitoring",
    "court cases against activists",
    "the garment factory inspections",
    "forest protection and community patrols",
    "threats against journalists",
    "the coalition's advocacy plan",
    "donor reporting deadlines",
    "the safety of women human rights defenders",
    "youth participation in local councils",
    "the regional solidarity network",
]
EN_UNION_TOPICS = [
    "union registration under the trade union law",
    "dismissals of union leaders",
    "the teachers' union strike",
    "collective bargaining by the garment workers' union",
]
EN_TAILS = [
    ", and the coalition will prepare a short brief before the next meeting.",
    "; members agreed to share documentation through the secure channel.",
    ", noting that several partners had faced pressure from local authorities.",
    ". A follow-up call was scheduled with the legal team.",
    ". No decision was taken.",
    ", with support from the regional partners.",
    ".",
]

MEETING_KINDS = [
    "Quarterly Leaders' Meeting",
    "Coalition Coordination Meeting",
    "Digital Security Clinic",
    "Land Rights Working Group",
    "Labour Rights Roundtable",
    "Election Monitoring Briefing",
    "Youth Forum",
    "Legal Aid Case Review",
]
KHMER_MEETING_KINDS = [
    "កិច្ចប្រជុំថ្នាក់ដឹកនាំប្រចាំត្រីមាស",  # quarterly leaders' meeting
    "វេទិកាយុវជន",  # youth forum
    "កិច្ចប្រជុំក្រុមការងារដីធ្លី",  # land working group meeting
]
CITIES = ["Phnom Penh", "Siem Reap", "Battambang", "Kampot", "Bangkok", "Kuala Lumpur"]
AGENDA_TITLES = [
    "Opening and review of the last minutes",
    "Country updates from members",
    "Action items carried over",
    "Digital security check-in",
    "Advocacy planning",
    "Finance and reporting",
    "Case updates",
    "Any other business",
    "សិទ្ធិមនុស្ស និងប្រជាធិបតេយ្យ",  # human rights and democracy
    "ការពិនិត្យសកម្មភាពដែលនៅសល់",  # review of remaining actions
]
ACTION_VERBS = ["Draft", "Send", "Share", "Prepare", "Follow up on", "Translate", "Collect"]
ACTION_OBJECTS = [
    "the joint statement",
    "the case list",
    "the training schedule",
    "the financial report",
    "the letter to the embassy",
    "the digital security checklist",
    "the land dispute map",
    "the monitoring report",
]
THEMES = [
    "Land rights",
    "Labour rights",
    "Elections",
    "Digital security",
    "Freedom of expression",
    "Women's rights",
    "Youth",
    "Environment",
    "Legal aid",
    "Advocacy",
    "Finance",
    "Safety and protection",
    "សិទ្ធិមនុស្ស",
    "ដីធ្លី",
    "សហជីព",
]
FIRST_NAMES = [
    "Sokha",
    "Dara",
    "Channary",
    "Vuthy",
    "Sophea",
    "Rithy",
    "Bopha",
    "Kosal",
    "Malis",
    "Piseth",
    "Sreymom",
    "Vannak",
    "Nimol",
    "Chenda",
    "Ratana",
    "Somchai",
    "Ananya",
    "Nur",
    "Siti",
    "Anna",
    "Lars",
    "Marie",
    "Tom",
    "Grace",
]
LAST_NAMES = [
    "Chan",
    "Keo",
    "Sok",
    "Heng",
    "Lim",
    "Meas",
    "Chea",
    "Phan",
    "Ouk",
    "Nhem",
    "Sam",
    "Prak",
    "Yim",
    "Tep",
    "Srey",
    "Wong",
    "Rahman",
    "Jensen",
    "Dubois",
    "Smith",
]
KHMER_NAMES = ["សុខា", "ដារ៉ា", "ចាន់ណារី", "វុទ្ធី", "សុភា", "រិទ្ធី", "បុប្ផា", "កុសល"]


def khmer_sentence(rng: random.Random) -> str:
    parts = [rng.choice(KHMER_SUBJECTS), rng.choice(KHMER_VERBS), rng.choice(KHMER_TOPICS)]
    if rng.random() < 0.6:
        parts += [rng.choice(KHMER_LINKS), rng.choice(KHMER_TOPICS)]
    if rng.random() < 0.4:
        parts.append(rng.choice(KHMER_PLACES))
    parts.append(rng.choice(KHMER_TAILS))
    # Khmer separates phrases, not words, with a space; some typists insert zero-width spaces.
    sep = rng.choice(["", "", "", " ", "\u200b"])
    return sep.join(p for p in parts if p) + "។"


def khmer_minute(rng: random.Random) -> str:
    return " ".join(khmer_sentence(rng) for _ in range(rng.randint(1, 3)))


def english_sentence(rng: random.Random) -> str:
    topics = EN_UNION_TOPICS if rng.random() < 0.3 else EN_TOPICS
    return f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} {rng.choice(topics)}" + rng.choice(
        EN_TAILS
    )


def english_minute(rng: random.Random) -> str:
    text = " ".join(english_sentence(rng) for _ in range(rng.randint(1, 3)))
    if rng.random() < 1 / 20000:
        text += f" The {RARE_WORD} of the provincial office was asked to attend."
    return text


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(KHMER_NAMES) + " " + rng.choice(LAST_NAMES)
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def action_text(rng: random.Random) -> str:
    return f"{rng.choice(ACTION_VERBS)} {rng.choice(ACTION_OBJECTS)}"
