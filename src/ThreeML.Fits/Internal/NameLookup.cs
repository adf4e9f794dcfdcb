namespace ThreeML.Fits.Internal;

/// <summary>Builds "not found" messages that list the candidates and suggest a near miss.</summary>
internal static class NameLookup
{
    public static string NotFound(string what, string name, IEnumerable<string> available, string where)
    {
        var names = available.ToList();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in names)
        {
            int d = Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        string list = names.Count == 0 ? "none" : string.Join(", ", names);
        string hint = best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? $" Did you mean '{best}'?" : "";
        return $"{where} has no {what} '{name}'. Available: {list}.{hint}";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
