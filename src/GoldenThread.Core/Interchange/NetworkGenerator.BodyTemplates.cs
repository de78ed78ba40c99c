using System.Globalization;
using GoldenThread.Network;

namespace GoldenThread.Interchange;

public static partial class NetworkGenerator
{
    /// <summary>
    /// A kind of body as a system sets it up. The name may hold {icb}, {short}, {region}, {place}, {neighbourhood}
    /// and {topic}. FeedsInto lists "scope:key" references separated by spaces, '|' between alternatives taken in
    /// order; scope is region, system or place (the body's own place). Seats are in the grammar of <see cref="Seat"/>.
    /// Bodies start at ActiveFrom or up to SpreadMonths later.
    /// </summary>
    private sealed record BodyTemplate(
        string Key, string Kind, string Name, string Rights, string? Topic, string Cadence, string ActiveFrom,
        string FeedsInto, string[] Seats)
    {
        public int SpreadMonths { get; init; }
        public DateOnly? ActiveTo { get; init; }
        public DateOnly From { get; } = DateOnly.ParseExact(ActiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        public Seat[] ParsedSeats { get; } = [.. Seats.Select(Seat.Parse)];
    }

    /// <summary>A clinical priority a cabinet can take on, with the seats it adds to a cabinet's core.</summary>
    private sealed record CabinetTopic(string Topic, string Title, string[] Seats);

    private const string Secretariat = "secretariat management@icb!staff";

    // The regional bodies appear in every system's file with that system's people on them; their chairs come
    // from elsewhere in the region, so no chair seat is filled here.
    private static readonly BodyTemplate[] RegionBodies =
    [
        new("senate", "clinical-forum", "{region} Clinical Senate", "advisory", null, "quarterly", "2013-04-01", "",
            ["member medicine!senior", "member nursing!senior", "member ahp!senior", "member pharmacy|psychology|healthcare-science!senior",
             "member social-work!senior", "lay-member lay"]),
        new("specialised", "collaborative", "{region} Specialised Services Collaborative", "decides", null, "monthly", "2024-04-01", "",
            ["member management@icb!exec", "member management@acute!exec", "member medicine@acute|icb!senior"]),
        new("cancer-alliance", "network-board", "{region} Cancer Alliance Board", "recommends", "cancer", "bi-monthly", "2016-04-01",
            "region:specialised",
            ["member medicine/hospital-medicine|surgery@acute!senior", "member nursing/hospital-nursing@acute!senior",
             "member ahp/therapeutic-radiography|diagnostic-radiography", "member medicine/general-practice!senior", "service-user lay"]),
        new("critical-care", "network-board", "{region} Adult Critical Care Operational Delivery Network", "advisory", "critical care",
            "quarterly", "2013-04-01", "region:specialised",
            ["member medicine/hospital-medicine|emergency-medicine@acute!senior", "member nursing/hospital-nursing@acute",
             "member ahp/physiotherapy@acute", "member pharmacy/hospital-pharmacy"]),
        new("crg", "clinical-reference-group", "{region} Specialised Commissioning Clinical Reference Group", "advisory", null,
            "quarterly", "2019-04-01", "region:specialised",
            ["member medicine!senior", "member nursing!senior", "member healthcare-science", "member public-health!senior", "lay-member lay"]),
        new("ahp-council", "advisory-group", "{region} Allied Health Professions Council", "advisory", null, "quarterly", "2018-04-01",
            "region:senate", ["member ahp@icb!exec", "2x member ahp!senior", "member ahp/paramedicine@ambulance!senior"]),
        new("workforce", "enabling-workstream", "{region} Workforce, Training and Education", "endorses", "workforce", "quarterly",
            "2023-04-01", "", ["member management@icb!senior", "member management@university|college!senior", "member nursing@university", "member medicine!senior"]),
        new("fellows", "learning-set", "{region} Clinical Leadership Fellows Learning Set", "advisory", null, "monthly", "2025-01-01",
            "region:workforce",
            ["member medicine!mid", "member nursing!mid", "member ahp!mid", "member pharmacy|social-work|psychology!mid",
             "member midwifery|healthcare-science!mid"]),
    ];

    private static readonly BodyTemplate[] SystemBodies =
    [
        new("icb-board", "icb-board", "{icb}", "decides", null, "bi-monthly", "2022-07-01", "",
            ["chair management@icb!exec", "vice-chair lay", "member management@icb!exec", "member medicine@icb!exec", "member nursing@icb!exec",
             "2x member management@acute!exec", "member management@mh|community|ambulance!exec", "member medicine/general-practice@federation|gp!senior",
             "member social-work@unitary|county!exec", "member public-health@ph|unitary|county!exec", "2x lay-member lay",
             "observer management@healthwatch!senior", Secretariat]),
        new("icp", "icp", "{short} Integrated Care Partnership", "recommends", null, "quarterly", "2022-07-01", "",
            ["chair management@unitary|county!exec", "vice-chair management@icb!exec", "member public-health!exec",
             "2x member social-work@unitary|county!exec", "member management@district!senior", "2x member management@healthwatch|carers|vcse|hospice!senior",
             "member management@housing|university|college", "member management@police|fire|leisure", "member medicine@icb!exec",
             "member management@mh|community|ambulance!exec", "lay-member lay", "secretariat management@unitary|county!staff"]),
        new("clinical-executive", "clinical-executive", "Clinical and Care Professional Executive", "decides", null, "monthly", "2022-07-01",
            "system:icb-board",
            ["chair medicine@icb!exec", "vice-chair nursing@icb!exec", "2x member medicine/hospital-medicine@acute!exec",
             "member medicine/psychiatry@mh!exec", "2x member nursing/hospital-nursing|mental-health-nursing|district-nursing!exec",
             "member ahp@icb!exec", "member pharmacy@icb", "member social-work@unitary|county!exec", "member public-health!exec",
             "2x member medicine/general-practice!senior", "member psychology!senior", "member midwifery!senior", Secretariat]),
        new("clinical-leadership-group", "clinical-leadership-group", "Clinical and Care Professional Leadership Group", "advisory", null,
            "monthly", "2022-07-01", "system:clinical-executive",
            ["chair nursing@icb!exec", "vice-chair ahp@icb!exec", "member pharmacy!senior", "member midwifery!senior",
             "member healthcare-science!senior", "member ahp/paramedicine@ambulance!exec",
             "member ahp/occupational-therapy|speech-and-language-therapy|dietetics", "member nursing/district-nursing@community!exec",
             "member nursing/learning-disability-nursing", "member social-work/adult-social-work!senior", "member psychology!senior",
             "member dentistry|optometry", "member medicine/general-practice!senior", Secretariat]),
        new("clinical-senate", "clinical-forum", "{short} Clinical and Care Forum", "advisory", null, "bi-monthly", "2022-10-01",
            "system:clinical-executive region:senate",
            ["chair medicine/general-practice!senior", "vice-chair medicine/hospital-medicine|surgery|emergency-medicine@acute!senior",
             "member nursing/practice-nursing", "member nursing/hospital-nursing", "member nursing/community-nursing|district-nursing",
             "member ahp/physiotherapy|dietetics|chiropody-podiatry", "member ahp/paramedicine", "member pharmacy/community-pharmacy",
             "member psychology", "member dentistry", "member optometry", "member social-work", "member midwifery",
             "member medicine/psychiatry", "lay-member lay", Secretariat]),
        new("clinical-reference-group", "clinical-reference-group", "Clinical Reference Group", "advisory", null, "monthly", "2023-04-01",
            "system:icb-board",
            ["chair medicine/public-health-medicine!senior", "vice-chair medicine/general-practice!mid", "member medicine/hospital-medicine|surgery",
             "member pharmacy/hospital-pharmacy!senior", "member nursing!senior", "member healthcare-science", "member public-health",
             "member management@icb!exec", "lay-member lay", Secretariat]),
        new("mental-health-network", "network-board", "Mental Health, Learning Disability and Autism Network Board", "recommends",
            "mental health", "monthly", "2022-10-01", "system:clinical-executive",
            ["chair medicine/psychiatry@mh!exec", "vice-chair nursing/mental-health-nursing!senior", "2x member psychology@mh",
             "member social-work/mental-health-social-work", "member ahp/art-therapy|drama-therapy|music-therapy", "member ahp/occupational-therapy",
             "member nursing/learning-disability-nursing", "member medicine/general-practice", "member management@mh!exec",
             "member management@vcse|carers!senior", "service-user lay", "carer lay@carers|none", "secretariat management@mh|icb!staff"]),
        new("acute-collaborative", "collaborative", "{short} Acute Provider Collaborative", "decides", null, "monthly", "2023-04-01",
            "system:icb-board",
            ["chair management@acute!exec", "vice-chair medicine/hospital-medicine@acute!exec", "2x member management@acute!exec",
             "member nursing/hospital-nursing@acute!exec", "member medicine/surgery|emergency-medicine@acute!senior",
             "member ahp/diagnostic-radiography|operating-department-practice@acute", "member pharmacy/hospital-pharmacy@acute",
             "member healthcare-science@acute", "secretariat management@acute!staff"]),
        new("mh-collaborative", "collaborative", "{short} Mental Health Provider Collaborative", "decides", null, "monthly", "2023-04-01",
            "system:icb-board",
            ["chair management@mh!exec", "vice-chair medicine/psychiatry@mh!senior", "member nursing/mental-health-nursing@mh!senior",
             "member psychology@mh!senior", "member social-work/mental-health-social-work", "member management@vcse|carers",
             "member management@care|homecare", "service-user lay", "secretariat management@mh!staff"]),
        new("people-and-communities", "advisory-group", "People and Communities Advisory Group", "advisory", null, "bi-monthly",
            "2022-10-01", "system:icb-board system:icp",
            ["chair lay", "vice-chair management@healthwatch!senior", "2x lay-member lay", "service-user lay", "carer lay@carers|none",
             "member management@vcse", "member nursing!senior", "member public-health", Secretariat]),
        new("cyp-board", "cyp-board", "Children and Young People's Board", "recommends", "children and young people", "monthly",
            "2022-10-01", "system:icb-board",
            ["chair medicine/paediatrics!senior", "vice-chair nursing/childrens-nursing!mid", "2x member social-work/childrens-social-work",
             "member ahp/speech-and-language-therapy", "member midwifery", "member psychology", "member public-health",
             "member management@college|university", "member management@vcse", "carer lay", Secretariat]),
    ];

    private static readonly BodyTemplate[] Workstreams =
    [
        new("workforce", "enabling-workstream", "Workforce and Education Workstream", "recommends", "workforce", "quarterly", "2023-01-01",
            "system:icb-board",
            ["chair management@icb!exec", "vice-chair nursing@acute!exec", "member management@university|college!senior", "member ahp@university",
             "member nursing@university", "member medicine!senior", "member pharmacy", "member social-work", "member management@care|homecare",
             "member management@vcse|hospice", Secretariat]),
        new("digital", "enabling-workstream", "Digital and Data Workstream", "endorses", "digital", "bi-monthly", "2023-04-01",
            "system:icb-board",
            ["chair management@icb!exec", "vice-chair medicine!senior", "member nursing!senior", "member ahp", "member pharmacy",
             "member healthcare-science", "member management@acute|community|mh", "member management@unitary|county", "lay-member lay", Secretariat]),
        new("population-health", "enabling-workstream", "Population Health and Inequalities Workstream", "recommends", "health inequalities",
            "bi-monthly", "2023-01-01", "system:icb-board",
            ["chair public-health!exec", "vice-chair medicine/public-health-medicine|general-practice!senior", "member public-health",
             "member management@vcse|healthwatch", "member management@housing|district", "member nursing/community-nursing|district-nursing",
             "member social-work", "member management@icb", "lay-member lay", Secretariat]),
        new("estates", "enabling-workstream", "Estates and Infrastructure Workstream", "endorses", "estates", "quarterly", "2023-07-01",
            "system:icb-board",
            ["chair management@icb!exec", "member management@acute|community|mh!senior", "member management@unitary|county|district",
             "member medicine/general-practice", "member management@federation", "member management@fire|police|leisure", Secretariat]),
    ];

    private static readonly string[] PanSectorTeam =
    [
        "chair management@icb!senior", "member medicine!mid", "member nursing!mid", "member ahp!mid", "member social-work!mid",
        "member pharmacy|psychology|public-health!mid", "member management@vcse|housing|care|homecare", "service-user lay",
    ];

    // Pan-sector teams on a wicked issue run a year at a time; the 2024 cohort has finished.
    private static readonly BodyTemplate[] LearningSets =
    [
        new("learning-set-2024", "learning-set", "Pan-sector Leadership Team 2024: {topic}", "advisory", null, "monthly", "2024-09-01",
            "system:clinical-leadership-group", PanSectorTeam) { ActiveTo = new DateOnly(2025, 8, 31) },
        new("learning-set-2025", "learning-set", "Pan-sector Leadership Team 2025: {topic}", "undeclared", null, "monthly", "2025-09-01",
            "system:clinical-leadership-group", PanSectorTeam),
    ];

    private static readonly CabinetTopic[] CabinetTopics =
    [
        new("diabetes", "Diabetes", ["member nursing/practice-nursing", "member ahp/dietetics", "member ahp/chiropody-podiatry",
            "member pharmacy/primary-care-pharmacy", "member optometry", "service-user lay"]),
        new("frailty", "Frailty", ["member ahp/physiotherapy", "member ahp/occupational-therapy", "member ahp/paramedicine@ambulance",
            "member pharmacy/community-pharmacy", "member social-work/adult-social-work", "member nursing@care|homecare", "carer lay"]),
        new("care homes", "Care Homes", ["2x member nursing@care", "member management@care|homecare", "member social-work/adult-social-work",
            "member ahp/speech-and-language-therapy", "member pharmacy/primary-care-pharmacy", "carer lay@carers|none"]),
        new("cardiovascular disease", "Cardiovascular Disease", ["member healthcare-science", "member ahp/physiotherapy",
            "member ahp/dietetics|diagnostic-radiography", "member pharmacy/hospital-pharmacy|primary-care-pharmacy", "member public-health", "service-user lay"]),
        new("respiratory", "Respiratory", ["member ahp/physiotherapy", "member nursing/practice-nursing|community-nursing",
            "member pharmacy/community-pharmacy|primary-care-pharmacy", "member healthcare-science", "service-user lay"]),
        new("cancer", "Cancer", ["member ahp/therapeutic-radiography", "member ahp/diagnostic-radiography", "member medicine/surgery",
            "member nursing/hospital-nursing", "member psychology", "member management@hospice", "service-user lay"]),
        new("end of life care", "End of Life Care", ["member nursing/district-nursing", "member management@hospice",
            "member ahp/music-therapy|occupational-therapy", "member social-work/adult-social-work", "member pharmacy/community-pharmacy", "carer lay"]),
        new("maternity", "Maternity", ["2x member midwifery", "member medicine/paediatrics", "member nursing/childrens-nursing", "member psychology",
            "service-user lay"]),
        new("stroke", "Stroke", ["member ahp/speech-and-language-therapy", "member ahp/occupational-therapy", "member ahp/physiotherapy",
            "member ahp/diagnostic-radiography", "member medicine/emergency-medicine", "service-user lay"]),
        new("urgent and emergency care", "Urgent and Emergency Care", ["member medicine/emergency-medicine", "member ahp/paramedicine@ambulance",
            "member nursing/hospital-nursing", "member management@ambulance!senior", "member pharmacy/community-pharmacy", "service-user lay"]),
        new("musculoskeletal", "Musculoskeletal", ["2x member ahp/physiotherapy", "member ahp/osteopathy", "member ahp/operating-department-practice",
            "member ahp/prosthetics-orthotics", "member ahp/chiropody-podiatry", "member medicine/surgery"]),
        new("dementia", "Dementia", ["member medicine/psychiatry", "member nursing/mental-health-nursing", "member ahp/occupational-therapy",
            "member social-work/adult-social-work", "member psychology", "carer lay"]),
        new("learning disability and autism", "Learning Disability and Autism", ["member nursing/learning-disability-nursing", "member psychology",
            "member ahp/speech-and-language-therapy", "member ahp/art-therapy|drama-therapy", "member social-work", "carer lay"]),
        new("eye health", "Eye Health", ["2x member optometry", "member ahp/orthoptics", "member medicine/hospital-medicine|surgery",
            "member nursing/hospital-nursing", "service-user lay"]),
    ];

    private static readonly string[] CabinetCore = ["chair medicine|nursing!senior", "clinical-lead medicine|nursing|ahp|pharmacy!mid"];

    private static readonly BodyTemplate[] SystemCabinets =
    [
        .. CabinetTopics.Select(t => new BodyTemplate($"cabinet-{t.Topic}", "clinical-cabinet", $"{t.Title} Clinical Cabinet", "recommends",
            t.Topic, "bi-monthly", "2022-10-01", t.Topic == "cancer" ? "system:clinical-executive region:cancer-alliance" : "system:clinical-executive",
            [.. CabinetCore, .. t.Seats, Secretariat]) { SpreadMonths = 18 }),
    ];

    // A place's cabinet draws on the people who work there or across the system.
    private static readonly BodyTemplate[] PlaceCabinets =
    [
        .. CabinetTopics.Select(t => new BodyTemplate("cabinet", "clinical-cabinet", $"{{place}} {t.Title} Cabinet", "recommends", t.Topic,
            "bi-monthly", "2023-04-01", "place:place-board", [.. CabinetCore.Concat(t.Seats).Select(s => s + "~place"), Secretariat + "~place"])
            { SpreadMonths = 18 }),
    ];

    private static BodyTemplate PlaceBoard(string council) =>
        new("place-board", "place-board", "{place} Place Partnership Board", "decides", null, "monthly", "2022-07-01", "system:icb-board",
            [$"chair management@{council}!exec~local", "vice-chair medicine/general-practice@federation|gp!senior~local",
             "member management@acute|community!exec", "member nursing@community~place", $"member social-work@{council}!senior~local",
             $"member public-health@ph|{council}", "member management@healthwatch|carers|vcse|hospice~place",
             "member pharmacy/community-pharmacy~place", "member ahp~place", "lay-member lay", $"secretariat management@icb|{council}!staff~place",
             .. council == "county" ? (string[])["2x member management@district~local"] : []]);

    private static readonly BodyTemplate UnitaryPlaceBoard = PlaceBoard("unitary");
    private static readonly BodyTemplate TwoTierPlaceBoard = PlaceBoard("county");

    private static readonly BodyTemplate[] PlaceBodies =
    [
        new("hwb", "health-wellbeing-board", "{place} Health and Wellbeing Board", "endorses", null, "quarterly", "2013-04-01", "system:icp",
            ["chair management@unitary|county!exec~local", "vice-chair medicine/general-practice@federation|gp!senior~local",
             "member public-health!exec~place", "member social-work/adult-social-work@unitary|county!exec~local",
             "member social-work/childrens-social-work@unitary|county~local", "member management@healthwatch~local",
             "member management@vcse|hospice|carers~place", "member management@icb~place", "member management@district|housing|police~place",
             "secretariat management@unitary|county!staff~local"]),
        new("clinical-forum", "clinical-forum", "{place} Clinical and Care Professional Forum", "advisory", null, "bi-monthly", "2023-01-01",
            "place:place-board system:clinical-senate",
            ["chair medicine/general-practice!mid~local", "vice-chair nursing!mid~place", "member nursing/practice-nursing~local",
             "member nursing/district-nursing|community-nursing~place", "2x member ahp~place", "member pharmacy~place", "member social-work~local",
             "member medicine/hospital-medicine|emergency-medicine|paediatrics~place", "member psychology|healthcare-science~place",
             "secretariat management@federation|icb!staff~place"]) { SpreadMonths = 12 },
    ];

    // Each place has some of these, and every kind is somewhere in the system.
    private static readonly BodyTemplate[] OptionalPlaceBodies =
    [
        new("clinical-leadership-group", "clinical-leadership-group", "{place} Clinical and Care Professional Leadership Group", "advisory", null,
            "monthly", "2022-10-01", "place:place-board system:clinical-leadership-group",
            ["chair medicine|nursing!senior~place", "vice-chair ahp|pharmacy!mid~place", "member nursing!senior~place", "member ahp!senior~place",
             "member social-work!senior~local", "member pharmacy~place", "member public-health~place", "member midwifery|psychology~place",
             "secretariat management@icb!staff~place"]) { SpreadMonths = 12 },
        PlaceCabinets[0], // stands for whichever topic the place takes up
        new("collaborative", "collaborative", "{place} Community Services Collaborative", "decides", null, "monthly", "2023-04-01", "place:place-board",
            ["chair management@community!exec", "vice-chair nursing/district-nursing|community-nursing@community!senior",
             "member medicine/general-practice@federation|gp~local", "member ahp/physiotherapy|occupational-therapy~place",
             "member social-work/adult-social-work@unitary|county~local", "member management@care|homecare~local",
             "member management@hospice|vcse~place", "member pharmacy/community-pharmacy~place", "secretariat management@community!staff"])
            { SpreadMonths = 12 },
        new("advisory-group", "advisory-group", "{place} People and Communities Advisory Group", "advisory", null, "bi-monthly", "2023-01-01",
            "place:place-board",
            ["chair lay", "2x lay-member lay", "service-user lay", "carer lay", "member management@healthwatch~local", "member management@vcse~local",
             "member nursing~place", "secretariat management@icb|unitary|county!staff~place"]) { SpreadMonths = 12 },
        new("cyp-board", "cyp-board", "{place} Children and Young People's Partnership", "recommends", "children and young people", "bi-monthly",
            "2023-01-01", "place:place-board system:cyp-board",
            ["chair social-work/childrens-social-work@unitary|county!exec~local", "vice-chair medicine/paediatrics!senior~place",
             "member nursing/childrens-nursing~place", "member midwifery~place", "member ahp/speech-and-language-therapy~place",
             "member psychology~place", "member public-health~place", "member management@college|vcse~place", "carer lay",
             "secretariat management@unitary|county!staff~local"]) { SpreadMonths = 12 },
        new("workstream", "enabling-workstream", "{place} Digital and Data Workstream", "endorses", "digital", "quarterly", "2023-07-01",
            "place:place-board",
            ["chair management@icb|unitary|county!senior~place", "member medicine/general-practice~local", "member nursing~place", "member ahp~place",
             "member management@federation~local", "member social-work~local", "secretariat management@icb!staff~place"]) { SpreadMonths = 12 },
        new("learning-set", "learning-set", "{place} Integrated Neighbourhood Teams Learning Set", "advisory", null, "monthly", "2024-09-01",
            "place:clinical-leadership-group|place:place-board",
            ["chair management@icb|community!senior~place", "member medicine/general-practice!mid~local",
             "member nursing/district-nursing|practice-nursing!mid~local", "member ahp!mid~place", "member social-work/adult-social-work!mid~local",
             "member pharmacy/primary-care-pharmacy|community-pharmacy~place", "member management@vcse|care|homecare~local"]) { SpreadMonths = 9 },
    ];

    private static readonly string[] NeighbourhoodCore =
    [
        "chair medicine/general-practice@gp|federation!mid~local", "member nursing/practice-nursing@gp~local", "member nursing/district-nursing~place",
        "member pharmacy/primary-care-pharmacy|community-pharmacy~place", "member social-work/adult-social-work~local",
        "member ahp/paramedicine|physiotherapy|osteopathy~place", "secretariat management@federation|gp~local",
    ];

    // The first two are a neighbourhood's main body, one or the other; the rest come and go.
    private static readonly BodyTemplate[] NeighbourhoodBodies =
    [
        new("collaborative", "collaborative", "{neighbourhood} Primary Care Network Board", "recommends", null, "monthly", "2019-07-01",
            "place:place-board", [.. NeighbourhoodCore, "service-user lay", "member management@vcse|healthwatch~place"]) { SpreadMonths = 48 },
        new("advisory-group", "advisory-group", "{neighbourhood} Neighbourhood Advisory Group", "advisory", null, "bi-monthly", "2023-01-01",
            "place:place-board", [.. NeighbourhoodCore, "member management@vcse~place", "service-user lay"]) { SpreadMonths = 24 },
        new("clinical-forum", "clinical-forum", "{neighbourhood} Multidisciplinary Team Forum", "advisory", null, "monthly", "2023-04-01",
            "place:clinical-forum|place:place-board",
            ["chair medicine/general-practice!mid~local", "member nursing/district-nursing|community-nursing~place",
             "member nursing/practice-nursing~local", "member nursing/mental-health-nursing~place", "member ahp~place",
             "member social-work/adult-social-work~local", "member pharmacy~place", "member management@care|homecare~local"]) { SpreadMonths = 24 },
        new("learning-set", "learning-set", "{neighbourhood} Integrated Team Learning Set", "advisory", null, "monthly", "2024-09-01",
            "place:learning-set|place:place-board",
            ["chair nursing/district-nursing!senior~place", "member medicine/general-practice!mid~local", "member nursing/practice-nursing~local",
             "member ahp~place", "member social-work~local", "member management@vcse~place", "service-user lay"]) { SpreadMonths = 12 },
    ];
}
