using GoldenThread.Network;

namespace GoldenThread.Interchange;

public static partial class NetworkGenerator
{
    /// <summary>A share of the workforce: per thousand people, and the organisation keys that employ them
    /// (a key named twice is twice as likely; "none" is no employer).</summary>
    private sealed record WorkforceShare(string Profession, string? Specialty, double PerThousand, string Employers);

    // Roughly the professional make-up of NHS and adult social care staff in an ICS: nursing and medicine
    // lead, allied health professions span every specialty, a few lay people sit alongside.
    private static readonly WorkforceShare[] Workforce =
    [
        new("nursing", "hospital-nursing", 98, "acute"),
        new("nursing", "community-nursing", 34, "community|community|care|homecare"),
        new("nursing", "mental-health-nursing", 42, "mh"),
        new("nursing", "learning-disability-nursing", 8, "mh|community|care"),
        new("nursing", "childrens-nursing", 22, "acute|community"),
        new("nursing", "practice-nursing", 34, "gp"),
        new("nursing", "district-nursing", 42, "community"),
        new("medicine", "general-practice", 56, "gp|gp|gp|gp|federation"),
        new("medicine", "hospital-medicine", 40, "acute"),
        new("medicine", "psychiatry", 16, "mh"),
        new("medicine", "paediatrics", 13, "acute|acute|community"),
        new("medicine", "public-health-medicine", 3, "unitary|county|ph"),
        new("medicine", "surgery", 19, "acute"),
        new("medicine", "emergency-medicine", 13, "acute"),
        new("midwifery", null, 25, "acute"),
        new("pharmacy", "community-pharmacy", 14, "pharmacy"),
        new("pharmacy", "hospital-pharmacy", 12, "acute|acute|mh"),
        new("pharmacy", "primary-care-pharmacy", 9, "federation|gp|icb"),
        new("ahp", "physiotherapy", 30, "acute|acute|community|university"),
        new("ahp", "occupational-therapy", 26, "community|acute|unitary|county|mh"),
        new("ahp", "paramedicine", 22, "ambulance|ambulance|ambulance|ambulance|federation"),
        new("ahp", "speech-and-language-therapy", 8, "community|acute"),
        new("ahp", "dietetics", 7, "acute|community"),
        new("ahp", "diagnostic-radiography", 10, "acute"),
        new("ahp", "therapeutic-radiography", 2, "acute"),
        new("ahp", "chiropody-podiatry", 5, "community"),
        new("ahp", "operating-department-practice", 5, "acute"),
        new("ahp", "orthoptics", 1, "acute"),
        new("ahp", "osteopathy", 1, "federation"),
        new("ahp", "prosthetics-orthotics", 1, "acute"),
        new("ahp", "art-therapy", 1, "mh"),
        new("ahp", "drama-therapy", 0.5, "mh"),
        new("ahp", "music-therapy", 0.5, "hospice|mh"),
        new("social-work", "adult-social-work", 35, "unitary|county"),
        new("social-work", "childrens-social-work", 24, "unitary|county"),
        new("social-work", "mental-health-social-work", 11, "unitary|county|mh"),
        new("public-health", null, 15, "ph|unitary|county"),
        new("dentistry", null, 20, "dental|dental|dental|acute"),
        new("optometry", null, 15, "optician|optician|optician|acute"),
        new("psychology", null, 30, "mh|mh|mh|community|acute|university"),
        new("healthcare-science", null, 40, "acute|acute|acute|community"),
        new("management", null, 160,
            "icb|icb|icb|acute|acute|acute|acute|community|community|mh|mh|ambulance|federation|gp|gp|unitary|unitary|county|county"
            + "|district|ph|healthwatch|carers|vcse|vcse|hospice|university|college|housing|care|homecare|police|fire|leisure|other|pharmacy"),
        new("lay", null, 25, "none|none|healthwatch|carers|vcse"),
    ];

    /// <summary>The people each kind of organisation is led by, in the order seats will look for them.</summary>
    private static readonly Dictionary<string, (string Profession, string? Specialty, string Seniority)[]> Executives = new()
    {
        ["icb"] =
        [
            ("management", null, "executive"), ("medicine", "general-practice", "executive"), ("nursing", "community-nursing", "executive"),
            ("ahp", "physiotherapy", "executive"), ("pharmacy", "primary-care-pharmacy", "senior"),
        ],
        ["acute"] = [("management", null, "executive"), ("medicine", "hospital-medicine", "executive"), ("nursing", "hospital-nursing", "executive")],
        ["community"] = [("management", null, "executive"), ("nursing", "district-nursing", "executive"), ("ahp", "occupational-therapy", "senior")],
        ["mh"] = [("management", null, "executive"), ("medicine", "psychiatry", "executive"), ("nursing", "mental-health-nursing", "executive")],
        ["ambulance"] = [("management", null, "executive"), ("ahp", "paramedicine", "executive")],
        ["unitary"] =
        [
            ("management", null, "executive"), ("social-work", "adult-social-work", "executive"),
            ("social-work", "childrens-social-work", "executive"), ("public-health", null, "executive"),
        ],
        ["county"] =
        [
            ("management", null, "executive"), ("social-work", "adult-social-work", "executive"),
            ("social-work", "childrens-social-work", "executive"), ("public-health", null, "executive"),
        ],
        ["ph"] = [("public-health", null, "senior"), ("medicine", "public-health-medicine", "senior")],
    };

    // Organisations that seats ask for by name but that have no executive team of their own in the file.
    private static readonly string[] LedBySeniorManager =
        ["district", "federation", "healthwatch", "carers", "vcse", "hospice", "university", "college", "housing", "care", "homecare", "police", "fire", "leisure", "other"];

    private static readonly string[] SeniorityMix = ["early-career", "early-career", "middle", "middle", "middle", "middle", "senior", "senior", "senior"];

    private static readonly decimal[] PartTime = [0.9m, 0.8m, 0.8m, 0.7m, 0.6m, 0.6m, 0.5m, 0.4m, 0.3m, 0.2m];

    // Lay members give a day or two a month, not a job.
    private static readonly decimal[] LayTime = [0.1m, 0.1m, 0.2m];

    /// <summary>Someone to be hired: what they do and where, before they have a name.</summary>
    private sealed record Hire(string Profession, string? Specialty, Employer? Employer, string Seniority);

    /// <summary>A person, their employer and how many seats they hold so far.</summary>
    private sealed class Worker(PersonRecord record, Employer? employer)
    {
        public PersonRecord Record { get; } = record;
        public Employer? Employer { get; } = employer;
        public int Load { get; set; }
    }

    private sealed partial class Builder
    {
        private readonly List<Worker> workers = [];
        private readonly Dictionary<string, Worker> workerById = [];
        private readonly Dictionary<string, List<Worker>> pools = [];
        private static readonly string[] FirstNameSlugs = [.. PersonNames.AllFirstNames.Select(Slug)];
        private static readonly string[] SurnameSlugs = [.. PersonNames.AllSurnames.Select(Slug)];

        private readonly HashSet<string> emails = [];
        private string InvolvementDomain => $"involvement.{Slug(icb.OdsCode)}.example";

        private void AddPeople()
        {
            var leaders = Leaders().Take(peopleCount / 4).ToList();
            var counts = Apportion(peopleCount - leaders.Count, [.. Workforce.Select(w => w.PerThousand)]);
            var hires = new List<Hire>(peopleCount);
            hires.AddRange(leaders);
            for (var row = 0; row < Workforce.Length; row++)
            {
                var share = Workforce[row];
                var keys = share.Employers.Split('|').Where(k => k == "none" || Employers(k).Count > 0).DefaultIfEmpty("icb").ToArray();
                for (var i = 0; i < counts[row]; i++)
                {
                    var key = Pick(keys);
                    hires.Add(new Hire(share.Profession, share.Specialty, key == "none" ? null : Pick(Employers(key)), Pick(SeniorityMix)));
                }
            }

            foreach (var hire in Shuffled(hires))
            {
                var worker = new Worker(NewPerson(hire, $"u{workers.Count + 1}"), hire.Employer);
                workers.Add(worker);
                workerById[worker.Record.Id] = worker;
                if (!pools.TryGetValue(hire.Profession, out var pool))
                {
                    pools[hire.Profession] = pool = [];
                }

                pool.Add(worker);
            }
        }

        private IEnumerable<Hire> Leaders()
        {
            foreach (var employer in employers)
            {
                var roles = Executives.GetValueOrDefault(employer.Key)
                    ?? (LedBySeniorManager.Contains(employer.Key) ? [("management", null, "senior")] : []);
                foreach (var (profession, specialty, seniority) in roles)
                {
                    yield return new Hire(profession, specialty, employer, seniority);
                }
            }
        }

        private PersonRecord NewPerson(Hire hire, string id)
        {
            var lay = hire.Profession == "lay";
            var publicHealth = hire.Profession == "public-health" || hire.Specialty == "public-health-medicine";
            var setting = hire.Employer is null ? "voluntary-community"
                : publicHealth && hire.Employer.Setting == "social-care" ? "public-health"
                : hire.Employer.Setting;
            var fullTime = hire.Specialty == "general-practice" ? 0.45 : 0.7;
            var fte = lay ? Pick(LayTime) : hire.Seniority == "executive" || rng.NextDouble() < fullTime ? 1.0m : Pick(PartTime);
            var (first, last) = (rng.Next(PersonNames.AllFirstNames.Length), rng.Next(PersonNames.AllSurnames.Length));
            return new PersonRecord(id, $"{PersonNames.AllFirstNames[first]} {PersonNames.AllSurnames[last]}", hire.Profession, hire.Specialty,
                setting, hire.Employer?.Id, lay ? "middle" : hire.Seniority, fte, lay)
            {
                Email = NewEmail($"{FirstNameSlugs[first]}.{SurnameSlugs[last]}", hire.Employer?.Domain ?? InvolvementDomain),
            };
        }

        private string NewEmail(string local, string domain)
        {
            var email = $"{local}@{domain}";
            for (var n = 2; !emails.Add(email); n++)
            {
                email = $"{local}{n}@{domain}";
            }

            return email;
        }

        /// <summary>
        /// Shares a whole out by weight, largest remainders first, so the parts add up exactly; every part gets at
        /// least one when there are enough to go round, so small professions still appear.
        /// </summary>
        private static int[] Apportion(int total, IReadOnlyList<double> weights)
        {
            var floor = total >= weights.Count ? 1 : 0;
            var rest = total - floor * weights.Count;
            var sum = weights.Sum();
            var exact = weights.Select(w => rest * w / sum).ToArray();
            var counts = exact.Select(e => floor + (int)e).ToArray();
            var left = total - counts.Sum();
            foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).Take(left))
            {
                counts[i]++;
            }

            return counts;
        }
    }
}
