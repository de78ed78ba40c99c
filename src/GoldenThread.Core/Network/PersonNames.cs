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

    // The generator draws thousands of people a system, so it takes these as well to keep namesakes rare;
    // the demo keeps to the lists above so that its people stay as they are.
    private static readonly string[] MoreFirstNames =
    [
        "Abigail", "Adam", "Adaeze", "Ahmed", "Aidan", "Alan", "Alison", "Amina", "Andrew", "Angela", "Ann", "Anthony", "Ayesha",
        "Barbara", "Ben", "Bilal", "Bola", "Brian", "Caroline", "Chantelle", "Chris", "Claire", "Craig", "Dafydd", "Darren",
        "David", "Dawn", "Dev", "Diana", "Dominic", "Ebony", "Edward", "Elena", "Elif", "Ellie", "Emma", "Ewa", "Faisal", "Farah",
        "Femi", "Frances", "Gemma", "George", "Gillian", "Grzegorz", "Gurpreet", "Hassan", "Heather", "Helen", "Henry", "Ibrahim",
        "Ifeoma", "Ian", "Ioana", "Jack", "Jade", "Jane", "Jennifer", "Jessica", "John", "Jonathan", "Joseph", "Julie", "Karen",
        "Katie", "Kavita", "Keith", "Kemi", "Kerry", "Kieran", "Kirsty", "Lakshmi", "Lauren", "Leon", "Lisa", "Louise", "Luke",
        "Maryam", "Mark", "Martin", "Megan", "Michael", "Michelle", "Mohammad", "Molly", "Nathan", "Neil", "Nicola", "Nkechi",
        "Paul", "Peter", "Pooja", "Rebecca", "Richard", "Rizwan", "Robert", "Rukhsana", "Ryan", "Sabrina", "Sadia", "Sandeep",
        "Shabnam", "Sharon", "Shauna", "Stephen", "Stuart", "Sunita", "Susan", "Tendai", "Tom", "Tracey", "Usman", "Vanessa",
        "Victoria", "Vikram", "William", "Yetunde", "Zara",
    ];

    private static readonly string[] MoreSurnames =
    [
        "Abbott", "Akhtar", "Allen", "Anderson", "Appiah", "Armstrong", "Asante", "Atkinson", "Baker", "Banerjee", "Barker",
        "Barnes", "Bell", "Bhatti", "Bibi", "Bird", "Bradley", "Brown", "Burke", "Butler", "Carter", "Chapman", "Chauhan", "Clark",
        "Cole", "Cook", "Cooper", "Cox", "Cunningham", "Da Silva", "Dalton", "Das", "Desai", "Dixon", "Doherty", "Duffy", "Dunn",
        "Ellis", "Eze", "Farrell", "Fletcher", "Ford", "Foster", "Fox", "Gallagher", "Ghosh", "Gordon", "Graham", "Grant", "Gray",
        "Gupta", "Hamilton", "Haque", "Harrison", "Hart", "Hill", "Holmes", "Hunt", "Hussein", "Islam", "Jenkins", "Johnson",
        "Joshi", "Kapoor", "Kennedy", "King", "Knight", "Kumar", "Lawrence", "Lee", "Lloyd", "Lowe", "Marshall", "Martin",
        "Mason", "Matthews", "McCarthy", "McDonald", "Miah", "Miller", "Mills", "Mitchell", "Moore", "Morris", "Murray", "Naidoo",
        "Nash", "Nelson", "Newman", "Ng", "Obi", "Oliver", "Owusu", "Palmer", "Pandya", "Parker", "Pearson", "Perera", "Popescu",
        "Powell", "Qureshi", "Rai", "Reid", "Reynolds", "Richards", "Richardson", "Riley", "Rose", "Ross", "Russell", "Saunders",
        "Scott", "Sethi", "Shaw", "Simpson", "Smith", "Spencer", "Stevens", "Sultana", "Sutton", "Tan", "Tiwari", "Tucker",
        "Varghese", "Wallace", "Ward", "Webb", "White", "Wood", "Wójcik", "Yadav", "Yilmaz", "Zaman",
    ];

    public static readonly string[] AllFirstNames = [.. FirstNames, .. MoreFirstNames];

    public static readonly string[] AllSurnames = [.. Surnames, .. MoreSurnames];
}
