using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Shell;

/// <summary>An uploaded file read whole as UTF-8 text, or refused on the form saying why: none chosen, too large, not text.</summary>
public static class UploadedText
{
    /// <param name="select">What to ask for when no file is chosen ("Select a network file").</param>
    /// <param name="kind">What the file must be ("a JSON network file").</param>
    public static async Task<string?> ReadUploadAsync(this PageModel page, IFormFile? upload, string field, long maxBytes, string select, string kind,
        CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            page.AddError(field, select);
            return null;
        }
        if (upload.Length > maxBytes)
        {
            page.AddError(field, $"The selected file must be smaller than {maxBytes / (1024 * 1024)}MB");
            return null;
        }
        using var reader = new StreamReader(upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            page.AddError(field, $"The selected file must be {kind} (UTF-8 text)");
            return null;
        }
    }
}
