namespace GoldenThread.Web.Demo;

public static partial class DemoProgramme
{
    /// <summary>Kent and Medway and Greater Manchester: two real integrated care boards of the register, with made-up priorities.</summary>
    private static readonly (string Code, string[] PriorityAreas)[] OtherSystems =
    [
        ("QKS", ["frailty", "children and young people's mental health", "coastal health inequalities", "homelessness and health"]),
        ("QOP", ["healthy ageing", "children and young people's mental health", "homelessness and health", "population health"]),
    ];

    /// <summary>What is wrong with an application on purpose, so that the closed round shows every kind of result.</summary>
    private enum Flaw { None, TimeNotConfirmed }

    /// <summary>
    /// One demo team. <paramref name="Members"/> are, in the demo system, slots of its register
    /// ("specialty-or-profession@sector-prefix", each the first person not yet in the team who fits) and elsewhere
    /// indexes into the system's <see cref="Rosters"/>. <paramref name="DaysBeforeClosing"/> and <paramref name="Hour"/>
    /// place its submission (null for a draft).
    /// </summary>
    private sealed record TeamSpec(string System, string Reference, string TeamName, string Issue, string Area, string Description,
        (string Name, double Baseline, double Target, string Unit) Measure, string[] Members, int? DaysBeforeClosing, int Hour,
        Flaw Flaw = Flaw.None, bool Withdrawn = false);

    private static readonly string[] CareHomeFalls =
    [
        "community-nursing@nhs-community", "management@independent-care-provider", "physiotherapy@nhs", "adult-social-work@local-authority",
        "general-practice@nhs-primary-care", "community-pharmacy@nhs-primary-care", "occupational-therapy@nhs", "lay@voluntary-community",
        "paramedicine@nhs-ambulance",
    ];

    private static readonly string[] FrailtyFrontDoor =
    [
        "emergency-medicine@nhs-acute", "hospital-nursing@nhs-acute", "management@local-authority", "occupational-therapy@nhs",
        "general-practice@nhs-primary-care", "paramedicine@nhs-ambulance", "management@voluntary-community", "hospital-pharmacy@nhs",
    ];

    private static readonly string[] ChildrensMentalHealth =
    [
        "psychiatry@nhs-mental-health", "childrens-social-work@local-authority", "management@education", "psychology@nhs",
        "childrens-nursing@nhs", "management@voluntary-community", "paediatrics@nhs", "mental-health-nursing@nhs-mental-health",
        "general-practice@nhs-primary-care",
    ];

    private static readonly string[] CrisisToCommunity =
    [
        "mental-health-nursing@nhs-mental-health", "emergency-medicine@nhs-acute", "mental-health-social-work@local-authority",
        "management@voluntary-community", "paramedicine@nhs-ambulance", "psychiatry@nhs-mental-health", "lay@voluntary-community",
        "management@nhs-commissioner",
    ];

    private static readonly string[] HealthyHomes =
    [
        "management@housing", "public-health@public-health", "general-practice@nhs-primary-care", "management@local-authority-district",
        "mental-health-nursing@nhs", "management@voluntary-community", "district-nursing@nhs-community", "adult-social-work@local-authority",
        "community-pharmacy@nhs-primary-care",
    ];

    private static readonly string[] DementiaFriendly =
    [
        "psychiatry@nhs-mental-health", "management@independent-care-provider", "general-practice@nhs-primary-care",
        "adult-social-work@local-authority", "lay@voluntary-community", "occupational-therapy@nhs", "practice-nursing@nhs-primary-care",
    ];

    private static readonly string[] YoungCarers =
    [
        "childrens-social-work@local-authority", "management@voluntary-community", "childrens-nursing@nhs", "general-practice@nhs-primary-care",
    ];

    /// <summary>Made-up people of the two systems with no register here: name, organisation, sector, seniority, function.</summary>
    private static readonly Dictionary<string, (string Name, string Organisation, string Sector, string Seniority, string Function)[]> Rosters = new()
    {
        ["QKS"] =
        [
            ("Dr Helen Okoro", "East Kent Hospitals University NHS Foundation Trust", "nhs-acute", "senior", "clinical"),
            ("Mark Fielding", "Kent County Council", "local-authority-county", "executive", "social care"),
            ("Sunita Rao", "Kent Community Health NHS Foundation Trust", "nhs-community", "middle", "clinical"),
            ("Gareth Lloyd", "Age UK Canterbury", "voluntary-community", "senior", "managerial"),
            ("Dr Amir Haddad", "Whitstable Medical Practice", "nhs-primary-care", "senior", "clinical"),
            ("Claire Dobson", "Medway Council", "local-authority-unitary", "middle", "social care"),
            ("Tom Akintola", "South East Coast Ambulance Service NHS Foundation Trust", "nhs-ambulance", "middle", "clinical"),
            ("Joanne Pike", "Kent and Medway Mental Health NHS Trust", "nhs-mental-health", "senior", "clinical"),
            ("Rebecca Stone", "Medway NHS Foundation Trust", "nhs-acute", "early-career", "clinical"),
            ("Imran Qureshi", "Kent and Medway Integrated Care Board", "nhs-commissioner", "executive", "managerial"),
            ("Lauren Hart", "Porchlight", "voluntary-community", "middle", "managerial"),
            ("Dr Kemi Adebayo", "Medway Community Healthcare", "nhs-community", "senior", "clinical"),
        ],
        ["QOP"] =
        [
            ("Dr Farah Naqvi", "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust", "nhs-acute", "senior", "clinical"),
            ("Paul Ashworth", "Wigan Council", "local-authority-unitary", "executive", "social care"),
            ("Ellie Brennan", "Greater Manchester Mental Health NHS Foundation Trust", "nhs-mental-health", "middle", "clinical"),
            ("Yusuf Patel", "Salford CVS", "voluntary-community", "senior", "managerial"),
            ("Dr Niamh Gallagher", "Stockport NHS Foundation Trust", "nhs-acute", "senior", "clinical"),
            ("Craig Holden", "Stockport Homes Group", "housing", "middle", "managerial"),
            ("Adaeze Obi", "Salford Royal NHS Foundation Trust", "nhs-acute", "early-career", "clinical"),
            ("Rachel Dunn", "Salford City Council", "local-authority-unitary", "senior", "public health"),
            ("Kieran Moss", "Bolton NHS Foundation Trust", "nhs-acute", "middle", "clinical"),
            ("Shabnam Akhtar", "Greater Manchester Integrated Care", "nhs-commissioner", "executive", "managerial"),
            ("Dr Owen Price", "Bolton GP Federation", "nhs-primary-care", "senior", "clinical"),
            ("Lisa Kenyon", "42nd Street", "voluntary-community", "middle", "managerial"),
        ],
    };

    /// <summary>Each system's pair of senior sponsors, one from the NHS and one from outside it.</summary>
    private static readonly Dictionary<string, (string Name, string Role, string Organisation, string Sector)[]> Sponsors = new()
    {
        ["QXV"] =
        [
            ("Dr Nadia Rahman", "Chief Medical Officer", "NHS Severn Vale Integrated Care Board", "nhs-commissioner"),
            ("Marcus Bailey", "Director of Adult Social Services", "Severnmouth City Council", "local-authority-unitary"),
        ],
        ["QKS"] =
        [
            ("Prof Laura Whitcombe", "Chief Nursing Officer", "Kent and Medway Integrated Care Board", "nhs-commissioner"),
            ("Simon Ashdown", "Director of Public Health", "Kent County Council", "local-authority-county"),
        ],
        ["QOP"] =
        [
            ("Dr Chidi Nwosu", "Chief Medical Officer", "Greater Manchester Integrated Care", "nhs-commissioner"),
            ("Joanna Platt", "Director of Adult Social Care", "Salford City Council", "local-authority-unitary"),
        ],
    };

    /// <summary>
    /// The closed round's twelve submitted: six complete teams from the demo system (one too many), three each from the
    /// others; and one team that withdrew.
    /// </summary>
    private static readonly TeamSpec[] ClosedRoundTeams =
    [
        new("QXV", "GT-0001", "Care home falls collaborative", "Falls in care homes", "care homes",
            "Residents of Severnmouth's care homes fall more often than anywhere else in the South West, and one fall in ten ends in an emergency admission. Falls sit between care homes, primary care, the ambulance service and the acute trust: no one of them can prevent them alone.",
            ("Falls in care homes per 1,000 occupied bed days", 9.4, 7.0, "falls"), CareHomeFalls, 41, 10),
        new("QXV", "GT-0002", "Frailty at the front door", "Emergency admissions of people living with frailty", "frailty",
            "People over 75 with moderate or severe frailty are admitted from the emergency department when a same-day frailty assessment and support at home would serve them better.",
            ("Emergency admissions of people aged 75 and over with frailty, a month", 412, 360, "admissions"), FrailtyFrontDoor, 30, 14),
        new("QXV", "GT-0003", "Minds Matter in Brackenmoor", "Children's mental health waits", "children and young people",
            "Children and young people in Brackenmoor wait a median of 19 weeks for a first contact with mental health services, and schools, families and GPs carry them meanwhile.",
            ("Median weeks from referral to first contact", 19, 8, "weeks"), ChildrensMentalHealth, 22, 9),
        new("QXV", "GT-0004", "Crisis to community", "Adults in mental health crisis waiting in emergency departments", "mental health",
            "Adults in a mental health crisis wait more than twelve hours in emergency departments for a bed or a plan, when a crisis café and street triage could meet them earlier.",
            ("Mental health attendances waiting over 12 hours, a month", 96, 40, "attendances"), CrisisToCommunity, 15, 11),
        new("QXV", "GT-0005", "Healthy Homes, Healthy Lives", "Homelessness and health in Severnmouth", "health inequalities",
            "People sleeping rough or in temporary accommodation in Severnmouth die thirty years younger than their neighbours and reach care through emergency departments.",
            ("Emergency attendances by people with no fixed abode, a quarter", 640, 480, "attendances"), HealthyHomes, 8, 16),
        new("QXV", "GT-0006", "Dementia-friendly Hollowmere", "Dementia diagnosis and post-diagnostic support", "frailty",
            "Two in five people living with dementia in Hollowmere have no diagnosis, and those who do wait months for support after it.",
            ("Dementia diagnosis rate, people aged 65 and over", 55.8, 66.7, "%"), DementiaFriendly, 2, 15),
        new("QKS", "GT-0007", "Coastal frailty network", "Frailty in coastal towns", "frailty",
            "Older people in Thanet and Folkestone live with more frailty and less support than inland Kent, and their crises reach hospital first.",
            ("Emergency admissions with a frailty score of 6 or more, a month", 288, 240, "admissions"), ["0", "1", "2", "3", "4", "5", "6", "9"], 36, 10),
        new("QKS", "GT-0008", "Medway young minds", "Children and young people's mental health in Medway", "children and young people's mental health",
            "Young people in Medway in crisis reach the emergency department because community support is hard to find out of hours.",
            ("Under-18 mental health attendances at A&E, a month", 74, 50, "attendances"), ["5", "7", "10", "11", "0"], 27, 13),
        new("QKS", "GT-0009", "Thanet discharge to assess", "Delayed discharges of frail older people", "frailty",
            "Frail older people wait in acute beds in Margate for care at home or a community bed, losing strength every day they wait.",
            ("Patients with no criteria to reside, daily average", 112, 80, "patients"), ["0", "2", "4", "6", "7", "8", "9", "11"], 12, 17),
        new("QOP", "GT-0010", "Ageing well in Wigan", "Loneliness and decline in later life", "healthy ageing",
            "Older people in Wigan's most deprived neighbourhoods lose independence early, and loneliness leads the way.",
            ("People aged 65 and over still at home 91 days after discharge into reablement", 78.5, 85, "%"), ["0", "1", "2", "3", "4", "8", "9", "10"], 33, 12),
        new("QOP", "GT-0011", "Stockport falls prevention", "Falls at home among older people", "falls prevention",
            "Falls among older people living alone in Stockport lead to long waits for an ambulance and admissions that could be prevented.",
            ("Emergency admissions for falls, people aged 65 and over, a month", 121, 95, "admissions"), ["4", "5", "6", "1", "3", "9", "10"], 19, 10),
        new("QOP", "GT-0012", "Salford housing first health", "Homelessness and health in Salford", "homelessness and health",
            "People leaving hospital in Salford with no home return within weeks; health and housing plan apart.",
            ("Readmissions within 30 days of people with no fixed abode", 38, 38, "readmissions"), ["7", "3", "5", "6", "2", "9", "1", "11"], 5, 15,
            Flaw.TimeNotConfirmed),
        new("QKS", "GT-0013", "Sheppey smokefree pregnancies", "Smoking in pregnancy on the Isle of Sheppey", "coastal health inequalities",
            "One in five women on Sheppey smokes at the time of delivery, twice the England rate.",
            ("Smoking at time of delivery", 19.6, 12, "%"), ["2", "3", "5", "8", "11", "1"], 20, 11, Withdrawn: true),
    ];

    /// <summary>The open round so far: two teams have submitted, and the demo system's team is still writing.</summary>
    private static readonly TeamSpec[] OpenRoundTeams =
    [
        new("QKS", "GT-0001", "Margate street health", "Health of people sleeping rough in Margate", "homelessness and health",
            "People sleeping rough in Margate have no registered GP and meet the NHS only in crisis.",
            ("People sleeping rough registered with a GP", 22, 60, "%"), ["10", "4", "1", "9", "2", "3", "6", "11"], 12, 10),
        new("QOP", "GT-0002", "Bolton young people's crisis support", "Young people in mental health crisis", "children and young people's mental health",
            "Young people in crisis in Bolton wait in the emergency department overnight for an assessment.",
            ("Under-18s waiting over 12 hours in A&E for mental health care, a month", 31, 10, "young people"), ["11", "2", "8", "1", "10", "9"], 4, 14),
        new("QXV", "GT-0003", "Young carers' voices", "Young carers missing out on school and support", "children and young people",
            "Children caring for a parent or sibling miss school and are seen late by services.",
            ("Young carers known to services", 310, 600, "young carers"), YoungCarers, null, 9),
    ];
}
