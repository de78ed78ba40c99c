using System.Security.Cryptography;

namespace GoldenThread.Data.Access;

/// <summary>Passwords made for a new account, shown once to whoever created it; long enough for <see cref="AccountRules"/>.</summary>
public static class OneTimePasswords
{
    // No 0/O, 1/l/I: the password is read off a screen and typed.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 20);
}
