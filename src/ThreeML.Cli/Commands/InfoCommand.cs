using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Inspection;
using ThreeML.Fits;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml info FILE</c>: the HDUs of any FITS file, and what an OGIP or results file holds.</summary>
public static class InfoCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A FITS file: PHA/BAK, RSP/RMF, ARF, 3ML results, or any other." };
        var checksumWarn = new Option<bool>("--checksum-warn") { Description = "Report CHECKSUM/DATASUM mismatches as warnings instead of errors (files edited by tools that left stale cards)." };
        var command = new Command("info", "List the HDUs of a FITS file and summarise OGIP spectra, responses and 3ML results.");
        command.Arguments.Add(file);
        command.Options.Add(checksumWarn);
        CommandAction.Set(command, context, (parse, output) => Run(parse.GetValue(file)!, parse.GetValue(checksumWarn), output, context.Error));
        return command;
    }

    private static int Run(string path, bool checksumWarn, CommandOutput output, TextWriter error)
    {
        var bare = path.EndsWith('}') && path.Contains('{', StringComparison.Ordinal) ? path[..path.LastIndexOf('{')] : path;
        if (!File.Exists(bare))
        {
            throw new CliException($"no such file: '{bare}'.");
        }

        // A file damaged in transfer must not be summarised as if it were sound: checksums present are verified.
        FitsFile fits;
        try
        {
            fits = FitsFile.Read(bare, new FitsReadOptions { VerifyChecksums = true, ChecksumMismatchIsWarning = checksumWarn });
        }
        catch (FitsFormatException e) when (e.Keyword is "CHECKSUM" or "DATASUM")
        {
            throw new CliException(e.Message + " Run with --checksum-warn to read it anyway.", ExitCodes.UsageError, e);
        }

        var hdus = HduSummary.Of(fits);
        var ogip = OgipSummary.TryDescribe(path, fits);
        var warnings = fits.Warnings.Concat(ogip?.Warnings ?? []).ToList();
        foreach (var w in warnings)
        {
            error.WriteLine("threeml: warning: " + w);
        }

        if (output.IsJson)
        {
            var doc = ToJson(bare, hdus, ogip);
            doc["warnings"] = new JsonArray([.. warnings.Select(w => (JsonNode?)w)]);
            output.Document(doc);
            return ExitCodes.Success;
        }

        var table = CommandOutput.Table(Path.GetFileName(bare), "#", "EXTNAME", "Type", "Dimensions", "Columns");
        foreach (var h in hdus)
        {
            CommandOutput.AddRow(table, h.Index.ToString(CultureInfo.InvariantCulture), h.Name, h.Type, h.Dimensions, Columns(h.Columns));
        }

        output.Render(table);
        if (ogip is not null)
        {
            var facts = CommandOutput.Table("OGIP " + ogip.Kind, "Property", "Value");
            foreach (var (key, value) in ogip.Items)
            {
                CommandOutput.AddRow(facts, key, Text(value));
            }

            output.Render(facts);
            if (ogip.Parameters is { Count: > 0 } rows)
            {
                var p = CommandOutput.Table("Parameters", "Name", "Value", "Negative error", "Positive error", "Unit");
                foreach (var r in rows)
                {
                    CommandOutput.AddRow(p, r.Name, G(r.Value), r.NegativeError is { } n ? G(n) : "", r.PositiveError is { } q ? G(q) : "", r.Unit);
                }

                output.Render(p);
            }
        }

        return ExitCodes.Success;
    }

    private static string Columns(IReadOnlyList<string> columns) =>
        columns.Count <= 8 ? string.Join(", ", columns) : string.Join(", ", columns.Take(8)) + $", ... (+{columns.Count - 8})";

    private static string G(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    // JSON has no NaN; an undefined error is null.
    private static JsonNode? Number(double? v) => v is { } d && double.IsFinite(d) ? JsonValue.Create(d) : null;

    private static string Text(JsonNode? value) => value switch
    {
        null => "-",
        JsonValue v when v.TryGetValue(out double d) => d.ToString("G6", CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue(out string? s) => s ?? "-",
        _ => value.ToJsonString(),
    };

    private static JsonObject ToJson(string path, IReadOnlyList<HduSummary> hdus, OgipSummary? ogip)
    {
        var list = new JsonArray();
        foreach (var h in hdus)
        {
            list.Add((JsonNode)new JsonObject
            {
                ["index"] = h.Index,
                ["extname"] = h.Name,
                ["type"] = h.Type,
                ["dimensions"] = h.Dimensions,
                ["columns"] = new JsonArray([.. h.Columns.Select(c => (JsonNode?)c)]),
            });
        }

        var doc = new JsonObject { ["file"] = path, ["hdus"] = list };
        if (ogip is not null)
        {
            var o = new JsonObject { ["kind"] = ogip.Kind };
            foreach (var (key, value) in ogip.Items)
            {
                o[key] = value?.DeepClone();
            }

            if (ogip.Parameters is { } rows)
            {
                o["parameters"] = new JsonArray([.. rows.Select(r => (JsonNode?)new JsonObject
                {
                    ["name"] = r.Name, ["value"] = Number(r.Value), ["negative_error"] = Number(r.NegativeError), ["positive_error"] = Number(r.PositiveError), ["unit"] = r.Unit,
                })]);
            }

            doc["ogip"] = o;
        }

        return doc;
    }
}
