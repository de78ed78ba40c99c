using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GoldenThread.Interchange;

/// <summary>
/// One JSON object of an input file, read field by field so that whatever is wrong is noted at its JSON path
/// (<c>[3].members[2].sector</c>): fields it does not know or that are given twice, required ones left out, values of
/// the wrong kind. A field that is null is the same as one left out. The readers of the files built on it return a
/// value only when nothing was noted.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement element;
    private readonly string path;
    private readonly Action<string, string> problem;

    private JsonFields(JsonElement element, string path, Action<string, string> problem)
    {
        (this.element, this.path, this.problem) = (element, path, problem);
    }

    /// <summary>
    /// The fields of <paramref name="element"/>, or null (with the problem noted) when it is not an object. Fields not
    /// among <paramref name="known"/> (named <paramref name="what"/> in the message) and fields given twice are noted.
    /// </summary>
    public static JsonFields? Of(JsonElement element, string path, string what, IReadOnlyList<string> known, Action<string, string> problem)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem(Where(path), $"must be {what} (a JSON object), found {Quoted(element)}");
            return null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
                problem(Field(path, property.Name), $"is not a field of {what} ({string.Join(", ", known)})");
            else if (!seen.Add(property.Name))
                problem(Field(path, property.Name), "is given twice");
        }
        return new JsonFields(element, path, problem);
    }

    /// <summary>The path of a field of the object at <paramref name="path"/>: <c>members</c> at the top, <c>[3].members</c> below.</summary>
    public static string Field(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>How a path is shown: the whole document is <c>$</c>.</summary>
    public static string Where(string path) => path.Length == 0 ? "$" : path;

    public string PathOf(string name) => Field(path, name);

    /// <summary>The field's value, or null when it is left out or null.</summary>
    public JsonElement? Optional(string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The field's value; left out or null is noted as required.</summary>
    public JsonElement? Required(string name)
    {
        if (Optional(name) is { } value) return value;
        problem(PathOf(name), "is required");
        return null;
    }

    /// <summary>A string field; "" when left out (or null when <paramref name="required"/> and left out).</summary>
    public string? Text(string name, bool required = false)
    {
        if ((required ? Required(name) : Optional(name)) is not { } value) return required ? null : "";
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        problem(PathOf(name), $"must be text (a JSON string), found {Quoted(value)}");
        return null;
    }

    /// <summary>A required string field that must be one of <paramref name="codes"/> (a vocabulary, named <paramref name="what"/>).</summary>
    public string? Code(string name, IReadOnlySet<string> codes, string what)
    {
        if (Text(name, required: true) is not { } code) return null;
        if (codes.Contains(code)) return code;
        problem(PathOf(name), $"“{code}” is not a {what} code ({string.Join(", ", codes.Order(StringComparer.Ordinal))})");
        return null;
    }

    /// <summary>A required string field that must not be empty.</summary>
    public string? Identifier(string name)
    {
        var text = Text(name, required: true);
        if (text is not { Length: 0 }) return text;
        problem(PathOf(name), "must not be empty");
        return null;
    }

    /// <summary>A true-or-false field; false when left out.</summary>
    public bool Flag(string name)
    {
        if (Optional(name) is not { } value) return false;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        problem(PathOf(name), $"must be true or false, found {Quoted(value)}");
        return false;
    }

    /// <summary>A finite number; null when left out or wrong (noted).</summary>
    public double? Number(string name)
    {
        if (Optional(name) is not { } value) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)) return number;
        problem(PathOf(name), value.ValueKind == JsonValueKind.Number ? $"{value.GetRawText()} is too large a number" : $"must be a number, found {Quoted(value)}");
        return null;
    }

    /// <summary>A number kept exactly as written (days a month); null when left out or wrong (noted).</summary>
    public decimal? Decimal(string name)
    {
        if (Optional(name) is not { } value) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)) return number;
        problem(PathOf(name), value.ValueKind == JsonValueKind.Number ? $"{value.GetRawText()} is too large a number" : $"must be a number, found {Quoted(value)}");
        return null;
    }

    /// <summary>A whole number (12.0 is 12, as JSON writers that keep every number a double write it); null when left out or wrong (noted).</summary>
    public int? WholeNumber(string name)
    {
        if (Optional(name) is not { } value) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue)
            return (int)number;
        problem(PathOf(name), $"must be a whole number, found {Quoted(value)}");
        return null;
    }

    /// <summary>A list field read item by item; empty when left out, null when it is not a list (noted).</summary>
    public List<T>? List<T>(string name, Func<JsonElement, string, T?> item, bool required = false) where T : class
    {
        if ((required ? Required(name) : Optional(name)) is not { } value) return required ? null : [];
        var where = PathOf(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            problem(where, $"must be a list (a JSON array), found {Quoted(value)}");
            return null;
        }
        var items = new List<T>(value.GetArrayLength());
        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (item(element, $"{where}[{i}]") is { } read) items.Add(read);
            i++;
        }
        return items;
    }

    /// <summary>How input files are written: indented, text as it is ("A&amp;E", not "A\u0026E"), since they are files, never HTML.</summary>
    public static readonly JsonSerializerOptions Written = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses <paramref name="json"/> and reads its root with <paramref name="read"/>, or says where it is malformed.</summary>
    public static T Parse<T>(string json, Func<JsonElement, T> read, Func<string, T> malformed)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return malformed(Malformed(e));
        }
        using (document) return read(document.RootElement);
    }

    /// <summary>The parser's words without its own "LineNumber: … | BytePositionInLine: …" tail, which is told once.</summary>
    public static string Malformed(JsonException e)
    {
        var reason = e.Message;
        var tail = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (tail >= 0) reason = reason[..tail];
        var at = e.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}") : "";
        return $"is not valid JSON{at}: {reason.Trim()}";
    }

    /// <summary>The JSON as written in the file, cut short when long, so a message stays one readable line.</summary>
    public static string Quoted(JsonElement element)
    {
        var text = element.GetRawText().ReplaceLineEndings(" ");
        return text.Length <= 40 ? text : $"{text[..37]}...";
    }
}
