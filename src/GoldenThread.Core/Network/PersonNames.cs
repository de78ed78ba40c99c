namespace GoldenThread.Network;

/// <summary>First names and surnames for made-up people, drawn from the mix of names in the NHS workforce.</summary>
internal static class PersonNames
{
    public static readonly string[] FirstNames =
    [
        "Aaliyah", "Abdul", "Adebayo", "Aisha", "Alexander", "Alice", "Amara", "Amelia", "Amir", "Anita", "Arjun",
        "Beatrice", "Bethan", "Catherine", "Ceri", "Charlotte", "Chidi", "Chloe", "Connor", "Daniel", "Deepa",
        "Eilidh", "Eleanor", "Emeka", "Emily", "Fatima", "Fiona", "Gareth", "Grace", "Hamza", "Hannah", "Harriet",
        "Harpreet", "Imran", "Isla", "James", "Jasmine", "Joanna", "Kwame", "Laura", "Leah", "Lewis", "Liam",
        "Lucy", "Mandeep", "Marcus", "Maria", "Matthew", "Mei", "Mohammed", "Nadia", "Naomi", "Niamh", "Oliver",
        "Olumide", "Owen", "Patrick", "Priya", "Rachel", "Rhys", "Rosa", "Ruth", "Samuel", "Sarah", "Simon",
        "Siobhan", "Sophie", "Tariq", "Thomas", "Wei", "Yasmin", "Yusuf", "Zainab", "Zoe",
    ];

    public static readonly string[] Surnames =
    [
        "Adeyemi", "Ahmed", "Ali", "Bailey", "Begum", "Bennett", "Boateng", "Campbell", "Chaudhry", "Chen", "Clarke",
        "Collins", "Davies", "Edwards", "Evans", "Fernandes", "Fraser", "Gill", "Green", "Griffiths", "Hall", "Harris",
        "Hughes", "Hussain", "Iqbal", "Jackson", "James", "Jones", "Kaur", "Kelly", "Khan", "Kowalski", "Lewis",
        "Li", "MacLeod", "Mahmood", "Mensah", "Mistry", "Morgan", "Murphy", "Nguyen", "Nowak", "Nwosu", "O'Brien",
        "Okafor", "Osei", "Owen", "Parry", "Patel", "Phillips", "Price", "Rahman", "Roberts", "Robinson", "Shah",
        "Sharma", "Singh", "Stewart", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Walsh", "Watson",
        "Williams", "Wilson", "Wong", "Wright", "Young",
    ];
}
