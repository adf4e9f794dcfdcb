using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests.Infrastructure;

/// <summary>The shipped baseline binary's choice of its AVX2 or AVX-512 sibling (design record 0022), on the flags lines
/// of real machines' <c>/proc/cpuinfo</c>.</summary>
public sealed class InstructionSetDispatchTests
{
    // The development machine (AMD EPYC, Zen 4 under KVM), copied from its /proc/cpuinfo.
    private const string Epyc = "fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx mmxext fxsr_opt pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology nonstop_tsc cpuid extd_apicid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm cmp_legacy cr8_legacy abm sse4a misalignsse 3dnowprefetch osvw topoext cpuid_fault vmmcall fsgsbase tsc_adjust bmi1 avx2 smep bmi2 erms invpcid avx512f avx512dq rdseed adx smap avx512ifma clflushopt clwb avx512cd sha_ni avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves avx512_bf16 clzero xsaveerptr arat avx512vbmi umip avx512_vbmi2 gfni vaes vpclmulqdq avx512_vnni avx512_bitalg avx512_vpopcntdq rdpid fsrm";

    // An Intel Core i7-4770 (Haswell: AVX2, FMA, BMI, no AVX-512).
    private const string Haswell = "fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx pdpe1gb rdtscp lm constant_tsc arch_perfmon pebs bts rep_good nopl xtopology nonstop_tsc aperfmperf eagerfpu pni pclmulqdq dtes64 monitor ds_cpl vmx smx est tm2 ssse3 fma cx16 xtpr pdcm pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand lahf_lm abm ida arat epb pln pts dtherm tpr_shadow vnmi flexpriority ept vpid fsgsbase tsc_adjust bmi1 hle avx2 smep bmi2 erms invpcid rtm xsaveopt";

    // An Intel Xeon X5570 (Nehalem: SSE4.2, no AVX).
    private const string Nehalem = "fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx rdtscp lm constant_tsc arch_perfmon pebs bts rep_good nopl xtopology nonstop_tsc aperfmperf pni dtes64 monitor ds_cpl vmx est tm2 ssse3 cx16 xtpr pdcm dca sse4_1 sse4_2 popcnt lahf_lm ida dtherm tpr_shadow vnmi flexpriority ept vpid";

    private const string Self = "/opt/threeml/ThreeML.Cli";

    private static IReadOnlySet<string> Flags(string line) => line.Split(' ').ToHashSet(StringComparer.Ordinal);

    private static string[] Choose(string flags, string? cap = null, params string[] present)
    {
        var files = present.Length == 0 ? ["ThreeML.Cli.x86-64-v4", "ThreeML.Cli.x86-64-v3"] : present;
        return [.. InstructionSetDispatch.Candidates(Self, Flags(flags), cap, p => files.Contains(Path.GetFileName(p)))];
    }

    [Fact]
    public void An_avx512_machine_tries_v4_then_v3()
    {
        Assert.Equal(["/opt/threeml/ThreeML.Cli.x86-64-v4", "/opt/threeml/ThreeML.Cli.x86-64-v3"], Choose(Epyc));
    }

    [Fact]
    public void An_avx2_machine_gets_v3_and_an_sse_machine_stays_on_the_baseline()
    {
        Assert.Equal(["/opt/threeml/ThreeML.Cli.x86-64-v3"], Choose(Haswell));
        Assert.Empty(Choose(Nehalem));
    }

    [Fact]
    public void A_missing_companion_is_skipped()
    {
        Assert.Equal(["/opt/threeml/ThreeML.Cli.x86-64-v3"], Choose(Epyc, null, "ThreeML.Cli.x86-64-v3"));
        Assert.Empty(Choose(Haswell, null, "ThreeML.Cli.x86-64-v4"));
    }

    [Fact]
    public void Avx512_without_vl_is_not_v4()
    {
        // Xeon Phi (Knights Landing) has AVX-512 F and CD but neither BW, DQ nor VL.
        var knightsLanding = Haswell + " avx512f avx512cd avx512pf avx512er";
        Assert.Equal(["/opt/threeml/ThreeML.Cli.x86-64-v3"], Choose(knightsLanding));
    }

    [Fact]
    public void The_cap_variable_limits_the_level()
    {
        Assert.Equal(["/opt/threeml/ThreeML.Cli.x86-64-v3"], Choose(Epyc, "x86-64-v3"));
        Assert.Empty(Choose(Epyc, "x86-64"));
        Assert.Empty(Choose(Haswell, "x86-64-v2"));
        var e = Assert.Throws<CliException>(() => Choose(Epyc, "avx512"));
        Assert.Equal("THREEML_INSTRUCTION_SET='avx512' is not a level: use x86-64, x86-64-v3 or x86-64-v4.", e.Message);
    }

    [Fact]
    public void Flags_are_read_from_the_first_processor()
    {
        using var temp = new TempFolder();
        var path = temp.File("cpuinfo");
        File.WriteAllText(path, $"processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: {Haswell}\nbugs\t\t: spectre_v1\n\nprocessor\t: 1\nflags\t\t: {Epyc}\n");
        var flags = InstructionSetDispatch.CpuFlags(path);
        Assert.Contains("avx2", flags);
        Assert.DoesNotContain("avx512f", flags);
        Assert.DoesNotContain("spectre_v1", flags);
        Assert.Empty(InstructionSetDispatch.CpuFlags(temp.File("absent")));
    }
}
