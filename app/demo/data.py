"""The demo vault's content: fictional but realistic sample data shaped like the reference reports.

Every organisation, person and contact detail here is invented. Names of countries and cities
are real places; no real person is named. The code that stores it is `app.demo.fill`.
"""

from __future__ import annotations

from typing import Any

from app.domain.values import Classification, DecisionKind, MeetingStatus, OrgKind

K = OrgKind
ORGS = [  # key, name, acronym, kind, country
    ("lrw", "Land Rights Watch Cambodia", "LRW", K.NGO, "Cambodia"),
    ("cfe", "Committee for Fair Elections", "CFE", K.NGO, "Cambodia"),
    ("hrl", "Human Rights League of Cambodia", "HRLC", K.NGO, "Cambodia"),
    ("wsn", "Women's Solidarity Network", "WSN", K.NGO, "Cambodia"),
    ("krom", "សមាគមខ្មែរក្រោមដើម្បីសិទ្ធិមនុស្ស", "KKHR", K.NGO, "Cambodia"),
    ("cgw", "Coalition of Garment Workers' Unions", "CGWU", K.UNION, "Cambodia"),
    ("itu", "Independent Teachers' Union", "ITU", K.UNION, "Cambodia"),
    ("ips", "Institute for Policy Studies Phnom Penh", "IPS", K.ACADEMIC, "Cambodia"),
    ("dla", "Defenders' Legal Aid", "DLA", K.LAW, "Cambodia"),
    ("ymd", "Youth Movement for Democracy", "YMD", K.YOUTH, "Cambodia"),
    ("mpa", "Mekong Press Alliance", "MPA", K.MEDIA, "Thailand"),
    ("arn", "Asia Rights Network", "ARN", K.REGIONAL_PARTNER, "Thailand"),
    ("sefo", "South-East Asia Election Forum", "SEAEF", K.REGIONAL_PARTNER, "Thailand"),
    ("jrs", "Jurists for Rights South-East Asia", "JRSEA", K.REGIONAL_PARTNER, "Thailand"),
    ("emb_no", "Embassy of Norway, Bangkok", "", K.EMBASSY, "Thailand"),
    ("emb_be", "Embassy of Belgium, Bangkok", "", K.EMBASSY, "Thailand"),
    ("emb_fr", "Embassy of France, Bangkok", "", K.EMBASSY, "Thailand"),
    ("emb_au", "Embassy of Australia, Bangkok", "", K.EMBASSY, "Thailand"),
    ("unhr", "UN Human Rights Office (country office)", "OHCHR-CO", K.UN_AGENCY, "Cambodia"),
    ("fund", "Open Societies Fund", "OSF-A", K.DONOR, "Netherlands"),
]

W, M, N = "woman", "man", "non_binary"
PEOPLE = [  # key, name, code name, role, gender, org, anonymous
    ("sokha", "សុខ ចន្ធា (Sok Chanthea)", "Lotus", "Executive Director", W, "lrw", False),
    ("vanna", "Heng Vanna", "Heron", "Monitoring Coordinator", M, "cfe", False),
    ("sreyneang", "លី ស្រីនាង (Ly Sreyneang)", "Kite", "Secretary General", W, "hrl", False),
    ("bopha", "Keo Bopha", "Jasmine", "Programme Manager", W, "wsn", False),
    ("thach", "ថាច់ សុផល (Thach Sophal)", "River", "President", M, "krom", False),
    ("rathana", "Pov Rathana", "Anchor", "President", W, "cgw", False),
    ("dara", "Meas Dara", "Falcon", "Vice-President", M, "itu", False),
    ("kimly", "Chea Kimly", "Owl", "Senior Researcher", W, "ips", False),
    ("visal", "Nhem Visal", "Scale", "Lawyer", M, "dla", False),
    ("sreymom", "Ros Sreymom", "Spark", "Youth Organiser", W, "ymd", False),
    ("tola", "Sam Tola", "Pine", "Youth Organiser", N, "ymd", False),
    ("nita", "Anong Wattana", "Pen", "Editor", W, "mpa", False),
    ("kasem", "Kasem Boonmee", "Bridge", "Programme Director", M, "arn", False),
    ("malee", "Malee Srisuk", "Orchid", "Protection Officer", W, "arn", False),
    ("rahim", "Rahim Osman", "Compass", "Executive Director", M, "sefo", False),
    ("lena", "Lena Marquez", "Gavel", "Legal Adviser", W, "jrs", False),
    ("ingrid", "Ingrid Solberg", "", "First Secretary", W, "emb_no", False),
    ("pieter", "Pieter Claes", "", "Deputy Head of Mission", M, "emb_be", False),
    ("claire", "Claire Dubois", "", "Political Officer", W, "emb_fr", False),
    ("tom", "Tom Aldridge", "", "Second Secretary", M, "emb_au", False),
    ("sunita", "Sunita Rao", "", "Human Rights Officer", W, "unhr", False),
    ("marten", "Marten de Vries", "", "Programme Officer", M, "fund", False),
    ("witness1", "Garment worker, Kandal factory", "Witness A", "Shop steward", W, "cgw", True),
    ("witness2", "Land activist, Kampot", "Witness B", "Community representative", M, "lrw", True),
]

THEMES = [
    "Fundamental freedoms and civic space",
    "Elections",
    "Labour rights",
    "Land and natural resources",
    "Digital security",
    "Gender and women's rights",
    "Access to justice",
    "Khmer Krom rights",
    "Trade preferences (EBA)",
    "Youth participation",
    "សិទ្ធិមនុស្ស និងប្រជាធិបតេយ្យ",
]

CSO = [
    "sokha",
    "vanna",
    "sreyneang",
    "bopha",
    "thach",
    "rathana",
    "dara",
    "kimly",
    "visal",
    "sreymom",
    "tola",
    "nita",
]
REGIONAL = ["kasem", "malee", "rahim", "lena"]
DIPLOMATS = ["ingrid", "pieter", "claire", "tom", "sunita"]

# Each meeting: sessions of (date, title, attendee keys, facilitator, agenda items), where an
# agenda item is (title, themes, [(speaker or "", text, confidential)]).
SERIES_MEETINGS: list[dict[str, Any]] = [
    {
        "title": "NGO Leaders' Meeting on Cambodia — February 2025",
        "project": "Strengthening and renewing the commitment to uphold democracy together",
        "city": "Bangkok",
        "country": "Thailand",
        "venue": "Riverside conference hotel",
        "start": "2025-02-23",
        "end": "2025-02-25",
        "status": MeetingStatus.REPORTED,
        "summary": "Because gatherings of civil society are closely watched at home, the "
        "coalition met abroad for three days: a day among Cambodian CSOs, a day with regional "
        "partners and a briefing with diplomats.",
        "goal": "Build trust within the coalition and agree strategies to protect human rights "
        "and promote democracy.",
        "objectives": [
            "Share information on the economic, social and political situation.",
            "Identify ways in which CSOs can work together in the current context.",
            "Exchange views with regional partners based in Bangkok.",
            "Meet invited diplomats face to face.",
        ],
        "sessions": [
            (
                "2025-02-23",
                "Day one: Cambodian CSOs",
                CSO,
                "sokha",
                [
                    (
                        "Why we meet outside the country",
                        ["Fundamental freedoms and civic space"],
                        [
                            (
                                "sokha",
                                "Public gatherings are still scrutinised; plain-clothes officers "
                                "photographed participants at the last in-country workshop.",
                                False,
                            ),
                            (
                                "vanna",
                                "Registration of the human rights action committee was accepted; "
                                "a strategic plan is under review.",
                                False,
                            ),
                            ("", "អ្នកចូលរួមបានពិភាក្សាអំពីការរឹតត្បិតលើសេរីភាពនៃការជួបប្រជុំ។", False),
                        ],
                    ),
                    (
                        "Review of last meeting's actions",
                        ["Elections"],
                        [
                            (
                                "vanna",
                                "The assessment of the peace accords is expected within four "
                                "weeks.",
                                False,
                            ),
                            (
                                "visal",
                                "Two members received summonses; legal aid is arranged. Names "
                                "are kept out of the written record.",
                                True,
                            ),
                        ],
                    ),
                ],
            ),
            (
                "2025-02-24",
                "Day two: with regional partners",
                CSO + REGIONAL,
                "kasem",
                [
                    (
                        "Trade preferences and pressure",
                        ["Trade preferences (EBA)", "Labour rights"],
                        [
                            (
                                "rathana",
                                "Garment workers fear job losses if trade preferences are "
                                "withdrawn; the union asks for targeted measures.",
                                False,
                            ),
                            (
                                "kasem",
                                "Partners will keep asking diplomats for regular updates on the "
                                "review process.",
                                False,
                            ),
                            ("", "សហជីពកម្មករបានរាយការណ៍អំពីការគំរាមកំហែងនៅក្នុងរោងចក្រ។", False),
                        ],
                    ),
                    (
                        "Support from regional partners",
                        ["Digital security"],
                        [
                            (
                                "malee",
                                "A digital security training for Cambodian NGOs will be organised "
                                "before the next meeting.",
                                False,
                            ),
                            (
                                "lena",
                                "Jurists will support the legal review of the NGO law.",
                                False,
                            ),
                        ],
                    ),
                ],
            ),
            (
                "2025-02-25",
                "Day three: briefing with diplomats",
                CSO[:6] + DIPLOMATS,
                "sreyneang",
                [
                    (
                        "Briefing on the political situation",
                        ["Fundamental freedoms and civic space"],
                        [
                            (
                                "sreyneang",
                                "CSOs briefed on the crackdown on rallies and on the "
                                "surveillance of NGO offices.",
                                False,
                            ),
                            (
                                "ingrid",
                                "Embassies without an office in Phnom Penh will send staff on "
                                "regular visits.",
                                False,
                            ),
                        ],
                    ),
                ],
            ),
        ],
        "decisions": [
            (
                DecisionKind.DECISION,
                "Issue a joint statement on trade preferences and labour "
                "rights, open for endorsement by member organisations.",
            ),
            (
                DecisionKind.RESULT,
                "Trust among coalition members increased; the statement was "
                "endorsed by 71 organisations.",
            ),
            (
                DecisionKind.RESULT,
                "Diplomats agreed to a rotating CSO–diplomat meeting hosted by "
                "embassies in Bangkok.",
            ),
            (DecisionKind.DECISION, "កិច្ចប្រជុំបានឯកភាពរៀបចំសេចក្តីថ្លែងការណ៍រួមមួយ។"),
        ],
        "organisers": ["hrl", "cfe"],
        "contacts": ["sreyneang", "vanna"],
    },
    {
        "title": "NGO Leaders' Meeting on Cambodia — June 2025",
        "project": "Strengthening and renewing the commitment to uphold democracy together",
        "city": "Kuala Lumpur",
        "country": "Malaysia",
        "venue": "Partner office (location withheld)",
        "sensitive": True,
        "start": "2025-06-15",
        "end": "2025-06-16",
        "status": MeetingStatus.REPORTED,
        "summary": "Two days on the NGO law review and on protection of defenders.",
        "goal": "Coordinate advocacy on the NGO law and protection of human rights defenders.",
        "objectives": [
            "Agree amendments to propose to the NGO law.",
            "Review protection cases and support mechanisms.",
        ],
        "sessions": [
            (
                "2025-06-15",
                "Day one: NGO law",
                CSO,
                "visal",
                [
                    (
                        "ច្បាប់ស្ដីពីសមាគម និងអង្គការមិនមែនរដ្ឋាភិបាល",
                        ["Access to justice"],
                        [
                            (
                                "visal",
                                "Articles on mandatory reporting and political neutrality are the "
                                "main concern.",
                                False,
                            ),
                            ("", "ក្រុមការងារនឹងរៀបចំសេចក្តីស្នើសុំវិសោធនកម្មច្បាប់។", False),
                        ],
                    ),
                ],
            ),
            (
                "2025-06-16",
                "Day two: protection",
                CSO + REGIONAL[:2],
                "malee",
                [
                    (
                        "Protection of defenders",
                        ["Digital security", "Gender and women's rights"],
                        [
                            (
                                "malee",
                                "The digital security training took place for 18 staff from 9 "
                                "organisations.",
                                False,
                            ),
                            (
                                "bopha",
                                "Women defenders face online harassment; a referral list is "
                                "needed.",
                                False,
                            ),
                        ],
                    ),
                ],
            ),
        ],
        "decisions": [
            (
                DecisionKind.DECISION,
                "Submit proposed amendments of the NGO law to the "
                "Ministry of Interior before October.",
            )
        ],
        "organisers": ["hrl", "dla"],
        "contacts": ["visal"],
    },
    {
        "title": "NGO Leaders' Meeting on Cambodia — October 2025",
        "project": "Strengthening and renewing the commitment to uphold democracy together",
        "city": "Bangkok",
        "country": "Thailand",
        "venue": "Riverside conference hotel",
        "start": "2025-10-19",
        "end": "2025-10-20",
        "status": MeetingStatus.HELD,
        "summary": "Preparation of the universal periodic review and of local elections.",
        "goal": "Prepare joint positions for the periodic review and the local elections.",
        "objectives": ["Agree themes for the joint submission.", "Plan election monitoring."],
        "sessions": [
            (
                "2025-10-19",
                "Day one: periodic review",
                CSO,
                "sreyneang",
                [
                    (
                        "Joint submission themes",
                        ["Elections", "Land and natural resources"],
                        [
                            (
                                "kimly",
                                "Eleven thematic factsheets will be prepared by working groups.",
                                False,
                            ),
                            ("", "ត្រូវតាមដានករណីរំលោភសិទ្ធិលើដីធ្លីនៅខេត្តកំពត។", False),
                        ],
                    ),
                ],
            ),
            (
                "2025-10-20",
                "Day two: elections",
                [*CSO, "rahim"],
                "rahim",
                [
                    (
                        "Election monitoring plan",
                        ["Elections", "Youth participation"],
                        [
                            (
                                "rahim",
                                "Observer accreditation rules have tightened; a fallback plan "
                                "relies on youth volunteers.",
                                False,
                            ),
                            ("sreymom", "យុវជនចំនួន ៤០ នាក់ស្ម័គ្រចិត្តចូលរួមតាមដានការបោះឆ្នោត។", False),
                        ],
                    ),
                ],
            ),
        ],
        "decisions": [
            (
                DecisionKind.DECISION,
                "Form an election monitoring working group led by "
                "the Committee for Fair Elections.",
            )
        ],
        "organisers": ["cfe"],
        "contacts": ["vanna"],
    },
    {
        "title": "NGO Leaders' Meeting on Cambodia — March 2026",
        "project": "Civic space and accountability 2026",
        "city": "Bangkok",
        "country": "Thailand",
        "venue": "Embassy residence",
        "sensitive": True,
        "start": "2026-03-08",
        "end": "2026-03-10",
        "status": MeetingStatus.HELD,
        "summary": "Three days: coalition review, partners, and a diplomat round table.",
        "goal": "Review a year of joint work and agree the 2026 advocacy plan.",
        "objectives": [
            "Review action items of 2025.",
            "Agree the 2026 advocacy plan.",
            "Brief diplomats on the election results.",
        ],
        "sessions": [
            (
                "2026-03-08",
                "Day one: coalition review",
                CSO,
                "sokha",
                [
                    (
                        "Review of 2025 actions",
                        ["Fundamental freedoms and civic space"],
                        [
                            (
                                "sokha",
                                "Most 2025 actions are done; the NGO law submission is still "
                                "pending a reply.",
                                False,
                            ),
                        ],
                    ),
                    (
                        "សុវត្ថិភាពឌីជីថល",
                        ["Digital security"],
                        [
                            ("", "អង្គការសង្គមស៊ីវិលត្រូវការវគ្គបណ្តុះបណ្តាលសុវត្ថិភាពឌីជីថលបន្ថែម។", False),
                            (
                                "tola",
                                "Two phones of youth members were confiscated at a checkpoint.",
                                True,
                            ),
                        ],
                    ),
                ],
            ),
            (
                "2026-03-09",
                "Day two: with regional partners",
                CSO + REGIONAL,
                "kasem",
                [
                    (
                        "Advocacy plan 2026",
                        ["Labour rights", "Trade preferences (EBA)"],
                        [
                            (
                                "rathana",
                                "Union registration refusals rose; partners will document cases.",
                                False,
                            ),
                        ],
                    ),
                ],
            ),
            (
                "2026-03-10",
                "Day three: diplomat round table",
                CSO[:5] + DIPLOMATS,
                "sreyneang",
                [
                    (
                        "Election results briefing",
                        ["Elections"],
                        [
                            (
                                "vanna",
                                "Monitors recorded intimidation near polling stations in four "
                                "provinces.",
                                False,
                            ),
                            (
                                "claire",
                                "Embassies will raise the findings in their bilateral dialogue.",
                                False,
                            ),
                        ],
                    ),
                ],
            ),
        ],
        "decisions": [
            (DecisionKind.RESULT, "The 2026 advocacy plan was adopted by all member organisations.")
        ],
        "organisers": ["lrw", "hrl"],
        "contacts": ["sokha"],
    },
    {
        "title": "NGO Leaders' Meeting on Cambodia — December 2026",
        "project": "Civic space and accountability 2026",
        "city": "Bangkok",
        "country": "Thailand",
        "venue": "To be confirmed",
        "start": "2026-12-06",
        "end": "2026-12-07",
        "status": MeetingStatus.PLANNED,
        "goal": "Year-end review and planning for 2027.",
        "objectives": ["Review 2026 actions.", "Plan 2027."],
        "sessions": [("2026-12-06", "Day one", [], "", []), ("2026-12-07", "Day two", [], "", [])],
        "decisions": [],
        "organisers": ["lrw"],
        "contacts": ["sokha"],
    },
]

UPR_MEETING: dict[str, Any] = {
    "title": "In-country pre-session on the periodic review (កិច្ចប្រជុំត្រៀម)",
    "project": "Civil society engagement in the universal periodic review",
    "city": "Phnom Penh",
    "country": "Cambodia",
    "venue": "Partner delegation premises",
    "start": "2025-11-12",
    "end": "2025-11-14",
    "status": MeetingStatus.REPORTED,
    "classification": Classification.PARTNERS,
    "summary": "A preparatory day for speakers, a pre-session with recommending states and a "
    "youth day.",
    "goal": "Bring recommending states and national civil society together ahead of the review.",
    "objectives": [
        "Prepare speakers' statements.",
        "Present civil-society recommendations on 11 themes to recommending states.",
        "Engage youth groups in the review process.",
    ],
    "sessions": [
        (
            "2025-11-12",
            "Preparatory day",
            CSO,
            "kimly",
            [
                (
                    "Mock session for speakers",
                    ["Access to justice"],
                    [
                        (
                            "kimly",
                            "Each speaker presented a two-minute statement and received feedback.",
                            False,
                        ),
                    ],
                ),
            ],
        ),
        (
            "2025-11-13",
            "Pre-session with recommending states",
            CSO + DIPLOMATS,
            "sunita",
            [
                (
                    "Thematic presentations",
                    [
                        "Gender and women's rights",
                        "Labour rights",
                        "Land and natural resources",
                        "Khmer Krom rights",
                        "Fundamental freedoms and civic space",
                    ],
                    [
                        (
                            "bopha",
                            "Recommendations on gender-based violence and women's participation.",
                            False,
                        ),
                        ("thach", "ការរើសអើងលើជនជាតិខ្មែរក្រោមនៅតែបន្តកើតមាន។", False),
                        (
                            "sunita",
                            "The information shared is useful beyond the review for treaty bodies.",
                            False,
                        ),
                    ],
                ),
            ],
        ),
        (
            "2025-11-14",
            "Youth day",
            ["sreymom", "tola", "kimly", "sunita", "bopha"],
            "sreymom",
            [
                (
                    "Youth and the review",
                    ["Youth participation"],
                    [
                        (
                            "tola",
                            "Youth groups discussed how to work with the review in restrictive "
                            "environments.",
                            False,
                        ),
                    ],
                ),
            ],
        ),
    ],
    "decisions": [
        (DecisionKind.RESULT, "Eleven thematic factsheets were handed to 12 diplomatic missions."),
        (DecisionKind.RESULT, "Gender balance among speakers: 54% women, 46% men."),
        (DecisionKind.LESSON, "Early coordination with the host delegation raised attendance."),
    ],
    "testimonies": [
        "It was a great opportunity to deliver our statement to the diplomats and to make our "
        "voice heard.",
        "ជាលើកដំបូងដែលខ្ញុំចូលរួម ខ្ញុំមានអារម្មណ៍ថាយន្តការនេះនឹងជួយកែលម្អស្ថានភាពសិទ្ធិមនុស្ស។",
    ],
    "organisers": ["ips", "unhr"],
    "contacts": ["kimly"],
}

FINANCIAL_REPORT = """Financial report — NGO Leaders' Meeting, February 2025 (USD)
line,budget,actual
Venue and meals (3 days),4200.00,3985.50
Travel of participants,6100.00,6342.00
Accommodation,3900.00,3720.00
Interpretation Khmer-English,1200.00,1200.00
Digital security support,800.00,650.00
Total,16200.00,15897.50
Funded by: Open Societies Fund (grant OSF-A-2025-017)
"""
