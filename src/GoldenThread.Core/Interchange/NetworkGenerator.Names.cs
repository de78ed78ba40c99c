namespace GoldenThread.Interchange;

public static partial class NetworkGenerator
{
    // Made-up English place names: an old-English first part and a common ending.
    private static readonly string[] PlacePrefixes =
    [
        "Ald", "Ash", "Bex", "Brack", "Brad", "Bram", "Cal", "Chel", "Cran", "Deb", "Dun", "Eld", "Elm", "Fair", "Fen", "Gal", "Gris",
        "Hal", "Hart", "Hol", "Ket", "Kings", "Lang", "Lyd", "Mar", "Mel", "Ned", "Nor", "Oak", "Ock", "Pem", "Pen", "Quen", "Ral",
        "Red", "Ros", "Sal", "Shep", "Stan", "Tad", "Thorn", "Ul", "Up", "Wal", "Wes", "Whit", "Wick", "Wyn", "Yar",
    ];

    private static readonly string[] PlaceSuffixes =
    [
        "borough", "bridge", "bury", "by", "caster", "combe", "dale", "den", "field", "ford", "ham", "hurst", "leigh", "ley", "mere",
        "minster", "moor", "mouth", "stead", "stow", "thorpe", "ton", "well", "wick", "worth",
    ];

    private static readonly string[] Quarters = ["Central", "North", "South", "East", "West", "Town", "Rural", "Villages"];

    private static readonly string[] PriorityAreaChoices =
    [
        "mental health", "care homes", "frailty", "children and young people", "health inequalities", "urgent and emergency care",
        "elective recovery", "cardiovascular disease", "diabetes", "workforce", "primary care access", "cancer",
    ];

    private static readonly string[] WickedIssues =
    [
        "Hospital Discharge", "Childhood Obesity", "Loneliness in Later Life", "Homelessness and Health", "Smoking in Pregnancy",
        "Frequent Attenders", "Falls Prevention", "Young People's Mental Health",
    ];

    private static readonly string[] Saints =
        ["Aldwyn", "Barnabas", "Catherine", "Columba", "Cuthbert", "Elizabeth", "Giles", "Helena", "Luke", "Margaret", "Michael", "Oswald", "Wilfrid"];

    private static readonly string[] PracticeStems =
    [
        "Abbey", "Beech House", "Bridge Street", "Castle", "Church View", "Elm Tree", "Fernleigh", "Grove", "Harbour View", "High Street",
        "Kingsway", "Larkfield", "Market Square", "Meadowbank", "Mill Lane", "Orchard", "Park View", "Priory", "Riverside", "St John's",
        "Station Road", "The Green", "Valley", "Victoria", "Westgate", "Willow Lane", "Woodlands",
    ];

    private static readonly string[] PracticeStyles = ["Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice"];

    private static readonly string[] AcuteStyles =
        ["University Hospitals NHS Foundation Trust", "Teaching Hospitals NHS Foundation Trust", "Hospitals NHS Trust", "General Hospital NHS Trust"];

    private static readonly string[] MentalHealthStyles = ["Partnership", "Healthcare", "Care"];

    private static readonly string[] HousingStyles = ["Homes", "Housing Association", "Housing Trust"];

    private static readonly string[] UnitaryStyles = ["Council", "City Council", "Borough Council"];

    private static readonly string[] DistrictStyles = ["District Council", "Borough Council", "City Council"];

    private static readonly string[] FederationStyles = ["GP Federation", "Primary Care Alliance", "Health Partnership", "GP Collaborative"];

    private static readonly string[] VcseStyles = ["Council for Voluntary Service", "Community Action", "Youth Trust", "Age Concern", "Mind"];

    private static readonly string[] CareHomeStyles = ["Care Home", "Nursing Home", "Care Group", "Court Care Home", "Lodge"];
}
