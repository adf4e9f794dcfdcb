using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ThreeML.Cli.Infrastructure;

/// <summary>Where a command writes its results: Spectre tables for people, or one JSON document with <c>--json</c>.</summary>
public sealed class CommandOutput
{
    // The document is data for programs, not HTML: "+" in "2.4e+20 Hz" and "<" stay as they are.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextWriter _out;
    private readonly bool _terminal;

    /// <summary>Creates the output over a writer.</summary>
    /// <param name="writer">Standard output.</param>
    /// <param name="json">Whether <c>--json</c> was given.</param>
    /// <param name="terminal">Whether the writer is an interactive terminal.</param>
    public CommandOutput(TextWriter writer, bool json, bool terminal)
    {
        _out = writer ?? throw new ArgumentNullException(nameof(writer));
        IsJson = json;
        _terminal = terminal;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            // Colour codes would end up in files and pipes; only a terminal gets them.
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Files and pipes get the classic terminal width; tables wrap their values to fit it.
            Console.Profile.Width = 80;
        }
    }

    /// <summary>Whether the results go out as JSON.</summary>
    public bool IsJson { get; }

    /// <summary>Whether progress bars may be drawn (a terminal, and not JSON).</summary>
    public bool ShowsProgress => _terminal && !IsJson;

    /// <summary>The Spectre console over standard output.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Writes a line of text (ignored in JSON mode, where only the document is written).</summary>
    public void Line(string text = "")
    {
        if (!IsJson)
        {
            _out.WriteLine(text);
        }
    }

    /// <summary>Renders a table or other Spectre widget (ignored in JSON mode).</summary>
    public void Render(IRenderable renderable)
    {
        if (!IsJson)
        {
            Console.Write(renderable);
        }
    }

    /// <summary>Writes the JSON document of the invocation (only in JSON mode).</summary>
    public void Document(JsonNode document)
    {
        if (IsJson)
        {
            _out.WriteLine(document.ToJsonString(Indented));
        }
    }

    /// <summary>A table with plain-text cells (no markup interpretation, so file names with brackets stay intact); the
    /// first column (parameter paths, names) never wraps, so a path can be copied whole, while the values wrap.</summary>
    public static Table Table(string? title, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title = new TableTitle(Markup.Escape(title));
        }

        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(new Text(c)));
        }

        if (table.Columns.Count > 0)
        {
            table.Columns[0].NoWrap();
        }

        return table;
    }

    /// <summary>Adds a row of plain-text cells.</summary>
    public static void AddRow(Table table, params string?[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Text(c ?? "")).ToArray());
}
