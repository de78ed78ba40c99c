using System.CommandLine;
using GoldenThread.Interchange;

namespace GoldenThread.Cli.Interchange;

/// <summary>
/// <c>goldenthread generate --systems N --people M --seed S --out DIR</c>: synthetic networks for the first N
/// ICBs, one <c>goldenthread/network/v1</c> file each, named by the system's code.
/// </summary>
public static class GenerateCommand
{
    public static Command Create(CliContext cli)
    {
        var systems = new Option<int>("--systems") { Description = $"How many systems, 1 to {NetworkGenerator.MaxSystems} (England's ICBs in order)", Required = true };
        var people = new Option<int>("--people") { Description = $"People in each system, {NetworkGenerator.MinPeople} to {NetworkGenerator.MaxPeople}", Required = true };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same files", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write into; made if missing", Required = true };
        var command = new Command("generate", "Write synthetic but realistic network files for the first N integrated care systems")
        {
            systems, people, seed, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (count, size) = (parse.GetValue(systems), parse.GetValue(people));
            if (count < 1 || count > NetworkGenerator.MaxSystems)
            {
                throw new CliInputException($"--systems: {count} is not between 1 and {NetworkGenerator.MaxSystems}, the number of ICBs in England");
            }

            if (size is < NetworkGenerator.MinPeople or > NetworkGenerator.MaxPeople)
            {
                throw new CliInputException($"--people: {size} is not between {NetworkGenerator.MinPeople} and {NetworkGenerator.MaxPeople}");
            }

            var folder = parse.GetValue(output)!;
            try
            {
                folder.Create();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException($"--out: cannot make the folder {folder.FullName}: {e.Message}");
            }

            foreach (var line in await WriteAll(count, size, parse.GetValue(seed), folder, cancellationToken))
            {
                await cli.Out.WriteLineAsync(line);
            }

            return 0;
        });
        return command;
    }

    // Systems are independent, so they are made and written side by side; the listing keeps their order.
    private static async Task<string[]> WriteAll(int systems, int people, int seed, DirectoryInfo folder, CancellationToken cancellationToken)
    {
        var written = new string[systems];
        await Parallel.ForAsync(0, systems, cancellationToken, async (index, token) =>
        {
            var document = NetworkGenerator.GenerateSystem(index, people, seed);
            var path = Path.Combine(folder.FullName, $"{document.System.Code}.json");
            await File.WriteAllTextAsync(path, NetworkFile.Write(document) + "\n", token);
            written[index] = $"{path}: {document.System.Name}, {document.People.Count} people, {document.Bodies.Count} bodies, "
                + $"{document.Memberships.Count} memberships, {document.Posts.Count} posts";
        });
        return written;
    }
}
