namespace GoldenThread.Network;

public static partial class DemoNetwork
{
    private const string SystemName = "NHS Severn Vale Integrated Care Board";

    private static readonly string[] PriorityAreas =
        ["mental health", "care homes", "frailty", "children and young people", "health inequalities"];

    private sealed record PlaceSpec(
        string Name, int Population, string Tier, string BoardRights, string[] BoardSeats, string[] WellbeingSeats);

    private sealed record NeighbourhoodSpec(int Place, string Name, int Population);

    private sealed record OrgSpec(string Key, string Name, string? Ods, string Sector, int Place, string Setting, string Domain);

    private sealed record WorkforceRow(string Profession, string? Specialty, int Count, string Employers, string? Seniority = null);

    private sealed record BodySpec(
        string Key, string Name, string Kind, string Level, string? Topic, string Rights, string FeedsInto,
        string Cadence, string ActiveFrom, string[] Seats)
    {
        public int Neighbourhood { get; init; }
    }

    private sealed record PostSpec(
        string Title, string Level, int Place, string Professions, int Sessions, string Funder,
        string? Holder, string? Since, bool Advertised);

    // Place 4's board has no district council and no lay member: a gap the representation rules should find.
    private static readonly PlaceSpec[] Places =
    [
        new("Severnmouth", 318_400, "unitary", "decides",
            ["lay-member lay", "member management@housing"], []),
        new("Brackenmoor", 342_700, "two-tier", "recommends",
            ["2x member management@district~local", "lay-member lay"], ["member management@district~local"]),
        new("Hollowmere", 226_300, "unitary", "recommends",
            ["member management@care~local"], []),
        new("Wessmoor", 262_600, "two-tier", "recommends",
            [], ["member management@district~local"]),
    ];

    private static readonly NeighbourhoodSpec[] Neighbourhoods =
    [
        new(1, "Severnmouth Central", 112_300), new(1, "Quayside and Docks", 104_800), new(1, "Northgate and Fenwick", 101_300),
        new(2, "Ashcombe and Wrenbury", 121_900), new(2, "Kestrel Vale", 114_600), new(2, "Brackenmoor Rural", 106_200),
        new(3, "Hollowmere Town", 82_100), new(3, "Mereside", 76_500), new(3, "Willowdene", 67_700),
        new(4, "Cotterford City", 96_400), new(4, "Thornleigh and Marsh", 88_900), new(4, "Wessmoor Hills", 77_300),
    ];

    private static readonly OrgSpec[] Organisations =
    [
        new("icb", SystemName, "QXV", "nhs-commissioner", 0, "commissioning", "severnvale-icb.nhs.example"),
        new("acute", "Severnmouth University Hospitals NHS Foundation Trust", "R9S", "nhs-acute", 1, "acute", "suh.nhs.example"),
        new("acute", "Brackenmoor and Wessmoor Hospitals NHS Trust", "R9B", "nhs-acute", 2, "acute", "bwh.nhs.example"),
        new("community", "Severn Vale Community Health NHS Trust", "R9C", "nhs-community", 0, "community", "svch.nhs.example"),
        new("mh", "Severn Vale Partnership NHS Foundation Trust", "R9P", "nhs-mental-health", 0, "mental-health", "svp.nhs.example"),
        new("ambulance", "Western Vale Ambulance Service NHS Foundation Trust", "R9W", "nhs-ambulance", 0, "ambulance", "wvas.nhs.example"),
        new("federation", "Severnmouth GP Alliance", null, "nhs-primary-care", 1, "primary-care", "severnmouthgp.example"),
        new("gp", "Quayside Medical Centre", "L91012", "nhs-primary-care", 1, "primary-care", "quaysidemc.nhs.example"),
        new("gp", "Harbour View Surgery", "L91027", "nhs-primary-care", 1, "primary-care", "harbourview.nhs.example"),
        new("federation", "Brackenmoor Primary Care Federation", null, "nhs-primary-care", 2, "primary-care", "brackenmoorpcf.example"),
        new("gp", "Moorside Surgery", "L92105", "nhs-primary-care", 2, "primary-care", "moorside.nhs.example"),
        new("gp", "Wrenbury Health Centre", "L92118", "nhs-primary-care", 2, "primary-care", "wrenburyhc.nhs.example"),
        new("federation", "Hollowmere Health Partnership", null, "nhs-primary-care", 3, "primary-care", "hollowmerehp.example"),
        new("gp", "Mereside Medical Practice", "L93203", "nhs-primary-care", 3, "primary-care", "meresidemp.nhs.example"),
        new("gp", "Willow Lane Surgery", "L93219", "nhs-primary-care", 3, "primary-care", "willowlane.nhs.example"),
        new("federation", "Wessmoor GP Federation", null, "nhs-primary-care", 4, "primary-care", "wessmoorgp.example"),
        new("gp", "Market Square Surgery", "L94310", "nhs-primary-care", 4, "primary-care", "marketsquare.nhs.example"),
        new("gp", "Fernleigh Medical Centre", "L94326", "nhs-primary-care", 4, "primary-care", "fernleighmc.nhs.example"),
        new("pharmacy", "Vale Community Pharmacy Group", "FV417", "nhs-primary-care", 0, "primary-care", "valepharmacy.example"),
        new("dental", "Severnmouth Dental Partnership", "V891012", "nhs-primary-care", 1, "primary-care", "severnmouthdental.example"),
        new("optician", "ClearSight Opticians Hollowmere", null, "nhs-primary-care", 3, "primary-care", "clearsight.example"),
        new("unitary", "Severnmouth City Council", null, "local-authority-unitary", 1, "social-care", "severnmouth.gov.example"),
        new("county", "Brackenmoor County Council", null, "local-authority-county", 2, "social-care", "brackenmoor.gov.example"),
        new("district", "Ashcombe District Council", null, "local-authority-district", 2, "housing", "ashcombe.gov.example"),
        new("district", "Kestrel Vale District Council", null, "local-authority-district", 2, "housing", "kestrelvale.gov.example"),
        new("unitary", "Hollowmere Council", null, "local-authority-unitary", 3, "social-care", "hollowmere.gov.example"),
        new("county", "Wessmoor County Council", null, "local-authority-county", 4, "social-care", "wessmoor.gov.example"),
        new("district", "Cotterford City Council", null, "local-authority-district", 4, "housing", "cotterford.gov.example"),
        new("district", "Thornleigh District Council", null, "local-authority-district", 4, "housing", "thornleigh.gov.example"),
        new("ph", "Severn Vale Public Health Partnership", null, "public-health", 0, "public-health", "svphp.gov.example"),
        new("healthwatch", "Healthwatch Severn Vale", null, "voluntary-community", 0, "voluntary-community", "healthwatchsv.example"),
        new("carers", "Vale Carers Alliance", null, "voluntary-community", 0, "voluntary-community", "valecarers.example"),
        new("vcse", "Severnmouth Community Action", null, "voluntary-community", 1, "voluntary-community", "sca.example"),
        new("vcse", "Brackenmoor Rural Community Network", null, "voluntary-community", 2, "voluntary-community", "brcn.example"),
        new("vcse", "Hollowmere Youth Trust", null, "voluntary-community", 3, "voluntary-community", "hollowmereyouth.example"),
        new("hospice", "St Aldwyn's Hospice", null, "voluntary-community", 4, "voluntary-community", "staldwyns.example"),
        new("university", "University of Severn Vale", null, "education", 0, "education", "usv.ac.example"),
        new("college", "Brackenmoor College", null, "education", 2, "education", "brackenmoor.ac.example"),
        new("housing", "Severn Homes Housing Association", null, "housing", 0, "housing", "severnhomes.example"),
        new("care", "Meadowbank Care Group", null, "independent-care-provider", 1, "care-home", "meadowbankcare.example"),
        new("care", "Orchard Lodge Nursing Home", null, "independent-care-provider", 2, "care-home", "orchardlodge.example"),
        new("care", "Vale Home Support", null, "independent-care-provider", 3, "social-care", "valehomesupport.example"),
        new("care", "Kingfisher Court Care Home", null, "independent-care-provider", 4, "care-home", "kingfishercourt.example"),
    ];

    // Employers are org keys; a row's people are spread over them in turn. "none" means no employer.
    private static readonly WorkforceRow[] Workforce =
    [
        new("management", null, 2, "icb", "executive"),
        new("medicine", "general-practice", 1, "icb", "executive"),
        new("nursing", "community-nursing", 1, "icb", "executive"),
        new("ahp", "physiotherapy", 1, "icb", "executive"),
        new("pharmacy", "primary-care-pharmacy", 1, "icb", "senior"),
        new("management", null, 5, "acute|community|mh|ambulance", "executive"),
        new("medicine", "hospital-medicine", 2, "acute", "executive"),
        new("medicine", "psychiatry", 1, "mh", "executive"),
        new("nursing", "hospital-nursing", 2, "acute", "executive"),
        new("nursing", "mental-health-nursing", 1, "mh", "executive"),
        new("nursing", "district-nursing", 1, "community", "executive"),
        new("ahp", "paramedicine", 1, "ambulance", "executive"),
        new("medicine", "general-practice", 4, "federation", "senior"),
        new("medicine", "paediatrics", 1, "acute", "senior"),
        new("medicine", "public-health-medicine", 1, "ph", "senior"),
        new("pharmacy", "hospital-pharmacy", 2, "acute", "senior"),
        new("midwifery", null, 1, "acute", "senior"),
        new("psychology", null, 1, "mh", "senior"),
        new("healthcare-science", null, 1, "acute", "senior"),
        new("public-health", null, 1, "ph", "executive"),
        new("social-work", "adult-social-work", 4, "unitary|county", "executive"),
        new("management", null, 4, "unitary|county", "executive"),
        new("management", null, 4, "district", "senior"),
        new("management", null, 6, "healthwatch|carers|vcse|hospice", "senior"),
        new("management", null, 3, "university|college|housing", "senior"),
        new("management", null, 4, "care", "senior"),
        new("management", null, 6, "icb", "middle"),
        new("management", null, 4, "unitary|county", "middle"),
        new("management", null, 4, "federation", "middle"),
        new("management", null, 4, "acute|community|mh", "middle"),
        new("medicine", "general-practice", 14, "gp|federation"),
        new("medicine", "hospital-medicine", 9, "acute"),
        new("medicine", "psychiatry", 6, "mh"),
        new("medicine", "paediatrics", 4, "acute|community"),
        new("medicine", "public-health-medicine", 1, "unitary|county"),
        new("medicine", "surgery", 5, "acute"),
        new("medicine", "emergency-medicine", 5, "acute"),
        new("nursing", "community-nursing", 8, "community"),
        new("nursing", "hospital-nursing", 14, "acute"),
        new("nursing", "mental-health-nursing", 9, "mh"),
        new("nursing", "learning-disability-nursing", 4, "mh|community|care"),
        new("nursing", "childrens-nursing", 6, "acute|community"),
        new("nursing", "practice-nursing", 8, "gp", "middle"),
        new("nursing", "practice-nursing", 2, "gp"),
        new("nursing", "district-nursing", 9, "community"),
        new("nursing", "community-nursing", 4, "care"),
        new("nursing", null, 1, "university"),
        new("midwifery", null, 7, "acute"),
        new("pharmacy", "community-pharmacy", 5, "pharmacy"),
        new("pharmacy", "hospital-pharmacy", 3, "acute|mh"),
        new("pharmacy", "primary-care-pharmacy", 4, "federation|gp"),
        new("ahp", "paramedicine", 6, "ambulance"),
        new("ahp", "paramedicine", 2, "federation"),
        new("ahp", "physiotherapy", 7, "acute|community"),
        new("ahp", "physiotherapy", 1, "university"),
        new("ahp", "occupational-therapy", 7, "community|acute|unitary|county|mh"),
        new("ahp", "speech-and-language-therapy", 4, "community|acute"),
        new("ahp", "dietetics", 3, "acute|community"),
        new("ahp", "chiropody-podiatry", 3, "community"),
        new("ahp", "diagnostic-radiography", 3, "acute"),
        new("ahp", "therapeutic-radiography", 2, "acute"),
        new("ahp", "operating-department-practice", 2, "acute"),
        new("ahp", "orthoptics", 1, "acute"),
        new("ahp", "osteopathy", 1, "federation"),
        new("ahp", "prosthetics-orthotics", 1, "acute"),
        new("ahp", "art-therapy", 1, "mh"),
        new("ahp", "drama-therapy", 1, "mh"),
        new("ahp", "music-therapy", 1, "hospice"),
        new("social-work", "adult-social-work", 7, "unitary|county"),
        new("social-work", "childrens-social-work", 5, "unitary|county"),
        new("social-work", "mental-health-social-work", 4, "unitary|county|mh"),
        new("public-health", null, 6, "ph|unitary|county"),
        new("dentistry", null, 4, "dental|dental|dental|acute"),
        new("optometry", null, 3, "optician|optician|acute"),
        new("psychology", null, 7, "mh|mh|mh|community|acute|university"),
        new("healthcare-science", null, 4, "acute"),
        new("lay", null, 4, "none"),
        new("lay", null, 3, "healthwatch"),
        new("lay", null, 2, "carers"),
        new("lay", null, 1, "vcse"),
    ];

    // Seats are written in the grammar of Seat.
    // The clinical executive has no pharmacist, the diabetes cabinet no social care and the frailty
    // cabinet no service user: deliberate gaps for the representation rules to find.
    private static readonly BodySpec[] SystemBodies =
    [
        new("icb-board", SystemName, "icb-board", "system", null, "decides", "", "bi-monthly", "2022-07-01",
        [
            "chair management@icb!exec", "vice-chair lay", "member management@icb!exec", "member medicine@icb!exec",
            "member nursing@icb!exec", "2x member management@acute!exec", "member management@mh|community|ambulance!exec",
            "member medicine/general-practice@federation!senior", "member social-work@unitary|county!exec",
            "member public-health@ph!exec", "2x lay-member lay", "secretariat management@icb!staff",
        ]),
        new("icp", "Severn Vale Integrated Care Partnership", "icp", "system", null, "recommends", "", "quarterly", "2022-07-01",
        [
            "chair management@unitary|county!exec", "vice-chair management@icb!exec", "member public-health@ph!exec",
            "2x member social-work@unitary|county!exec", "member management@district!senior",
            "2x member management@healthwatch|carers|vcse|hospice!senior", "member management@housing|university|college",
            "member medicine@icb!exec", "member management@mh|community|ambulance!exec", "lay-member lay",
            "secretariat management@unitary|county!staff",
        ]),
        new("clinical-executive", "Clinical and Care Professional Executive", "clinical-executive", "system", null, "decides",
            "icb-board", "monthly", "2022-07-01",
        [
            "chair medicine@icb!exec", "vice-chair nursing@icb!exec", "2x member medicine/hospital-medicine@acute!exec",
            "member medicine/psychiatry@mh!exec", "2x member nursing/hospital-nursing|mental-health-nursing|district-nursing!exec",
            "member ahp@icb!exec", "member social-work@unitary|county!exec", "member public-health@ph!exec",
            "2x member medicine/general-practice@federation!senior", "member psychology!senior",
            "member midwifery!senior", "secretariat management@icb!staff",
        ]),
        new("clinical-leadership-group", "Clinical and Care Professional Leadership Group", "clinical-leadership-group", "system",
            null, "advisory", "clinical-executive", "monthly", "2022-07-01",
        [
            "chair nursing@icb!exec", "vice-chair ahp@icb!exec", "member pharmacy@icb", "member pharmacy/hospital-pharmacy!senior",
            "member midwifery!senior", "member healthcare-science!senior", "member ahp/paramedicine@ambulance!exec",
            "member ahp/occupational-therapy|speech-and-language-therapy", "member nursing/district-nursing@community!exec",
            "member nursing/learning-disability-nursing", "member social-work/adult-social-work!senior",
            "member psychology!senior", "member dentistry|optometry", "member medicine/general-practice!senior",
            "secretariat management@icb!staff",
        ]),
        new("clinical-senate", "Severn Vale Clinical Senate", "clinical-forum", "system", null, "advisory",
            "clinical-executive", "bi-monthly", "2022-10-01",
        [
            "chair medicine/general-practice@federation!senior",
            "vice-chair medicine/hospital-medicine|surgery|emergency-medicine@acute!senior",
            "member nursing/practice-nursing", "member nursing/hospital-nursing", "member nursing/community-nursing|district-nursing",
            "member ahp/physiotherapy|dietetics|chiropody-podiatry", "member ahp/paramedicine", "member pharmacy/community-pharmacy",
            "member psychology", "member dentistry", "member optometry", "member social-work", "member midwifery",
            "member medicine/psychiatry", "lay-member lay", "secretariat management@icb!staff",
        ]),
        new("diabetes-cabinet", "Diabetes Clinical Cabinet", "clinical-cabinet", "system", "diabetes", "recommends",
            "clinical-executive", "bi-monthly", "2023-01-01",
        [
            "chair medicine/general-practice!senior", "clinical-lead medicine/hospital-medicine@acute!senior",
            "member nursing/practice-nursing", "member nursing/community-nursing", "member ahp/dietetics",
            "member ahp/chiropody-podiatry", "member pharmacy/primary-care-pharmacy", "member optometry",
            "member public-health", "service-user lay", "secretariat management@icb!staff",
        ]),
        new("frailty-cabinet", "Frailty Clinical Cabinet", "clinical-cabinet", "system", "frailty", "recommends",
            "clinical-executive", "bi-monthly", "2023-04-01",
        [
            "chair medicine/hospital-medicine@acute!senior", "vice-chair nursing/district-nursing!mid",
            "clinical-lead medicine/general-practice!mid", "member ahp/physiotherapy", "member ahp/occupational-therapy",
            "member ahp/paramedicine@ambulance", "member pharmacy/community-pharmacy", "member social-work/adult-social-work",
            "member nursing@care", "member ahp/dietetics", "secretariat management@icb!staff",
        ]),
        new("care-homes-cabinet", "Care Homes Clinical Cabinet", "clinical-cabinet", "system", "care homes", "recommends",
            "clinical-executive", "bi-monthly", "2023-09-01",
        [
            "chair nursing/community-nursing|district-nursing@community!senior", "clinical-lead medicine/general-practice!mid",
            "2x member nursing@care", "member management@care", "member social-work/adult-social-work",
            "member ahp/speech-and-language-therapy", "member pharmacy/primary-care-pharmacy", "member ahp/paramedicine",
            "carer lay@carers", "secretariat management@icb!staff",
        ]),
        new("cvd-cabinet", "Cardiovascular Disease Clinical Cabinet", "clinical-cabinet", "system", "cardiovascular disease",
            "recommends", "clinical-executive", "bi-monthly", "2024-01-01",
        [
            "chair medicine/hospital-medicine@acute!senior", "vice-chair nursing/practice-nursing!mid",
            "clinical-lead medicine/general-practice!mid", "member healthcare-science", "member ahp/physiotherapy",
            "member ahp/dietetics|diagnostic-radiography", "member pharmacy/hospital-pharmacy|primary-care-pharmacy",
            "member public-health", "service-user lay", "secretariat management@icb!staff",
        ]),
        new("mental-health-network", "Mental Health, Learning Disability and Autism Network Board", "network-board", "system",
            "mental health", "recommends", "clinical-executive", "monthly", "2022-10-01",
        [
            "chair medicine/psychiatry@mh!exec", "vice-chair nursing/mental-health-nursing!senior", "2x member psychology@mh",
            "member social-work/mental-health-social-work", "member ahp/art-therapy|drama-therapy|music-therapy",
            "member ahp/occupational-therapy", "member nursing/learning-disability-nursing",
            "member medicine/general-practice", "member management@mh!exec", "member management@vcse|carers!senior",
            // The carers' centre sends a lay member, not a carer: the lived-experience gap the rules should find.
            "service-user lay", "lay-member lay@carers", "secretariat management@mh|icb!staff",
        ]),
        new("clinical-reference-group", "Clinical Reference Group", "clinical-reference-group", "system", null, "advisory",
            "icb-board", "monthly", "2023-04-01",
        [
            "chair medicine/public-health-medicine!senior", "vice-chair medicine/general-practice!mid",
            "member medicine/hospital-medicine|surgery", "member pharmacy/hospital-pharmacy!senior", "member nursing!senior",
            "member healthcare-science", "member public-health", "member management@icb!exec", "lay-member lay",
            "secretariat management@icb!staff",
        ]),
        new("cyp-board", "Children and Young People's Board", "cyp-board", "system", "children and young people",
            "recommends", "icb-board", "monthly", "2022-10-01",
        [
            "chair medicine/paediatrics!senior", "vice-chair nursing/childrens-nursing!mid",
            "2x member social-work/childrens-social-work", "member ahp/speech-and-language-therapy", "member midwifery",
            "member psychology", "member public-health", "member management@college|university", "member management@vcse",
            "carer lay@carers", "secretariat management@icb!staff",
        ]),
        new("workforce", "Workforce and Education Workstream", "enabling-workstream", "system", "workforce", "recommends",
            "icb-board", "quarterly", "2023-01-01",
        [
            "chair management@icb!exec", "vice-chair nursing@acute!exec", "member management@university|college!senior",
            "member ahp@university", "member nursing@university", "member medicine!senior", "member pharmacy",
            "member social-work", "member management@care", "member management@vcse|hospice",
            "secretariat management@icb!staff",
        ]),
    ];

    private static BodySpec PlaceBoard(int place) =>
        new($"place-board-{place}", $"{Places[place - 1].Name} Place Partnership Board", "place-board", "place", null,
            Places[place - 1].BoardRights, "icb-board", "monthly", "2022-07-01",
        [
            "chair management@unitary|county!exec~local", "vice-chair medicine/general-practice@federation!senior~local",
            "member management@acute|community!exec", "member nursing@community~place",
            "member social-work@unitary|county!senior~local", "member public-health@ph|unitary|county",
            "member management@healthwatch|carers|vcse|hospice~place", "member pharmacy/community-pharmacy",
            "member ahp~place", "secretariat management@icb|unitary|county!staff~place", .. Places[place - 1].BoardSeats,
        ]);

    private static BodySpec WellbeingBoard(int place) =>
        new($"hwb-{place}", $"{Places[place - 1].Name} Health and Wellbeing Board", "health-wellbeing-board", "place", null,
            "endorses", "icp", "quarterly", "2013-04-01",
        [
            "chair management@unitary|county!exec~local", "vice-chair medicine/general-practice@federation!senior~local",
            "member public-health@ph!exec", "member social-work/adult-social-work@unitary|county!exec~local",
            "member social-work/childrens-social-work@unitary|county~local", "member management@healthwatch",
            "member management@vcse|hospice|carers~place", "member management@icb~place",
            "secretariat management@unitary|county!staff~local", .. Places[place - 1].WellbeingSeats,
        ]);

    private static readonly string[] NeighbourhoodSeats =
    [
        "chair medicine/general-practice@gp|federation!mid~local", "member nursing/practice-nursing@gp~local",
        "member nursing/district-nursing", "member pharmacy/primary-care-pharmacy|community-pharmacy~place",
        "member social-work/adult-social-work~place", "member ahp/paramedicine|physiotherapy|osteopathy~place",
        "secretariat management@federation~local",
    ];

    private static readonly BodySpec[] NeighbourhoodBodies =
    [
        new("neighbourhood-1", "Severnmouth Central Neighbourhood Collaborative", "collaborative", "neighbourhood", null,
            "recommends", "place-board-1", "monthly", "2023-04-01",
            [.. NeighbourhoodSeats, "service-user lay~place", "member management@vcse|healthwatch~place"]) { Neighbourhood = 1 },
        new("neighbourhood-5", "Kestrel Vale PCN Board", "collaborative", "neighbourhood", null,
            "recommends", "place-board-2", "monthly", "2023-07-01",
            [.. NeighbourhoodSeats, "vice-chair nursing/practice-nursing@gp!mid~local"]) { Neighbourhood = 5 },
        new("neighbourhood-8", "Mereside Neighbourhood Advisory Group", "advisory-group", "neighbourhood", null,
            "advisory", "place-board-3", "bi-monthly", "2024-01-01",
            [.. NeighbourhoodSeats, "member management@vcse~place", "service-user lay~place"]) { Neighbourhood = 8 },
        new("neighbourhood-11", "Thornleigh and Marsh Neighbourhood Advisory Group", "advisory-group", "neighbourhood", null,
            "undeclared", "place-board-4", "bi-monthly", "2024-04-01",
            [.. NeighbourhoodSeats]) { Neighbourhood = 11 },
    ];

    // A holder "=body/role" is whoever now holds that seat; otherwise it is a seat description; null is vacant.
    private static readonly PostSpec[] Posts =
    [
        new("ICB medical director", "system", 0, "medicine", 10, "icb", "=clinical-executive/chair", null, true),
        new("ICB director of nursing", "system", 0, "nursing", 10, "icb", "=clinical-executive/vice-chair", null, true),
        new("Chief AHP officer", "system", 0, "ahp", 8, "icb", "ahp@icb!exec", "2022-10-01", true),
        new("ICB chief pharmacist", "system", 0, "pharmacy", 6, "icb", "pharmacy@icb", "2023-01-01", false),
        new("Director of public health", "system", 0, "public-health medicine", 10, "ph", "public-health@ph!exec", "2020-04-01", true),
        new("Clinical senate chair", "system", 0, "medicine nursing ahp pharmacy", 2, "icb", "=clinical-senate/chair", null, true),
        new("Clinical lead for diabetes", "system", 0, "medicine nursing", 2, "icb", "=diabetes-cabinet/clinical-lead", null, true),
        new("Clinical lead for frailty", "system", 0, "medicine nursing ahp", 2, "icb", "=frailty-cabinet/clinical-lead", null, false),
        new("Clinical lead for care homes", "system", 0, "medicine nursing", 2, "icb", "=care-homes-cabinet/clinical-lead", null, true),
        new("Clinical lead for cardiovascular disease", "system", 0, "medicine nursing pharmacy", 2, "icb", "=cvd-cabinet/clinical-lead", null, false),
        new("Clinical lead for learning disability and autism", "system", 0, "nursing medicine psychology", 2, "icb", null, null, true),
        new("Mental health clinical lead", "system", 0, "medicine nursing psychology", 4, "mh", "=mental-health-network/chair", null, false),
        new("Children and young people clinical lead", "system", 0, "medicine nursing", 3, "icb", "=cyp-board/chair", null, true),
        new("Chief clinical information officer", "system", 0, "medicine nursing ahp pharmacy", 4, "icb", null, null, true),
        new("Principal social worker – Severnmouth", "place", 1, "social-work", 10, "unitary", "social-work@unitary!mid~local", "2021-09-01", false),
        new("Place clinical director – Severnmouth", "place", 1, "medicine nursing ahp pharmacy", 4, "icb", "=place-board-1/vice-chair", null, true),
        new("Place clinical director – Brackenmoor", "place", 2, "medicine nursing ahp pharmacy", 4, "icb", "=place-board-2/vice-chair", null, true),
        new("Place clinical director – Hollowmere", "place", 3, "medicine nursing ahp pharmacy", 4, "icb", "=place-board-3/vice-chair", null, false),
        new("Place clinical director – Wessmoor", "place", 4, "medicine nursing ahp pharmacy", 4, "icb", "=place-board-4/vice-chair", null, true),
        new("Primary care clinical lead – Severnmouth Central", "neighbourhood", 1, "medicine nursing pharmacy", 2, "federation", "=neighbourhood-1/chair", null, false),
        new("Primary care clinical lead – Kestrel Vale", "neighbourhood", 2, "medicine nursing pharmacy", 2, "federation", "=neighbourhood-5/chair", null, true),
        new("Primary care clinical lead – Wessmoor Hills", "neighbourhood", 4, "medicine nursing pharmacy", 1, "federation", null, null, true),
    ];
}
