using ThreeML.Batch;
using ThreeML.Cli.Batch;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests.Batch;

public class BatchManifestTests
{
    private const string Template = "data:\n  - name: {{det}}\n    observation: x_{{det}}.pha\nmodel:\n  file: {{model}}.yml\nanalysis:\n  seed: {{seed}}\n";

    [Fact]
    public void Product_then_rows_are_numbered_stably_last_variable_fastest()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.yml"), Template);
        var m = BatchManifest.Parse("template: t.yml\ntasks:\n  product:\n    det: [n6, n9, b1]\n    model: [pl, band]\n  rows:\n    - {det: n3, model: cpl}\n", temp.File("b.yml"));
        Assert.Equal(["det", "model"], m.VariableNames);
        string[] expected = ["n6 pl", "n6 band", "n9 pl", "n9 band", "b1 pl", "b1 band", "n3 cpl"];
        Assert.Equal(expected, m.Tasks.Select(t => $"{t["det"]} {t["model"]}"));
        Assert.Equal(Enumerable.Range(0, 7), m.Tasks.Select(t => t.Index));
        Assert.All(m.Tasks, t => Assert.Null(t.Seed));
        Assert.Equal("000006", m.Tasks[6].Name);
        Assert.Contains("observation: x_n3.pha", m.RenderAnalysis(m.Tasks[6]), StringComparison.Ordinal);
    }

    [Fact]
    public void Task_seeds_depend_on_the_master_seed_and_the_index_only()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.yml"), Template);
        var small = BatchManifest.Parse("template: t.yml\nmaster_seed: 99\ntasks:\n  product:\n    det: [a, b]\n    model: [x]\n", temp.File("b.yml"));
        var large = BatchManifest.Parse("template: t.yml\nmaster_seed: 99\ntasks:\n  product:\n    det: [a, b, c, d]\n    model: [x, y]\n", temp.File("b.yml"));
        Assert.Equal(small.Tasks.Select(t => t.Seed), large.Tasks.Take(2).Select(t => t.Seed));
        Assert.Equal(large.Tasks.Count, large.Tasks.Select(t => t.Seed).Distinct().Count());
        Assert.Equal($"  seed: {large.Tasks[3].Seed}", large.RenderAnalysis(large.Tasks[3]).Split('\n')[6]);
    }

    [Fact]
    public void Task_seed_is_splitmix64_of_the_master_seed()
    {
        // Vigna's reference splitmix64.c seeded with 0 returns 0xE220A8397B1DCDAF first and 0x6E789E6AA1B965F4 second;
        // the task seed keeps the top 31 bits.
        Assert.Equal((int)(0xE220A8397B1DCDAFUL >> 33), TaskSeeds.Derive(0, 0));
        Assert.Equal((int)(0x6E789E6AA1B965F4UL >> 33), TaskSeeds.Derive(0, 1));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_line()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.yml"), Template.Replace("{{model}}", "{{modle}}", StringComparison.Ordinal));
        var text = "template: t.yml\nmaster_seed: twelve\ntask_list: 3\ntasks:\n  product:\n    det: [n6]\n  rows:\n    - {det: n9, model: pl}\n";
        var e = Assert.Throws<BatchManifestException>(() => BatchManifest.Parse(text, temp.File("b.yml")));
        var lines = e.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("b.yml line 2: master_seed must be an integer, not 'twelve'.", lines);
        Assert.Contains(lines, l => l.StartsWith("b.yml line 3: unknown key 'task_list' in the batch manifest", StringComparison.Ordinal) && l.EndsWith("allowed: template, master_seed, tasks, analyses.", StringComparison.Ordinal));
        Assert.Contains("b.yml line 8: every task needs the same variables (det); this row adds model.", lines);
        Assert.Contains(lines, l => l.StartsWith("b.yml line 1: the template uses {{modle}} (template line 5) but no task defines 'modle'", StringComparison.Ordinal));
    }

    [Fact]
    public void Inline_template_errors_point_at_manifest_lines()
    {
        using var temp = new TempFolder();
        var text = "tasks:\n  rows:\n    - {det: n6}\ntemplate: |\n  data:\n    - name: {{det}}\n      observation: missing_{{det}}.pha\n  model:\n    file: nothing.yml\n";
        var m = BatchManifest.Parse(text, temp.File("b.yml"));
        var e = Assert.Throws<Analysis.AnalysisFileException>(() => m.LoadAnalysis(m.Tasks[0]));
        Assert.Contains(e.Problems, p => p.Line == 7 && p.Message.Contains("no such file 'missing_n6.pha'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Line == 9 && p.Message.Contains("nothing.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_and_analyses_exclude_each_other_and_files_must_exist()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<BatchManifestException>(() => BatchManifest.Parse("template: t.yml\nanalyses: [a.yml]\n", temp.File("b.yml")));
        Assert.Contains("b.yml: the manifest needs exactly one of 'template' (with 'tasks') or 'analyses' (a list of analysis files).", e.Problems.Select(p => p.ToString()));
        e = Assert.Throws<BatchManifestException>(() => BatchManifest.Parse("analyses:\n  - a.yml\n", temp.File("b.yml")));
        Assert.Equal($"b.yml line 2: analyses: no such file 'a.yml' (looked for '{temp.File("a.yml")}').", Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void An_analysis_list_gives_one_task_per_file_with_its_seed()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("a.yml"), "x");
        File.WriteAllText(temp.File("b.yml"), "y");
        var m = BatchManifest.Parse("analyses: [a.yml, b.yml]\nmaster_seed: 5\n", temp.File("m.yml"));
        Assert.Equal(["a.yml", "b.yml"], m.Tasks.Select(t => t["analysis"]));
        Assert.Equal([TaskSeeds.Derive(5, 0), TaskSeeds.Derive(5, 1)], m.Tasks.Select(t => t.Seed));
        Assert.Equal("y", m.RenderAnalysis(m.Tasks[1]));
    }
}
