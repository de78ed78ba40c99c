namespace GoldenThread.Interchange;

public static partial class NetworkGenerator
{
    /// <summary>An organisation as the workforce and the seats see it: keys are those of the seat grammar.</summary>
    private sealed record Employer(string Id, string Key, string Sector, string Setting, string? PlaceId, string Domain);

    /// <summary>
    /// What a kind of organisation is. ODS patterns: '%' a letter GP practice codes begin with, '#' a digit,
    /// '*' a letter or digit, anything else itself; empty when such organisations are listed without a code.
    /// </summary>
    private sealed record OrganisationKind(string Sector, string Setting, string Ods, string Domain);

    private static readonly Dictionary<string, OrganisationKind> OrganisationKinds = new()
    {
        ["icb"] = new("nhs-commissioner", "commissioning", "", "nhs.example"),
        ["acute"] = new("nhs-acute", "acute", "R**", "nhs.example"),
        ["community"] = new("nhs-community", "community", "R**", "nhs.example"),
        ["mh"] = new("nhs-mental-health", "mental-health", "R**", "nhs.example"),
        ["ambulance"] = new("nhs-ambulance", "ambulance", "R**", "nhs.example"),
        ["federation"] = new("nhs-primary-care", "primary-care", "", "example"),
        ["gp"] = new("nhs-primary-care", "primary-care", "%#####", "nhs.example"),
        ["pharmacy"] = new("nhs-primary-care", "primary-care", "F**##", "example"),
        ["dental"] = new("nhs-primary-care", "primary-care", "V######", "example"),
        ["optician"] = new("nhs-primary-care", "primary-care", "", "example"),
        ["unitary"] = new("local-authority-unitary", "social-care", "", "gov.example"),
        ["county"] = new("local-authority-county", "social-care", "", "gov.example"),
        ["district"] = new("local-authority-district", "housing", "", "gov.example"),
        ["ph"] = new("public-health", "public-health", "", "gov.example"),
        ["healthwatch"] = new("voluntary-community", "voluntary-community", "", "example"),
        ["carers"] = new("voluntary-community", "voluntary-community", "", "example"),
        ["vcse"] = new("voluntary-community", "voluntary-community", "", "example"),
        ["hospice"] = new("voluntary-community", "voluntary-community", "N**", "example"),
        ["university"] = new("education", "education", "", "ac.example"),
        ["college"] = new("education", "education", "", "ac.example"),
        ["housing"] = new("housing", "housing", "", "example"),
        ["care"] = new("independent-care-provider", "care-home", "", "example"),
        ["homecare"] = new("independent-care-provider", "social-care", "", "example"),
        ["police"] = new("police-justice", "community", "", "police.example"),
        ["fire"] = new("fire-rescue", "community", "", "gov.example"),
        ["leisure"] = new("sport-leisure", "community", "", "example"),
        ["other"] = new("other", "primary-care", "", "example"),
    };

    private sealed partial class Builder
    {
        private readonly List<OrganisationRecord> organisations = [];
        private readonly List<Employer> employers = [];
        private readonly Dictionary<string, List<Employer>> employersByKey = [];
        private readonly Dictionary<string, List<Employer>> practicesByNeighbourhood = [];
        private readonly HashSet<string> odsCodes = [];
        private readonly HashSet<string> domains = [];
        private Employer icbEmployer = null!;

        private IReadOnlyList<Employer> Employers(string key) => employersByKey.TryGetValue(key, out var list) ? list : [];

        private void AddOrganisations()
        {
            odsCodes.Add(icb.OdsCode);
            icbEmployer = AddOrganisation("icb", icb.Name, null, icb.OdsCode);

            // A hospital trust serves one place or a neighbouring pair.
            for (var i = 0; i < places.Count; i += 2)
            {
                var name = i + 1 < places.Count && rng.Next(2) == 0
                    ? $"{places[i].Name} and {places[i + 1].Name} Hospitals NHS Trust"
                    : $"{places[i].Name} {Pick(AcuteStyles)}";
                AddOrganisation("acute", name, places[i].Id);
            }

            AddOrganisation("community", $"{shortName} Community Health NHS Trust", null);
            AddOrganisation("mh", $"{shortName} {Pick(MentalHealthStyles)} NHS Foundation Trust", null);
            AddOrganisation("ambulance", $"{icb.Region} Ambulance Service NHS Trust", null);
            AddOrganisation("ph", $"{shortName} Public Health Partnership", null);
            AddOrganisation("carers", $"{shortName} Carers Centre", null);
            AddOrganisation("university", $"University of {places[0].Name}", null);
            AddOrganisation("college", $"{places[^1].Name} College", places[^1].Id);
            AddOrganisation("housing", $"{places[0].Name} {Pick(HousingStyles)}", null);
            AddOrganisation("police", $"{places[0].Name} Constabulary", null);
            AddOrganisation("fire", $"{places[0].Name} Fire and Rescue Service", null);
            AddOrganisation("leisure", $"{places[^1].Name} Leisure Trust", places[^1].Id);
            AddOrganisation("other", $"{shortName} Local Medical Committee", null);
            foreach (var saint in Shuffled(Saints).Take(rng.Next(1, 3)))
            {
                AddOrganisation("hospice", $"St {saint}'s Hospice", Pick(places).Id);
            }

            foreach (var place in places)
            {
                AddPlaceOrganisations(place);
            }
        }

        private void AddPlaceOrganisations(PlaceRecord place)
        {
            if (place.LocalAuthorityTier == "unitary")
            {
                AddOrganisation("unitary", $"{place.Name} {Pick(UnitaryStyles)}", place.Id);
            }
            else
            {
                AddOrganisation("county", $"{place.Name} County Council", place.Id);
                var districts = rng.Next(2, 5);
                for (var i = 0; i < districts; i++)
                {
                    AddOrganisation("district", $"{NewPlaceName()} {Pick(DistrictStyles)}", place.Id);
                }
            }

            AddOrganisation("federation", $"{place.Name} {Pick(FederationStyles)}", place.Id);
            AddOrganisation("healthwatch", $"Healthwatch {place.Name}", place.Id);
            foreach (var style in Shuffled(VcseStyles).Take(rng.Next(1, 3)))
            {
                AddOrganisation("vcse", $"{place.Name} {style}", place.Id);
            }

            AddOrganisation("pharmacy", $"{place.Name} Community Pharmacy", place.Id);
            AddOrganisation("pharmacy", UniqueOr($"{Pick(PracticeStems)} Pharmacy", place.Name), place.Id);
            AddOrganisation("dental", UniqueOr($"{Pick(PracticeStems)} Dental Practice", place.Name), place.Id);
            AddOrganisation("optician", UniqueOr($"{Pick(PracticeStems)} Opticians", place.Name), place.Id);
            AddOrganisation("care", UniqueOr($"{Pick(PracticeStems)} {Pick(CareHomeStyles)}", place.Name), place.Id);
            AddOrganisation("homecare", $"{place.Name} Home Support", place.Id);
            foreach (var neighbourhood in neighbourhoods.Where(n => n.PlaceId == place.Id))
            {
                var practices = practicesByNeighbourhood[neighbourhood.Id] = [];
                var count = rng.Next(2, 4);
                for (var i = 0; i < count; i++)
                {
                    var name = UniqueOr($"{Pick(PracticeStems)} {Pick(PracticeStyles)}", neighbourhood.Name);
                    practices.Add(AddOrganisation("gp", name, place.Id));
                }
            }
        }

        // Two practices called "Park View Surgery" in one system are told apart by where they are.
        private string UniqueOr(string name, string where) => usedNames.Add(name) ? name : Unique($"{name}, {where}");

        private Employer AddOrganisation(string key, string name, string? placeId, string? odsCode = null)
        {
            var kind = OrganisationKinds[key];
            var id = $"o{organisations.Count + 1}";
            usedNames.Add(name);
            organisations.Add(new OrganisationRecord(id, name, odsCode ?? NewOdsCode(kind.Ods), kind.Sector, placeId));
            var employer = new Employer(id, key, kind.Sector, kind.Setting, placeId, NewDomain(name, kind.Domain));
            if (!employersByKey.TryGetValue(key, out var list))
            {
                employersByKey[key] = list = [];
            }

            list.Add(employer);
            employers.Add(employer);
            return employer;
        }

        private string? NewOdsCode(string pattern)
        {
            if (pattern.Length == 0)
            {
                return null;
            }

            const string alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            const string practiceLetters = "ABCDEFGHJKLMNPY";
            var chars = new char[pattern.Length];
            while (true)
            {
                for (var i = 0; i < pattern.Length; i++)
                {
                    chars[i] = pattern[i] switch
                    {
                        '%' => practiceLetters[rng.Next(practiceLetters.Length)],
                        '#' => (char)('0' + rng.Next(10)),
                        '*' => alphanumerics[rng.Next(alphanumerics.Length)],
                        var c => c,
                    };
                }

                var code = new string(chars);
                if (odsCodes.Add(code))
                {
                    return code;
                }
            }
        }

        // Long names go by their initials, as NHS trusts' web addresses do.
        private string NewDomain(string name, string ending)
        {
            var words = name.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w is not ("and" or "of" or "the" or "NHS" or "St"))
                .Select(Slug).Where(w => w.Length > 0).ToList();
            var stem = words.Count >= 3 ? string.Concat(words.Select(w => w[0])) : string.Concat(words);
            var domain = $"{stem}.{ending}";
            for (var n = 2; !domains.Add(domain); n++)
            {
                domain = $"{stem}{n}.{ending}";
            }

            return domain;
        }

        private static string Slug(string text) => new string([.. text.Where(char.IsAsciiLetter)]).ToLowerInvariant();
    }
}
