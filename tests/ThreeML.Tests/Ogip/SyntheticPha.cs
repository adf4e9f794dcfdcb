using ThreeML.Fits;

namespace ThreeML.Tests.Ogip;

/// <summary>A small valid PHA Type I file (8 channels) built with the FITS writer; tests corrupt one part of it.</summary>
internal sealed class SyntheticPha
{
    public double[] Counts { get; set; } = [3, 0, 7, 12, 5, 1, 0, 2];

    /// <summary>Stores COUNTS as doubles ('D') instead of integers ('J').</summary>
    public bool FloatCounts { get; set; }

    /// <summary>Stores RATE (counts / EXPOSURE) instead of COUNTS.</summary>
    public bool AsRate { get; set; }

    public double[]? StatErr { get; set; }

    public int[]? Quality { get; set; } = [0, 0, 0, 0, 0, 2, 5, 0];

    public int[]? Grouping { get; set; } = [1, -1, 1, -1, -1, 1, 1, 1];

    /// <summary>Header keywords of the SPECTRUM extension; <see cref="Remove"/> drops one.</summary>
    public Dictionary<string, object> Keywords { get; } = new()
    {
        ["TELESCOP"] = "TEST", ["INSTRUME"] = "DET", ["FILTER"] = "none", ["HDUCLASS"] = "OGIP", ["HDUCLAS1"] = "SPECTRUM",
        ["CHANTYPE"] = "PHA", ["EXPOSURE"] = 10.0, ["POISSERR"] = true, ["DETCHANS"] = 8L, ["BACKSCAL"] = 1.0,
        ["AREASCAL"] = 1.0, ["RESPFILE"] = "test.rsp", ["ANCRFILE"] = "none", ["BACKFILE"] = "none", ["CORRFILE"] = "none",
        ["TLMIN1"] = 1L, ["TSTART"] = 100.0, ["TELAPSE"] = 10.0,
    };

    public SyntheticPha Set(string key, object value)
    {
        Keywords[key] = value;
        return this;
    }

    public SyntheticPha Remove(string key)
    {
        Keywords.Remove(key);
        return this;
    }

    public FitsFile ToFits()
    {
        var table = new BinaryTableBuilder("SPECTRUM");
        table.AddColumn("CHANNEL", Enumerable.Range(1, Counts.Length).ToArray());
        var exposure = Keywords.TryGetValue("EXPOSURE", out var e) && e is double d ? d : 1.0;
        if (AsRate)
        {
            table.AddColumn("RATE", Counts.Select(c => c / exposure).ToArray(), "counts/s");
        }
        else if (FloatCounts)
        {
            table.AddColumn("COUNTS", Counts, "counts");
        }
        else
        {
            table.AddColumn("COUNTS", Counts.Select(c => (int)c).ToArray(), "counts");
        }

        if (StatErr is not null)
        {
            table.AddColumn("STAT_ERR", StatErr);
        }

        if (Quality is not null)
        {
            table.AddColumn("QUALITY", Quality.Select(q => (short)q).ToArray());
        }

        if (Grouping is not null)
        {
            table.AddColumn("GROUPING", Grouping.Select(g => (short)g).ToArray());
        }

        SyntheticFiles.AddKeywords(table, Keywords);
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(table.Build());
        return file;
    }

    public string Write(string path)
    {
        ToFits().Write(path);
        return path;
    }
}
